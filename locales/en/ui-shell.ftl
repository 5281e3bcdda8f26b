# The window's frame around the steps (src-ui/main.js, ui/index.html, src-ui/ipc.js): the rail of
# steps on the left, Back/Next at the bottom, the progress line, Start over and its dialog.

## The page

# The window's title, and the name beside the icon at the top of the rail.
ui-app-name = { -app-name }
# A link for keyboard users, shown only when it has the focus; it jumps over the rail.
ui-skip-link = Skip to the current step
# Read by screen readers for the rail (the list of steps on the left).
ui-rail-label = Steps of the guide

## The rail and the progress line

# Which step a screen is, above its progress bar and in the progress line; $n is 1 to $total.
ui-step-position = Step { $n } of { $total }
# Read by screen readers after a step's name in the rail, in brackets.
ui-rail-done = (done)
ui-rail-locked = (locked until the golden rules are accepted)
# Shown when the mouse rests on a step the user cannot open yet.
ui-rail-locked-tooltip = Read and accept the golden rules first
# Shown beside Next when the user tries to open a later step before accepting the rules.
ui-hint-rules-first = Read and accept the golden rules before Step 1.

## Navigation

ui-nav-back = Back
ui-nav-next = Next
# The Next button on the last screen.
ui-nav-finish = Finish
ui-start-over = Start over
# A small label at the bottom of a step whose content goes on below the window's edge; it
# disappears once the user has scrolled to the end (an arrow pointing down follows it).
ui-more-below = More below

## Dialogs

ui-dialog-cancel = Cancel
ui-dialog-ok = OK
ui-start-over-dialog = Start over?
    .text = This clears your progress and anything the app is holding in memory (passphrase, pasted keys, test result). Keys already saved in your keychain stay saved.
    .confirm = Start over

## When the app's engine cannot be reached

ui-engine-missing = The app's engine is not available.
    .fix = Restart { -app-name }.
# The fix shown under an unexpected error from the app's engine (its words come from the engine).
ui-call-failed-fix = Try again. If it keeps happening, restart the app.

# The progress line at the top of the rail: the guide's Steps 1 to 10 that are done.
ui-progress-steps = { $done } of { $total } steps done
