"""Waits for SIGTERM: says "ready", then on SIGTERM says which signal came and exits 42 (so a
test can tell that the signal reached this program and that its status came back)."""

import signal
import sys
import time


def on_term(signum, _frame):
    print(f"got signal {signum}", flush=True)
    sys.exit(42)


signal.signal(signal.SIGTERM, on_term)
print("ready", flush=True)
deadline = time.monotonic() + 60  # never outlive a test that forgot it
while time.monotonic() < deadline:
    time.sleep(0.05)
sys.exit(1)
