# The command line (okx-key-assistant verify / save / list / delete / simulate).
# Shown in a terminal, to people running a bot or a script: name environment variables and
# options, never buttons, fields or steps.
# Keep as they are, untranslated: the program name okx-key-assistant, the command names
# (verify, save, list, delete, simulate), options (--site, --json, …), their values (global,
# eea, us, tr, auto), environment variables (OKX_API_KEY, …) and the placeholders written in
# capitals in the help (LABEL, SITE, N, COMMAND): people type them.

## Help: what --help prints (and what a usage mistake repeats below the reason)
## Keep the line breaks and the indentation of the option lists: terminals show them as is.

cli-usage =
    { -app-name }: a safe OKX API key for your trading bot, tested and kept in your keychain.

    Usage:
      { -cmd-app }                open the app
      { -usage-verify }
      { -usage-save }
      { -usage-list }
      { -usage-delete }
      { -usage-run-brief }
      { -usage-check }
      { -usage-simulate }
      { -usage-command-help }   more about one command
      { -usage-version }

    The key comes from the environment variables OKX_API_KEY, OKX_SECRET_KEY and OKX_PASSPHRASE
    (save also reads standard input), never from the command line. Tests and practice may point a
    site at the simulator with OKX_BASE_URL_GLOBAL, OKX_BASE_URL_EEA, OKX_BASE_URL_US or OKX_BASE_URL_TR
    (http://127.0.0.1:PORT or http://localhost:PORT only).

    Exit status: 0 verified and safe (or done); 1 failed; 2 bad usage or input;
    3 verified but unsafe (the key can withdraw).

# After the main help. $languages: the language codes, e.g. "en, zh-CN, es-419, ar".
cli-usage-languages =
    Language: every command takes --lang CODE ({ $languages }); without it, LC_ALL,
    LC_MESSAGES or LANG decide, and English is used for any other language.

cli-verify-usage =
    Usage: { -usage-verify }

    Tests an OKX API key with signed, read-only requests (nothing is ever traded or moved) and
    prints the confirmation report.

    The key comes from the environment variables OKX_API_KEY, OKX_SECRET_KEY and OKX_PASSPHRASE
    (never from the command line), or from a key saved in the system keychain with --keychain.
    Values are cleaned and checked as in the app: stray spaces are trimmed and reported.

    Options:
      --site SITE        where the key was created: global (okx.com), eea (my.okx.com),
                         us (app.okx.com) or tr (tr.okx.com, OKX TR). Without it (or with
                         auto) the test finds the key's site and says which; with a site
                         named, a key of another site fails with where it does work
      --demo             the key is a Demo Trading key
      --json             print one JSON object instead of the report
      --keychain LABEL   test the key saved under LABEL (its site and mode, unless given)
      -h, --help         show this help

    Exit status: 0 verified and safe; 1 verification failed; 2 bad usage or input;
    3 verified but unsafe (the key can withdraw).

cli-save-usage =
    Usage: { -usage-save }

    Tests the key, then saves it in the system keychain under LABEL (letters, digits, '_', '-', '.';
    for example the name you gave the key on OKX). Only a key that OKX accepts and that cannot
    withdraw is saved; the saved item is read back before it counts.

    The key comes from OKX_API_KEY, OKX_SECRET_KEY and OKX_PASSPHRASE, or, when none of them is
    set, from standard input: three lines in OKX's order (API key, secret key, passphrase), or a
    note, env file or JSON with labelled values. Never from the command line.

    Options:
      --site SITE   where the key was created: global, eea, us or tr. Without it (or with auto)
                    the test finds the key's site and the key is saved with it
      --demo        the key is a Demo Trading key
      --replace     replace a key already saved under LABEL (the old one stays until the new one
                    is saved and read back)
      -h, --help    show this help

    A bot reads the saved key from the keychain: service { -cmd-app }, user LABEL, secret =
    JSON with api_key, secret_key, passphrase, site, api_host, demo and saved_at.

    Exit status: 0 saved; 1 not saved (the test failed, or the keychain refused); 2 bad usage or
    input; 3 not saved because the key can withdraw.

cli-list-usage =
    Usage: { -usage-list }

    Lists the keys saved in the system keychain by this app: label, API key (first 4 and last 4
    characters), site, Live or Demo, and when it was saved. A key the app remembers but that is
    no longer in the keychain is marked “{ cli-list-missing }”.

    Options:
      --json       print a JSON array instead of the table
      -h, --help   show this help

    Exit status: 0 listed; 1 the keychain could not be read; 2 bad usage.

cli-delete-usage =
    Usage: { -usage-delete }

    Deletes the key saved under LABEL from the system keychain (and from the app's list). The key
    itself still works on OKX: delete it there too if you no longer use it.

    Options:
      -h, --help   show this help

    Exit status: 0 deleted; 1 no key saved under LABEL, or the keychain refused; 2 bad usage.

cli-simulate-usage =
    Usage: { -usage-simulate }

    Starts a practice copy of OKX's API on this computer (127.0.0.1 only), with practice keys for
    every situation the app explains. It prints the keys and the OKX_BASE_URL_* settings that
    point the app (and verify) at it, then shows each request until you press Ctrl-C.

    Options:
      --port N         the port of the first site (default 8085); without --site the four sites
                       use N to N+3 (global, eea, us, tr); 0 picks free ports
      --site SITE      run only this site on N
      --latency-ms N   wait N milliseconds before every answer (default 0)
      --skew-ms N      the simulator's clock is N milliseconds ahead (negative: behind)
      -h, --help       show this help

    Exit status: 0 stopped with Ctrl-C; 1 could not start (for example, the port is taken);
    2 bad usage.

# After the help of verify and save (and the main help). Keep the ids as they are.
cli-ready-usage =
    Ready for your bot (verify and save):
      --bot BOT          also check that the account is ready for this bot: web-platform,
                         freqtrade, hummingbot, python-ccxt, python-okx, okx-agent, passivbot
                         or octobot (account mode, position mode, market, where the money is).
                         save keeps the choice with the key; check and verify --keychain use it
      --market MARKET    what the bot trades: spot (the default) or swap (perpetual swaps)

    Exit status 4: the key works and cannot withdraw, but the account is not ready for the bot
    yet (the report says what to change). 1 and 3 take precedence over 4.

## Usage mistakes: one line, printed after "okx-key-assistant: " and before the help.
## They never repeat what was typed (it may be a secret pasted in the wrong place), only
## option names the program knows.

# $commands: the command names, separated by commas (verify, save, list, delete, simulate).
cli-unknown-command = Unknown command (the commands are { $commands }).
# $flag: an option name such as --site.
cli-unknown-flag = Unknown option { $flag }.
cli-unknown-flag-credential = Unknown option { $flag }: credentials are never read from the command line; set OKX_API_KEY, OKX_SECRET_KEY and OKX_PASSPHRASE instead.
cli-unknown-flag-hidden = Unknown option (not shown, in case it holds a secret).
cli-flag-given-twice = { $flag } is given twice.
# $bots: the bot ids, separated by commas.
cli-bot-must-be = --bot must be one of { $bots }.
# $markets: spot, swap
cli-market-must-be = --market must be one of { $markets }.
cli-market-needs-bot = --market goes with --bot: name the bot too.
cli-flag-takes-no-value = { $flag } takes no value.
cli-flag-needs-value = { $flag } needs a value.
cli-no-arguments = This command takes no other arguments. Credentials are never read from the command line: set OKX_API_KEY, OKX_SECRET_KEY and OKX_PASSPHRASE instead.
cli-too-many-arguments = Too many arguments (a label has no spaces). Credentials are never read from the command line.
# $sites: the values --site accepts, separated by commas (global, eea, us, tr, auto).
cli-site-must-be = --site must be one of: { $sites }.
cli-save-needs-label = save needs a LABEL to save the key under.
cli-delete-needs-label = delete needs the LABEL of the key to delete.
cli-port-must-be = --port must be a number from 0 to 65535.
cli-latency-must-be = --latency-ms must be a whole number of milliseconds.
cli-latency-too-long = --latency-ms must be at most 60000 (one minute).
cli-skew-must-be = --skew-ms must be a whole number of milliseconds.
cli-skew-too-large = --skew-ms must be within one day (86400000).
# The fix of a usage mistake in --json output (its message is one of the lines above).
cli-usage-mistake-fix = Run the command with --help to see how to use it.

## How a problem is printed: its message, then on the next line (indented) what to do.

# $fix: what to do (a whole sentence or more).
cli-what-to-do = What to do: { $fix }
# A remark printed before the result, that does not stop the command. $note: the remark.
cli-note = Note: { $note }

## Where the key comes from: the environment variables, standard input or a saved key

# $var: the name of an environment variable, e.g. OKX_PASSPHRASE.
cli-env-not-text = { $var } holds bytes that are not text.
    .fix = Set { $var } again by pasting the value exactly as OKX showed it.
# $var: the name of the one environment variable that is missing.
cli-env-missing-one = { $var } is not set.
    .fix = { -cli-set-all-three }
# $first, $second: the names of the two environment variables that are missing.
cli-env-missing-two = { $first } and { $second } are not set.
    .fix = { -cli-set-all-three }
-cli-set-all-three = Set all three: OKX_API_KEY, OKX_SECRET_KEY and OKX_PASSPHRASE (the values OKX showed when you created the key).
# .fix for verify; .fix-save for save, which can also read standard input.
cli-no-key-given = No API key was given.
    .fix = Set OKX_API_KEY, OKX_SECRET_KEY and OKX_PASSPHRASE to the values OKX showed when you created the key, or use --keychain LABEL for a saved key.
    .fix-save = Set OKX_API_KEY, OKX_SECRET_KEY and OKX_PASSPHRASE, or pipe the three values (one per line, in that order) into the command.
# Shown when save waits for the values to be typed or pasted in the terminal.
cli-paste-prompt = Paste the API key, the secret key and the passphrase, one per line, then press Ctrl-D (Ctrl-Z then Enter on Windows). What you paste is shown on screen; to avoid that, set OKX_API_KEY, OKX_SECRET_KEY and OKX_PASSPHRASE instead.
# The same prompt on a terminal whose echo the app turned off (Linux, macOS, the BSDs).
cli-paste-prompt-hidden = Paste the API key, the secret key and the passphrase, one per line, then press Ctrl-D. What you paste is not shown on screen (only the line breaks are); Ctrl-C cancels.
cli-stdin-not-text = What was given on standard input could not be read as text.
    .fix = Give the three values as plain text, one per line: API key, secret key, passphrase.
# $found: how many of the three values were found (0, 1 or 2).
cli-stdin-values-found = Found { $found } of the three values on standard input.
    .fix = Give the API key, the secret key and the passphrase, one per line in that order (or labelled, like "API key: ...").
# $label: the saved key's label.
cli-env-ignored-for-saved-key = Note: testing the key saved as "{ $label }"; OKX_API_KEY, OKX_SECRET_KEY and OKX_PASSPHRASE are ignored.
# $vars: the settings that are set, e.g. “OKX_BASE_URL_GLOBAL=http://127.0.0.1:8085, OKX_BASE_URL_EEA=http://127.0.0.1:8086”
cli-override-note = Note: practice settings are on ({ $vars }): requests for those sites go to a practice server on this computer, not to { -okx }. Keys saved from { -okx } are never sent there.
cli-no-data-dir = Your data folder could not be found, so the list of saved keys cannot be kept.
    .fix = Make sure HOME is set (or XDG_DATA_HOME on Linux), then run the command again.

## verify: what it prints while the test runs (on the terminal only)

cli-progress-reach = Checking that OKX answers...
cli-progress-clock = Checking the clock...
cli-progress-auth = Checking the key with signed read-only requests...
cli-progress-other = Checking...

## save

# $label: the label typed; $key: the saved key's API key shortened to its first and last 4
# characters (6d2d…fd7f); $saved_at: when it was saved (2026-11-26T18:00:00.000Z).
cli-already-saved = A key is already saved under the label "{ $label }": the key { $key } saved { $saved_at }.
    .fix = { -cli-replace-or-rename }
# The label is taken by a keychain item this app did not write. $label: the label typed.
cli-already-saved-foreign = A key is already saved under the label "{ $label }": an item this app did not write.
    .fix = { -cli-replace-or-rename }
-cli-replace-or-rename = Add --replace to put the new key in its place (the old one stays until the new one is saved and read back), or choose another label.
# $backend: the keychain's name, e.g. "Secret Service (GNOME Keyring)"; $service and $user
# name the keychain item (okx-key-assistant and the label); $replaced: "yes" or "no".
cli-saved = { $replaced ->
        [yes] Saved in { $backend } (service "{ $service }", user "{ $user }"), replacing the key saved before.
       *[no] Saved in { $backend } (service "{ $service }", user "{ $user }").
    }
# Printed above the few lines of Python (keep "pip install keyring": it is a command).
cli-python-snippet-intro = How a Python bot reads it ({ -cmd-pip-install-keyring }):

## list and delete

# The column headings of the table of saved keys (capitals, like a terminal table).
cli-list-column-label = LABEL
cli-list-column-api-key = API KEY
cli-list-column-site = SITE
cli-list-column-mode = MODE
cli-list-column-saved-at = SAVED AT
# The MODE column: a live (real money) key or a Demo Trading key.
cli-list-mode-live = live
cli-list-mode-demo = demo
# The last column, for a key the app remembers but the keychain no longer has.
cli-list-missing = missing from keychain
cli-list-empty = No keys saved yet. Save one with: { -cmd-save-label }
# $label: the deleted key's label.
cli-deleted = Deleted the key saved as "{ $label }" from the keychain. It still works on OKX until you delete it there.

## Bugs in the command line itself (its fix is the app's usual "this is a bug" text)

# $error: the system's own words, in English.
cli-internal-runtime = The command could not start its background work ({ $error }).
cli-internal-json = The result could not be written as JSON ({ $error }).

# `okx-key-assistant` with no subcommand could not start the window's program.
# $program: its path; $error: the system's reason.
cli-window-missing = The window could not be opened: { $program } is missing or cannot start ({ $error }).
cli-command-line-missing = The command could not be run: { $program } is missing or cannot start ({ $error }).
    .fix = Reinstall { -app-name }. The commands (verify, save, list, delete, run, check) work without the window.
