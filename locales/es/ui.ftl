## The desktop interface's own words. Everything else on screen comes from
## the catalog, findings and documents, already localized by the core.

ui-app-title = Rogatory
ui-language-label = Idioma
ui-start-title = Nueva solicitud
ui-start-kinds-label = Tipo de solicitud
ui-loading = Cargando…
ui-findings-title = Observaciones
ui-findings-checking = Verificando…
ui-findings-severity-error = Errores
ui-findings-severity-warning = Advertencias
ui-findings-severity-advice = Recomendaciones
ui-finding-basis = Fundamento jurídico
ui-finding-path = Campo
ui-error-title = No se pudo realizar esta acción
ui-error-code = Código de error

## Each language named in itself, as language pickers do (the same in every locale).
ui-language-en = English
ui-language-fr = Français
ui-language-es = Español
ui-language-ru = Русский
ui-language-ar = العربية
ui-language-zh = 中文
