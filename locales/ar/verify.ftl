# The connection test: its checklist (shown after a test, in the window's Step 10 and in the
# CLI's output), what each check found, and the problems it reports.

## The checklist's titles, one per check, in the order they are shown

check-reach = { -okx } تستجيب
check-clock = الساعة مطابقة لساعة { -okx }
check-auth = قُبل المفتاح والمفتاح السري وعبارة المرور
check-read = يستطيع قراءة الحساب
check-trade = يستطيع التداول
check-withdraw = لا يستطيع السحب
check-ip-binding = مرتبط بعناوين ⁨IP⁩
check-balance = الرصيد قابل للقراءة

## What a check found when it passed (the line under its title)

# $host: the address that answered, e.g. www.okx.com
verify-reach-pass = ردّت { -okx } على { $host }.
# $site: the site's name, e.g. “my.okx.com (EEA)”
verify-auth-pass = قبلت { -okx } المفتاح على { $site }.
# $site: the site's name. The user did not name a site; the test found it.
verify-auth-pass-found = قبلت { -okx } المفتاح على { $site } (عُثر عليه تلقائيًا).
# $skew: how far the clock is off, e.g. “1.2 seconds behind OKX's clock” (verify-skew-…)
verify-clock-pass = ساعة هذا الحاسوب { $skew }.
verify-read-pass = لدى المفتاح صلاحية «قراءة».
verify-trade-pass = لدى المفتاح صلاحية «تداول».
verify-withdraw-pass = لا يستطيع المفتاح سحب الأموال.
# $ips: the IP addresses bound to the key, separated by commas
verify-ip-pass = لا يعمل المفتاح إلا من { $ips }.
verify-ip-pass-read-only = غير مرتبط بعنوان ⁨IP⁩؛ ولا تحتاج مفاتيح القراءة فقط إلى ذلك.
verify-ip-pass-demo = غير مرتبط بعنوان ⁨IP⁩؛ ولا تُحذف مفاتيح التداول التجريبي أبدًا بسبب الخمول.
# $equity: OKX's figure, a decimal number such as 1234.5678; $currencies: currency codes
# separated by commas, e.g. “USDT, BTC”
verify-balance-pass = إجمالي حقوق الملكية { $equity } ⁨USD⁩ في { $currencies }. قارنه بحساب التداول الخاص بك على { -okx }.
# $equity: OKX's figure, a decimal number such as 1234.5678
verify-balance-pass-empty = إجمالي حقوق الملكية { $equity } ⁨USD⁩؛ ولا يحتوي حساب التداول على أي عملات. قارنه بحساب التداول الخاص بك على { -okx }.
# A check that was not run.
verify-skipped = لم يُفحص، لأن فحصًا سابقًا فشل.

## How far this computer's clock is from OKX's. Placed inside other sentences
## (“This computer's clock is …”), in the checklist, the report and its warnings.
# Arabic: always follows "ساعة هذا الحاسوب" (feminine).

verify-skew-within = مطابقة لساعة { -okx } بفارق لا يتجاوز 0.1 ثانية
# $seconds: a decimal number under 10 (e.g. 1.2), or a whole number of seconds from 10 up
verify-skew-behind = متأخرة { $seconds ->
        [zero] { $seconds } ثانية
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
        [many] { $seconds } ثانية
       *[other] { $seconds } ثانية
    } عن ساعة { -okx }
# $seconds: a decimal number under 10 (e.g. 1.2), or a whole number of seconds from 10 up
verify-skew-ahead = متقدمة { $seconds ->
        [zero] { $seconds } ثانية
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
        [many] { $seconds } ثانية
       *[other] { $seconds } ثانية
    } على ساعة { -okx }

## The account's mode, from OKX (shown in the report)

verify-account-mode-spot = التداول الفوري
verify-account-mode-futures = العقود الآجلة
verify-account-mode-multi-currency = هامش متعدد العملات
verify-account-mode-portfolio = هامش المحفظة

## Problems found by the connection test itself

# $skew: how far the clock is off (verify-skew-…)
problem-clock-skew-warn = ساعة هذا الحاسوب { $skew }. ترفض { -okx } الطلبات التي ينحرف وقتها بأكثر من 30 ثانية.
    .fix = { problem-clock-skew-over.fix }
# $skew: how far the clock is off (verify-skew-…)
problem-clock-skew-over = ساعة هذا الحاسوب { $skew }. ترفض { -okx } الطلبات التي ينحرف وقتها بأكثر من 30 ثانية؛ صحّح هذا الاختبار الفرق، لكن روبوتًا على هذا الحاسوب سيُرفض.
    .fix = فعّل "ضبط الوقت تلقائيًا" (والمنطقة الزمنية الصحيحة) في إعدادات التاريخ والوقت في نظامك. وافعل الشيء نفسه على الحاسوب أو الخادم الذي يشغّل الروبوت.
problem-missing-read-permission = لا يُسمح لهذا المفتاح بقراءة حسابك، لذا لا يستطيع الروبوت رؤية الأرصدة أو الأوامر.
    .fix = في صفحة إدارة ⁨API⁩ على { -okx }، عدّل المفتاح وفعّل "قراءة" (و"تداول" لروبوت التداول)، واحفظ، ثم أعد الاختبار.
problem-missing-trade-permission = هذا المفتاح للقراءة فقط: يستطيع الروبوت الذي يستخدمه رؤية حسابك لكنه لا يستطيع التداول.
    .fix = في صفحة إدارة ⁨API⁩ على { -okx }، عدّل المفتاح وفعّل "تداول" (واترك "سحب" مُطفأً)، واحفظ، ثم أعد الاختبار.
problem-withdraw-enabled = هذا المفتاح يستطيع سحب الأموال. أي شخص يحصل عليه يستطيع نقل أموالك إلى خارج { -okx }.
    .fix = احذف هذا المفتاح على { -okx } الآن وأنشئ مفتاحًا جديدًا بصلاحيتَي «قراءة» و«تداول» فقط. روبوت التداول لا يحتاج أبدًا إلى «سحب».
problem-no-ip-binding = هذا المفتاح يستطيع التداول وغير مرتبط بعنوان ⁨IP⁩، لذا تحذفه { -okx } بعد 14 يومًا من عدم الاستخدام.
    .fix = إذا كان الروبوت يعمل على خادم بعنوان ⁨IP⁩ ثابت، فعدّل المفتاح على { -okx } وأضف ذلك العنوان. وإلا فأبقِ الروبوت يعمل: المفتاح المستخدَم لا يُحذف.
# $actual: the name of the site where the key works; $chosen: the site that was tested;
# $id: the --site value of the right site (global, eea, us or tr)
problem-wrong-site = هذا المفتاح يخص { $actual }، وليس { $chosen }. لا يعمل المفتاح إلا على الموقع الذي أُنشئ فيه.
    .fix = { $surface ->
        [cli] أعد الاختبار مع --⁨site⁩ { $id }، واختر { $actual } في الروبوت أيضًا.
       *[window] اختر { $actual } موقعًا لك، هنا وفي الروبوت، ثم أعد الاختبار.
    }
# Replaces OKX's “this key does not exist” once every other site said the same. $site: the
# tested site's name
problem-unknown-key-nowhere = تقول { -okx } إن مفتاح ⁨API⁩ هذا غير موجود على { $site }، ولا على أي موقع آخر من مواقع { -okx }.
# $seconds: the time allowed for the whole test, a whole number
problem-timeout-whole-test = لم ينتهِ اختبار الاتصال خلال { $seconds ->
        [zero] { $seconds } ثانية
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
        [many] { $seconds } ثانية
       *[other] { $seconds } ثانية
    }.
    .fix = تحقق من اتصالك بالإنترنت وأعد الاختبار. إذا كانت { -okx } مشغولة، فانتظر بضع دقائق.
# Tested as Demo Trading, but the key is a live one.
problem-demo-mismatch-live-key = هذا مفتاح للتداول الحقيقي، وليس مفتاحًا للتداول التجريبي.
    .fix = { $surface ->
        [cli] أعد الاختبار بدون --⁨demo⁩، وأطفئ "التداول التجريبي" في الروبوت. وللتدرّب، أنشئ مفتاحًا منفصلًا على { -okx } ووضع التداول التجريبي مفعّل.
       *[window] أطفئ "التداول التجريبي" هنا وفي الروبوت، ثم أعد الاختبار. وللتدرّب، أنشئ مفتاحًا منفصلًا على { -okx } ووضع التداول التجريبي مفعّل.
    }
# Tested as live, but the key is a Demo Trading one.
problem-demo-mismatch-demo-key = هذا مفتاح للتداول التجريبي: لا يعمل إلا عندما يكون التداول التجريبي مفعّلًا.
    .fix = { $surface ->
        [cli] للتدرّب، أعد الاختبار مع --⁨demo⁩ وفعّل "التداول التجريبي" في الروبوت. وللتداول الحقيقي، أنشئ مفتاحًا جديدًا على { -okx } ووضع التداول التجريبي مُطفأ.
       *[window] للتدرّب، فعّل "التداول التجريبي" هنا وفي الروبوت، ثم أعد الاختبار. وللتداول الحقيقي، أنشئ مفتاحًا جديدًا على { -okx } ووضع التداول التجريبي مُطفأ.
    }
# Found before anything is sent. $fields says which values are empty (a key, not words).
problem-malformed-input-empty = { $fields ->
        [api-key] مفتاح ⁨API⁩ فارغ.
        [secret-key] المفتاح السري فارغ.
        [passphrase] عبارة المرور فارغة.
        [api-key-secret-key] مفتاح ⁨API⁩ والمفتاح السري فارغان.
        [api-key-passphrase] مفتاح ⁨API⁩ وعبارة المرور فارغان.
        [secret-key-passphrase] المفتاح السري وعبارة المرور فارغان.
       *[all] مفتاح ⁨API⁩ والمفتاح السري وعبارة المرور كلها فارغة.
    }
    .fix = { $surface ->
        [cli] اضبط ⁨OKX_API_KEY⁩ و⁨OKX_SECRET_KEY⁩ و⁨OKX_PASSPHRASE⁩ على القيم الثلاث التي أعطتك إياها { -okx }، وأعد الاختبار.
       *[window] الصق القيم الثلاث كلها التي أعطتك إياها { -okx } (مفتاح ⁨API⁩ والمفتاح السري وعبارة المرور) وأعد الاختبار.
    }
