## Choosing the window's language

# A language code the app does not have ($code is what was asked for, e.g. "xx").
app-language-unknown = اللغة «{ $code }» غير متوفرة في { -app-name }.
    .fix = اختر إحدى اللغات الموجودة في القائمة.
