# Talking to OKX: its sites, what its error codes mean and what to do about them, and failures
# of the connection itself (no answer, a cut-off answer, an answer that is not OKX's).

# Where a user manages API keys on OKX's website; written into several fixes.
-okx-key-page = صفحة إدارة ⁨API⁩ على { -okx } («الملف الشخصي» > «⁨API⁩»)

## OKX's sites: each one's name (the website, and in brackets who it is for) and who
## registers there (shown beside each site where the user picks theirs)

# $site: the website, e.g. okx.com
okx-site-name-global = { $site } (عالمي)
okx-site-name-eea = { $site } (المنطقة الاقتصادية الأوروبية ⁨EEA⁩)
okx-site-name-us = { $site } (الولايات المتحدة وأستراليا)
okx-site-name-tr = { $site } (⁨OKX TR⁩، تركيا)
okx-site-region-global = معظم الدول
okx-site-region-eea = المنطقة الاقتصادية الأوروبية (⁨EEA⁩)
okx-site-region-us = الولايات المتحدة وأستراليا
okx-site-region-tr = تركيا (⁨OKX TR⁩)
# A list of the --site values: $ids is all but the last, separated by commas (“global, eea, us”);
# $last the last one (“tr”)
okx-site-id-list = { $ids } أو { $last }
# $value: what the user gave (at most 40 characters)
problem-malformed-input-site = "{ $value }" ليس موقعًا من مواقع { -okx }.
    .fix = استخدم ⁨global⁩ (تسجّل الدخول على ⁨okx.com⁩) أو ⁨eea⁩ (⁨my.okx.com⁩) أو ⁨us⁩ (⁨app.okx.com⁩) أو ⁨tr⁩ (⁨tr.okx.com⁩).

## A setting that points a site at a practice simulator on this computer (OKX_BASE_URL_…)

# $var: the setting's name, e.g. OKX_BASE_URL_GLOBAL; $why: one of okx-override-… below
problem-invalid-setting-override = قيمة { $var } مضبوطة على قيمة يرفضها التطبيق: { $why }.
    .fix = ألغِ ضبط { $var } لاستخدام { -okx } نفسها، أو اضبطه على عنوان استرجاع (⁨loopback⁩) مثل ⁨http://127.0.0.1:8085⁩ (محاكي التدريب).
# $var: the setting, e.g. OKX_BASE_URL_GLOBAL; $url: where it points
problem-real-key-to-override = { $var } مضبوط، لذا سيذهب هذا الطلب إلى { $url } على هذا الحاسوب، لكن هذا المفتاح حُفظ من { -okx } نفسها. لا يرسل التطبيق مفتاحًا حقيقيًا إلى خادم تدريب أبدًا.
    .fix = ألغِ { $var } (في الطرفية: ⁨unset⁩ { $var }) ثم حاول مجددًا. اضبطه فقط أثناء التدرّب مع المحاكي.
# $var: the setting; $host: the real API host, e.g. www.okx.com
problem-practice-key-to-okx = حُفظ هذا المفتاح من محاكي التدريب، لا من { -okx }: لا تعرفه { -okx }، لذا لا يرسله التطبيق إلى { $host }.
    .fix = للتدرّب به، شغّل المحاكي (⁨{ -cmd-simulate }⁩) واضبط { $var } على العنوان الذي يطبعه. أما للبوت فاحفظ مفتاحًا حقيقيًا من { -okx }.
okx-override-not-http = لا يُسمح إلا بـ ⁨http://127.0.0.1:PORT⁩ أو ⁨http://localhost:PORT⁩
okx-override-no-port = يحتاج العنوان إلى منفذ، مثل ⁨http://127.0.0.1:8085⁩
okx-override-not-loopback = ليس عنوان استرجاع (127.0.0.1 أو ⁨localhost⁩)
okx-override-bad-port = يجب أن يكون المنفذ رقمًا من 1 إلى 65535

## OKX's error codes, what they mean and what to do

problem-wrong-passphrase = لم تقبل { -okx } عبارة المرور.
    .fix = أدخل عبارة المرور التي اخترتها عند إنشاء مفتاح ⁨API⁩ هذا على { -okx }. إنها ليست كلمة مرور تسجيل الدخول إلى { -okx } ولا كلمة مرور الأموال، والأحرف الكبيرة مهمة. انسخها من المكان الذي حفظتها فيه. إذا فقدتها، فلا تستطيع { -okx } استعادتها: احذف هذا المفتاح على { -okx } وأنشئ مفتاحًا جديدًا.
problem-wrong-secret = لم تقبل { -okx } توقيع الطلب، وهذا يعني أن المفتاح السري لا يخص مفتاح ⁨API⁩ هذا.
    .fix = انسخ المفتاح السري مرة أخرى من المكان الذي حفظته فيه عند إنشاء المفتاح (لا تعرضه { -okx } إلا مرة واحدة)، دون نقص في أوله أو آخره. إذا لم يعد لديك، فاحذف هذا المفتاح على { -okx } وأنشئ مفتاحًا جديدًا.
problem-unknown-key = لا تتعرّف { -okx } على مفتاح ⁨API⁩ هذا.
    .fix = انسخ مفتاح ⁨API⁩ مرة أخرى كاملًا من { -okx-key-page }. إذا لم يكن المفتاح مدرجًا هناك، فقد حُذف: أنشئ مفتاحًا جديدًا.
# $site: the tested site's name, e.g. “my.okx.com (EEA)”
problem-unknown-key-site = تقول { -okx } إن مفتاح ⁨API⁩ هذا غير موجود على { $site }.
    .fix = تحقق من أنك اخترت الموقع الذي تسجّل الدخول فيه إلى { -okx } (⁨okx.com⁩ أو ⁨my.okx.com⁩ أو ⁨app.okx.com⁩ أو ⁨tr.okx.com⁩): لا يعمل المفتاح إلا على موقعه. ثم انسخ مفتاح ⁨API⁩ مرة أخرى من { -okx-key-page }. إذا لم يعد المفتاح مدرجًا، فقد حُذف (المفاتيح التي تستطيع التداول وغير المرتبطة بعنوان ⁨IP⁩ تُحذف بعد 14 يومًا من عدم الاستخدام): أنشئ مفتاحًا جديدًا.
# Sent as a Demo Trading request, but the key is a live one.
problem-demo-mismatch-not-demo = تقول { -okx } إن هذا المفتاح ليس مفتاحًا للتداول التجريبي، لكنه اختُبر على أنه كذلك.
    .fix = { $surface ->
        [cli] أعد الاختبار بدون --⁨demo⁩. تُنشأ مفاتيح التداول التجريبي على { -okx } أثناء تفعيل وضع التداول التجريبي.
       *[window] أطفئ "التداول التجريبي" وأعد الاختبار. تُنشأ مفاتيح التداول التجريبي على { -okx } أثناء تفعيل وضع التداول التجريبي.
    }
# Sent as a live request, but the key is a Demo Trading one.
problem-demo-mismatch-not-live = تقول { -okx } إن هذا المفتاح ليس مفتاحًا للتداول الحقيقي: يبدو أنه مفتاح للتداول التجريبي.
    .fix = { $surface ->
        [cli] إذا أنشأت المفتاح في وضع التداول التجريبي على { -okx }، فأعد الاختبار مع --⁨demo⁩. للتداول الحقيقي، أنشئ المفتاح ووضع التداول التجريبي مُطفأ.
       *[window] إذا أنشأت المفتاح في وضع التداول التجريبي على { -okx }، ففعّل "التداول التجريبي" هنا وأعد الاختبار. للتداول الحقيقي، أنشئ المفتاح ووضع التداول التجريبي مُطفأ.
    }
problem-clock-skew-rejected = رفضت { -okx } وقت الطلب: ساعة هذا الحاسوب منحرفة بأكثر من 30 ثانية.
    .fix = فعّل "ضبط الوقت تلقائيًا" (والمنطقة الزمنية الصحيحة) في إعدادات التاريخ والوقت في نظامك، ثم أعد الاختبار.
# $ip: this computer's address as OKX saw it
problem-ip-not-allowed-ip = لا يعمل هذا المفتاح إلا من عناوين ⁨IP⁩ معيّنة، وعنوان هذا الحاسوب ({ $ip }) ليس منها.
    .fix = في { -okx-key-page }، عدّل المفتاح وأضف { $ip } إلى عناوين ⁨IP⁩ الخاصة بالمفتاح، ثم أعد الاختبار. إذا كنت ربطت المفتاح بخادم الروبوت عن قصد، فهذا الحاسوب ببساطة ليس ذلك الخادم: أجرِ الاختبار من الخادم، أو أضف هذا العنوان للاختبار ثم أزله بعد ذلك.
problem-ip-not-allowed = لا يعمل هذا المفتاح إلا من عناوين ⁨IP⁩ معيّنة، وعنوان هذا الحاسوب ليس منها.
    .fix = في { -okx-key-page }، عدّل المفتاح وأضف عنوان هذا الحاسوب إلى عناوين ⁨IP⁩ الخاصة بالمفتاح، ثم أعد الاختبار. إذا كنت ربطت المفتاح بخادم الروبوت عن قصد، فهذا الحاسوب ببساطة ليس ذلك الخادم: أجرِ الاختبار من الخادم، أو أضف هذا العنوان للاختبار ثم أزله بعد ذلك.
# $ip: this computer's address as OKX saw it
problem-region-restricted-ip = لا تقدّم { -okx } هذه الخدمة في موقعك الحالي (عنوان ⁨IP⁩ { $ip }).
    .fix = { problem-region-restricted.fix }
problem-region-restricted = لا تقدّم { -okx } هذه الخدمة في بلدك أو منطقتك.
    .fix = تحقق من أنك اخترت الموقع الذي سجّلت فيه (⁨okx.com⁩ أو ⁨my.okx.com⁩ أو ⁨app.okx.com⁩ أو ⁨tr.okx.com⁩)، وراجع قائمة { -okx } للدول والمناطق المدعومة. إذا كنت مسافرًا، فأعد الاختبار من بلدك.
problem-key-frozen = جمّدت { -okx } مفتاح ⁨API⁩ هذا.
    .fix = تواصل مع دعم عملاء { -okx } لمعرفة السبب، أو احذف هذا المفتاح من { -okx-key-page } وأنشئ مفتاحًا جديدًا.
problem-key-frozen-account = تقول { -okx } إن هذا الحساب محظور.
    .fix = تواصل مع دعم عملاء { -okx }. لا يمكن استخدام المفتاح حتى يرفعوا الحظر عن الحساب.
problem-missing-read-permission-code = لا يُسمح لهذا المفتاح بقراءة حسابك.
    .fix = في { -okx-key-page }، عدّل المفتاح وفعّل "قراءة" (و"تداول" لروبوت التداول)، واحفظ، ثم أعد الاختبار.
problem-malformed-input-okx-empty-key = تلقّت { -okx } مفتاح ⁨API⁩ فارغًا.
    .fix = { $surface ->
        [cli] اضبط ⁨OKX_API_KEY⁩ على مفتاح ⁨API⁩ وأعد الاختبار.
       *[window] الصق مفتاح ⁨API⁩ في حقله وأعد الاختبار.
    }
problem-malformed-input-okx-empty-passphrase = تلقّت { -okx } عبارة مرور فارغة.
    .fix = { $surface ->
        [cli] اضبط ⁨OKX_PASSPHRASE⁩ على عبارة المرور وأعد الاختبار.
       *[window] الصق عبارة المرور في حقلها وأعد الاختبار.
    }
problem-malformed-input-okx-empty-part = تقول { -okx } إن جزءًا من الطلب الموقَّع كان فارغًا.
    .fix = { $surface ->
        [cli] تحقق من أن ⁨OKX_API_KEY⁩ و⁨OKX_SECRET_KEY⁩ و⁨OKX_PASSPHRASE⁩ كلها مضبوطة، وأعد الاختبار. إذا تكرر ذلك، فأبلغ عنه: إنه خلل في { -app-name }.
       *[window] تحقق من أن الحقول الثلاثة كلها ممتلئة وأعد الاختبار. إذا تكرر ذلك، فأبلغ عنه: إنه خلل في { -app-name }.
    }
problem-unexpected-response-format = رفضت { -okx } صيغة الطلب. ليس مفتاحك سبب ذلك.
    .fix = أعد الاختبار. إذا تكرر ذلك، فأبلغ عنه: إنه خلل في { -app-name }.
problem-unexpected-response-unauthorised = رفضت { -okx } تفويض هذا المفتاح دون أن تذكر السبب.
    .fix = تحقق من القيم الثلاث وأعد الاختبار. إذا تكرر ذلك، فاحذف هذا المفتاح من { -okx-key-page } وأنشئ مفتاحًا جديدًا.
problem-rate-limited = تتلقى { -okx } الآن طلبات كثيرة جدًا من هذا المفتاح أو من هذه الشبكة.
    .fix = انتظر دقيقة وأعد الاختبار. إذا كان هناك روبوت يعمل بهذا المفتاح بالفعل، فلا بأس: يُعاد ضبط الحد خلال ثوانٍ.
# $host: the address asked, e.g. www.okx.com
problem-okx-unavailable = خدمة { -okx } على { $host } غير متاحة مؤقتًا (صيانة أو ضغط زائد).
    .fix = انتظر بضع دقائق وأعد الاختبار. تعلن { -okx } عن الصيانة في صفحة الحالة وعلى قنواتها في وسائل التواصل الاجتماعي.
problem-timeout-okx = استغرقت { -okx } وقتًا طويلًا جدًا للرد هذه المرة.
    .fix = انتظر لحظة وأعد الاختبار. الاختبار يقرأ فقط، لذا فإعادة المحاولة آمنة.

## Codes this app does not know

# $code: OKX's error code, e.g. 51000
problem-unexpected-response-unknown-code = ردّت { -okx } برمز الخطأ { $code }، وهو رمز لا يعرفه هذا التطبيق.
    .fix = أعد الاختبار بعد قليل. إذا تكرر ذلك، فابحث عن الرمز { $code } في وثائق ⁨API⁩ الخاصة بـ { -okx }، أو اسأل دعم { -okx }.
# $code: OKX's error code; $said: OKX's own message, quoted as it was sent (often English)
problem-unexpected-response-unknown-code-said = ردّت { -okx } برمز الخطأ { $code }، وهو رمز لا يعرفه هذا التطبيق: "{ $said }".
    .fix = { problem-unexpected-response-unknown-code.fix }
problem-unexpected-response-unknown-error = ردّت { -okx } بخطأ لا يعرفه هذا التطبيق.
    .fix = أعد الاختبار بعد قليل. إذا تكرر ذلك، فاسأل دعم { -okx }.
# $said: OKX's own message, quoted as it was sent (often English)
problem-unexpected-response-unknown-error-said = ردّت { -okx } بخطأ لا يعرفه هذا التطبيق: "{ $said }".
    .fix = { problem-unexpected-response-unknown-error.fix }

## Answers that are not OKX's. $host: the address asked, e.g. www.okx.com; $status: the HTTP
## status code, e.g. 200

problem-unexpected-response-redirect = حاول { $host } إرسال الطلب إلى مكان آخر (⁨HTTP⁩ { $status }).
    .fix = تحقق من أنك اخترت الموقع الصحيح. إذا كانت شبكتك تطلب تسجيل الدخول عبر صفحة ويب (شبكة ⁨Wi-Fi⁩ في فندق أو مكتب)، فسجّل الدخول أولًا، ثم أعد الاختبار.
# $kind says what came back (a key, not words).
problem-unexpected-response-not-okx = { $kind ->
        [html] ردّ { $host } بصفحة ويب بدلًا من بيانات { -okx } (⁨HTTP⁩ { $status }).
        [empty] ردّ { $host } بردّ فارغ (⁨HTTP⁩ { $status }).
        [json] ردّ { $host } ببيانات في شكل لا تستخدمه { -okx } (⁨HTTP⁩ { $status }).
       *[garbled] ردّ { $host } بردّ ناقص أو مشوّه (⁨HTTP⁩ { $status }).
    }
    .fix = أعد الاختبار بعد قليل. إذا تكرر ذلك، فقد يكون هناك وكيل (⁨proxy⁩) أو جدار حماية أو صفحة تسجيل دخول لشبكة ⁨Wi-Fi⁩ تعترض الطريق: جرّب شبكة أخرى، وتحقق من أنك اخترت الموقع الصحيح.
# $what says which part of OKX's answer was missing (a key, not words).
problem-unexpected-response-missing = { $what ->
        [time] ردّ { $host } بالقبول لكنه لم يذكر وقت الخادم.
        [config] ردّ { $host } بالقبول لكنه لم يذكر إعدادات المفتاح.
        [instruments] ردّ { $host } بالقبول لكنه لم يذكر قائمة الأدوات المتاحة للتداول.
        [funding] ردّ { $host } بالقبول لكنه لم يذكر أرصدة حساب التمويل.
       *[balance] ردّ { $host } بالقبول لكنه لم يذكر الرصيد.
    }
    .fix = أعد الاختبار بعد قليل. إذا تكرر ذلك، فتحقق من أنك اخترت الموقع الصحيح.
problem-unexpected-response-too-big = أرسل { $host } ردًّا أكبر بكثير مما ترسله { -okx } عادةً، لذا لم تتم قراءته.
    .fix = تحقق من أنك اخترت الموقع الصحيح، ومن عدم وجود وكيل (⁨proxy⁩) أو صفحة تسجيل دخول لشبكة ⁨Wi-Fi⁩ تعترض الطريق، ثم أعد الاختبار.

## The request could not be prepared or sent

# $part says which value could not be sent (a key, not words).
problem-malformed-input-header = { $part ->
        [api-key] يحتوي مفتاح ⁨API⁩ على حرف لا يمكن إرساله إلى { -okx } (مثل فاصل الأسطر).
        [passphrase] تحتوي عبارة المرور على حرف لا يمكن إرساله إلى { -okx } (مثل فاصل الأسطر).
        [signature] يحتوي التوقيع على حرف لا يمكن إرساله إلى { -okx } (مثل فاصل الأسطر).
       *[time] يحتوي الوقت على حرف لا يمكن إرساله إلى { -okx } (مثل فاصل الأسطر).
    }
    .fix = { $surface ->
        [cli] { $part ->
            [api-key] اضبط ⁨OKX_API_KEY⁩ مرة أخرى، تمامًا كما عرضته { -okx }، وأعد الاختبار.
            [passphrase] اضبط ⁨OKX_PASSPHRASE⁩ مرة أخرى، تمامًا كما عرضتها { -okx }، وأعد الاختبار.
           *[other] أعد الاختبار. إذا تكرر ذلك، فأبلغ عنه: إنه خلل في { -app-name }.
        }
       *[window] { $part ->
            [api-key] الصق مفتاح ⁨API⁩ مرة أخرى، تمامًا كما عرضته { -okx }، وأعد الاختبار.
            [passphrase] الصق عبارة المرور مرة أخرى، تمامًا كما عرضتها { -okx }، وأعد الاختبار.
           *[other] أعد الاختبار. إذا تكرر ذلك، فأبلغ عنه: إنه خلل في { -app-name }.
        }
    }
problem-network-error-tls-setup = لم يستطع هذا الحاسوب تجهيز اتصالات آمنة (⁨TLS⁩).
    .fix = أعد تشغيل التطبيق وأعد الاختبار. إذا تكرر ذلك، فأبلغ عنه وأرفق سجل التطبيق.
problem-internal-signing-key = تعذّر تجهيز مفتاح التوقيع.

## The connection failed. $host: the address asked, e.g. www.okx.com

problem-network-error-dns = تعذّر العثور على { $host }: لم يؤدِّ الاسم إلى أي عنوان.
    .fix = تحقق من أن هذا الحاسوب متصل بالإنترنت. إذا كان متصلًا، فربما تحظر شبكتك { -okx }: جرّب شبكة أخرى (مثل نقطة الاتصال في هاتفك).
problem-network-error-refused = رفض { $host } الاتصال.
    .fix = تحقق من اتصالك بالإنترنت ومن إعدادات جدار الحماية أو ⁨VPN⁩ أو الوكيل (⁨proxy⁩)، ثم أعد الاختبار. إذا كنت تتدرب باستخدام المحاكي، فتأكد من أنه لا يزال يعمل.
problem-network-error-reset = انقطع الاتصال بـ { $host } قبل أن ترد { -okx }.
    .fix = أعد الاختبار. إذا تكرر ذلك، فربما يقطع جدار حماية أو ⁨VPN⁩ أو برنامج مكافحة فيروسات أو شبكتك الاتصالات بـ { -okx }: جرّب شبكة أخرى.
problem-network-error-tls = تعذّر إنشاء اتصال آمن (⁨TLS⁩) بـ { $host }.
    .fix = تحقق من صحة التاريخ والوقت على هذا الحاسوب. ميزات "حماية الويب" في برامج مكافحة الفيروسات وشبكات الشركات وصفحات تسجيل الدخول لشبكات ⁨Wi-Fi⁩ العامة قد تُفسد الاتصالات الآمنة: جرّب شبكة أخرى.
# $seconds: the time allowed for one request, a whole number
problem-timeout-request = لم يردّ { $host } خلال { $seconds ->
        [zero] { $seconds } ثانية
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
        [many] { $seconds } ثانية
       *[other] { $seconds } ثانية
    }.
    .fix = تحقق من اتصالك بالإنترنت وأعد الاختبار. إذا كانت { -okx } مشغولة، فانتظر بضع دقائق.
problem-unexpected-response-cut = انقطع الرد القادم من { $host } في منتصفه.
    .fix = أعد الاختبار. إذا تكرر ذلك، فربما تقطع شبكتك أو وكيل (⁨proxy⁩) الاتصال: جرّب شبكة أخرى.
problem-network-error-connect = تعذّر الاتصال بـ { $host }.
    .fix = تحقق من اتصالك بالإنترنت ومن إعدادات جدار الحماية أو ⁨VPN⁩ أو الوكيل (⁨proxy⁩)، ثم أعد الاختبار.
problem-network-error-other = تعذّر إكمال الطلب إلى { $host }.
    .fix = أعد الاختبار. إذا تكرر ذلك، فأبلغ عنه وأرفق سجل التطبيق.
