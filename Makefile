# OKX Key Assistant: two commands set up a fresh Debian or Ubuntu machine.
#   make run    opens the app
#   make test   runs every test
# Both install what is missing (system packages need root or sudo).

SHELL := /bin/bash
.DEFAULT_GOAL := run

APT_PACKAGES := build-essential pkg-config curl file libssl-dev libwebkit2gtk-4.1-dev \
  libsoup-3.0-dev librsvg2-dev libdbus-1-dev xvfb xauth webkit2gtk-driver dbus dbus-x11 \
  gnome-keyring libsecret-tools xclip imagemagick xdotool python3-pip \
  appstream desktop-file-utils rpm fonts-droid-fallback fonts-dejavu-core \
  dunst prometheus prometheus-node-exporter
RUN_PACKAGES := build-essential pkg-config libssl-dev libwebkit2gtk-4.1-dev libsoup-3.0-dev \
  librsvg2-dev libdbus-1-dev
TAURI_DRIVER_VERSION := 2.1.0
CARGO_DENY_VERSION := 0.20.2
# The real bot libraries `run` hands keys to in tests/cli_run.rs (tests/bots/).
PY_TEST_PACKAGES := ccxt==4.5.90 python-okx==0.4.4
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
TARGET_DIR := $(or $(CARGO_TARGET_DIR),target)
DEB_DIR := $(TARGET_DIR)/release/bundle/deb
RPM_DIR := $(TARGET_DIR)/release/bundle/rpm

.PHONY: run test deps deps-run deps-test build test-unit test-integration test-deb test-package package bench lint fmt clean

# Installs the Debian packages in $(1) that are not installed yet.
define apt_install
	@missing=$$(for p in $(1); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing system packages:" $$missing; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
endef

deps-run:
	$(call apt_install,$(RUN_PACKAGES))

deps-test:
	$(call apt_install,$(APT_PACKAGES))
	@[ -x node_modules/.bin/tauri ] || npm ci --no-audit --no-fund
	@[ "$$($(CARGO_BIN)/tauri-driver --version 2>/dev/null)" = "tauri-driver $(TAURI_DRIVER_VERSION)" ] || \
	  cargo install tauri-driver --version $(TAURI_DRIVER_VERSION) --locked
	@python3 -c "import keyring, secretstorage, ccxt, okx.Account" 2>/dev/null || \
	  python3 -m pip install -q --disable-pip-version-check keyring secretstorage $(PY_TEST_PACKAGES) 2>/dev/null || \
	  python3 -m pip install -q --disable-pip-version-check --break-system-packages keyring secretstorage $(PY_TEST_PACKAGES)

deps: deps-test

## Opens the app.
run: deps-run
	cargo run --bin okx-key-assistant-window

build:
	cargo build --workspace --bins


## Runs every test: unit, integration (simulator, real keychain, CLI), the window end to end,
## the patched zxcvbn's own tests, a short fuzzing pass, and the .deb and .rpm.
test: deps-test build
	cargo test --workspace --no-run
	tests/session.sh cargo test --workspace
	cargo test --release --manifest-path vendor/zxcvbn/Cargo.toml --target-dir $(TARGET_DIR)/vendor
	src-tauri/core/fuzz/run-short.sh
	$(MAKE) test-package

## Builds the .deb and the .rpm (release) with the pinned Tauri CLI.
package: deps-test
	rm -f $(DEB_DIR)/*.deb $(RPM_DIR)/*.rpm
	node_modules/.bin/tauri build --bundles deb,rpm
	@ls -l $(DEB_DIR)/*.deb $(RPM_DIR)/*.rpm

## Checks that the .deb installs, and that the installed command opens the window.
test-deb: package
	tests/deb_install.sh $(DEB_DIR)/*.deb

## test-deb, then the AppStream metainfo, the desktop entry and the .rpm's files and
## dependencies (tests/package_check.sh). Both run; either failing fails the target.
test-package: package
	@st=0; tests/deb_install.sh $(DEB_DIR)/*.deb || st=1; \
	  tests/package_check.sh $(DEB_DIR)/*.deb $(RPM_DIR)/*.rpm || st=1; exit $$st

## Performance and footprint against a bare Tauri window (issue 9): builds both release .debs,
## prints the table and writes target/bench/summary.json. Exits 0 when a target is only missed.
bench: deps-test
	benches/run.sh

## Formatting, clippy with warnings as errors, and the licences and bans of every dependency.
lint:
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	@[ "$$($(CARGO_BIN)/cargo-deny --version 2>/dev/null)" = "cargo-deny $(CARGO_DENY_VERSION)" ] || \
	  cargo install cargo-deny --version $(CARGO_DENY_VERSION) --locked
	@# cargo-deny reads the metadata of every platform's dependencies: fetch them all first.
	cargo fetch --locked -q
	cargo deny --offline check licenses bans

fmt:
	cargo fmt --all

clean:
	cargo clean
