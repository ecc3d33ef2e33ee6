### The catalog: names of request kinds, wizard steps, form fields, forms of
### assistance, choice values and legal instruments (templates/*.toml).

## Kinds

kind-mla = 司法协助请求
kind-mla-help = 请求另一国为您的侦查、起诉或审判获取证据或采取其他措施，例如获取陈述、提供记录、执行搜查和扣押或者冻结犯罪所得（《有组织犯罪公约》第18条、《反腐败公约》第46条）。
kind-preservation = 快速保全请求
kind-preservation-help = 在已存储的计算机数据被删除之前，请求另一国予以快速保全，同时准备随后必须提出的司法协助请求（《布达佩斯公约》第29条）。
kind-emergency-disclosure = 紧急披露请求
kind-emergency-disclosure-help = 在某人的生命或安全面临重大而紧迫的危险时，通过 24/7 网络（《第二附加议定书》第9条）或直接向接受紧急请求的服务提供者，立即获取已存储的计算机数据。
kind-provider-request = 向服务提供者提出的请求
kind-provider-request-help = 通过要求披露订户信息的命令（《第二附加议定书》第7条）或自愿披露非内容数据的请求，直接向另一国的服务提供者索取数据。
kind-extradition = 引渡请求
kind-extradition-help = 请求另一国移交为进行起诉或者为判处或执行刑罚而被请求引渡的人（《引渡示范条约》第5条、《有组织犯罪公约》第16条）。
kind-provisional-arrest = 临时逮捕请求
kind-provisional-arrest-help = 在紧急情况下，在引渡请求送达另一国之前请求该国逮捕被请求引渡人，并承诺在规定期限内提交引渡请求（《引渡示范条约》第9条、《有组织犯罪公约》第16条第9款）。

## Sections

section-request = 请求基本信息
section-requesting-authority = 提出请求的当局
section-requested-state = 被请求国
section-provider = 服务提供者
section-legal-bases = 法律依据
section-proceedings = 侦查或诉讼程序
section-offences = 犯罪
section-facts = 事实概述
section-persons = 有关人员
section-measures = 请求提供的协助
section-special-procedures = 特定程序
section-urgency = 紧急程度
section-confidentiality = 保密
section-undertakings = 承诺和保证
section-earlier-requests = 先前的请求
section-annexes = 附件
section-signatory = 签署
section-preservation = 需保全的数据
section-emergency = 紧急情况
section-provider-request = 向服务提供者发出的命令或请求
section-extradition = 引渡详情
section-provisional-arrest = 临时逮捕详情

## Fields: request

field-request-date = 请求日期
field-request-reference = 参考编号
field-request-language = 请求书所用语文
field-request-status = 请求状态
field-request-channel = 转递渠道

## Fields: requesting-authority

field-requesting-authority-name = 当局名称
field-requesting-authority-address = 地址
field-requesting-authority-person = 负责人
field-requesting-authority-function = 职务
field-requesting-authority-phone = 电话
field-requesting-authority-mobile = 移动电话
field-requesting-authority-email = 电子邮件
field-requesting-authority-office-hours = 办公时间
field-requesting-authority-time-zone = 时区

## Fields: requested-state

field-requested-state-country = 国家
field-requested-state-authority = 接收当局
field-requested-state-address = 地址
field-requested-state-email = 电子邮件
field-requested-state-phone = 电话

## Fields: provider

field-provider-profile = 服务提供者概况
field-provider-name = 服务提供者名称
field-provider-address = 地址
field-provider-country = 所在国
field-provider-email = 电子邮件
field-provider-portal = 执法请求门户网站

## Fields: proceedings

field-proceedings-conducting-authority = 进行侦查或诉讼程序的当局
field-proceedings-conducting-authority-functions = 该当局的职能
field-proceedings-case-numbers = 案件编号
field-proceedings-nature = 诉讼程序的性质
field-proceedings-stage = 诉讼程序所处阶段

## Fields: facts

field-facts-summary = 有关事实概述
field-facts-evidence = 迄今已获得的证据

## Fields: special-procedures

field-special-procedures-description = 需遵循的程序或手续
field-special-procedures-reason = 采用该程序的理由

## Fields: urgency

field-urgency-urgent = 本请求为紧急请求
field-urgency-reason = 紧急理由
field-urgency-requested-date = 请求执行的截止日期

## Fields: confidentiality

field-confidentiality-required = 请被请求国对本请求的事实及其内容保密，但为执行请求所必需时除外
field-confidentiality-reason = 保密理由
field-confidentiality-no-user-notification = 不得将本请求告知用户或账户持有人

## Fields: undertakings

field-undertakings-use-limitation = 承诺未经事先同意，不将所获资料或证据用于请求书所述以外的诉讼程序
field-undertakings-confidentiality = 承诺在被请求国要求时对所收到的资料和证据保密
field-undertakings-costs = 承诺按照与被请求国商定的条件承担异常性质的费用
field-undertakings-reciprocity = 保证在类似案件中给予互惠
field-undertakings-return-of-items = 承诺在不再需要时归还所提供的物品和文件原件
field-undertakings-speciality = 承诺遵守特定性原则
field-undertakings-no-reextradition = 承诺未经被请求国同意，不将该人再引渡给第三国
field-undertakings-death-penalty = 关于死刑的保证
field-undertakings-fair-trial = 关于公正审判和羁押条件的保证
field-undertakings-other = 其他承诺或保证

## Fields: signatory

field-signatory-name = 签署人姓名
field-signatory-function = 职务
field-signatory-place = 签署地点

## Fields: preservation

field-preservation-data-description = 需保全的已存储计算机数据
field-preservation-data-categories = 数据类别
field-preservation-identifiers = 标识符
field-preservation-period = 所涉期间
field-preservation-relation-to-offence = 数据与犯罪的关系
field-preservation-system-location = 数据保管人或计算机系统所在地
field-preservation-necessity = 需要保全的理由
field-preservation-mla-will-follow = 随后将提出司法协助请求，以搜查、扣押或披露该数据
field-preservation-expedited-disclosure = 请求快速披露已保全的流量数据，以查明参与该通信传输的另一国服务提供者（《布达佩斯公约》第30条）

## Fields: emergency

field-emergency-route = 请求途径
field-emergency-risk-facts = 表明某人的生命或安全面临重大而紧迫危险的事实
field-emergency-link-to-data = 数据与紧急情况的关联
field-emergency-data-description = 所需数据的说明
field-emergency-data-categories = 数据类别
field-emergency-identifiers = 标识符
field-emergency-period = 所涉期间
field-emergency-contact-name = 全天候（24/7）联系人
field-emergency-contact-phone = 联系电话（24/7）
field-emergency-contact-email = 联系电子邮件（24/7）

## Fields: provider-request

field-provider-request-mode = 请求类型
field-provider-request-data-description = 所需数据的详细说明
field-provider-request-data-categories = 数据类别
field-provider-request-identifiers = 标识符
field-provider-request-period = 所涉期间
field-provider-request-seeking-authority = 寻求获取数据的当局（如非签发当局）
field-provider-request-domestic-legal-ground = 签发命令的国内法律依据
field-provider-request-time-frame = 披露时限
field-provider-request-return-manner = 提交数据的方式
field-provider-request-notification-made = 已同时通知服务提供者所在国（同步通知）

## Fields: extradition

field-extradition-posture = 被请求引渡人的诉讼状况
field-extradition-warrant = 逮捕令
field-extradition-judgment = 判决
field-extradition-retrial-statement = 该人可用以准备辩护或获得重新审判的法律途径
field-extradition-sentence-to-be-imposed = 定罪后尚待判处刑罚
field-extradition-evidence-summary = 证据概要
field-extradition-limitation = 关于时效期间及中断时效的行为的规定
field-extradition-property = 需移交的财物

## Fields: provisional-arrest

field-provisional-arrest-posture = 被请求引渡人的诉讼状况
field-provisional-arrest-warrant-or-judgment = 作为请求依据的逮捕令或判决
field-provisional-arrest-extradition-will-follow = 随后将提出引渡被请求引渡人的请求

## Fields: legal-basis

field-legal-basis-instrument = 法律文书
field-legal-basis-title = 条约或法律的名称
field-legal-basis-articles = 所援引的条款

## Fields: penalty

field-penalty-kind = 刑罚种类
field-penalty-term = 刑期或金额

## Fields: offence

field-offence-name = 罪名
field-offence-provision = 法律条款
field-offence-text-of-law = 法律条文
field-offence-max-penalty = 最高刑罚
field-offence-committed-on = 犯罪日期或期间
field-offence-committed-at = 犯罪地点
field-offence-limitation = 追诉时效

## Fields: identity-document

field-identity-document-type = 证件类型
field-identity-document-number = 证件号码
field-identity-document-issuer = 签发国

## Fields: person

field-person-role = 在诉讼中的身份
field-person-family-name = 姓
field-person-given-names = 名
field-person-aliases = 其他姓名和化名
field-person-date-of-birth = 出生日期
field-person-place-of-birth = 出生地
field-person-nationality = 国籍
field-person-identity-documents = 身份证件
field-person-address = 地址
field-person-location = 已知或可能的下落
field-person-description = 体貌特征
field-person-photograph = 照片
field-person-fingerprints = 指纹

## Fields: date-range

field-date-range-from = 自
field-date-range-to = 至

## Fields: money

field-money-amount = 金额
field-money-currency = 币种

## Fields: identifier

field-identifier-type = 标识符类型
field-identifier-value = 标识符
field-identifier-port = 端口
field-identifier-timestamp = 日期和时间（含时区）

## Fields: annex

field-annex-reference = 附件编号
field-annex-title = 标题
field-annex-file = 文件
field-annex-translated = 已附该附件的译文

## Fields: earlier-request

field-earlier-request-kind = 请求类型
field-earlier-request-date = 日期
field-earlier-request-reference = 我方编号
field-earlier-request-their-reference = 被请求国所给编号
field-earlier-request-channel = 所用渠道
field-earlier-request-authority = 请求发往的当局

## Fields: warrant

field-warrant-issuing-authority = 签发当局
field-warrant-date = 签发日期
field-warrant-number = 逮捕令编号
field-warrant-annex = 逮捕令副本

## Fields: judgment

field-judgment-court = 法院
field-judgment-date = 判决日期
field-judgment-number = 判决编号或案件编号
field-judgment-final = 判决已生效
field-judgment-enforceable = 刑罚可予执行
field-judgment-sentence = 所判刑罚
field-judgment-time-served = 已服刑期
field-judgment-remaining = 尚待执行的剩余刑期
field-judgment-annex = 判决副本

## Fields: measure

field-measure-type = 协助形式
field-measure-description = 所请求协助的说明
field-measure-purpose = 请求协助的目的
field-measure-relevance = 与侦查或诉讼程序的关联

## Fields: taking-evidence

field-taking-evidence-examinee = 被询问人
field-taking-evidence-examinee-status = 被询问人的身份
field-taking-evidence-examinee-location = 该人所在地
field-taking-evidence-questions = 拟提出的问题
field-taking-evidence-sworn = 宣誓或郑重声明
field-taking-evidence-officials-present = 请求国官员请求在场
field-taking-evidence-officials = 将到场官员的姓名和职务
field-taking-evidence-recording = 陈述的记录方式

## Fields: service-of-documents

field-service-of-documents-addressee = 受送达人
field-service-of-documents-address = 送达地址
field-service-of-documents-relationship = 与诉讼程序的关系
field-service-of-documents-documents = 需送达的文书
field-service-of-documents-manner = 送达方式
field-service-of-documents-proof-of-service = 要求提供送达证明
field-service-of-documents-appearance-date = 出庭日期

## Fields: search-seizure

field-search-seizure-place = 需搜查的场所或人员
field-search-seizure-items = 需扣押的物品
field-search-seizure-grounds = 认为物品位于该处的理由
field-search-seizure-lawful-in-requesting-state = 在请求国可依法下令进行该搜查和扣押

## Fields: examining-objects-sites

field-examining-objects-sites-object-or-site = 需检查的物品或场所
field-examining-objects-sites-location = 所在地
field-examining-objects-sites-examination = 需进行的检查

## Fields: production-of-records

field-production-of-records-record-type = 记录类型
field-production-of-records-institution = 持有记录的机构
field-production-of-records-institution-address = 该机构的地址
field-production-of-records-accounts = 账号
field-production-of-records-account-holders = 账户持有人
field-production-of-records-document-types = 文件类型
field-production-of-records-period = 所涉期间
field-production-of-records-certification = 所需的核证或认证

## Fields: information-evidence

field-information-evidence-items = 所需资料或物证
field-information-evidence-custodian = 持有资料或物证的个人或机构
field-information-evidence-expert-evaluation = 请求进行专家评估

## Fields: videoconference

field-videoconference-witness = 被询问人
field-videoconference-datetime = 拟议日期和时间
field-videoconference-technical-contact = 技术联系人
field-videoconference-technical-email = 技术联系人电子邮件
field-videoconference-interpreter-language = 口译语文
field-videoconference-presiding-authority = 主持询问的当局

## Fields: transfer-detained-person

field-transfer-detained-person-person = 被羁押人
field-transfer-detained-person-place-of-detention = 羁押地点
field-transfer-detained-person-period = 移送期间
field-transfer-detained-person-custody-arrangements = 羁押安排
field-transfer-detained-person-return-date = 送回日期
field-transfer-detained-person-safe-conduct = 将给予安全通行保证

## Fields: voluntary-appearance

field-voluntary-appearance-person = 受邀出庭的人员
field-voluntary-appearance-allowances = 应支付的津贴和费用
field-voluntary-appearance-safe-conduct = 将给予安全通行保证

## Fields: tracing-proceeds

field-tracing-proceeds-property = 需辨认或追查的犯罪所得、财产或工具
field-tracing-proceeds-holders = 推定持有人
field-tracing-proceeds-estimated-value = 估计价值
field-tracing-proceeds-link-to-offence = 与犯罪的关联

## Fields: freezing-seizure

field-freezing-seizure-property = 需冻结或扣押的财产
field-freezing-seizure-location = 财产所在地
field-freezing-seizure-value = 价值
field-freezing-seizure-order-reference = 冻结令或扣押令编号
field-freezing-seizure-link-to-offence = 与犯罪的关联
field-freezing-seizure-for-confiscation = 请求冻结或扣押是为了予以没收

## Fields: confiscation

field-confiscation-order-court = 作出没收令的法院
field-confiscation-order-date = 没收令日期
field-confiscation-order-final = 没收令已生效
field-confiscation-property = 需没收的财产
field-confiscation-value = 价值
field-confiscation-disposal = 对没收财产的拟议处置

## Fields: transfer-of-proceedings

field-transfer-of-proceedings-reasons = 移交理由
field-transfer-of-proceedings-file-transmitted = 案卷随请求一并转递
field-transfer-of-proceedings-suspect-location = 犯罪嫌疑人所在地

## Fields: joint-investigation-team

field-joint-investigation-team-participants = 参与当局
field-joint-investigation-team-objectives = 调查组的目标
field-joint-investigation-team-period = 运作期间

## Fields: controlled-delivery

field-controlled-delivery-goods = 货物
field-controlled-delivery-route = 计划路线
field-controlled-delivery-dates = 预计日期
field-controlled-delivery-contact = 行动联系人
field-controlled-delivery-contact-phone = 联系电话

## Fields: stored-data-access

field-stored-data-access-identifiers = 标识符
field-stored-data-access-data-categories = 数据类别
field-stored-data-access-period = 所涉期间
field-stored-data-access-custodian = 数据保管人
field-stored-data-access-preservation-reference = 保全请求编号
field-stored-data-access-delivery-format = 提交格式
field-stored-data-access-authentication = 数据认证

## Fields: realtime-traffic

field-realtime-traffic-identifiers = 目标标识符
field-realtime-traffic-start-date = 开始日期
field-realtime-traffic-duration-days = 持续天数
field-realtime-traffic-delivery = 提交方式
field-realtime-traffic-domestic-authorisation = 授权收集的国内命令

## Fields: interception

field-interception-identifiers = 目标标识符
field-interception-start-date = 开始日期
field-interception-duration-days = 持续天数
field-interception-delivery = 提交方式
field-interception-domestic-authorisation = 授权截取的国内命令

## Measures

measure-taking-evidence = 获取证据或陈述
measure-service-of-documents = 送达司法文书
measure-search-seizure = 执行搜查和扣押
measure-examining-objects-sites = 检查物品和场所
measure-production-of-records = 提供记录
measure-information-evidence = 提供资料、物证以及专家评估
measure-videoconference = 以电视会议方式进行询问
measure-transfer-detained-person = 临时移送被羁押人
measure-voluntary-appearance = 为有关人员自愿出庭提供方便
measure-tracing-proceeds = 辨认或追查犯罪所得、财产或工具
measure-freezing-seizure = 冻结或扣押犯罪所得
measure-confiscation = 没收犯罪所得
measure-transfer-of-proceedings = 移交刑事诉讼
measure-joint-investigation-team = 联合调查组
measure-controlled-delivery = 控制下交付
measure-stored-data-access = 访问已存储的计算机数据（《布达佩斯公约》第31条）
measure-realtime-traffic = 实时收集流量数据（《布达佩斯公约》第33条）
measure-interception = 截取内容数据（《布达佩斯公约》第34条）
measure-other-assistance = 不违反被请求国法律的其他协助

## Choices: language

choice-language-en = 英文
choice-language-fr = 法文
choice-language-es = 西班牙文
choice-language-ru = 俄文
choice-language-ar = 阿拉伯文
choice-language-zh = 中文
choice-language-pt = 葡萄牙文
choice-language-de = 德文
choice-language-it = 意大利文
choice-language-nl = 荷兰文
choice-language-pl = 波兰文
choice-language-tr = 土耳其文
choice-language-uk = 乌克兰文
choice-language-fa = 波斯文
choice-language-ur = 乌尔都文
choice-language-hi = 印地文
choice-language-id = 印度尼西亚文
choice-language-sw = 斯瓦希里文
choice-language-ja = 日文
choice-language-ko = 韩文
choice-language-el = 希腊文
choice-language-ro = 罗马尼亚文
choice-language-sr = 塞尔维亚文
choice-language-sq = 阿尔巴尼亚文

## Choices: channel

choice-channel-central-authority = 中心当局
choice-channel-diplomatic = 外交渠道
choice-channel-interpol = 国际刑警组织（INTERPOL）
choice-channel-network-24-7 = 24/7 网络（《布达佩斯公约》第35条）
choice-channel-direct-judicial = 司法机关之间直接转递
choice-channel-direct-provider = 直接发给服务提供者

## Choices: request-status

choice-request-status-new = 新请求
choice-request-status-extension = 延长先前的请求
choice-request-status-follow-up-mla = 先前司法协助请求的后续请求
choice-request-status-follow-up-preservation = 先前保全请求的后续请求
choice-request-status-supplementary = 补充请求

## Choices: proceedings-nature

choice-proceedings-nature-investigation = 刑事侦查
choice-proceedings-nature-prosecution = 起诉
choice-proceedings-nature-trial = 审判
choice-proceedings-nature-enforcement = 执行刑罚或命令

## Choices: penalty-kind

choice-penalty-kind-imprisonment = 监禁
choice-penalty-kind-life-imprisonment = 终身监禁
choice-penalty-kind-death = 死刑
choice-penalty-kind-fine = 罚金
choice-penalty-kind-other = 其他刑罚

## Choices: person-role

choice-person-role-suspect = 犯罪嫌疑人
choice-person-role-accused = 被告人
choice-person-role-person-sought = 被请求引渡人
choice-person-role-witness = 证人
choice-person-role-victim = 被害人
choice-person-role-legal-entity = 法人
choice-person-role-account-holder = 账户持有人
choice-person-role-other = 其他

## Choices: id-document-type

choice-id-document-type-passport = 护照
choice-id-document-type-national-id = 国民身份证
choice-id-document-type-residence-permit = 居留许可
choice-id-document-type-driving-licence = 驾驶执照
choice-id-document-type-other = 其他证件

## Choices: legal-instrument

choice-legal-instrument-untoc = 《联合国打击跨国有组织犯罪公约》（2000年）
choice-legal-instrument-uncac = 《联合国反腐败公约》（2003年）
choice-legal-instrument-vienna1988 = 《联合国禁止非法贩运麻醉药品和精神药物公约》（1988年）
choice-legal-instrument-budapest = 《网络犯罪公约》（Convention on Cybercrime，布达佩斯，2001年）
choice-legal-instrument-sap = 《网络犯罪公约关于加强合作和披露电子证据的第二附加议定书》（Second Additional Protocol，2022年）
choice-legal-instrument-uncc2024 = 《联合国打击网络犯罪公约》（2024年）
choice-legal-instrument-terrorist-bombings = 《制止恐怖主义爆炸的国际公约》（1997年）
choice-legal-instrument-terrorist-financing = 《制止向恐怖主义提供资助的国际公约》（1999年）
choice-legal-instrument-nuclear-terrorism = 《制止核恐怖主义行为国际公约》（2005年）
choice-legal-instrument-bilateral = 双边条约
choice-legal-instrument-domestic = 国内法
choice-legal-instrument-reciprocity = 互惠

## Choices: measure

choice-measure-taking-evidence = 获取证据或陈述
choice-measure-service-of-documents = 送达司法文书
choice-measure-search-seizure = 执行搜查和扣押
choice-measure-examining-objects-sites = 检查物品和场所
choice-measure-production-of-records = 提供记录
choice-measure-information-evidence = 提供资料、物证以及专家评估
choice-measure-videoconference = 以电视会议方式进行询问
choice-measure-transfer-detained-person = 临时移送被羁押人
choice-measure-voluntary-appearance = 为有关人员自愿出庭提供方便
choice-measure-tracing-proceeds = 辨认或追查犯罪所得、财产或工具
choice-measure-freezing-seizure = 冻结或扣押犯罪所得
choice-measure-confiscation = 没收犯罪所得
choice-measure-transfer-of-proceedings = 移交刑事诉讼
choice-measure-joint-investigation-team = 联合调查组
choice-measure-controlled-delivery = 控制下交付
choice-measure-stored-data-access = 访问已存储的计算机数据（《布达佩斯公约》第31条）
choice-measure-realtime-traffic = 实时收集流量数据（《布达佩斯公约》第33条）
choice-measure-interception = 截取内容数据（《布达佩斯公约》第34条）
choice-measure-other-assistance = 不违反被请求国法律的其他协助

## Choices: examinee-status

choice-examinee-status-witness = 证人
choice-examinee-status-suspect = 犯罪嫌疑人
choice-examinee-status-expert = 鉴定人
choice-examinee-status-victim = 被害人

## Choices: sworn

choice-sworn-sworn = 经宣誓的陈述
choice-sworn-affirmed = 经郑重声明的陈述
choice-sworn-unsworn = 未经宣誓的陈述
choice-sworn-requested-state-law = 依被请求国法律的规定

## Choices: record-type

choice-record-type-bank = 银行或金融记录
choice-record-type-business = 营业或公司记录
choice-record-type-government = 政府记录
choice-record-type-other = 其他记录

## Choices: identifier-type

choice-identifier-type-ip-address = IP 地址
choice-identifier-type-email = 电子邮件地址
choice-identifier-type-phone = 电话号码
choice-identifier-type-url = URL
choice-identifier-type-domain = 域名
choice-identifier-type-account = 账户名或用户 ID
choice-identifier-type-imei = IMEI
choice-identifier-type-other = 其他标识符

## Choices: data-category

choice-data-category-subscriber = 订户信息
choice-data-category-identification = 用于识别用户身份的数据
choice-data-category-traffic = 流量数据
choice-data-category-content = 内容数据

## Choices: emergency-route

choice-emergency-route-sap-article-9 = 通过 24/7 网络（《第二附加议定书》第9条）
choice-emergency-route-provider-direct = 直接发给服务提供者

## Choices: provider-request-mode

choice-provider-request-mode-sap-article-7-order = 要求披露订户信息的命令（《第二附加议定书》第7条）
choice-provider-request-mode-voluntary = 自愿披露请求

## Choices: extradition-posture

choice-extradition-posture-accused = 被告人，为进行起诉而被请求引渡
choice-extradition-posture-convicted = 已被定罪并判处刑罚
choice-extradition-posture-convicted-in-absentia = 已被缺席定罪
choice-extradition-posture-convicted-not-sentenced = 已被定罪但尚未判处刑罚

## Choices: earlier-kind

choice-earlier-kind-preservation = 快速保全请求
choice-earlier-kind-mla = 司法协助请求
choice-earlier-kind-emergency-disclosure = 紧急披露请求
choice-earlier-kind-provider-request = 向服务提供者提出的请求
choice-earlier-kind-provisional-arrest = 临时逮捕请求
choice-earlier-kind-extradition = 引渡请求

## Instruments

instrument-untoc = 《联合国打击跨国有组织犯罪公约》（2000年）
instrument-uncac = 《联合国反腐败公约》（2003年）
instrument-vienna1988 = 《联合国禁止非法贩运麻醉药品和精神药物公约》（1988年）
instrument-budapest = 《网络犯罪公约》（Convention on Cybercrime，布达佩斯，2001年）
instrument-sap = 《网络犯罪公约关于加强合作和披露电子证据的第二附加议定书》（Second Additional Protocol，2022年）
instrument-uncc2024 = 《联合国打击网络犯罪公约》（2024年）
instrument-terrorist-bombings = 《制止恐怖主义爆炸的国际公约》（1997年）
instrument-terrorist-financing = 《制止向恐怖主义提供资助的国际公约》（1999年）
instrument-nuclear-terrorism = 《制止核恐怖主义行为国际公约》（2005年）
instrument-bilateral = 双边条约
instrument-domestic = 国内法
instrument-reciprocity = 互惠
# UNSURE: official Chinese title of the Model Treaty on Mutual Assistance in Criminal Matters (GA res. 45/117) recalled as 《刑事事件互助示范条约》; check against UNTERM.
instrument-model-mla = 《刑事事件互助示范条约》（大会第45/117号决议）
instrument-model-extradition = 《引渡示范条约》（大会第45/116号决议）
instrument-model-law-extradition = 联合国毒品和犯罪问题办公室《引渡示范法》（2004年）
instrument-tcy-preservation = T-CY(2018)11，数据保全请求模板（《布达佩斯公约》第29–30条）
instrument-tcy-subscriber = T-CY(2018)10，关于订户信息的司法协助请求模板（《布达佩斯公约》第31条）
instrument-pcoc-mla = PC-OC(2015)09rev3，司法协助示范请求表指南（欧洲委员会）
instrument-pcoc-extradition = PC-OC(2021)04rev，引渡指南和示范请求（欧洲委员会）
instrument-pcoc-national = 刑事事项司法协助国家程序（欧洲委员会，PC-OC）
instrument-pilon = 《司法协助手册》（Mutual Legal Assistance Handbook，太平洋岛屿法律官员网络，PILON）
instrument-us-hk-draft = 美国与香港司法协助协定草案（1988年11月22日）
instrument-two-tier-model = 双层双边司法协助模式（“在所有情况下”提供的项目和“在可能情况下”提供的项目）
instrument-oas-form = 司法协助请求表（美洲国家组织，阿根廷）
instrument-sirius = SIRIUS EU Digital Evidence Situation Report（SIRIUS 欧盟数字证据状况报告）
instrument-doj-crm = 美国司法部 Criminal Resource Manual（《刑事资源手册》）
instrument-doj-beyond-borders = 美国司法部“Obtaining Data Beyond Borders”（《跨境获取数据》）
instrument-unodc-mla-tool = 联合国毒品和犯罪问题办公室司法协助请求书撰写工具（Mutual Legal Assistance Request Writer Tool，2017年）
instrument-eu-1543 = 关于刑事诉讼中电子证据的欧洲提交令和欧洲保全令的（欧盟）第2023/1543号条例
instrument-hk-extradition = 香港移交逃犯协定
instrument-us-uk-extradition = 《美利坚合众国与联合王国引渡条约》
instrument-london-scheme = 《英联邦内部引渡伦敦方案》（London Scheme）
instrument-adb-oecd = 《亚洲及太平洋地区的司法协助：31个法域的经验》（亚洲开发银行/经合组织，2017年）
instrument-requested-state-law = 被请求国的法律和要求
