## Choosing the window's language

# A language code the app does not have ($code is what was asked for, e.g. "xx").
app-language-unknown = The language “{ $code }” is not available in { -app-name }.
    .fix = Choose one of the languages in the menu.
