## The desktop interface's own words. Everything else on screen comes from
## the catalog, findings and documents, already localized by the core.

ui-app-title = Rogatory
ui-language-label = Langue
ui-start-title = Nouvelle demande
ui-start-kinds-label = Type de demande
ui-loading = Chargement…
ui-findings-title = Constatations
ui-findings-checking = Vérification…
ui-findings-severity-error = Erreurs
ui-findings-severity-warning = Avertissements
ui-findings-severity-advice = Conseils
ui-finding-basis = Base juridique
ui-finding-path = Champ
ui-error-title = Cette action n’a pas pu être effectuée
ui-error-code = Code d’erreur

## Each language named in itself, as language pickers do (the same in every locale).
ui-language-en = English
ui-language-fr = Français
ui-language-es = Español
ui-language-ru = Русский
ui-language-ar = العربية
ui-language-zh = 中文
