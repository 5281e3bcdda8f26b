"""`check` of ten saved keys against one `verify`, at 100 ms of simulated latency (issue "My
keys": at most 1.5 times one verify).

Inside tests/session.sh (a throwaway keyring): starts the simulator with 100 ms latency, saves
ten different practice keys (the simulator counts rate limits per API key, as OKX counts them per
account, so ten keys of ten accounts) with `save`, then times RUNS runs of `check --json` (all
ten) and of `verify --json --site global` with the practice key "good" in the environment,
alternating, after one warm-up each, spaced so no key meets its rate limit.

  tests/session.sh python3 benches/check.py OUT.json APP_BINARY
"""

import os
import subprocess
import sys
import tempfile
import time

from bench_common import median, rounded, stop, write_json
from verify import GOOD, start_simulator

LATENCY_MS = int(os.environ.get("BENCH_CHECK_LATENCY_MS", "100"))
RUNS = 5
# Ten practice keys of ten accounts on four sites (src-tauri/simulator/src/accounts.rs):
# name: (API key, secret key, passphrase, site, Demo Trading).
KEYS = {
    "good": ("6d2d3d84-9e34-4c05-94e1-c7da1293fd7f", "5EBC552E6021AA32E756B50FA0CB5F15", "Practice#Good1", "global", False),
    "no-ip": ("095cff13-78a7-414e-ba27-2628ebe3b58b", "434C708EF7985C48C67E83AAFB9EB120", "Practice#NoIp2", "global", False),
    "eea": ("0d7bdd80-484c-4c34-b783-3fd6f156a8b2", "AEEAE52A411A62681E92753A7B0FF6CD", "Practice#Eea3", "eea", False),
    "us": ("57d335d5-cc67-4450-a688-916683dbfab4", "3549BA5CE62DA8D3BF7C6F452B713A03", "Practice#Us4x", "us", False),
    "tr": ("3f0a6c2e-71b4-4d8e-9a35-c2e8b07d41f6", "9D41E07B2C5A48F3B1E6D20A7C93F58E", "Practice#Tr4y", "tr", False),
    "demo": ("c8159bfa-7316-4d33-8c35-688669c9dfb9", "5B989776075827A5B8A61B44E7615137", "Practice#Demo5", "global", True),
    "read-only": ("b0bca299-32f1-4389-a739-cd18c7127b4d", "9111797E6EE9CD28CCD22AC098F745BA", "Practice#Read6", "global", False),
    "sub-account": ("0c8c2af6-db5a-4dd7-801e-59c8f527a7ce", "55041DAB14A587DABC5B7ACFC37FB0C4", "Practice#Sub12", "global", False),
    "empty": ("06510bda-6f76-4478-8bfc-ecea364646d9", "367B0CFB7C7E99522F52BC26E98270C3", "Practice#Empty13", "global", False),
    "multi-currency": ("4197c05f-f9d4-4912-be60-a99a039c239e", "DECF520FC2DB9E32F211341921BCCDED", "Practice#Multi14", "global", False),
}


def timed(cmd, env, ok=(0,)):
    t0 = time.monotonic()
    p = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    ms = (time.monotonic() - t0) * 1000.0
    if p.returncode not in ok:
        raise RuntimeError(f"{cmd[:3]} exited with {p.returncode}: {p.stdout[-400:]} {p.stderr[-400:]}")
    return ms


def main():
    out, app = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as scratch:
        sim, urls = start_simulator(app, LATENCY_MS, os.path.join(scratch, "simulator.log"))
        try:
            data = os.path.join(scratch, "data")
            base = dict(os.environ, XDG_DATA_HOME=data, **urls)
            for k in ("OKX_API_KEY", "OKX_SECRET_KEY", "OKX_PASSPHRASE", "RUST_LOG"):
                base.pop(k, None)
            labels = []
            for name, (api_key, secret_key, passphrase, site, demo) in KEYS.items():
                env = dict(base, OKX_API_KEY=api_key, OKX_SECRET_KEY=secret_key, OKX_PASSPHRASE=passphrase)
                label = "Bench_" + name.replace("-", "_")
                flags = ["--site", site] + (["--demo"] if demo else [])
                p = subprocess.run([app, "save", label, "--replace", *flags], env=env, capture_output=True, text=True,
                                   timeout=60)
                if p.returncode != 0:
                    raise RuntimeError(f"save {label} exited with {p.returncode}: {p.stderr[-400:]}")
                labels.append(label)
            verify_env = dict(base, **GOOD)
            checks, verifies = [], []
            for i in range(RUNS + 1):
                # Past the 2-second rate-limit window of every key (5 account/config calls per 2 s).
                time.sleep(2.1)
                # check exits 1 when a key "fails" (the read-only key cannot trade): timing is what counts.
                c = timed([app, "check", "--json"], base, ok=(0, 1))
                time.sleep(2.1)
                v = timed([app, "verify", "--json", "--site", "global"], verify_env)
                if i:
                    checks.append(c)
                    verifies.append(v)
                print(f"  check {'warm-up' if i == 0 else f'run {i}':<8} check {c:7.1f} ms, verify {v:7.1f} ms",
                      file=sys.stderr)
            for label in labels:
                subprocess.run([app, "delete", label], env=base, capture_output=True, timeout=60)
        finally:
            stop(sim)
    check_ms, verify_ms = median(checks), median(verifies)
    result = {
        "check_ms": rounded(check_ms),
        "check_keys": len(labels),
        "check_verify_ms": rounded(verify_ms),
        "check_ratio": rounded(check_ms / verify_ms, 2),
        "latency_ms": LATENCY_MS,
        "runs": RUNS,
    }
    print(f"  check    {len(labels)} keys {result['check_ms']} ms, one verify {result['check_verify_ms']} ms: "
          f"{result['check_ratio']} x", file=sys.stderr)
    write_json(out, result)


if __name__ == "__main__":
    main()
