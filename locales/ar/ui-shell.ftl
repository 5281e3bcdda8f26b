# The window's frame around the steps (src-ui/main.js, ui/index.html, src-ui/ipc.js): the rail of
# steps on the left, Back/Next at the bottom, the progress line, Start over and its dialog.

## The page

# The window's title, and the name beside the icon at the top of the rail.
ui-app-name = { -app-name }
# A link for keyboard users, shown only when it has the focus; it jumps over the rail.
ui-skip-link = انتقل إلى الخطوة الحالية
# Read by screen readers for the rail (the list of steps on the left).
ui-rail-label = خطوات الدليل

## The rail and the progress line

# Which step a screen is, above its progress bar and in the progress line; $n is 1 to $total.
ui-step-position = الخطوة { $n } من { $total }
# Read by screen readers after a step's name in the rail, in brackets.
ui-rail-done = (مكتملة)
ui-rail-locked = (مقفلة حتى تُقبَل القواعد الذهبية)
# Shown when the mouse rests on a step the user cannot open yet.
ui-rail-locked-tooltip = اقرأ القواعد الذهبية واقبلها أولًا
# Shown beside Next when the user tries to open a later step before accepting the rules.
ui-hint-rules-first = اقرأ القواعد الذهبية واقبلها قبل الخطوة 1.

## Navigation

ui-nav-back = رجوع
ui-nav-next = التالي
# The Next button on the last screen.
ui-nav-finish = إنهاء
ui-start-over = البدء من جديد
ui-more-below = المزيد في الأسفل

## Dialogs

ui-dialog-cancel = إلغاء
ui-dialog-ok = موافق
ui-start-over-dialog = هل تريد البدء من جديد؟
    .text = يمسح هذا تقدّمك وكل ما يحتفظ به التطبيق في الذاكرة (عبارة المرور، والمفاتيح الملصقة، ونتيجة الاختبار). أما المفاتيح المحفوظة في سلسلة المفاتيح فتبقى محفوظة.
    .confirm = البدء من جديد

## When the app's engine cannot be reached

ui-engine-missing = محرّك التطبيق غير متاح.
    .fix = أعد تشغيل { -app-name }.
# The fix shown under an unexpected error from the app's engine (its words come from the engine).
ui-call-failed-fix = حاول مرة أخرى. وإذا تكرر ذلك، فأعد تشغيل التطبيق.

# The progress line at the top of the rail: the guide's Steps 1 to 10 that are done.
ui-progress-steps = اكتملت { $done } من { $total } خطوات
