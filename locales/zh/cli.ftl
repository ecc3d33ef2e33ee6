## The rogatory command line.

cli-help =
    rogatory：起草并检查刑事事项国际合作请求

    用法：
      rogatory validate FILE [--json] [--lang xx] [--today YYYY-MM-DD]
          检查案件文件；无错误级别的检查结果时退出码为 0，有此类结果时为 1，文件无法读取时为 2。
      rogatory new KIND [-o FILE]        生成指定类型的空白案件（mla、preservation、emergency_disclosure、
                                         provider_request、extradition、provisional_arrest）。
      rogatory examples [NAME] [-o FILE] 列出示例案件，或输出其中一个。
      rogatory render FILE [--lang xx] [-o OUT.pdf] [--allow-draft]
                                         以指定语文生成请求书 PDF；请求仍有错误时拒绝生成。
      rogatory schema [-o FILE]          输出案件文件的 JSON Schema。
      rogatory catalog check             检查 templates/ 和 locales/ 中是否有悬空引用。
      rogatory bench                     在本机上测量加载和验证的耗时。

    选项：
      --lang xx     消息语言：en、fr、es、ru、ar、zh
      --home DIR    存放 templates/ 和 locales/ 的文件夹（默认：$ROGATORY_HOME，其次为程序所在目录）
cli-usage-missing-value = 选项 { $option } 需要一个值。
cli-usage-unknown-option = 未知选项 { $option }。请运行“rogatory help”。
cli-usage-unknown-command = 未知命令“{ $command }”。请运行“rogatory help”。
cli-usage-bad-date = “{ $value }”不是日期；请按 YYYY-MM-DD 格式填写。
cli-read-failed = 无法读取 { $file }：{ $reason }
cli-write-failed = 无法写入 { $path }：{ $reason }
cli-not-utf8 = { $file } 不是 UTF-8 文本（位置 { $position } 处有无效字节）。
cli-case-error = { $file }：{ $message }
cli-unknown-kind = 未知的请求类型“{ $kind }”。已知类型：{ $kinds }。
cli-unknown-example = 没有名为“{ $name }”的示例。现有示例：{ $names }。
cli-severity-error = 错误
cli-severity-warning = 警告
cli-severity-advice = 建议
cli-basis = 法律依据：{ $basis }
cli-validate-summary =
    { $errors ->
       *[other] { $errors } 个错误
    }，{ $warnings ->
       *[other] { $warnings } 个警告
    }，{ $advice ->
       *[other] { $advice } 条建议
    }。
cli-catalog-summary =
    { $problems ->
        [0] 模板目录一致
       *[other] { $problems } 个问题
    }（{ $kinds } 种请求类型，{ $measures } 种协助措施，{ $rules } 条通用规则）。
cli-bench-catalog-load = 加载目录（一般规则 { $rules } 条）
cli-bench-locales-load = 加载界面语文（{ $locales } 种语文）
cli-bench-parse = 读取最大的示例“{ $example }”（{ $bytes } 字节）
cli-bench-validate = 验证最大的示例“{ $example }”
cli-bench-line = 中位数 { $micros } 微秒，共运行 { $runs } 次
cli-bench-failed = 无法运行基准测试：{ $reason }
list-separator = {"、"}
cli-render-refused = 该请求仍有错误（见上文），因此未生成正式 PDF。请补全请求，或添加 --allow-draft 以生成标有“草稿”字样的副本。
cli-render-done = 已写入 { $path }（{ $pages ->
       *[other] { $pages } 页
    }，{ $bytes } 字节）。
cli-render-draft = 已写入草稿 { $path }（{ $pages ->
       *[other] { $pages } 页
    }，{ $bytes } 字节）；该请求仍有错误。
cli-bench-render = 编排、排版并写入“{ $example }”的 PDF（语文 { $lang }，{ $pages } 页，{ $bytes } 字节）
cli-bench-soffice = LibreOffice 转换同一文档（语文 { $lang }；本工具快 { $ratio } 倍）
