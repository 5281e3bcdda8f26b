"""Drives `okx-key-assistant save LABEL` on a real pseudo-terminal, as a person at a terminal
would: waits for the paste prompt, pastes three values, then ends with Ctrl-D ("paste") or
presses Ctrl-C half-way ("ctrl-c"). Checks that nothing pasted is echoed back, and that the
terminal's echo is on again once the program has ended. Every wait has a deadline.

Usage: paste_prompt.py BINARY paste|ctrl-c
Exit 0 when all holds; otherwise 1 with what was seen.
"""

import fcntl
import os
import select
import signal
import subprocess
import sys
import termios
import time

DEADLINE = 30.0
# Made up, each with a space inside, so `save` refuses them (exit 2) before anything is sent.
VALUES = ["PTYAPI KEYVALUE", "PTYSECRET KEYVALUE", "PTYPASS PHRASEVALUE"]
# What must never show: any part of a pasted value.
MARKS = ["PTYAPI", "PTYSECRET", "PTYPASS", "KEYVALUE", "PHRASEVALUE"]


def fail(why, seen):
    print(f"FAIL: {why}\n--- what the terminal showed ---\n{seen!r}")
    sys.exit(1)


def read_for(master, seen, seconds):
    """Adds what the terminal shows during `seconds` (or until nothing more can be read)."""
    end = time.monotonic() + seconds
    while (left := end - time.monotonic()) > 0:
        ready, _, _ = select.select([master], [], [], min(left, 0.1))
        if ready:
            try:
                chunk = os.read(master, 4096)
            except OSError:
                break
            seen += chunk.decode("utf-8", "replace")
    return seen


def main():
    binary, mode = sys.argv[1], sys.argv[2]
    master, slave = os.openpty()

    def controlling_terminal():
        os.setsid()
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    proc = subprocess.Popen(
        [binary, "save", "PtyEchoBot"],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        preexec_fn=controlling_terminal,
        close_fds=True,
    )
    seen = ""
    end = time.monotonic() + DEADLINE
    while "Ctrl-D" not in seen:
        if time.monotonic() > end or proc.poll() is not None:
            proc.kill()
            fail("no paste prompt", seen)
        seen = read_for(master, seen, 0.2)
    # Give the program a moment to be reading (the echo is off before the prompt is printed).
    seen = read_for(master, seen, 0.3)
    if mode == "paste":
        os.write(master, ("\n".join(VALUES) + "\n").encode())
        seen = read_for(master, seen, 0.3)
        os.write(master, b"\x04")
    else:
        os.write(master, (VALUES[0] + "\n" + VALUES[1]).encode())
        seen = read_for(master, seen, 0.3)
        os.write(master, b"\x03")
    end = time.monotonic() + DEADLINE
    while proc.poll() is None:
        if time.monotonic() > end:
            proc.kill()
            fail("the program did not end", seen)
        seen = read_for(master, seen, 0.2)
    seen = read_for(master, seen, 0.3)
    shown = [m for m in MARKS if m in seen]
    if shown:
        fail(f"the terminal echoed {shown}", seen)
    lflag = termios.tcgetattr(slave)[3]
    if not lflag & termios.ECHO:
        fail("the terminal's echo is still off after the program ended", seen)
    if mode == "ctrl-c" and proc.returncode != -signal.SIGINT:
        fail(f"Ctrl-C did not end the program by SIGINT (status {proc.returncode})", seen)
    if mode == "paste" and proc.returncode != 2:
        fail(f"the made-up values were not refused with exit 2 (status {proc.returncode})", seen)
    print(f"ok: {mode}, status {proc.returncode}, nothing echoed, echo back on")


if __name__ == "__main__":
    main()
