"""Drives `okx-key-assistant run LABEL -- python3 pty_child.py MODE` on a real pseudo-terminal,
as a person at a terminal would (tests/cli_run_pty.rs). Checks that the bot sees a terminal,
its colours arrive, a typed line and a window size change reach it, `run`'s terminal is in raw
mode while the bot runs and back in its own mode afterwards, and the exit status passes through.
Prints everything the terminal showed (the Rust test checks that no secret is in it). Every
wait has a deadline.

Usage: run_pty.py BINARY LABEL talk|ctrl-c|sigterm|crash
Exit 0 when all holds; otherwise 1 with what was seen.
"""

import fcntl
import os
import select
import signal
import struct
import subprocess
import sys
import termios
import time

DEADLINE = 30.0
MASK = "<redacted by okx-key-assistant>"
CHILD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pty_child.py")


def fail(why, seen):
    print(f"FAIL: {why}\n--- what the terminal showed ---\n{seen!r}")
    sys.exit(1)


class Screen:
    def __init__(self, master):
        self.master = master
        self.seen = ""

    def read_for(self, seconds):
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            ready, _, _ = select.select([self.master], [], [], min(left, 0.1))
            if ready:
                try:
                    chunk = os.read(self.master, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                self.seen += chunk.decode("utf-8", "replace")

    def wait_for(self, text):
        end = time.monotonic() + DEADLINE
        while text not in self.seen:
            if time.monotonic() > end:
                fail(f"{text!r} did not show within {DEADLINE} s", self.seen)
            self.read_for(0.1)


def set_size(fd, rows, cols):
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))


def is_raw(mode):
    lflag = mode[3]
    return not (lflag & termios.ECHO) and not (lflag & termios.ICANON) and not (lflag & termios.ISIG)


def wait_exit(proc, screen):
    end = time.monotonic() + DEADLINE
    while proc.poll() is None:
        if time.monotonic() > end:
            proc.kill()
            fail(f"run did not end within {DEADLINE} s", screen.seen)
        screen.read_for(0.1)
    screen.read_for(0.3)
    return proc.returncode


def main():
    binary, label, mode = sys.argv[1], sys.argv[2], sys.argv[3]
    master, slave = os.openpty()
    set_size(slave, 24, 80)
    before = termios.tcgetattr(slave)

    def controlling_terminal():
        os.setsid()
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    child_mode = {"talk": "talk", "ctrl-c": "wait", "sigterm": "wait", "crash": "crash"}[mode]
    proc = subprocess.Popen(
        [binary, "run", label, "--", sys.executable, CHILD, child_mode],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        preexec_fn=controlling_terminal,
        close_fds=True,
    )
    screen = Screen(master)
    screen.wait_for("isatty")
    screen.wait_for("\x1b[31mred\x1b[0m")
    if "isatty True True True" not in screen.seen:
        fail("the bot does not see a terminal on stdin, stdout and stderr", screen.seen)
    expected = {"talk": 5, "ctrl-c": 128 + 2, "sigterm": 128 + 15, "crash": 128 + 6}[mode]
    if mode == "talk":
        screen.wait_for("type a line> ")
        if not is_raw(termios.tcgetattr(slave)):
            fail("run's terminal is not in raw mode while the bot runs", screen.seen)
        os.write(master, b"hello typed\r")
        screen.wait_for("typed=[hello typed]")
        screen.wait_for("resize me")
        set_size(slave, 33, 111)
        screen.wait_for("size=")
        if "size=111x33" not in screen.seen:
            fail("the window size change did not reach the bot", screen.seen)
        screen.wait_for("on stderr: ")
    elif mode in ("ctrl-c", "sigterm"):
        screen.wait_for("waiting")
        if not is_raw(termios.tcgetattr(slave)):
            fail("run's terminal is not in raw mode while the bot runs", screen.seen)
        if mode == "ctrl-c":
            os.write(master, b"\x03")
        else:
            proc.send_signal(signal.SIGTERM)
    code = wait_exit(proc, screen)
    if code != expected:
        fail(f"run exited with {code}, not {expected}", screen.seen)
    if termios.tcgetattr(slave) != before:
        fail("the terminal's mode was not put back", screen.seen)
    if mode == "talk" and (f"secret={MASK} passphrase={MASK}" not in screen.seen or f"on stderr: {MASK}" not in screen.seen):
        fail("the secrets are not masked", screen.seen)
    print(screen.seen)


if __name__ == "__main__":
    main()
