# The window's words for Steps 5, 9 and 10, the pages after Step 10 (Check it works,
# Troubleshooting, Delete or rotate, Quick reference), the confirmation report and the list of
# keys saved in the keychain.
# Words from the app's checks (problems, check results, field messages, passphrase strength)
# come from other files; here is only what the window itself says around them.

## Shared by these steps

# The toggle beside a hidden field (passphrase, secret key).
ui-secret-show = إظهار
ui-secret-hide = إخفاء

## Step 5: create a passphrase

ui-step5-rail = 5. أنشئ عبارة مرور
ui-step5-title = أنشئ عبارة المرور
ui-step5-lead-1 = تطلب { -okx } الآن عبارة مرور: كلمة مرور لهذا المفتاح تختارها بنفسك. لا تعرضها { -okx } مرة أخرى أبدًا ولا تستطيع إعادة تعيينها.
ui-step5-lead-2 = أنشئها هنا، واحفظها في مدير كلمات المرور، ثم اكتبها في حقلَي عبارة المرور كليهما على { -okx }.
ui-step5-passphrase = عبارة المرور
ui-step5-confirm = اكتبها مرة أخرى للتأكيد
ui-step5-start = اكتب عبارة مرور، أو أنشئ واحدة تلقائيًا.
# $strength: a word such as “Strong”, made by the app's passphrase check.
ui-step5-strength = القوة: { $strength }
# $online and $offline: durations made by the app's passphrase check, e.g. “3 years”.
ui-step5-crack-times = الوقت اللازم لتخمينها: { $online } بالمحاولة عبر { -okx }، و{ $offline } انطلاقًا من نسخة مسروقة من سجلات { -okx }.
# Read out by screen readers for the list of rules.
ui-step5-rules = قواعد { -okx } لعبارة المرور
# Read out by screen readers after each rule.
ui-step5-rule-met = (مستوفاة)
ui-step5-rule-not-met = (غير مستوفاة)
ui-step5-generate = أنشئ واحدة لي
ui-step5-copy = نسخ
ui-step5-clear = مسح
ui-step5-generated = أُنشئت. احفظها في مدير كلمات المرور، ثم اكتبها مرة أخرى أدناه للتأكيد.
# $n: after how many seconds the app clears the clipboard.
ui-step5-copied = نُسخت. ستُمسح الحافظة بعد { $n ->
        [zero] { $n } ثانية
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $n } ثوانٍ
        [many] { $n } ثانية
       *[other] { $n } ثانية
    }.
ui-step5-cleared = مُسحت.
ui-step5-stronger = اجعل عبارة المرور أقوى.
ui-step5-hint = أنشئ عبارة مرور تستوفي كل القواعد، ثم أكّدها.
ui-step5-kept = عبارة المرور جاهزة
    .body = يحتفظ بها التطبيق في الذاكرة (ولا يكتبها على القرص أبدًا) ليتحقق مما ستلصقه في الخطوة 9. اكتب عبارة جديدة أدناه لتغييرها.
ui-step5-save-now = احفظها في مدير كلمات المرور الآن
    .body = إذا ضاعت، يجب حذف المفتاح وإنشاؤه من جديد. احفظها في الإدخال نفسه مع مفتاح ⁨API⁩ والمفتاح السري اللذين ستحصل عليهما في الخطوة 9.

## Step 9: save the three credentials, then paste them to be checked

ui-step9-rail = 9. احفظ بيانات الاعتماد
ui-step9-title = احفظ بيانات الاعتماد الثلاث الآن
ui-step9-lead-1 = تعرض { -okx } الآن مفتاح ⁨API⁩ والمفتاح السري (⁨Secret key⁩) للمفتاح الجديد. أما عبارة المرور فهي التي أنشأتها في الخطوة 5.
ui-step9-lead-2 = ضع الثلاثة أولًا في إدخال واحد في مدير كلمات المرور (مثلًا «⁨OKX API⁩، روبوت الشبكة»). ثم الصقها هنا لفحصها.
# The labels of the three fields.
ui-step9-label-api-key = مفتاح ⁨API⁩
ui-step9-label-secret-key = المفتاح السري (⁨Secret key⁩)
ui-step9-label-passphrase = عبارة المرور (التي أنشأتها لهذا المفتاح، وليست كلمة مرور تسجيل الدخول إلى { -okx })
# The three values' names as written inside a sentence (see ui-step9-swap-button).
ui-step9-name-api-key = مفتاح ⁨API⁩
ui-step9-name-secret-key = المفتاح السري
ui-step9-name-passphrase = عبارة المرور
ui-step9-check = فحص
ui-step9-clear = مسح
ui-step9-shown-once = لا يُعرض المفتاح السري إلا مرة واحدة
    .body = بعد أن تغلق شاشة { -okx }، لا يستطيع أحد عرضه مرة أخرى. انسخه إلى مدير كلمات المرور قبل أن تفعل أي شيء آخر.
ui-step9-earlier = فُحصت من قبل
    .body = القيم التي فحصتها سابقًا محفوظة في الذاكرة للخطوة 10. الصقها مرة أخرى لتغييرها.
ui-step9-tip = نصيحة: يمكنك لصق ملاحظة كاملة من مدير كلمات المرور (مفتاح ⁨API⁩ والمفتاح السري وعبارة المرور في أسطر منفصلة) في أي حقل.
# The title of the list of what the app removed from the pasted values (spaces, quotes, …).
ui-step9-cleaned = نُظِّف ما لصقته
# $first and $second: two of ui-step9-name-api-key, ui-step9-name-secret-key and
# ui-step9-name-passphrase.
ui-step9-swap-button = بدّل بين { $first } و{ $second }
ui-step9-swapped = يبدو أن هاتين القيمتين متبادلتان
    .body = يبدو أن { $first } و{ $second } وُضع كلٌّ منهما في حقل الآخر.
ui-step9-ok = القيم الثلاث تبدو صحيحة
    .body = إنها محفوظة في الذاكرة (ولا تُكتب على القرص أبدًا) لاختبار الاتصال في الخطوة 10.
ui-step9-not-ok = هناك ما يحتاج إلى إصلاح
    .body = اقرأ الرسائل الظاهرة تحت الحقول أعلاه.
ui-step9-split-failed = ما لصقته فيه عدة أسطر، لكن التطبيق لم يستطع معرفة أي قيمة هي أي قيمة. الصق كل قيمة في حقلها.
# $n: how many fields were filled.
ui-step9-filled = { $n ->
        [zero] لم يُملأ أي حقل
        [one] مُلئ حقل واحد
        [two] مُلئ حقلان
        [few] مُلئت { $n } حقول
        [many] مُلئ { $n } حقلًا
       *[other] مُلئ { $n } حقل
    } من لصقة واحدة.
ui-step9-uses-step5 = تُستخدم عبارة المرور التي أنشأتها في الخطوة 5، ولا تغادر التطبيق. إذا أدخلت عبارة مختلفة في { -okx }، فاكتبها هنا.
    .placeholder = عبارة المرور من الخطوة 5 (تُستخدم كما هي)
ui-step9-saved = حفظت الثلاثة كلها في مدير كلمات المرور
    .hint = مفتاح ⁨API⁩ والمفتاح السري وعبارة المرور، في إدخال واحد. بعد ذلك فقط أغلق شاشة { -okx }.
ui-step9-hint = احفظ الثلاثة كلها في مدير كلمات المرور، ثم ضع علامة في المربع.

## Step 10: test the key, save it in the keychain, connect the bot

ui-step10-rail = 10. اختبر واربط
ui-step10-title = اختبر المفتاح، ثم اربط الروبوت
# $host: the address of OKX's server, e.g. www.okx.com.
ui-step10-lead-plain = يسأل التطبيق { $host } عن مفتاحك كما يفعل الروبوت، لكنه يقرأ فقط: لا يستطيع أبدًا أن يتداول أو ينقل أموالًا.
ui-step10-lead-2 = يتحقق من المفتاح وعبارة المرور والمفتاح السري، ومن الموقع الذي ينتمي إليه المفتاح، وما يُسمح للمفتاح بفعله، وربطه بعناوين ⁨IP⁩، وساعة حاسوبك، ومن إمكانية قراءة رصيدك.
ui-step10-check-first = افحص القيم الثلاث أولًا
    .body = ارجع إلى الخطوة 9، والصقها، ثم اضغط «فحص».
ui-step10-test = اختبار الاتصال
ui-step10-test-again = إعادة الاختبار
# What the test is doing right now.
ui-step10-starting = جارٍ بدء الاختبار…
ui-step10-stage-reach = جارٍ الوصول إلى { -okx }…
ui-step10-stage-clock = جارٍ فحص ساعة حاسوبك…
ui-step10-stage-auth = جارٍ تسجيل الدخول بالمفتاح وقراءة إعداداته…
ui-step10-stage-other = جارٍ الفحص…
# Read out by screen readers after each check's title.
ui-step10-status = { $status ->
        [pass] (نجح)
        [warning] (تحذير)
        [fail] (فشل)
       *[skipped] (تم تخطيه)
    }
ui-step10-safe = المفتاح يعمل، ولا يستطيع السحب
# $host: the address of OKX's server the key was tested on.
ui-step10-tested-on = اختُبر على { $host }.
ui-step10-tested-on-demo = اختُبر على { $host } (التداول التجريبي).
ui-step10-unsafe = غير آمن: هذا المفتاح يستطيع سحب الأموال
    .body = لا تعطه لأي روبوت. احذفه على { -okx } وأنشئ مفتاحًا جديدًا مع إطفاء «سحب».
ui-step10-failed = لم يجتز المفتاح الاختبار
    .body = كل مشكلة أدناه تذكر ما يجب فعله. القيم التي لصقتها محفوظة: أصلح السبب، ثم اضغط «إعادة الاختبار».
# $site: the short name of another OKX site, e.g. “EEA”.
ui-step10-use-site = استخدم { $site } وأعد الاختبار
ui-step10-use-demo = انتقل إلى التداول التجريبي وأعد الاختبار
ui-step10-use-live = انتقل إلى التداول الحقيقي وأعد الاختبار
ui-step10-save-heading = احفظه في سلسلة مفاتيح النظام
ui-step10-save-lead = تحتفظ سلسلة مفاتيح نظام التشغيل بالقيم الثلاث مشفّرة، في مكان يستطيع روبوت على هذا الحاسوب قراءتها منه.
ui-step10-save-label = احفظه باسم
ui-step10-save = حفظ في سلسلة المفاتيح
ui-step10-saving = جارٍ الحفظ، ثم القراءة للتحقق…
ui-step10-saved = حُفظ وقُرئ للتحقق
ui-step10-replaced = استُبدل وقُرئ للتحقق
# $backend: the keychain's name; $service and $user: where the key is stored in it.
ui-step10-saved-where = في { $backend }: الخدمة «{ $service }»، المستخدم «{ $user }». كتبه التطبيق، ثم قرأه وقارن كل قيمة.
# A question in a dialog; $message says which name is taken (from the app's check).
ui-step10-replace = هل تريد استبدال المفتاح المحفوظ؟
    .body = { $message } يبقى القديم حتى يُحفظ الجديد ويُقرأ للتحقق.
    .button = استبدال
ui-step10-not-replaced = لم يُستبدل. اختر اسمًا آخر للاحتفاظ بالاثنين.
ui-step10-connect-heading = اربط الروبوت

## The keys saved in the keychain (Step 10)

ui-saved-heading = المفاتيح المحفوظة على هذا الحاسوب
ui-saved-none = لا توجد مفاتيح محفوظة في سلسلة المفاتيح بعد.
# The table's column headings.
ui-saved-col-name = الاسم
ui-saved-col-api-key = مفتاح ⁨API⁩
ui-saved-col-site = الموقع
ui-saved-col-saved = تاريخ الحفظ
# $site: the site's code, e.g. global.
ui-saved-site-demo = { $site } (تجريبي)
ui-saved-copy-api-key = نسخ مفتاح ⁨API⁩
ui-saved-copy-secret-key = نسخ المفتاح السري
ui-saved-copy-passphrase = نسخ عبارة المرور
# After a copy button. $field: which value was copied; $label: the saved key's name; $n: after
# how many seconds the app clears the clipboard.
ui-saved-copied = { $field ->
        [api_key] نُسخ مفتاح ⁨API⁩
        [secret_key] نُسخ المفتاح السري
       *[passphrase] نُسخت عبارة المرور
    } من «{ $label }». ستُمسح الحافظة بعد { $n ->
        [zero] { $n } ثانية
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $n } ثوانٍ
        [many] { $n } ثانية
       *[other] { $n } ثانية
    }.
ui-saved-missing = مفقود من سلسلة المفاتيح
ui-saved-delete = حذف
# A question in a dialog. $label: the saved key's name.
ui-saved-delete-confirm = هل تريد حذف «{ $label }» من سلسلة المفاتيح؟
    .body = يزيل هذا النسخة المحفوظة على هذا الحاسوب فقط. يظل المفتاح نفسه يعمل على { -okx } حتى تحذفه هناك أيضًا.
ui-saved-deleted = حُذف «{ $label }» من سلسلة المفاتيح.
ui-saved-python = لمطوّري الروبوتات: قراءة مفتاح محفوظ من ⁨Python⁩
    .body = كل مفتاح عنصر واحد في سلسلة المفاتيح: الخدمة "⁨{ -cmd-app }⁩"، والمستخدم = اسم المفتاح، والسر = ⁨JSON⁩ يحوي ⁨api_key⁩ و⁨secret_key⁩ و⁨passphrase⁩ و⁨site⁩ و⁨api_host⁩ و⁨demo⁩ و⁨saved_at⁩. ثبّت حزمتَي ⁨Python⁩ وهما ⁨keyring⁩ و⁨secretstorage⁩، ثم:

## The confirmation report (Step 10 and Check it works)

ui-report-heading = تقرير التأكيد
ui-report-lead = ما تم فحصه، لسجلاتك أو لفريق الدعم. لا يحتوي أبدًا على مفتاحك السري ولا عبارة المرور ولا مفتاح ⁨API⁩ كاملًا.
ui-report-copy = نسخ التقرير
ui-report-copy-english = نسخ بالإنجليزية
ui-report-save = حفظ باسم…
ui-report-copied = نُسخ. لا يحوي أي سر: يمكن لصقه في أي مكان بأمان.
# $path: where the report was saved.
ui-report-saved = حُفظ في { $path }.
ui-report-not-saved = لم يُحفظ.

## Check it works (after Step 10)

ui-verify-rail = تحقق من أنه يعمل
ui-verify-title = تحقق من أن كل شيء يعمل
ui-verify-lead = بعد أن يصبح المفتاح في الروبوت، انظر إلى الجانبين. ضع علامة على كل بند عندما تتأكد منه.
ui-verify-bot-heading = في منصة الروبوت
ui-verify-balance = رصيدك على { -okx } ظاهر، وبالمبلغ الصحيح
ui-verify-status = يقول الروبوت «متصل» ("⁨Connected⁩") أو «نشط» ("⁨Active⁩")
ui-verify-no-errors = لا توجد رسائل خطأ في أي مكان من الصفحة
ui-verify-okx-heading = في صفحة إدارة ⁨API⁩ على { -okx }
ui-verify-last-used = يعرض المفتاح وقت «آخر استخدام» ("⁨Last used⁩") حديثًا
ui-verify-no-strange = لا يوجد وصول لا تعرفه
ui-open-api-management = افتح صفحة إدارة ⁨API⁩ على { -okx }

## Troubleshooting (after Step 10)
# Each title quotes a message the user may see on OKX or in a bot (OKX writes them in
# English); the attributes are what to do, in order.

ui-trouble-rail = حل المشكلات
ui-trouble-title = إذا حدث خطأ ما
ui-trouble-lead = ابحث عن الرسالة التي تراها. كل واحدة تذكر ما يجب فعله.
ui-trouble-invalid-key = “⁨Invalid API key⁩” أو “⁨Authentication failed⁩” (مفتاح ⁨API⁩ غير صالح، أو فشلت المصادقة)
    .step1 = انسخ القيم الثلاث مرة أخرى بدقة: مفتاح ⁨API⁩ والمفتاح السري وعبارة المرور. تفحص الخطوة 9 في هذا التطبيق وجود مسافات زائدة فيها.
    .step2 = تأكد من أن المفتاح أُنشئ مفتاحًا للتداول («التداول»).
    .step3 = تحقق من الموقع: المفتاح الذي أُنشئ على ⁨my.okx.com⁩ أو ⁨app.okx.com⁩ لا يعمل إلا هناك. تجد الخطوة 10 الموقع الصحيح نيابةً عنك.
    .step4 = افصل منصة التداول في الروبوت، ثم اربطها مرة أخرى.
ui-trouble-wrong-passphrase = “⁨Wrong passphrase⁩” (عبارة المرور خاطئة، رمز { -okx } 50105)
    .step1 = عبارة المرور هي التي أنشأتها لهذا المفتاح في الخطوة 5، وليست كلمة مرور تسجيل الدخول إلى { -okx } ولا كلمة مرور الأموال.
    .step2 = انسخها من مدير كلمات المرور. الأحرف الكبيرة مهمة.
    .step3 = إذا ضاعت فعلًا، فاحذف المفتاح وأنشئ مفتاحًا جديدًا (راجع «الحذف أو التدوير»).
ui-trouble-no-such-key = “⁨API key doesn't exist⁩” (مفتاح ⁨API⁩ غير موجود، 50119)
    .step1 = في أغلب الأحيان يكون المفتاح قد أُنشئ على موقع آخر من مواقع { -okx } (⁨okx.com⁩ أو ⁨my.okx.com⁩ أو ⁨app.okx.com⁩). تجرّب الخطوة 10 المواقع الثلاثة كلها وتخبرك أيها الصحيح.
    .step2 = وإلا فقد حُذف المفتاح، أو أزالته { -okx } بعد 14 يومًا من الخمول من دون عنوان ⁨IP⁩. أنشئ مفتاحًا جديدًا.
ui-trouble-permissions = “⁨Insufficient permissions⁩” (الأذونات غير كافية)
    .step1 = في صفحة ⁨API⁩ على { -okx }، عدّل المفتاح وتأكد من أن «قراءة» و«تداول» مفعّلتان. احفظ، ثم اربط مرة أخرى.
ui-trouble-ip = “⁨IP address not authorized⁩” (عنوان ⁨IP⁩ غير مسموح به، 50110)
    .step1 = المفتاح مربوط بعناوين ⁨IP⁩، وعنوان الروبوت ليس منها. تذكر رسالة { -okx } العنوان الذي رأته.
    .step2 = عدّل المفتاح على { -okx } وأضف ذلك العنوان، أو أزل التقييد ريثما تجد العنوان الصحيح.
ui-trouble-region = “⁨This feature is not available in your region⁩” (هذه الميزة غير متاحة في منطقتك)
    .step1 = تقيّد { -okx } بعض الخدمات في بعض الدول والمناطق. راجع قائمة { -okx } للمناطق المدعومة.
    .step2 = إذا انتقلت إلى بلد آخر، فربما نقلت { -okx } حسابك إلى موقع آخر: تحقق من المكان الذي تسجّل الدخول فيه.
ui-trouble-timestamp = “⁨Timestamp request expired⁩” (انتهت صلاحية الطابع الزمني للطلب، 50102)
    .step1 = ساعة حاسوبك منحرفة بأكثر من 30 ثانية. فعّل ضبط التاريخ والوقت تلقائيًا في إعدادات النظام.
ui-trouble-environment = “⁨APIKey does not match current environment⁩” (المفتاح لا يطابق الوضع الحالي، 50101)
    .step1 = يُستخدم مفتاح للتداول التجريبي في التداول الحقيقي، أو مفتاح حقيقي في التداول التجريبي. استخدم الوضع المطابق في الروبوت.
ui-trouble-lost = فقدت المفتاح السري أو عبارة المرور
    .step1 = لا يمكن عرض أيٍّ منهما مرة أخرى أو استعادته، لا من قِبلك ولا من قِبل { -okx }.
    .step2 = احذف المفتاح من صفحة ⁨API⁩ على { -okx }، ثم أنشئ مفتاحًا جديدًا بدءًا من الخطوة 3، وضع القيم الجديدة في الروبوت.

## Delete or rotate a key (after Step 10)

ui-rotate-title = حذف مفتاح أو استبداله
ui-rotate-lead = احذف المفتاح عندما توقف روبوتًا، أو عندما تظن أنه انكشف، أو ببساطة لتستبدل به مفتاحًا جديدًا من حين لآخر.
ui-rotate-delete-heading = حذف مفتاح على { -okx }
ui-rotate-delete-1 = افتح صفحة إدارة ⁨API⁩ على { -okx }.
ui-rotate-delete-2 = ابحث عن المفتاح باسمه وانقر «حذف» ("⁨Delete⁩").
ui-rotate-delete-3 = أكّد برمز البريد الإلكتروني ورمز ⁨2FA⁩. يتوقف المفتاح عن العمل فورًا.
ui-rotate-money = أموالك لا تتأثر
    .body = حذف المفتاح لا يغيّر شيئًا في حسابك ولا في أموالك. كل ما في الأمر أن الروبوت لن يستطيع التداول بعد ذلك.
ui-rotate-replace-heading = استبدال مفتاح (تدويره)
ui-rotate-replace-1 = أنشئ مفتاحًا جديدًا بهذا التطبيق، بدءًا من الخطوة 3.
ui-rotate-replace-2 = احفظه في سلسلة المفاتيح بالاسم نفسه: يسألك التطبيق قبل استبدال القديم، ويحتفظ بالقديم حتى يُخزَّن الجديد بأمان.
ui-rotate-replace-3 = ضع القيم الجديدة في الروبوت وتحقق من أنه يتصل.
ui-rotate-replace-4 = احذف المفتاح القديم على { -okx }.

## Quick reference (after Step 10)

ui-ref-rail = مرجع سريع
ui-ref-title = مرجع سريع
ui-ref-lead = الإعدادات الصحيحة لمفتاح الروبوت، في لمحة.
ui-ref-credentials-heading = ثلاث بيانات اعتماد
ui-ref-api-key = مفتاح ⁨API⁩: يظهر في صفحة ⁨API⁩ على { -okx }؛ ويعرّف المفتاح.
ui-ref-secret-key = المفتاح السري: يُعرض مرة واحدة، عند إنشاء المفتاح. يوقّع كل طلب.
ui-ref-passphrase = عبارة المرور: تختارها بنفسك في الخطوة 5. لا تستطيع { -okx } استعادتها.
ui-ref-risk = إخلاء المسؤولية عن المخاطر
    .body = قد يُفقدك تداول العملات الرقمية أموالك، بسرعة وبالكامل. النتائج السابقة لأي روبوت لا تضمن النتائج المستقبلية. لا تتداول إلا بما تستطيع تحمّل خسارته، ولا تمنح مفتاح الروبوت صلاحية السحب أبدًا.
ui-ref-about-heading = حول التطبيق
# $version: the app's version; $logs: the folder of its logs; $attribution: the word list's
# credits (from the app).
ui-ref-about = { -app-name } { $version }. السجلات: { $logs }. { $attribution }

## Step 9 and Step 10: the next thing to do, and the details for engineers

# The summary of a disclosure that holds technical details (an address, keychain attributes).
ui-details = التفاصيل
# A button beside a fix made on the key's page on OKX (a key that can withdraw, a changed key).
ui-open-key-page = افتح صفحة هذا المفتاح على { -okx }
# Step 10's primary button after a test found the key can withdraw (it goes back to Step 3).
ui-step10-next-new-key = أنشئ مفتاحًا جديدًا بدون «سحب»
# Step 10's primary button after a failed test (it goes back to Step 9).
ui-step10-next-fix = صحّح القيم في الخطوة 9
# Under “Saved and read back”; the keychain's own names are behind “Details”.
ui-step10-saved-plain = أصبح الآن في سلسلة مفاتيح نظامك. كتبه التطبيق، ثم قرأه وقارن كل قيمة.
# The footer hint on Step 9 while two values are swapped; $button: the swap button's words.
ui-step9-hint-swap = قيمتان في حقلَي بعضهما: اضغط «{ $button }» تحت مفتاح ⁨API⁩.
