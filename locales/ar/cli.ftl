# The command line (okx-key-assistant verify / save / list / delete / simulate).
# Shown in a terminal, to people running a bot or a script: name environment variables and
# options, never buttons, fields or steps.
# Keep as they are, untranslated: the program name okx-key-assistant, the command names
# (verify, save, list, delete, simulate), options (--site, --json, …), their values (global,
# eea, us, tr, auto), environment variables (OKX_API_KEY, …) and the placeholders written in
# capitals in the help (LABEL, SITE, N, COMMAND): people type them.

## Help: what --help prints (and what a usage mistake repeats below the reason)
## Keep the line breaks and the indentation of the option lists: terminals show them as is.

cli-usage =
    { -app-name }: مفتاح ⁨OKX API⁩ آمن لروبوت التداول الخاص بك، مُختبَر ومحفوظ في سلسلة المفاتيح.

    الاستخدام:
      ⁨{ -cmd-app }⁩                يفتح التطبيق
      ⁨{ -usage-verify }⁩
      ⁨{ -usage-save }⁩
      ⁨{ -usage-list }⁩
      ⁨{ -usage-delete }⁩
      ⁨{ -usage-run-brief }⁩
      ⁨{ -usage-check }⁩
      ⁨{ -usage-simulate }⁩
      ⁨{ -usage-command-help }⁩   مزيد من المعلومات عن أمر واحد
      ⁨{ -usage-version }⁩

    يُؤخذ المفتاح من متغيرات البيئة ⁨OKX_API_KEY⁩ و⁨OKX_SECRET_KEY⁩ و⁨OKX_PASSPHRASE⁩
    (ويقرأ ⁨save⁩ الإدخال القياسي أيضًا)، ولا يُؤخذ أبدًا من سطر الأوامر. يمكن للاختبارات والتدريب
    توجيه موقع إلى المحاكي باستخدام ⁨OKX_BASE_URL_GLOBAL⁩ أو ⁨OKX_BASE_URL_EEA⁩ أو ⁨OKX_BASE_URL_US⁩ أو ⁨OKX_BASE_URL_TR⁩
    (⁨http://127.0.0.1:PORT⁩ أو ⁨http://localhost:PORT⁩ فقط).

    حالة الخروج: 0 تم التحقق وآمن (أو تم)؛ 1 فشل؛ 2 استخدام أو إدخال خاطئ؛
    3 تم التحقق لكنه غير آمن (المفتاح يستطيع السحب).

# After the main help. $languages: the language codes, e.g. "en, zh-CN, es-419, ar".
cli-usage-languages =
    اللغة: يقبل كل أمر الخيار --⁨lang CODE⁩ ({ $languages })؛ ومن دونه تحدّد اللغةَ المتغيراتُ ⁨LC_ALL⁩
    أو ⁨LC_MESSAGES⁩ أو ⁨LANG⁩، وتُستخدم الإنجليزية لأي لغة أخرى.

cli-verify-usage =
    الاستخدام: ⁨{ -usage-verify }⁩

    يختبر مفتاح ⁨OKX API⁩ بطلبات موقَّعة للقراءة فقط (لا يُتداول أي شيء ولا يُنقل أبدًا)، ويطبع
    تقرير التأكيد.

    يُؤخذ المفتاح من متغيرات البيئة ⁨OKX_API_KEY⁩ و⁨OKX_SECRET_KEY⁩ و⁨OKX_PASSPHRASE⁩
    (ولا يُؤخذ أبدًا من سطر الأوامر)، أو من مفتاح محفوظ في سلسلة مفاتيح النظام باستخدام --⁨keychain⁩.
    تُنظَّف القيم وتُفحص كما في التطبيق: تُقصّ المسافات الزائدة ويُبلَّغ عنها.

    الخيارات:
      --⁨site SITE⁩        أين أُنشئ المفتاح: ⁨global⁩ (⁨okx.com⁩) أو ⁨eea⁩ (⁨my.okx.com⁩)
                         أو ⁨us⁩ (⁨app.okx.com⁩) أو ⁨tr⁩ (⁨tr.okx.com⁩، ⁨OKX TR⁩). من دونه (أو مع
                         ⁨auto⁩) يجد الاختبار موقع المفتاح ويذكره؛ وعند تسمية موقع،
                         يفشل مفتاح موقع آخر مع ذكر الموقع الذي يعمل فيه
      --⁨demo⁩             المفتاح مفتاح للتداول التجريبي
      --⁨json⁩             يطبع كائن ⁨JSON⁩ واحدًا بدلًا من التقرير
      --⁨keychain LABEL⁩   يختبر المفتاح المحفوظ باسم ⁨LABEL⁩ (بموقعه ووضعه، ما لم يُحدَّدا)
      -h, --⁨help⁩         يعرض هذه المساعدة

    حالة الخروج: 0 تم التحقق وآمن؛ 1 فشل التحقق؛ 2 استخدام أو إدخال خاطئ؛
    3 تم التحقق لكنه غير آمن (المفتاح يستطيع السحب).

cli-save-usage =
    الاستخدام: ⁨{ -usage-save }⁩

    يختبر المفتاح، ثم يحفظه في سلسلة مفاتيح النظام باسم ⁨LABEL⁩ (حروف وأرقام و'_' و'-' و'.'؛
    مثل الاسم الذي أعطيته للمفتاح على ⁨OKX⁩). لا يُحفظ إلا المفتاح الذي تقبله ⁨OKX⁩ ولا يستطيع
    السحب؛ ويُقرأ العنصر المحفوظ للتحقق قبل أن يُعدّ محفوظًا.

    يُؤخذ المفتاح من ⁨OKX_API_KEY⁩ و⁨OKX_SECRET_KEY⁩ و⁨OKX_PASSPHRASE⁩، أو، إذا لم يُضبط أيٌّ منها،
    من الإدخال القياسي: ثلاثة أسطر بترتيب ⁨OKX⁩ (مفتاح ⁨API⁩، المفتاح السري، عبارة المرور)، أو
    ملاحظة أو ملف ⁨env⁩ أو ⁨JSON⁩ بقيم موسومة. ولا يُؤخذ أبدًا من سطر الأوامر.

    الخيارات:
      --⁨site SITE⁩   أين أُنشئ المفتاح: ⁨global⁩ أو ⁨eea⁩ أو ⁨us⁩ أو ⁨tr⁩. من دونه (أو مع ⁨auto⁩)
                    يجد الاختبار موقع المفتاح ويُحفظ المفتاح معه
      --⁨demo⁩        المفتاح مفتاح للتداول التجريبي
      --⁨replace⁩     يستبدل مفتاحًا محفوظًا بالفعل باسم ⁨LABEL⁩ (يبقى القديم حتى يُحفظ الجديد
                    ويُقرأ للتحقق)
      -h, --⁨help⁩    يعرض هذه المساعدة

    يقرأ الروبوت المفتاح المحفوظ من سلسلة المفاتيح: الخدمة ⁨{ -cmd-app }⁩، والمستخدم ⁨LABEL⁩، والسر =
    ⁨JSON⁩ يحوي ⁨api_key⁩ و⁨secret_key⁩ و⁨passphrase⁩ و⁨site⁩ و⁨api_host⁩ و⁨demo⁩ و⁨saved_at⁩.

    حالة الخروج: 0 حُفظ؛ 1 لم يُحفظ (فشل الاختبار، أو رفضت سلسلة المفاتيح)؛ 2 استخدام أو
    إدخال خاطئ؛ 3 لم يُحفظ لأن المفتاح يستطيع السحب.

cli-list-usage =
    الاستخدام: ⁨{ -usage-list }⁩

    يسرد المفاتيح التي حفظها هذا التطبيق في سلسلة مفاتيح النظام: التسمية، ومفتاح ⁨API⁩ (أول 4 وآخر 4
    أحرف)، والموقع، وحقيقي أو تجريبي، ووقت الحفظ. المفتاح الذي يتذكره التطبيق لكنه لم يعد
    في سلسلة المفاتيح يُعلَّم بـ «{ cli-list-missing }».

    الخيارات:
      --⁨json⁩       يطبع مصفوفة ⁨JSON⁩ بدلًا من الجدول
      -h, --⁨help⁩   يعرض هذه المساعدة

    حالة الخروج: 0 تم السرد؛ 1 تعذّرت قراءة سلسلة المفاتيح؛ 2 استخدام خاطئ.

cli-delete-usage =
    الاستخدام: ⁨{ -usage-delete }⁩

    يحذف المفتاح المحفوظ باسم ⁨LABEL⁩ من سلسلة مفاتيح النظام (ومن قائمة التطبيق). يظل المفتاح
    نفسه يعمل على ⁨OKX⁩: احذفه هناك أيضًا إذا لم تعد تستخدمه.

    الخيارات:
      -h, --⁨help⁩   يعرض هذه المساعدة

    حالة الخروج: 0 حُذف؛ 1 لا يوجد مفتاح محفوظ باسم ⁨LABEL⁩، أو رفضت سلسلة المفاتيح؛ 2 استخدام خاطئ.

cli-simulate-usage =
    الاستخدام: ⁨{ -usage-simulate }⁩

    يشغّل نسخة تدريبية من ⁨OKX API⁩ على هذا الحاسوب (127.0.0.1 فقط)، مع مفاتيح تدريبية لكل
    حالة يشرحها التطبيق. يطبع المفاتيح وإعدادات ⁨OKX_BASE_URL⁩_* التي توجّه التطبيق
    (و⁨verify⁩) إليه، ثم يعرض كل طلب حتى تضغط ⁨Ctrl-C⁩.

    الخيارات:
      --⁨port N⁩         منفذ الموقع الأول (الافتراضي 8085)؛ من دون --⁨site⁩ تستخدم المواقع الأربعة
                       المنافذ من N إلى N+3 (⁨global⁩، ⁨eea⁩، ⁨us⁩، ⁨tr⁩)؛ و0 يختار منافذ متاحة
      --⁨site SITE⁩      يشغّل هذا الموقع فقط على N
      --⁨latency-ms N⁩   ينتظر N ميلي ثانية قبل كل رد (الافتراضي 0)
      --⁨skew-ms N⁩      ساعة المحاكي متقدمة بمقدار N ميلي ثانية (سالب: متأخرة)
      -h, --⁨help⁩       يعرض هذه المساعدة

    حالة الخروج: 0 أُوقف بـ ⁨Ctrl-C⁩؛ 1 تعذّر البدء (مثلًا، المنفذ مشغول)؛
    2 استخدام خاطئ.

# After the help of verify and save (and the main help). Keep the ids as they are.
cli-ready-usage =
    جاهز لروبوتك (⁨verify⁩ و⁨save⁩):
      --⁨bot BOT⁩          يتحقق أيضًا من أن الحساب جاهز لهذا الروبوت: ⁨web-platform⁩، ⁨freqtrade⁩،
                         ⁨hummingbot⁩، ⁨python-ccxt⁩، ⁨python-okx⁩، ⁨okx-agent⁩، ⁨passivbot⁩ أو ⁨octobot⁩
                         (وضع الحساب، ووضع المركز، والسوق، ومكان الأموال). يحفظ ⁨save⁩ هذا
                         الاختيار مع المفتاح؛ ويستخدمه ⁨check⁩ و⁨verify --keychain⁩
      --⁨market MARKET⁩    ما يتداوله الروبوت: ⁨spot⁩ (الافتراضي) أو ⁨swap⁩ (العقود الدائمة)

    حالة الخروج 4: المفتاح يعمل ولا يستطيع السحب، لكن الحساب ليس جاهزًا للروبوت بعد
    (يذكر التقرير ما يجب تغييره). تتقدّم 1 و3 على 4.

## Usage mistakes: one line, printed after "okx-key-assistant: " and before the help.
## They never repeat what was typed (it may be a secret pasted in the wrong place), only
## option names the program knows.

# $commands: the command names, separated by commas (verify, save, list, delete, simulate).
cli-unknown-command = أمر غير معروف (الأوامر هي { $commands }).
# $flag: an option name such as --site.
cli-unknown-flag = خيار غير معروف { $flag }.
cli-unknown-flag-credential = خيار غير معروف { $flag }: لا تُقرأ بيانات الاعتماد أبدًا من سطر الأوامر؛ اضبط ⁨OKX_API_KEY⁩ و⁨OKX_SECRET_KEY⁩ و⁨OKX_PASSPHRASE⁩ بدلًا من ذلك.
cli-unknown-flag-hidden = خيار غير معروف (غير معروض، تحسّبًا لاحتوائه على سر).
cli-flag-given-twice = أُعطي { $flag } مرتين.
# $bots: the bot ids, separated by commas.
cli-bot-must-be = يجب أن تكون قيمة --⁨bot⁩ إحدى القيم: { $bots }.
# $markets: spot, swap
cli-market-must-be = يجب أن تكون قيمة --⁨market⁩ إحدى القيم: { $markets }.
cli-market-needs-bot = يُستخدم --⁨market⁩ مع --⁨bot⁩: سمِّ الروبوت أيضًا.
cli-flag-takes-no-value = لا يأخذ { $flag } أي قيمة.
cli-flag-needs-value = يحتاج { $flag } إلى قيمة.
cli-no-arguments = لا يأخذ هذا الأمر أي وسائط أخرى. لا تُقرأ بيانات الاعتماد أبدًا من سطر الأوامر: اضبط ⁨OKX_API_KEY⁩ و⁨OKX_SECRET_KEY⁩ و⁨OKX_PASSPHRASE⁩ بدلًا من ذلك.
cli-too-many-arguments = وسائط كثيرة جدًا (لا تحتوي التسمية على مسافات). لا تُقرأ بيانات الاعتماد أبدًا من سطر الأوامر.
# $sites: the values --site accepts, separated by commas (global, eea, us, tr, auto).
cli-site-must-be = يجب أن تكون قيمة --⁨site⁩ إحدى القيم: { $sites }.
cli-save-needs-label = يحتاج ⁨save⁩ إلى ⁨LABEL⁩ لحفظ المفتاح باسمه.
cli-delete-needs-label = يحتاج ⁨delete⁩ إلى ⁨LABEL⁩ للمفتاح المراد حذفه.
cli-port-must-be = يجب أن تكون قيمة --⁨port⁩ رقمًا من 0 إلى 65535.
cli-latency-must-be = يجب أن تكون قيمة --⁨latency-ms⁩ عددًا صحيحًا من الميلي ثانية.
cli-latency-too-long = يجب ألا تتجاوز قيمة --⁨latency-ms 60000⁩ (دقيقة واحدة).
cli-skew-must-be = يجب أن تكون قيمة --⁨skew-ms⁩ عددًا صحيحًا من الميلي ثانية.
cli-skew-too-large = يجب أن تكون قيمة --⁨skew-ms⁩ ضمن يوم واحد (86400000).
# The fix of a usage mistake in --json output (its message is one of the lines above).
cli-usage-mistake-fix = شغّل الأمر مع --⁨help⁩ لمعرفة طريقة استخدامه.

## How a problem is printed: its message, then on the next line (indented) what to do.

# $fix: what to do (a whole sentence or more).
cli-what-to-do = ما يجب فعله: { $fix }
# A remark printed before the result, that does not stop the command. $note: the remark.
cli-note = ملاحظة: { $note }

## Where the key comes from: the environment variables, standard input or a saved key

# $var: the name of an environment variable, e.g. OKX_PASSPHRASE.
cli-env-not-text = يحتوي { $var } على بايتات ليست نصًا.
    .fix = اضبط { $var } مرة أخرى بلصق القيمة تمامًا كما عرضتها ⁨OKX⁩.
# $var: the name of the one environment variable that is missing.
cli-env-missing-one = { $var } غير مضبوط.
    .fix = { -cli-set-all-three }
# $first, $second: the names of the two environment variables that are missing.
cli-env-missing-two = { $first } و{ $second } غير مضبوطين.
    .fix = { -cli-set-all-three }
-cli-set-all-three = اضبط الثلاثة كلها: ⁨OKX_API_KEY⁩ و⁨OKX_SECRET_KEY⁩ و⁨OKX_PASSPHRASE⁩ (القيم التي عرضتها ⁨OKX⁩ عند إنشاء المفتاح).
# .fix for verify; .fix-save for save, which can also read standard input.
cli-no-key-given = لم يُعطَ أي مفتاح ⁨API⁩.
    .fix = اضبط ⁨OKX_API_KEY⁩ و⁨OKX_SECRET_KEY⁩ و⁨OKX_PASSPHRASE⁩ على القيم التي عرضتها ⁨OKX⁩ عند إنشاء المفتاح، أو استخدم --⁨keychain LABEL⁩ لمفتاح محفوظ.
    .fix-save = اضبط ⁨OKX_API_KEY⁩ و⁨OKX_SECRET_KEY⁩ و⁨OKX_PASSPHRASE⁩، أو مرّر القيم الثلاث (قيمة في كل سطر، بهذا الترتيب) إلى الأمر عبر أنبوب.
# Shown when save waits for the values to be typed or pasted in the terminal.
cli-paste-prompt = الصق مفتاح ⁨API⁩ والمفتاح السري وعبارة المرور، كلًّا في سطر، ثم اضغط ⁨Ctrl-D⁩ (أو ⁨Ctrl-Z⁩ ثم ⁨Enter⁩ على ⁨Windows⁩). ما تلصقه يظهر على الشاشة؛ ولتجنّب ذلك، اضبط ⁨OKX_API_KEY⁩ و⁨OKX_SECRET_KEY⁩ و⁨OKX_PASSPHRASE⁩ بدلًا من ذلك.
cli-paste-prompt-hidden = الصق مفتاح ⁨API⁩ والمفتاح السري وعبارة المرور، كلًّا في سطر، ثم اضغط ⁨Ctrl-D⁩. ما تلصقه لا يظهر على الشاشة (تظهر فواصل الأسطر فقط)؛ ويُلغي ⁨Ctrl-C⁩ العملية.
cli-stdin-not-text = تعذّرت قراءة ما أُعطي عبر الإدخال القياسي كنص.
    .fix = أعطِ القيم الثلاث نصًا عاديًا، قيمة في كل سطر: مفتاح ⁨API⁩، المفتاح السري، عبارة المرور.
# $found: how many of the three values were found (0, 1 or 2).
cli-stdin-values-found = { $found ->
        [zero] لم يُعثر على أي من القيم الثلاث في الإدخال القياسي.
        [one] عُثر على قيمة واحدة من القيم الثلاث في الإدخال القياسي.
        [two] عُثر على قيمتين من القيم الثلاث في الإدخال القياسي.
       *[other] عُثر على { $found } من القيم الثلاث في الإدخال القياسي.
    }
    .fix = أعطِ مفتاح ⁨API⁩ والمفتاح السري وعبارة المرور، قيمة في كل سطر بهذا الترتيب (أو موسومة، مثل "⁨API key⁩: ...").
# $label: the saved key's label.
cli-env-ignored-for-saved-key = ملاحظة: يُختبر المفتاح المحفوظ باسم "{ $label }"؛ ويُتجاهل ⁨OKX_API_KEY⁩ و⁨OKX_SECRET_KEY⁩ و⁨OKX_PASSPHRASE⁩.
# $vars: the settings that are set, e.g. “OKX_BASE_URL_GLOBAL=http://127.0.0.1:8085, OKX_BASE_URL_EEA=http://127.0.0.1:8086”
cli-override-note = ملاحظة: إعدادات التدريب مفعّلة ({ $vars }): تذهب طلبات تلك المواقع إلى خادم تدريب على هذا الحاسوب، لا إلى { -okx }. لا تُرسل المفاتيح المحفوظة من { -okx } إليه أبدًا.
cli-no-data-dir = تعذّر العثور على مجلد بياناتك، لذا لا يمكن الاحتفاظ بقائمة المفاتيح المحفوظة.
    .fix = تأكد من ضبط ⁨HOME⁩ (أو ⁨XDG_DATA_HOME⁩ على ⁨Linux⁩)، ثم شغّل الأمر مرة أخرى.

## verify: what it prints while the test runs (on the terminal only)

cli-progress-reach = جارٍ التحقق من أن ⁨OKX⁩ تستجيب...
cli-progress-clock = جارٍ فحص الساعة...
cli-progress-auth = جارٍ فحص المفتاح بطلبات موقَّعة للقراءة فقط...
cli-progress-other = جارٍ الفحص...

## save

# $label: the label typed; $key: the saved key's API key shortened to its first and last 4
# characters (6d2d…fd7f); $saved_at: when it was saved (2026-11-26T18:00:00.000Z).
cli-already-saved = يوجد بالفعل مفتاح محفوظ بالتسمية "{ $label }": المفتاح { $key } المحفوظ في { $saved_at }.
    .fix = { -cli-replace-or-rename }
# The label is taken by a keychain item this app did not write. $label: the label typed.
cli-already-saved-foreign = يوجد بالفعل مفتاح محفوظ بالتسمية "{ $label }": عنصر لم يكتبه هذا التطبيق.
    .fix = { -cli-replace-or-rename }
-cli-replace-or-rename = أضف --⁨replace⁩ لوضع المفتاح الجديد مكانه (يبقى القديم حتى يُحفظ الجديد ويُقرأ للتحقق)، أو اختر تسمية أخرى.
# $backend: the keychain's name, e.g. "Secret Service (GNOME Keyring)"; $service and $user
# name the keychain item (okx-key-assistant and the label); $replaced: "yes" or "no".
cli-saved = { $replaced ->
        [yes] حُفظ في { $backend } (الخدمة "{ $service }"، المستخدم "{ $user }")، بدلًا من المفتاح المحفوظ سابقًا.
       *[no] حُفظ في { $backend } (الخدمة "{ $service }"، المستخدم "{ $user }").
    }
# Printed above the few lines of Python (keep "pip install keyring": it is a command).
cli-python-snippet-intro = كيف يقرؤه روبوت مكتوب بلغة ⁨Python⁩ (⁨{ -cmd-pip-install-keyring }⁩):

## list and delete

# The column headings of the table of saved keys (capitals, like a terminal table).
cli-list-column-label = التسمية
cli-list-column-api-key = مفتاح ⁨API⁩
cli-list-column-site = الموقع
cli-list-column-mode = الوضع
cli-list-column-saved-at = وقت الحفظ
# The MODE column: a live (real money) key or a Demo Trading key.
cli-list-mode-live = حقيقي
cli-list-mode-demo = تجريبي
# The last column, for a key the app remembers but the keychain no longer has.
cli-list-missing = مفقود من سلسلة المفاتيح
cli-list-empty = لا توجد مفاتيح محفوظة بعد. احفظ واحدًا باستخدام: ⁨{ -cmd-save-label }⁩
# $label: the deleted key's label.
cli-deleted = حُذف المفتاح المحفوظ باسم "{ $label }" من سلسلة المفاتيح. يظل يعمل على ⁨OKX⁩ حتى تحذفه هناك.

## Bugs in the command line itself (its fix is the app's usual "this is a bug" text)

# $error: the system's own words, in English.
cli-internal-runtime = تعذّر على الأمر بدء عمله في الخلفية ({ $error }).
cli-internal-json = تعذّرت كتابة النتيجة بصيغة ⁨JSON⁩ ({ $error }).

# `okx-key-assistant` with no subcommand could not start the window's program.
cli-window-missing = تعذّر فتح النافذة: { $program } غير موجود أو لا يمكن تشغيله ({ $error }).
cli-command-line-missing = تعذّر تنفيذ الأمر: { $program } غير موجود أو لا يمكن تشغيله ({ $error }).
    .fix = أعد تثبيت { -app-name }. الأوامر (⁨verify⁩ و⁨save⁩ و⁨list⁩ و⁨delete⁩ و⁨run⁩ و⁨check⁩) تعمل من دون النافذة.
