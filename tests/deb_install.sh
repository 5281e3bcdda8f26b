#!/usr/bin/env bash
# Installs the built .deb with apt, checks what it put on the system, then runs the installed
# command under a virtual display and waits for the app's window to appear.
#   tests/deb_install.sh path/to/okx-key-assistant_X_amd64.deb
set -euo pipefail
deb=$(readlink -f "$1")
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
pass=0; fail=0
check() { if eval "$2"; then echo "ok: $1"; pass=$((pass+1)); else echo "FAILED: $1"; fail=$((fail+1)); fi; }

echo "Package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$deb" >/tmp/okx-deb-install.log 2>&1 \
  || { cat /tmp/okx-deb-install.log; echo "FAILED: apt-get install"; exit 1; }

check "the command is installed" "command -v okx-key-assistant >/dev/null"
check "the window's program is installed" "command -v okx-key-assistant-window >/dev/null"
check "the command line links no WebKit (run and check start fast)" "! ldd \"\$(command -v okx-key-assistant)\" | grep -q webkit"
desktop=$(dpkg -L okx-key-assistant | grep '\.desktop$' | head -1)
check "a desktop entry is installed" "[ -n '$desktop' ] && [ -f '$desktop' ]"
check "the desktop entry starts the window's program" "grep -q '^Exec=okx-key-assistant-window' '$desktop'"
check "the desktop entry names the app" "grep -q '^Name=OKX Key Assistant' '$desktop'"
check "the desktop entry has a category" "grep -q '^Categories=.*Utility' '$desktop'"
check "the desktop entry has a description" "grep -q '^Comment=.' '$desktop'"
check "icons are installed at several sizes" "[ \$(dpkg -L okx-key-assistant | grep -c 'icons/hicolor/.*/apps/.*\.png') -ge 3 ]"
check "the package has a description" "dpkg-query -W -f='\${Description}' okx-key-assistant | grep -q 'OKX API key'"

# Open the installed app and wait for its window.
scratch=$(mktemp -d)
export HOME="$scratch" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" NO_AT_BRIDGE=1
opened=$(xvfb-run --auto-servernum --server-args="-screen 0 1280x900x24" dbus-run-session -- bash -c '
  okx-key-assistant >/tmp/okx-deb-run.log 2>&1 & pid=$!
  for i in $(seq 1 60); do
    if xdotool search --name "^OKX Key Assistant$" >/dev/null 2>&1; then echo yes; break; fi
    sleep 0.5
  done
  kill $pid 2>/dev/null; wait $pid 2>/dev/null || true')
# (Other programs started in that session may print too: look for our word only.)
check "the installed command opens the window" "printf '%s' '$opened' | grep -qx yes"
rm -rf "$scratch"

DEBIAN_FRONTEND=noninteractive $SUDO apt-get remove -y -qq okx-key-assistant >/dev/null 2>&1 || true
echo "deb install: $pass passed, $fail failed"
[ "$fail" = 0 ]
