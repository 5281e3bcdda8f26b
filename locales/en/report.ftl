# The confirmation report: plain text the user copies, saves or sees printed by
# `okx-key-assistant verify`, and safe to paste anywhere (for example to a support desk).
#
# Notes for translators:
# - The report is plain text, wrapped at 78 columns by the app; line breaks inside a message
#   do not matter (the app re-wraps it), except in headings and field labels, which must stay
#   on one line and short (a label should fit in 14 characters).
# - Keep the report plain ASCII where you can: straight quotes (") and apostrophes (').
# - Placeholders hold values that are never translated: hosts, web addresses, labels, codes,
#   dates and numbers already formatted by the app.

## The title and the result at the top

report-title = { -app-name } - confirmation report

# $abilities is one of the report-abilities-* phrases ("can read and trade").
report-result-verified = RESULT: VERIFIED. { -okx } accepted this key. It { $abilities }, and it cannot withdraw.
# $reasons: one or two short reasons (report-reason-*), or report-reasons-unknown-not-ready.
report-result-not-ready =
    RESULT: VERIFIED, BUT NOT READY FOR A BOT. { -okx } accepted this key and it cannot withdraw,
    but: { $reasons }. See the problems below.
report-result-unsafe =
    RESULT: UNSAFE - THIS KEY CAN WITHDRAW. { -okx } accepted this key, and it has the Withdraw
    permission: whoever holds it can move your funds out of { -okx }. Do not give it to a bot.
    See "{ report-heading-next }".
report-result-unconfirmed =
    RESULT: NOT CONFIRMED SAFE. { -okx } accepted this key, but the test could not see whether it
    can withdraw. Test it again before you give it to a bot.
# $reasons: one or two short reasons (report-reason-*), or report-reasons-unknown-not-verified.
report-result-not-verified =
    RESULT: NOT VERIFIED. The key did not pass the test: { $reasons }. Each problem and its fix
    is listed below.
# Added after the result ($result) when the test ran against the app's built-in simulator.
report-result-practice =
    { $result } PRACTICE RUN: this test talked to the app's simulator on this computer, not to
    { -okx }, so it says nothing about a real key.
report-reasons-unknown-not-ready = see below
report-reasons-unknown-not-verified = the test did not finish

## What the key can do (written into the result and the summary line)

report-abilities-read-trade = can read and trade
report-abilities-read-only = can read but not trade
report-abilities-trade-only = can trade but not read
report-abilities-neither = cannot read or trade
report-abilities-unknown = permissions unknown

## Short reasons: a few words for each problem, for "Not verified: wrong passphrase"

report-reason-wrong-passphrase = wrong passphrase
report-reason-wrong-secret = wrong secret key
report-reason-unknown-key = { -okx } does not know this API key
report-reason-wrong-site = the key belongs to another { -okx } site
report-reason-demo-mismatch = live and demo mixed up
report-reason-clock-skew = this computer's clock is off
report-reason-ip-not-allowed = this computer's IP address is not allowed for the key
report-reason-region-restricted = { -okx } is not available in this region
report-reason-key-frozen = the key is frozen
report-reason-missing-read = the key lacks the Read permission
report-reason-missing-trade = the key lacks the Trade permission
report-reason-withdraw-enabled = the key can withdraw
report-reason-no-ip-binding = the key is not bound to an IP address
report-reason-rate-limited = { -okx } asked us to slow down
report-reason-okx-unavailable = { -okx } is unavailable
report-reason-network-error = could not reach { -okx }
report-reason-timeout = { -okx } did not answer in time
report-reason-unexpected-response = { -okx } gave an answer the app did not understand
report-reason-malformed-input = a pasted value is not in the right form
report-reason-invalid-setting = a setting of the app is refused
report-reason-keychain-unavailable = no keychain available
report-reason-keychain-locked = the keychain is locked
report-reason-keychain-denied = the keychain refused access
report-reason-keychain-mismatch = the keychain gave back something else
report-reason-not-found = no saved key under that label
report-reason-already-exists = a key with that label is already saved
report-reason-not-allowed = not allowed
report-reason-storage = could not read or write the app's files
report-reason-browser-unavailable = the web browser could not be opened
report-reason-internal = an error in the app

# Two reasons side by side, and more than two ($more: how many are not shown).
report-reasons-two = { $first }; { $second }
report-reasons-more = { $first }; { $second } (and { $more } more)

## The one-line summary (the window's headline)

report-summary-verified = Verified: safe, { $abilities }, no withdraw
# $reasons: short reasons of what still blocks a bot.
report-summary-verified-but = Verified: safe, { $abilities }, no withdraw; but { $reasons }
report-summary-unsafe = Unsafe: this key can withdraw
report-summary-unconfirmed = Not confirmed safe: could not check the Withdraw permission
report-summary-not-verified = Not verified: { $reasons }
report-summary-not-finished = Not verified: the test did not finish
report-summary-practice = { $summary } (practice run against the simulator, not { -okx })

## Section headings (each underlined in the report; keep them on one line)

report-heading-when = When
report-heading-key = The key
report-heading-found = What the test found
report-heading-checks = Checks
report-heading-problems = Problems and warnings
report-heading-ready = Ready for your bot
report-heading-saved = Saved
report-heading-rules = Golden rules
report-heading-confirmed = What you confirmed
report-heading-next = What to do next
report-heading-risk = Risk

## Field labels ("  Label:  value"; the app adds the colon; keep them short)

report-field-tested = Tested
report-field-made = Report made
report-field-app = App
report-field-site = Site
report-field-host = API host
report-field-mode = Mode
report-field-label = Label
report-field-api-key = API key
report-field-account = Account
report-field-read = Read
report-field-trade = Trade
report-field-withdraw = Withdraw
report-field-permissions = Permissions
report-field-ip = IP binding
report-field-balance = Balance
report-field-clock = Clock
report-field-pasted = Pasted values
report-field-saved-in = Saved in
report-field-service = Service
report-field-user = User
report-field-saved-at = Saved at

## When

# $time: a date and time in UTC, formatted by the app ("2026-11-26 18:00:00").
report-time-utc = { $time } UTC
# $time: the same moment in the computer's time zone; $offset: its distance from UTC ("+05:30").
report-time-local = { $time } local time (UTC{ $offset })
report-time-unknown = unknown
# $time: the test's time exactly as it was recorded (the app could not read it as a date).
report-time-as-recorded = { $time } (as recorded)
# $version: the app's version number ("1.4.0").
report-app-version = { -app-name } { $version }

## The key

# $site: the OKX site's name ("okx.com (global)").
report-site-detected = { $site } (found by the test: this key belongs to this site)
report-mode-demo = Demo trading (practice money, not real funds)
report-mode-live = Live (real funds)
report-label-none = (none)
# $key: the API key's first 4 and last 4 characters ("6f1c…5a41").
report-api-key-shortened = { $key } (only the first 4 and last 4 characters)
report-api-key-not-shown = (not shown)
report-account-main = main account
report-account-sub = sub-account
# $account: report-account-main or report-account-sub; $mode: OKX's name of the account mode.
report-account-with-mode = { $account }, mode: { $mode }

## What the test found

report-perm-yes = yes
report-read-missing = NO - a bot needs it to see your account
report-trade-missing = NO - a bot needs it to place orders
report-withdraw-on = ON - DANGER
report-withdraw-danger = !! DANGER: this key can move your funds out of { -okx }. Do not use it with a bot.
report-withdraw-off = off (safe): no funds can leave { -okx } through this key
report-not-known = unknown
report-not-checked = not checked (the test stopped before this)
# $addresses: the IP addresses the key is bound to, as a list.
report-ip-bound = bound to { $addresses }
report-ip-none-demo = none (fine for a demo key: { -okx } does not delete idle demo keys)
report-ip-none-live = none. Warning: { -report-idle-deletion }
# Used in two messages above and below (a term: never shown alone).
-report-idle-deletion =
    { -okx } deletes a key that can trade and is not bound to an IP address after 14 days
    without use.
# $total: the account's total equity in US dollars, formatted by the app ("1,234.57");
# $count: how many currencies hold a balance; $currencies: their codes, as a list.
report-balance =
    { $count ->
        [0] readable: { $total } USD total equity; no currency holds a balance
        [one] readable: { $total } USD total equity, in { $count } currency: { $currencies }
       *[other] readable: { $total } USD total equity, in { $count } currencies: { $currencies }
    }
report-balance-not-read = not read (see the problems below)
# $skew: how far this computer's clock is from OKX's ("1.3 seconds ahead of OKX's clock");
# $verdict: one of report-clock-fine, -warning, -too-far.
report-clock = this computer is { $skew } ({ $verdict })
report-clock-fine = fine
report-clock-warning = warning: see below
report-clock-too-far = too far: { -okx } refuses this
report-clock-not-measured = not measured
# A list cut short: $list holds the first items, $more how many are left out.
report-list-more = { $list } and { $more } more
# Between the items of a list ("USDT, BTC").
report-list-separator = {", "}

## What was cleaned from the pasted values ("API key: removed 1 trailing space")


## Checks (each line starts with a mark in brackets; keep the marks short)

report-mark-pass = ok
report-mark-warning = warn
report-mark-fail = FAIL
report-mark-skipped = skip
# $title: the check's name; $detail: what it found.
report-check-line = { $title }: { $detail }

## Problems and warnings

report-problems-none = None.
report-tag-danger = DANGER
report-tag-problem = Problem
report-tag-warning = Warning
report-tag-info = Note
# $tag: one of the tags above; $message: the problem, in the app's words.
report-problem = { $tag }: { $message }
# The same, with the error code OKX gave ($code, e.g. "50105").
report-problem-with-code = { $tag }: { $message } ({ -okx } code { $code })
# Written before the fix of each problem.
report-what-to-do = What to do:

## Problems the report adds itself, when the test's facts imply them

report-problem-withdraw = This key has the Withdraw permission: whoever holds it can move your funds out of { -okx }.
    .fix = Do not give it to a bot. Delete it on { $page } (or edit it and switch Withdraw off), then test again.
report-problem-no-read = The key cannot read your account, so a bot cannot see your balance or orders.
    .fix = Edit the key on { $page }, switch Read on, then test again.
report-problem-no-trade = The key cannot trade, so a bot cannot place orders.
    .fix = Edit the key on { $page }, switch Trade on, then test again.
report-problem-no-ip = The key is not bound to an IP address. { -report-idle-deletion }
    .fix =
        If your bot runs on a server with a fixed IP address, add that address to the key on
        { $page }. Otherwise make sure the bot uses the key at least once every 14 days.
# $skew: how far the clock is off ("12 seconds ahead of OKX's clock").
report-problem-clock-warning =
    This computer's clock is { $skew }. { -okx } refuses requests more than 30 seconds off, so
    this may start to fail.
    .fix = { -report-clock-fix }
report-problem-clock-refused =
    This computer's clock is { $skew }. { -okx } refuses requests whose time is more than
    30 seconds off.
    .fix = { -report-clock-fix }
-report-clock-fix =
    Turn on automatic date and time (and the right time zone) in your system settings, then
    test again.

## Saved

# $user: the key's label, under which it is saved.
report-saved-user = { $user } (the key's label)
report-saved-replaced = It replaced a key saved earlier under the same label.
# $code: a line of Python code that reads the key (not translated).
report-saved-python = A bot written in Python can read it with { $code }.
report-not-saved = Not saved in the system keychain.
report-not-saved-unsafe = Not saved: the app saves only a verified key that cannot withdraw.

## Golden rules (also shown in the window before Step 1: the rule, then why)

report-rule-withdraw = Never turn on withdrawal.
    .why =
        A bot only needs to read and trade. With withdrawal off, no money can leave your
        { -okx } account through this key, whatever happens to it.
report-rule-share = Never share the three credentials.
    .why =
        The API key, secret key and passphrase go into your bot and your password manager,
        nowhere else. { -okx } staff will never ask for them.
report-rule-one-bot = One key per bot.
    .why = If one bot is stopped or compromised, you delete its key and the others keep running.
report-rule-passphrase = Keep the passphrase in a password manager.
    .why =
        { -okx } cannot show it again or reset it. If it is lost, the key has to be deleted and
        made again.

## What the user confirmed in the window

# The legend; $yes, $no and $unasked are the marks "[x]", "[ ]" and "[-]".
report-confirm-legend = { $yes } confirmed   { $no } not confirmed   { $unasked } not asked
# After an item the user saw but did not tick ($item).
report-confirm-not-confirmed = { $item } (not confirmed)
# After an item the user was not asked about ($item).
report-confirm-not-asked = { $item } (not asked)
report-confirm-nothing-asked =
    Nothing was asked (this report was not made in the window). Check these yourself:
report-confirm-rules = You read these rules and will follow them.
# $test: what the test found about Withdraw: "on", "off", or "unknown" (not tested).
report-confirm-withdraw =
    { $test ->
        [on] Withdraw (and Transfer) left off when creating the key. The test found Withdraw ON.
        [off] Withdraw (and Transfer) left off when creating the key. The test confirms Withdraw is off.
       *[unknown] Withdraw (and Transfer) left off when creating the key.
    }
report-confirm-password-manager = The API key, secret key and passphrase are saved in your password manager.
report-confirm-one-bot = This key is used by one bot only.
report-confirm-after = After connecting the bot:
report-confirm-balance = The bot's dashboard shows your { -okx } balance.
report-confirm-connected = The bot shows "Connected" or "Active".
report-confirm-no-errors = No error messages in the bot's dashboard.
report-confirm-last-used = { -okx }'s API page shows a recent "Last used" time for this key.
report-confirm-no-suspicious = { -okx }'s API page shows no unexpected or suspicious access.

## What to do next ($page: OKX's API management page, a web address)

report-next-fix-then-test = Fix the problems listed above, then test the key again.
# $service and $user: where the key is saved in the system keychain.
report-next-paste-saved =
    Give your bot the three values: API key, secret key, passphrase. They are in your password
    manager, and in the system keychain (service "{ $service }", user "{ $user }"). Paste them;
    do not type them.
report-next-paste =
    Give your bot the three values: API key, secret key, passphrase. Copy them from your
    password manager and paste them; do not type them.
report-next-last-used =
    When the bot has run, open { $page } and check that "Last used" shows a recent time for
    this key.
report-next-idle =
    Make sure the bot uses the key at least once every 14 days, or bind the key to your bot's
    IP address on { $page }: { -okx } deletes unbound keys that sit idle.
report-next-leaked =
    If you stop the bot or think a value has leaked, delete the key on { $page }. Your funds
    stay where they are.
report-next-unsafe-keep = Do not give this key to a bot, and do not paste it anywhere.
report-next-unsafe-delete =
    Open { $page } and delete this key. (You could edit it and switch Withdraw off instead, but
    a new key is the safest choice.)
# $command: the command line that deletes the saved copy (not translated).
report-next-unsafe-remove = Remove the saved copy: { $command } (or Delete in the app).
report-next-unsafe-new = Create a new key with only Read and Trade switched on, and test it here.
report-next-unconfirmed-test = Test the key again: the app must see that Withdraw is off.
report-next-unconfirmed-check = You can also check on { $page } that Withdraw is off for this key.
report-next-fix-each = Fix the problems listed above; each one says what to do.
report-next-test-again = Test the key again.
report-next-lost =
    If you have lost the secret key or the passphrase, delete the key on { $page } and create a
    new one: { -okx } cannot show either of them again.

## Risk, and the closing line on secrets

report-disclaimer =
    Trading cryptocurrency carries a real risk of losing money, possibly all of it, and a bot can
    lose money as well as make it. Past results of any bot promise nothing about the future. Keep
    Withdraw off on every key a bot uses, and trade only with money you can afford to lose. This
    report describes how the key is set up; it is not financial advice.
report-no-secrets =
    This report holds no secret key, no passphrase and only the first 4 and last 4 characters of
    the API key, so it is safe to share, for example with a support desk.
