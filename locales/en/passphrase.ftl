# The API passphrase (guide Step 5): the checklist under the passphrase field, its strength,
# how long it would take to guess, what to change, and the confirmation field.
# Shown in the window only.

## The checklist: OKX's rules and two of ours. Each line's value is shown ticked or crossed;
## its .advice is shown when the rule fails, saying what to change.

# $min and $max: the shortest and longest passphrase OKX accepts (8 and 32);
# $length: how many characters the passphrase has now.
pass-rule-length = { $min } to { $max } characters (now { $length })
    .too-short = Make it at least { $min } characters long (it has { $length }).
    .too-long = Make it { $max } characters or fewer (it has { $length }): { -okx } accepts no more.
pass-rule-upper = An upper-case letter (A-Z)
    .advice = Add an upper-case letter (A-Z).
pass-rule-lower = A lower-case letter (a-z)
    .advice = Add a lower-case letter (a-z).
pass-rule-digit = A digit (0-9)
    .advice = Add a digit (0-9).
# The symbols are examples of what OKX counts as special: keep them as they are.
pass-rule-special = A special character, such as - . _ + @ ~
    .advice = Add a special character, such as - . _ + @ or ~ (a space does not count).
# The rule holds. “okx” in quotes is the word checked for, in any capitals.
pass-rule-context-none = Does not contain the key's label, the bot's name or “okx”
# The rule fails. $word: the label or bot name as the user typed it.
pass-rule-context-label = Contains the key's label “{ $word }”
    .advice = Leave out the key's label “{ $word }”: it is among the first things an attacker would try.
pass-rule-context-bot = Contains the bot's name “{ $word }”
    .advice = Leave out the bot's name “{ $word }”: it is among the first things an attacker would try.
pass-rule-context-okx = Contains “okx”
    .advice = Leave out “okx”: it is among the first things an attacker would try.
pass-rule-ascii = Only English-keyboard letters, digits and symbols: no spaces, accents or emoji (it is sent in a web request header, where those break)
    .advice = Use only letters A-Z, digits and the symbols of an English keyboard: no spaces, accents or emoji.

## What to change, besides the failing rules

pass-advice-empty = Type a passphrase, or use Generate to get a strong one.
pass-advice-too-guessable = Add another word or a few more characters: it is still too easy to guess. Words that do not belong together are best.

## Strength: shown after "Strength:" under the passphrase field

pass-strength-very-weak = Very weak
pass-strength-weak = Weak
pass-strength-fair = Fair
pass-strength-strong = Strong
pass-strength-very-strong = Very strong
# Shown alone, when nothing is typed yet.
pass-strength-empty = Empty
# Shown alone, for a passphrase over 32 characters (OKX refuses it, so it is not scored).
pass-strength-too-long = Too long to score

## How long guessing would take. Each fills a blank in the window's sentence "Time to guess
## it: … by trying through OKX, … from a stolen copy of OKX's records." $n is a whole number.

pass-time-instant = less than a second
pass-time-seconds = { $n ->
        [one] { $n } second
       *[other] { $n } seconds
    }
pass-time-minutes = { $n ->
        [one] { $n } minute
       *[other] { $n } minutes
    }
pass-time-hours = { $n ->
        [one] { $n } hour
       *[other] { $n } hours
    }
pass-time-days = { $n ->
        [one] { $n } day
       *[other] { $n } days
    }
pass-time-months = { $n ->
        [one] { $n } month
       *[other] { $n } months
    }
pass-time-years = { $n ->
        [one] { $n } year
       *[other] { $n } years
    }
pass-time-centuries = centuries

## What the strength estimator (zxcvbn) found: one warning at most, shown highlighted

pass-warning-straight-rows = Straight rows of keys are easy to guess.
pass-warning-short-keyboard-pattern = Short keyboard patterns are easy to guess.
pass-warning-repeats = Repeats like “aaa” are easy to guess.
pass-warning-repeated-groups = Repeats like “abcabcabc” are only slightly harder to guess than “abc”.
pass-warning-top-10 = This is one of the 10 most common passwords.
pass-warning-top-100 = This is one of the 100 most common passwords.
pass-warning-very-common = This is a very common password.
pass-warning-similar-to-common = This is similar to a commonly used password.
pass-warning-sequences = Sequences like abc or 6543 are easy to guess.
pass-warning-recent-years = Recent years are easy to guess.
pass-warning-single-word = A word by itself is easy to guess.
pass-warning-dates = Dates are often easy to guess.
pass-warning-names-alone = Names and surnames by themselves are easy to guess.
pass-warning-common-names = Common names and surnames are easy to guess.

## The strength estimator's tips: shown as hints under the warning

pass-tip-few-words = Use a few words, and avoid common phrases.
# OKX still requires one of each: this tip only says they add less than more words do.
pass-tip-symbols-help-little = Symbols, digits and capitals add less than another word does.
pass-tip-another-word = Add another word or two. Uncommon words are better.
pass-tip-capitals = Capitals do not help very much.
pass-tip-all-capitals = All capitals are almost as easy to guess as no capitals.
pass-tip-reversed-words = Words written backwards are not much harder to guess.
pass-tip-substitutions = Predictable swaps, like “@” instead of “a”, do not help very much.
pass-tip-longer-keyboard-pattern = Use a longer keyboard pattern with more turns.
pass-tip-repeats = Avoid repeated words and characters.
pass-tip-sequences = Avoid sequences.
pass-tip-recent-years = Avoid recent years.
pass-tip-your-years = Avoid years that are associated with you.
pass-tip-your-dates = Avoid dates and years that are associated with you.

## The confirmation field, under it

pass-confirm-empty = Type the passphrase again here to confirm it.
pass-confirm-matches = The two passphrases match.
pass-confirm-case-only = Almost: the letters are the same but some capitals differ, and { -okx } treats capitals as different. Check Caps Lock and type it again.
pass-confirm-differs = The two passphrases are different. Type it again carefully, or paste it from your password manager.

## The generator

# The credit the word list's licence asks for (About box). Keep the names, the address and
# the licence's name as they are.
pass-eff-attribution = Generated passphrases use the EFF Long Wordlist by the Electronic Frontier Foundation (https://www.eff.org/dice), licensed CC BY 3.0 US.
