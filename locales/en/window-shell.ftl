# Words of the window's shell: starting the app, and the window's commands (clipboard, links,
# keychain, report, passphrase, connection test) when they cannot do what was asked.
# Problems: the value is what went wrong, .fix what to do.

## Starting the app (printed in the terminal it was started from, if any)

# No desktop session: the window cannot open. { -cmd-help } is a command (commands.ftl): nothing to translate.
app-no-display =
    { -app-name } opens a window, and this session has no graphical display (neither DISPLAY nor WAYLAND_DISPLAY is set).
    Start it from your desktop's app menu, or from a terminal inside your desktop session.
    Without a desktop, the command line does the same checks: run { -cmd-help }.
# A second launch found the app open, but the open window does not answer.
app-window-not-answering = { -app-name } is already open, but its window does not answer. Close it (or end { -cmd-app } in your task manager), then open the app again.
# $error: the system's own words, in English.
app-could-not-start = { -app-name } could not start: { $error }
app-could-not-start-again = { -app-name } could not start again: { $error }

## The window's commands

app-clipboard-failed = The clipboard could not be written.
    .fix = Select the text and copy it with Ctrl+C instead.
app-no-credentials = There are no checked credentials to test yet.
    .fix = Go back to Step 9, paste the API key, secret key and passphrase, and press Check.
app-no-passphrase = There is no passphrase to copy yet.
    .fix = Generate one, or type one and its confirmation.
app-browser-failed = Your web browser could not be opened.
    .fix = Open { $url } in your browser yourself.
app-no-test-result = There is no test result to report yet.
    .fix = Press “Test connection” in Step 10 first.
# $path: the file the user picked.
app-report-not-written = The report could not be written to { $path }.
    .fix = Choose another folder (one you can write to), or use Copy instead.
# The title of the "save as" dialog, and the name of its file type.
app-report-dialog-title = Save the confirmation report
app-report-dialog-filter = Text

## Bugs in the app (their fix is the app's usual "this is a bug" text)

app-internal-keychain-task = A keychain task stopped unexpectedly.
app-internal-unknown-page = The window asked for an OKX page the app does not know.
app-internal-scoring-stopped = Scoring the passphrase stopped unexpectedly.
app-internal-generator-stopped = The passphrase generator stopped unexpectedly.
app-internal-dialog-stopped = The save dialog stopped unexpectedly.
