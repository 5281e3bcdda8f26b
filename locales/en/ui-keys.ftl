## My keys: the home of a returning user (src-ui/steps/my-keys.js), and replacing a key

# The rail's first item and the screen's title.
ui-keys-rail = My keys
ui-keys-title = My keys
ui-keys-lead = The keys saved on this computer, as the app last saw them. Test all asks { -okx } about each key now. It only reads; it changes nothing on your account.
ui-keys-test-all = Test all
ui-keys-new = Make a new key
ui-keys-loading = Reading the saved keys…
ui-keys-none = No key is saved on this computer yet. Make one with the guide; at its end, in Step 10, save it here.
# $n: how many keys are being tested.
ui-keys-testing = { $n ->
        [one] Testing { $n } key…
       *[other] Testing { $n } keys…
    }
# $n: keys tested; $healthy: how many of them are healthy.
ui-keys-tested = { $n ->
        [one] Test finished: { $healthy } of { $n } key is healthy.
       *[other] Test finished: { $healthy } of { $n } keys are healthy.
    }
# The key's site and mode. $site: the site's short name, e.g. Global.
ui-keys-site-live = { $site } (live)
# The badge on each key: what its latest test said.
ui-keys-health-healthy = Healthy
ui-keys-health-can-withdraw = Can withdraw: not safe for a bot
ui-keys-health-failed = Needs attention
ui-keys-health-deleted = Deleted on { -okx }
ui-keys-health-untested = Not tested yet
ui-keys-health-testing = Testing…
# The facts under each key, as the latest test saw them.
ui-keys-permissions = Permissions
ui-keys-perm-read = Read
ui-keys-perm-trade = Trade
ui-keys-perm-withdraw = Withdraw
ui-keys-perm-none = None
ui-keys-perm-unknown = Not seen yet
ui-keys-ip = IP binding
ui-keys-ip-none = None
ui-keys-last-tested = Last tested
ui-keys-never = Never
ui-keys-failed-before = The last test of this key failed. Press Test to see why and what to do.
ui-keys-idle-title = { -okx }'s 14-day rule
ui-keys-no-bot = Not handed to a bot: a test saw Withdraw turned on for this key. The app gives it to no bot until a test sees Withdraw off again.
ui-keys-missing = The keychain no longer holds this key. Replace it, or delete it from this list.
# Buttons on each key.
ui-keys-test-one = Test
ui-keys-replace = Replace

## Replacing a saved key (My keys' Replace, then Steps 3 to 10)

# A banner above Steps 3 to 10. $label: the saved key's name.
ui-replace-banner = You are replacing the key saved as “{ $label }”. Make a new key on { -okx }, paste it in Step 9 and test it in Step 10. The saved key is replaced only when the new one passes.
ui-replace-cancel = Stop replacing
ui-replace-save = Replace the saved key
# $label: the saved key's name.
ui-replace-save-lead = The new key passed. Saving puts it in the place of the key saved as “{ $label }”; your bot reads it under the same name.
# After the replacement. $label: the saved key's name.
ui-replace-done-title = “{ $label }” now holds the new key. Delete the old key on { -okx }:
# $site: the site's short name.
ui-replace-done-1 = Open the API page of { $site } (the button below), and sign in.
# $key: the old API key's first and last four characters, e.g. 6d2d…fd7f.
ui-replace-done-2 = Find the old key: its API key begins and ends like { $key }.
ui-replace-done-2-unknown = Find the old key: it is the one your bot used before today.
ui-replace-done-3 = Delete it and confirm with your two-factor code. If your bot reads the key only when it starts, restart it now.
ui-replace-open-api = Open the API page
