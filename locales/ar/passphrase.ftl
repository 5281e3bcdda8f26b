# The API passphrase (guide Step 5): the checklist under the passphrase field, its strength,
# how long it would take to guess, what to change, and the confirmation field.
# Shown in the window only.

## The checklist: OKX's rules and two of ours. Each line's value is shown ticked or crossed;
## its .advice is shown when the rule fails, saying what to change.

# $min and $max: the shortest and longest passphrase OKX accepts (8 and 32);
# $length: how many characters the passphrase has now.
pass-rule-length = من { $min } إلى { $max } حرفًا (الآن { $length })
    .too-short = اجعلها { $min } أحرف على الأقل (فيها الآن { $length }).
    .too-long = اجعلها { $max } حرفًا أو أقل (فيها الآن { $length }): لا تقبل { -okx } أكثر من ذلك.
pass-rule-upper = حرف كبير (⁨A-Z⁩)
    .advice = أضف حرفًا كبيرًا (⁨A-Z⁩).
pass-rule-lower = حرف صغير (⁨a-z⁩)
    .advice = أضف حرفًا صغيرًا (⁨a-z⁩).
pass-rule-digit = رقم (0-9)
    .advice = أضف رقمًا (0-9).
# The symbols are examples of what OKX counts as special: keep them as they are.
pass-rule-special = رمز خاص، مثل - . _ + @ ~
    .advice = أضف رمزًا خاصًا، مثل - . _ + @ أو ~ (المسافة لا تُحتسب).
# The rule holds. “okx” in quotes is the word checked for, in any capitals.
pass-rule-context-none = لا تحتوي على اسم المفتاح ولا اسم الروبوت ولا «⁨okx⁩»
# The rule fails. $word: the label or bot name as the user typed it.
pass-rule-context-label = تحتوي على اسم المفتاح «{ $word }»
    .advice = احذف اسم المفتاح «{ $word }»: إنه من أول ما قد يجرّبه المهاجم.
pass-rule-context-bot = تحتوي على اسم الروبوت «{ $word }»
    .advice = احذف اسم الروبوت «{ $word }»: إنه من أول ما قد يجرّبه المهاجم.
pass-rule-context-okx = تحتوي على «⁨okx⁩»
    .advice = احذف «⁨okx⁩»: إنها من أول ما قد يجرّبه المهاجم.
pass-rule-ascii = حروف وأرقام ورموز لوحة المفاتيح الإنجليزية فقط: بلا مسافات ولا حروف مشكّلة ولا رموز تعبيرية (تُرسل العبارة في ترويسة طلب ويب، وهذه الحروف تُفسدها)
    .advice = استخدم فقط الحروف ⁨A-Z⁩ والأرقام ورموز لوحة المفاتيح الإنجليزية: بلا مسافات ولا حروف مشكّلة ولا رموز تعبيرية.

## What to change, besides the failing rules

pass-advice-empty = اكتب عبارة مرور، أو استخدم «أنشئ واحدة لي» للحصول على عبارة قوية.
pass-advice-too-guessable = أضف كلمة أخرى أو بضعة أحرف إضافية: لا يزال تخمينها سهلًا جدًا. أفضل الكلمات هي التي لا علاقة بينها.

## Strength: shown after "Strength:" under the passphrase field

pass-strength-very-weak = ضعيفة جدًا
pass-strength-weak = ضعيفة
pass-strength-fair = مقبولة
pass-strength-strong = قوية
pass-strength-very-strong = قوية جدًا
# Shown alone, when nothing is typed yet.
pass-strength-empty = فارغة
# Shown alone, for a passphrase over 32 characters (OKX refuses it, so it is not scored).
pass-strength-too-long = أطول من أن تُقيَّم

## How long guessing would take. Each fills a blank in the window's sentence "Time to guess
## it: … by trying through OKX, … from a stolen copy of OKX's records." $n is a whole number.

pass-time-instant = أقل من ثانية
pass-time-seconds = { $n ->
        [zero] { $n } ثانية
        [one] ثانية واحدة
        [two] ثانيتان
        [few] { $n } ثوانٍ
        [many] { $n } ثانية
       *[other] { $n } ثانية
    }
pass-time-minutes = { $n ->
        [zero] { $n } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $n } دقائق
        [many] { $n } دقيقة
       *[other] { $n } دقيقة
    }
pass-time-hours = { $n ->
        [zero] { $n } ساعة
        [one] ساعة واحدة
        [two] ساعتان
        [few] { $n } ساعات
        [many] { $n } ساعة
       *[other] { $n } ساعة
    }
pass-time-days = { $n ->
        [zero] { $n } يوم
        [one] يوم واحد
        [two] يومان
        [few] { $n } أيام
        [many] { $n } يومًا
       *[other] { $n } يوم
    }
pass-time-months = { $n ->
        [zero] { $n } شهر
        [one] شهر واحد
        [two] شهران
        [few] { $n } أشهر
        [many] { $n } شهرًا
       *[other] { $n } شهر
    }
pass-time-years = { $n ->
        [zero] { $n } سنة
        [one] سنة واحدة
        [two] سنتان
        [few] { $n } سنوات
        [many] { $n } سنة
       *[other] { $n } سنة
    }
pass-time-centuries = قرون

## What the strength estimator (zxcvbn) found: one warning at most, shown highlighted

pass-warning-straight-rows = من السهل تخمين صفوف المفاتيح المتتالية.
pass-warning-short-keyboard-pattern = من السهل تخمين الأنماط القصيرة على لوحة المفاتيح.
pass-warning-repeats = من السهل تخمين التكرارات مثل «⁨aaa⁩».
pass-warning-repeated-groups = التكرارات مثل «⁨abcabcabc⁩» أصعب قليلًا فقط في التخمين من «⁨abc⁩».
pass-warning-top-10 = هذه واحدة من أكثر 10 كلمات مرور شيوعًا.
pass-warning-top-100 = هذه واحدة من أكثر 100 كلمة مرور شيوعًا.
pass-warning-very-common = هذه كلمة مرور شائعة جدًا.
pass-warning-similar-to-common = هذه تشبه كلمة مرور شائعة الاستخدام.
pass-warning-sequences = من السهل تخمين التسلسلات مثل ⁨abc⁩ أو 6543.
pass-warning-recent-years = من السهل تخمين السنوات الأخيرة.
pass-warning-single-word = من السهل تخمين كلمة واحدة وحدها.
pass-warning-dates = غالبًا ما يسهل تخمين التواريخ.
pass-warning-names-alone = من السهل تخمين الأسماء وأسماء العائلات وحدها.
pass-warning-common-names = من السهل تخمين الأسماء وأسماء العائلات الشائعة.

## The strength estimator's tips: shown as hints under the warning

pass-tip-few-words = استخدم بضع كلمات، وتجنّب العبارات الشائعة.
# OKX still requires one of each: this tip only says they add less than more words do.
pass-tip-symbols-help-little = الرموز والأرقام والأحرف الكبيرة تضيف قوة أقل مما تضيفه كلمة أخرى.
pass-tip-another-word = أضف كلمة أو كلمتين. الكلمات غير الشائعة أفضل.
pass-tip-capitals = الأحرف الكبيرة لا تساعد كثيرًا.
pass-tip-all-capitals = الكتابة بالأحرف الكبيرة كلها سهلة التخمين تقريبًا كالكتابة بلا أحرف كبيرة.
pass-tip-reversed-words = الكلمات المكتوبة بالمقلوب ليست أصعب في التخمين بكثير.
pass-tip-substitutions = الاستبدالات المتوقعة، مثل «@» بدلًا من «a»، لا تساعد كثيرًا.
pass-tip-longer-keyboard-pattern = استخدم نمطًا أطول على لوحة المفاتيح فيه انعطافات أكثر.
pass-tip-repeats = تجنّب تكرار الكلمات والأحرف.
pass-tip-sequences = تجنّب التسلسلات.
pass-tip-recent-years = تجنّب السنوات الأخيرة.
pass-tip-your-years = تجنّب السنوات المرتبطة بك.
pass-tip-your-dates = تجنّب التواريخ والسنوات المرتبطة بك.

## The confirmation field, under it

pass-confirm-empty = اكتب عبارة المرور مرة أخرى هنا لتأكيدها.
pass-confirm-matches = عبارتا المرور متطابقتان.
pass-confirm-case-only = أوشكت: الحروف نفسها لكن بعض الأحرف الكبيرة مختلفة، و{ -okx } تميّز بين الأحرف الكبيرة والصغيرة. تحقق من مفتاح ⁨Caps Lock⁩ واكتبها مرة أخرى.
pass-confirm-differs = عبارتا المرور مختلفتان. اكتبها مرة أخرى بعناية، أو الصقها من مدير كلمات المرور.

## The generator

# The credit the word list's licence asks for (About box). Keep the names, the address and
# the licence's name as they are.
pass-eff-attribution = تستخدم عبارات المرور المُنشأة قائمة الكلمات ⁨EFF Long Wordlist⁩ من ⁨Electronic Frontier Foundation⁩ (⁨https://www.eff.org/dice⁩)، المرخّصة بموجب ⁨CC BY 3.0 US⁩.
