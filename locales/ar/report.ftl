# The confirmation report: plain text the user copies, saves or sees printed by
# `okx-key-assistant verify`, and safe to paste anywhere (for example to a support desk).
#
# Notes for translators:
# - The report is plain text, wrapped at 78 columns by the app; line breaks inside a message
#   do not matter (the app re-wraps it), except in headings and field labels, which must stay
#   on one line and short (a label should fit in 14 characters).
# - Keep the report plain ASCII where you can: straight quotes (") and apostrophes (').
# - Placeholders hold values that are never translated: hosts, web addresses, labels, codes,
#   dates and numbers already formatted by the app.

## The title and the result at the top

report-title = { -app-name } - تقرير التأكيد

# $abilities is one of the report-abilities-* phrases ("can read and trade").
report-result-verified = النتيجة: تم التحقق. قبلت { -okx } هذا المفتاح. إنه { $abilities }، ولا يستطيع السحب.
# $reasons: one or two short reasons (report-reason-*), or report-reasons-unknown-not-ready.
report-result-not-ready =
    النتيجة: تم التحقق، لكنه غير جاهز لروبوت. قبلت { -okx } هذا المفتاح وهو لا يستطيع السحب،
    لكن: { $reasons }. راجع المشكلات أدناه.
report-result-unsafe =
    النتيجة: غير آمن - هذا المفتاح يستطيع السحب. قبلت { -okx } هذا المفتاح، ولديه صلاحية
    "سحب": يستطيع من يحمله نقل أموالك إلى خارج { -okx }. لا تعطه لأي روبوت.
    راجع "{ report-heading-next }".
report-result-unconfirmed =
    النتيجة: لم يتأكد أنه آمن. قبلت { -okx } هذا المفتاح، لكن الاختبار لم يستطع معرفة ما إذا كان
    يستطيع السحب. اختبره مرة أخرى قبل أن تعطيه لروبوت.
# $reasons: one or two short reasons (report-reason-*), or report-reasons-unknown-not-verified.
report-result-not-verified =
    النتيجة: لم يتم التحقق. لم يجتز المفتاح الاختبار: { $reasons }. كل مشكلة وطريقة إصلاحها
    مذكورة أدناه.
# Added after the result ($result) when the test ran against the app's built-in simulator.
report-result-practice =
    { $result } تشغيل تدريبي: تواصل هذا الاختبار مع محاكي التطبيق على هذا الحاسوب، وليس مع
    { -okx }، لذا فهو لا يقول شيئًا عن مفتاح حقيقي.
report-reasons-unknown-not-ready = راجع ما يلي
report-reasons-unknown-not-verified = لم ينتهِ الاختبار

## What the key can do (written into the result and the summary line)

report-abilities-read-trade = يستطيع القراءة والتداول
report-abilities-read-only = يستطيع القراءة لكن لا يستطيع التداول
report-abilities-trade-only = يستطيع التداول لكن لا يستطيع القراءة
report-abilities-neither = لا يستطيع القراءة ولا التداول
report-abilities-unknown = صلاحياته غير معروفة

## Short reasons: a few words for each problem, for "Not verified: wrong passphrase"

report-reason-wrong-passphrase = عبارة المرور خاطئة
report-reason-wrong-secret = المفتاح السري خاطئ
report-reason-unknown-key = لا تعرف { -okx } مفتاح ⁨API⁩ هذا
report-reason-wrong-site = المفتاح يخص موقعًا آخر من مواقع { -okx }
report-reason-demo-mismatch = خلط بين التداول الحقيقي والتجريبي
report-reason-clock-skew = ساعة هذا الحاسوب منحرفة
report-reason-ip-not-allowed = عنوان ⁨IP⁩ لهذا الحاسوب غير مسموح به للمفتاح
report-reason-region-restricted = { -okx } غير متاحة في هذه المنطقة
report-reason-key-frozen = المفتاح مجمّد
report-reason-missing-read = المفتاح ينقصه صلاحية "قراءة"
report-reason-missing-trade = المفتاح ينقصه صلاحية "تداول"
report-reason-withdraw-enabled = المفتاح يستطيع السحب
report-reason-no-ip-binding = المفتاح غير مرتبط بعنوان ⁨IP⁩
report-reason-rate-limited = طلبت { -okx } منا الإبطاء
report-reason-okx-unavailable = { -okx } غير متاحة
report-reason-network-error = تعذّر الوصول إلى { -okx }
report-reason-timeout = لم ترد { -okx } في الوقت المحدد
report-reason-unexpected-response = ردّت { -okx } بجواب لم يفهمه التطبيق
report-reason-malformed-input = إحدى القيم الملصقة ليست بالشكل الصحيح
report-reason-invalid-setting = أحد إعدادات التطبيق مرفوض
report-reason-keychain-unavailable = لا توجد سلسلة مفاتيح متاحة
report-reason-keychain-locked = سلسلة المفاتيح مقفلة
report-reason-keychain-denied = رفضت سلسلة المفاتيح الوصول
report-reason-keychain-mismatch = أعادت سلسلة المفاتيح شيئًا مختلفًا
report-reason-not-found = لا يوجد مفتاح محفوظ بتلك التسمية
report-reason-already-exists = يوجد مفتاح محفوظ بتلك التسمية بالفعل
report-reason-not-allowed = غير مسموح
report-reason-storage = تعذّرت قراءة ملفات التطبيق أو الكتابة فيها
report-reason-browser-unavailable = تعذّر فتح متصفح الويب
report-reason-internal = خطأ في التطبيق

# Two reasons side by side, and more than two ($more: how many are not shown).
report-reasons-two = { $first }؛ { $second }
report-reasons-more = { $first }؛ { $second } (و{ $more } غيرها)

## The one-line summary (the window's headline)

report-summary-verified = تم التحقق: آمن، { $abilities }، بلا سحب
# $reasons: short reasons of what still blocks a bot.
report-summary-verified-but = تم التحقق: آمن، { $abilities }، بلا سحب؛ لكن { $reasons }
report-summary-unsafe = غير آمن: هذا المفتاح يستطيع السحب
report-summary-unconfirmed = لم يتأكد أنه آمن: تعذّر فحص صلاحية "سحب"
report-summary-not-verified = لم يتم التحقق: { $reasons }
report-summary-not-finished = لم يتم التحقق: لم ينتهِ الاختبار
report-summary-practice = { $summary } (تشغيل تدريبي على المحاكي، وليس على { -okx })

## Section headings (each underlined in the report; keep them on one line)

report-heading-when = الوقت
report-heading-key = المفتاح
report-heading-found = ما وجده الاختبار
report-heading-checks = الفحوص
report-heading-problems = المشكلات والتحذيرات
report-heading-ready = جاهز لروبوتك
report-heading-saved = الحفظ
report-heading-rules = القواعد الذهبية
report-heading-confirmed = ما أكّدته
report-heading-next = ما يجب فعله بعد ذلك
report-heading-risk = المخاطر

## Field labels ("  Label:  value"; the app adds the colon; keep them short)

report-field-tested = وقت الاختبار
report-field-made = وقت التقرير
report-field-app = التطبيق
report-field-site = الموقع
report-field-host = خادم ⁨API⁩
report-field-mode = الوضع
report-field-label = التسمية
report-field-api-key = مفتاح ⁨API⁩
report-field-account = الحساب
report-field-read = قراءة
report-field-trade = تداول
report-field-withdraw = سحب
report-field-permissions = الصلاحيات
report-field-ip = ربط ⁨IP⁩
report-field-balance = الرصيد
report-field-clock = الساعة
report-field-pasted = القيم الملصقة
report-field-saved-in = مكان الحفظ
report-field-service = الخدمة
report-field-user = المستخدم
report-field-saved-at = وقت الحفظ

## When

# $time: a date and time in UTC, formatted by the app ("2026-11-26 18:00:00").
report-time-utc = { $time } ⁨UTC⁩
# $time: the same moment in the computer's time zone; $offset: its distance from UTC ("+05:30").
report-time-local = { $time } بالتوقيت المحلي (⁨UTC⁩{ $offset })
report-time-unknown = غير معروف
# $time: the test's time exactly as it was recorded (the app could not read it as a date).
report-time-as-recorded = { $time } (كما سُجّل)
# $version: the app's version number ("1.4.0").
report-app-version = { -app-name } { $version }

## The key

# $site: the OKX site's name ("okx.com (global)").
report-site-detected = { $site } (وجده الاختبار: هذا المفتاح يخص هذا الموقع)
report-mode-demo = تداول تجريبي (أموال تدريب، وليست أموالًا حقيقية)
report-mode-live = حقيقي (أموال حقيقية)
report-label-none = (لا يوجد)
# $key: the API key's first 4 and last 4 characters ("6f1c…5a41").
report-api-key-shortened = { $key } (أول 4 وآخر 4 أحرف فقط)
report-api-key-not-shown = (غير معروض)
report-account-main = الحساب الرئيسي
report-account-sub = حساب فرعي
# $account: report-account-main or report-account-sub; $mode: OKX's name of the account mode.
report-account-with-mode = { $account }، الوضع: { $mode }

## What the test found

report-perm-yes = نعم
report-read-missing = لا - يحتاج إليها الروبوت لرؤية حسابك
report-trade-missing = لا - يحتاج إليها الروبوت لوضع الأوامر
report-withdraw-on = مفعّلة - خطر
report-withdraw-danger = !! خطر: هذا المفتاح يستطيع نقل أموالك إلى خارج { -okx }. لا تستخدمه مع روبوت.
report-withdraw-off = مُطفأة (آمن): لا يمكن أن تخرج أي أموال من { -okx } عبر هذا المفتاح
report-not-known = غير معروف
report-not-checked = لم يُفحص (توقف الاختبار قبل ذلك)
# $addresses: the IP addresses the key is bound to, as a list.
report-ip-bound = مرتبط بـ { $addresses }
report-ip-none-demo = لا يوجد (لا بأس لمفتاح تجريبي: لا تحذف { -okx } المفاتيح التجريبية الخاملة)
report-ip-none-live = لا يوجد. تحذير: { -report-idle-deletion }
# Used in two messages above and below (a term: never shown alone).
-report-idle-deletion =
    تحذف { -okx } المفتاح الذي يستطيع التداول وغير المرتبط بعنوان ⁨IP⁩ بعد 14 يومًا
    من عدم الاستخدام.
# $total: the account's total equity in US dollars, formatted by the app ("1,234.57");
# $count: how many currencies hold a balance; $currencies: their codes, as a list.
report-balance =
    { $count ->
        [0] قابل للقراءة: إجمالي حقوق الملكية { $total } ⁨USD⁩؛ ولا توجد عملة فيها رصيد
        [one] قابل للقراءة: إجمالي حقوق الملكية { $total } ⁨USD⁩، في عملة واحدة: { $currencies }
        [two] قابل للقراءة: إجمالي حقوق الملكية { $total } ⁨USD⁩، في عملتين: { $currencies }
        [few] قابل للقراءة: إجمالي حقوق الملكية { $total } ⁨USD⁩، في { $count } عملات: { $currencies }
        [many] قابل للقراءة: إجمالي حقوق الملكية { $total } ⁨USD⁩، في { $count } عملة: { $currencies }
       *[other] قابل للقراءة: إجمالي حقوق الملكية { $total } ⁨USD⁩، في { $count } عملة: { $currencies }
    }
report-balance-not-read = لم يُقرأ (راجع المشكلات أدناه)
# $skew: how far this computer's clock is from OKX's ("1.3 seconds ahead of OKX's clock");
# $verdict: one of report-clock-fine, -warning, -too-far.
report-clock = ساعة هذا الحاسوب { $skew } ({ $verdict })
report-clock-fine = جيد
report-clock-warning = تحذير: راجع ما يلي
report-clock-too-far = بعيدة جدًا: ترفض { -okx } ذلك
report-clock-not-measured = لم تُقَس
# A list cut short: $list holds the first items, $more how many are left out.
report-list-more = { $list } و{ $more } غيرها
# Between the items of a list ("USDT, BTC").
report-list-separator = {"، "}

## What was cleaned from the pasted values ("API key: removed 1 trailing space")


## Checks (each line starts with a mark in brackets; keep the marks short)

report-mark-pass = نجح
report-mark-warning = تحذير
report-mark-fail = فشل
report-mark-skipped = تخطٍّ
# $title: the check's name; $detail: what it found.
report-check-line = { $title }: { $detail }

## Problems and warnings

report-problems-none = لا يوجد.
report-tag-danger = خطر
report-tag-problem = مشكلة
report-tag-warning = تحذير
report-tag-info = ملاحظة
# $tag: one of the tags above; $message: the problem, in the app's words.
report-problem = { $tag }: { $message }
# The same, with the error code OKX gave ($code, e.g. "50105").
report-problem-with-code = { $tag }: { $message } (رمز { -okx } { $code })
# Written before the fix of each problem.
report-what-to-do = ما يجب فعله:

## Problems the report adds itself, when the test's facts imply them

report-problem-withdraw = لدى هذا المفتاح صلاحية "سحب": يستطيع من يحمله نقل أموالك إلى خارج { -okx }.
    .fix = لا تعطه لأي روبوت. احذفه في { $page } (أو عدّله وأطفئ "سحب")، ثم أعد الاختبار.
report-problem-no-read = لا يستطيع المفتاح قراءة حسابك، لذا لا يستطيع الروبوت رؤية رصيدك أو أوامرك.
    .fix = عدّل المفتاح في { $page }، وفعّل "قراءة"، ثم أعد الاختبار.
report-problem-no-trade = لا يستطيع المفتاح التداول، لذا لا يستطيع الروبوت وضع الأوامر.
    .fix = عدّل المفتاح في { $page }، وفعّل "تداول"، ثم أعد الاختبار.
report-problem-no-ip = المفتاح غير مرتبط بعنوان ⁨IP⁩. { -report-idle-deletion }
    .fix =
        إذا كان الروبوت يعمل على خادم بعنوان ⁨IP⁩ ثابت، فأضف ذلك العنوان إلى المفتاح في
        { $page }. وإلا فتأكد من أن الروبوت يستخدم المفتاح مرة واحدة على الأقل كل 14 يومًا.
# $skew: how far the clock is off ("12 seconds ahead of OKX's clock").
report-problem-clock-warning =
    ساعة هذا الحاسوب { $skew }. ترفض { -okx } الطلبات المنحرفة بأكثر من 30 ثانية، لذا
    قد يبدأ هذا بالفشل.
    .fix = { -report-clock-fix }
report-problem-clock-refused =
    ساعة هذا الحاسوب { $skew }. ترفض { -okx } الطلبات التي ينحرف وقتها بأكثر من
    30 ثانية.
    .fix = { -report-clock-fix }
-report-clock-fix =
    فعّل ضبط التاريخ والوقت تلقائيًا (والمنطقة الزمنية الصحيحة) في إعدادات النظام، ثم
    أعد الاختبار.

## Saved

# $user: the key's label, under which it is saved.
report-saved-user = { $user } (تسمية المفتاح)
report-saved-replaced = حلّ محل مفتاح حُفظ سابقًا بالتسمية نفسها.
# $code: a line of Python code that reads the key (not translated).
report-saved-python = يستطيع روبوت مكتوب بلغة ⁨Python⁩ قراءته باستخدام { $code }.
report-not-saved = لم يُحفظ في سلسلة مفاتيح النظام.
report-not-saved-unsafe = لم يُحفظ: لا يحفظ التطبيق إلا مفتاحًا تم التحقق منه ولا يستطيع السحب.

## Golden rules (also shown in the window before Step 1: the rule, then why)

report-rule-withdraw = لا تفعّل السحب أبدًا.
    .why =
        لا يحتاج الروبوت إلا إلى القراءة والتداول. عندما يكون السحب مُطفأً، لا يمكن أن تخرج أي أموال
        من حسابك على { -okx } عبر هذا المفتاح، مهما حدث له.
report-rule-share = لا تشارك بيانات الاعتماد الثلاث أبدًا.
    .why =
        مفتاح ⁨API⁩ والمفتاح السري وعبارة المرور مكانها الروبوت ومدير كلمات المرور،
        ولا مكان غيرهما. لن يطلبها منك موظفو { -okx } أبدًا.
report-rule-one-bot = مفتاح واحد لكل روبوت.
    .why = إذا أُوقف روبوت أو اختُرق، تحذف مفتاحه وتستمر الروبوتات الأخرى في العمل.
report-rule-passphrase = احفظ عبارة المرور في مدير كلمات المرور.
    .why =
        لا تستطيع { -okx } عرضها مرة أخرى ولا إعادة تعيينها. إذا ضاعت، يجب حذف المفتاح
        وإنشاؤه من جديد.

## What the user confirmed in the window

# The legend; $yes, $no and $unasked are the marks "[x]", "[ ]" and "[-]".
report-confirm-legend = { $yes } مؤكَّد   { $no } غير مؤكَّد   { $unasked } لم يُسأل عنه
# After an item the user saw but did not tick ($item).
report-confirm-not-confirmed = { $item } (غير مؤكَّد)
# After an item the user was not asked about ($item).
report-confirm-not-asked = { $item } (لم يُسأل عنه)
report-confirm-nothing-asked =
    لم يُطرح أي سؤال (لم يُنشأ هذا التقرير في النافذة). تحقق من هذه البنود بنفسك:
report-confirm-rules = قرأت هذه القواعد وستلتزم بها.
# $test: what the test found about Withdraw: "on", "off", or "unknown" (not tested).
report-confirm-withdraw =
    { $test ->
        [on] تُركت "سحب" (و"تحويل") مُطفأة عند إنشاء المفتاح. وجد الاختبار أن "سحب" مفعّلة.
        [off] تُركت "سحب" (و"تحويل") مُطفأة عند إنشاء المفتاح. يؤكد الاختبار أن "سحب" مُطفأة.
       *[unknown] تُركت "سحب" (و"تحويل") مُطفأة عند إنشاء المفتاح.
    }
report-confirm-password-manager = مفتاح ⁨API⁩ والمفتاح السري وعبارة المرور محفوظة في مدير كلمات المرور.
report-confirm-one-bot = لا يستخدم هذا المفتاحَ إلا روبوت واحد.
report-confirm-after = بعد ربط الروبوت:
report-confirm-balance = تعرض لوحة تحكم الروبوت رصيدك على { -okx }.
report-confirm-connected = يعرض الروبوت "متصل" ("⁨Connected⁩") أو "نشط" ("⁨Active⁩").
report-confirm-no-errors = لا توجد رسائل خطأ في لوحة تحكم الروبوت.
report-confirm-last-used = تعرض صفحة ⁨API⁩ على { -okx } وقت "آخر استخدام" ("⁨Last used⁩") حديثًا لهذا المفتاح.
report-confirm-no-suspicious = لا تعرض صفحة ⁨API⁩ على { -okx } أي وصول غير متوقع أو مريب.

## What to do next ($page: OKX's API management page, a web address)

report-next-fix-then-test = أصلح المشكلات المذكورة أعلاه، ثم اختبر المفتاح مرة أخرى.
# $service and $user: where the key is saved in the system keychain.
report-next-paste-saved =
    أعطِ الروبوت القيم الثلاث: مفتاح ⁨API⁩ والمفتاح السري وعبارة المرور. إنها في مدير كلمات
    المرور، وفي سلسلة مفاتيح النظام (الخدمة "{ $service }"، المستخدم "{ $user }"). الصقها؛
    ولا تكتبها يدويًا.
report-next-paste =
    أعطِ الروبوت القيم الثلاث: مفتاح ⁨API⁩ والمفتاح السري وعبارة المرور. انسخها من مدير
    كلمات المرور والصقها؛ ولا تكتبها يدويًا.
report-next-last-used =
    بعد أن يعمل الروبوت، افتح { $page } وتحقق من أن "آخر استخدام" ("⁨Last used⁩") يعرض وقتًا حديثًا
    لهذا المفتاح.
report-next-idle =
    تأكد من أن الروبوت يستخدم المفتاح مرة واحدة على الأقل كل 14 يومًا، أو اربط المفتاح بعنوان ⁨IP⁩
    الخاص بالروبوت في { $page }: تحذف { -okx } المفاتيح غير المرتبطة التي تبقى خاملة.
report-next-leaked =
    إذا أوقفت الروبوت أو ظننت أن إحدى القيم تسرّبت، فاحذف المفتاح في { $page }. تبقى أموالك
    في مكانها.
report-next-unsafe-keep = لا تعطِ هذا المفتاح لأي روبوت، ولا تلصقه في أي مكان.
report-next-unsafe-delete =
    افتح { $page } واحذف هذا المفتاح. (يمكنك بدلًا من ذلك تعديله وإطفاء "سحب"، لكن
    المفتاح الجديد هو الخيار الأكثر أمانًا.)
# $command: the command line that deletes the saved copy (not translated).
report-next-unsafe-remove = أزل النسخة المحفوظة: { $command } (أو «حذف» في التطبيق).
report-next-unsafe-new = أنشئ مفتاحًا جديدًا لا يُفعَّل فيه إلا "قراءة" و"تداول"، واختبره هنا.
report-next-unconfirmed-test = اختبر المفتاح مرة أخرى: يجب أن يرى التطبيق أن "سحب" مُطفأة.
report-next-unconfirmed-check = يمكنك أيضًا التحقق في { $page } من أن "سحب" مُطفأة لهذا المفتاح.
report-next-fix-each = أصلح المشكلات المذكورة أعلاه؛ كل واحدة منها تذكر ما يجب فعله.
report-next-test-again = اختبر المفتاح مرة أخرى.
report-next-lost =
    إذا فقدت المفتاح السري أو عبارة المرور، فاحذف المفتاح في { $page } وأنشئ مفتاحًا
    جديدًا: لا تستطيع { -okx } عرض أيٍّ منهما مرة أخرى.

## Risk, and the closing line on secrets

report-disclaimer =
    ينطوي تداول العملات الرقمية على خطر حقيقي بخسارة المال، وربما خسارته كله، والروبوت قد يخسر المال
    كما قد يربحه. النتائج السابقة لأي روبوت لا تضمن شيئًا عن المستقبل. أبقِ "سحب" مُطفأة في كل مفتاح
    يستخدمه روبوت، ولا تتداول إلا بمال تستطيع تحمّل خسارته. يصف هذا التقرير طريقة إعداد المفتاح؛
    وهو ليس نصيحة مالية.
report-no-secrets =
    لا يحتوي هذا التقرير على المفتاح السري ولا على عبارة المرور، ولا يحوي من مفتاح ⁨API⁩ إلا أول 4
    وآخر 4 أحرف، لذا يمكن مشاركته بأمان، مثلًا مع فريق الدعم.
