## The register: statuses, tracking events, revisions, deadlines, and its
## errors and command-line messages.

status-draft = 草稿
status-final = 定稿
status-sent = 已发送
status-acknowledged = 已确认收到
status-additional_information_requested = 要求补充信息
status-partially_executed = 已部分执行
status-executed = 已执行
status-refused = 已拒绝
status-withdrawn = 已撤回
status-received = 已收到

direction-outgoing = 发出
direction-incoming = 接收

event-status = 状态变更
event-their_reference = 已收到对方编号
event-arrested = 已实施逮捕
event-note = 备注

origin-created = 创建
origin-autosave = 输入（自动保存）
origin-save = 保存
origin-restore = 恢复
origin-import = 导入

## Deadlines (templates/deadlines.toml). Shown with their date and basis.
# UNSURE: "preservation" — rendered "快速保全" / "保全", as in this locale's catalog.ftl, findings.ftl and document.ftl ("快速保全请求"), not "快速保存"; the Budapest Convention has no authentic Chinese text. Align the whole locale on one term.
deadline-preservation-minimum = 保全可能到期：《公约》保证保全期限至少为 60 天。请在此之前发出后续的司法协助请求。
deadline-preservation-provider = 服务提供者概况中载明的已保全数据的期限届满。
deadline-preservation-extension = 请要求服务提供者延长保全（其概况允许延期）；期限随后不久即届满。
deadline-provider-order-response = 服务提供者答复命令的 30 天期限届满；此后只能通过司法协助请求或依据《议定书》第8条获取数据。
deadline-provisional-arrest-period = 除非完整的引渡请求已经送达，否则该人可能被释放（期限自逮捕之日起算；请根据适用的条约核实）。
deadline-requested-execution = 请求中要求的执行期限。
deadline-acknowledgement-follow-up = 发出 30 天后仍无任何回复：请向被请求国催询（办公惯例）。
deadline-incoming-answer = 请求国要求在此日期之前执行。

## Errors
error-register-database = 无法读取或写入登记册：{ $detail }
error-register-busy = 登记册正被另一个 Rogatory 副本使用，且未释放。请关闭另一个副本后重试。
error-register-not-register = { $path } 不是 Rogatory 登记册。未对其作任何更改。
error-register-too-new = { $path } 由较新版本的 Rogatory 写入（登记册架构 { $found }；本版本最高可读取 { $supported }）。请更新 Rogatory 后再打开；未作任何更改。
error-register-damaged = { $path } 已损坏：{ $detail }。未作任何更改。
error-register-no-case = 登记册中没有案件 { $id }。
error-register-no-revision = 案件 { $id } 没有第 { $n } 版。
error-register-bad-date = { $field }：“{ $value }”不是日期；请按 YYYY-MM-DD 格式填写。
error-register-too-long = { $field }：文本超过 { $max } 个字符。
error-register-status-missing = 请选择新状态。
# UNSURE: "preservation request" — "快速保全请求", as in catalog.ftl; see deadline-preservation-minimum.
error-register-not-preservation = 只有快速保全请求才能以这种方式接续提出司法协助请求（{ $id } 不是快速保全请求）。
error-register-io = { $path }：{ $detail }
error-register-unknown-file = { $path } 既不是 Rogatory 案件文件，也不是登记册备份。

## rogatory register ...
cli-register-bad-count = “{ $value }”不是 1 到 1000000 之间的案件数量。
cli-register-seeded = 已在 { $seconds } 秒内向 { $path } 添加 { $count } 个生成的案件；其中现有 { $total } 个案件（{ $mb } MB）。
cli-register-integrity = SQLite 完整性检查失败：{ $detail }
cli-register-bad-case = 案件 { $id }：{ $message }
cli-register-checked = { $path }：已检查 { $cases } 个案件，发现 { $problems } 个问题。
cli-register-bench-head = 登记册 { $path }：{ $cases } 个案件，{ $mb } MB。
cli-register-bench-line = 中位数 { $median } 毫秒，p95 { $p95 } 毫秒，共运行 { $runs } 次
cli-register-bench-open = 打开登记册视图（打开文件、第一页 50 条、今后 30 天内的期限）
cli-register-bench-search = 全文搜索“{ $text }”（找到 { $found } 条，第一页）
cli-register-bench-autosave = 自动保存一个已编辑的字段（最大的案件类型）
cli-register-bench-save = 保存新版本（编辑了一个字段）
cli-register-imported = { $file }：已作为案件 { $id } 导入。
cli-register-revised = { $file }：案件 { $id } 已在登记册中，但内容不同；已添加新版本。
cli-register-duplicate = { $file }：案件 { $id } 已在登记册中，内容未变；未添加任何内容。
cli-register-import-failed = { $file }：未导入。{ $message }
cli-register-exported = 已将 { $count } 个案件文件写入 { $path }。
cli-register-backed-up = 已将整个登记册的备份写入 { $path }。
cli-register-restored = 已从 { $path } 恢复登记册；其中现有 { $cases } 个案件。原登记册保留在其旁边（“.before-restore”）。
