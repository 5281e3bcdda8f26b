# "Connect your bot": the steps, names and warnings of each bot's recipe (made by the core from
# one saved key's site and mode, shown in the window's "Connect your bot" panel).
# Keep as they are, untranslated: product names (Freqtrade, Hummingbot, ccxt, python-okx,
# BitcoinEra, 3Commas), code (connect okx, set_sandbox_mode, exchange.name, config.json),
# environment variables in capitals, and OKX's error numbers (50119, 50105, 50101, 50110).
# $site is a website such as my.okx.com; $name, $sub and $packages are code, never translated.

# Commands and paths (-cmd-run, …) are terms defined in commands.ftl.

## Names of the values shown with a Copy button

bot-value-site = الموقع الذي تسجّل الدخول فيه
bot-value-api-host = مضيف ⁨API⁩
bot-value-exchange-name = اسم المنصة (⁨exchange.name⁩)
bot-value-env-key = متغير البيئة لمفتاح ⁨API⁩
bot-value-env-secret = متغير البيئة للمفتاح السري
bot-value-env-password = متغير البيئة لعبارة المرور (يسمّيها ⁨Freqtrade⁩ “⁨password⁩”)
bot-value-env-passphrase = متغير البيئة لعبارة المرور
bot-value-sub-domain = النطاق الفرعي (⁨okx_registration_sub_domain⁩)
bot-value-ccxt-class = فئة ⁨ccxt⁩
bot-value-hostname = خيار ⁨hostname⁩ في ⁨ccxt⁩
bot-value-sandbox = مفتاح تشغيل التداول التجريبي
bot-value-domain = قيمة ⁨domain⁩ في ⁨python-okx⁩
bot-value-flag = قيمة ⁨flag⁩ في ⁨python-okx⁩ (1 للتداول التجريبي، و0 للتداول الحقيقي)
bot-value-env-site = الموقع، لأداة ⁨kit⁩
bot-value-env-demo = وضع التداول، لأداة ⁨kit⁩
bot-value-env-base-url = عنوان ⁨API⁩، لأداة ⁨kit⁩

## Captions of the code blocks

bot-code-config = جزء المنصة من ملف ⁨config.json⁩ الخاص بـ ⁨Freqtrade⁩ (لا أسرار فيه)
bot-code-run = شغّله بالمفتاح المحفوظ في سلسلة المفاتيح
bot-code-docker = أو في ⁨Docker⁩ (ينسخ ⁨Docker⁩ المتغيرات الثلاثة من ⁨run⁩ إلى الحاوية؛ لا تُكتب أي قيمة)
bot-code-hummingbot = اكتب هذا في ⁨Hummingbot⁩
bot-code-keyring = برنامج يقرأ المفتاح من سلسلة المفاتيح
bot-code-env = البرنامج نفسه، يقرأ المفتاح الذي يسلّمه إليه ⁨{ -cmd-run }⁩
bot-code-install = ثبّت الأداة
bot-code-mcp = لتطبيق ذكاء اصطناعي (⁨Claude⁩ و⁨Cursor⁩ وغيرهما): إعدادات خادم ⁨MCP⁩ الخاص به

## A web platform (BitcoinEra, 3Commas and the like)

bot-web-step-open = على المنصة، افتح الصفحة التي تضيف فيها منصة تداول (غالبًا باسم «المنصات» أو «مفاتيح ⁨API⁩» أو «ربط منصة»، وبالإنجليزية "⁨Exchanges⁩" أو "⁨API keys⁩" أو "⁨Connect exchange⁩").
bot-web-step-exchange-global = اختر { -okx }. إذا سألتك عن منطقة أو موقع، فاختر الموقع العالمي ({ $site }).
bot-web-step-exchange-eea = اختر خيار { -okx } الخاص بأوروبا ({ $site }؛ قد يكون اسمه «{ -okx } ⁨EEA⁩» أو «⁨MyOKX⁩»). أما خيار «{ -okx }» وحده فيرسل مفتاحك إلى ⁨www.okx.com⁩، حيث لا وجود له.
bot-web-step-exchange-us = اختر «{ -okx } ⁨US⁩» ({ $site }). أما خيار «{ -okx }» وحده فيرسل مفتاحك إلى ⁨www.okx.com⁩، حيث لا وجود له.
bot-web-step-exchange-tr = اختر «{ -okx } ⁨TR⁩» ({ $site }). إذا لم يكن في المنصة خيار { -okx } ⁨TR⁩، فلا تستطيع استخدام هذا المفتاح.
bot-web-step-mode-demo = هذا مفتاح للتداول التجريبي: اختر التداول التجريبي أو الورقي في المنصة مع التداول التجريبي في { -okx }، إن وُجد.
bot-web-step-mode-live = هذا مفتاح حقيقي: اختر التداول الحقيقي، لا الوضع التجريبي في المنصة.
bot-web-step-values = الصق القيم الثلاث بهذا الترتيب، كلًّا منها بزر «نسخ» الخاص بها أدناه: مفتاح ⁨API⁩، ثم المفتاح السري، ثم عبارة المرور.
bot-web-step-ip = إذا ذكرت المنصة عناوين ⁨IP⁩ يجب السماح بها، فأضفها إلى هذا المفتاح في صفحة ⁨API⁩ على { -okx } ({ $site }).
bot-web-step-check = اضغط زر المنصة الذي يفحص الاتصال أو يحفظه: يجب أن يظهر رصيدك أو «متصل» ("⁨Connected⁩").

## What a check shows when something is off (web platforms, Hummingbot)

bot-check-50119 = "⁨API key doesn't exist⁩" (50119): أرسلت المنصة المفتاح إلى موقع آخر من مواقع { -okx }. اختر الخيار الخاص بـ { $site }.
bot-check-50105 = "⁨Wrong passphrase⁩" (50105): الصق عبارة المرور التي أنشأتها لمفتاح ⁨API⁩ هذا، لا كلمة مرور تسجيل الدخول إلى { -okx }.
bot-check-50101-demo = "⁨APIKey does not match current environment⁩" (50101): المنصة تستخدم التداول الحقيقي، وهذا المفتاح للتداول التجريبي.
bot-check-50101-live = "⁨APIKey does not match current environment⁩" (50101): المنصة تستخدم التداول التجريبي، وهذا المفتاح للتداول الحقيقي.
bot-check-50110 = "⁨Your IP is not included in your API key's IP whitelist⁩" (50110): أضف عناوين ⁨IP⁩ الخاصة بالمنصة إلى المفتاح على { -okx }، أو أزل قائمة عناوين ⁨IP⁩ من المفتاح.

## Freqtrade

bot-freqtrade-step-config = ضع جزء المنصة هذا في ملف ⁨config.json⁩: الاسم هو { $name }، وتبقى ⁨key⁩ و⁨secret⁩ و⁨password⁩ فارغة.
bot-freqtrade-step-run = شغّل ⁨Freqtrade⁩ بالسطر أدناه. يضع هذا السطر المفتاح في متغيرات البيئة التي يقرؤها ⁨Freqtrade⁩، لهذا التشغيل فقط، فلا يدخل المفتاح أبدًا في ملف.
bot-freqtrade-step-password = قيمة “⁨password⁩” في ⁨Freqtrade⁩ هي عبارة مرور ⁨API⁩، لا كلمة مرور تسجيل الدخول إلى { -okx }.
bot-freqtrade-no-tr = ليس في ⁨Freqtrade⁩ خيار لـ { -okx } ⁨TR⁩ ({ $site }): منصاته ⁨okx⁩ و⁨myokx⁩ و⁨okxus⁩ تتصل بمواقع { -okx } أخرى، حيث لا وجود لهذا المفتاح (50119).
bot-freqtrade-us-spot = لـ { -okx } ⁨US⁩، منصة ⁨Freqtrade⁩ هي ⁨okxus⁩، وهي تتداول الفوري (⁨spot⁩) فقط: لا عقود آجلة.
bot-freqtrade-demo = هذا مفتاح للتداول التجريبي. وضع ⁨dry run⁩ في ⁨Freqtrade⁩ هو تداول ورقي خاص به؛ أما مفتاح التداول التجريبي فلا يعمل إلا عندما تحمل الطلبات ترويسة التداول التجريبي الخاصة بـ { -okx } (⁨x-simulated-trading: 1⁩).

## Hummingbot

bot-hummingbot-step-connect = في ⁨Hummingbot⁩، اكتب ⁨connect okx⁩.
bot-hummingbot-step-values = عندما يطلب مفتاح ⁨API⁩ والمفتاح السري وعبارة المرور، الصق كلًّا منها بزر «نسخ» الخاص بها أدناه.
bot-hummingbot-step-sub-domain = عندما يسألك عن النطاق الفرعي الذي سجّلت عليه، أجب بـ { $sub } (فأنت تسجّل الدخول على { $site }).
bot-hummingbot-step-check = بعد ذلك يفحص ⁨Hummingbot⁩ المفتاح: ظهور "⁨You are now connected to okx⁩" يعني أنه يعمل.
bot-hummingbot-no-tr = ليس في ⁨Hummingbot⁩ خيار لـ { -okx } ⁨TR⁩ ({ $site }): نطاقاته الفرعية ⁨www⁩ و⁨my⁩ و⁨app⁩ هي مواقع { -okx } أخرى، حيث لا وجود لهذا المفتاح (50119).
bot-hummingbot-demo = هذا مفتاح للتداول التجريبي، وموصّل { -okx } في ⁨Hummingbot⁩ يتداول تداولًا حقيقيًا: سيردّ بالخطأ 50101. استخدم مفتاحًا حقيقيًا، أو التداول الورقي الخاص بـ ⁨Hummingbot⁩.

## Python (ccxt and python-okx)

bot-python-step-install = ثبّت الحزم: ⁨{ -cmd-pip-install }⁩ { $packages } (وعلى ⁨Linux⁩ أيضًا ⁨{ -cmd-secretstorage }⁩).
bot-python-step-keyring = يقرأ البرنامج الأول المفتاح من سلسلة المفاتيح، حيث حفظه هذا التطبيق؛ فلا يدخل المفتاح أبدًا في شيفرتك ولا في ملف.
bot-python-step-env = أو دع ⁨{ -cmd-run }⁩ يسلّم المفتاح إلى البرنامج الثاني لتشغيل واحد، في بيئته.
bot-ccxt-step-password = يسمّي ⁨ccxt⁩ عبارة مرور ⁨API⁩ “⁨password⁩”: هناك توضع عبارة المرور، لا كلمة مرور تسجيل الدخول إلى { -okx }.
bot-python-okx-step-flag = قيمة ⁨flag⁩ في ⁨python-okx⁩ تختار وضع التداول: “1” للتداول التجريبي، و“0” للتداول الحقيقي؛ والقيمة الخاطئة تُقابَل بالخطأ 50101. ويجب أن تكون قيمة ⁨domain⁩ هي عنوان موقعك، وإلا ردّت { -okx } بالخطأ 50119.

## OKX's agent trade kit

bot-agent-step-install = ثبّت أداة ⁨agent trade kit⁩ من { -okx } (تحتاج إلى ⁨Node.js 18⁩ أو أحدث).
bot-agent-step-run = شغّلها باستخدام ⁨{ -cmd-run }⁩: تقرأ الأداة المفتاح والموقع ووضع التداول من البيئة، فلا تحتاج إلى ⁨{ -cmd-okx-config }⁩.
bot-agent-step-mcp = لتطبيق ذكاء اصطناعي، ضع الإعدادات أدناه في قائمة خوادم ⁨MCP⁩ الخاصة به: عندها يشغّل التطبيق الأداة عبر ⁨{ -cmd-run }⁩.
bot-agent-tr = الإصدارات الأقدم من أداة ⁨agent trade kit⁩ من { -okx } لا تعرف إلا المواقع ⁨global⁩ و⁨eea⁩ و⁨us⁩؛ قيمة ⁨OKX_SITE⁩ هي ⁨tr⁩، و⁨OKX_API_BASE_URL⁩ يشير إلى ⁨tr.okx.com⁩.

## The window asked to copy, as plain text, something that looks like a secret

bot-copy-refused = يبدو هذا سرًّا، لذا لم يُنسخ كنص عادي.
    .fix = استخدم أزرار «نسخ» الخاصة بمفتاح ⁨API⁩ والمفتاح السري وعبارة المرور: فهي تُبقي القيمة خارج سجل الحافظة وتمسحها بعد 30 ثانية.

## Passivbot
bot-value-user = اسم الإدخال (⁨user⁩ في إعدادات ⁨Passivbot⁩)
bot-passivbot-step-file = في مجلد ⁨Passivbot⁩ افتح الملف ⁨api-keys.json⁩ (إن لم يكن موجودًا، فانسخ ⁨api-keys.json.example⁩ باسم ⁨api-keys.json⁩).
bot-passivbot-step-entry = أضف الإدخال المعروض أدناه، واسمه «{ $user }»، داخل القوسين المعقوصين الخارجيين للملف.
bot-passivbot-step-values = املأ ⁨key⁩ و⁨secret⁩ و⁨passphrase⁩، كلًّا منها بزر «نسخ» الخاص بها أدناه: مفتاح ⁨API⁩، ثم المفتاح السري، ثم عبارة المرور.
bot-passivbot-step-private = يحتوي هذا الملف الآن على مفتاحك السري: أبقِه على هذا الحاسوب فقط، بحيث لا يقرؤه أحد سواك، ولا تشاركه أو ترفعه إلى أي مكان أبدًا.
bot-passivbot-step-config = في إعدادات ⁨Passivbot⁩ اجعل قيمة ⁨user⁩ هي «{ $user }»، ثم شغّل ⁨Passivbot⁩.
bot-passivbot-code-entry = الإدخال الخاص بـ ⁨api-keys.json⁩ (القيم الثلاث فارغة هنا: الصقها بأزرار «نسخ»)
bot-passivbot-warn-hedge = يتداول ⁨Passivbot⁩ العقود الدائمة في وضع طويل/قصير. فعّله على { -okx } قبل تشغيل الروبوت؛ والاختبار أدناه يخبرك إن كان مفعّلًا.
bot-passivbot-warn-site = يتصل ⁨Passivbot⁩ بـ ⁨www.okx.com⁩. وهذا المفتاح يخص { $site }: راجع توثيق ⁨Passivbot⁩ الخاص بموقعك قبل أن تبدأ.

## OctoBot
bot-octobot-step-open = افتح واجهة الويب في ⁨OctoBot⁩ وانتقل إلى ⁨Accounts⁩، ثم ⁨Exchanges⁩.
bot-octobot-step-exchange = أضف { -okx } كمنصة تداول. المفتاح يخص { $site }: اختر إدخال { -okx } المطابق إن عرض ⁨OctoBot⁩ أكثر من إدخال واحد.
bot-octobot-step-values = الصق القيم الثلاث بأزرار «نسخ» أدناه: ⁨API key⁩ (مفتاح ⁨API⁩)، ثم ⁨API secret⁩ (المفتاح السري)، ثم ⁨password⁩ (عبارة المرور).
bot-octobot-step-demo = هذا مفتاح للتداول التجريبي: فعّل خيار ⁨sandbox⁩ في ⁨OctoBot⁩ لـ { -okx }، إن كان موجودًا في إصدارك.
bot-octobot-step-restart = احفظ، ثم أعد تشغيل ⁨OctoBot⁩ ليتصل بالمفتاح الجديد.
bot-octobot-warn-net = يستخدم ⁨OctoBot⁩ في العقود الدائمة وضع الشراء/البيع (اتجاه واحد). إذا كان حسابك في وضع طويل/قصير، فبدّله على { -okx } أولًا؛ والاختبار أدناه يخبرك.
