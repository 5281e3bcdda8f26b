#!/usr/bin/env bash
# Checks what the built .deb and .rpm carry, without installing the .rpm (this is Debian):
# the AppStream metainfo (appstreamcli validate), the desktop entry (desktop-file-validate),
# the .rpm's files (rpm -qlp) and dependencies (rpm -qRp), and that rpm resolves those
# dependencies, rich ones included, against stand-in packages with Fedora's names.
#   tests/package_check.sh path/to/X_0.1.0_amd64.deb path/to/X-0.1.0-1.x86_64.rpm
set -euo pipefail
deb=$(readlink -f "$1"); rpm=$(readlink -f "$2")
cd "$(dirname "$0")/.."
pass=0; fail=0
check() { if eval "$2"; then echo "ok: $1"; pass=$((pass+1)); else echo "FAILED: $1"; fail=$((fail+1)); fi; }
# Runs a command quietly; when it fails, prints its output indented, to explain the FAILED line.
shows() { local out st=0; out=$("$@" 2>&1) || st=$?; [ $st = 0 ] || printf '%s\n' "$out" | sed 's/^/    /'; return $st; }

id=app.okx-key-assistant.desktop
metainfo_src=packaging/linux/$id.metainfo.xml
metainfo=usr/share/metainfo/$id.metainfo.xml
version=$(python3 -c 'import json; print(json.load(open("tauri.conf.json"))["version"])')
repo_raw=https://raw.githubusercontent.com/okx-key-assistant/okx-key-assistant/main
scratch=$(mktemp -d); trap 'rm -rf "$scratch"' EXIT
# The component id has hyphens, which AppStream only discourages ("info"); it is the app's Tauri
# identifier, which also names its data folder, so it stays. Everything else must be clean.
validate=(appstreamcli validate --no-net --strict --override=cid-contains-hyphen=pedantic)

echo "Packages: $(basename "$deb") ($(stat -c %s "$deb") bytes), $(basename "$rpm") ($(stat -c %s "$rpm") bytes)"
check "the .deb is under 8 MiB" "[ $(stat -c %s "$deb") -lt $((8 * 1024 * 1024)) ]"

# --- What both packages unpack to
mkdir -p "$scratch/deb" "$scratch/rpm"
check "dpkg-deb unpacks the .deb" "shows dpkg-deb -x '$deb' '$scratch/deb'"
# rpm itself installs the .rpm into a scratch root (dependencies are checked further down).
check "rpm installs the .rpm into a scratch root" "shows rpm --root '$scratch/rpm' --dbpath /rpmdb --initdb \
  && shows rpm --root '$scratch/rpm' --dbpath /rpmdb -i --nodeps --noscripts --nosignature --ignorearch --ignoreos '$rpm'"
for kind in deb rpm; do
  root=$scratch/$kind
  check "the .$kind carries the metainfo file at /$metainfo" "[ -f '$root/$metainfo' ]"
  check "the .$kind's metainfo is packaging/linux's" "cmp -s '$root/$metainfo' '$metainfo_src'"
  check "the .$kind's metainfo passes appstreamcli validate" "shows ${validate[*]} '$root/$metainfo'"
  desktop=$(find "$root/usr/share/applications" -name '*.desktop' 2>/dev/null | head -1) || true
  check "the .$kind carries one desktop entry" "[ -n '$desktop' ] && [ \$(find '$root/usr/share/applications' -name '*.desktop' | wc -l) = 1 ]"
  check "the .$kind's desktop entry passes desktop-file-validate" "shows desktop-file-validate '$desktop'"
  launchable=$(sed -n 's:.*<launchable type="desktop-id">\(.*\)</launchable>.*:\1:p' "$root/$metainfo" 2>/dev/null) || true
  check "the metainfo launches the .$kind's desktop entry ('$launchable')" "[ '$launchable' = '$(basename "$desktop")' ]"
  icon=$(sed -n 's/^Icon=//p' "$desktop" 2>/dev/null) || true
  check "the .$kind has the desktop entry's icon ($icon) at 128x128" "[ -f '$root/usr/share/icons/hicolor/128x128/apps/$icon.png' ]"
  # validate-tree checks the installed tree as software centres read it: the metainfo with
  # the desktop entry and icons it points to.
  check "the .$kind's file tree passes appstreamcli validate-tree" \
    "shows appstreamcli validate-tree --no-net --strict --override=cid-contains-hyphen=pedantic '$root'"
done

# --- The metainfo's own content
meta() { python3 - "$metainfo_src" "$1" <<'EOF'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
what = sys.argv[2]
if what == "release":
    print(root.find("releases/release").get("version"))
elif what == "rating":
    print(root.find("content_rating").get("type"))
else:
    for e in root.findall(what):
        print(e.text.strip())
EOF
}
identifier=$(python3 -c 'import json; print(json.load(open("tauri.conf.json"))["identifier"])')
check "the metainfo's id is the Tauri identifier ($identifier)" "[ '$(meta id)' = '$identifier' ]"
check "the metainfo's newest release is the app's version ($version)" "[ '$(meta release)' = '$version' ]"
check "the metainfo's licence is MIT" "[ '$(meta project_license)' = MIT ]"
check "the metainfo has an OARS content rating" "[ '$(meta rating)' = oars-1.1 ]"
shots=$(meta screenshots/screenshot/image)
missing=""
for f in docs/screenshots/*.png; do grep -qxF "$repo_raw/$f" <<<"$shots" || missing="$missing $f"; done
check "every docs/screenshots/*.png is a screenshot in the metainfo${missing:+ (missing:$missing)}" "[ -z '$missing' ]"
stale=""
for url in $shots; do [[ $url == "$repo_raw/"* ]] && [ -f "${url#"$repo_raw/"}" ] || stale="$stale $url"; done
check "every screenshot URL is a file in this repository${stale:+ (not:$stale)}" "[ -z '$stale' ]"

# --- The .rpm's header, files and dependencies
check "the .rpm is okx-key-assistant $version, MIT" \
  "[ \"\$(rpm -qp --qf '%{NAME} %{VERSION} %{LICENSE}' '$rpm' 2>/dev/null)\" = 'okx-key-assistant $version MIT' ]"
# shellcheck disable=SC2034 # read in check's eval
files=$(rpm -qlp "$rpm" 2>/dev/null)
for f in /usr/bin/okx-key-assistant /usr/bin/okx-key-assistant-window "/$metainfo" "/usr/share/applications/OKX Key Assistant.desktop" \
  /usr/share/icons/hicolor/32x32/apps/okx-key-assistant-window.png /usr/share/icons/hicolor/128x128/apps/okx-key-assistant-window.png; do
  check "the .rpm installs $f" "grep -qxF '$f' <<<\"\$files\""
done
check "the .rpm installs nothing outside /usr" "! grep -v '^/usr/' <<<\"\$files\" | grep -q ."
requires=$(rpm -qRp "$rpm" 2>/dev/null)
echo "  .rpm requires: $(grep -v '^rpmlib(' <<<"$requires" | paste -sd ',' | sed 's/,/, /g')"
check "the .rpm requires WebKitGTK 4.1 by Fedora's name (webkit2gtk4.1)" "grep -q '^(webkit2gtk4.1 or ' <<<\"\$requires\""
check "the .rpm requires the WebKitGTK and GTK libraries by soname" \
  "grep -qx 'libwebkit2gtk-4.1.so.0()(64bit)' <<<\"\$requires\" && grep -qx 'libgtk-3.so.0()(64bit)' <<<\"\$requires\""
check "the .rpm requires a Secret Service keychain (gnome-keyring, KWallet or KeePassXC)" \
  "grep -q '^(gnome-keyring or .*keepassxc)$' <<<\"\$requires\""

# rpm itself resolves those requirements: in a throwaway rpm database, stand-ins that provide
# Fedora's package names satisfy them, and without a keychain provider the .rpm is refused.
standin() { # standin NAME PROVIDES...: builds a tiny noarch package that only provides names
  local name=$1; shift
  mkdir -p "$scratch/rpmbuild"
  {
    echo "Name: $name"; echo "Version: 1"; echo "Release: 1"; echo "Summary: stand-in"
    echo "License: MIT"; echo "BuildArch: noarch"
    for p in "$@"; do echo "Provides: $p"; done
    echo "%description"; echo "stand-in"; echo "%files"
  } >"$scratch/$name.spec"
  rpmbuild -bb --quiet --define "_topdir $scratch/rpmbuild" --define "_rpmdir $scratch" \
    --define '_build_id_links none' "$scratch/$name.spec" >/dev/null 2>&1
  ls "$scratch"/noarch/"$name"-1-1.noarch.rpm
}
resolves() { # resolves DB STANDIN_RPMS...: installs the stand-ins (database only), tests the .rpm
  local db=$1; shift
  rm -rf "$db"; mkdir -p "$db"; rpm --dbpath "$db" --initdb
  [ $# = 0 ] || rpm --dbpath "$db" -i --justdb --nodeps --nosignature "$@" >/dev/null 2>&1
  rpm --dbpath "$db" -i --test --nosignature --ignorearch --ignoreos "$rpm" 2>&1
}
if base=$(standin fedora-desktop webkit2gtk4.1 gtk3 'libwebkit2gtk-4.1.so.0()(64bit)' 'libgtk-3.so.0()(64bit)') && kp=$(standin fedora-keepassxc keepassxc) \
   && gk=$(standin fedora-gnome-keyring gnome-keyring); then
  check "rpm resolves the .rpm's requirements on Fedora with GNOME Keyring" "shows resolves '$scratch/db1' '$base' '$gk'"
  check "rpm resolves them with KeePassXC instead (the rich dependency's alternative)" "shows resolves '$scratch/db2' '$base' '$kp'"
  refused=$(resolves "$scratch/db3" "$base") && refused=""
  check "rpm refuses the .rpm when no keychain provider is installed" "grep -q '(gnome-keyring or .* is needed' <<<'$refused'"
else
  check "rpmbuild makes the stand-in packages" false
fi

echo "package checks: $pass passed, $fail failed"
[ "$fail" = 0 ]
