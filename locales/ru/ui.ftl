## The desktop interface's own words. Everything else on screen comes from
## the catalog, findings and documents, already localized by the core.

ui-app-title = Rogatory
ui-language-label = Язык
ui-start-title = Новый запрос
ui-start-kinds-label = Вид запроса
ui-loading = Загрузка…
ui-findings-title = Замечания
ui-findings-checking = Проверка…
ui-findings-severity-error = Ошибки
ui-findings-severity-warning = Предупреждения
ui-findings-severity-advice = Рекомендации
ui-finding-basis = Правовое основание
ui-finding-path = Поле
ui-error-title = Не удалось выполнить действие
ui-error-code = Код ошибки

## Each language named in itself, as language pickers do (the same in every locale).
ui-language-en = English
ui-language-fr = Français
ui-language-es = Español
ui-language-ru = Русский
ui-language-ar = العربية
ui-language-zh = 中文
