#!/usr/bin/env bash
# Runs a command the way the app runs on a desktop, but private to this run and thrown away
# after it: a fresh home and XDG folders, its own D-Bus session with an unlocked GNOME Keyring
# (a real Secret Service), and a virtual X display (Xvfb) unless DISPLAY is already set.
#
#   tests/session.sh COMMAND [ARGS...]
#
# Sets OKX_TEST_KEYRING=1 (keychain tests run for real) and OKX_E2E=1 (window tests run), and
# pins Python's keyring to its SecretService backend for the interop tests.
# OKX_TEST_KEYRING_PASSWORD="" starts the keyring with an empty password, which on a fresh
# gnome-keyring means "no login keyring yet" (used by the locked-keyring test).
# OKX_SESSION_LIMIT=SECONDS stops the command when it runs longer (default 3000).
# OKX_SESSION_HEADLESS=1 runs with no display at all (as on a server): an unlock prompt then
# fails at once instead of waiting on a screen nobody looks at.
set -euo pipefail

if [ "${1:-}" = "--inside" ]; then
  shift
  # The password matters: with an empty one, gnome-keyring does not create the login keyring
  # without an on-screen prompt, so nothing could be saved.
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
  # Record the command's own status: the outer script returns it, so noise while Xvfb and the
  # session's helper programs shut down cannot turn a passing run into a failing one.
  set +e
  # The last line of defence: each test has its own deadlines, but a whole run that goes on
  # past OKX_SESSION_LIMIT seconds (default 50 minutes) is stopped with a message, never left
  # to hang CI.
  limit="${OKX_SESSION_LIMIT:-3000}"
  timeout --kill-after=30 "$limit" "$@"
  status=$?
  if [ "$status" = 124 ] || [ "$status" = 137 ]; then
    echo "tests/session.sh: '$*' did not finish within $limit s and was stopped" >&2
  fi
  printf %s "$status" > "$OKX_SESSION_STATUS"
  exit "$status"
fi

if [ "$#" -eq 0 ]; then
  echo "usage: $0 COMMAND [ARGS...]" >&2
  exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon xvfb-run; do
  command -v "$tool" >/dev/null 2>&1 || { echo "$0: $tool is missing: run 'make deps-test'" >&2; exit 2; }
done

# Keep the toolchains findable after HOME moves.
export CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}" RUSTUP_HOME="${RUSTUP_HOME:-$HOME/.rustup}"
if [ -z "${PYENV_ROOT:-}" ] && [ -d "$HOME/.pyenv" ]; then export PYENV_ROOT="$HOME/.pyenv"; fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/okx-session.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home" "$scratch/data" "$scratch/config" "$scratch/cache" "$scratch/runtime"
chmod 700 "$scratch/runtime"
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
       XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime" NO_AT_BRIDGE=1
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL
# One language for every test: the words the tests expect are English (a test that wants another
# language asks for it with LANG or --lang).
unset LC_ALL LC_MESSAGES LANGUAGE
export LANG=C.UTF-8
export OKX_TEST_KEYRING=1 OKX_E2E=1 PYTHON_KEYRING_BACKEND=keyring.backends.SecretService.Keyring
export OKX_TEST_KEYRING_PASSWORD="${OKX_TEST_KEYRING_PASSWORD-okx-test-keyring}"
export OKX_SESSION_STATUS="$scratch/status"

if [ "${OKX_SESSION_HEADLESS:-}" = "1" ]; then
  unset DISPLAY WAYLAND_DISPLAY
  export OKX_E2E=0
fi
filter() { grep -v -e "Failed to set fd limit" -e "Unable to set up transient service directory" >&2; }
set +e
if [ -z "${DISPLAY:-}" ] && [ "${OKX_SESSION_HEADLESS:-}" != "1" ]; then
  xvfb-run --auto-servernum --server-args="-screen 0 1280x900x24" \
    dbus-run-session -- "$0" --inside "$@" 2> >(filter)
else
  dbus-run-session -- "$0" --inside "$@" 2> >(filter)
fi
outer=$?
if [ -s "$OKX_SESSION_STATUS" ]; then exit "$(cat "$OKX_SESSION_STATUS")"; fi
exit "$outer"
