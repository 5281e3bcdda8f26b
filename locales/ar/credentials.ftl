# Step 9 and the command line: checking the API key, the secret key and the passphrase the
# user pasted (src-tauri/core/src/credentials/).
#
# Variables used across this file:
#   $field  a field's name in running text (“the API key”, from cred-field-*.the)
#   $Field  the same at the start of a sentence (“The API key”, from cred-field-*.start)
#   $env    the field's environment variable on the command line (OKX_API_KEY, never translated)
#   $kind   what the field holds: "key" or "passphrase"
# No message here ever holds a pasted value.
# Arabic: the names are definite in all forms, so that they fit after "حقل" and prepositions.

## The three fields
# The value is the field's name as the window labels it; it also starts the window's lines of
# what was cleaned (“API key: removed 1 trailing space”).
# .the: in running text; .start: starting a sentence; .bare: in running text without “the”.
cred-field-api-key = مفتاح ⁨API⁩
    .the = مفتاح ⁨API⁩
    .start = مفتاح ⁨API⁩
    .bare = مفتاح ⁨API⁩
cred-field-secret-key = المفتاح السري
    .the = المفتاح السري
    .start = المفتاح السري
    .bare = المفتاح السري
cred-field-passphrase = عبارة المرور
    .the = عبارة المرور
    .start = عبارة المرور
    .bare = عبارة المرور

## Lists
# Two items: “2 leading spaces and 1 trailing tab”.
cred-list-and = { $first } و{ $last }
# One more item in front of a list: “1 leading tab, 2 trailing spaces and 1 trailing line break”.
cred-list-comma = { $first }، { $rest }

## Characters that do not belong in a pasted value
# The value: one such character with its article, as in “The API key has a space in the middle”.
# .edge: how many were removed at one end of the value. $n: how many; $end: "start" or "end".
# Arabic: .edge follows "تمت إزالة", so the dual is in the genitive.
cred-char-space = مسافة
    .edge = { $end ->
        [start] { $n ->
            [zero] { $n } مسافة في البداية
            [one] مسافة واحدة في البداية
            [two] مسافتين في البداية
            [few] { $n } مسافات في البداية
            [many] { $n } مسافة في البداية
           *[other] { $n } مسافة في البداية
        }
       *[end] { $n ->
            [zero] { $n } مسافة في النهاية
            [one] مسافة واحدة في النهاية
            [two] مسافتين في النهاية
            [few] { $n } مسافات في النهاية
            [many] { $n } مسافة في النهاية
           *[other] { $n } مسافة في النهاية
        }
    }
cred-char-tab = علامة جدولة (⁨Tab⁩)
    .edge = { $end ->
        [start] { $n ->
            [zero] { $n } علامة جدولة في البداية
            [one] علامة جدولة واحدة في البداية
            [two] علامتَي جدولة في البداية
            [few] { $n } علامات جدولة في البداية
            [many] { $n } علامة جدولة في البداية
           *[other] { $n } علامة جدولة في البداية
        }
       *[end] { $n ->
            [zero] { $n } علامة جدولة في النهاية
            [one] علامة جدولة واحدة في النهاية
            [two] علامتَي جدولة في النهاية
            [few] { $n } علامات جدولة في النهاية
            [many] { $n } علامة جدولة في النهاية
           *[other] { $n } علامة جدولة في النهاية
        }
    }
cred-char-line-break = علامة سطر جديد
    .edge = { $end ->
        [start] { $n ->
            [zero] { $n } علامة سطر جديد في البداية
            [one] علامة سطر جديد واحدة في البداية
            [two] علامتَي سطر جديد في البداية
            [few] { $n } علامات سطر جديد في البداية
            [many] { $n } علامة سطر جديد في البداية
           *[other] { $n } علامة سطر جديد في البداية
        }
       *[end] { $n ->
            [zero] { $n } علامة سطر جديد في النهاية
            [one] علامة سطر جديد واحدة في النهاية
            [two] علامتَي سطر جديد في النهاية
            [few] { $n } علامات سطر جديد في النهاية
            [many] { $n } علامة سطر جديد في النهاية
           *[other] { $n } علامة سطر جديد في النهاية
        }
    }
cred-char-no-break-space = مسافة غير قابلة للفصل
    .edge = { $end ->
        [start] { $n ->
            [zero] { $n } مسافة غير قابلة للفصل في البداية
            [one] مسافة واحدة غير قابلة للفصل في البداية
            [two] مسافتين غير قابلتين للفصل في البداية
            [few] { $n } مسافات غير قابلة للفصل في البداية
            [many] { $n } مسافة غير قابلة للفصل في البداية
           *[other] { $n } مسافة غير قابلة للفصل في البداية
        }
       *[end] { $n ->
            [zero] { $n } مسافة غير قابلة للفصل في النهاية
            [one] مسافة واحدة غير قابلة للفصل في النهاية
            [two] مسافتين غير قابلتين للفصل في النهاية
            [few] { $n } مسافات غير قابلة للفصل في النهاية
            [many] { $n } مسافة غير قابلة للفصل في النهاية
           *[other] { $n } مسافة غير قابلة للفصل في النهاية
        }
    }
# Any other blank, such as the wide space of Chinese and Japanese keyboards.
cred-char-other-space = علامة فراغ
    .edge = { $end ->
        [start] { $n ->
            [zero] { $n } علامة فراغ في البداية
            [one] علامة فراغ واحدة في البداية
            [two] علامتَي فراغ في البداية
            [few] { $n } علامات فراغ في البداية
            [many] { $n } علامة فراغ في البداية
           *[other] { $n } علامة فراغ في البداية
        }
       *[end] { $n ->
            [zero] { $n } علامة فراغ في النهاية
            [one] علامة فراغ واحدة في النهاية
            [two] علامتَي فراغ في النهاية
            [few] { $n } علامات فراغ في النهاية
            [many] { $n } علامة فراغ في النهاية
           *[other] { $n } علامة فراغ في النهاية
        }
    }
cred-char-zero-width = علامة خفية بعرض صفري
    .edge = { $end ->
        [start] { $n ->
            [zero] { $n } علامة خفية بعرض صفري في البداية
            [one] علامة خفية بعرض صفري في البداية
            [two] علامتين خفيتين بعرض صفري في البداية
            [few] { $n } علامات خفية بعرض صفري في البداية
            [many] { $n } علامة خفية بعرض صفري في البداية
           *[other] { $n } علامة خفية بعرض صفري في البداية
        }
       *[end] { $n ->
            [zero] { $n } علامة خفية بعرض صفري في النهاية
            [one] علامة خفية بعرض صفري في النهاية
            [two] علامتين خفيتين بعرض صفري في النهاية
            [few] { $n } علامات خفية بعرض صفري في النهاية
            [many] { $n } علامة خفية بعرض صفري في النهاية
           *[other] { $n } علامة خفية بعرض صفري في النهاية
        }
    }
# Such as a soft hyphen or a text-direction mark.
cred-char-invisible = علامة تنسيق خفية
    .edge = { $end ->
        [start] { $n ->
            [zero] { $n } علامة تنسيق خفية في البداية
            [one] علامة تنسيق خفية في البداية
            [two] علامتَي تنسيق خفيتين في البداية
            [few] { $n } علامات تنسيق خفية في البداية
            [many] { $n } علامة تنسيق خفية في البداية
           *[other] { $n } علامة تنسيق خفية في البداية
        }
       *[end] { $n ->
            [zero] { $n } علامة تنسيق خفية في النهاية
            [one] علامة تنسيق خفية في النهاية
            [two] علامتَي تنسيق خفيتين في النهاية
            [few] { $n } علامات تنسيق خفية في النهاية
            [many] { $n } علامة تنسيق خفية في النهاية
           *[other] { $n } علامة تنسيق خفية في النهاية
        }
    }
cred-char-control = علامة تحكم مخفية
    .edge = { $end ->
        [start] { $n ->
            [zero] { $n } علامة تحكم مخفية في البداية
            [one] علامة تحكم مخفية في البداية
            [two] علامتَي تحكم مخفيتين في البداية
            [few] { $n } علامات تحكم مخفية في البداية
            [many] { $n } علامة تحكم مخفية في البداية
           *[other] { $n } علامة تحكم مخفية في البداية
        }
       *[end] { $n ->
            [zero] { $n } علامة تحكم مخفية في النهاية
            [one] علامة تحكم مخفية في النهاية
            [two] علامتَي تحكم مخفيتين في النهاية
            [few] { $n } علامات تحكم مخفية في النهاية
            [many] { $n } علامة تحكم مخفية في النهاية
           *[other] { $n } علامة تحكم مخفية في النهاية
        }
    }

## Where a character sits inside a value
cred-place-start = في البداية
cred-place-end = في النهاية
# $after: how many characters of the value come before it.
cred-place-middle = في المنتصف، بعد الحرف رقم { $after }
# What was found inside a value. $count: how many such characters in all; $char: the first
# (“a space”, from cred-char-*); $place: where it is (from cred-place-*).
cred-inside-what = { $count ->
    [one] { $char } { $place }
    [two] علامتان فارغتان أو مخفيتان؛ الأولى { $char } { $place }
    [few] { $count } علامات فارغة أو مخفية؛ الأولى { $char } { $place }
   *[other] { $count } علامة فارغة أو مخفية؛ الأولى { $char } { $place }
}

## What cleaning removed from a pasted value
# Shown in the window under “Cleaned up what you pasted”, and in the JSON of `verify --json`.
# $chars: the characters removed, e.g. “2 leading spaces and 1 trailing line break”.
cred-trim-blanks = تمت إزالة { $chars }
cred-trim-blanks-inside-quotes = تمت إزالة { $chars } داخل علامات الاقتباس
# $pairs: how many pairs of quotation marks wrapped the value.
cred-trim-quotes = { $pairs ->
    [one] تمت إزالة علامتَي الاقتباس حول القيمة
    [two] تمت إزالة زوجين من علامات الاقتباس حول القيمة
    [few] تمت إزالة { $pairs } أزواج من علامات الاقتباس حول القيمة
   *[other] تمت إزالة { $pairs } زوجًا من علامات الاقتباس حول القيمة
}
# One line of the window’s list. $field: the field’s name (“API key”); $removed: what was
# removed (“removed 1 trailing space”).
cred-trimmed-line = { $field }: { $removed }

## Findings on one field
cred-empty-api-key = مفتاح ⁨API⁩ فارغ.
    .fix = { $surface ->
        [cli] اضبط ⁨OKX_API_KEY⁩ على مفتاح ⁨API⁩ من { -okx } (أو من مدير كلمات المرور).
       *[window] الصق في هذا الحقل مفتاح ⁨API⁩ من { -okx } (أو من مدير كلمات المرور).
    }
cred-empty-secret-key = المفتاح السري فارغ.
    .fix = { $surface ->
        [cli] اضبط ⁨OKX_SECRET_KEY⁩ على المفتاح السري الذي حفظته عند إنشاء المفتاح. لا تعرضه { -okx } إلا مرة واحدة: إذا لم تحفظه، فاحذف هذا المفتاح على { -okx } وأنشئ مفتاحًا جديدًا.
       *[window] الصق المفتاح السري الذي حفظته عند إنشاء المفتاح. لا تعرضه { -okx } إلا مرة واحدة: إذا لم تحفظه، فاحذف هذا المفتاح على { -okx } وأنشئ مفتاحًا جديدًا.
    }
cred-empty-passphrase = عبارة المرور فارغة.
    .fix = { $surface ->
        [cli] اضبط ⁨OKX_PASSPHRASE⁩ على عبارة مرور ⁨API⁩ التي أنشأتها مع هذا المفتاح، وليس كلمة مرور تسجيل الدخول إلى { -okx } ولا كلمة مرور الأموال.
       *[window] اكتب أو الصق عبارة مرور ⁨API⁩ التي أنشأتها لهذا المفتاح في الخطوة 5، وليس كلمة مرور تسجيل الدخول إلى { -okx } ولا كلمة مرور الأموال.
    }
# The label that names the value (“API Key:”) was pasted with it. $label: that label, as pasted
# (“API Key”); $what: "key" or "passphrase"; $sure: "no" when the label may be part of the passphrase.
cred-label-included = { $surface ->
        [cli] { $what ->
            [passphrase] يحتوي { $env } أيضًا على التسمية «{ $label }» قبل عبارة المرور.
           *[key] يحتوي { $env } أيضًا على التسمية «{ $label }» قبل المفتاح.
        }
       *[window] { $what ->
            [passphrase] يحتوي حقل { $Field } أيضًا على التسمية «{ $label }» قبل عبارة المرور.
           *[key] يحتوي حقل { $Field } أيضًا على التسمية «{ $label }» قبل المفتاح.
        }
    }
    .fix = { $what ->
        [passphrase] { $sure ->
            [no] احذف التسمية والعلامة التي بعدها، حتى لا يبقى إلا عبارة المرور نفسها. وإذا كانت هذه فعلًا عبارة المرور كاملة، فاتركها كما هي.
           *[yes] احذف التسمية والعلامة التي بعدها، حتى لا يبقى إلا عبارة المرور نفسها.
        }
       *[key] احذف التسمية والعلامة التي بعدها، حتى لا يبقى إلا المفتاح نفسه.
    }
# A blank (space, tab, line break) inside the value. $what: what is inside and where
# (from cred-inside-what, e.g. “a space in the middle, after character 12”).
cred-character-inside = في { $Field }: { $what }.
    .fix = { $kind ->
        [passphrase] لا تحتوي عبارة المرور على مسافات أو فواصل أسطر أو علامات مخفية. احذفها، أو انسخ { $field } مرة أخرى دفعة واحدة من مدير كلمات المرور.
       *[key] لا يحتوي المفتاح على مسافات أو فواصل أسطر أو علامات مخفية. احذفها، أو انسخ { $field } مرة أخرى دفعة واحدة من مدير كلمات المرور.
    }
# A character that cannot be seen inside the value. $what: as above.
cred-hidden-character-inside = في { $Field }: { $what }.
    .fix = { $surface ->
        [cli] { $kind ->
            [passphrase] لا تحتوي عبارة المرور على علامات مخفية، وهذه العلامة لا تُرى: اضبط { $env } مرة أخرى على { $field } منسوخةً مباشرةً من مدير كلمات المرور (أو من { -okx }).
           *[key] لا يحتوي المفتاح على علامات مخفية، وهذه العلامة لا تُرى: اضبط { $env } مرة أخرى على { $field } منسوخًا مباشرةً من مدير كلمات المرور (أو من { -okx }).
        }
       *[window] { $kind ->
            [passphrase] لا تحتوي عبارة المرور على علامات مخفية، وهذه العلامة لا تُرى: امسح الحقل والصق { $field } مرة أخرى، منسوخةً مباشرةً من مدير كلمات المرور (أو من { -okx }).
           *[key] لا يحتوي المفتاح على علامات مخفية، وهذه العلامة لا تُرى: امسح الحقل والصق { $field } مرة أخرى، منسوخًا مباشرةً من مدير كلمات المرور (أو من { -okx }).
        }
    }
cred-masked-api-key = يحتوي مفتاح ⁨API⁩ على علامات إخفاء (مثل **** أو …): هذا هو الشكل المختصر الذي تعرضه { -okx } في قائمة مفاتيحها، وليس المفتاح الكامل.
    .fix = انسخ مفتاح ⁨API⁩ الكامل من مدير كلمات المرور، أو من تفاصيل المفتاح على { -okx } بزر النسخ الخاص به.
cred-masked-secret-key = يحتوي المفتاح السري على علامات إخفاء (مثل **** أو •••)، لذا فهو ليس المفتاح السري الحقيقي.
    .fix = استخدم المفتاح السري الذي حفظته عند إنشاء المفتاح. لا تعرضه { -okx } إلا مرة واحدة: إذا لم تحفظه، فاحذف هذا المفتاح على { -okx } وأنشئ مفتاحًا جديدًا.
cred-masked-passphrase = عبارة المرور مكوّنة من نقاط أو نجوم فقط: هكذا تُعرض كلمة المرور المخفية، وليست هذه عبارة المرور نفسها.
    .fix = انسخ عبارة المرور بزر النسخ في مدير كلمات المرور، أو اكتبها.
# One end of the value is a quotation mark without its partner. $end: "start" or "end".
cred-stray-quote = { $end ->
        [start] في بداية { $Field } علامة اقتباس ليس لها مقابل في الطرف الآخر.
       *[end] في نهاية { $Field } علامة اقتباس ليس لها مقابل في الطرف الآخر.
    }
    .fix = إذا لم تكن علامة الاقتباس جزءًا من { $field }، فاحذفها.

## Findings across the fields
# $label: the key's name the user gave it in Step 4.
cred-label-instead-of-key = في مكان مفتاح ⁨API⁩ يوجد اسم المفتاح («{ $label }»)، وليس المفتاح نفسه.
    .fix = انسخ مفتاح ⁨API⁩: على { -okx } هو الرمز الطويل ذو الشرطات الظاهر مع المفتاح (مثل ⁨1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d⁩)، وليس الاسم الذي أعطيته له.
# Two fields hold the same value. $field / $Field / $env: the later field; $other and
# $other_env: the earlier one.
cred-same-value = قيمة { $Field } مطابقة لقيمة { $other }. القيم الثلاث مختلفة دائمًا.
    .fix = { $surface ->
        [cli] اضبط { $other_env } على { $other } و{ $env } على { $field }: تحقق من أنك نسخت كل قيمة من سطرها.
       *[window] الصق { $field } في الحقل الصحيح: تحقق من أنك نسخت كل قيمة من سطرها.
    }

## Swapped values
# In the window, a button under the message swaps the two fields.
cred-swap-key-secret = مفتاح ⁨API⁩ والمفتاح السري متبادلان: في مكان مفتاح ⁨API⁩ يوجد مفتاح سري (32 حرفًا، بلا شرطات)، وفي مكان المفتاح السري يوجد مفتاح ⁨API⁩ (بشرطات). لن ترد { -okx } إلا بأنها لا تعرف المفتاح.
    .fix = { $surface ->
        [cli] ضع مفتاح ⁨API⁩ في ⁨OKX_API_KEY⁩ والمفتاح السري في ⁨OKX_SECRET_KEY⁩: حاليًا يحتوي كلٌّ منهما على قيمة الآخر. وعبر الإدخال القياسي، أعطِ مفتاح ⁨API⁩ ثم المفتاح السري ثم عبارة المرور بهذا الترتيب.
       *[window] بدّل بينهما (يوجد زر لذلك)، أو الصق كل واحد منهما في الحقل الآخر.
    }
cred-swap-key-secret-likely = يبدو أن مفتاح ⁨API⁩ والمفتاح السري متبادلان: في مكان مفتاح ⁨API⁩ يوجد ما يشبه مفتاحًا سريًا (32 حرفًا، بلا شرطات)، وفي مكان المفتاح السري يوجد ما يشبه مفتاح ⁨API⁩ (بشرطات).
    .fix = { $surface ->
        [cli] ضع مفتاح ⁨API⁩ في ⁨OKX_API_KEY⁩ والمفتاح السري في ⁨OKX_SECRET_KEY⁩: حاليًا يحتوي كلٌّ منهما على قيمة الآخر. وعبر الإدخال القياسي، أعطِ مفتاح ⁨API⁩ ثم المفتاح السري ثم عبارة المرور بهذا الترتيب.
       *[window] بدّل بينهما (يوجد زر لذلك)، أو الصق كل واحد منهما في الحقل الآخر.
    }
cred-swap-secret-passphrase = يبدو أن المفتاح السري وعبارة المرور متبادلان: في مكان عبارة المرور يوجد ما يشبه مفتاحًا سريًا (32 حرفًا، بلا شرطات).
    .fix = { $surface ->
        [cli] ضع المفتاح السري في ⁨OKX_SECRET_KEY⁩ وعبارة المرور في ⁨OKX_PASSPHRASE⁩: حاليًا يحتوي كلٌّ منهما على قيمة الآخر. وعبر الإدخال القياسي، أعطِ مفتاح ⁨API⁩ ثم المفتاح السري ثم عبارة المرور بهذا الترتيب.
       *[window] بدّل بينهما (يوجد زر لذلك)، أو الصق كل واحد منهما في الحقل الآخر.
    }
cred-swap-key-passphrase = يبدو أن مفتاح ⁨API⁩ وعبارة المرور متبادلان: في مكان عبارة المرور يوجد ما يشبه مفتاح ⁨API⁩ (بشرطات).
    .fix = { $surface ->
        [cli] ضع مفتاح ⁨API⁩ في ⁨OKX_API_KEY⁩ وعبارة المرور في ⁨OKX_PASSPHRASE⁩: حاليًا يحتوي كلٌّ منهما على قيمة الآخر. وعبر الإدخال القياسي، أعطِ مفتاح ⁨API⁩ ثم المفتاح السري ثم عبارة المرور بهذا الترتيب.
       *[window] بدّل بينهما (يوجد زر لذلك)، أو الصق كل واحد منهما في الحقل الآخر.
    }

## What a value looks like
# { -okx } does not promise these formats, so these are only warnings: the key can still be tested.
cred-api-key-case = يبدو مفتاح ⁨API⁩ غير معتاد: فيه أحرف كبيرة، بينما تعرض { -okx } مفاتيح ⁨API⁩ بأحرف صغيرة. الأحرف الكبيرة مهمة: تغيير حرف واحد يجعل المفتاح يفشل.
    .fix = انسخ مفتاح ⁨API⁩ مرة أخرى من مدير كلمات المرور (أو من { -okx }) بدلًا من كتابته.
cred-secret-in-key-field = يبدو مفتاح ⁨API⁩ كأنه مفتاح سري: 32 حرفًا بلا شرطات. مفاتيح ⁨API⁩ في { -okx } فيها شرطات، مثل ⁨1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d⁩.
    .fix = { $surface ->
        [cli] تحقق من أن ⁨OKX_API_KEY⁩ يحتوي على مفتاح ⁨API⁩، لا على المفتاح السري.
       *[window] تحقق من أنك لصقت هنا مفتاح ⁨API⁩، لا المفتاح السري.
    }
# $n: how many characters the pasted value has.
cred-api-key-shape = لا يبدو مفتاح ⁨API⁩ كمفتاح ⁨API⁩ من { -okx }: تلك المفاتيح مكوّنة من 36 حرفًا، من الحروف ⁨a-f⁩ والأرقام، في مجموعات 8-4-4-4-12 تربط بينها شرطات، أما هذا { $n ->
        [36] ففيه أحرف أخرى.
        [zero] فليس فيه أي حرف.
        [one] ففيه حرف واحد.
        [two] ففيه حرفان.
        [few] ففيه { $n } أحرف.
        [many] ففيه { $n } حرفًا.
       *[other] ففيه { $n } حرف.
    }
    .fix = تحقق من أنك نسخت القيمة كاملة ولا شيء غيرها. إذا كانت تمامًا ما عرضته عليك { -okx }، فلا يزال بإمكانك اختبارها.
cred-secret-key-case = يحتوي المفتاح السري على أحرف صغيرة، بينما تعرض { -okx } المفاتيح السرية بأحرف كبيرة، لذا ربما غيّره شيء ما. الأحرف الكبيرة مهمة: المفتاح السري المتغيّر لن يعمل.
    .fix = انسخ المفتاح السري مرة أخرى من مدير كلمات المرور، تمامًا كما حفظته من { -okx }.
cred-key-in-secret-field = يبدو المفتاح السري كأنه مفتاح ⁨API⁩: فيه شرطات، في مجموعات 8-4-4-4-12. المفاتيح السرية في { -okx } مكوّنة من 32 رقمًا وحرفًا كبيرًا من ⁨A-F⁩، بلا شرطات.
    .fix = { $surface ->
        [cli] تحقق من أن ⁨OKX_SECRET_KEY⁩ يحتوي على المفتاح السري، لا على مفتاح ⁨API⁩.
       *[window] تحقق من أنك لصقت هنا المفتاح السري، لا مفتاح ⁨API⁩.
    }
# $n: how many characters the pasted value has.
cred-secret-key-shape = لا يبدو المفتاح السري كمفتاح سري من { -okx }: تلك المفاتيح مكوّنة من 32 حرفًا، من الأرقام والأحرف الكبيرة ⁨A-F⁩، أما هذا { $n ->
        [32] ففيه أحرف أخرى.
        [zero] فليس فيه أي حرف.
        [one] ففيه حرف واحد.
        [two] ففيه حرفان.
        [few] ففيه { $n } أحرف.
        [many] ففيه { $n } حرفًا.
       *[other] ففيه { $n } حرف.
    }
    .fix = تحقق من أنك نسخت القيمة كاملة ولا شيء غيرها. إذا كانت تمامًا ما عرضته عليك { -okx }، فلا يزال بإمكانك اختبارها.

## The passphrase
cred-passphrase-like-api-key = { $surface ->
        [cli] تبدو عبارة المرور كأنها مفتاح ⁨API⁩ (رمز طويل بشرطات). عبارة المرور هي التي اخترتها بنفسك عند إنشاء المفتاح.
       *[window] تبدو عبارة المرور كأنها مفتاح ⁨API⁩ (رمز طويل بشرطات). عبارة المرور هي التي اخترتها بنفسك في الخطوة 5.
    }
    .fix = { $surface ->
        [cli] اضبط ⁨OKX_PASSPHRASE⁩ على عبارة مرور ⁨API⁩ التي أنشأتها لهذا المفتاح.
       *[window] اكتب أو الصق عبارة مرور ⁨API⁩ التي أنشأتها لهذا المفتاح.
    }
cred-passphrase-like-secret-key = { $surface ->
        [cli] تبدو عبارة المرور كأنها مفتاح سري (32 حرفًا ورقمًا). عبارة المرور هي التي اخترتها بنفسك عند إنشاء المفتاح.
       *[window] تبدو عبارة المرور كأنها مفتاح سري (32 حرفًا ورقمًا). عبارة المرور هي التي اخترتها بنفسك في الخطوة 5.
    }
    .fix = { $surface ->
        [cli] اضبط ⁨OKX_PASSPHRASE⁩ على عبارة مرور ⁨API⁩ التي أنشأتها لهذا المفتاح.
       *[window] اكتب أو الصق عبارة مرور ⁨API⁩ التي أنشأتها لهذا المفتاح.
    }
# $n: how many characters the pasted passphrase has.
cred-passphrase-length = { $n ->
        [zero] ليس في عبارة المرور أي حرف؛ وعبارات المرور في { -okx } من 8 إلى 32 حرفًا.
        [one] في عبارة المرور حرف واحد؛ وعبارات المرور في { -okx } من 8 إلى 32 حرفًا.
        [two] في عبارة المرور حرفان؛ وعبارات المرور في { -okx } من 8 إلى 32 حرفًا.
        [few] في عبارة المرور { $n } أحرف؛ وعبارات المرور في { -okx } من 8 إلى 32 حرفًا.
        [many] في عبارة المرور { $n } حرفًا؛ وعبارات المرور في { -okx } من 8 إلى 32 حرفًا.
       *[other] في عبارة المرور { $n } حرف؛ وعبارات المرور في { -okx } من 8 إلى 32 حرفًا.
    }
    .fix = تحقق من أنك لصقت عبارة المرور كاملة، وعبارة المرور فقط.
cred-passphrase-non-ascii = في عبارة المرور أحرف غير الحروف والأرقام ورموز لوحة المفاتيح العادية (مثل é أو علامة اقتباس منحنية ’ أو رمز تعبيري). بعض البرامج تغيّر هذه الأحرف في الطريق، وقد لا تتلقاها { -okx } كما كتبتها.
    .fix = إذا كنت كتبتها بنفسك، فتحقق من أن حاسوبك لم يحوّل علامة الاقتباس المستقيمة (') إلى منحنية (’). وإذا كانت عبارة المرور تحتوي فعلًا على هذه الأحرف، فتابع واختبرها.
# Only in the window, when the user created a passphrase in Step 5 and pasted the same one.
cred-passphrase-matches = عبارة المرور مطابقة للتي أنشأتها في الخطوة 5.
cred-passphrase-case-differs = لا تختلف عبارة المرور عن التي أنشأتها في الخطوة 5 إلا في الأحرف الكبيرة. الأحرف الكبيرة مهمة، لذا سترفضها { -okx }.
    .fix = تحقق من مفتاح ⁨Caps Lock⁩، ثم اكتب أو الصق عبارة المرور تمامًا كما أنشأتها على { -okx }.
cred-passphrase-differs = عبارة المرور ليست التي أنشأتها في الخطوة 5.
    .fix = استخدم العبارة التي كتبتها على { -okx } عند إنشاء هذا المفتاح (وليس كلمة مرور تسجيل الدخول إلى { -okx } ولا كلمة مرور الأموال): لا تقبل { -okx } غيرها. إذا كنت كتبت عبارة مختلفة هناك، فاستخدمها وتابع.
# Shown under the passphrase only when something about it looks off.
cred-passphrase-reminder = استخدم عبارة مرور ⁨API⁩ التي أنشأتها مع هذا المفتاح، وليس كلمة مرور تسجيل الدخول إلى { -okx } ولا كلمة مرور الأموال.
    .fix = إذا لم تكن متأكدًا، فابحث في مدير كلمات المرور بجانب المفتاح السري لهذا المفتاح. إذا ضاعت، فاحذف المفتاح على { -okx } وأنشئ مفتاحًا جديدًا.

## Splitting one paste into the three fields
# Shown after a multi-line paste was spread over the fields. $field: the field without “the”
# (“secret key”, from cred-field-*.bare).
cred-split-more-than-one = وُجد أكثر من سطر يحتوي على { $field }؛ واستُخدم الأول. تحقق من أنه الصحيح.
# $label: the line’s label, as pasted (“Login password”).
cred-split-left-out = تُرك السطر الذي يحمل التسمية «{ $label }»: يحتاج الروبوت إلى عبارة مرور ⁨API⁩ التي أنشأتها مع هذا المفتاح، وليس كلمة مرور تسجيل الدخول إلى { -okx } ولا كلمة مرور الأموال.
# $fields: the fields still empty (“secret key and passphrase”); $count: how many.
cred-split-unplaced = { $count ->
        [one] تعذّر تحديد السطر الذي يحتوي على { $fields }؛ الصقه في حقله.
       *[other] تعذّر تحديد الأسطر التي تحتوي على { $fields }؛ الصق كل قيمة في حقلها.
    }

## حجم اللصق
cred-paste-too-large = ما لصقته أكبر من { $max } كيلوبايت، وهو أقصى ما يقرؤه التطبيق دفعة واحدة؛ القيم الثلاث أصغر من ذلك بكثير.
    .fix = { $surface ->
        [cli] أعطِ الأمر ⁨save⁩ مفتاح ⁨API⁩ والمفتاح السري وعبارة المرور فقط (أو ملاحظة لا تحوي غيرها).
       *[window] بقيت الحقول كما كانت. انسخ مفتاح ⁨API⁩ والمفتاح السري وعبارة المرور فقط (أو ملاحظة لا تحوي غيرها) ثم الصقها مرة أخرى.
    }
