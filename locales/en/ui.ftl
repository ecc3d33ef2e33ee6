## The desktop interface's own words. Everything else on screen comes from
## the catalog, findings and documents, already localized by the core.

ui-app-title = Rogatory
ui-language-label = Language
ui-start-title = New request
ui-start-kinds-label = Kind of request
ui-loading = Loading…
ui-findings-title = Findings
ui-findings-checking = Checking…
ui-findings-severity-error = Errors
ui-findings-severity-warning = Warnings
ui-findings-severity-advice = Advice
ui-finding-basis = Legal basis
ui-finding-path = Field
ui-error-title = This could not be done
ui-error-code = Error code

## Each language named in itself, as language pickers do (the same in every locale).
ui-language-en = English
ui-language-fr = Français
ui-language-es = Español
ui-language-ru = Русский
ui-language-ar = العربية
ui-language-zh = 中文
