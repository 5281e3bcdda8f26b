"""Start-up time and memory of the app and of the bare window, measured the same way.

Run inside tests/session.sh (Xvfb, D-Bus, keyring). Each launch gets fresh XDG folders. We note
the time, start the binary, and poll its log file every 2 ms until the "first ... drawn" line
appears (written by the command the page calls once its first frame is drawn): that wall-clock
span is start_ms (it includes exec and loading WebKit's libraries). The line's own start_ms=N
(measured inside the process from main()) is kept too. SETTLE seconds after launch we sum the
proportional set size of the process and its descendants (WebKitWebProcess,
WebKitNetworkProcess), then stop it. Launches alternate app/bare; a first warm-up launch of each
(page cache) is not counted. Data and config folders are new for every launch (the app opens
on its first step); the cache folder (WebKit's cache, Mesa's shader cache) is kept per binary
from its warm-up launch on, as on a desktop: a cold shader cache costs both windows hundreds of
milliseconds on the first launch only (the warm-up figures are kept in the output).

  python3 benches/window.py OUT.json --runs 5 NAME=BINARY:IDENTIFIER:LOGFILE ...
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

from bench_common import fresh_env, median, rounded, stop, tree_memory, write_json

SETTLE = 4.0
TIMEOUT = 60.0
LINE = re.compile(r"first (?:step|page) drawn.*?start_ms=(\d+)")


def launch(binary, identifier, logfile, root):
    env = fresh_env(root, cache=os.path.join(root, identifier + ".cache"))
    log = os.path.join(env["XDG_DATA_HOME"], identifier, "logs", logfile)
    t0 = time.monotonic()
    proc = subprocess.Popen([binary], env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        inner = None
        while inner is None:
            if time.monotonic() - t0 > TIMEOUT:
                raise RuntimeError(f"{binary}: no 'drawn' line in {log} after {TIMEOUT} s")
            if proc.poll() is not None:
                raise RuntimeError(f"{binary} exited with {proc.returncode} before drawing")
            try:
                with open(log) as f:
                    m = LINE.search(f.read())
                if m:
                    inner = int(m.group(1))
                    break
            except FileNotFoundError:
                pass
            time.sleep(0.002)
        start_ms = (time.monotonic() - t0) * 1000.0
        time.sleep(max(0.0, t0 + SETTLE - time.monotonic()))
        mem_mb, procs = tree_memory(proc.pid)
        if proc.poll() is not None:
            raise RuntimeError(f"{binary} exited with {proc.returncode} while settling")
        return {"start_ms": round(start_ms, 1), "start_ms_in_process": inner,
                "memory_mb": round(mem_mb, 1), "processes": procs}
    finally:
        stop(proc)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("targets", nargs="+", help="NAME=BINARY:IDENTIFIER:LOGFILE")
    args = ap.parse_args()
    targets = []
    for spec in args.targets:
        name, rest = spec.split("=", 1)
        binary, identifier, logfile = rest.split(":")
        targets.append((name, binary, identifier, logfile))

    root = tempfile.mkdtemp(prefix="okx-bench-window.")
    runs = {name: [] for name, *_ in targets}
    first = {}
    for i in range(args.runs + 1):
        order = targets if i % 2 == 0 else list(reversed(targets))
        for name, binary, identifier, logfile in order:
            r = launch(binary, identifier, logfile, root)
            label = "warm-up" if i == 0 else f"run {i}"
            print(f"  {name:<5} {label:<8} start {r['start_ms']:7.1f} ms (in process {r['start_ms_in_process']} ms)"
                  f"  memory {r['memory_mb']:6.1f} MiB  "
                  + ", ".join(f"{p['name']} {p['kib'] // 1024}" for p in r["processes"]), file=sys.stderr)
            if i > 0:
                runs[name].append(r)
            else:
                first[name] = r
            time.sleep(0.5)

    result = {}
    for name, *_ in targets:
        rs = runs[name]
        result[name] = {
            "start_ms": rounded(median([r["start_ms"] for r in rs])),
            "start_ms_in_process": rounded(median([r["start_ms_in_process"] for r in rs])),
            "memory_mb": rounded(median([r["memory_mb"] for r in rs])),
            "memory_kind": sorted({p["kind"] for r in rs for p in r["processes"]}),
            "first_launch_cold_cache": first[name],
            "runs": rs,
        }
    write_json(args.out, result)


if __name__ == "__main__":
    main()
