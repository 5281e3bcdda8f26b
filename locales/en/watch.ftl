# The watch: a daily test of the saved keys while the app is closed (check --notify, desktop
# notifications), metrics for servers (check --prometheus), and the switch that turns the daily
# test on and off (watch on|off|status, and the switch on My keys).
# Keep as they are, untranslated: okx-key-assistant, check, watch, on, off, status, --notify,
# --prometheus, --via, systemd, autostart, --json, FILE, LABEL, Withdraw, Trade, My keys' name
# as the window shows it.
# $label is the key's saved name (never translated); $reason is a problem's own message.

# The sender's name the desktop shows.
watch-notification-app = { -app-name }

## Notifications: the headline names the key and what happened; .fix is the one thing to do.

watch-event-withdraw-on = { $label }: this key can withdraw
    .fix = On OKX, edit this API key and turn Withdraw off, or delete it. Until then the app hands it to no bot.
watch-event-deleted = { $label }: OKX deleted this key
    .fix = Make a new key with Read and Trade only, bound to your bot's IP address, and save it in the app again.
# $reason: why the test failed, in the problem's own words.
watch-event-failed = { $label }: the test failed. { $reason }
# $days: 0 to 3.
watch-event-days-left = { $days ->
        [0] { $label }: OKX may delete this key today
        [one] { $label }: OKX may delete this key in { $days } day
       *[other] { $label }: OKX may delete this key in { $days } days
    }
# $bot: the bot's name; $reason: the first reason that stops it, in its own words.
watch-event-not-ready = { $label }: not ready for { $bot }. { $reason }
watch-event-recovered = { $label }: the key works again
    .fix = Nothing to do: the last test found it healthy.
# The notification's button (where the desktop shows buttons).
watch-action-open-my-keys = Open My keys

## check's help: the watch's options (added below check --help).

watch-check-usage =
    Watching (Linux):
      --notify           send a desktop notification for each key that needs you (Withdraw on,
                         deleted on OKX, the test failed, 3 days or fewer left on the 14-day rule),
                         and nothing when all are fine; a notification still true is sent again
                         the next day only until you open My keys in the app
      --prometheus FILE  write the keys' health to FILE in node_exporter's textfile format
                         (written atomically; point --collector.textfile.directory at its folder)

## The main help's lines for the watch.

watch-cli-usage =
    Watching the keys every day (Linux):
      { -usage-check-notify }
      { -usage-watch-brief }

## watch --help

watch-usage =
    Usage: { -usage-watch }

    Tests your saved keys every day while the app is closed and tells you (a desktop notification)
    when one needs you: the same as the switch on My keys.

      on       install a systemd user timer and service (daily, caught up after the computer was
               off) in { -path-systemd-user } that run "{ -cmd-check-notify }"; where
               no systemd user manager runs, an autostart entry that runs it at each login
      off      remove exactly what "on" installed
      status   say whether it is on, when it last ran and what it found

    Options:
      --via systemd|autostart   with on: how to start the daily test (without it: systemd when
                                a user manager runs, else autostart)
      --json                    print one JSON object
      -h, --help                show this help

    Linux only: Windows (Task Scheduler) and macOS (launchd) are not supported yet.

watch-usage-missing = Say on, off or status.
watch-via-unknown = --via takes systemd or autostart.

## What watch on|off|status says.

watch-on-systemd = The daily key test is on: a systemd user timer runs it once a day.
watch-on-autostart = The daily key test is on: it runs each time you log in.
# $files: the files written, one per line.
watch-installed-files = Installed: { $files }
watch-off = The daily key test is off. Removed: { $files }
watch-off-already = The daily key test was already off; nothing to remove.
watch-status-on = On: the saved keys are tested every day.
watch-status-off = Off: the saved keys are not tested while the app is closed.
# $when: a date and time (ISO-8601, UTC).
watch-status-last-run = Last run: { $when }.
watch-status-never-run = It has not run yet.
# $checked: keys tested; $found: keys that needed you.
watch-status-found = Keys tested: { $checked }. Needing you: { $found }.
watch-notify-unavailable = No desktop notification could be sent: { $error }
    .fix = The check itself ran; its results are above. Notifications need a desktop session with a notification service.

# $path: a file or folder; $error: the system's reason.
watch-error-write = Could not write or remove { $path }: { $error }
    .fix = Check that your configuration folder ({ -path-config }) is yours and writable, then try again.

## The switch on My keys (the window).

watch-switch-label = Check my keys every day and tell me when one needs me
watch-switch-state-on = On.
watch-switch-state-off = Off.
watch-switch-stopped = Turning the daily key check on or off stopped unexpectedly.
