## `rogatory catalog check`：templates/ 或 locales/ 中的不一致之处。
## 每个问题显示为“<位置>：<问题>”。

catalog-place-type = 类型“{ $id }”
catalog-place-section = 部分“{ $id }”
catalog-place-measure = 措施“{ $id }”
catalog-place-file = 文件 { $id }
catalog-place-kind = 请求类型“{ $id }”
catalog-place-rule = 规则“{ $id }”
catalog-place-measure-rule = 措施规则“{ $id }”
catalog-place-country = 国家概况 { $id }
catalog-place-country-rule = 国家规则“{ $id }”
catalog-place-provider = 服务提供者概况“{ $id }”
catalog-place-locale = 语言区域 { $id }

catalog-problem-duplicate-owner = 此 id 被多个类型、部分或措施使用。
catalog-problem-duplicate-field = 字段“{ $field }”被定义了两次。
catalog-problem-unknown-choice-list = 字段“{ $field }”指定了选项列表“{ $list }”，但 choices.toml 未定义该列表。
catalog-problem-choice-without-list = 选项字段“{ $field }”未说明其使用哪个选项列表（请添加 `choices = "..."`）。
catalog-problem-unknown-field-type = 字段“{ $field }”的类型为“{ $type }”，该类型既非内置类型，也未在 types.toml 中定义。
catalog-problem-unknown-format-from = 字段“{ $field }”的格式取自“{ $sibling }”，但后者不是与其同级的字段。
catalog-problem-unknown-type = 列表类型“{ $type }”未在 types.toml 中定义。
catalog-problem-section-shape = 每个部分必须有且仅有 `fields`、`list_of` 或 `measures = true` 三者之一。
catalog-problem-format-not-configured = 格式检查结果“{ $code }”未设定严重程度；请添加 [format.{ $code }] 条目。
catalog-problem-missing-message = 缺少消息“{ $id }”（{ $needed_by } 需要该消息）。
catalog-problem-missing-locale = 缺少此语言区域；联合国全部六种正式语文均为必需。
catalog-problem-measure-list-mismatch = 选项列表“measure”所列的必须恰好是 measures.toml 中定义的全部措施。
catalog-problem-legal-basis-list-mismatch = 选项列表“legal_instrument”所列的必须恰好是 instruments.toml 中标记为 `legal_basis = true` 的全部文书。
catalog-problem-unknown-section = 部分“{ $section }”未在 sections.toml 中定义。
catalog-problem-unknown-measure = 措施“{ $measure }”未在 measures.toml 中定义。
catalog-problem-unknown-example = 示例“{ $example }”在 templates/examples/ 中不存在。
catalog-problem-unknown-kind = 请求类型“{ $kind }”未在 kinds.toml 中定义。
catalog-problem-unknown-for-each = “for_each”指定了“{ $path }”，但它在此类请求中不是列表。
catalog-problem-unknown-path = 路径“{ $path }”不对应请求类型“{ $kind }”中的任何字段。
catalog-problem-condition-without-field = 含有 `equals`、`one_of` 或 `present` 的条件需要指定 `field`。
catalog-problem-unknown-instrument = 文书“{ $instrument }”未在 instruments.toml 中定义。
catalog-problem-not-in-choice-list = { $value } 不是选项列表“{ $list }”中的值。
catalog-problem-no-basis = 该规则没有法律依据；每条规则都须注明其出处。
catalog-problem-unknown-basis = 法律依据指定了“{ $instrument }”，但它不是 instruments.toml 中的文书。
catalog-problem-unconfirmed-not-advice = 该规则的所有出处均未经确认，因此其严重程度必须为“advice”。
catalog-problem-unknown-language = 语文“{ $language }”不在选项列表“language”中。
catalog-problem-unknown-channel = 渠道“{ $channel }”不在选项列表“channel”中。
catalog-problem-bad-dual-criminality = dual_criminality 的值为“{ $value }”；请填写 required、coercive_only 或 not_required。
catalog-problem-unknown-data-category = 数据类别“{ $category }”不在选项列表“data_category”中。

catalog-place-deadline = 期限“{ $id }”
catalog-problem-deadline-not-advice = 该期限没有经确认的法律出处，因此必须标记为 `advice = true`。
catalog-problem-deadline-without-days = 该期限既未给出 `days`，也未给出 `days_from`。
catalog-problem-unknown-direction = 方向“{ $direction }”既不是“outgoing”，也不是“incoming”。
catalog-problem-unknown-profile-field = “{ $field }”不是登记册可识别的概况期限。
catalog-problem-unknown-status = “{ $status }”不是登记册中的状态。
