"""The connection test against the simulator with 100 ms of latency per request: verify_ms and
verify_rtts.

Starts `okx-key-assistant simulate --latency-ms 100` (three sites on P..P+2) with its request log
at debug level, then times `okx-key-assistant verify --json --site global` with the practice key
"good" RUNS times (after one warm-up). The simulator logs each request when it answers, i.e.
after its 100 ms wait, so a request arrived 100 ms before its log line. verify_rtts is the
longest chain of requests each of which arrived after the previous one was answered (requests in
flight together count once): the number of sequential round trips. As a cross-check the same
test runs against a 0 ms simulator: round((verify_ms - verify_ms_at_0_ms) / 100) must agree.
verify_ready_ms and verify_ready_rtts: the same test with readiness on (`--bot freqtrade --market
spot`: two more read-only requests, sent with the others), and verify_ready_ratio, its time over
verify_ms (target <= 1.1).
Runs are spaced out so the simulator's rate limits (5 account/config calls per 2 s) never trip.

  python3 benches/verify.py OUT.json APP_BINARY
"""

import datetime
import os
import random
import re
import queue
import subprocess
import sys
import tempfile
import threading
import time

from bench_common import median, port_is_free, rounded, stop, write_json

LATENCY_MS = 100
RUNS = 5
GOOD = {
    "OKX_API_KEY": "6d2d3d84-9e34-4c05-94e1-c7da1293fd7f",
    "OKX_SECRET_KEY": "5EBC552E6021AA32E756B50FA0CB5F15",
    "OKX_PASSPHRASE": "Practice#Good1",
}
ANSI = re.compile(r"\x1b\[[0-9;]*m")
RECORD = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?)Z.*simulator request.*?path=(\S+)")
EXPORT = re.compile(r"export (OKX_BASE_URL_[A-Z]+)=(\S+)")


def start_simulator(app, latency_ms, logpath):
    """A simulator on four free consecutive ports (one per site): (process, {var: url})."""
    sites = 4
    for _ in range(20):
        port = random.randint(20000, 60000)
        if not all(port_is_free(port + i) for i in range(sites)):
            continue
        env = dict(os.environ, RUST_LOG="warn,okx_simulator=debug", NO_COLOR="1")
        log = open(logpath, "w")
        proc = subprocess.Popen([app, "simulate", "--port", str(port), "--latency-ms", str(latency_ms)],
                                env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=log,
                                text=True, start_new_session=True)
        urls = {}
        deadline = time.monotonic() + 30
        lines = queue.Queue()
        threading.Thread(target=lambda: [lines.put(l) for l in proc.stdout], daemon=True).start()
        while len(urls) < sites and time.monotonic() < deadline:
            # Never block on a silent simulator: wait for a line only as long as is left.
            try:
                line = lines.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                break
            m = EXPORT.search(line)
            if m:
                urls[m.group(1)] = m.group(2)
        if len(urls) == sites:
            return proc, urls
        stop(proc)
    raise RuntimeError("the simulator did not start")


def records(logpath):
    """(unix time of the answer, path) for every request the simulator logged."""
    out = []
    with open(logpath) as f:
        for line in f:
            m = RECORD.search(ANSI.sub("", line))
            if m:
                t = datetime.datetime.fromisoformat(m.group(1)).replace(tzinfo=datetime.timezone.utc)
                out.append((t.timestamp(), m.group(2)))
    return out


def sequential_round_trips(answers, latency_s):
    """The longest chain of requests each sent after the one before was answered."""
    reqs = sorted((t - latency_s, t) for t, _ in answers)  # (arrived, answered)
    depth = []
    for arrived, _ in reqs:
        before = [d for (_, answered), d in zip(reqs, depth) if answered <= arrived + latency_s / 2]
        depth.append(1 + max(before, default=0))
    return max(depth, default=0)


def run_series(app, latency_ms, scratch, extra=()):
    logpath = os.path.join(scratch, f"simulator-{latency_ms}ms{'-ready' if extra else ''}.log")
    sim, urls = start_simulator(app, latency_ms, logpath)
    try:
        env = dict(os.environ, **GOOD, **urls)
        env.pop("RUST_LOG", None)
        runs = []
        for i in range(RUNS + 1):
            w0, t0 = time.time(), time.monotonic()
            p = subprocess.run([app, "verify", "--json", "--site", "global", *extra], env=env,
                               capture_output=True, text=True, timeout=60)
            ms = (time.monotonic() - t0) * 1000.0
            w1 = time.time()
            if p.returncode != 0:
                raise RuntimeError(f"verify exited with {p.returncode}: {p.stdout[-500:]} {p.stderr[-500:]}")
            time.sleep(0.8)  # the log is flushed; and stay under the simulator's rate limits
            answers = [(t, path) for t, path in records(logpath) if w0 <= t <= w1 + 0.05]
            # With no latency the log cannot tell sequential from concurrent requests.
            rtts = sequential_round_trips(answers, latency_ms / 1000.0) if latency_ms else None
            run = {"ms": round(ms, 1), "requests": len(answers), "rtts": rtts,
                   "paths": [path.split("?")[0] for _, path in sorted(answers)]}
            print(f"  verify {latency_ms:>3} ms latency {'warm-up' if i == 0 else f'run {i}':<8} {run['ms']:7.1f} ms, "
                  f"{run['requests']} requests" + (f", {rtts} sequential" if rtts else ""), file=sys.stderr)
            if i > 0:
                runs.append(run)
        return runs
    finally:
        stop(sim)


def main():
    out, app = sys.argv[1], os.path.abspath(sys.argv[2])
    scratch = tempfile.mkdtemp(prefix="okx-bench-verify.")
    slow = run_series(app, LATENCY_MS, scratch)
    fast = run_series(app, 0, scratch)
    ready = run_series(app, LATENCY_MS, scratch, ("--bot", "freqtrade", "--market", "spot"))
    ready_ms = median([r["ms"] for r in ready])
    verify_ms = median([r["ms"] for r in slow])
    setup_ms = median([r["ms"] for r in fast])
    rtts = median([r["rtts"] for r in slow])
    write_json(out, {
        "latency_ms": LATENCY_MS,
        "verify_ms": rounded(verify_ms),
        "verify_rtts": rtts,
        "verify_ms_at_0ms_latency": rounded(setup_ms),
        "verify_rtts_from_timing": round((verify_ms - setup_ms) / LATENCY_MS),
        "verify_ready_ms": rounded(ready_ms),
        "verify_ready_rtts": median([r["rtts"] for r in ready]),
        "verify_ready_ratio": round(ready_ms / verify_ms, 3),
        "verify_ready_requests": median([r["requests"] for r in ready]),
        "runs_ready": ready,
        "runs": slow,
        "runs_at_0ms_latency": fast,
    })


if __name__ == "__main__":
    main()
