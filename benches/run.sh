#!/usr/bin/env bash
# `make bench`: performance and footprint of the app against a bare Tauri 2 window (issue 9).
#
# Builds both release binaries and both .debs with the pinned Tauri CLI, then measures (each a
# median over several runs; see the scripts for how):
#   start_ms, memory_mb (+ _bare)   benches/window.py, under tests/session.sh (Xvfb + D-Bus)
#   deb_bytes (+ _bare), installed_bytes   benches/summary.py
#   score_p50_us, score_p99_us      src-tauri/core/examples/score_percentiles.rs (release)
#   catalog_load_ms                 src-tauri/core/examples/catalog_load.rs (release)
#   ipc_ms                          benches/ipc.py (tauri-driver + WebKitWebDriver)
#   verify_ms, verify_rtts          benches/verify.py (the simulator with 100 ms latency)
#   run_overhead_ms, pty_overhead_ms, mask_mb_s, pty_mask_mb_s   benches/run_overhead.py (run LABEL -- /bin/true vs /bin/true, on pipes and on a pty; a 64 MB log through the mask)
#   check_ms, check_ratio           benches/check.py (check of 10 saved keys vs one verify, 100 ms)
# prints the table and writes target/bench/summary.json (and details.json).
# Exits 0 when everything was measured, even if a target is missed; non-zero if a step failed.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
case "$CARGO_TARGET_DIR" in /*) ;; *) CARGO_TARGET_DIR="$ROOT/$CARGO_TARGET_DIR" ;; esac
OUT="$ROOT/target/bench"
TAURI="$ROOT/node_modules/.bin/tauri"
REL="$CARGO_TARGET_DIR/release"
APP="$REL/okx-key-assistant"
# The window program (the desktop entry starts it; `okx-key-assistant` alone execs it).
WINDOW="$REL/okx-key-assistant-window"
BARE="$REL/bare-window"
RUNS="${BENCH_RUNS:-7}"
mkdir -p "$OUT"
rm -f "$OUT"/{score,catalog,window,ipc,verify,run,check,summary,details}.json

began=$(date +%s)
step() { echo; echo "== $* ($(( $(date +%s) - began )) s)"; }

step "building the app and its .deb (release)"
rm -f "$REL"/bundle/deb/*.deb
"$TAURI" build --bundles deb
step "building the bare window and its .deb (release)"
(cd benches/bare-window && "$TAURI" build --bundles deb)
APP_DEB=$(ls "$REL"/bundle/deb/OKX*Key*Assistant_*.deb)
BARE_DEB=$(ls "$REL"/bundle/deb/Bare*Window_*.deb)

step "building score_percentiles and catalog_load (release)"
cargo build --release -p okx-key-core --example score_percentiles --example catalog_load
built=$(date +%s)

step "scoring time (score_percentiles)"
"$REL/examples/score_percentiles" > "$OUT/score.json"

step "loading one language's catalog (catalog_load)"
"$REL/examples/catalog_load" > "$OUT/catalog.json"

cd "$ROOT/benches"
step "start-up and memory in Russian: app and bare window, $RUNS runs each (+1 warm-up)"
# A non-English language chosen (the system's, LANG): the issue's "ten languages" target.
OKX_TEST_LANG=ru_RU.UTF-8 "$ROOT/tests/session.sh" python3 window.py "$OUT/window.json" --runs "$RUNS" \
  "app=$WINDOW:app.okx-key-assistant.desktop:okx-key-assistant.log" \
  "bare=$BARE:bare-window.bench.desktop:bare-window.log"

step "IPC round trip from the webview (tauri-driver)"
"$ROOT/tests/session.sh" python3 ipc.py "$OUT/ipc.json" "$WINDOW"

step "connection test against the simulator (100 ms latency)"
python3 verify.py "$OUT/verify.json" "$APP"

step "run's overhead before the child starts (a saved key, /bin/true)"
"$ROOT/tests/session.sh" python3 run_overhead.py "$OUT/run.json" "$APP"

step "check of ten saved keys against one verify (100 ms latency)"
"$ROOT/tests/session.sh" python3 check.py "$OUT/check.json" "$APP"

step "summary"
python3 summary.py "$OUT" "$APP_DEB" "$BARE_DEB"
end=$(date +%s)
echo "make bench: $(( end - began )) s in all, $(( end - built )) s measuring after the builds"
