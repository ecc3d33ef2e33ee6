## The desktop interface's own words. Everything else on screen comes from
## the catalog, findings and documents, already localized by the core.

ui-app-title = Rogatory
ui-language-label = 语文
ui-start-title = 新建请求书
ui-start-kinds-label = 请求类型
ui-loading = 正在加载…
ui-findings-title = 审查意见
ui-findings-checking = 正在检查…
ui-findings-severity-error = 错误
ui-findings-severity-warning = 警告
ui-findings-severity-advice = 建议
ui-finding-basis = 法律依据
ui-finding-path = 字段
ui-error-title = 无法完成此操作
ui-error-code = 错误代码

## Each language named in itself, as language pickers do (the same in every locale).
ui-language-en = English
ui-language-fr = Français
ui-language-es = Español
ui-language-ru = Русский
ui-language-ar = العربية
ui-language-zh = 中文
