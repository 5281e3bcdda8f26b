## My keys: the home of a returning user (src-ui/steps/my-keys.js), and replacing a key

# The rail's first item and the screen's title.
ui-keys-rail = مفاتيحي
ui-keys-title = مفاتيحي
ui-keys-lead = المفاتيح المحفوظة على هذا الحاسوب، كما رآها التطبيق آخر مرة. يسأل «اختبار الكل» { -okx } عن كل مفتاح الآن. إنه يقرأ فقط، ولا يغيّر شيئًا في حسابك.
ui-keys-test-all = اختبار الكل
ui-keys-new = إنشاء مفتاح جديد
ui-keys-loading = جارٍ قراءة المفاتيح المحفوظة…
ui-keys-none = لا يوجد مفتاح محفوظ على هذا الحاسوب بعد. أنشئ مفتاحًا باتباع الدليل، وفي نهايته، في الخطوة 10، احفظه هنا.
# $n: how many keys are being tested.
ui-keys-testing = { $n ->
        [zero] جارٍ اختبار { $n } مفتاح…
        [one] جارٍ اختبار مفتاح واحد…
        [two] جارٍ اختبار مفتاحين…
        [few] جارٍ اختبار { $n } مفاتيح…
        [many] جارٍ اختبار { $n } مفتاحًا…
       *[other] جارٍ اختبار { $n } مفتاح…
    }
# $n: keys tested; $healthy: how many of them are healthy.
ui-keys-tested = { $n ->
        [zero] انتهى الاختبار: { $n } مفتاح، السليم منها { $healthy }.
        [one] انتهى الاختبار: مفتاح واحد، السليم منه { $healthy }.
        [two] انتهى الاختبار: مفتاحان، السليم منهما { $healthy }.
        [few] انتهى الاختبار: { $n } مفاتيح، السليم منها { $healthy }.
        [many] انتهى الاختبار: { $n } مفتاحًا، السليم منها { $healthy }.
       *[other] انتهى الاختبار: { $n } مفتاح، السليم منها { $healthy }.
    }
# The key's site and mode. $site: the site's short name, e.g. Global.
ui-keys-site-live = { $site } (حقيقي)
# The badge on each key: what its latest test said.
ui-keys-health-healthy = سليم
ui-keys-health-can-withdraw = يستطيع السحب: غير آمن للروبوت
ui-keys-health-failed = يحتاج إلى انتباه
ui-keys-health-deleted = حُذف على { -okx }
ui-keys-health-untested = لم يُختبر بعد
ui-keys-health-testing = جارٍ الاختبار…
# The facts under each key, as the latest test saw them.
ui-keys-permissions = الصلاحيات
ui-keys-perm-read = قراءة
ui-keys-perm-trade = تداول
ui-keys-perm-withdraw = سحب
ui-keys-perm-none = لا شيء
ui-keys-perm-unknown = لم تُعرف بعد
ui-keys-ip = الربط بعنوان ⁨IP⁩
ui-keys-ip-none = لا يوجد
ui-keys-last-tested = آخر اختبار
ui-keys-never = لم يُختبر قط
ui-keys-failed-before = فشل آخر اختبار لهذا المفتاح. اضغط «اختبار» لترى السبب وما يجب فعله.
ui-keys-idle-title = قاعدة الأيام الـ14 لدى { -okx }
ui-keys-no-bot = لا يُعطى لأي روبوت: رأى أحد الاختبارات أن «سحب» مفعّلة لهذا المفتاح. لن يعطيه التطبيق لأي روبوت حتى يرى اختبارٌ أن «سحب» أُطفئت مرة أخرى.
ui-keys-missing = لم تعد سلسلة المفاتيح تحتفظ بهذا المفتاح. استبدله، أو احذفه من هذه القائمة.
# Buttons on each key.
ui-keys-test-one = اختبار
ui-keys-replace = استبدال

## Replacing a saved key (My keys' Replace, then Steps 3 to 10)

# A banner above Steps 3 to 10. $label: the saved key's name.
ui-replace-banner = أنت تستبدل المفتاح المحفوظ باسم «{ $label }». أنشئ مفتاحًا جديدًا على { -okx }، والصقه في الخطوة 9، واختبره في الخطوة 10. لا يُستبدل المفتاح المحفوظ إلا عندما يجتاز المفتاح الجديد الاختبار.
ui-replace-cancel = إيقاف الاستبدال
ui-replace-save = استبدال المفتاح المحفوظ
# $label: the saved key's name.
ui-replace-save-lead = اجتاز المفتاح الجديد الاختبار. الحفظ يضعه مكان المفتاح المحفوظ باسم «{ $label }»، ويقرؤه الروبوت بالاسم نفسه.
# After the replacement. $label: the saved key's name.
ui-replace-done-title = أصبح «{ $label }» يحمل المفتاح الجديد. احذف المفتاح القديم على { -okx }:
# $site: the site's short name.
ui-replace-done-1 = افتح صفحة ⁨API⁩ على { $site } (الزر أدناه)، وسجّل الدخول.
# $key: the old API key's first and last four characters, e.g. 6d2d…fd7f.
ui-replace-done-2 = ابحث عن المفتاح القديم: مفتاح ⁨API⁩ الخاص به يبدأ وينتهي مثل { $key }.
ui-replace-done-2-unknown = ابحث عن المفتاح القديم: إنه المفتاح الذي كان الروبوت يستخدمه قبل اليوم.
ui-replace-done-3 = احذفه وأكّد برمز ⁨2FA⁩. إذا كان الروبوت يقرأ المفتاح عند بدء تشغيله فقط، فأعد تشغيله الآن.
ui-replace-open-api = افتح صفحة ⁨API⁩
