# The window's "Connect your bot" panel: in Step 10 after a key is saved, and under the list of
# saved keys (its "Connect" button). The steps and values of each bot come from bots.ftl.
# Keep product names as they are: Freqtrade, Hummingbot, ccxt, python-okx, BitcoinEra, 3Commas.
# $label is a saved key's name and $site a website such as my.okx.com: never translated.

## The panel

ui-bot-heading-for = اربط «{ $label }» بالروبوت الخاص بك
ui-bot-lead-live = اختر نوع الروبوت الذي سيستخدم هذا المفتاح. الخطوات والقيم مُعدّة لهذا المفتاح: مفتاح حقيقي على { $site }.
ui-bot-lead-demo = اختر نوع الروبوت الذي سيستخدم هذا المفتاح. الخطوات والقيم مُعدّة لهذا المفتاح: مفتاح للتداول التجريبي على { $site }.
ui-bot-question = أي روبوت سيستخدم هذا المفتاح؟
ui-bot-choose = اختر روبوتًا أعلاه لترى كيف تربطه.
ui-bot-loading = جارٍ إعداد الخطوات لهذا المفتاح…
ui-bot-after-save = عندما يجتاز المفتاح الاختبار ويُحفظ، تظهر هنا خطوات ربطه بالروبوت الخاص بك.

## The kinds of bot (radio buttons: a name and a hint)

ui-bot-kind-web = منصة ويب
    .hint = ⁨BitcoinEra⁩ و⁨3Commas⁩ وغيرها من المواقع التي تلصق فيها المفتاح في نموذج
ui-bot-kind-freqtrade = ⁨Freqtrade⁩
    .hint = روبوت التداول مفتوح المصدر الذي تشغّله في الطرفية
ui-bot-kind-hummingbot = ⁨Hummingbot⁩
    .hint = الروبوت مفتوح المصدر الذي تربطه بالأمر «⁨connect okx⁩»
ui-bot-kind-ccxt = ⁨Python⁩ مع ⁨ccxt⁩
    .hint = برنامجك الخاص بلغة ⁨Python⁩، مع مكتبة ⁨ccxt⁩
ui-bot-kind-python-okx = ⁨Python⁩ مع ⁨python-okx⁩
    .hint = برنامجك الخاص بلغة ⁨Python⁩، مع مكتبة ⁨python-okx⁩ من { -okx }
ui-bot-kind-agent = أداة ⁨agent trade kit⁩ من { -okx }
    .hint = سطر أوامر { -okx } (⁨okx⁩) وخادم ⁨MCP⁩ الخاص به لتطبيقات الذكاء الاصطناعي (⁨okx-trade-mcp⁩)

## The recipe

ui-bot-warnings-heading = ما الذي قد يسوء، وماذا تفعل
ui-bot-steps-heading = الخطوات
ui-bot-credentials-heading = القيم الثلاث للمفتاح
# $n: seconds until the clipboard is cleared.
ui-bot-credentials-hint = { $n ->
        [zero] ينسخ كل زر قيمة واحدة من سلسلة المفاتيح. تُبقى القيمة خارج سجل الحافظة وتُمسح بعد { $n } ثانية.
        [one] ينسخ كل زر قيمة واحدة من سلسلة المفاتيح. تُبقى القيمة خارج سجل الحافظة وتُمسح بعد ثانية واحدة.
        [two] ينسخ كل زر قيمة واحدة من سلسلة المفاتيح. تُبقى القيمة خارج سجل الحافظة وتُمسح بعد ثانيتين.
        [few] ينسخ كل زر قيمة واحدة من سلسلة المفاتيح. تُبقى القيمة خارج سجل الحافظة وتُمسح بعد { $n } ثوانٍ.
        [many] ينسخ كل زر قيمة واحدة من سلسلة المفاتيح. تُبقى القيمة خارج سجل الحافظة وتُمسح بعد { $n } ثانية.
       *[other] ينسخ كل زر قيمة واحدة من سلسلة المفاتيح. تُبقى القيمة خارج سجل الحافظة وتُمسح بعد { $n } ثانية.
    }
ui-bot-not-saved = احفظ المفتاح أولًا: هذه الأزرار تنسخ قيمه من سلسلة المفاتيح.
ui-bot-values-heading = قيم هذا المفتاح
ui-bot-copy = نسخ
ui-bot-copied = نُسخ.

## The list of saved keys

ui-bot-connect = ربط
