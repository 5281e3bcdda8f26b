# Keeping saved keys healthy: "okx-key-assistant check" (and the window's My keys, later).
# Each saved key is tested again and compared with what the app saw the last time it worked.
# Keep as they are, untranslated: okx-key-assistant, check, save, --json, --replace, LABEL,
# the JSON keys (label, okx_label, drift, idle_rule) and the permission names Read, Trade and
# Withdraw as OKX shows them.
# $site is a site's name (e.g. "OKX (global, okx.com)"); $url is the site's API page;
# $before and $after are IP lists ("127.0.0.1, 5.6.7.8") or OKX labels, never translated.

## Drift: what changed on OKX since the key last worked.
## The message says what changed; .fix what to do. Shown in the terminal and in the window.

health-drift-withdraw-turned-on =
    Withdraw was turned on for this key since it was last tested. A key that can withdraw can empty your account if it ever leaks.
    .fix = On OKX, edit this API key and turn Withdraw off (or delete the key and make a new one with Read and Trade only), then test it again.

health-drift-trade-lost =
    This key could trade and now it cannot: Trade was turned off on OKX. A bot cannot place orders with it.
    .fix = On OKX, edit this API key and turn Trade back on, or make a new key with Read and Trade.

health-drift-ip-list-changed =
    The IP addresses bound to this key changed: before { $before }, now { $after }.
    .fix = If you did not change them, sign in to OKX and check who did. Make sure the address of the server your bot runs on is in the list, or the bot is refused.

health-drift-label-changed =
    This key's name on OKX changed from “{ $before }” to “{ $after }”.
    .fix = Nothing to do if you renamed it. If you did not, sign in to OKX and check your account's security settings.

health-drift-deleted-on-okx =
    OKX no longer knows this key on { $site }, where it used to work: it was deleted on OKX, by you or by OKX's 14-day rule (a key with Trade and no IP binding is deleted after 14 days without use).
    .fix = { $surface ->
        [cli] Make a new key at { $url }, bound to your bot's IP address so this cannot happen again, then save it under the same name with: { -cmd-save-replace }
       *[window] Press Replace to make a new key under the same name, bound to your bot's IP address so this cannot happen again. Then delete the old key on OKX if it is still listed at { $url }.
    }

# Stands for an empty IP list in health-drift-ip-list-changed.
health-ip-none = none
# $before, $after: the account modes' names (Spot, Futures, Multi-currency margin, Portfolio margin)
health-drift-account-mode-changed =
    The account's mode on OKX changed from { $before } to { $after }.
    .fix = Nothing to do if you changed it. Test the key again with its bot: some bots need one mode (see “Ready for your bot”).
# $before, $after: Buy/sell mode or Long/short mode
health-drift-position-mode-changed =
    The account's position mode on OKX changed from { $before } to { $after }.
    .fix = Nothing to do if you changed it. A bot that needs the other mode has its swap orders refused: test the key again with its bot.

# Stands for a key without a name on OKX in health-drift-label-changed.
health-label-none = no name

## The 14-day rule, for a live key with Trade (or Withdraw) and no IP binding.
## $days: whole days since the app last saw the key work; $left: 14 minus that (never below 0);
## $limit: 14.

health-idle-rule =
    OKX deletes a key that has Trade and no IP binding after { $limit } days without use. This app last saw this key work { $days ->
        [0] today
        [one] { $days } day ago
       *[other] { $days } days ago
    }; if nothing has used it since, { $left ->
        [0] OKX may already have deleted it.
        [one] it has { $left } day left.
       *[other] it has { $left } days left.
    } Your bot's own use counts too (any signed request does), and this app cannot see it.
    .fix = The lasting fix: on OKX, edit the key and bind it to your bot's IP address (the public address of the server it runs on). A key bound to an IP address is never deleted for being idle.

## The history file (key-history.json in the app's data folder; no secrets in it).
## $path is a file path, $error the system's reason, both as they are.

health-history-unwritable =
    The tests ran, but their history could not be written to { $path }: { $error }.
    .fix = Check that this folder exists and that you may write to it, then run the test again.
health-history-encode-failed = The key history could not be written (an internal error).

## okx-key-assistant check: the help and one line per key.
## Keep the line breaks and the indentation of the option list: terminals show them as is.

health-usage =
    Usage: { -usage-check }

    Tests the keys saved in the system keychain (all of them, or the LABELs given) at once, each
    on its own site and in its own mode, with signed, read-only requests (nothing is ever traded or
    moved). Says what changed since each key last worked: Withdraw turned on, Trade lost, IP list
    or name changed, or the key deleted on OKX. Each test goes into the key's short history (its
    last 50 tests, never a secret) in the app's data folder.

    Options:
      --json       print one JSON array: each key's verify --json object, with its saved name
                   as label (OKX's own name moves to okx_label), plus drift and idle_rule
      -h, --help   show this help

    Exit status: 0 every key is healthy; 1 a key failed, was deleted on OKX or lost Trade;
    2 bad usage, or no saved key; 3 a key can withdraw (3 wins over 1).

# After health-usage (check --help).
health-usage-ready =
    A key saved with a bot (save LABEL --bot BOT) is also checked for that bot: account mode,
    position mode, market and where the money is; the JSON gets its readiness object.
    Exit status 4: every key is healthy, but an account is not ready for its key's bot.

# The result column of a key's line.
health-result-healthy = healthy
health-result-can-withdraw = can withdraw: not safe for a bot
# $reason: the first problem's message.
health-result-failed = failed: { $reason }
health-result-deleted = deleted on OKX
health-test-stopped = The test of this key stopped unexpectedly (an internal error).

health-no-keys =
    No key is saved yet, so there is nothing to check.
    .fix = Save one first with: { -cmd-save-label }
