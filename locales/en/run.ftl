# okx-key-assistant run: hands a saved key to one program through its environment.
# Shown in a terminal, on standard error (standard output belongs to the program that runs).
# Keep as they are, untranslated: okx-key-assistant, run, the options (--profile, --verify,
# --no-mask), the profile names (generic, freqtrade, okx-agent), environment variables, and the
# placeholders in capitals (LABEL, COMMAND, ARGS, P): people type them.
# $label is the name a key is saved under (letters, digits, _ - .), never translated.

## Help: what "okx-key-assistant run --help" prints
## Keep the line breaks and the indentation of the lists: terminals show them as is.

run-usage =
    Usage: { -usage-run }

    Starts COMMAND with the key saved under LABEL in its environment, under the names your bot
    reads, so the key never goes into a config file, a .env file or your shell history. Nothing
    else gets the key: COMMAND's own arguments are passed as they are.

    Profiles (--profile, default generic):
      generic     OKX_API_KEY, OKX_SECRET_KEY, OKX_PASSPHRASE, and where the key works:
                  OKX_SITE (global, eea, us or tr), OKX_API_HOST (for example eea.okx.com),
                  OKX_API_BASE_URL (https:// and the host; python-okx's domain) and
                  OKX_DEMO (1 for a Demo Trading key, else 0; python-okx's flag)
      freqtrade   FREQTRADE__EXCHANGE__KEY, FREQTRADE__EXCHANGE__SECRET,
                  FREQTRADE__EXCHANGE__PASSWORD (the passphrase) and
                  FREQTRADE__EXCHANGE__NAME: okx, myokx (EEA) or okxus (US)
      okx-agent   what OKX's agent trade kit reads: OKX_API_KEY, OKX_SECRET_KEY,
                  OKX_PASSPHRASE, OKX_SITE, OKX_API_BASE_URL and OKX_DEMO

    Options:
      --profile P   the names to use (above)
      --verify      test the key with signed, read-only requests first, and start nothing
                    if the test fails or the key can withdraw
      --no-mask     pass COMMAND's output straight through to this terminal, unmasked.
                    Rarely needed: on a terminal COMMAND runs on a pseudo-terminal of its
                    own, so colours, prompts, typed keys, window sizes and full-screen
                    programs work with the mask on (elsewhere its output goes through
                    pipes). Use it when COMMAND must have this terminal itself, for example
                    to suspend it with Ctrl-Z, knowing that what it prints is shown as is
      --restart-on-change
                    when the key saved under LABEL is replaced (Replace on My keys, or save
                    --replace), stop COMMAND and start it again with the new key, within a
                    second; when the key is deleted, or the new one can withdraw, stop
                    COMMAND and exit (2 or 3)
      --grace SECONDS
                    with --restart-on-change: how long COMMAND may take to end after
                    SIGTERM before it is killed (default 10)
      -h, --help    show this help

    A key whose saved record says it can withdraw is never handed over. Ctrl-C and termination
    signals are passed on to COMMAND. Keep in mind: any program running as your user can read
    a process's environment, and every program COMMAND starts inherits the key.

    What is masked (without --no-mask), on standard output and standard error, in any letter
    case, also when split across writes: the secret key and the passphrase as they are; the first
    12 or more characters of the secret key; both URL-encoded (%23 and the like, + for a space),
    JSON-escaped (\" \\ \uXXXX) and base64-encoded (standard or URL-safe alphabet, with or without
    = padding), alone or inside longer base64 text (there all but at most one character at each
    end). What is not: any other form, for example hex, split by a line break, reversed, part of
    the passphrase, part of the secret key other than its start, or fewer than 12 of its first
    characters. A program can always print a secret some way no filter knows.

    Signals: Ctrl-C, SIGTERM and SIGHUP reach COMMAND once, also when sent to the whole process
    group (kill %1); a signal ignored when run starts (nohup) stays ignored for COMMAND.

    Exit status: COMMAND's own status (128 + N when a signal N stopped it). When COMMAND is
    not started: 1 the keychain could not be read or --verify failed; 2 bad usage or no key
    saved under LABEL; 3 the key can withdraw; 126 COMMAND could not be started;
    127 COMMAND was not found.

## Usage mistakes (one line, shown above the help)

run-label-missing = run needs the LABEL of a saved key, then -- and the command to start.
run-command-missing = run needs the command to start, after --: { -cmd-run-command }
run-profile-invalid = --profile must be generic, freqtrade or okx-agent.
run-grace-invalid = --grace must be a whole number of seconds, from 0 to 3600.
run-grace-without-restart = --grace goes with --restart-on-change: it is how long a stopped command may take to end.

## Why a key is not handed over (each with what to do)

run-refused-recorded-withdraw = Not started: the key saved as “{ $label }” can withdraw, so whoever holds it can move your funds out of { -okx }.
    .fix = Delete this key on { -okx }'s API page, create a new one with only Read and Trade switched on, save it, and run that one.
run-refused-withdraw = Not started: the test shows that the key saved as “{ $label }” can withdraw, so whoever holds it can move your funds out of { -okx }.
    .fix = Delete this key on { -okx }'s API page, create a new one with only Read and Trade switched on, save it, and run that one.
run-refused-seen-withdraw = Not started: the newest test of the key saved as “{ $label }” that got an answer from { -okx } saw Withdraw switched on. It stays refused until a test that reaches { -okx } sees Withdraw off.
    .fix = Switch Withdraw off for this key on { -okx }'s API page (or delete it and create a new one with only Read and Trade), then test it again: Test on My keys, or { -cmd-check } { $label }.
run-refused-not-verified = Not started: the key saved as “{ $label }” did not pass the test.
    .fix = Fix what the test found ({ -cmd-verify-keychain } { $label } shows the whole report), then run the command again.

## Notes before the command starts

# $label: the saved key's label.
run-verified = The key saved as “{ $label }” passed the test and cannot withdraw.
run-note-freqtrade-no-site = Note: Freqtrade has no exchange name for { -okx } TR, so FREQTRADE__EXCHANGE__NAME is not set; this key works only with tr.okx.com.
run-note-freqtrade-demo = Note: this is a Demo Trading key. Freqtrade's dry_run is its own paper trading; a Demo Trading key only works when requests carry { -okx }'s demo header (x-simulated-trading: 1).
run-note-agent-tr = Note: older versions of { -okx }'s agent trade kit know only the sites global, eea and us; OKX_SITE is tr and OKX_API_BASE_URL points at tr.okx.com.

## When the command cannot start

run-command-not-found = The command to start was not found.
    .fix = Check its name, or give its full path (for example /usr/bin/python3).
# $error: the operating system's reason, in English.
run-command-not-started = The command could not be started ({ $error }).
    .fix = Check that it is a program you may run (for a script: chmod +x and a #! line).

## --restart-on-change: the key saved under LABEL changed while the command runs (on stderr)

# $label: the saved key's label.
run-restart-replaced = The key saved as “{ $label }” was replaced: stopping the command and starting it again with the new key.
run-restart-deleted = The key saved as “{ $label }” was deleted: stopping the command.
run-restart-refused = The key saved as “{ $label }” was replaced by one that may not be handed over: stopping the command.
run-restart-unreadable = Could not read the key saved as “{ $label }” to see whether it changed: the command keeps running with the key it has.

## okx-key-assistant unit: a systemd user service that starts a bot through run

# After the main help's list of commands.
unit-cli-usage =
      { -usage-run-restart }
      { -usage-unit-brief }

unit-usage =
    Usage: { -usage-unit }

    Prints a systemd user service that starts COMMAND through { -cmd-run } with the
    key saved under LABEL. The service holds no secret: run reads the key from the keychain
    each time it starts. systemd starts COMMAND again when it fails (not when the key is
    missing or can withdraw) and stops it the way run passes signals on (KillMode=mixed).

    Install it with { -cmd-systemctl-edit } (paste it in), or save
    it as { -path-unit-file } and run { -cmd-systemctl-reload }; then
    { -cmd-systemctl-enable }. The keychain must be unlocked for the
    service. COMMAND starts in the folder unit was run in.

    Options:
      --profile P           the names to use (see { -cmd-run-help })
      --restart-on-change   start COMMAND again when the key is replaced (see run --help)
      -h, --help            show this help

unit-label-missing = unit needs the LABEL of a saved key, then -- and the command to start.
unit-command-missing = unit needs the command to start, after --: { -cmd-unit-command }
# $error: the operating system's reason, in English.
unit-no-program = Could not tell where this program is installed ({ $error }).
    .fix = Start { -cmd-app } by its full path.
# The service's one-line description (systemctl status shows it). $command: the program's name.
unit-description = { $command } with the key saved as “{ $label }” (OKX Key Assistant)
