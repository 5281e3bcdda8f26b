#!/usr/bin/env bash
# Runs a command against a real, private, unlocked Secret Service (GNOME Keyring), never the
# user's own keyring: a fresh temporary HOME and XDG folders, a private D-Bus session
# (dbus-run-session) and a new gnome-keyring-daemon inside it. Everything is thrown away when the
# command ends. Sets OKX_TEST_KEYRING=1 so the keychain tests run for real, and pins Python's
# keyring to its SecretService backend for the interop test.
#
#   src-tauri/core/tests/run-with-keyring.sh cargo test -p okx-key-core --test keychain -- --test-threads=1
#
# Needs: apt-get install -y gnome-keyring libsecret-tools dbus dbus-x11 (and, for the Python
# interop test, pip install keyring secretstorage).
set -euo pipefail

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$0: $tool is missing; install it with: apt-get install -y gnome-keyring libsecret-tools dbus dbus-x11" >&2
        exit 2
    fi
done

# Keep the toolchains findable after HOME moves.
export CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}"
export RUSTUP_HOME="${RUSTUP_HOME:-$HOME/.rustup}"
if [ -z "${PYENV_ROOT:-}" ] && [ -d "$HOME/.pyenv" ]; then
    export PYENV_ROOT="$HOME/.pyenv"
fi

scratch="$(mktemp -d "${TMPDIR:-/tmp}/okx-keyring.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home" "$scratch/data" "$scratch/config" "$scratch/cache" "$scratch/runtime"
chmod 700 "$scratch/runtime"
export HOME="$scratch/home"
export XDG_DATA_HOME="$scratch/data"
export XDG_CONFIG_HOME="$scratch/config"
export XDG_CACHE_HOME="$scratch/cache"
export XDG_RUNTIME_DIR="$scratch/runtime"
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY GNOME_KEYRING_CONTROL
export NO_AT_BRIDGE=1
export OKX_TEST_KEYRING=1
export PYTHON_KEYRING_BACKEND=keyring.backends.SecretService.Keyring

# The password matters: with an empty one, gnome-keyring does not create the login keyring
# without asking on screen (it tries a prompt, which fails headless, and nothing can be saved).
# The login keyring is created on first unlock and becomes the default collection.
# OKX_TEST_KEYRING_PASSWORD="" reproduces that case (used by the "no keyring yet" test).
export OKX_TEST_KEYRING_PASSWORD="${OKX_TEST_KEYRING_PASSWORD-okx-test-keyring}"
dbus-run-session -- bash -c '
    printf %s "$OKX_TEST_KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null
    # Wait until the daemon owns the Secret Service name, so the first client does not start a
    # second daemon through D-Bus activation.
    for _ in $(seq 50); do
        if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; then
            break
        fi
        sleep 0.1
    done
    exec "$@"
' run-with-keyring "$@" 2> >(grep -v -e "Failed to set fd limit" -e "Unable to set up transient service directory" >&2)
