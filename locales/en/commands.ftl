# Commands, paths, usage lines and package names that messages show: placeables (Fluent terms
# holding string literals), the same in every language, so translators leave them alone and the
# pseudo-language does not accent them. Used by every file of the language (one bundle per
# language: a term is defined once, here). Do not translate: people type these. In right-to-left
# languages, isolate a term where it is used (FSI { -cmd-run } PDI), never inside it.

## The bots' pages

-cmd-run = { "okx-key-assistant run" }
-cmd-pip-install = { "pip install" }
-cmd-okx-config = { "~/.okx/config.toml" }
-cmd-secretstorage = { "secretstorage" }

## The command line: the program, its usage lines and the commands its fixes name

# The program's name, and the name of its items in the keychain.
-cmd-app = { "okx-key-assistant" }
-cmd-help = { "okx-key-assistant --help" }
-cmd-save-label = { "okx-key-assistant save LABEL" }
-cmd-save-replace = { "okx-key-assistant save LABEL --replace" }
-cmd-save-example = { "okx-key-assistant save BitcoinEra_GridBot" }
-cmd-list = { "okx-key-assistant list" }
-cmd-simulate = { "okx-key-assistant simulate" }
-cmd-check = { "okx-key-assistant check" }
-cmd-check-notify = { "okx-key-assistant check --notify" }
-cmd-verify-keychain = { "okx-key-assistant verify --keychain" }
-cmd-run-help = { "okx-key-assistant run --help" }
-cmd-run-command = { "okx-key-assistant run LABEL -- COMMAND" }
-cmd-unit-command = { "okx-key-assistant unit LABEL -- COMMAND" }
-cmd-keyring-session = { "dbus-run-session -- sh -c 'gnome-keyring-daemon --unlock --components=secrets; okx-key-assistant ...'" }
-cmd-pip-install-keyring = { "pip install keyring" }
-cmd-systemctl-edit = { "systemctl --user edit --full --force NAME.service" }
-cmd-systemctl-reload = { "systemctl --user daemon-reload" }
-cmd-systemctl-enable = { "systemctl --user enable --now NAME.service" }

## Usage lines, each whole (its options are not words)

-usage-verify = { "okx-key-assistant verify [--site global|eea|us|tr|auto] [--demo] [--json] [--keychain LABEL]" }
-usage-save = { "okx-key-assistant save LABEL [--site global|eea|us|tr|auto] [--demo] [--replace]" }
-usage-list = { "okx-key-assistant list [--json]" }
-usage-delete = { "okx-key-assistant delete LABEL" }
-usage-run-brief = { "okx-key-assistant run LABEL [--profile generic|freqtrade|okx-agent] [--verify] [--no-mask] -- COMMAND [ARGS...]" }
-usage-run = { "okx-key-assistant run LABEL [--profile generic|freqtrade|okx-agent] [--verify] [--no-mask] [--restart-on-change [--grace SECONDS]] -- COMMAND [ARGS...]" }
-usage-run-restart = { "okx-key-assistant run LABEL --restart-on-change [--grace SECONDS] -- COMMAND [ARGS...]" }
-usage-unit-brief = { "okx-key-assistant unit LABEL [--profile P] [--restart-on-change] -- COMMAND [ARGS...]" }
-usage-unit = { "okx-key-assistant unit LABEL [--profile generic|freqtrade|okx-agent] [--restart-on-change] -- COMMAND [ARGS...]" }
-usage-check = { "okx-key-assistant check [LABEL...] [--json]" }
-usage-check-notify = { "okx-key-assistant check [LABEL...] [--notify] [--prometheus FILE]" }
-usage-watch-brief = { "okx-key-assistant watch on [--via systemd|autostart] | off | status [--json]" }
-usage-watch = { "okx-key-assistant watch on|off|status [--via systemd|autostart] [--json]" }
-usage-simulate = { "okx-key-assistant simulate [--port N] [--site global|eea|us|tr] [--latency-ms N] [--skew-ms N]" }
-usage-command-help = { "okx-key-assistant COMMAND --help" }
-usage-version = { "okx-key-assistant --version" }

## Paths

-path-config = { "~/.config" }
-path-systemd-user = { "~/.config/systemd/user/" }
-path-unit-file = { "~/.config/systemd/user/NAME.service" }
