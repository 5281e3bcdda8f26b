# Step 9 and the command line: checking the API key, the secret key and the passphrase the
# user pasted (src-tauri/core/src/credentials/).
#
# Variables used across this file:
#   $field  a field's name in running text (“the API key”, from cred-field-*.the)
#   $Field  the same at the start of a sentence (“The API key”, from cred-field-*.start)
#   $env    the field's environment variable on the command line (OKX_API_KEY, never translated)
#   $kind   what the field holds: "key" or "passphrase"
# No message here ever holds a pasted value.

## The three fields
# The value is the field's name as the window labels it; it also starts the window's lines of
# what was cleaned (“API key: removed 1 trailing space”).
# .the: in running text; .start: starting a sentence; .bare: in running text without “the”.
cred-field-api-key = API key
    .the = the API key
    .start = The API key
    .bare = API key
cred-field-secret-key = Secret key
    .the = the secret key
    .start = The secret key
    .bare = secret key
cred-field-passphrase = Passphrase
    .the = the passphrase
    .start = The passphrase
    .bare = passphrase

## Lists
# Two items: “2 leading spaces and 1 trailing tab”.
cred-list-and = { $first } and { $last }
# One more item in front of a list: “1 leading tab, 2 trailing spaces and 1 trailing line break”.
cred-list-comma = { $first }, { $rest }

## Characters that do not belong in a pasted value
# The value: one such character with its article, as in “The API key has a space in the middle”.
# .edge: how many were removed at one end of the value. $n: how many; $end: "start" or "end".
cred-char-space = a space
    .edge = { $end ->
        [start] { $n ->
            [one] { $n } leading space
           *[other] { $n } leading spaces
        }
       *[end] { $n ->
            [one] { $n } trailing space
           *[other] { $n } trailing spaces
        }
    }
cred-char-tab = a tab
    .edge = { $end ->
        [start] { $n ->
            [one] { $n } leading tab
           *[other] { $n } leading tabs
        }
       *[end] { $n ->
            [one] { $n } trailing tab
           *[other] { $n } trailing tabs
        }
    }
cred-char-line-break = a line break
    .edge = { $end ->
        [start] { $n ->
            [one] { $n } leading line break
           *[other] { $n } leading line breaks
        }
       *[end] { $n ->
            [one] { $n } trailing line break
           *[other] { $n } trailing line breaks
        }
    }
cred-char-no-break-space = a no-break space
    .edge = { $end ->
        [start] { $n ->
            [one] { $n } leading no-break space
           *[other] { $n } leading no-break spaces
        }
       *[end] { $n ->
            [one] { $n } trailing no-break space
           *[other] { $n } trailing no-break spaces
        }
    }
# Any other blank, such as the wide space of Chinese and Japanese keyboards.
cred-char-other-space = a blank character
    .edge = { $end ->
        [start] { $n ->
            [one] { $n } leading blank character
           *[other] { $n } leading blank characters
        }
       *[end] { $n ->
            [one] { $n } trailing blank character
           *[other] { $n } trailing blank characters
        }
    }
cred-char-zero-width = an invisible zero-width character
    .edge = { $end ->
        [start] { $n ->
            [one] an invisible zero-width character at the start
           *[other] { $n } invisible zero-width characters at the start
        }
       *[end] { $n ->
            [one] an invisible zero-width character at the end
           *[other] { $n } invisible zero-width characters at the end
        }
    }
# Such as a soft hyphen or a text-direction mark.
cred-char-invisible = an invisible formatting character
    .edge = { $end ->
        [start] { $n ->
            [one] an invisible formatting character at the start
           *[other] { $n } invisible formatting characters at the start
        }
       *[end] { $n ->
            [one] an invisible formatting character at the end
           *[other] { $n } invisible formatting characters at the end
        }
    }
cred-char-control = a hidden control character
    .edge = { $end ->
        [start] { $n ->
            [one] a hidden control character at the start
           *[other] { $n } hidden control characters at the start
        }
       *[end] { $n ->
            [one] a hidden control character at the end
           *[other] { $n } hidden control characters at the end
        }
    }

## Where a character sits inside a value
cred-place-start = at the start
cred-place-end = at the end
# $after: how many characters of the value come before it.
cred-place-middle = in the middle, after character { $after }
# What was found inside a value. $count: how many such characters in all; $char: the first
# (“a space”, from cred-char-*); $place: where it is (from cred-place-*).
cred-inside-what = { $count ->
    [one] { $char } { $place }
   *[other] { $count } blank or hidden characters in it; the first is { $char } { $place }
}

## What cleaning removed from a pasted value
# Shown in the window under “Cleaned up what you pasted”, and in the JSON of `verify --json`.
# $chars: the characters removed, e.g. “2 leading spaces and 1 trailing line break”.
cred-trim-blanks = removed { $chars }
cred-trim-blanks-inside-quotes = removed { $chars } inside the quotes
# $pairs: how many pairs of quotation marks wrapped the value.
cred-trim-quotes = { $pairs ->
    [one] removed quotes around the value
   *[other] removed { $pairs } pairs of quotes around the value
}
# One line of the window’s list. $field: the field’s name (“API key”); $removed: what was
# removed (“removed 1 trailing space”).
cred-trimmed-line = { $field }: { $removed }

## Findings on one field
cred-empty-api-key = The API key is empty.
    .fix = { $surface ->
        [cli] Set OKX_API_KEY to the API key from { -okx } (or from your password manager).
       *[window] Paste the API key from { -okx } (or from your password manager) into this field.
    }
cred-empty-secret-key = The secret key is empty.
    .fix = { $surface ->
        [cli] Set OKX_SECRET_KEY to the secret key you saved when you created the key. { -okx } shows it only once: if you did not save it, delete this key on { -okx } and create a new one.
       *[window] Paste the secret key you saved when you created the key. { -okx } shows it only once: if you did not save it, delete this key on { -okx } and create a new one.
    }
cred-empty-passphrase = The passphrase is empty.
    .fix = { $surface ->
        [cli] Set OKX_PASSPHRASE to the API passphrase you created together with this key, not your { -okx } login password or fund password.
       *[window] Type or paste the API passphrase you created for this key in Step 5, not your { -okx } login password or fund password.
    }
# The label that names the value (“API Key:”) was pasted with it. $label: that label, as pasted
# (“API Key”); $what: "key" or "passphrase"; $sure: "no" when the label may be part of the passphrase.
cred-label-included = { $surface ->
        [cli] { $what ->
            [passphrase] { $env } also holds the label “{ $label }” in front of the passphrase.
           *[key] { $env } also holds the label “{ $label }” in front of the key.
        }
       *[window] { $what ->
            [passphrase] { $Field } field also holds the label “{ $label }” in front of the passphrase.
           *[key] { $Field } field also holds the label “{ $label }” in front of the key.
        }
    }
    .fix = { $what ->
        [passphrase] { $sure ->
            [no] Delete the label and the sign after it, so that only the passphrase itself is left. If this really is your whole passphrase, leave it as it is.
           *[yes] Delete the label and the sign after it, so that only the passphrase itself is left.
        }
       *[key] Delete the label and the sign after it, so that only the key itself is left.
    }
# A blank (space, tab, line break) inside the value. $what: what is inside and where
# (from cred-inside-what, e.g. “a space in the middle, after character 12”).
cred-character-inside = { $Field } has { $what }.
    .fix = { $kind ->
        [passphrase] A passphrase has no spaces, line breaks or hidden characters in it. Delete it, or copy { $field } again in one piece from your password manager.
       *[key] A key has no spaces, line breaks or hidden characters in it. Delete it, or copy { $field } again in one piece from your password manager.
    }
# A character that cannot be seen inside the value. $what: as above.
cred-hidden-character-inside = { $Field } has { $what }.
    .fix = { $surface ->
        [cli] { $kind ->
            [passphrase] A passphrase has no hidden characters in it, and this one cannot be seen: set { $env } again to { $field }, copied straight from your password manager (or from { -okx }).
           *[key] A key has no hidden characters in it, and this one cannot be seen: set { $env } again to { $field }, copied straight from your password manager (or from { -okx }).
        }
       *[window] { $kind ->
            [passphrase] A passphrase has no hidden characters in it, and this one cannot be seen: clear the field and paste { $field } again, copied straight from your password manager (or from { -okx }).
           *[key] A key has no hidden characters in it, and this one cannot be seen: clear the field and paste { $field } again, copied straight from your password manager (or from { -okx }).
        }
    }
cred-masked-api-key = The API key has masking characters in it (like **** or …): this is the shortened form { -okx } shows in its list of keys, not the full key.
    .fix = Copy the full API key from your password manager, or on { -okx } from the key's details with its copy button.
cred-masked-secret-key = The secret key has masking characters in it (like **** or •••), so it is not the real secret key.
    .fix = Use the secret key you saved when you created the key. { -okx } shows it only once: if you did not save it, delete this key on { -okx } and create a new one.
cred-masked-passphrase = The passphrase is only dots or stars: that is how a hidden password is displayed, not the passphrase itself.
    .fix = Copy the passphrase with your password manager's copy button, or type it.
# One end of the value is a quotation mark without its partner. $end: "start" or "end".
cred-stray-quote = { $end ->
        [start] { $Field } starts with a quotation mark that has no partner at the other end.
       *[end] { $Field } ends with a quotation mark that has no partner at the other end.
    }
    .fix = If the quotation mark is not part of { $field }, delete it.

## Findings across the fields
# $label: the key's name the user gave it in Step 4.
cred-label-instead-of-key = Where the API key belongs there is the key's name (“{ $label }”), not the key itself.
    .fix = Copy the API key: on { -okx } it is the long code with dashes shown with the key (like 1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d), not the name you gave it.
# Two fields hold the same value. $field / $Field / $env: the later field; $other and
# $other_env: the earlier one.
cred-same-value = { $Field } is the same as { $other }. The three are always different.
    .fix = { $surface ->
        [cli] Set { $other_env } to { $other } and { $env } to { $field }: check that you copied each one from its own line.
       *[window] Paste { $field } into its field: check that you copied each one from its own line.
    }

## Swapped values
# In the window, a button under the message swaps the two fields.
cred-swap-key-secret = The API key and the secret key are swapped: where the API key belongs there is a secret key (32 characters, no dashes), and where the secret key belongs an API key (with dashes). { -okx } would only answer that it does not know the key.
    .fix = { $surface ->
        [cli] Put the API key in OKX_API_KEY and the secret key in OKX_SECRET_KEY: today each holds the other. On standard input, give the API key, the secret key and the passphrase in that order.
       *[window] Swap them (there is a button for it), or paste each one into the other field.
    }
cred-swap-key-secret-likely = The API key and the secret key look swapped: where the API key belongs there is something shaped like a secret key (32 characters, no dashes), and where the secret key belongs something shaped like an API key (with dashes).
    .fix = { $surface ->
        [cli] Put the API key in OKX_API_KEY and the secret key in OKX_SECRET_KEY: today each holds the other. On standard input, give the API key, the secret key and the passphrase in that order.
       *[window] Swap them (there is a button for it), or paste each one into the other field.
    }
cred-swap-secret-passphrase = The secret key and the passphrase look swapped: where the passphrase belongs there is something shaped like a secret key (32 characters, no dashes).
    .fix = { $surface ->
        [cli] Put the secret key in OKX_SECRET_KEY and the passphrase in OKX_PASSPHRASE: today each holds the other. On standard input, give the API key, the secret key and the passphrase in that order.
       *[window] Swap them (there is a button for it), or paste each one into the other field.
    }
cred-swap-key-passphrase = The API key and the passphrase look swapped: where the passphrase belongs there is something shaped like an API key (with dashes).
    .fix = { $surface ->
        [cli] Put the API key in OKX_API_KEY and the passphrase in OKX_PASSPHRASE: today each holds the other. On standard input, give the API key, the secret key and the passphrase in that order.
       *[window] Swap them (there is a button for it), or paste each one into the other field.
    }

## What a value looks like
# { -okx } does not promise these formats, so these are only warnings: the key can still be tested.
cred-api-key-case = The API key looks unusual: it has capital letters, and { -okx } shows API keys in small letters. Capitals matter: a changed letter makes the key fail.
    .fix = Copy the API key again from your password manager (or from { -okx }) instead of typing it.
cred-secret-in-key-field = The API key looks like a secret key: 32 characters with no dashes. { -okx } API keys have dashes, like 1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d.
    .fix = { $surface ->
        [cli] Check that OKX_API_KEY holds the API key, not the secret key.
       *[window] Check that you pasted the API key here, not the secret key.
    }
# $n: how many characters the pasted value has.
cred-api-key-shape = The API key does not look like an { -okx } API key: those have 36 characters, letters a-f and digits in groups of 8-4-4-4-12 joined by dashes, and this one { $n ->
        [36] has other characters in it.
       *[other] has { $n }.
    }
    .fix = Check that you copied the whole value and nothing else. If it is exactly what { -okx } showed you, you can still test it.
cred-secret-key-case = The secret key has small letters, but { -okx } shows secret keys in capital letters, so something may have changed it. Capitals matter: a changed secret key will not work.
    .fix = Copy the secret key again from your password manager, exactly as you saved it from { -okx }.
cred-key-in-secret-field = The secret key looks like an API key: it has dashes, in groups of 8-4-4-4-12. { -okx } secret keys are 32 digits and capital letters A-F, with no dashes.
    .fix = { $surface ->
        [cli] Check that OKX_SECRET_KEY holds the secret key, not the API key.
       *[window] Check that you pasted the secret key here, not the API key.
    }
# $n: how many characters the pasted value has.
cred-secret-key-shape = The secret key does not look like an { -okx } secret key: those have 32 characters, digits and capital letters A-F, and this one { $n ->
        [32] has other characters in it.
       *[other] has { $n }.
    }
    .fix = Check that you copied the whole value and nothing else. If it is exactly what { -okx } showed you, you can still test it.

## The passphrase
cred-passphrase-like-api-key = { $surface ->
        [cli] The passphrase looks like an API key (a long code with dashes). The passphrase is the one you made up yourself when you created the key.
       *[window] The passphrase looks like an API key (a long code with dashes). The passphrase is the one you made up yourself in Step 5.
    }
    .fix = { $surface ->
        [cli] Set OKX_PASSPHRASE to the API passphrase you created for this key.
       *[window] Type or paste the API passphrase you created for this key.
    }
cred-passphrase-like-secret-key = { $surface ->
        [cli] The passphrase looks like a secret key (32 letters and digits). The passphrase is the one you made up yourself when you created the key.
       *[window] The passphrase looks like a secret key (32 letters and digits). The passphrase is the one you made up yourself in Step 5.
    }
    .fix = { $surface ->
        [cli] Set OKX_PASSPHRASE to the API passphrase you created for this key.
       *[window] Type or paste the API passphrase you created for this key.
    }
# $n: how many characters the pasted passphrase has.
cred-passphrase-length = { $n ->
        [one] The passphrase has { $n } character; { -okx } passphrases have 8 to 32.
       *[other] The passphrase has { $n } characters; { -okx } passphrases have 8 to 32.
    }
    .fix = Check that you pasted the whole passphrase, and only the passphrase.
cred-passphrase-non-ascii = The passphrase has characters beyond plain letters, digits and keyboard symbols (like é, a curly quote ’ or an emoji). Some programs change these on the way, and { -okx } may not receive them as you typed them.
    .fix = If you typed it, check that your computer did not turn a straight quote (') into a curly one (’). If your passphrase really has these characters, go on and test it.
# Only in the window, when the user created a passphrase in Step 5 and pasted the same one.
cred-passphrase-matches = The passphrase matches the one you created in Step 5.
cred-passphrase-case-differs = The passphrase differs from the one you created in Step 5 only in capital letters. Capitals matter, so { -okx } would refuse it.
    .fix = Check Caps Lock, then type or paste the passphrase exactly as you created it on { -okx }.
cred-passphrase-differs = The passphrase is not the one you created in Step 5.
    .fix = Use the one you typed on { -okx } when you created this key (not your { -okx } login password or fund password): { -okx } accepts only that one. If you typed a different one there, use that and go on.
# Shown under the passphrase only when something about it looks off.
cred-passphrase-reminder = Use the API passphrase you created together with this key, not your { -okx } login password and not your fund password.
    .fix = If you are not sure, look in your password manager next to this key's secret key. If it is lost, delete the key on { -okx } and create a new one.

## Splitting one paste into the three fields
# Shown after a multi-line paste was spread over the fields. $field: the field without “the”
# (“secret key”, from cred-field-*.bare).
cred-split-more-than-one = Found more than one { $field }; used the first. Check that it is the right one.
# $label: the line’s label, as pasted (“Login password”).
cred-split-left-out = Left out the line labelled “{ $label }”: the bot needs the API passphrase you created with this key, not your { -okx } login or fund password.
# $fields: the fields still empty (“secret key and passphrase”); $count: how many.
cred-split-unplaced = { $count ->
        [one] Could not tell which line is the { $fields }; paste it into its own field.
       *[other] Could not tell which line is the { $fields }; paste each into its own field.
    }

## The size of a paste
# A paste (the window's fields, or save's standard input) over the limit. $max: the limit in
# KiB (64). The pasted text is never repeated.
cred-paste-too-large = That paste is larger than { $max } KiB, the most the app reads at once; the three values take far less.
    .fix = { $surface ->
        [cli] Give save only the API key, the secret key and the passphrase (or a note that holds just them).
       *[window] The fields were left as they were. Copy only the API key, the secret key and the passphrase (or a note that holds just them) and paste again.
    }
