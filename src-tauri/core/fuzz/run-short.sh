#!/bin/sh
# A short fuzzing pass for CI: builds the fuzzer (release) and runs every target for
# FUZZ_EXECUTIONS executions (default 20000) with seed FUZZ_SEED (default: the time, printed).
# A failing input is saved in src-tauri/core/fuzz/crashes/ and the script exits non-zero.
# Replay one with: cargo run --release -p okx-key-core --example fuzz -- <target> --replay <file>
set -eu
cd "$(dirname "$0")/../../.."
executions="${FUZZ_EXECUTIONS:-20000}"
seed="${FUZZ_SEED:-$(date +%s)}"
cargo build --release --quiet -p okx-key-core --example fuzz
bin="${CARGO_TARGET_DIR:-target}/release/examples/fuzz"
for target in validate split response clean; do
    "$bin" "$target" "$executions" --seed "$seed"
done
