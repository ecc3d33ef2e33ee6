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

## 向导
ui-new-case = 新建请求
ui-open-case = 打开案件文件…
ui-save-case = 保存案件文件…
ui-saved = 案件文件已保存：
ui-start-example = 打开示例
ui-start-open-title = 继续处理请求
ui-start-recent = 最近的案件文件
ui-start-recent-missing = （已不存在）
ui-wizard-steps = 请求的步骤
ui-count-errors = 错误
ui-count-warnings = 警告
ui-step-complete = 已完成
ui-step-back = 上一步
ui-step-next = 下一步
ui-confirm-next-title = 此步骤仍缺少必要内容
ui-confirm-next-body = 请求目前无法发送：检查结果列出了缺少的内容及其原因。您可以继续，稍后再返回此步骤。
ui-confirm-stay = 留下并完成此步骤
ui-confirm-go = 仍然继续
ui-findings-scope = 显示的检查结果
ui-findings-scope-step = 此步骤
ui-findings-scope-all = 整个请求
ui-findings-none = 此处没有缺漏。
ui-list-add = 添加
ui-list-remove = 删除
ui-choice-none = — 请选择 —
ui-measure-add-label = 要添加的协助形式
ui-measure-add = 添加此项协助

## 格式说明，显示在需要特定格式的字段下方
ui-datetime-zone = 时区
ui-hint-time-zone = UTC、偏移量（如 UTC+08:00）或时区（如 Asia/Shanghai）。
ui-hint-country = 两个大写字母的 ISO 3166 代码，例如 CN。
ui-hint-language = 两个或三个字母的 ISO 639 代码，例如 zh。
ui-hint-currency = 三个字母的 ISO 4217 代码，例如 CNY。
ui-hint-amount = 带小数点的数字，例如 125000.50。
ui-hint-ip-address = IPv4 或 IPv6 地址，例如 203.0.113.7。
ui-hint-email = 例如 name@example.org。
ui-hint-url = 完整地址，例如 https://example.org/page。
ui-hint-phone = 带国家代码的国际格式，例如 +86 10 1234 5678。

## 审阅和导出
ui-review-title = 审阅和导出
ui-doc-language = 请求的语言
ui-preview-title = 预览
ui-export-pdf = 导出为 PDF…
ui-export-draft-title = 请求仍有错误
ui-export-draft-body = 请求尚不能发送。您可以将其导出为草稿以供审阅：每一页都会标有“草稿”字样。
ui-export-draft = 导出为草稿
ui-cancel = 取消
ui-exported = PDF 已保存：

## Closing with unsaved changes (a native dialog)
ui-close-unsaved-title = 未保存的更改
ui-close-unsaved-body = 案件中有尚未保存到文件的更改。如果现在关闭 Rogatory，这些更改将会丢失。
ui-close-unsaved-discard = 关闭并放弃更改
ui-close-unsaved-keep = 继续工作

## Settings: the authority's profile
ui-settings = 设置
ui-settings-title = 贵机关信息
ui-settings-intro = 保存在本计算机上。每个新请求都以这些信息、其自身的编号和信头标志开始。
ui-settings-authority-name = 机关名称
ui-settings-authority-address = 地址
ui-settings-authority-email = 电子邮件
ui-settings-authority-phone = 电话
ui-settings-signatory-name = 签署人姓名
ui-settings-signatory-function = 签署人职务
ui-settings-signatory-place = 签署地点
ui-settings-reference-pattern = 新请求的编号
ui-settings-reference-hint = [year] 替换为年份，[seq] 替换为每个新请求递增一的序号，例如 PG/MLA/[year]/[seq]。
ui-settings-interface-lang = 启动时的界面语言
ui-settings-document-lang = 新请求的语言
ui-settings-save = 保存设置
ui-settings-saved = 设置已保存。
ui-settings-logo = 信头标志
ui-settings-logo-none = 无标志。
ui-settings-logo-set = 已设置标志，宽 × 高（像素）：
ui-settings-logo-choose = 选择 PNG 或 JPEG 图像…
ui-settings-logo-remove = 删除标志

## Each language named in itself, as language pickers do (the same in every locale).
ui-language-en = English
ui-language-fr = Français
ui-language-es = Español
ui-language-ru = Русский
ui-language-ar = العربية
ui-language-zh = 中文
