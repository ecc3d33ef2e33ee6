## Findings: what a request still lacks and why it matters. The legal basis and
## the severity are shown next to each message, so neither appears in it.
## $index is the 1-based number of the list element concerned.

## General: the request, the authorities, the legal basis

finding-missing-request-date = 请求未注明日期。请填写签发日期：请求以此日期为标识，各项期限和此后的援引也以此日期为准。
finding-missing-request-reference = 请求没有参考编号。请填写您的案件或案卷编号，以便将答复、催询和后续请求与本请求相关联。
finding-missing-request-language = 未选择请求书所用语文。请求书及其佐证文件必须使用被请求国可以接受的语文，或附有译成此种语文的译文。
finding-language-not-accepted = 请求书使用{ $language }，被请求国不接受该语文；其接受的语文为：{ $accepted_languages }。请将请求书及其佐证文件译成其中一种语文，否则请求可能被退回而不予执行。
finding-missing-channel = 未选择转递渠道。请说明请求将如何发送（中心当局、外交渠道、国际刑警组织、24/7 网络等），因为被请求国可能只接受通过特定渠道转递的请求。
finding-channel-not-accepted = 被请求国不接受“{ $channel }”这一转递渠道；其接受的渠道为：{ $accepted_channels }。以其他方式发送的请求可能被延误或不予处理，因此请选择一种可接受的渠道。
finding-missing-requested-state = 未选择被请求国。请选择被请求提供协助的国家（对于直接发给服务提供者的请求，则选择该服务提供者设立地所在国）：适用该国的语文、渠道和要求。
finding-missing-receiving-authority = 未写明被请求国的接收当局。请将请求发给主管当局（中心当局，或就保全和紧急情况而言的 24/7 联络点），以免因转交而延误。
finding-missing-requesting-authority = 未写明提出请求的当局。被请求国或服务提供者必须知道由哪个当局提出请求，以便核实其是否具有主管资格并作出答复。
finding-missing-requesting-authority-contact = 未提供提出请求的当局的电子邮件地址或电话号码。被请求国或服务提供者必须能够迅速与您联系，以提出问题或告知结果。
finding-missing-requesting-authority-time-zone = 未提供提出请求的当局所在的时区。时区与办公时间一起，可让对方知道何时能联系到您，以及如何理解请求中的时间。
finding-missing-signatory = 未写明签署人。请填写代表提出请求的当局签署请求的人员的姓名和职务。
finding-missing-legal-basis = 未提供法律依据。请写明据以请求协助的公约或条约（或国内法或互惠）；被请求国首先要核查两国之间适用哪项法律文书。
finding-missing-legal-basis-instrument = 第 { $index } 项法律依据：未选择法律文书。请选择所依据的公约、条约、国内法或互惠。
finding-missing-bilateral-treaty-title = 第 { $index } 项法律依据：未写明双边条约的名称。请提供其全称和日期，以便被请求国确认两国之间有效的条约。
finding-urgency-without-reason = 请求标为紧急，但未说明理由。请说明紧急的原因（有人被羁押、证据有灭失或毁损的风险、审判或时效期限迫近）；未说明理由的紧急请求很少获得优先处理。
finding-requested-date-past = 请求执行的日期已过（今天是 { $today }）。请设定一个切实可行的未来日期，或删除该日期。
finding-requested-date-without-reason = 请求在某一日期之前执行，但未说明理由。请说明该期限的原因（庭审、羁押期限、时效期间），以便被请求国予以考虑。
finding-confidentiality-without-reason = 请求保密，但未说明理由。请说明为何请求及其执行必须保密（例如不得惊动犯罪嫌疑人），以便被请求国判断能否遵守，并在不能遵守时通知您。
finding-missing-earlier-request = 本请求是对先前请求的后续或延长，但未列出该先前请求。请添加其日期和编号，以便被请求国将两者相关联。
finding-missing-earlier-request-reference = 第 { $index } 项先前请求：缺少编号。请提供其编号（如知道被请求国的编号，也请一并提供），以便将两份案卷相关联。

## General: offences, facts and persons (several kinds of request)

finding-missing-offence = 未列出任何犯罪。请写明所涉的一项或多项犯罪：否则被请求国或服务提供者无法核查采取行动的法律条件，例如双重犯罪或最低刑罚。
finding-missing-offence-name = 第 { $index } 项犯罪：缺少罪名。请按贵国法律中的名称填写罪名。
finding-missing-offence-provision = 第 { $index } 项犯罪：未援引法律条款。请写明规定该犯罪的法律及条文，以便接收当局识别该犯罪并核查采取该措施的法律条件。
finding-missing-offence-text-of-law = 第 { $index } 项犯罪：未提供法律条文。请引述规定该犯罪的条款，以便被请求国将有关行为与其本国法律进行比较，并评估是否符合双重犯罪的要求。
finding-missing-offence-penalty = 第 { $index } 项犯罪：未提供最高刑罚。请写明法律规定的刑罚：刑罚门槛（例如可引渡犯罪的最低刑罚）以及是否需要提供保证，均据此评估。
finding-missing-summary-of-facts = 缺少有关事实概述。请说明何人于何时何地实施了何种行为：被请求国需要据此认定请求涉及犯罪，并在必要时评估双重犯罪（仅为送达文书而提出的司法协助请求方可省略此项）。
finding-missing-person-identity = 第 { $index } 名人员：缺少姓氏（对于法人，则缺少其名称）。请尽可能完整地确认该人身份；被请求国无法针对或为了一个无法识别的人采取行动。
finding-missing-person-nationality = 第 { $index } 名人员：未提供国籍。如已知，请予填写：国籍有助于识别该人；在引渡案件中，被请求国必须知道该人是否为其本国国民。
finding-missing-person-location = 第 { $index } 名人员：既未提供所在地，也未提供地址。请说明该人所在或据信所在的地点；否则被请求国无法找到该人。

## Mutual legal assistance

finding-missing-proceedings-nature = 未说明诉讼程序的性质。请说明请求是为侦查、起诉、审判还是执行刑罚，以便被请求国了解该事项属于刑事事项以及所处的阶段。
finding-missing-conducting-authority = 未写明进行侦查或诉讼程序的当局。请写明负责该案的检察官、法官、法院或机构，即使其同时也是提出请求的当局。
finding-missing-conducting-authority-functions = 未说明进行诉讼程序的当局的职能。请说明其作用和权力（例如指挥刑事侦查的检察官），以便被请求国了解其是在刑事事项中行事。
finding-missing-assistance-sought = 未请求任何协助措施。请至少添加一项协助措施，说明请被请求国做什么。
finding-missing-measure-description = 第 { $index } 项协助措施：未说明所请求的协助。请准确说明请被请求国做什么。
finding-missing-measure-purpose = 第 { $index } 项协助措施：未说明目的。请说明索取证据、资料或要求采取行动的目的；被请求国需要据此执行该措施，且所得结果只能用于该目的。
finding-missing-measure-relevance = 第 { $index } 项协助措施：未说明与案件的关联。请说明所请求的内容与犯罪和事实有何联系；未说明这一点的请求常因范围过宽或具有臆测性而被拒绝。
finding-missing-special-procedure-reason = 请求采用特定程序，但未说明理由。请说明为何需要该程序（例如使证据可在贵国法院被采纳）；被请求国仅在其法律允许的情况下遵循该程序。
finding-missing-use-limitation-undertaking = 请求未承诺仅将证据用于所述的诉讼程序。请考虑作出此项承诺：未经被请求国同意，所得结果不得用于其他诉讼程序，且一些国家明确要求作出此项承诺。
finding-missing-death-penalty-assurance-mla = 某项犯罪可判处死刑，但未提供任何保证。许多国家在死刑案件中拒绝提供协助，除非得到不将证据用于判处或执行死刑的保证；请说明您能够提供的保证。

## Preservation of stored computer data

finding-missing-data-to-preserve = 未说明需保全的已存储数据。请对数据（种类、账户、期间）作出足够准确的说明，以便被请求国安排保全。
finding-missing-data-relation = 请求未说明需保全的数据与犯罪有何关系。请说明其关联；这可以表明为何需要这些数据，并避免请求范围过宽。
finding-missing-custodian = 既未提供数据保管人，也未提供计算机系统所在地。请提供您所掌握的关于数据持有人（例如服务提供者）或系统所在地的任何信息；否则被请求国无法有针对性地进行保全。
finding-missing-preservation-necessity = 请求未说明保全的必要性。请说明为何在司法协助请求得到执行之前，数据有灭失或被修改的风险（例如服务提供者的保存期限较短）。
finding-missing-mla-undertaking = 请求未说明随后将提出司法协助请求。准予保全的目的仅在于日后可根据此类请求对数据进行搜查、扣押或披露；请确认您打算提出该请求。
finding-missing-data-period = 未提供数据所涉期间。请提供起止日期：明确的期间可使请求符合相称性，并使数据持有人能够在其保存期限内找到数据。

## Emergency disclosure (the provider and the Second Additional Protocol findings also apply to provider requests)

finding-missing-emergency-route = 未选择紧急请求的途径。请在根据《第二附加议定书》向被请求国 24/7 联络点提出请求与直接向服务提供者发送紧急请求之间作出选择；两者所要求的内容不同。
finding-missing-emergency-facts = 缺少表明紧急情况的事实。请说明自然人的生命或安全所面临的重大而紧迫的危险；否则该请求不能作为紧急请求处理。
finding-missing-emergency-link = 请求未说明所需数据与紧急情况有何关联。请说明数据将如何帮助避免该危险（例如确定被害人的位置或识别犯罪人）；紧急披露以这种关联为前提。
finding-missing-24-7-contact = 未提供可全天候联系到请求方的电话号码或电子邮件地址。在紧急情况下，24/7 联络点或服务提供者必须能够随时与您联系，以澄清请求或提交数据。
finding-missing-provider = 未写明服务提供者。请写明拥有或控制数据的服务提供者（应为法律实体，而不仅是服务的名称）。
finding-missing-provider-address = 未提供服务提供者的地址。根据《第二附加议定书》提出的请求或发出的命令，必须写明拥有或控制数据的服务提供者的名称和地址。
finding-missing-sap-legal-basis = 未将《布达佩斯公约》的《第二附加议定书》列为法律依据。根据该议定书发出的命令或紧急请求必须说明系依据该议定书签发；请将该议定书添加到法律依据中，或选择其他途径。
finding-missing-data-description = 未说明所需数据。请说明所需的具体数据（如为命令，则说明所需的具体订户信息）；说明含糊或范围过宽是请求被拒绝的常见原因。

## Requests to service providers

finding-missing-provider-request-mode = 未选择向服务提供者提出请求的类型。请在根据《第二附加议定书》发出的订户信息披露命令与自愿披露请求之间作出选择；两者的法律效力和所要求的内容不同。
finding-order-beyond-subscriber-information = 第 { $index } 个数据类别既不是订户信息，也不是识别用户身份的数据。根据《第二附加议定书》直接发给服务提供者的命令只能要求提供订户信息；其他数据应通过服务提供者所在国的当局获取（快速提交或司法协助）。
finding-voluntary-content-requested = 第 { $index } 个数据类别：以自愿披露方式请求提供内容数据。服务提供者通常只根据其所在国的法律程序披露内容数据，因此预计会被拒绝；请考虑先请求保全，再提出司法协助请求。
finding-provider-does-not-disclose = 根据其概况资料，{ $provider } 不会应自愿请求披露属于“{ $category }”类别的数据。请删除该类别，或通过司法协助获取该数据（必要时先行保全）。
finding-missing-domestic-legal-ground = 未提供签发命令的国内法律依据。请援引贵国法律中授权签发当局命令披露订户信息的条款。
finding-missing-time-frame = 未提供服务提供者答复的时限。请说明订户信息应在何时之前以何种方式提交，以便服务提供者了解要求，您也能知道何时应通过服务提供者所在国寻求强制执行。
finding-missing-simultaneous-notification = 服务提供者所在国要求，对发给其境内服务提供者的命令须同时作出通知，而请求未确认已作出此种通知。请在发出命令时，将命令、补充信息和事实概述发送给该国的指定当局，然后在此处予以确认。

## Extradition

finding-missing-person-sought = 未将任何人标为被请求引渡人。请添加被请求引渡或临时逮捕的人，并尽可能准确地描述其特征。
finding-missing-person-description = 第 { $index } 名人员：未描述被请求引渡人。请尽可能准确地描述其特征（体貌特征、显著标记），以便被请求国确信被逮捕者即为被请求引渡人。
finding-missing-person-date-of-birth = 第 { $index } 名人员：未提供出生日期。出生日期对于确定被请求引渡人的身份、将其与同名者相区别至关重要。
finding-missing-identification-material = 第 { $index } 名人员：未提供照片、指纹或身份证件。通常需要此类材料来证明被请求引渡人的身份；请附上现有的材料。
finding-missing-extradition-posture = 未选择被请求引渡人的诉讼状况。请说明该人是被指控、已被定罪、已被缺席定罪，还是已被定罪但尚未判处刑罚；所需的佐证文件取决于此。
finding-missing-offence-time = 第 { $index } 项犯罪：未提供犯罪时间。对于被指控者，请求必须说明被指控的作为或不作为发生的时间；被请求国还需据此核查时效。
finding-missing-offence-place = 第 { $index } 项犯罪：未提供犯罪地点。对于被指控者，请求必须说明被指控的作为或不作为发生的地点；被请求国还需据此核查管辖权。
finding-missing-warrant = 无法确认逮捕令：缺少签发当局。对于被指控者，引渡需要由法院或其他主管司法当局签发的逮捕令；请写明该当局，并附上逮捕令或其核证副本。
finding-missing-warrant-date = 未提供逮捕令的日期。请按逮捕令上所载，填写其签发日期。
finding-missing-judgment = 无法确认判决：缺少法院。对于已被定罪者，引渡需要有罪判决或其核证副本；请写明法院并附上判决。
finding-missing-judgment-date = 未提供判决日期。请填写作出有罪判决的日期。
finding-missing-enforceability-statement = 请求未说明刑罚可予执行。对于已被定罪者，被请求国必须确认刑罚可以执行；仅在判决可予执行时方可作此确认。
finding-missing-sentence-remaining = 未提供尚待执行的刑期。请说明剩余刑期；为执行刑罚而进行的引渡，通常要求尚待执行的刑期不低于一定期限。
finding-missing-retrial-statement = 请求未说明被缺席定罪者的权利。请说明该人可用以准备辩护或使案件重新审判的法律途径；否则被请求国可以拒绝引渡。
finding-missing-sentence-statement = 请求未说明将判处刑罚。对于已被定罪但尚未判处刑罚者，请确认尚待判处刑罚，并附上证明定罪的文件。
finding-missing-death-penalty-assurance = 某项犯罪可判处死刑，但未提供任何保证。除非得到不判处死刑或即使判处死刑也不予执行的保证，被请求国可以拒绝引渡；请说明主管当局提供的保证。
finding-missing-speciality-undertaking = 请求未承诺遵守特定性原则。请确认：未经被请求国同意，不因该人在移交前所犯的、准予引渡的犯罪以外的任何犯罪而对其进行起诉、判刑或再引渡。
finding-missing-limitation-provisions = 未提供关于时效的规定。请引述关于起诉或执行时效的规定以及任何中断时效的行为；如该人已因时效届满而免于追诉或执行，引渡将被拒绝。
# UNSURE: "prima facie case" rendered as 表面证据成立 (common-law concept; no UN-convention term to check against).
finding-missing-evidence-summary = 缺少证据概要。被请求国要求提供足以证明针对被指控者的表面证据成立的证据；请概述表明该人实施了该犯罪的证据。

## Provisional arrest

finding-missing-extradition-undertaking = 请求未说明随后将提出引渡请求。临时逮捕仅在等待正式请求期间准予；请确认将在规定期限内提交引渡请求，否则该人可能被释放。
finding-missing-warrant-statement = 请求未说明存在逮捕令或判决。请写明作为请求依据的逮捕令或判决（签发当局、日期、编号）；临时逮捕只能以此为依据予以准许。

## Measures of assistance

finding-missing-examinee = 第 { $index } 项协助措施：未写明被询问人。请写明需获取其陈述的证人、犯罪嫌疑人、鉴定人或被害人。
finding-missing-examinee-location = 第 { $index } 项协助措施：未提供被询问人的下落。请提供可在被请求国境内找到该人的地址或其他信息。
finding-missing-examinee-status = 第 { $index } 项协助措施：未说明被询问人的身份。请说明该人是以证人、犯罪嫌疑人、鉴定人还是被害人的身份接受询问；应告知的权利和警示取决于此。
finding-missing-questions = 第 { $index } 项协助措施：未列出任何问题。请提供需向该人提出的问题，以便询问当局涵盖您所需的内容。
finding-missing-sworn-indication = 第 { $index } 项协助措施：未说明陈述是否须经宣誓或郑重声明。如贵国法院要求如此方可采纳该证据，请予说明。
finding-missing-officials-names = 第 { $index } 项协助措施：请求国官员将在场，但未写明其姓名。请提供其姓名和职务，以便被请求国批准其在场。
finding-missing-service-addressee = 第 { $index } 项协助措施：未写明受送达人。请填写文书受送达人的姓名。
finding-missing-service-address = 第 { $index } 项协助措施：未提供受送达人的地址。没有地址则无法送达文书。
finding-missing-service-documents = 第 { $index } 项协助措施：未列出需送达的文书。请逐一列出每份文书（标题、日期），以便进行送达并证明已送达。
finding-missing-service-manner = 第 { $index } 项协助措施：未说明送达方式。请说明是否需要采用特定方式（例如交付本人），以及是否需要送达证明。
finding-missing-search-place = 第 { $index } 项协助措施：未描述需搜查的场所或人员。请予准确描述（地址、处所、车辆）；不能依据含糊的描述下令搜查。
finding-missing-seizure-items = 第 { $index } 项协助措施：未描述需扣押的物品。请准确描述所需的物品或物品类别。
finding-missing-search-grounds = 第 { $index } 项协助措施：未提供认为物品位于需搜查地点的理由。请予说明；被请求国当局通常需要据此下令搜查。
finding-missing-seizure-lawfulness = 第 { $index } 项协助措施：请求未说明在请求国可依法进行该搜查和扣押。一些国家要求作出此项说明；仅在属实时方可作出。
finding-missing-object-or-site = 第 { $index } 项协助措施：未描述需检查的物品或场所。请说明需检查的对象及检查方式。
finding-missing-object-location = 第 { $index } 项协助措施：未提供物品或场所的所在地。请说明其在被请求国境内的位置。
finding-missing-records-institution = 第 { $index } 项协助措施：未写明持有记录的机构。请写明持有记录的银行、公司或当局。
finding-missing-bank-accounts = 第 { $index } 项协助措施：既未提供账号，也未提供账户持有人。请至少提供其中一项；银行只能按账户或持有人检索其记录。
finding-missing-records-period = 第 { $index } 项协助措施：未提供记录所涉期间。请提供起止日期；不限期间的记录请求常因范围过宽而被拒绝。
finding-missing-document-types = 第 { $index } 项协助措施：未具体说明文件类型。请说明需要哪些记录（例如开户文件、对账单、签名卡）。
finding-missing-records-certification = 第 { $index } 项协助措施：未请求对记录进行核证。如贵国法院要求经认证的记录（例如营业记录证明书），请说明需要何种核证。
finding-missing-information-items = 第 { $index } 项协助措施：未描述所需的资料或物证。请予准确描述。
finding-missing-videoconference-witness = 第 { $index } 项协助措施：未写明以电视会议方式接受询问的人员。请写明需接受询问的证人或鉴定人。
finding-missing-videoconference-datetime = 第 { $index } 项协助措施：未提议询问的日期和时间。请连同时区一并提议，以便双方安排会议室、设备和口译人员。
finding-missing-videoconference-technical-contact = 第 { $index } 项协助措施：未提供电视会议的技术联系人。请提供可在询问前测试连接的联系人或电子邮件地址。
finding-missing-interpreter-language = 第 { $index } 项协助措施：未提供口译语文。请说明是否需要口译人员以及需要何种语文。
finding-missing-transfer-person = 第 { $index } 项协助措施：未写明需移送的被羁押人。请写明请求临时移送的被羁押人员。
finding-missing-place-of-detention = 第 { $index } 项协助措施：未提供羁押地点。请说明该人被羁押的地点。
finding-missing-return-date = 第 { $index } 项协助措施：未提供送回日期。被移送人必须在羁押状态下被送回；请说明送回时间。
finding-missing-safe-conduct = 第 { $index } 项协助措施：未确认安全通行保证。请考虑承诺：除移送本身所需的羁押外，不因该人在移送前的作为、不作为或定罪而对其进行起诉、处罚或以其他方式限制其人身自由。
finding-missing-appearance-person = 第 { $index } 项协助措施：未写明受邀出庭的人员。请写明请求其自愿到请求国出庭的人员。
finding-missing-allowances = 第 { $index } 项协助措施：未说明津贴和费用。请说明将支付哪些差旅费和生活费；该人需要在同意出庭之前了解这些情况。
finding-missing-property = 第 { $index } 项协助措施：未描述财产。请尽可能准确地描述所涉犯罪所得、财产或工具（种类、所在地、持有人、价值）。
finding-missing-property-link = 第 { $index } 项协助措施：未说明财产与犯罪的关联。请说明为何该财产属于犯罪所得或犯罪工具；否则被请求国无法对其采取行动。
finding-missing-property-location = 第 { $index } 项协助措施：未提供财产所在地。请说明其位置（银行和账户、地址、登记机构）。
finding-missing-freezing-order = 第 { $index } 项协助措施：未提及国内冻结令或扣押令。如有此类命令，请提供其编号并附上该命令；许多国家更愿意依据外国命令采取行动。
finding-missing-confiscation-order = 第 { $index } 项协助措施：未确认没收令。请写明作出没收令的法院并附上该命令；被请求国执行的是没收令，而不仅仅是一项请求。
finding-missing-transfer-reasons = 第 { $index } 项协助措施：未说明移交诉讼的理由。请说明为何被请求国更适合进行起诉（例如犯罪嫌疑人的国籍或居所，或证据所在地）。
finding-missing-jit-participants = 第 { $index } 项协助措施：未提供联合调查组的参与方。请写明将参与的国家和当局。
finding-missing-jit-objectives = 第 { $index } 项协助措施：未提供联合调查组的目标。请说明联合调查的目的和范围。
finding-missing-delivery-goods = 第 { $index } 项协助措施：未描述控制下交付的货物。请描述该批货物（性质、数量、包装）。
finding-missing-delivery-route = 第 { $index } 项协助措施：未提供控制下交付的路线。请描述预计路线、中转地点和运输工具。
finding-missing-data-categories = 第 { $index } 项协助措施：未选择数据类别。请说明所需的是订户信息、流量数据还是内容数据；各类数据的法律条件不同。
finding-missing-preservation-reference = 第 { $index } 项协助措施：未提及先前的保全请求。如数据已被保全，请提供保全请求编号，以便在保全期满之前将本请求与已保全的数据相关联。
finding-missing-collection-period = 第 { $index } 项协助措施：既未提供收集的开始日期，也未提供持续时间。请说明应于何时开始以及持续多久；实时措施只能在有限期间内获得批准。
finding-missing-domestic-authorisation = 第 { $index } 项协助措施：未附国内授权。如贵国法律要求授权，请附上法官或其他主管当局批准该措施的命令；被请求国可能要求提供。

## Identifiers of electronic evidence

finding-missing-identifiers = 未提供任何标识符。请列出所涉账户、电子邮件地址、电话号码、IP 地址（附日期和时间）或其他标识符；否则无法找到有关数据或通信。
finding-missing-identifier-value = 第 { $index } 个标识符：缺少标识符的值。请完全按照证据中所示，填写账户、地址、号码或其他标识符。
finding-ip-without-timestamp = 第 { $index } 个标识符：该 IP 地址没有日期和时间。IP 地址会被共用和重新分配，因此只能识别某一精确时刻的用户；请提供日期和时间及其 UTC 时差。
finding-ip-without-port = 第 { $index } 个标识符：该 IP 地址没有源端口。在多个用户共用一个地址的情况下，服务提供者只有借助端口才能识别用户；如您的记录显示端口，请予提供。

## Formats of typed values

finding-invalid-date = “{ $value }”不是有效日期。请按 YYYY-MM-DD 格式填写日期。
finding-invalid-datetime = “{ $value }”不是有效的日期和时间。请附上 UTC 时差，例如 2026-03-01T14:05:09+01:00。
finding-datetime-without-zone = “{ $value }”没有 UTC 时差或时区，因此未指明一个精确时刻：服务提供者无法判断当时由谁使用某一 IP 地址。请写成 2026-03-01T14:05:09+01:00 的形式。
finding-invalid-time-zone = “{ $value }”不是可识别的时区。请填写 UTC 时差（如 UTC+02:00）或时区名称（如 Europe/Paris）。
finding-invalid-country = “{ $value }”不是国家代码。请使用大写的 ISO 3166 两字母代码，例如 FR。
finding-invalid-language = “{ $value }”不是已知的语文代码。请使用小写的 ISO 639-1 两字母代码，例如 en、fr 或 ar。
finding-invalid-email = “{ $value }”不是有效的电子邮件地址。请予核对：答复和数据将发送至该地址。
finding-invalid-url = “{ $value }”不是有效的网址。请填写包括 https:// 在内的完整网址。
finding-invalid-phone = “{ $value }”看起来不像电话号码。请以含国家代码的国际格式填写，例如 +33 1 23 45 67 89。
finding-invalid-ip-address = “{ $value }”不是有效的 IPv4 或 IPv6 地址。请从记录中准确复制：错误的标识符会指向错误的订户，或根本找不到任何数据。
finding-invalid-port = 端口号无效。端口是 0 至 65535 之间的整数。
finding-invalid-domain = “{ $value }”不是有效的域名。填写时请勿包含协议或路径，例如 example.org。
finding-invalid-amount = “{ $value }”不是有效金额。请填写数字，可带小数点，不得包含空格、分隔符或货币符号，例如 125000.50。
finding-invalid-currency = “{ $value }”不是货币代码。请使用大写的 ISO 4217 三字母代码，例如 EUR 或 USD。
finding-invalid-choice = “{ $value }”不是本字段允许的值。请从列表中选择一个值。
finding-date-range-reversed = 期间的结束日期早于开始日期。请核对这两个日期：颠倒的期间不涵盖任何数据。

## Country profiles

finding-no-country-profile = Rogatory 没有国家“{ $country }”的概况资料，因此无法核查其接受的语文、渠道和特殊要求。请在发送之前查阅被请求国公布的国家程序。
finding-xa-seizure-lawfulness-statement = 第 { $index } 项协助措施：被请求国（示例概况 XA）只有在请求说明在请求国可依法采取该措施时，才执行搜查和扣押。如属实，请作出此项说明。

## Added with the cross-field and party checks

finding-requested-date-before-request = 请求执行的截止日期早于请求本身的日期。请核对这两个日期。
finding-document-dated-after-request = 逮捕令或判决的日期晚于请求日期。请核对日期：请求只能依据已经存在的决定。
finding-unconfirmed-instrument-cited = 本工具尚未根据正式文本核实《联合国打击网络犯罪公约》（2024年）的条款编号。请根据作准文本核对您援引的每一条款，并核实该公约对被请求国的效力状况。
finding-order-identification-data = 第 { $index } 个数据类别要求提供识别用户身份的数据（例如附有端口和时间戳的 IP 地址）。请核实被请求国是否根据《第二附加议定书》将其视为订户信息；如否，请通过该国当局获取。
finding-requested-state-not-party = 根据其概况资料，被请求国不是{ $instrument }的缔约国。请援引两国之间有效的法律文书、双边条约或互惠。
finding-unsupported-characters = 此文本包含 Rogatory 所附字体无法打印的字符：{ $chars }。请替换这些字符（例如改用最接近的常用字符），否则它们在请求书中将显示为空白方框。
