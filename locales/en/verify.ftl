# The connection test: its checklist (shown after a test, in the window's Step 10 and in the
# CLI's output), what each check found, and the problems it reports.

## The checklist's titles, one per check, in the order they are shown

check-reach = { -okx } answers
check-clock = Clock matches { -okx }
check-auth = Key, secret key and passphrase accepted
check-read = Can read the account
check-trade = Can trade
check-withdraw = Cannot withdraw
check-ip-binding = Bound to IP addresses
check-balance = Balance readable

## What a check found when it passed (the line under its title)

# $host: the address that answered, e.g. www.okx.com
verify-reach-pass = { -okx } answered at { $host }.
# $site: the site's name, e.g. “my.okx.com (EEA)”
verify-auth-pass = { -okx } accepted the key on { $site }.
# $site: the site's name. The user did not name a site; the test found it.
verify-auth-pass-found = { -okx } accepted the key on { $site } (found automatically).
# $skew: how far the clock is off, e.g. “1.2 seconds behind OKX's clock” (verify-skew-…)
verify-clock-pass = This computer's clock is { $skew }.
verify-read-pass = The key has Read permission.
verify-trade-pass = The key has Trade permission.
verify-withdraw-pass = The key cannot withdraw funds.
# $ips: the IP addresses bound to the key, separated by commas
verify-ip-pass = The key works only from { $ips }.
verify-ip-pass-read-only = Not bound to an IP address; read-only keys do not need it.
verify-ip-pass-demo = Not bound to an IP address; Demo Trading keys are never deleted for being idle.
# $equity: OKX's figure, a decimal number such as 1234.5678; $currencies: currency codes
# separated by commas, e.g. “USDT, BTC”
verify-balance-pass = Total equity { $equity } USD in { $currencies }. Compare it with your { -okx } trading account.
# $equity: OKX's figure, a decimal number such as 1234.5678
verify-balance-pass-empty = Total equity { $equity } USD; the trading account holds no coins. Compare it with your { -okx } trading account.
# A check that was not run.
verify-skipped = Not checked, because an earlier check failed.

## How far this computer's clock is from OKX's. Placed inside other sentences
## (“This computer's clock is …”), in the checklist, the report and its warnings.

verify-skew-within = within 0.1 seconds of { -okx }'s clock
# $seconds: a decimal number under 10 (e.g. 1.2), or a whole number of seconds from 10 up
verify-skew-behind = { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    } behind { -okx }'s clock
# $seconds: a decimal number under 10 (e.g. 1.2), or a whole number of seconds from 10 up
verify-skew-ahead = { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    } ahead of { -okx }'s clock

## The account's mode, from OKX (shown in the report)

verify-account-mode-spot = Spot
verify-account-mode-futures = Futures
verify-account-mode-multi-currency = Multi-currency margin
verify-account-mode-portfolio = Portfolio margin

## Problems found by the connection test itself

# $skew: how far the clock is off (verify-skew-…)
problem-clock-skew-warn = This computer's clock is { $skew }. { -okx } refuses requests that are more than 30 seconds off.
    .fix = { problem-clock-skew-over.fix }
# $skew: how far the clock is off (verify-skew-…)
problem-clock-skew-over = This computer's clock is { $skew }. { -okx } refuses requests that are more than 30 seconds off; this test corrected for it, but a bot on this computer would be refused.
    .fix = Turn on "Set time automatically" (and the right time zone) in your system's date and time settings. Do the same on the computer or server that runs your bot.
problem-missing-read-permission = This key is not allowed to read your account, so a bot cannot see balances or orders.
    .fix = On { -okx }'s API management page, edit the key and turn on "Read" (and "Trade" for a trading bot), save, then test again.
problem-missing-trade-permission = This key is read-only: a bot using it can see your account but cannot trade.
    .fix = On { -okx }'s API management page, edit the key and turn on "Trade" (leave "Withdraw" off), save, then test again.
problem-withdraw-enabled = This key can withdraw funds. Anyone who gets it can move your money out of { -okx }.
    .fix = Delete this key on { -okx } now and create a new one with only Read and Trade. A trading bot never needs Withdraw.
problem-no-ip-binding = This key can trade and is not bound to an IP address, so { -okx } deletes it after 14 days without use.
    .fix = If your bot runs on a server with a fixed IP address, edit the key on { -okx } and add that address. Otherwise keep the bot running: a key in use is not deleted.
# $actual: the name of the site where the key works; $chosen: the site that was tested;
# $id: the --site value of the right site (global, eea, us or tr)
problem-wrong-site = This key belongs to { $actual }, not to { $chosen }. A key works only on the site where it was created.
    .fix = { $surface ->
        [cli] Test again with --site { $id }, and choose { $actual } in your bot too.
       *[window] Choose { $actual } as your site, here and in your bot, then test again.
    }
# Replaces OKX's “this key does not exist” once every other site said the same. $site: the
# tested site's name
problem-unknown-key-nowhere = { -okx } says this API key does not exist on { $site }, nor on any of { -okx }'s other sites.
# $seconds: the time allowed for the whole test, a whole number
problem-timeout-whole-test = The connection test did not finish within { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }.
    .fix = Check your internet connection and test again. If { -okx } is busy, wait a few minutes.
# Tested as Demo Trading, but the key is a live one.
problem-demo-mismatch-live-key = This is a live-trading key, not a Demo Trading key.
    .fix = { $surface ->
        [cli] Test again without --demo, and turn off "Demo Trading" in your bot. For practice, create a separate key on { -okx } with Demo Trading switched on.
       *[window] Turn off "Demo Trading" here and in your bot, then test again. For practice, create a separate key on { -okx } with Demo Trading switched on.
    }
# Tested as live, but the key is a Demo Trading one.
problem-demo-mismatch-demo-key = This is a Demo Trading key: it works only with Demo Trading switched on.
    .fix = { $surface ->
        [cli] To practise, test again with --demo and turn on "Demo Trading" in your bot. For real trading, create a new key on { -okx } with Demo Trading switched off.
       *[window] To practise, turn on "Demo Trading" here and in your bot, then test again. For real trading, create a new key on { -okx } with Demo Trading switched off.
    }
# Found before anything is sent. $fields says which values are empty (a key, not words).
problem-malformed-input-empty = { $fields ->
        [api-key] The API key is empty.
        [secret-key] The secret key is empty.
        [passphrase] The passphrase is empty.
        [api-key-secret-key] The API key and secret key are empty.
        [api-key-passphrase] The API key and passphrase are empty.
        [secret-key-passphrase] The secret key and passphrase are empty.
       *[all] The API key, secret key and passphrase are empty.
    }
    .fix = { $surface ->
        [cli] Set OKX_API_KEY, OKX_SECRET_KEY and OKX_PASSPHRASE to the three values { -okx } gave you, and test again.
       *[window] Paste all three values { -okx } gave you (API key, secret key, passphrase) and test again.
    }
