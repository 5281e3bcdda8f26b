"""The bot in `run`'s pseudo-terminal test (tests/tty/run_pty.py): says whether its streams are
terminals, prints a colour, and then, by its one argument:
  talk   reads a line typed at the prompt, waits (at most 20 s) for a window size change and
         prints it, prints the secret key and passphrase (stdout and stderr), exits 5
  wait   waits (at most 60 s) for Ctrl-C or a signal
  crash  aborts (SIGABRT)
"""

import os
import signal
import sys
import time

print(f"isatty {sys.stdin.isatty()} {sys.stdout.isatty()} {sys.stderr.isatty()}", flush=True)
print("\x1b[31mred\x1b[0m", flush=True)
mode = sys.argv[1]
if mode == "wait":
    print("waiting", flush=True)
    time.sleep(60)
    sys.exit(0)
if mode == "crash":
    print("crashing", flush=True)
    os.abort()
got = {}
signal.signal(signal.SIGWINCH, lambda *_: got.setdefault("size", os.get_terminal_size()))
line = input("type a line> ")
print(f"typed=[{line}]", flush=True)
print("resize me", flush=True)
end = time.monotonic() + 20
while "size" not in got and time.monotonic() < end:
    time.sleep(0.05)
size = got.get("size")
print(f"size={size.columns}x{size.lines}" if size else "size=none", flush=True)
print(f"secret={os.environ['OKX_SECRET_KEY']} passphrase={os.environ['OKX_PASSPHRASE']}", flush=True)
print(f"on stderr: {os.environ['OKX_SECRET_KEY']}", file=sys.stderr, flush=True)
sys.exit(5)
