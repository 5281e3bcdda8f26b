"""Helpers shared by the `make bench` measuring scripts: medians, free ports, a fresh set of
XDG folders per launch, a process tree and its memory (PSS), and stopping what we started."""

import json
import os
import signal
import socket
import statistics
import tempfile
import time


def median(values):
    return statistics.median(values) if values else None


def rounded(value, digits=1):
    return None if value is None else round(value, digits)


def free_ports(n):
    """`n` different free loopback ports: every socket stays bound until all are drawn, so the
    ports always differ (two separate binds of port 0 may return the same port twice)."""
    socks = []
    try:
        for _ in range(n):
            s = socket.socket()
            s.bind(("127.0.0.1", 0))
            socks.append(s)
        ports = [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()
    if len(set(ports)) != n:
        raise RuntimeError(f"free_ports drew the same port twice: {ports}")
    return ports


def port_is_free(port):
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
            return True
        except OSError:
            return False


def wait_for_port(port, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listens on port {port} after {timeout} s")


def fresh_env(root, cache=None):
    """The current environment with new, empty XDG data and config folders under `root` (no
    saved progress: the app opens on its first step). XDG_CACHE_HOME is `cache` when given (kept
    across launches, as on a desktop: WebKit's and Mesa's shader caches live there), else new."""
    run = tempfile.mkdtemp(prefix="run.", dir=root)
    env = dict(os.environ)
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache")):
        path = cache if (var == "XDG_CACHE_HOME" and cache) else os.path.join(run, sub)
        os.makedirs(path, exist_ok=True)
        env[var] = path
    env.pop("RUST_LOG", None)
    return env


def _ppid_map():
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        # The command name is in parentheses and may contain spaces: split after the last ')'.
        fields = stat[stat.rfind(")") + 2:].split()
        children.setdefault(int(fields[1]), []).append(int(entry))
    return children


def process_tree(pid):
    """`pid` and all its descendants."""
    children = _ppid_map()
    tree, todo = [], [pid]
    while todo:
        p = todo.pop()
        tree.append(p)
        todo.extend(children.get(p, []))
    return tree


def process_name(pid):
    try:
        with open(f"/proc/{pid}/comm") as f:
            return f.read().strip()
    except OSError:
        return "?"


def memory_kib(pid):
    """(kib, kind): the proportional set size from smaps_rollup, else the resident set size."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]), "pss"
    except OSError:
        pass
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]), "rss"
    except OSError:
        pass
    return 0, "gone"


def tree_memory(pid):
    """Memory of `pid` and its descendants (the WebKit web and network processes): total MiB
    and one row per process."""
    rows = []
    for p in process_tree(pid):
        kib, kind = memory_kib(p)
        rows.append({"pid": p, "name": process_name(p), "kib": kib, "kind": kind})
    return sum(r["kib"] for r in rows) / 1024.0, rows


def stop(proc, grace=3.0):
    """Stops a process we started in its own session (start_new_session=True), its group and
    any descendant left over."""
    if proc.poll() is not None:
        return
    leftovers = process_tree(proc.pid)
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    try:
        proc.wait(timeout=grace)
    except Exception:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(timeout=grace)
    for p in leftovers:
        try:
            os.kill(p, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass


def write_json(path, obj):
    with open(path, "w") as f:
        json.dump(obj, f, indent=2)
        f.write("\n")
