# Words used across the app: its name and OKX's names for things.
# Terms (starting with "-") are written into messages; they are never shown alone.

-app-name = ⁨OKX Key Assistant⁩
-okx = ⁨OKX⁩


problem-internal = حدث خطأ داخل { -app-name }.
    .fix = هذا خلل في { -app-name }. يُرجى المحاولة مرة أخرى؛ وإذا تكرر ذلك، فأبلغ عنه وأرفق سجل التطبيق.
