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
  scratch=$(mktemp -d /tmp/okx-session.XXXXXX)
  mkdir -p "$scratch/home" "$scratch/data" "$scratch/config" "$scratch/cache" "$scratch/runtime"
  chmod 700 "$scratch/runtime"
  trap 'rm -rf "$scratch"' EXIT
  export HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
         XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime" \
         NO_AT_BRIDGE=1 OKX_IN_SESSION=1 OKX_SESSION_SCRATCH="$scratch"
  if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run --auto-servernum --server-args="-screen 0 1280x900x24" dbus-run-session -- "$0" "$@"
  else
    exec dbus-run-session -- "$0" "$@"
  fi
fi

# Inside the private session: start the Secret Service with an empty-password login keyring.
eval "$(printf '' | gnome-keyring-daemon --unlock --components=secrets --daemonize 2>/dev/null)" || true
export GNOME_KEYRING_CONTROL="${GNOME_KEYRING_CONTROL:-}"
export OKX_TEST_KEYRING=1 OKX_E2E=1
"$@"
