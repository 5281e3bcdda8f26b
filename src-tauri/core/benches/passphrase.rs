//! Criterion benchmark of `passphrase::assess` for lengths 8 to 32, ordinary and pathological
//! inputs. Run with `cargo bench -p okx-key-core --bench passphrase` (release build). For the p50 /
//! p99 summary that `make bench` collects, see `examples/score_percentiles.rs`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use okx_key_core::passphrase::{assess, warm_up, PassphraseContext};
use std::hint::black_box;

mod inputs;

fn bench_assess(c: &mut Criterion) {
    warm_up();
    let ctx = PassphraseContext::new(Some("grid-bot"), Some("Freqtrade"));
    for (family, pathological, pattern) in inputs::FAMILIES {
        let kind = if pathological { "pathological" } else { "ordinary" };
        let mut group = c.benchmark_group(format!("assess/{kind}/{family}"));
        for len in inputs::LENGTHS {
            let text = inputs::input(pattern, len);
            group.bench_with_input(BenchmarkId::from_parameter(len), &text, |b, text| {
                b.iter(|| assess(black_box(text), black_box(&ctx)))
            });
        }
        group.finish();
    }
    // Over 32 characters nothing is scored: this must stay in the microseconds.
    let long = inputs::input("!@#$%^&*()", 1000);
    c.bench_function("assess/too_long/1000", |b| {
        b.iter(|| assess(black_box(&long), black_box(&ctx)))
    });
}

criterion_group!(benches, bench_assess);
criterion_main!(benches);
