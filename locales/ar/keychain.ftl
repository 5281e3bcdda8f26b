# Saving keys in the system keychain, the app's own files (the list of saved keys, the guide's
# progress), and the rules for saving a tested key.
# Shown in the window (under the Save button, in the saved-keys list) and by the command line
# (okx-key-assistant save, list, delete). $surface is "window" or "cli".
# $os is "macos", "windows", or another system (Linux, the BSDs): the keychain differs on each.
# $label is the name a key is saved under (letters, digits, _ - .), never translated.

## Saving a tested key: the one rule, for the Save button and for "okx-key-assistant save"

keychain-save-untested = لم يُحفظ: لم يُختبر المفتاح بعد.
    .fix = اختبر المفتاح أولًا؛ لا يمكن حفظ إلا المفتاح الذي يجتاز الاختبار.
keychain-save-withdraw = لم يُحفظ: هذا المفتاح يستطيع السحب، لذا يستطيع من يحمله نقل أموالك إلى خارج { -okx }.
    .fix = احذف هذا المفتاح من صفحة ⁨API⁩ على { -okx }، وأنشئ مفتاحًا جديدًا لا يُفعَّل فيه إلا «قراءة» و«تداول»، ثم اختبره واحفظه.
keychain-save-not-passed = لم يُحفظ: لا يمكن حفظ إلا المفتاح الذي اجتاز اختبار الاتصال.
    .fix = أصلح ما وجده الاختبار، واختبر المفتاح مرة أخرى، ثم احفظه.

## The key and its label

keychain-incomplete = المفتاح غير مكتمل: مفتاح ⁨API⁩ والمفتاح السري وعبارة المرور كلها مطلوبة.
    .fix = { $surface ->
        [cli] أعطِ القيم الثلاث كلها (في ⁨OKX_API_KEY⁩ و⁨OKX_SECRET_KEY⁩ و⁨OKX_PASSPHRASE⁩، أو في ثلاثة أسطر عبر الإدخال القياسي)، ثم شغّل ⁨save⁩ مرة أخرى.
       *[window] الصق القيم الثلاث كلها، واختبر الاتصال، ثم احفظ.
    }
keychain-label-missing = يحتاج المفتاح إلى تسمية ليُحفظ بها.
    .fix = { $surface ->
        [cli] أعطِ تسمية، مثل الاسم الذي أعطيته للمفتاح على { -okx }: ⁨{ -cmd-save-example }⁩
       *[window] اكتب تسمية، مثل الاسم الذي أعطيته للمفتاح على { -okx }، كـ ⁨BitcoinEra_GridBot⁩.
    }
# $max: the longest label, in characters (50). The label itself is never repeated here: a
# secret may have been pasted into the wrong place.
keychain-label-invalid = يمكن أن تتكوّن التسمية من 1 إلى { $max } من الحروف أو الأرقام أو '_' أو '-' أو '.'، ولا شيء غير ذلك (بلا مسافات).
    .fix = غيّر التسمية، مثلًا إلى ⁨BitcoinEra_GridBot⁩.
keychain-label-bad-start = لا يمكن أن تبدأ التسمية بـ '-' (ففي الأمر تُقرأ كخيار) ولا أن تتكوّن من نقاط فقط.
    .fix = ابدأ التسمية بحرف أو رقم، مثلًا ⁨GridBot-1⁩ بدلًا من -⁨GridBot⁩.

## What is saved under a label

keychain-not-found = لا يوجد مفتاح محفوظ بالتسمية «{ $label }».
    .fix = { $surface ->
        [cli] تحقق من التسمية باستخدام ⁨{ -cmd-list }⁩، أو احفظ المفتاح أولًا.
       *[window] تحقق من التسمية في قائمة المفاتيح المحفوظة، أو احفظ المفتاح أولًا.
    }
# $what: keychain-existing-key or keychain-existing-foreign, just below.
keychain-already-exists = يوجد بالفعل مفتاح محفوظ بالتسمية «{ $label }»: { $what }.
    .fix = { $surface ->
        [cli] أضف --⁨replace⁩ لوضع المفتاح الجديد مكانه (يبقى القديم حتى يُحفظ الجديد ويُقرأ للتحقق)، أو اختر تسمية أخرى.
       *[window] اختر «استبدال» لوضع المفتاح الجديد مكانه (يبقى القديم حتى يُحفظ الجديد ويُتحقق منه)، أو استخدم تسمية أخرى.
    }
# Completes keychain-already-exists. $key: the saved API key shortened ("6f1c…5a41");
# $saved_at: when it was saved (2026-11-26T18:00:00.000Z).
keychain-existing-key = المفتاح { $key } المحفوظ في { $saved_at }
# Completes keychain-already-exists: an item under that label that another program wrote.
keychain-existing-foreign = عنصر لم يكتبه هذا التطبيق
keychain-mismatch = المفتاح المحفوظ باسم «{ $label }» لم يُقرأ كما كُتب، لذا لا يُعدّ محفوظًا.
    .fix = { $surface ->
        [cli] شغّل الحفظ مرة أخرى. إذا تكرر ذلك، فأعد تشغيل حلقة المفاتيح (⁨keyring⁩) (سجّل الخروج ثم الدخول) وأعد المحاولة.
       *[window] حاول الحفظ مرة أخرى؛ يحتفظ النموذج بقيمك. إذا تكرر ذلك، فأعد تشغيل حلقة المفاتيح (⁨keyring⁩) (سجّل الخروج ثم الدخول) وأعد المحاولة.
    }
keychain-foreign-item = عنصر سلسلة المفاتيح المحفوظ باسم «{ $label }» ليس بالصيغة التي يكتبها { -app-name }، لذا لا يمكن قراءته.
    .fix = احفظ المفتاح مرة أخرى بهذه التسمية لاستبدال العنصر، أو احذفه واحفظ المفتاح بتسمية جديدة.
# A bug, never the user's doing; the fix is the app's general one for bugs.
keychain-encode-failed = تعذّر تحويل المفتاح إلى صيغة سلسلة المفاتيح.

## The system keychain's own failures

keychain-no-platform-store = لا تستطيع هذه النسخة من { -app-name } الوصول إلى سلسلة مفاتيح حقيقية في النظام، لذا لن تحفظ المفاتيح (فهي ترفض الاحتفاظ بها في الذاكرة فقط).
    .fix = استخدم نسخة التطبيق المخصصة لنظامك (⁨Linux⁩ أو ⁨macOS⁩ أو ⁨Windows⁩). وإلى ذلك الحين، احتفظ بالقيم الثلاث في مدير كلمات المرور.
keychain-no-item = لا يوجد عنصر كهذا في سلسلة المفاتيح.
    .fix = { $surface ->
        [cli] تحقق من التسمية باستخدام ⁨{ -cmd-list }⁩، أو احفظ المفتاح أولًا.
       *[window] تحقق من التسمية في قائمة المفاتيح المحفوظة، أو احفظ المفتاح أولًا.
    }
keychain-not-text = يحتوي عنصر سلسلة المفاتيح على شيء ليس نصًا، لذا فهو ليس مفتاحًا حفظه هذا التطبيق.
    .fix = احفظ المفتاح مرة أخرى بهذه التسمية لاستبداله، أو احذف العنصر واحفظ بتسمية جديدة.
keychain-label-refused = لا تقبل سلسلة المفاتيح هذه التسمية.
    .fix = استخدم تسمية أقصر مكوّنة من الحروف أو الأرقام أو '_' أو '-' أو '.'.
# "okx-key-assistant" is the name of the app's items in the keyring: keep it as is.
keychain-ambiguous = يوجد أكثر من عنصر محفوظ بهذه التسمية في سلسلة المفاتيح، لذا لا يستطيع التطبيق معرفة أيها المفتاح.
    .fix = افتح تطبيق حلقة المفاتيح (⁨Passwords and Keys⁩ أو ⁨KWallet⁩ أو ⁨KeePassXC⁩)، واحذف عناصر "⁨{ -cmd-app }⁩" الزائدة لهذه التسمية، ثم أعد المحاولة.
keychain-locked = حلقة المفاتيح مقفلة، أو أُغلقت النافذة التي تطلب فتحها، لذا لم يستطع التطبيق الوصول إليها.
    .fix = { $os ->
        [macos] افتح قفل سلسلة مفاتيح تسجيل الدخول (افتح تطبيق ⁨Keychain Access⁩ وافتح قفلها، أو أدخل كلمة المرور عندما يطلبها ⁨macOS⁩)، ثم أعد المحاولة.
        [windows] سجّل الدخول إلى ⁨Windows⁩ مرة أخرى، ثم أعد المحاولة.
       *[other] { $surface ->
            [cli] افتح قفل حلقة المفاتيح، ثم أعد المحاولة: أدخل كلمة المرور عندما تظهر نافذة فتح القفل، أو افتح ⁨Passwords and Keys⁩ (⁨Seahorse⁩) أو ⁨KWallet⁩ أو ⁨KeePassXC⁩ وافتح القفل. قد يلزم إنشاء حلقة مفاتيح جديدة هناك أولًا.
           *[window] افتح قفل حلقة المفاتيح، ثم أعد المحاولة: أدخل كلمة المرور عندما تظهر نافذة فتح القفل، أو افتح ⁨Passwords and Keys⁩ (⁨Seahorse⁩) أو ⁨KWallet⁩ أو ⁨KeePassXC⁩ وافتح القفل. قد يلزم إنشاء حلقة مفاتيح جديدة هناك أولًا. يحتفظ النموذج بقيمك.
        }
    }
keychain-denied = رفضت سلسلة مفاتيح النظام وصول { -app-name } إلى العنصر.
    .fix = { $os ->
        [macos] عندما يسأل ⁨macOS⁩، اختر «السماح» (أو «السماح دائمًا») لـ { -app-name }، ثم أعد المحاولة. في ⁨Keychain Access⁩ يمكنك مراجعة علامة تبويب «التحكم في الوصول» للعنصر.
       *[other] اسمح لـ { -app-name } عندما تسأل حلقة المفاتيح، ثم أعد المحاولة. إذا كان التطبيق يعمل في بيئة معزولة (⁨Flatpak⁩ أو ⁨Snap⁩)، فامنحه حق الوصول إلى ⁨Secret Service⁩.
    }
# No keychain service is running at all. Its .fix is also the fix of keychain-unavailable-detail.
keychain-unavailable = { $os ->
        [macos] سلسلة مفاتيح ⁨macOS⁩ غير متاحة.
        [windows] مدير بيانات الاعتماد في ⁨Windows⁩ (⁨Credential Manager⁩) غير متاح.
       *[other] لا توجد حلقة مفاتيح تعمل على هذا الحاسوب (لا يوجد ⁨Secret Service⁩، مخزن كلمات المرور في سطح المكتب)، لذا لا يمكن الاحتفاظ بالمفتاح فيها.
    }
    .fix = { $os ->
        [macos] تأكد من أنك سجّلت الدخول إلى ⁨macOS⁩ بشكل عادي وأن سلسلة مفاتيح تسجيل الدخول موجودة (افتح ⁨Keychain Access⁩)، ثم أعد المحاولة.
        [windows] تأكد من أنك سجّلت الدخول إلى ⁨Windows⁩ بحسابك الخاص (لا بحساب خدمة)، ثم أعد المحاولة.
       *[other] { $surface ->
            [cli] ثبّت حلقة مفاتيح وشغّلها: ⁨GNOME Keyring⁩، أو ⁨Secret Service⁩ في ⁨KWallet⁩، أو ⁨KeePassXC⁩ مع تفعيل التكامل مع ⁨Secret Service⁩، ثم أعد المحاولة. على جهاز بلا سطح مكتب، شغّل واحدة داخل جلسة ⁨D-Bus⁩: ⁨{ -cmd-keyring-session }⁩. وإلى ذلك الحين، احتفظ بالقيم الثلاث في مدير كلمات المرور.
           *[window] ثبّت حلقة مفاتيح وشغّلها: ⁨GNOME Keyring⁩، أو ⁨Secret Service⁩ في ⁨KWallet⁩، أو ⁨KeePassXC⁩ مع تفعيل التكامل مع ⁨Secret Service⁩. ثم أعد المحاولة؛ يحتفظ النموذج بقيمك. وإلى ذلك الحين، احتفظ بالقيم الثلاث في مدير كلمات المرور.
        }
    }
# Another keychain failure. $detail: the system's own words (first line, in its language).
keychain-unavailable-detail = تعذّر استخدام سلسلة مفاتيح النظام ({ $detail }).

## The app's own files (not secret): the list of saved keys and the guide's progress

# $path: the file (saved-keys.json in the app's data folder); $error: the system's own words.
file-index-unwritable = لم يستطع التطبيق تحديث قائمة المفاتيح المحفوظة في { $path } ({ $error }).
    .fix = تحقق من أن القرص غير ممتلئ وأن هذا المجلد ملك لك، ثم أعد المحاولة.
# A bug, never the user's doing; the fix is the app's general one for bugs.
file-index-encode-failed = تعذّرت كتابة قائمة المفاتيح المحفوظة.
# $folder: the app's data folder. Shown in the window only.
progress-unwritable = لم يستطع التطبيق كتابة ملف التقدّم في { $folder }.
    .fix = تحقق من أن مجلد المنزل غير ممتلئ وليس للقراءة فقط، ثم أعد المحاولة. تقدّمك في هذه الشاشة محفوظ.
# A bug, never the user's doing; the fix is the app's general one for bugs.
progress-encode-failed = لم يستطع التطبيق تسجيل موضعك في الدليل.
