# The window's words for Steps 5, 9 and 10, the pages after Step 10 (Check it works,
# Troubleshooting, Delete or rotate, Quick reference), the confirmation report and the list of
# keys saved in the keychain.
# Words from the app's checks (problems, check results, field messages, passphrase strength)
# come from other files; here is only what the window itself says around them.

## Shared by these steps

# The toggle beside a hidden field (passphrase, secret key).
ui-secret-show = Show
ui-secret-hide = Hide

## Step 5: create a passphrase

ui-step5-rail = 5. Create a passphrase
ui-step5-title = Create your passphrase
ui-step5-lead-1 = { -okx } now asks for a passphrase: a password for this key that you make up. { -okx } never shows it again and cannot reset it.
ui-step5-lead-2 = Make it here, save it in your password manager, then type it into both of { -okx }’s passphrase fields.
ui-step5-passphrase = Passphrase
ui-step5-confirm = Type it again to confirm
ui-step5-start = Type a passphrase, or generate one.
# $strength: a word such as “Strong”, made by the app's passphrase check.
ui-step5-strength = Strength: { $strength }
# $online and $offline: durations made by the app's passphrase check, e.g. “3 years”.
ui-step5-crack-times = Time to guess it: { $online } by trying through { -okx }, { $offline } from a stolen copy of { -okx }’s records.
# Read out by screen readers for the list of rules.
ui-step5-rules = { -okx }’s passphrase rules
# Read out by screen readers after each rule.
ui-step5-rule-met = (met)
ui-step5-rule-not-met = (not met)
ui-step5-generate = Generate one for me
ui-step5-copy = Copy
ui-step5-clear = Clear
ui-step5-generated = Generated. Save it in your password manager, then type it again below to confirm.
# $n: after how many seconds the app clears the clipboard.
ui-step5-copied = Copied. The clipboard is cleared in { $n ->
        [one] { $n } second
       *[other] { $n } seconds
    }.
ui-step5-cleared = Cleared.
ui-step5-stronger = Make the passphrase stronger.
ui-step5-hint = Make a passphrase that meets every rule and confirm it.
ui-step5-kept = Your passphrase is ready
    .body = The app keeps it in memory (never on disk) to check what you paste in Step 9. Type a new one below to change it.
ui-step5-save-now = Save it in your password manager now
    .body = If it is lost, the key must be deleted and made again. Keep it in the same entry as the API key and secret key you get in Step 9.

## Step 9: save the three credentials, then paste them to be checked

ui-step9-rail = 9. Save the credentials
ui-step9-title = Save your three credentials now
ui-step9-lead-1 = { -okx } now shows the new key’s API key and secret key. Your passphrase is the one from Step 5.
ui-step9-lead-2 = First put all three in one password-manager entry (for example “OKX API, Grid bot”). Then paste them here to be checked.
# The labels of the three fields.
ui-step9-label-api-key = API key
ui-step9-label-secret-key = Secret key
ui-step9-label-passphrase = Passphrase (the one you made for this key, not your { -okx } login password)
# The three values' names as written inside a sentence (see ui-step9-swap-button).
ui-step9-name-api-key = API key
ui-step9-name-secret-key = secret key
ui-step9-name-passphrase = passphrase
ui-step9-check = Check
ui-step9-clear = Clear
ui-step9-shown-once = The secret key is shown only once
    .body = After you close { -okx }’s screen, nobody can show it again. Copy it into your password manager before you do anything else.
ui-step9-earlier = Already checked
    .body = The values you checked earlier are held in memory for Step 10. Paste them again to change them.
ui-step9-tip = Tip: you can paste a whole password-manager note (API key, secret key, passphrase on separate lines) into any field.
# The title of the list of what the app removed from the pasted values (spaces, quotes, …).
ui-step9-cleaned = Cleaned up what you pasted
# $first and $second: two of ui-step9-name-api-key, ui-step9-name-secret-key and
# ui-step9-name-passphrase.
ui-step9-swap-button = Swap the { $first } and the { $second }
ui-step9-swapped = These two look swapped
    .body = It looks like the { $first } and the { $second } went into each other’s fields.
ui-step9-ok = The three values look right
    .body = They are held in memory (never on disk) for the connection test in Step 10.
ui-step9-not-ok = Something needs fixing
    .body = Read the messages under the fields above.
ui-step9-split-failed = That paste has several lines, but the app could not tell which value is which. Paste each value into its own field.
# $n: how many fields were filled.
ui-step9-filled = Filled { $n ->
        [one] { $n } field
       *[other] { $n } fields
    } from one paste.
# Step 9, when Step 5 made a passphrase: the app uses it (it is never shown here) unless the field is filled. .placeholder: in the empty passphrase field.
ui-step9-uses-step5 = The passphrase you made in Step 5 is used; it stays inside the app. If you gave { -okx } a different one, type that one here.
    .placeholder = Passphrase from Step 5 (used as it is)
ui-step9-saved = All three are saved in my password manager
    .hint = API key, secret key and passphrase, in one entry. Only then close { -okx }’s screen.
ui-step9-hint = Save all three in your password manager, then tick the box.

## Step 10: test the key, save it in the keychain, connect the bot

ui-step10-rail = 10. Test and connect
ui-step10-title = Test the key, then connect your bot
# $host: the address of OKX's server, e.g. www.okx.com.
ui-step10-lead-plain = The app asks { $host } about your key, the way a bot would, but it only reads: it can never trade or move money.
ui-step10-lead-2 = It checks the key, the passphrase and the secret, which site the key belongs to, what the key may do, its IP binding, your clock, and that your balance can be read.
ui-step10-check-first = Check the three values first
    .body = Go back to Step 9, paste them and press Check.
ui-step10-test = Test connection
ui-step10-test-again = Test again
# What the test is doing right now.
ui-step10-starting = Starting the test…
ui-step10-stage-reach = Reaching { -okx }…
ui-step10-stage-clock = Checking your computer’s clock…
ui-step10-stage-auth = Signing in with the key and reading its settings…
ui-step10-stage-other = Checking…
# Read out by screen readers after each check's title.
ui-step10-status = { $status ->
        [pass] (passed)
        [warning] (warning)
        [fail] (failed)
       *[skipped] (skipped)
    }
ui-step10-safe = The key works, and it cannot withdraw
# $host: the address of OKX's server the key was tested on.
ui-step10-tested-on = Tested on { $host }.
ui-step10-tested-on-demo = Tested on { $host } (Demo Trading).
ui-step10-unsafe = Unsafe: this key can withdraw money
    .body = Do not give it to any bot. Delete it on { -okx } and make a new one with Withdraw off.
ui-step10-failed = The key did not pass the test
    .body = Each problem below says what to do. Your pasted values are kept: fix the cause, then press Test again.
# $site: the short name of another OKX site, e.g. “EEA”.
ui-step10-use-site = Use { $site } and test again
ui-step10-use-demo = Switch to Demo Trading and test again
ui-step10-use-live = Switch to live trading and test again
ui-step10-save-heading = Save it in your system keychain
ui-step10-save-lead = Your operating system’s keychain keeps the three values encrypted, where a bot on this computer can read them.
ui-step10-save-label = Save under the name
ui-step10-save = Save to my keychain
ui-step10-saving = Saving, then reading it back…
ui-step10-saved = Saved and read back
ui-step10-replaced = Replaced and read back
# $backend: the keychain's name; $service and $user: where the key is stored in it.
ui-step10-saved-where = In { $backend }: service “{ $service }”, user “{ $user }”. The app wrote it, read it back and compared every value.
# A question in a dialog; $message says which name is taken (from the app's check).
ui-step10-replace = Replace the saved key?
    .body = { $message } The old one stays until the new one is saved and read back.
    .button = Replace
ui-step10-not-replaced = Not replaced. Choose another name to keep both.
ui-step10-connect-heading = Connect your bot

## The keys saved in the keychain (Step 10)

ui-saved-heading = Keys saved on this computer
ui-saved-none = No keys saved in the keychain yet.
# The table's column headings.
ui-saved-col-name = Name
ui-saved-col-api-key = API key
ui-saved-col-site = Site
ui-saved-col-saved = Saved
# $site: the site's code, e.g. global.
ui-saved-site-demo = { $site } (demo)
ui-saved-copy-api-key = Copy API key
ui-saved-copy-secret-key = Copy secret key
ui-saved-copy-passphrase = Copy passphrase
# After a copy button. $field: which value was copied; $label: the saved key's name; $n: after
# how many seconds the app clears the clipboard.
ui-saved-copied = { $field ->
        [api_key] API key
        [secret_key] Secret key
       *[passphrase] Passphrase
    } copied for “{ $label }”. The clipboard is cleared in { $n ->
        [one] { $n } second
       *[other] { $n } seconds
    }.
ui-saved-missing = Missing from the keychain
ui-saved-delete = Delete
# A question in a dialog. $label: the saved key's name.
ui-saved-delete-confirm = Delete “{ $label }” from the keychain?
    .body = This removes the saved copy on this computer only. The key itself still works on { -okx } until you delete it there too.
ui-saved-deleted = Deleted “{ $label }” from the keychain.
ui-saved-python = For bot authors: read a saved key from Python
    .body = Each key is one keychain item: service “{ -cmd-app }”, user = the key’s name, secret = JSON with api_key, secret_key, passphrase, site, api_host, demo and saved_at. Install the Python packages keyring and secretstorage, then:

## The confirmation report (Step 10 and Check it works)

ui-report-heading = Confirmation report
ui-report-lead = What was checked, for your records or a support desk. It never contains your secret key, your passphrase or your full API key.
ui-report-copy = Copy report
# The button that copies the report in English whatever the window's language (for a support desk).
ui-report-copy-english = Copy in English
ui-report-save = Save as…
ui-report-copied = Copied. It holds no secret: safe to paste anywhere.
# $path: where the report was saved.
ui-report-saved = Saved to { $path }.
ui-report-not-saved = Not saved.

## Check it works (after Step 10)

ui-verify-rail = Check it works
ui-verify-title = Check that everything works
ui-verify-lead = Once the key is in your bot, look at both sides. Tick each item as you confirm it.
ui-verify-bot-heading = In your bot platform
ui-verify-balance = Your { -okx } balance shows, with the right amount
ui-verify-status = The bot says Connected or Active
ui-verify-no-errors = No error messages anywhere on the page
ui-verify-okx-heading = On { -okx }’s API management page
ui-verify-last-used = The key shows a recent “Last used” time
ui-verify-no-strange = No access you don’t recognise
ui-open-api-management = Open { -okx } API management

## Troubleshooting (after Step 10)
# Each title quotes a message the user may see on OKX or in a bot (OKX writes them in
# English); the attributes are what to do, in order.

ui-trouble-rail = Troubleshooting
ui-trouble-title = If something goes wrong
ui-trouble-lead = Find the message you see. Each one says what to do.
ui-trouble-invalid-key = “Invalid API key” or “Authentication failed”
    .step1 = Copy all three values again, exactly: API key, secret key and passphrase. Step 9 of this app checks them for stray spaces.
    .step2 = Make sure the key was created as a Trading key.
    .step3 = Check the site: a key made on my.okx.com or app.okx.com only works there. Step 10 finds the right site for you.
    .step4 = Disconnect the exchange in your bot and connect it again.
ui-trouble-wrong-passphrase = “Wrong passphrase” ({ -okx } code 50105)
    .step1 = The passphrase is the one you made for this key in Step 5, not your { -okx } login password and not your fund password.
    .step2 = Copy it from your password manager. Capitals matter.
    .step3 = If it is truly lost, delete the key and make a new one (see Delete or rotate).
ui-trouble-no-such-key = “API key doesn't exist” (50119)
    .step1 = Most often the key was made on another { -okx } site (okx.com, my.okx.com or app.okx.com). Step 10 tries all three and tells you which one is right.
    .step2 = Otherwise the key was deleted, or { -okx } removed it after 14 idle days without an IP address. Make a new one.
ui-trouble-permissions = “Insufficient permissions”
    .step1 = On { -okx }’s API page, edit the key and make sure Read and Trade are on. Save, then connect again.
ui-trouble-ip = “IP address not authorized” (50110)
    .step1 = The key is locked to IP addresses and the bot’s address is not one of them. { -okx }’s message names the address it saw.
    .step2 = Edit the key on { -okx } and add that address, or remove the restriction while you find the right one.
ui-trouble-region = “This feature is not available in your region”
    .step1 = { -okx } limits some services in some countries and regions. Check { -okx }’s list of supported regions.
    .step2 = If you moved country, { -okx } may have moved your account to another site: check where you log in.
ui-trouble-timestamp = “Timestamp request expired” (50102)
    .step1 = Your computer’s clock is off by more than 30 seconds. Turn on automatic date and time in your system settings.
ui-trouble-environment = “APIKey does not match current environment” (50101)
    .step1 = A Demo Trading key is being used for live trading, or a live key for demo. Use the matching mode in your bot.
ui-trouble-lost = Lost the secret key or the passphrase
    .step1 = Neither can be shown again or recovered, by you or by { -okx }.
    .step2 = Delete the key on { -okx }’s API page, then make a new one starting from Step 3, and put the new values in your bot.

## Delete or rotate a key (after Step 10)

ui-rotate-title = Delete or replace a key
ui-rotate-lead = Delete a key when you stop a bot, when you think it was exposed, or simply to replace it with a fresh one now and then.
ui-rotate-delete-heading = Delete a key on { -okx }
ui-rotate-delete-1 = Open { -okx }’s API management page.
ui-rotate-delete-2 = Find the key by its name and click Delete.
ui-rotate-delete-3 = Confirm with your email and 2FA codes. The key stops working at once.
ui-rotate-money = Your money is not affected
    .body = Deleting a key changes nothing in your account or your funds. The bot simply can no longer trade.
ui-rotate-replace-heading = Replace (rotate) a key
ui-rotate-replace-1 = Make a new key with this app, starting from Step 3.
ui-rotate-replace-2 = Save it in the keychain under the same name: the app asks before replacing the old one, and keeps the old one until the new one is safely stored.
ui-rotate-replace-3 = Put the new values into your bot and check it connects.
ui-rotate-replace-4 = Delete the old key on { -okx }.

## Quick reference (after Step 10)

ui-ref-rail = Quick reference
ui-ref-title = Quick reference
ui-ref-lead = The right settings for a bot’s key, at a glance.
ui-ref-credentials-heading = Three credentials
ui-ref-api-key = API key: shown on { -okx }’s API page; identifies the key.
ui-ref-secret-key = Secret key: shown once, when the key is made. Signs every request.
ui-ref-passphrase = Passphrase: made up by you in Step 5. { -okx } cannot recover it.
ui-ref-risk = Risk disclaimer
    .body = Trading cryptocurrencies can lose you money, quickly and in full. A bot’s past results do not promise future ones. Only trade what you can afford to lose, and never give a bot’s key permission to withdraw.
ui-ref-about-heading = About
# $version: the app's version; $logs: the folder of its logs; $attribution: the word list's
# credits (from the app).
ui-ref-about = { -app-name } { $version }. Logs: { $logs }. { $attribution }

## Step 9 and Step 10: the next thing to do, and the details for engineers

# The summary of a disclosure that holds technical details (an address, keychain attributes).
ui-details = Details
# A button beside a fix made on the key's page on OKX (a key that can withdraw, a changed key).
ui-open-key-page = Open this key’s page on { -okx }
# Step 10's primary button after a test found the key can withdraw (it goes back to Step 3).
ui-step10-next-new-key = Make a new key without Withdraw
# Step 10's primary button after a failed test (it goes back to Step 9).
ui-step10-next-fix = Fix the values in Step 9
# Under “Saved and read back”; the keychain's own names are behind “Details”.
ui-step10-saved-plain = It is in your system keychain now. The app wrote it, read it back and compared every value.
# The footer hint on Step 9 while two values are swapped; $button: the swap button's words.
ui-step9-hint-swap = Two values are in each other’s fields: press “{ $button }” under the API key.
