#!/usr/bin/env bash
# Tauri's beforeBundleCommand (tauri.conf.json): builds the `okx-key-assistant` command line,
# which lives in its own package (src-tauri/cli) so that the window's package links neither it
# nor the simulator, and puts it where the bundle's `files` entry takes it from
# (target/bundle-cli/, at the top of the repository whatever CARGO_TARGET_DIR says) for
# /usr/bin in the .deb and the .rpm (and the AppImage, which Tauri builds from the .deb's files).
# Same profile as the window's program.
#
# Only Linux packages take it so far: on macOS and Windows (.github/workflows/release.yml) this
# does nothing, and those installers carry the window's program alone (see the README).
set -euo pipefail
if [ "$(uname -s)" != Linux ]; then
  echo "cli-for-bundle: not Linux, the installer carries the window only"
  exit 0
fi
cd "$(dirname "$0")/../.."
profile=release
flag=(--release)
if [ "${TAURI_ENV_DEBUG:-false}" = true ]; then profile=debug; flag=(); fi
cargo build "${flag[@]}" --locked -p okx-key-cli --bin okx-key-assistant
target="${CARGO_TARGET_DIR:-target}"
mkdir -p target/bundle-cli
install -m 0755 "$target/$profile/okx-key-assistant" target/bundle-cli/okx-key-assistant
