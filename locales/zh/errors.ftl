## Errors: a file or the installation could not be read. Each names the place.

error-case-too-large = 该文件长 { $bytes } 字节；案件文件不得超过 { $max } 字节。
error-case-json = 该文件不是有效的 JSON：第 { $line } 行，第 { $column } 列：{ $reason }。
error-case-format = 这不是 Rogatory 案件文件（其“format”为“{ $found }”，应为“rogatory-case”）。
error-case-version = 此案件文件的版本为“{ $found }”；本版本 Rogatory 最高可读取版本 { $supported }。请更新 Rogatory 后再打开此文件。
error-case-kind = 未知的请求类型“{ $found }”。
error-case-unknown-field = { $path }：此类请求不包含该字段。
error-case-wrong-type = { $path }：应为 { $expected }，实为 { $found }。
error-case-unknown-measure = { $path }：未知的协助措施“{ $found }”。
error-case-measure-not-allowed = { $path }：此类请求不能请求“{ $found }”这一协助措施。
error-case-control-character = { $path }：文本第 { $position } 个字符处含有控制字符 { $codepoint }；文件可能已损坏。
error-case-field-too-long = { $path }：{ $chars } 个字符；每个字段最多可容纳 { $max } 个字符。
error-case-too-many-items = { $path }：{ $items } 项；每个列表最多可容纳 { $max } 项。
error-catalog-read = 无法读取 { $path } 处的模板：{ $reason }
error-catalog-parse = 模板文件格式有误：{ $path }：{ $reason }
error-catalog-invalid =
    { $path } 处的模板互不一致（{ $problems ->
       *[other] 共 { $problems } 个问题
    }，详见上文）。
error-i18n-read = 无法读取 { $path } 中的消息：{ $reason }
error-i18n-syntax = 消息文件格式有误：{ $path }，第 { $line } 行：{ $reason }
error-i18n-duplicate = { $path }：消息“{ $id }”被定义了两次。
error-i18n-missing = 语文 { $lang } 中缺少消息“{ $id }”。
error-i18n-format = 语文 { $lang } 中的消息“{ $id }”无法格式化：{ $reason }
error-pdf-subset = 无法将字体嵌入 PDF。这是 Rogatory 的缺陷，请连同案件文件一并报告。
error-logo-format = { $file } 不是 PNG 或 JPEG 图像；信头徽标必须采用这两种格式之一。
error-logo-corrupt = 徽标 { $file } 已损坏，无法使用：{ $reason }
error-logo-too-large = 徽标 { $file } 为 { $width } × { $height } 像素；徽标最大为 { $max } × { $max } 像素。
error-unknown-example = 没有名为“{ $name }”的示例。
error-unknown-item = 目录中没有可添加到列表的名为“{ $name }”的项目。
error-internal = Rogatory 内部出错。您的工作未受影响；请附上案件文件报告此问题。
error-file-io = 无法读取或写入 { $path }：{ $reason }
error-draft-refused = 请求书仍有错误，因此未生成正式 PDF。请补全，或导出标有“草稿”的副本。
error-settings-damaged = 设置文件 { $path } 已损坏，已保持原样：{ $reason }。请修复或删除该文件后重试。
error-settings-too-long = 设置项 { $field } 有 { $length } 个字符；最多允许 { $max } 个。未保存任何内容。
error-settings-language = “{ $lang }”不是界面和请求所用的六种语言之一。未保存任何内容。
error-recent-unknown = { $path } 不在最近的案件文件中；请使用“打开案件文件…”打开。
