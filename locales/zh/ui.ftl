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

## The register: search and lists, the deadline dashboard, tracking and history.
ui-register = 登记册
ui-register-title = 登记册
ui-register-search = 搜索所有案件及其备注
ui-register-filters = 筛选条件
ui-register-filter-kind = 请求类型
ui-register-filter-status = 状态
ui-register-filter-direction = 方向
ui-register-filter-country = 国家（两字母代码）
ui-register-filter-due = 期限
ui-register-any = 全部
ui-register-due-overdue = 已逾期
ui-register-due-7 = 7 天内
ui-register-due-30 = 30 天内
ui-register-results = 找到的案件：
ui-register-none = 没有符合条件的案件。
ui-register-col-reference = 编号
ui-register-col-kind = 类型
ui-register-col-status = 状态
ui-register-col-country = 国家
ui-register-col-title = 罪名或人员
ui-register-col-updated = 最后更改
ui-register-col-due = 下一期限
ui-register-open = 打开
ui-register-more = 显示更多
ui-register-import = 导入案件文件…
ui-register-backup = 备份登记册…
ui-register-restore-backup = 恢复备份…
ui-register-restore-confirm = 是否用备份替换整个登记册？当前的登记册将保留在其旁边。
ui-register-import-imported = 已导入
ui-register-import-revised = 已存在但内容不同：已作为新版本添加
ui-register-import-duplicate = 已存在且未更改：未添加任何内容
ui-register-import-failed = 未导入
ui-register-backed-up = 备份已写入：
ui-register-restored = 登记册已恢复，来源：
ui-register-same-reference = 另一案件的编号相同。
ui-dashboard-title = 今后 14 天内的期限
ui-dashboard-none = 今后 14 天内没有届满的期限。
ui-dashboard-overdue = 已逾期
ui-dashboard-due = 到期
ui-dashboard-advice = 建议：请核实此日期
ui-tracking = 跟踪和历史记录
ui-tracking-title = 此请求的跟踪和历史记录
ui-tracking-status = 状态
ui-tracking-their-reference = 对方编号
ui-tracking-add-event = 记录事件
ui-tracking-event-date = 日期（YYYY-MM-DD）
ui-tracking-event-kind = 发生的事件
ui-tracking-event-status = 新状态
ui-tracking-event-note = 备注
ui-tracking-add = 记录
ui-tracking-timeline = 时间线
ui-tracking-no-events = 尚无任何记录。
ui-tracking-revisions = 版本记录
ui-tracking-revision = 版本
ui-tracking-restore = 恢复此版本
ui-tracking-restored-from = 恢复自版本
ui-tracking-changed = 更改的字段：
ui-tracking-follow-up = 创建后续的司法协助请求
ui-tracking-followed-by = 后续请求
ui-tracking-follows = 所接续的请求
ui-tracking-deadlines = 未届满的期限
ui-back-to-form = 返回表单
ui-autosaved = 已保存在登记册中
ui-autosave-failed = 未保存在登记册中：
