# المراقبة: اختبار يومي للمفاتيح المحفوظة والتطبيق مغلق (check --notify، إشعارات سطح المكتب)،
# ومقاييس للخوادم (check --prometheus)، ومفتاح تشغيل الاختبار اليومي وإيقافه
# (watch on|off|status والمفتاح في «مفاتيحي»).
# لا تُترجم: okx-key-assistant وcheck وwatch وon وoff وstatus و--notify و--prometheus
# و--via وsystemd وautostart و--json وFILE وLABEL.
# $label هو الاسم المحفوظ للمفتاح (لا يُترجم)؛ $reason هي رسالة المشكلة نفسها.

# اسم المرسل الذي يعرضه سطح المكتب.
watch-notification-app = { -app-name }

## الإشعارات: العنوان يسمّي المفتاح وما حدث؛ ‎.fix هو الشيء الوحيد المطلوب فعله.

watch-event-withdraw-on = { $label }: هذا المفتاح يستطيع السحب
    .fix = على ⁨OKX⁩، عدّل مفتاح ⁨API⁩ هذا وأوقف صلاحية «سحب»، أو احذفه. وحتى ذلك الحين لن يسلّمه التطبيق لأي روبوت.
watch-event-deleted = { $label }: حذفت ⁨OKX⁩ هذا المفتاح
    .fix = أنشئ مفتاحًا جديدًا بصلاحيتي «قراءة» و«تداول» فقط، مربوطًا بعنوان ⁨IP⁩ الخاص بالروبوت، ثم احفظه في التطبيق من جديد.
# $reason: سبب فشل الاختبار، بكلمات المشكلة نفسها.
watch-event-failed = { $label }: فشل الاختبار. { $reason }
# $days: من 0 إلى 3.
watch-event-days-left = { $days ->
        [0] { $label }: قد تحذف ⁨OKX⁩ هذا المفتاح اليوم
        [one] { $label }: قد تحذف ⁨OKX⁩ هذا المفتاح خلال يوم واحد
        [two] { $label }: قد تحذف ⁨OKX⁩ هذا المفتاح خلال يومين
       *[other] { $label }: قد تحذف ⁨OKX⁩ هذا المفتاح خلال { $days } أيام
    }
# $bot: اسم الروبوت.
watch-event-not-ready = { $label }: غير جاهز لـ { $bot }. { $reason }
watch-event-recovered = { $label }: عاد المفتاح يعمل
    .fix = لا شيء مطلوب: وجده آخر اختبار سليمًا.
# زر الإشعار (حيث يعرض سطح المكتب أزرارًا).
watch-action-open-my-keys = افتح «مفاتيحي»

## مساعدة check: خيارات المراقبة (تُضاف في آخر check --help).

watch-check-usage =
    المراقبة (⁨Linux⁩):
      --⁨notify⁩           أرسل إشعارًا على سطح المكتب لكل مفتاح يحتاج إليك (السحب مفعّل، أو
                         حُذف على ⁨OKX⁩، أو فشل الاختبار، أو بقيت 3 أيام أو أقل وفق قاعدة الـ14
                         يومًا)، ولا شيء حين تكون كلها سليمة؛ ويتكرر الإشعار الذي ما زال صحيحًا
                         في اليوم التالي فقط إلى أن تفتح «مفاتيحي» في التطبيق
      --⁨prometheus FILE⁩  اكتب حالة المفاتيح في ⁨FILE⁩ بصيغة ⁨textfile⁩ الخاصة بـ ⁨node_exporter⁩
                         (كتابة ذرّية؛ وجّه --⁨collector.textfile.directory⁩ إلى مجلده)

## أسطر المراقبة في المساعدة الرئيسية.

watch-cli-usage =
    اختبار المفاتيح كل يوم (⁨Linux⁩):
      ⁨okx-key-assistant check⁩ [⁨LABEL⁩...] [--⁨notify⁩] [--⁨prometheus FILE⁩]
      ⁨okx-key-assistant watch on⁩ [--⁨via systemd⁩|⁨autostart⁩] | ⁨off⁩ | ⁨status⁩ [--⁨json⁩]

## watch --help

watch-usage =
    الاستخدام: ⁨okx-key-assistant watch on⁩|⁨off⁩|⁨status⁩ [--⁨via systemd⁩|⁨autostart⁩] [--⁨json⁩]

    يختبر مفاتيحك المحفوظة كل يوم والتطبيق مغلق، ويخبرك (بإشعار على سطح المكتب) حين يحتاج
    إليك أحدها. مثل المفتاح الموجود في «مفاتيحي».

      ⁨on⁩       ثبّت مؤقِّتًا وخدمة مستخدم لـ ⁨systemd⁩ (يوميًا، ويُعوَّض ما فات إن كان الحاسوب
               مطفأً) في ‎~/.⁨config/systemd/user⁩/‎ يشغّلان "⁨okx-key-assistant check --notify⁩"؛
               وحيث لا يعمل مدير مستخدم لـ ⁨systemd⁩، مدخل تشغيل تلقائي يشغّله عند كل تسجيل دخول
      ⁨off⁩      أزل بالضبط ما ثبّته "⁨on⁩"
      ⁨status⁩   أخبر هل هو مفعّل، ومتى عمل آخر مرة، وماذا وجد

    الخيارات:
      --⁨via systemd⁩|⁨autostart⁩   مع ⁨on⁩: طريقة بدء الاختبار اليومي (من دونه: ⁨systemd⁩ إن كان مدير
                                المستخدم يعمل، وإلا ⁨autostart⁩)
      --⁨json⁩                    اطبع كائن ⁨JSON⁩ واحدًا
      -h, --⁨help⁩                اعرض هذه المساعدة

    ⁨Linux⁩ فقط: لا يُدعم ⁨Windows⁩ (جدولة المهام) ولا ⁨macOS⁩ (⁨launchd⁩) بعد.

watch-usage-missing = اذكر ⁨on⁩ أو ⁨off⁩ أو ⁨status⁩.
watch-via-unknown = يقبل --⁨via⁩ القيمة ⁨systemd⁩ أو ⁨autostart⁩.

## ما تقوله watch on|off|status.

watch-on-systemd = الاختبار اليومي للمفاتيح مفعّل: يشغّله مؤقِّت ⁨systemd⁩ مرة كل يوم.
watch-on-autostart = الاختبار اليومي للمفاتيح مفعّل: يعمل في كل مرة تسجّل فيها الدخول.
# $files: الملفات المكتوبة.
watch-installed-files = ثُبّت: { $files }
watch-off = الاختبار اليومي للمفاتيح متوقف. أُزيل: { $files }
watch-off-already = الاختبار اليومي للمفاتيح كان متوقفًا أصلًا؛ لا شيء لإزالته.
watch-status-on = مفعّل: تُختبر المفاتيح المحفوظة كل يوم.
watch-status-off = متوقف: لا تُختبر المفاتيح المحفوظة والتطبيق مغلق.
# $when: تاريخ ووقت (ISO-8601، UTC).
watch-status-last-run = آخر تشغيل: { $when }.
watch-status-never-run = لم يعمل بعد.
# $checked: عدد المفاتيح المختبرة؛ $found: عدد ما احتاج إليك منها.
watch-status-found = المفاتيح المختبرة: { $checked }. تحتاج إليك: { $found }.
watch-notify-unavailable = تعذّر إرسال إشعار على سطح المكتب: { $error }
    .fix = الاختبار نفسه تمّ؛ نتائجه أعلاه. تحتاج الإشعارات إلى جلسة سطح مكتب فيها خدمة إشعارات.

# $path: ملف أو مجلد؛ $error: السبب الذي ذكره النظام.
watch-error-write = تعذّرت كتابة { $path } أو إزالته: { $error }
    .fix = تأكد أن مجلد الإعدادات (‎~/.⁨config⁩) ملكك وقابل للكتابة، ثم حاول مجددًا.

## المفتاح في «مفاتيحي» (النافذة).

watch-switch-label = اختبر مفاتيحي كل يوم وأخبرني حين يحتاج إليّ أحدها
watch-switch-state-on = مفعّل.
watch-switch-state-off = متوقف.
watch-switch-stopped = توقف تشغيل الفحص اليومي للمفاتيح أو إيقافه بشكل غير متوقع.
