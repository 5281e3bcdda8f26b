//! `make bench`'s catalog figure: how long one language's catalog takes to load (parse every
//! file of the language into a Fluent bundle, uncached), the median of 25 loads per language,
//! printed as JSON: {"catalog_load_ms_max": slowest language's median, "per_language": {...}}.

use okx_key_core::catalog;
use std::time::Instant;

fn main() {
    let mut per = serde_json::Map::new();
    let mut worst: f64 = 0.0;
    for info in catalog::LANGUAGES {
        let mut runs: Vec<f64> = (0..25)
            .map(|_| {
                let t = Instant::now();
                assert!(catalog::load_uncached(info.code), "{} has a catalog", info.code);
                t.elapsed().as_secs_f64() * 1000.0
            })
            .collect();
        runs.sort_by(f64::total_cmp);
        let median = (runs[runs.len() / 2] * 1000.0).round() / 1000.0;
        worst = worst.max(median);
        per.insert(info.code.to_string(), serde_json::json!(median));
    }
    println!(
        "{}",
        serde_json::json!({"catalog_load_ms_max": worst, "per_language": per})
    );
}
