"""`run`'s overhead: how much later a child starts through `okx-key-assistant run LABEL -- CMD`
than when started directly (issue "connect the bot": at most 50 ms, median, without --verify).

Inside tests/session.sh (a throwaway keyring): starts the simulator (0 ms latency), saves the
practice key "good" under a label with `save` (which tests it first), then times RUNS runs of
`run LABEL -- /bin/true` and of `/bin/true` alone, alternating, after one warm-up each.
run_overhead_ms is the difference of the medians.

Also (issue 27): pty_overhead_ms, the same with `run`'s standard streams on a pseudo-terminal
(the bot then gets a pty of its own), and the output throughput through the mask, a 64 MB log
printed by `cat` through `run`: mask_mb_s on pipes, pty_mask_mb_s on a pseudo-terminal (with
`cat` on a pty alone as pty_direct_mb_s, the pty's own limit).

  tests/session.sh python3 benches/run_overhead.py OUT.json APP_BINARY
"""

import fcntl
import os
import subprocess
import termios
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


def on_pty(cmd, env):
    """Runs `cmd` with its standard streams on a new pty (its controlling terminal), reading
    everything it prints; returns (ms, bytes read)."""
    master, slave = os.openpty()

    def controlling_terminal():
        os.setsid()
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    t0 = time.monotonic()
    p = subprocess.Popen(cmd, env=env, stdin=slave, stdout=slave, stderr=slave,
                         preexec_fn=controlling_terminal, close_fds=True)
    os.close(slave)
    got = 0
    while True:
        try:
            chunk = os.read(master, 1 << 16)
        except OSError:
            break
        if not chunk:
            break
        got += len(chunk)
    p.wait(timeout=120)
    ms = (time.monotonic() - t0) * 1000.0
    os.close(master)
    if p.returncode != 0:
        raise RuntimeError(f"{cmd[:3]} exited with {p.returncode} on a pty")
    return ms, got


def piped_throughput(cmd, env):
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    got = 0
    while chunk := p.stdout.read(1 << 16):
        got += len(chunk)
    p.wait(timeout=120)
    return got / ((time.monotonic() - t0) or 1e-9) / 1e6


def write_log(path, size):
    line = ("2026-01-01 12:00:00 INFO order 5EBC filled at 0.0123 BTC-USDT {\"px\":\"42000.5\"} ok\n").encode()
    with open(path, "wb") as f:
        f.write(line * (size // len(line)))
    return os.path.getsize(path)


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
            pty_through, pty_direct = [], []
            for i in range(RUNS + 1):
                r, _ = on_pty([app, "run", LABEL, "--", "/bin/true"], plain)
                d, _ = on_pty(["/bin/true"], plain)
                if i:
                    pty_through.append(r)
                    pty_direct.append(d)
            log = os.path.join(scratch, "bot.log")
            size = write_log(log, 64 << 20)
            mask_mb_s = max(piped_throughput([app, "run", LABEL, "--", "cat", log], plain) for _ in range(3))
            ms, got = min((on_pty([app, "run", LABEL, "--", "cat", log], plain) for _ in range(3)), key=lambda x: x[0])
            pty_mask_mb_s = got / (ms / 1000.0) / 1e6
            ms, got = min((on_pty(["cat", log], plain) for _ in range(3)), key=lambda x: x[0])
            pty_direct_mb_s = got / (ms / 1000.0) / 1e6
            subprocess.run([app, "delete", LABEL], env=plain, capture_output=True, timeout=60)
        finally:
            stop(sim)
    result = {
        "run_overhead_ms": rounded(median(through) - median(direct)),
        "run_ms_median": rounded(median(through)),
        "direct_ms_median": rounded(median(direct)),
        "runs": RUNS,
        "pty_overhead_ms": rounded(median(pty_through) - median(pty_direct)),
        "pty_ms_median": rounded(median(pty_through)),
        "pty_direct_ms_median": rounded(median(pty_direct)),
        "mask_mb_s": rounded(mask_mb_s),
        "pty_mask_mb_s": rounded(pty_mask_mb_s),
        "pty_direct_mb_s": rounded(pty_direct_mb_s),
        "log_bytes": size,
    }
    print(f"  run      through run {result['run_ms_median']} ms, direct {result['direct_ms_median']} ms: "
          f"overhead {result['run_overhead_ms']} ms", file=sys.stderr)
    print(f"  run      on a pty {result['pty_ms_median']} ms, direct {result['pty_direct_ms_median']} ms: "
          f"overhead {result['pty_overhead_ms']} ms; through the mask {result['mask_mb_s']} MB/s (pipes), "
          f"{result['pty_mask_mb_s']} MB/s (pty; cat alone {result['pty_direct_mb_s']} MB/s)", file=sys.stderr)
    write_json(out, result)


if __name__ == "__main__":
    main()
