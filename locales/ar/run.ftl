# okx-key-assistant run: hands a saved key to one program through its environment.
# Shown in a terminal, on standard error (standard output belongs to the program that runs).
# Keep as they are, untranslated: okx-key-assistant, run, the options (--profile, --verify,
# --no-mask), the profile names (generic, freqtrade, okx-agent), environment variables, and the
# placeholders in capitals (LABEL, COMMAND, ARGS, P): people type them.
# $label is the name a key is saved under (letters, digits, _ - .), never translated.

## Help: what "okx-key-assistant run --help" prints
## Keep the line breaks and the indentation of the lists: terminals show them as is.

run-usage =
    الاستخدام: ⁨{ -usage-run }⁩

    يشغّل ⁨COMMAND⁩ والمفتاحُ المحفوظ باسم ⁨LABEL⁩ في بيئته، بالأسماء التي يقرؤها الروبوت، فلا يدخل
    المفتاح أبدًا في ملف إعدادات ولا في ملف .⁨env⁩ ولا في سجل أوامر الطرفية. لا يحصل أي شيء آخر
    على المفتاح: تُمرَّر وسائط ⁨COMMAND⁩ نفسها كما هي.

    ملفات التعريف (--⁨profile⁩، الافتراضي ⁨generic⁩):
      ⁨generic     OKX_API_KEY⁩ و⁨OKX_SECRET_KEY⁩ و⁨OKX_PASSPHRASE⁩، وأين يعمل المفتاح:
                  ⁨OKX_SITE⁩ (⁨global⁩ أو ⁨eea⁩ أو ⁨us⁩ أو ⁨tr⁩)، و⁨OKX_API_HOST⁩ (مثلًا ⁨eea.okx.com⁩)،
                  و⁨OKX_API_BASE_URL⁩ (⁨https⁩:// ثم المضيف؛ معامل ⁨domain⁩ في ⁨python-okx⁩)
                  و⁨OKX_DEMO⁩ (1 لمفتاح التداول التجريبي، وإلا 0؛ معامل ⁨flag⁩ في ⁨python-okx⁩)
      ⁨freqtrade   FREQTRADE__EXCHANGE__KEY⁩ و⁨FREQTRADE__EXCHANGE__SECRET⁩
                  و⁨FREQTRADE__EXCHANGE__PASSWORD⁩ (عبارة المرور)
                  و⁨FREQTRADE__EXCHANGE__NAME: okx⁩ أو ⁨myokx⁩ (⁨EEA⁩) أو ⁨okxus⁩ (⁨US⁩)
      ⁨okx-agent⁩   ما تقرؤه أداة ⁨agent trade kit⁩ من ⁨OKX: OKX_API_KEY⁩ و⁨OKX_SECRET_KEY⁩
                  و⁨OKX_PASSPHRASE⁩ و⁨OKX_SITE⁩ و⁨OKX_API_BASE_URL⁩ و⁨OKX_DEMO⁩

    الخيارات:
      --⁨profile P⁩   الأسماء المستخدمة (أعلاه)
      --⁨verify⁩      يختبر المفتاح أولًا بطلبات موقَّعة للقراءة فقط، ولا يشغّل شيئًا
                    إذا فشل الاختبار أو كان المفتاح يستطيع السحب
      --⁨no-mask⁩     يمرّر مخرجات ⁨COMMAND⁩ مباشرةً إلى هذه الطرفية دون إخفاء. نادرًا ما
                    يلزم: في الطرفية يعمل ⁨COMMAND⁩ على طرفية زائفة خاصة به، فتعمل الألوان
                    والمطالبات والمفاتيح المكتوبة وحجم النافذة والبرامج بملء الشاشة مع
                    الإخفاء (وفي غير ذلك تمر المخرجات عبر أنابيب). استخدمه حين يحتاج ⁨COMMAND⁩
                    إلى هذه الطرفية نفسها، مثلًا لإيقافه مؤقتًا بـ ⁨Ctrl-Z⁩، مع العلم أن ما
                    يطبعه يظهر كما هو
      --⁨restart-on-change⁩
                    عند استبدال المفتاح المحفوظ باسم ⁨LABEL⁩ (استبدال في مفاتيحي، أو
                    ⁨save --replace⁩) يوقف ⁨COMMAND⁩ ثم يشغّله من جديد بالمفتاح الجديد خلال
                    ثانية؛ وعند حذف المفتاح، أو إن كان الجديد يستطيع السحب، يوقف ⁨COMMAND⁩
                    ويخرج (2 أو 3)
      --⁨grace SECONDS⁩
                    مع --⁨restart-on-change⁩: المدة المتاحة لـ ⁨COMMAND⁩ لينتهي بعد ⁨SIGTERM⁩
                    قبل أن يُوقَف بالقوة (الافتراضي 10)
      -h, --⁨help⁩    يعرض هذه المساعدة

    المفتاح الذي يقول سجلّه المحفوظ إنه يستطيع السحب لا يُسلَّم أبدًا. تُمرَّر ⁨Ctrl-C⁩ وإشارات
    الإنهاء إلى ⁨COMMAND⁩. تذكّر: أي برنامج يعمل باسم مستخدمك يستطيع قراءة بيئة أي عملية،
    وكل برنامج يشغّله ⁨COMMAND⁩ يرث المفتاح.

    ما يُخفى (من دون --⁨no-mask⁩)، في المخرجات القياسية ومخرجات الأخطاء، بأي حالة للأحرف، حتى
    إذا وصل مقسّمًا على عدة عمليات كتابة: المفتاح السري وعبارة المرور كما هما؛ أول 12 حرفًا أو
    أكثر من المفتاح السري؛ وكلاهما بترميز ⁨URL⁩ (مثل %23، و+ مكان المسافة)، وبتهريب ⁨JSON⁩
    (\" \\ \⁨uXXXX⁩)، وبترميز ⁨base64⁩ (الأبجدية القياسية أو الآمنة لـ ⁨URL⁩، مع الحشو = أو من
    دونه)، منفردين أو داخل نص ⁨base64⁩ أطول (هناك يُخفى كل شيء عدا حرف واحد على الأكثر عند كل
    طرف). ما لا يُخفى: أي شكل آخر، مثل الترميز الست عشري، أو التقسيم بفاصل أسطر، أو القلب، أو
    جزء من عبارة المرور، أو جزء من المفتاح السري لا يبدأ من أوله، أو أقل من 12 من أحرفه الأولى.
    يستطيع أي برنامج دائمًا طباعة السر بطريقة لا يعرفها أي مرشِّح.

    الإشارات: تصل ⁨Ctrl-C⁩ و⁨SIGTERM⁩ و⁨SIGHUP⁩ إلى ⁨COMMAND⁩ مرة واحدة، حتى عند إرسالها إلى مجموعة
    العمليات كلها (⁨kill⁩ %1)؛ والإشارة التي كانت متجاهَلة عند بدء ⁨run⁩ (⁨nohup⁩) تبقى متجاهَلة لدى
    ⁨COMMAND⁩.

    حالة الخروج: حالة ⁨COMMAND⁩ نفسها (128 + N عندما توقفه الإشارة N). عندما لا يُشغَّل ⁨COMMAND⁩:
    1 تعذّرت قراءة سلسلة المفاتيح أو فشل --⁨verify⁩؛ 2 استخدام خاطئ أو لا يوجد مفتاح محفوظ
    باسم ⁨LABEL⁩؛ 3 المفتاح يستطيع السحب؛ 126 تعذّر تشغيل ⁨COMMAND⁩؛ 127 لم يُعثر على ⁨COMMAND⁩.

## Usage mistakes (one line, shown above the help)

run-label-missing = يحتاج ⁨run⁩ إلى ⁨LABEL⁩ لمفتاح محفوظ، ثم -- والأمر المراد تشغيله.
run-command-missing = يحتاج ⁨run⁩ إلى الأمر المراد تشغيله بعد --: ⁨{ -cmd-run-command }⁩
run-profile-invalid = يجب أن تكون قيمة --⁨profile⁩ إحدى القيم: ⁨generic⁩ أو ⁨freqtrade⁩ أو ⁨okx-agent⁩.
run-grace-invalid = يجب أن تكون قيمة --⁨grace⁩ عددًا صحيحًا من الثواني، من 0 إلى 3600.
run-grace-without-restart = يُستخدم --⁨grace⁩ مع --⁨restart-on-change⁩: إنه المدة المتاحة لأمر أُوقف كي ينتهي.

## Why a key is not handed over (each with what to do)

run-refused-recorded-withdraw = لم يُشغَّل الأمر: المفتاح المحفوظ باسم «{ $label }» يستطيع السحب، لذا يستطيع من يحمله نقل أموالك إلى خارج { -okx }.
    .fix = احذف هذا المفتاح من صفحة ⁨API⁩ على { -okx }، وأنشئ مفتاحًا جديدًا لا تُفعّل فيه إلا «قراءة» و«تداول»، واحفظه، ثم شغّله هو.
run-refused-withdraw = لم يُشغَّل الأمر: يُظهر الاختبار أن المفتاح المحفوظ باسم «{ $label }» يستطيع السحب، لذا يستطيع من يحمله نقل أموالك إلى خارج { -okx }.
    .fix = احذف هذا المفتاح من صفحة ⁨API⁩ على { -okx }، وأنشئ مفتاحًا جديدًا لا تُفعّل فيه إلا «قراءة» و«تداول»، واحفظه، ثم شغّله هو.
run-refused-seen-withdraw = لم يُشغَّل الأمر: آخر اختبار للمفتاح المحفوظ باسم «{ $label }» تلقّى ردًا من { -okx } وجد السحب مفعّلًا. يبقى مرفوضًا حتى يرى اختبارٌ يصل إلى { -okx } أن السحب مُطفأ.
    .fix = أطفئ السحب لهذا المفتاح في صفحة ⁨API⁩ على { -okx } (أو احذفه وأنشئ مفتاحًا جديدًا لا تُفعّل فيه إلا «قراءة» و«تداول»)، ثم اختبره مجددًا: «اختبار» في «مفاتيحي»، أو ⁨{ -cmd-check }⁩ { $label }.
run-refused-not-verified = لم يُشغَّل الأمر: المفتاح المحفوظ باسم «{ $label }» لم يجتز الاختبار.
    .fix = أصلح ما وجده الاختبار (يعرض ⁨{ -cmd-verify-keychain }⁩ { $label } التقرير كاملًا)، ثم شغّل الأمر مرة أخرى.

## Notes before the command starts

# $label: the saved key's label.
run-verified = اجتاز المفتاح المحفوظ باسم «{ $label }» الاختبار، ولا يستطيع السحب.
run-note-freqtrade-no-site = ملاحظة: ليس في ⁨Freqtrade⁩ اسم منصة لـ { -okx } ⁨TR⁩، لذا لم يُضبط ⁨FREQTRADE__EXCHANGE__NAME⁩؛ لا يعمل هذا المفتاح إلا مع ⁨tr.okx.com⁩.
run-note-freqtrade-demo = ملاحظة: هذا مفتاح للتداول التجريبي. وضع ⁨dry_run⁩ في ⁨Freqtrade⁩ هو تداول ورقي خاص به؛ أما مفتاح التداول التجريبي فلا يعمل إلا عندما تحمل الطلبات ترويسة التداول التجريبي الخاصة بـ { -okx } (⁨x-simulated-trading: 1⁩).
run-note-agent-tr = ملاحظة: الإصدارات الأقدم من أداة ⁨agent trade kit⁩ من { -okx } لا تعرف إلا المواقع ⁨global⁩ و⁨eea⁩ و⁨us⁩؛ قيمة ⁨OKX_SITE⁩ هي ⁨tr⁩، و⁨OKX_API_BASE_URL⁩ يشير إلى ⁨tr.okx.com⁩.

## When the command cannot start

run-command-not-found = لم يُعثر على الأمر المراد تشغيله.
    .fix = تحقق من اسمه، أو أعطِ مساره الكامل (مثلًا /⁨usr/bin/python3⁩).
# $error: the operating system's reason, in English.
run-command-not-started = تعذّر تشغيل الأمر ({ $error }).
    .fix = تأكد من أنه برنامج يُسمح لك بتشغيله (للنص البرمجي: ⁨chmod +x⁩ وسطر #!).

## --restart-on-change: تغيّر المفتاح المحفوظ باسم LABEL أثناء عمل الأمر (على stderr)

# $label: تسمية المفتاح المحفوظ.
run-restart-replaced = استُبدل المفتاح المحفوظ باسم “{ $label }”: يجري إيقاف الأمر وتشغيله من جديد بالمفتاح الجديد.
run-restart-deleted = حُذف المفتاح المحفوظ باسم “{ $label }”: يجري إيقاف الأمر.
run-restart-refused = استُبدل المفتاح المحفوظ باسم “{ $label }” بمفتاح لا يجوز تسليمه: يجري إيقاف الأمر.
run-restart-unreadable = تعذّرت قراءة المفتاح المحفوظ باسم “{ $label }” لمعرفة هل تغيّر: يستمر الأمر بالمفتاح الذي لديه.

## okx-key-assistant unit: خدمة مستخدم في systemd تشغّل روبوتًا عبر run

# بعد قائمة الأوامر في المساعدة الرئيسية.
unit-cli-usage =
      ⁨{ -usage-run-restart }⁩
      ⁨{ -usage-unit-brief }⁩

unit-usage =
    الاستخدام: ⁨{ -usage-unit }⁩

    يطبع خدمة مستخدم في ⁨systemd⁩ تشغّل ⁨COMMAND⁩ عبر ⁨{ -cmd-run }⁩ بالمفتاح المحفوظ
    باسم ⁨LABEL⁩. لا تحوي الخدمة أي سر: يقرأ ⁨run⁩ المفتاح من سلسلة المفاتيح في كل تشغيل.
    يعيد ⁨systemd⁩ تشغيل ⁨COMMAND⁩ إذا فشل (لا إن كان المفتاح مفقودًا أو يستطيع السحب)، ويوقفه
    بالطريقة التي يمرّر بها ⁨run⁩ الإشارات (⁨KillMode⁩=⁨mixed⁩).

    ثبّتها بـ ⁨{ -cmd-systemctl-edit }⁩ (الصق النص)، أو احفظها باسم
    ⁨{ -path-unit-file }⁩ ثم شغّل ⁨{ -cmd-systemctl-reload }⁩؛ وبعدها
    ⁨{ -cmd-systemctl-enable }⁩. يجب أن تكون سلسلة المفاتيح مفتوحة للخدمة.
    يبدأ ⁨COMMAND⁩ في المجلد الذي شُغّل فيه ⁨unit⁩.

    الخيارات:
      --⁨profile P⁩           الأسماء المستخدمة (انظر ⁨{ -cmd-run-help }⁩)
      --⁨restart-on-change⁩   يعيد تشغيل ⁨COMMAND⁩ عند استبدال المفتاح (انظر ⁨run --help⁩)
      -h, --⁨help⁩            يعرض هذه المساعدة

unit-label-missing = يحتاج ⁨unit⁩ إلى ⁨LABEL⁩ لمفتاح محفوظ، ثم -- والأمر المراد تشغيله.
unit-command-missing = يحتاج ⁨unit⁩ إلى الأمر المراد تشغيله بعد --: ⁨{ -cmd-unit-command }⁩
# $error: سبب نظام التشغيل، بالإنجليزية.
unit-no-program = تعذّر معرفة مكان تثبيت هذا البرنامج ({ $error }).
    .fix = شغّل ⁨{ -cmd-app }⁩ بمساره الكامل.
# وصف الخدمة في سطر واحد (يعرضه systemctl status). $command: اسم البرنامج.
unit-description = { $command } بالمفتاح المحفوظ باسم “{ $label }” (⁨OKX Key Assistant⁩)
