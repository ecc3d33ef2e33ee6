## The desktop interface's own words. Everything else on screen comes from
## the catalog, findings and documents, already localized by the core.

ui-app-title = Rogatory
ui-language-label = اللغة
ui-start-title = طلب جديد
ui-start-kinds-label = نوع الطلب
ui-loading = جارٍ التحميل…
ui-findings-title = الملاحظات
ui-findings-checking = جارٍ التحقق…
ui-findings-severity-error = الأخطاء
ui-findings-severity-warning = التحذيرات
ui-findings-severity-advice = التوصيات
ui-finding-basis = الأساس القانوني
ui-finding-path = الحقل
ui-error-title = تعذّر تنفيذ هذا الإجراء
ui-error-code = رمز الخطأ

## Each language named in itself, as language pickers do (the same in every locale).
ui-language-en = English
ui-language-fr = Français
ui-language-es = Español
ui-language-ru = Русский
ui-language-ar = العربية
ui-language-zh = 中文
