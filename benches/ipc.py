"""One passphrase-scoring round trip from the webview (ipc_ms), through tauri-driver and
WebKitWebDriver driving the release app. Run inside tests/session.sh.

The page itself times `window.__TAURI__.core.invoke("check_passphrase", ...)` with
performance.now(): WARM calls first (not counted; the first waits for zxcvbn's dictionaries),
then CALLS calls one after another. WebKit coarsens performance.now() to 1 ms, so one call is
too short to time alone: the calls are timed in groups of GROUP back-to-back calls, and ipc_ms is
the median over the groups of the time per call. The one-by-one timings (1 ms steps) are kept
beside it.

  python3 benches/ipc.py OUT.json APP_BINARY
"""

import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request

from bench_common import free_ports, fresh_env, median, rounded, stop, wait_for_port, write_json

WARM = 20
CALLS = 500
GROUP = 10
# An ordinary passphrase (what the meter scores while the user types) and a pathological one.
INPUTS = {
    "ordinary": "Tangerine-Orbit-42-Canal",
    "pathological": "!@#$%^&*()1!2@3#4$5%6^7&8*9(0)_+",
}

SCRIPT = """
const done = arguments[arguments.length - 1];
const [passphrase, warm, calls, group] = arguments;
const args = {passphrase, confirmation: passphrase, label: null, botName: null};
(async () => {
  const invoke = window.__TAURI__.core.invoke;
  for (let i = 0; i < warm; i++) await invoke("check_passphrase", args);
  const each = [];
  for (let i = 0; i < calls; i++) {
    const t = performance.now();
    await invoke("check_passphrase", args);
    each.push(performance.now() - t);
  }
  const groups = [];
  for (let g = 0; g < calls / group; g++) {
    const t = performance.now();
    for (let i = 0; i < group; i++) await invoke("check_passphrase", args);
    groups.push((performance.now() - t) / group);
  }
  done({each, groups});
})().catch((e) => done({error: String(e && e.message || e)}));
"""


def request(method, url, body=None, timeout=120):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method,
                                 headers={"Content-Type": "application/json; charset=utf-8"})
    with urllib.request.urlopen(req, timeout=timeout) as r:
        return json.loads(r.read().decode() or "null")


def new_session(base, caps, attempts=10):
    """POST /session; tauri-driver opens its port before WebKitWebDriver is ready, so retry."""
    for attempt in range(attempts):
        try:
            return request("POST", f"{base}/session", caps)["value"]["sessionId"]
        except OSError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.5)


def ready(s):
    """Is the first step drawn? (A WebDriver hiccup while the page loads counts as "not yet".)"""
    try:
        return request("POST", f"{s}/execute/sync",
                       {"script": 'return document.body.dataset.ready === "true";', "args": []}, timeout=10)["value"]
    except OSError:
        return False


def main():
    out, app = sys.argv[1], os.path.abspath(sys.argv[2])
    # WebDriver sessions are occasionally dropped on a busy machine: try up to three times.
    for attempt in range(3):
        try:
            write_json(out, measure(app))
            return
        except OSError as e:
            if attempt == 2:
                raise
            print(f"  ipc: WebDriver failed ({e}); trying again", file=sys.stderr)
            time.sleep(2)


def measure(app):
    driver_bin = os.path.join(os.environ.get("CARGO_HOME", os.path.expanduser("~/.cargo")), "bin", "tauri-driver")
    if not os.path.exists(driver_bin):
        driver_bin = "tauri-driver"
    port, native = free_ports(2)
    env = fresh_env(tempfile.mkdtemp(prefix="okx-bench-ipc."))
    driver = subprocess.Popen([driver_bin, "--port", str(port), "--native-port", str(native)], env=env,
                              stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    session = None
    try:
        wait_for_port(port)
        caps = {"capabilities": {"alwaysMatch": {"browserName": "wry", "tauri:options": {"application": app}}}}
        session = new_session(base, caps)
        s = f"{base}/session/{session}"
        request("POST", f"{s}/timeouts", {"script": 300000})
        deadline = time.monotonic() + 60
        while not ready(s):
            if time.monotonic() > deadline:
                raise RuntimeError("the app's first step was not drawn within 60 s")
            time.sleep(0.1)
        result = {"calls": CALLS, "group": GROUP, "warm_up_calls": WARM}
        for kind, text in INPUTS.items():
            v = request("POST", f"{s}/execute/async", {"script": SCRIPT, "args": [text, WARM, CALLS, GROUP]},
                        timeout=600)["value"]
            if not isinstance(v, dict) or "error" in v:
                raise RuntimeError(f"check_passphrase failed in the page: {v}")
            each, groups = sorted(v["each"]), sorted(v["groups"])
            result[kind] = {
                "length": len(text),
                "median_ms": rounded(median(groups), 3),
                "p90_ms": rounded(groups[int(0.9 * len(groups)) - 1], 3),
                "mean_ms": rounded(sum(groups) / len(groups), 3),
                "one_by_one_median_ms": rounded(median(each), 3),
                "one_by_one_max_ms": rounded(each[-1], 3),
                "timer_resolution_ms": rounded(min((b - a for a, b in zip(each, each[1:]) if b > a), default=0), 4),
            }
            print(f"  ipc {kind:<12} median {result[kind]['median_ms']} ms per call (groups of {GROUP}), "
                  f"one by one {result[kind]['one_by_one_median_ms']} ms", file=sys.stderr)
        result["ipc_ms"] = result["ordinary"]["median_ms"]
        return result
    finally:
        if session:
            try:
                request("DELETE", f"{base}/session/{session}", timeout=30)
            except Exception:
                pass
        stop(driver)


if __name__ == "__main__":
    main()
