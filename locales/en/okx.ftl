# Talking to OKX: its sites, what its error codes mean and what to do about them, and failures
# of the connection itself (no answer, a cut-off answer, an answer that is not OKX's).

# Where a user manages API keys on OKX's website; written into several fixes.
-okx-key-page = { -okx }'s API management page (Profile > API)

## OKX's sites: each one's name (the website, and in brackets who it is for) and who
## registers there (shown beside each site where the user picks theirs)

# $site: the website, e.g. okx.com
okx-site-name-global = { $site } (global)
okx-site-name-eea = { $site } (EEA)
okx-site-name-us = { $site } (US and Australia)
okx-site-name-tr = { $site } (OKX TR, Türkiye)
okx-site-region-global = Most countries
okx-site-region-eea = The European Economic Area (EEA)
okx-site-region-us = The United States and Australia
okx-site-region-tr = Türkiye (OKX TR)
# A list of the --site values: $ids is all but the last, separated by commas (“global, eea, us”);
# $last the last one (“tr”)
okx-site-id-list = { $ids } or { $last }
# $value: what the user gave (at most 40 characters)
problem-malformed-input-site = "{ $value }" is not an { -okx } site.
    .fix = Use global (you log in at okx.com), eea (my.okx.com), us (app.okx.com) or tr (tr.okx.com).

## A setting that points a site at a practice simulator on this computer (OKX_BASE_URL_…)

# $var: the setting's name, e.g. OKX_BASE_URL_GLOBAL; $why: one of okx-override-… below
problem-invalid-setting-override = { $var } is set to a value the app refuses: { $why }.
    .fix = Unset { $var } to use { -okx } itself, or set it to a loopback address such as http://127.0.0.1:8085 (the practice simulator).
# $var: the setting, e.g. OKX_BASE_URL_GLOBAL; $url: where it points
problem-real-key-to-override = { $var } is set, so this request would go to { $url } on this computer, but this key was saved from { -okx } itself. The app never sends a real key to a practice server.
    .fix = Unset { $var } (in a terminal: unset { $var }) and try again. Set it only while you practise with the simulator.
# $var: the setting; $host: the real API host, e.g. www.okx.com
problem-practice-key-to-okx = This key was saved from the practice simulator, not from { -okx }: { -okx } does not know it, so the app does not send it to { $host }.
    .fix = To practise with it, start the simulator ({ -cmd-simulate }) and set { $var } to the address it prints. For a bot, save a real key from { -okx }.
okx-override-not-http = only http://127.0.0.1:PORT or http://localhost:PORT is allowed
okx-override-no-port = the address needs a port, like http://127.0.0.1:8085
okx-override-not-loopback = it is not a loopback address (127.0.0.1 or localhost)
okx-override-bad-port = the port must be a number from 1 to 65535

## OKX's error codes, what they mean and what to do

problem-wrong-passphrase = { -okx } did not accept the passphrase.
    .fix = Enter the passphrase you chose when you created this API key on { -okx }. It is not your { -okx } login password or your fund password, and capital letters matter. Copy it from where you saved it. If you have lost it, { -okx } cannot recover it: delete this key on { -okx } and create a new one.
problem-wrong-secret = { -okx } did not accept the request's signature, which means the secret key does not belong to this API key.
    .fix = Copy the secret key again from where you saved it when you created the key ({ -okx } shows it only once), with nothing missing at either end. If you no longer have it, delete this key on { -okx } and create a new one.
problem-unknown-key = { -okx } does not recognise this API key.
    .fix = Copy the API key again from { -okx-key-page }, all of it. If the key is not listed there, it was deleted: create a new one.
# $site: the tested site's name, e.g. “my.okx.com (EEA)”
problem-unknown-key-site = { -okx } says this API key does not exist on { $site }.
    .fix = Check that you chose the site where you log in to { -okx } (okx.com, my.okx.com, app.okx.com or tr.okx.com): a key works only on its own site. Then copy the API key again from { -okx-key-page }. If the key is no longer listed, it was deleted (keys that can trade and are not bound to an IP address are deleted after 14 days without use): create a new one.
# Sent as a Demo Trading request, but the key is a live one.
problem-demo-mismatch-not-demo = { -okx } says this key is not a Demo Trading key, but it was tested as one.
    .fix = { $surface ->
        [cli] Test again without --demo. Keys for Demo Trading are created on { -okx } while the Demo Trading mode is switched on.
       *[window] Turn off "Demo Trading" and test again. Keys for Demo Trading are created on { -okx } while the Demo Trading mode is switched on.
    }
# Sent as a live request, but the key is a Demo Trading one.
problem-demo-mismatch-not-live = { -okx } says this key is not a live-trading key: it looks like a Demo Trading key.
    .fix = { $surface ->
        [cli] If you created the key in { -okx }'s Demo Trading mode, test again with --demo. For real trading, create the key with Demo Trading switched off.
       *[window] If you created the key in { -okx }'s Demo Trading mode, turn on "Demo Trading" here and test again. For real trading, create the key with Demo Trading switched off.
    }
problem-clock-skew-rejected = { -okx } rejected the request's time: this computer's clock is more than 30 seconds off.
    .fix = Turn on "Set time automatically" (and the right time zone) in your system's date and time settings, then test again.
# $ip: this computer's address as OKX saw it
problem-ip-not-allowed-ip = This key only works from certain IP addresses, and this computer's address ({ $ip }) is not one of them.
    .fix = On { -okx-key-page }, edit the key and add { $ip } to the key's IP addresses, then test again. If you bound the key to your bot's server on purpose, this computer is simply not that server: test from the server, or add this address for the test and remove it afterwards.
problem-ip-not-allowed = This key only works from certain IP addresses, and this computer's address is not one of them.
    .fix = On { -okx-key-page }, edit the key and add this computer's address to the key's IP addresses, then test again. If you bound the key to your bot's server on purpose, this computer is simply not that server: test from the server, or add this address for the test and remove it afterwards.
# $ip: this computer's address as OKX saw it
problem-region-restricted-ip = { -okx } does not offer this service to your current location (IP address { $ip }).
    .fix = { problem-region-restricted.fix }
problem-region-restricted = { -okx } does not offer this service in your country or region.
    .fix = Check that you chose the site where you registered (okx.com, my.okx.com, app.okx.com or tr.okx.com), and { -okx }'s list of supported countries and regions. If you are travelling, test again from home.
problem-key-frozen = { -okx } has frozen this API key.
    .fix = Contact { -okx } customer support to find out why, or delete this key on { -okx-key-page } and create a new one.
problem-key-frozen-account = { -okx } says this account is blocked.
    .fix = Contact { -okx } customer support. The key cannot be used until they unblock the account.
problem-missing-read-permission-code = This key is not allowed to read your account.
    .fix = On { -okx-key-page }, edit the key and turn on "Read" (and "Trade" for a trading bot), save, then test again.
problem-malformed-input-okx-empty-key = { -okx } received an empty API key.
    .fix = { $surface ->
        [cli] Set OKX_API_KEY to the API key and test again.
       *[window] Paste the API key into its field and test again.
    }
problem-malformed-input-okx-empty-passphrase = { -okx } received an empty passphrase.
    .fix = { $surface ->
        [cli] Set OKX_PASSPHRASE to the passphrase and test again.
       *[window] Paste the passphrase into its field and test again.
    }
problem-malformed-input-okx-empty-part = { -okx } says part of the signed request was empty.
    .fix = { $surface ->
        [cli] Check that OKX_API_KEY, OKX_SECRET_KEY and OKX_PASSPHRASE are all set, and test again. If it keeps happening, report it: it is a bug in { -app-name }.
       *[window] Check that all three fields are filled in and test again. If it keeps happening, report it: it is a bug in { -app-name }.
    }
problem-unexpected-response-format = { -okx } refused the request's format. This is not caused by your key.
    .fix = Test again. If it keeps happening, report it: it is a bug in { -app-name }.
problem-unexpected-response-unauthorised = { -okx } refused to authorise this key without saying why.
    .fix = Check all three values and test again. If it keeps happening, delete this key on { -okx-key-page } and create a new one.
problem-rate-limited = { -okx } is receiving too many requests from this key or this network right now.
    .fix = Wait a minute and test again. If a bot is already running with this key, that is fine: the limit resets within seconds.
# $host: the address asked, e.g. www.okx.com
problem-okx-unavailable = { -okx }'s service at { $host } is temporarily unavailable (maintenance or overload).
    .fix = Wait a few minutes and test again. { -okx } announces maintenance on its status page and social channels.
problem-timeout-okx = { -okx } took too long to answer this time.
    .fix = Wait a moment and test again. The test only reads, so trying again is safe.

## Codes this app does not know

# $code: OKX's error code, e.g. 51000
problem-unexpected-response-unknown-code = { -okx } answered with error code { $code }, which this app does not know.
    .fix = Test again in a moment. If it keeps happening, look up code { $code } in { -okx }'s API documentation or ask { -okx } support.
# $code: OKX's error code; $said: OKX's own message, quoted as it was sent (often English)
problem-unexpected-response-unknown-code-said = { -okx } answered with error code { $code }, which this app does not know: "{ $said }".
    .fix = { problem-unexpected-response-unknown-code.fix }
problem-unexpected-response-unknown-error = { -okx } answered with an error, which this app does not know.
    .fix = Test again in a moment. If it keeps happening, ask { -okx } support.
# $said: OKX's own message, quoted as it was sent (often English)
problem-unexpected-response-unknown-error-said = { -okx } answered with an error, which this app does not know: "{ $said }".
    .fix = { problem-unexpected-response-unknown-error.fix }

## Answers that are not OKX's. $host: the address asked, e.g. www.okx.com; $status: the HTTP
## status code, e.g. 200

problem-unexpected-response-redirect = { $host } tried to send the request somewhere else (HTTP { $status }).
    .fix = Check that you chose the right site. If your network signs you in through a web page (hotel or office Wi-Fi), sign in first, then test again.
# $kind says what came back (a key, not words).
problem-unexpected-response-not-okx = { $kind ->
        [html] { $host } answered with a web page instead of { -okx } data (HTTP { $status }).
        [empty] { $host } answered with an empty reply (HTTP { $status }).
        [json] { $host } answered with data in a shape { -okx } does not use (HTTP { $status }).
       *[garbled] { $host } answered with an incomplete or garbled reply (HTTP { $status }).
    }
    .fix = Test again in a moment. If it keeps happening, a proxy, firewall or a Wi-Fi sign-in page may be in the way: try another network, and check that you chose the right site.
# $what says which part of OKX's answer was missing (a key, not words).
problem-unexpected-response-missing = { $what ->
        [time] { $host } said yes but did not include the server time.
        [config] { $host } said yes but did not include the key's settings.
        [instruments] { $host } said yes but did not include the list of instruments.
        [funding] { $host } said yes but did not include the Funding account's balances.
       *[balance] { $host } said yes but did not include the balance.
    }
    .fix = Test again in a moment. If it keeps happening, check that you chose the right site.
problem-unexpected-response-too-big = { $host } sent a far bigger answer than { -okx } ever does, so it was not read.
    .fix = Check that you chose the right site, and that no proxy or Wi-Fi sign-in page is in the way, then test again.

## The request could not be prepared or sent

# $part says which value could not be sent (a key, not words).
problem-malformed-input-header = { $part ->
        [api-key] The API key contains a character that cannot be sent to { -okx } (such as a line break).
        [passphrase] The passphrase contains a character that cannot be sent to { -okx } (such as a line break).
        [signature] The signature contains a character that cannot be sent to { -okx } (such as a line break).
       *[time] The time contains a character that cannot be sent to { -okx } (such as a line break).
    }
    .fix = { $surface ->
        [cli] { $part ->
            [api-key] Set OKX_API_KEY again, exactly as { -okx } showed it, and test again.
            [passphrase] Set OKX_PASSPHRASE again, exactly as { -okx } showed it, and test again.
           *[other] Test again. If it keeps happening, report it: it is a bug in { -app-name }.
        }
       *[window] { $part ->
            [api-key] Paste the API key again, exactly as { -okx } showed it, and test again.
            [passphrase] Paste the passphrase again, exactly as { -okx } showed it, and test again.
           *[other] Test again. If it keeps happening, report it: it is a bug in { -app-name }.
        }
    }
problem-network-error-tls-setup = This computer could not prepare secure (TLS) connections.
    .fix = Restart the app and test again. If it keeps happening, report it with the app's log.
problem-internal-signing-key = The signing key could not be prepared.

## The connection failed. $host: the address asked, e.g. www.okx.com

problem-network-error-dns = Could not find { $host }: the name did not lead to an address.
    .fix = Check that this computer is connected to the internet. If it is, your network may be blocking { -okx }: try another network (for example your phone's hotspot).
problem-network-error-refused = { $host } refused the connection.
    .fix = Check your internet connection and any firewall, VPN or proxy settings, then test again. If you are practising with the simulator, make sure it is still running.
problem-network-error-reset = The connection to { $host } was cut off before { -okx } answered.
    .fix = Test again. If it keeps happening, a firewall, VPN, antivirus or your network may be interrupting connections to { -okx }: try another network.
problem-network-error-tls = Could not set up a secure (TLS) connection to { $host }.
    .fix = Check that this computer's date and time are right. Antivirus "web shield" features, company networks and public Wi-Fi sign-in pages can break secure connections: try another network.
# $seconds: the time allowed for one request, a whole number
problem-timeout-request = { $host } did not answer within { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }.
    .fix = Check your internet connection and test again. If { -okx } is busy, wait a few minutes.
problem-unexpected-response-cut = The answer from { $host } was cut off part-way.
    .fix = Test again. If it keeps happening, your network or a proxy may be interrupting the connection: try another network.
problem-network-error-connect = Could not connect to { $host }.
    .fix = Check your internet connection and any firewall, VPN or proxy settings, then test again.
problem-network-error-other = The request to { $host } could not be completed.
    .fix = Test again. If it keeps happening, report it with the app's log.
