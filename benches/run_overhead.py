"""`run`'s overhead: how much later a child starts through `okx-key-assistant run LABEL -- CMD`
than when started directly (issue "connect the bot": at most 50 ms, median, without --verify).

Inside tests/session.sh (a throwaway keyring): starts the simulator (0 ms latency), saves the
practice key "good" under a label with `save` (which tests it first), then times RUNS runs of
`run LABEL -- /bin/true` and of `/bin/true` alone, alternating, after one warm-up each.
run_overhead_ms is the difference of the medians.

  tests/session.sh python3 benches/run_overhead.py OUT.json APP_BINARY
"""

import os
import subprocess
import sys
import tempfile
import time

from bench_common import median, rounded, stop, write_json
from verify import GOOD, start_simulator

RUNS = 21
LABEL = "BenchRunBot"


def timed(cmd, env):
    t0 = time.monotonic()
    p = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60)
    ms = (time.monotonic() - t0) * 1000.0
    if p.returncode != 0:
        raise RuntimeError(f"{cmd[:3]} exited with {p.returncode}: {p.stderr[-500:]}")
    return ms


def main():
    out, app = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as scratch:
        sim, urls = start_simulator(app, 0, os.path.join(scratch, "simulator.log"))
        try:
            env = dict(os.environ, **GOOD, **urls)
            env.pop("RUST_LOG", None)
            subprocess.run([app, "save", LABEL, "--replace"], env=env, check=True, capture_output=True,
                           text=True, timeout=60)
            plain = dict(os.environ, **urls)
            for k in GOOD:
                plain.pop(k, None)
            through, direct = [], []
            for i in range(RUNS + 1):
                r = timed([app, "run", LABEL, "--", "/bin/true"], plain)
                d = timed(["/bin/true"], plain)
                if i:
                    through.append(r)
                    direct.append(d)
            subprocess.run([app, "delete", LABEL], env=plain, capture_output=True, timeout=60)
        finally:
            stop(sim)
    result = {
        "run_overhead_ms": rounded(median(through) - median(direct)),
        "run_ms_median": rounded(median(through)),
        "direct_ms_median": rounded(median(direct)),
        "runs": RUNS,
    }
    print(f"  run      through run {result['run_ms_median']} ms, direct {result['direct_ms_median']} ms: "
          f"overhead {result['run_overhead_ms']} ms", file=sys.stderr)
    write_json(out, result)


if __name__ == "__main__":
    main()
