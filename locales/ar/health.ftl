# Keeping saved keys healthy: "okx-key-assistant check" (and the window's My keys, later).
# Each saved key is tested again and compared with what the app saw the last time it worked.
# Keep as they are, untranslated: okx-key-assistant, check, save, --json, --replace, LABEL,
# the JSON keys (label, okx_label, drift, idle_rule). The permission names are written as in
# the other Arabic files: «قراءة» (Read), «تداول» (Trade), «سحب» (Withdraw).
# $site is a site's name (e.g. "OKX (global, okx.com)"); $url is the site's API page;
# $before and $after are IP lists ("127.0.0.1, 5.6.7.8") or OKX labels, never translated.

## Drift: what changed on OKX since the key last worked.
## The message says what changed; .fix what to do. Shown in the terminal and in the window.

health-drift-withdraw-turned-on =
    فُعّلت صلاحية «سحب» لهذا المفتاح منذ آخر اختبار له. المفتاح الذي يستطيع السحب يمكنه إفراغ حسابك إذا تسرّب يومًا.
    .fix = على ⁨OKX⁩، عدّل مفتاح ⁨API⁩ هذا وأطفئ «سحب» (أو احذف المفتاح وأنشئ مفتاحًا جديدًا بصلاحيتي «قراءة» و«تداول» فقط)، ثم اختبره مرة أخرى.

health-drift-trade-lost =
    كان هذا المفتاح يستطيع التداول ولم يعد يستطيع: أُطفئت صلاحية «تداول» على ⁨OKX⁩. لا يستطيع الروبوت وضع أوامر به.
    .fix = على ⁨OKX⁩، عدّل مفتاح ⁨API⁩ هذا وفعّل «تداول» مرة أخرى، أو أنشئ مفتاحًا جديدًا بصلاحيتي «قراءة» و«تداول».

health-drift-ip-list-changed =
    تغيّرت عناوين ⁨IP⁩ المرتبطة بهذا المفتاح: كانت { $before }، وأصبحت { $after }.
    .fix = إذا لم تغيّرها أنت، فسجّل الدخول إلى ⁨OKX⁩ وتحقّق ممّن غيّرها. تأكد من أن عنوان الخادم الذي يعمل عليه الروبوت موجود في القائمة، وإلا رُفض الروبوت.

health-drift-label-changed =
    تغيّر اسم هذا المفتاح على ⁨OKX⁩ من «{ $before }» إلى «{ $after }».
    .fix = لا شيء عليك فعله إذا كنت أنت من غيّر اسمه. وإن لم تكن أنت، فسجّل الدخول إلى ⁨OKX⁩ وراجع إعدادات أمان حسابك.

health-drift-deleted-on-okx =
    لم تعد ⁨OKX⁩ تعرف هذا المفتاح على { $site }، حيث كان يعمل: لقد حُذف على ⁨OKX⁩، إما بيدك أو بقاعدة الأيام الـ14 لدى ⁨OKX⁩ (المفتاح الذي لديه صلاحية «تداول» وغير المرتبط بعنوان ⁨IP⁩ يُحذف بعد 14 يومًا من عدم الاستخدام).
    .fix = { $surface ->
        [cli] أنشئ مفتاحًا جديدًا على { $url }، مرتبطًا بعنوان ⁨IP⁩ الخاص بالروبوت حتى لا يتكرر هذا، ثم احفظه بالاسم نفسه باستخدام: ⁨{ -cmd-save-replace }⁩
       *[window] اضغط «استبدال» لإنشاء مفتاح جديد بالاسم نفسه، مرتبط بعنوان ⁨IP⁩ الخاص بالروبوت حتى لا يتكرر هذا. ثم احذف المفتاح القديم على ⁨OKX⁩ إذا كان لا يزال مدرجًا في { $url }.
    }

# Stands for an empty IP list in health-drift-ip-list-changed.
health-ip-none = لا شيء
# Stands for a key without a name on OKX in health-drift-label-changed.
health-label-none = بلا اسم

## The 14-day rule, for a live key with Trade (or Withdraw) and no IP binding.
## $days: whole days since the app last saw the key work; $left: 14 minus that (never below 0);
## $limit: 14.

health-idle-rule =
    تحذف ⁨OKX⁩ المفتاح الذي لديه صلاحية «تداول» وغير المرتبط بعنوان ⁨IP⁩ بعد { $limit } يومًا من عدم الاستخدام. آخر مرة رأى فيها هذا التطبيق هذا المفتاح يعمل كانت { $days ->
        [0] اليوم
        [one] قبل يوم واحد
        [two] قبل يومين
        [few] قبل { $days } أيام
        [many] قبل { $days } يومًا
       *[other] قبل { $days } يوم
    }؛ وإن لم يستخدمه شيء منذ ذلك الحين، { $left ->
        [0] فربما حذفته ⁨OKX⁩ بالفعل.
        [one] فقد بقي له يوم واحد.
        [two] فقد بقي له يومان.
        [few] فقد بقيت له { $left } أيام.
        [many] فقد بقي له { $left } يومًا.
       *[other] فقد بقي له { $left } يوم.
    } استخدام الروبوت نفسه يُحتسب أيضًا (أي طلب موقَّع يُحتسب)، ولا يستطيع هذا التطبيق رؤيته.
    .fix = الحل الدائم: على ⁨OKX⁩، عدّل المفتاح واربطه بعنوان ⁨IP⁩ الخاص بالروبوت (العنوان العام للخادم الذي يعمل عليه). المفتاح المرتبط بعنوان ⁨IP⁩ لا يُحذف أبدًا بسبب عدم الاستخدام.

## The history file (key-history.json in the app's data folder; no secrets in it).
## $path is a file path, $error the system's reason, both as they are.

health-history-unwritable =
    جرت الاختبارات، لكن تعذّرت كتابة سجلها في { $path }: { $error }.
    .fix = تحقق من أن هذا المجلد موجود ومن أنه يُسمح لك بالكتابة فيه، ثم شغّل الاختبار مرة أخرى.
health-history-encode-failed = تعذّرت كتابة سجل المفاتيح (خطأ داخلي).

## okx-key-assistant check: the help and one line per key.
## Keep the line breaks and the indentation of the option list: terminals show them as is.

health-usage =
    الاستخدام: ⁨{ -usage-check }⁩

    يختبر المفاتيح المحفوظة في سلسلة مفاتيح النظام (كلها، أو المفاتيح المذكورة بأسمائها ⁨LABEL⁩) دفعة
    واحدة، كلًّا على موقعه وفي وضعه، بطلبات موقَّعة للقراءة فقط (لا يُتداول أي شيء ولا يُنقل أبدًا).
    ويذكر ما تغيّر منذ آخر مرة عمل فيها كل مفتاح: تفعيل «سحب»، أو فقدان «تداول»، أو تغيّر قائمة
    عناوين ⁨IP⁩ أو الاسم، أو حذف المفتاح على ⁨OKX⁩. يُضاف كل اختبار إلى السجل القصير للمفتاح (آخر 50
    اختبارًا له، ولا أسرار فيه أبدًا) في مجلد بيانات التطبيق.

    الخيارات:
      --⁨json⁩       يطبع مصفوفة ⁨JSON⁩ واحدة: كائن ⁨verify --json⁩ لكل مفتاح، مع اسمه المحفوظ
                   في ⁨label⁩ (وينتقل اسمه على ⁨OKX⁩ إلى ⁨okx_label⁩)، إضافةً إلى ⁨drift⁩ و⁨idle_rule⁩
      -h, --⁨help⁩   يعرض هذه المساعدة

    حالة الخروج: 0 كل المفاتيح سليمة؛ 1 فشل مفتاح، أو حُذف على ⁨OKX⁩، أو فقد «تداول»؛
    2 استخدام خاطئ، أو لا يوجد مفتاح محفوظ؛ 3 مفتاح يستطيع السحب (3 تتقدّم على 1).

# After health-usage (check --help).
health-usage-ready =
    المفتاح المحفوظ مع روبوت (⁨save LABEL --bot BOT⁩) يُفحص أيضًا لهذا الروبوت: وضع الحساب،
    ووضع المركز، والسوق، ومكان الأموال؛ ويحصل ⁨JSON⁩ على كائن ⁨readiness⁩ الخاص به.
    حالة الخروج 4: كل المفاتيح سليمة، لكن حسابًا ما ليس جاهزًا لروبوت مفتاحه.

# The result column of a key's line.
health-result-healthy = سليم
health-result-can-withdraw = يستطيع السحب: غير آمن للروبوت
# $reason: the first problem's message.
health-result-failed = فشل: { $reason }
health-result-deleted = حُذف على ⁨OKX⁩
health-test-stopped = توقّف اختبار هذا المفتاح على نحو غير متوقع (خطأ داخلي).

health-no-keys =
    لا يوجد مفتاح محفوظ بعد، لذا لا شيء لفحصه.
    .fix = احفظ مفتاحًا أولًا باستخدام: ⁨{ -cmd-save-label }⁩

# $before, $after: the account modes' names (Spot, Futures, Multi-currency margin, Portfolio margin)
health-drift-account-mode-changed =
    تغيّر وضع الحساب على { -okx } من { $before } إلى { $after }.
    .fix = لا شيء عليك إن كنت أنت من غيّره. اختبر المفتاح مرة أخرى مع روبوته: بعض الروبوتات تحتاج إلى وضع معيّن (انظر «جاهز لروبوتك»).
# $before, $after: Buy/sell mode or Long/short mode
health-drift-position-mode-changed =
    تغيّر وضع المراكز في الحساب على { -okx } من { $before } إلى { $after }.
    .fix = لا شيء عليك إن كنت أنت من غيّره. الروبوت الذي يحتاج إلى الوضع الآخر تُرفض أوامره على العقود الدائمة: اختبر المفتاح مرة أخرى مع روبوته.
