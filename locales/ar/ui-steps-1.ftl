# The first screens of the guide (src-ui/steps/intro.js, okx-setup.js, okx-security.js): before
# you start, the golden rules, Steps 1-4 (log in, API management, Trading key, name) and
# Steps 6-8 (permissions, IP restriction, security codes).
# Words in “ ” and the names of OKX's permissions are what OKX's own pages show: use the words
# OKX's site uses in your language.
# A message's .hint is the smaller line under a tick box or choice.

## Before you start

# The step's name in the rail and in the progress line.
ui-start-rail = قبل أن تبدأ
ui-start-title = قبل أن تبدأ
ui-start-lead-1 = يرشدك هذا التطبيق خطوة بخطوة إلى إنشاء مفتاح ⁨API⁩ على { -okx } لروبوت التداول الخاص بك، ثم يتحقق من أن المفتاح مُعَدّ بأمان.
ui-start-lead-2 = خصّص نحو 10 دقائق بلا مقاطعة. ضع علامة على ما لديك بالفعل:
# Read by screen readers for the group of tick boxes below.
ui-start-needs = ما تحتاج إليه
ui-start-verified = حساب موثَّق على { -okx }
    .hint = اكتمل التحقق من الهوية. لا تسمح { -okx } للحسابات غير الموثَّقة بإنشاء مفاتيح ⁨API⁩.
ui-start-2fa = المصادقة الثنائية (⁨2FA⁩) مفعّلة
    .hint = يحمي تطبيقُ مصادقة أو رمزٌ عبر الرسائل القصيرة تسجيلَ دخولك إلى { -okx }.
ui-start-bot = حساب على منصة الروبوت، مع اختيار روبوت
    .hint = ستلصق المفتاح الجديد في ذلك الروبوت في النهاية.
ui-start-passphrase = خطة لعبارة المرور
    .hint = ستختار عبارة مرور للمفتاح. أبقِ مدير كلمات المرور مفتوحًا لحفظها.
ui-start-no-account = ليس لديك حساب على { -okx } بعد؟
    .text = سجّل على { -okx } وأكمل التحقق من الهوية أولًا، ثم عُد إلى هنا. يُحفظ تقدّمك هنا.

## The golden rules (the rules themselves come with the app's report words)

ui-rules-rail = القواعد الذهبية
# The Next button on this screen.
ui-rules-next = فهمت
ui-rules-title = أربع قواعد تحفظ أموالك
ui-rules-lead = اقرأ هذه القواعد قبل أن تغيّر أي شيء على { -okx }. يتحقق التطبيق من القاعدة الأولى نيابةً عنك في النهاية.
ui-rules-ack = قرأت القواعد الأربع وسألتزم بها
# Shown beside the disabled Next button; the quoted words are the start of ui-rules-ack.
ui-rules-ack-needed = ضع علامة على «قرأت القواعد الأربع» للمتابعة.

## Opening OKX's pages in the browser (a button on several steps)

ui-okx-opened = فُتحت في متصفحك.

## Step 1: log in

ui-step1-rail = 1. سجّل الدخول إلى { -okx }
ui-step1-title = سجّل الدخول إلى { -okx }
ui-step1-lead-1 = سجّل الدخول إلى موقع { -okx } الإلكتروني ببريدك الإلكتروني وكلمة المرور، وأدخل رمز ⁨2FA⁩ عندما يُطلب منك.
ui-step1-lead-2 = ابقَ في حسابك الرئيسي. لا تستخدم حسابًا فرعيًا إلا إذا كنت تريد فعلًا أن يتداول الروبوت فيه.
# Above the list of OKX's sites (their names come with the app's site table).
ui-step1-site-question = أين تسجّل الدخول إلى { -okx }؟
ui-step1-site-hint = لكل موقع عنوان ⁨API⁩ خاص به، ولا يعمل المفتاح إلا على الموقع الذي أُنشئ فيه. يتذكر التطبيق اختيارك.
# “Trade › Demo Trading” is OKX's menu.
ui-step1-demo = أتدرّب باستخدام مفتاح للتداول التجريبي
    .hint = تُنشأ مفاتيح التداول التجريبي من «التداول» › «التداول التجريبي» ("⁨Trade⁩ › ⁨Demo Trading⁩")، وتتداول بأموال وهمية. اترك هذا الخيار مُطفأً للروبوت الحقيقي.
ui-step1-open = افتح { -okx } في متصفحي
ui-step1-site-needed = اختر أين تسجّل الدخول إلى { -okx }.

## Step 2: API management

ui-step2-rail = 2. افتح إدارة ⁨API⁩
ui-step2-title = افتح صفحة إدارة ⁨API⁩
ui-step2-lead-1 = على { -okx }، انقر صورة ملفك الشخصي في الزاوية العلوية من الصفحة واختر «الملف الشخصي».
ui-step2-lead-2 = في القائمة، انقر «واجهة برمجة التطبيقات (⁨API⁩)». تعرض تلك الصفحة مفاتيح ⁨API⁩ الخاصة بك.
ui-step2-open = افتح صفحة إدارة ⁨API⁩ على { -okx }
# $address is a web address, e.g. www.okx.com/account/my-api.
ui-step2-address = يفتح الزر { $address } في متصفحك.
ui-step2-seen = أرى صفحة إدارة ⁨API⁩

## Step 3: a Trading key

ui-step3-rail = 3. أنشئ مفتاح تداول
ui-step3-title = أنشئ مفتاحًا للتداول
ui-step3-lead-1 = انقر «أنشِئ مفتاح ⁨API⁩». تسألك { -okx } عن الغرض من المفتاح.
ui-step3-lead-2 = اختر «التداول» ("⁨Trading⁩"). إنه النوع المناسب لروبوت يضع الأوامر. أما «قراءة فقط» ("⁨Read only⁩") فهو للتطبيقات التي تكتفي بمتابعة محفظتك.
ui-step3-why = لماذا «التداول»؟
    .text = يستطيع مفتاح التداول قراءة رصيدك ووضع الأوامر أو إلغاءها. تختار صلاحياته بالضبط في الخطوة 6، حيث يبقى السحب مُطفأً.
ui-step3-chose = اخترت «التداول»

## Step 4: the key's name

ui-step4-rail = 4. سمِّ المفتاح
ui-step4-title = اختر اسمًا لمفتاح ⁨API⁩
ui-step4-lead-1 = تطلب { -okx } اسمًا للمفتاح. لا يراه أحد غيرك؛ وهو يميّز مفاتيحك بعضها عن بعض عندما يكون لديك عدة روبوتات.
ui-step4-lead-2 = استخدم اسم الروبوت لتعرف دائمًا أي مفتاح يخص أي روبوت.
ui-step4-bot = لأي روبوت هذا المفتاح؟
    .placeholder = مثلًا ⁨Grid Bot 1⁩
ui-step4-label = اسم المفتاح على { -okx }
ui-step4-copy = نسخ الاسم
ui-step4-copied = نُسخ. الصقه في حقل الاسم على { -okx }.
# The names are examples of names OKX accepts (letters and digits only): keep them as they are.
ui-step4-examples = أسماء جيدة: ⁨GridBotBTC⁩ و⁨TrendRider2026⁩ و⁨DcaBotMain⁩. حتى 50 حرفًا أو رقمًا.
# Under the name field while the name is fine; $count is its length, $max the longest OKX allows.
ui-step4-label-ok = { $count } من { $max } حرفًا. يبدو جيدًا.

## What is wrong with a key's name (under the name field, and beside the disabled Next)

ui-label-empty = اكتب اسمًا للمفتاح.
ui-label-too-long = طول الاسم { $count } حرفًا؛ وتسمح { -okx } بما يصل إلى { $max }.
ui-label-not-alphanumeric = لا تسمح { -okx } في الاسم إلا بالحروف والأرقام: احذف المسافات والرموز.

## Step 6: permissions

ui-step6-rail = 6. اضبط الصلاحيات
ui-step6-title = اضبط صلاحيات المفتاح
ui-step6-lead = هذه أهم شاشة. فعّل «قراءة» و«تداول». واترك كل ما عداهما مُطفأً.
ui-perm-caption = صلاحيات مفتاح الروبوت
# The permission table's column headings.
ui-perm-col-name = الصلاحية
ui-perm-col-setting = الإعداد
ui-perm-col-why = السبب
# The permissions, as OKX names them; .why is the last column.
ui-perm-read = قراءة (⁨Read⁩)
    .why = تتيح للروبوت رؤية الأرصدة والمراكز وسجل الأوامر.
ui-perm-trade = تداول (⁨Trade⁩)
    .why = تتيح للروبوت وضع الأوامر وإلغاءها.
ui-perm-withdraw = سحب (⁨Withdraw⁩)
    .why = قد تتيح خروج الأموال من حسابك. لا تفعّلها لروبوت أبدًا.
ui-perm-transfer = تحويل (⁨Transfer⁩)
    .why = نقل الأموال بين الحسابات: لا يحتاج إليها الروبوت.
ui-perm-earn = الربح (⁨Earn⁩)
    .why = منتجات الادخار والتخزين (⁨Staking⁩): غير مطلوبة.
ui-perm-subaccount = التحويل إلى الحساب الفرعي (⁨Sub-account transfer⁩)
    .why = نقل الأموال إلى الحسابات الفرعية: غير مطلوبة.
# The setting column's badges.
ui-perm-turn-on = ✓ فعّلها
ui-perm-never = ✗ أبدًا
ui-perm-leave-off = ✗ اتركها مُطفأة
ui-step6-withdraw-off = يبقى السحب مُطفأً
    .text = عندما يكون السحب مُطفأً، لا يمكن أن تخرج أي أموال من حسابك على { -okx } عبر هذا المفتاح، حتى لو سُرق المفتاح. تتحقق الخطوة 10 من ذلك نيابةً عنك.
# Read by screen readers for the group of tick boxes below.
ui-step6-ticks = الصلاحيات التي ضبطتها
ui-step6-read-trade = «قراءة» و«تداول» مفعّلتان
ui-step6-rest-off = «سحب» مُطفأة، وكذلك «تحويل» و«الربح» و«التحويل إلى الحساب الفرعي»

## Step 7: IP restriction

ui-step7-rail = 7. تقييد ⁨IP⁩
ui-step7-title = اربط المفتاح بعنوان ⁨IP⁩ (يُنصح به)
ui-step7-lead-1 = تستطيع { -okx } ربط المفتاح بعنوان ⁨IP⁩ واحد أو أكثر، فلا يعمل إلا من الأماكن التي توافق عليها.
ui-step7-lead-2 = منصة الروبوت التي تشغّل الروبوت نيابةً عنك تذكر عادةً عناوين خوادمها في صفحات المساعدة لديها: استخدم تلك العناوين.
ui-step7-question = أين سيعمل الروبوت؟
ui-step7-fixed = على خادم بعنوان ⁨IP⁩ ثابت
    .hint = أدخل عنوان ⁨IP⁩ هذا في قائمة السماح (القائمة البيضاء) لعناوين ⁨IP⁩ على { -okx } ("⁨IP address⁩"). لن يستطيع استخدام المفتاح إلا ذلك العنوان: وهذا أكثر الإعدادات أمانًا.
ui-step7-changing = على حاسوب منزلي، أو في مكان يتغير فيه عنوان ⁨IP⁩
    .hint = اترك الحقل فارغًا الآن، ليظل الروبوت يعمل عندما يتغير العنوان. يمكنك إضافة عنوان لاحقًا.
ui-step7-idle = تحذف { -okx } المفاتيح الخاملة التي ليس لها عنوان ⁨IP⁩
    .text = المفتاح الذي يستطيع التداول وغير المرتبط بعنوان ⁨IP⁩ تحذفه { -okx } بعد 14 يومًا من عدم الاستخدام. أبقِ الروبوت يعمل، أو اربط المفتاح بعنوان ⁨IP⁩ عندما يصبح لديك عنوان ثابت. لا ينطبق ذلك على مفاتيح التداول التجريبي.
ui-step7-limit = تقبل { -okx } ما يصل إلى 20 عنوانًا لكل مفتاح، تفصل بينها فواصل.

## Step 8: OKX's security codes

ui-step8-rail = 8. أكّد على { -okx }
ui-step8-title = أكّد برموز الأمان
ui-step8-lead = قبل أن تنشئ { -okx } المفتاح، تطلب منك إثبات هويتك. أدخل كل رمز تطلبه، ثم انقر «تأكيد» ("⁨Confirm⁩").
ui-step8-email = رمز عبر البريد الإلكتروني: 6 أرقام تُرسل إلى بريدك الإلكتروني المسجّل على { -okx }.
ui-step8-authenticator = رمز من تطبيق المصادقة: ⁨Google Authenticator⁩ أو ⁨Authy⁩ أو تطبيق مشابه.
ui-step8-sms = رمز عبر الرسائل القصيرة، إذا كنت فعّلت التحقق عبر الهاتف.
ui-step8-keep-open = أبقِ الشاشة التالية مفتوحة
    .text = تعرض { -okx } الآن تفاصيل المفتاح الجديد، ولا يُعرض المفتاح السري إلا هذه المرة فقط. تخبرك الخطوة 9 بما يجب حفظه قبل أن تغلقها.
ui-step8-accepted = قبلت { -okx } رموزي وتعرض المفتاح الجديد
