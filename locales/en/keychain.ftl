# Saving keys in the system keychain, the app's own files (the list of saved keys, the guide's
# progress), and the rules for saving a tested key.
# Shown in the window (under the Save button, in the saved-keys list) and by the command line
# (okx-key-assistant save, list, delete). $surface is "window" or "cli".
# $os is "macos", "windows", or another system (Linux, the BSDs): the keychain differs on each.
# $label is the name a key is saved under (letters, digits, _ - .), never translated.

## Saving a tested key: the one rule, for the Save button and for "okx-key-assistant save"

keychain-save-untested = Not saved: the key has not been tested yet.
    .fix = Test the key first; only a key that passes the test can be saved.
keychain-save-withdraw = Not saved: this key can withdraw, so whoever holds it can move your funds out of { -okx }.
    .fix = Delete this key on { -okx }'s API page, create a new one with only Read and Trade switched on, then test and save that one.
keychain-save-not-passed = Not saved: only a key that passed the connection test can be saved.
    .fix = Fix what the test found, test the key again, then save it.

## The key and its label

keychain-incomplete = The key is incomplete: the API key, the secret key and the passphrase are all needed.
    .fix = { $surface ->
        [cli] Give all three values (in OKX_API_KEY, OKX_SECRET_KEY and OKX_PASSPHRASE, or as three lines on standard input), then run save again.
       *[window] Paste all three values, test the connection, then save.
    }
keychain-label-missing = The key needs a label to be saved under.
    .fix = { $surface ->
        [cli] Give a label, for example the name you gave the key on { -okx }: { -cmd-save-example }
       *[window] Type a label, for example the name you gave the key on { -okx }, like BitcoinEra_GridBot.
    }
# $max: the longest label, in characters (50). The label itself is never repeated here: a
# secret may have been pasted into the wrong place.
keychain-label-invalid = A label may have 1 to { $max } letters, digits, '_', '-' or '.', and nothing else (no spaces).
    .fix = Change the label, for example to BitcoinEra_GridBot.
# A label that starts with '-' (or is only dots, like "." or ".."): refused, since the
# `run LABEL` lines the app writes would read it as an option.
keychain-label-bad-start = A label can't start with '-' (in a command it would read as an option) or be only dots.
    .fix = Start the label with a letter or a digit, for example GridBot-1 instead of -GridBot.

## What is saved under a label

keychain-not-found = No key is saved under the label “{ $label }”.
    .fix = { $surface ->
        [cli] Check the label with { -cmd-list }, or save the key first.
       *[window] Check the label in the list of saved keys, or save the key first.
    }
# $what: keychain-existing-key or keychain-existing-foreign, just below.
keychain-already-exists = A key is already saved under the label “{ $label }”: { $what }.
    .fix = { $surface ->
        [cli] Add --replace to put the new key in its place (the old one stays until the new one is saved and read back), or choose another label.
       *[window] Choose Replace to put the new key in its place (the old one stays until the new one is saved and checked), or use another label.
    }
# Completes keychain-already-exists. $key: the saved API key shortened ("6f1c…5a41");
# $saved_at: when it was saved (2026-11-26T18:00:00.000Z).
keychain-existing-key = the key { $key } saved { $saved_at }
# Completes keychain-already-exists: an item under that label that another program wrote.
keychain-existing-foreign = an item this app did not write
keychain-mismatch = The key saved as “{ $label }” did not read back the same as it was written, so it is not counted as saved.
    .fix = { $surface ->
        [cli] Run the save again. If it happens again, restart your keyring (log out and back in) and retry.
       *[window] Try saving again; the form keeps your values. If it happens again, restart your keyring (log out and back in) and retry.
    }
keychain-foreign-item = The keychain item saved as “{ $label }” is not in the format { -app-name } writes, so it cannot be read.
    .fix = Save the key again under this label to replace the item, or delete it and save the key under a new label.
# A bug, never the user's doing; the fix is the app's general one for bugs.
keychain-encode-failed = The key could not be put into the keychain's format.

## The system keychain's own failures

keychain-no-platform-store = This copy of { -app-name } has no access to a real system keychain, so it will not save keys (it refuses to keep them only in memory).
    .fix = Use the app built for your system (Linux, macOS or Windows). Until then, keep the three values in your password manager.
keychain-no-item = There is no such item in the keychain.
    .fix = { $surface ->
        [cli] Check the label with { -cmd-list }, or save the key first.
       *[window] Check the label in the list of saved keys, or save the key first.
    }
keychain-not-text = The keychain item holds something that is not text, so it is not a key this app saved.
    .fix = Save the key again under this label to replace it, or delete the item and save under a new label.
keychain-label-refused = The keychain does not accept this label.
    .fix = Use a shorter label made of letters, digits, '_', '-' or '.'.
# "okx-key-assistant" is the name of the app's items in the keyring: keep it as is.
keychain-ambiguous = More than one keychain item is saved under this label, so the app cannot tell which one is the key.
    .fix = Open your keyring app (Passwords and Keys, KWallet or KeePassXC), delete the extra "{ -cmd-app }" items for this label, then try again.
keychain-locked = Your keyring is locked, or the window asking to unlock it was closed, so the app could not reach it.
    .fix = { $os ->
        [macos] Unlock your login keychain (open Keychain Access and unlock it, or enter your password when macOS asks), then try again.
        [windows] Sign in to Windows again, then try again.
       *[other] { $surface ->
            [cli] Unlock your keyring, then try again: enter your password when the unlock window appears, or open Passwords and Keys (Seahorse), KWallet or KeePassXC and unlock it. A new keyring may need to be created there first.
           *[window] Unlock your keyring, then try again: enter your password when the unlock window appears, or open Passwords and Keys (Seahorse), KWallet or KeePassXC and unlock it. A new keyring may need to be created there first. The form keeps your values.
        }
    }
keychain-denied = The system keychain refused { -app-name } access to the item.
    .fix = { $os ->
        [macos] When macOS asks, choose Allow (or Always Allow) for { -app-name }, then try again. In Keychain Access you can check the item's Access Control tab.
       *[other] Allow { -app-name } when your keyring asks, then try again. If the app runs in a sandbox (Flatpak or Snap), give it access to the Secret Service.
    }
# No keychain service is running at all. Its .fix is also the fix of keychain-unavailable-detail.
keychain-unavailable = { $os ->
        [macos] The macOS Keychain is not available.
        [windows] Windows Credential Manager is not available.
       *[other] No keyring is running on this computer (no Secret Service, the desktop's password store), so the key cannot be kept in it.
    }
    .fix = { $os ->
        [macos] Make sure you are logged in to macOS normally and your login keychain exists (open Keychain Access), then try again.
        [windows] Make sure you are signed in to Windows with your own account (not a service account), then try again.
       *[other] { $surface ->
            [cli] Install and start a keyring: GNOME Keyring, KWallet's Secret Service, or KeePassXC with Secret Service integration turned on, then try again. On a machine without a desktop, start one inside a D-Bus session: { -cmd-keyring-session }. Until then, keep the three values in your password manager.
           *[window] Install and start a keyring: GNOME Keyring, KWallet's Secret Service, or KeePassXC with Secret Service integration turned on. Then try again; the form keeps your values. Until then, keep the three values in your password manager.
        }
    }
# Another keychain failure. $detail: the system's own words (first line, in its language).
keychain-unavailable-detail = The system keychain could not be used ({ $detail }).

## The app's own files (not secret): the list of saved keys and the guide's progress

# $path: the file (saved-keys.json in the app's data folder); $error: the system's own words.
file-index-unwritable = The app could not update its list of saved keys at { $path } ({ $error }).
    .fix = Check that the disk is not full and that this folder belongs to you, then try again.
# A bug, never the user's doing; the fix is the app's general one for bugs.
file-index-encode-failed = The list of saved keys could not be written.
# $folder: the app's data folder. Shown in the window only.
progress-unwritable = The app could not write its progress file in { $folder }.
    .fix = Check that your home folder is not full or read-only, then try again. Your progress on this screen is kept.
# A bug, never the user's doing; the fix is the app's general one for bugs.
progress-encode-failed = The app could not record where you are in the guide.
