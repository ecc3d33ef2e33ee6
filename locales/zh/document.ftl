## The request document: standard wording around what the officer wrote.
## Legal terms follow the United Nations conventions.

doc-title-mla = 刑事司法协助请求书
doc-title-preservation = 关于快速保全已存储计算机数据的请求书
doc-title-emergency-disclosure = 关于披露已存储计算机数据的紧急请求书
doc-title-provider-request = 关于披露订户信息的请求书
doc-title-extradition = 引渡请求书
doc-title-provisional-arrest = 以引渡为目的的临时逮捕请求书

doc-opening-mla =
    { $has_bases ->
        [yes] { $authority }根据{ $bases }，谨向被请求国主管当局提出本刑事司法协助请求，请求依照被请求国法律执行本请求，并在不违反该国法律的情况下，尽可能按照下文所述程序执行。
       *[other] { $authority }谨向被请求国主管当局提出本刑事司法协助请求，请求依照被请求国法律执行本请求，并在不违反该国法律的情况下，尽可能按照下文所述程序执行。
    }
# UNSURE: "search or similar access, seizure or similar securing, or disclosure" (Budapest Convention art. 29, no official Chinese text) rendered as 搜查或以类似方式访问、扣押或以类似方式获取、或者披露.
doc-opening-preservation =
    { $has_bases ->
        [yes] { $authority }根据{ $bases }，请求快速保全下文所述的已存储计算机数据，以待随后就搜查或以类似方式访问、扣押或以类似方式获取、或者披露该数据提出司法协助请求。
       *[other] { $authority }请求快速保全下文所述的已存储计算机数据，以待随后就搜查或以类似方式访问、扣押或以类似方式获取、或者披露该数据提出司法协助请求。
    }
doc-opening-emergency-disclosure =
    { $has_bases ->
        [yes] 鉴于某一自然人的生命或安全面临重大而紧迫的危险，{ $authority }根据{ $bases }，请求快速披露下文所述的已存储计算机数据。
       *[other] 鉴于某一自然人的生命或安全面临重大而紧迫的危险，{ $authority }请求快速披露下文所述的已存储计算机数据。
    }
doc-opening-provider-request =
    { $has_bases ->
        [yes] { $authority }根据{ $bases }，请求披露下文所述的订户信息。该信息为特定刑事侦查或诉讼程序所需，并将仅用于该侦查或诉讼程序。
       *[other] { $authority }请求披露下文所述的订户信息。该信息为特定刑事侦查或诉讼程序所需，并将仅用于该侦查或诉讼程序。
    }
doc-opening-extradition =
    { $has_bases ->
        [yes] { $authority }根据{ $bases }，请求引渡下文所述人员，并随本请求转递所适用的法律文书要求提供的文件和资料。
       *[other] { $authority }请求引渡下文所述人员，并随本请求转递所需的文件和资料。
    }
doc-opening-provisional-arrest =
    { $has_bases ->
        [yes] { $authority }根据{ $bases }，紧急请求临时逮捕下文所述人员，以待提出引渡请求。
       *[other] { $authority }紧急请求临时逮捕下文所述人员，以待提出引渡请求。
    }

doc-heading-legal-basis = 法律依据
doc-heading-proceedings = 进行诉讼程序的当局和诉讼程序的性质
doc-heading-offences = 犯罪和适用的法律
doc-heading-facts = 案件事实
doc-heading-persons = 有关人员
doc-heading-assistance = 请求提供的协助
doc-heading-special-procedures = 请求遵循的特定程序
doc-heading-urgency = 紧急程度和时限
doc-heading-confidentiality = 保密
doc-heading-undertakings = 承诺
doc-heading-assurances = 保证
doc-heading-earlier-requests = 先前的请求
doc-heading-contact = 执行本请求的联系方式
doc-heading-annexes = 附件
doc-heading-custodian = 数据保管人
doc-heading-data-to-preserve = 需保全的数据
doc-heading-emergency = 紧急情况
doc-heading-provider = 服务提供者
doc-heading-data-sought = 所需数据
doc-heading-person-sought = 被请求引渡人
doc-heading-extradition-documents = 逮捕令、判决及其他证明文件
doc-heading-provisional-arrest = 临时逮捕

doc-intro-undertakings = 请求国作出如下承诺：
doc-intro-assurances = 请求国作出如下保证：

doc-item-legal-basis = 法律文书{ $index }：{ $name }
doc-item-offence = 犯罪{ $index }：{ $name }
doc-item-person = 人员{ $index }：{ $name }
doc-item-annex = 附件{ $index }：{ $name }
doc-item-earlier-request = 先前请求{ $index }：{ $name }
doc-item-measure = { $index }. { $measure }

doc-addressee = 致：{ $addressee }
doc-date = { $date }
doc-place-date = { $place }，{ $date }
doc-our-reference = 我方编号：{ $reference }
doc-closing = 提出请求的当局随时准备应被请求国当局的要求，提供执行本请求可能需要的任何补充资料，并谨对其合作表示感谢。
doc-confidential = 机密
doc-draft = 草稿
doc-page = 第{ $page }页，共{ $pages }页
doc-yes = 是
doc-no = 否
doc-range = { $from }至{ $to }
doc-port = 端口 { $port }
doc-list-semicolon = {"；"}

# A draft that does not yet name the requesting authority.
doc-missing-authority = [请求机关]

## A request for additional information about a request received (register).
doc-title-additional-information = 补充资料请求
doc-additional-information-opening = 兹提及我方已收到的贵方{ $date }的{ $kind }，编号{ $reference }。
doc-additional-information-basis-untoc = 根据《联合国打击跨国有组织犯罪公约》第十八条第十六款，请贵方提供执行该请求所需的下列补充资料：
doc-additional-information-basis = 为执行贵方请求，请贵方提供下列补充资料：
doc-additional-information-closing = 我方收到上述资料后将继续处理贵方请求。请在答复中注明我方编号。
doc-their-reference = 贵方编号：{ $reference }
