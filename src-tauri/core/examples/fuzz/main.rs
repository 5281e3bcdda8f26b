//! A small, coverage-free fuzzer for what reads untrusted text: the credential validator, the
//! multi-line paste splitter, the value cleaner, and the OKX response parsers and diagnoser.
//!
//! ```text
//! cargo run --release -p okx-key-core --example fuzz -- <validate|split|response|clean> <iterations> [--seed N]
//! cargo run --release -p okx-key-core --example fuzz -- <target> --replay <file>
//! ```
//!
//! Inputs are mutations (bit flips, inserted blanks, zero-width, quotes, control and other Unicode
//! characters, splices, truncations, duplications) of the committed seed corpus in
//! `fuzz/corpus/<target>/`, plus fully random strings. Every execution checks invariants beyond "no
//! panic" (see each `check_*`). A panic or a broken invariant writes the input to `fuzz/crashes/`
//! and exits with status 1. Under `panic = "abort"` (this workspace's release profile) the panic
//! hook saves the input before the process aborts; under `panic = "unwind"` the panic is caught
//! with `catch_unwind`. There is no coverage feedback: stable Rust only, no cargo-fuzz.
//!
//! One file per concern: `rng` (seeded random numbers), `mutate` (inputs), `invariants`, and
//! one file per target (`clean`, `split`, `validate`, `response`).

mod clean;
mod invariants;
mod mutate;
mod response;
mod rng;
mod split;
mod validate;

use rng::Rng;
use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

const TARGETS: [&str; 4] = ["validate", "split", "response", "clean"];

thread_local! {
    /// The input being executed, for the panic hook (which saves it even when panics abort).
    static CURRENT: RefCell<Option<(String, Vec<u8>)>> = const { RefCell::new(None) };
}

fn crash_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz").join("crashes")
}

fn save_crash(target: &str, input: &[u8]) -> Option<PathBuf> {
    let dir = crash_dir();
    std::fs::create_dir_all(&dir).ok()?;
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in input {
        h = (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
    }
    let path = dir.join(format!("{target}-{h:016x}"));
    std::fs::write(&path, input).ok()?;
    Some(path)
}

fn check(target: &str, input: &[u8]) -> Result<(), String> {
    match target {
        "validate" => validate::check_validate(input),
        "split" => split::check_split(input),
        "response" => response::check_response(input),
        _ => clean::check_clean(input),
    }
}

/// Runs one input: Ok, or what went wrong (a panic or a broken invariant).
fn execute(target: &str, input: &[u8]) -> Result<(), String> {
    CURRENT.with(|c| *c.borrow_mut() = Some((target.to_owned(), input.to_vec())));
    let outcome = std::panic::catch_unwind(|| check(target, input));
    match outcome {
        Ok(r) => r,
        Err(payload) => {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "a panic".to_owned());
            Err(format!("panic: {what}"))
        }
    }
}

fn load_corpus(target: &str) -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz")
        .join("corpus")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    files.iter().filter_map(|p| std::fs::read(p).ok()).collect()
}

fn usage() -> ExitCode {
    eprintln!("usage: fuzz <validate|split|response|clean> <iterations> [--seed N]");
    eprintln!("       fuzz <target> --replay <file>");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(target) = args.first().filter(|t| TARGETS.contains(&t.as_str())).cloned() else {
        return usage();
    };
    // Panics are reported by the driver; the hook only saves the input (the process may abort).
    std::panic::set_hook(Box::new(|info| {
        if cfg!(panic = "abort") {
            if let Some((target, input)) = CURRENT.with(|c| c.borrow().clone()) {
                let saved = save_crash(&target, &input);
                eprintln!("fuzz {target}: PANIC {info}; input saved to {saved:?}");
            }
        }
    }));

    if args.get(1).map(String::as_str) == Some("--replay") {
        let Some(bytes) = args.get(2).and_then(|p| std::fs::read(p).ok()) else {
            return usage();
        };
        return match execute(&target, &bytes) {
            Ok(()) => {
                println!("fuzz {target}: replay passed");
                ExitCode::SUCCESS
            }
            Err(e) => {
                println!("fuzz {target}: replay FAILED: {e}");
                ExitCode::FAILURE
            }
        };
    }

    let Some(iterations) = args.get(1).and_then(|n| n.replace('_', "").parse::<u64>().ok()) else {
        return usage();
    };
    let seed = match args.iter().position(|a| a == "--seed") {
        Some(i) => match args.get(i + 1).and_then(|s| s.parse::<u64>().ok()) {
            Some(s) => s,
            None => return usage(),
        },
        None => std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(1),
    };
    let corpus = load_corpus(&target);
    println!(
        "fuzz {target}: seed {seed}, {} corpus entries, {iterations} executions",
        corpus.len()
    );

    // The corpus itself first, unmutated.
    let mut rng = Rng::new(seed);
    let start = Instant::now();
    let mut last_report = start;
    let mut done: u64 = 0;
    let mut failures: u64 = 0;
    while done < iterations {
        let input = if (done as usize) < corpus.len() && target != "validate" && target != "response" {
            corpus[done as usize].clone()
        } else {
            match target.as_str() {
                "validate" => validate::generate_validate(&mut rng, &corpus),
                "response" => response::generate_response(&mut rng, &corpus),
                _ => mutate::generate(&mut rng, &corpus),
            }
        };
        done += 1;
        if let Err(what) = execute(&target, &input) {
            failures += 1;
            let saved = save_crash(&target, &input);
            println!("fuzz {target}: FAILURE at execution {done}: {what}; input saved to {saved:?}");
            break;
        }
        if done.is_multiple_of(4096) && last_report.elapsed() >= Duration::from_secs(10) {
            last_report = Instant::now();
            let rate = done as f64 / start.elapsed().as_secs_f64();
            println!("fuzz {target}: {done} executions, {rate:.0}/s");
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "fuzz {target}: {:.1} s, {:.0} executions/second",
        secs,
        done as f64 / secs.max(1e-9)
    );
    println!("fuzz {target}: {done} executions, {failures} failures");
    if failures == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
