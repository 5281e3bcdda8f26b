# "Ready for your bot" in the window: Step 10's "What will this key run?" (a bot and a market),
# the card with the readiness the test found, and My keys' line for a key's saved bot. The
# headline and the reasons come from readiness.ftl. Product names stay as they are.

## The two bots the readiness rule added to Connect your bot's list (a name and a hint)

ui-bot-kind-passivbot = ⁨Passivbot⁩
    .hint = الروبوت مفتوح المصدر للعقود الدائمة؛ يحتاج إلى وضع طويل/قصير
ui-bot-kind-octobot = ⁨OctoBot⁩
    .hint = الروبوت مفتوح المصدر بواجهة ويب؛ يستخدم وضع الشراء/البيع

## Step 10, after the key passed

ui-ready-question = ما الذي سيشغّل هذا المفتاح؟
ui-ready-lead = اختر الروبوت وما يتداوله. عندها يتحقق الاختبار أيضًا من أن الحساب جاهز لأول أمر يرسله الروبوت.
ui-ready-bot = الروبوت
ui-ready-bot-none = لم يُختر
ui-ready-market = السوق
ui-ready-test-again = أعد الاختبار بهذا الاختيار
ui-ready-untested = اضغط «أعد الاختبار بهذا الاختيار» للتحقق من الحساب لهذا الروبوت.
ui-ready-none = اختر روبوتًا للتحقق من أن الحساب جاهز له.
# $fix: where on OKX's site to change it (from readiness.ftl)
ui-ready-fix = ما العمل: { $fix }

## My keys

# $bot: the bot's name; $market: spot or perpetual swaps
ui-ready-saved-for = محفوظ لـ { $bot } ({ $market }). اختبر المفتاح لمعرفة ما إذا كان الحساب جاهزًا.
