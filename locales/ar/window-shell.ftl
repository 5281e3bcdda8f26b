# Words of the window's shell: starting the app, and the window's commands (clipboard, links,
# keychain, report, passphrase, connection test) when they cannot do what was asked.
# Problems: the value is what went wrong, .fix what to do.

## Starting the app (printed in the terminal it was started from, if any)

# No desktop session: the window cannot open. Keep `okx-key-assistant --help`: it is a command.
app-no-display =
    يفتح { -app-name } نافذة، لكن هذه الجلسة ليس فيها شاشة رسومية (لم يُضبط ⁨DISPLAY⁩ ولا ⁨WAYLAND_DISPLAY⁩).
    شغّله من قائمة التطبيقات في سطح المكتب، أو من طرفية داخل جلسة سطح المكتب.
    من دون سطح مكتب، يُجري سطر الأوامر الفحوص نفسها: شغّل ⁨{ -cmd-help }⁩.
# A second launch found the app open, but the open window does not answer.
app-window-not-answering = { -app-name } مفتوح بالفعل، لكن نافذته لا تستجيب. أغلقه (أو أنهِ ⁨{ -cmd-app }⁩ من مدير المهام)، ثم افتح التطبيق مرة أخرى.
# $error: the system's own words, in English.
app-could-not-start = تعذّر بدء تشغيل { -app-name }: { $error }
app-could-not-start-again = تعذّر بدء تشغيل { -app-name } مرة أخرى: { $error }

## The window's commands

app-clipboard-failed = تعذّرت الكتابة في الحافظة.
    .fix = حدّد النص وانسخه بالضغط على ⁨Ctrl+C⁩ بدلًا من ذلك.
app-no-credentials = لا توجد بعدُ بيانات اعتماد مفحوصة لاختبارها.
    .fix = ارجع إلى الخطوة 9، والصق مفتاح ⁨API⁩ والمفتاح السري وعبارة المرور، ثم اضغط «فحص».
app-no-passphrase = لا توجد بعدُ عبارة مرور لنسخها.
    .fix = أنشئ واحدة، أو اكتب واحدة واكتب تأكيدها.
app-browser-failed = تعذّر فتح متصفح الويب.
    .fix = افتح { $url } في متصفحك بنفسك.
app-no-test-result = لا توجد بعدُ نتيجة اختبار لإعداد تقرير عنها.
    .fix = اضغط «اختبار الاتصال» في الخطوة 10 أولًا.
# $path: the file the user picked.
app-report-not-written = تعذّرت كتابة التقرير في { $path }.
    .fix = اختر مجلدًا آخر (مجلدًا يمكنك الكتابة فيه)، أو استخدم «نسخ التقرير» بدلًا من ذلك.
# The title of the "save as" dialog, and the name of its file type.
app-report-dialog-title = حفظ تقرير التأكيد
app-report-dialog-filter = نص

## Bugs in the app (their fix is the app's usual "this is a bug" text)

app-internal-keychain-task = توقفت مهمة سلسلة المفاتيح على نحو غير متوقع.
app-internal-unknown-page = طلبت النافذة صفحة من صفحات ⁨OKX⁩ لا يعرفها التطبيق.
app-internal-scoring-stopped = توقف تقييم عبارة المرور على نحو غير متوقع.
app-internal-generator-stopped = توقف مولّد عبارات المرور على نحو غير متوقع.
app-internal-dialog-stopped = توقفت نافذة الحفظ على نحو غير متوقع.
