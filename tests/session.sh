#!/usr/bin/env bash
# Runs a command the way the app runs on a desktop, but private to this run:
# a fresh home and XDG folders, its own D-Bus session with an unlocked GNOME Keyring
# (a real Secret Service), and a virtual X display (Xvfb) unless one is given.
#
#   tests/session.sh COMMAND [ARGS...]
#
# Sets OKX_TEST_KEYRING=1 (keychain tests run for real) and OKX_E2E=1 (window tests run).
set -euo pipefail

if [ "${OKX_IN_SESSION:-}" != "1" ]; then
  # Keep cargo and rustup where they are, whatever HOME becomes.
  export CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}" RUSTUP_HOME="${RUSTUP_HOME:-$HOME/.rustup}"
  if [ -z "${PYENV_ROOT:-}" ] && [ -d "$HOME/.pyenv" ]; then export PYENV_ROOT="$HOME/.pyenv"; fi
  scratch=$(mktemp -d /tmp/okx-session.XXXXXX)
  mkdir -p "$scratch/home" "$scratch/data" "$scratch/config" "$scratch/cache" "$scratch/runtime"
  chmod 700 "$scratch/runtime"
  trap 'rm -rf "$scratch"' EXIT
  export HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
         XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime" \
         NO_AT_BRIDGE=1 OKX_IN_SESSION=1 OKX_SESSION_SCRATCH="$scratch"
  # Not exec: the trap must still remove the scratch folder when the command ends.
  status=0
  if [ -z "${DISPLAY:-}" ]; then
    xvfb-run --auto-servernum --server-args="-screen 0 1280x900x24" dbus-run-session -- "$0" "$@" || status=$?
  else
    dbus-run-session -- "$0" "$@" || status=$?
  fi
  exit "$status"
fi

# Inside the private session: start the Secret Service, unlocked. The password must not be
# empty: with an empty one gnome-keyring will not create the login keyring without a prompt on
# screen (which fails headless), and nothing can be saved. The login keyring is created at this
# first unlock and becomes the default collection (as in src-tauri/core/tests/run-with-keyring.sh).
export OKX_TEST_KEYRING_PASSWORD="${OKX_TEST_KEYRING_PASSWORD-okx-test-keyring}"
eval "$(printf %s "$OKX_TEST_KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets --daemonize 2>/dev/null)" || true
# Wait until the daemon owns the Secret Service name, so the first client does not start a second
# daemon through D-Bus activation (one that has no unlocked keyring).
for _ in $(seq 50); do
  if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; then
    break
  fi
  sleep 0.1
done
export GNOME_KEYRING_CONTROL="${GNOME_KEYRING_CONTROL:-}"
export OKX_TEST_KEYRING=1 OKX_E2E=1
# Python's keyring (the interop tests, like a bot) uses the Secret Service, not a file backend.
export PYTHON_KEYRING_BACKEND=keyring.backends.SecretService.Keyring
"$@"
