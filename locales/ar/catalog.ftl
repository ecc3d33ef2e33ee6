### The catalog: names of request kinds, wizard steps, form fields, forms of
### assistance, choice values and legal instruments (templates/*.toml).

## Kinds

kind-mla = طلب مساعدة قانونية متبادلة
kind-mla-help = طلب يُوجَّه إلى دولة أخرى للحصول على أدلة أو لاتخاذ تدبير آخر لأغراض التحقيق أو الملاحقة القضائية أو المحاكمة، كالحصول على أقوال الأشخاص، أو تقديم السجلات، أو تنفيذ عمليات التفتيش والحجز، أو تجميد عائدات الجرائم (المادة 18 من اتفاقية الجريمة المنظمة، والمادة 46 من اتفاقية مكافحة الفساد).
kind-preservation = طلب التعجيل بحفظ البيانات الحاسوبية المخزنة
kind-preservation-help = طلب يُوجَّه إلى دولة أخرى للتعجيل بحفظ البيانات الحاسوبية المخزنة قبل حذفها، ريثما يُعَدّ طلب المساعدة القانونية المتبادلة الذي يجب أن يليه (المادة 29 من اتفاقية بودابست).
kind-emergency-disclosure = طلب الكشف عن البيانات في حالات الطوارئ
kind-emergency-disclosure-help = الحصول فورًا على بيانات حاسوبية مخزنة عند وجود خطر جسيم ووشيك يهدد حياة شخص أو سلامته، عن طريق شبكة 24/7 (المادة 9 من البروتوكول الإضافي الثاني) أو مباشرةً من مقدم خدمة يقبل الطلبات العاجلة.
kind-provider-request = طلب موجَّه إلى مقدم خدمة
kind-provider-request-help = طلب يُوجَّه مباشرةً إلى مقدم خدمة في دولة أخرى للحصول على بيانات، إما بأمر بتقديم معلومات المشترك (المادة 7 من البروتوكول الإضافي الثاني) وإما بطلب الكشف الطوعي عن بيانات غير بيانات المحتوى.
kind-extradition = طلب تسليم
kind-extradition-help = طلب يُوجَّه إلى دولة أخرى لتسليم شخص مطلوب لملاحقته قضائيًا أو لفرض عقوبة عليه أو تنفيذها (المادة 5 من المعاهدة النموذجية لتسليم المجرمين، والمادة 16 من اتفاقية الجريمة المنظمة).
kind-provisional-arrest = طلب القبض المؤقت
kind-provisional-arrest-help = في الحالات العاجلة، طلب يُوجَّه إلى دولة أخرى للقبض على الشخص المطلوب قبل وصول طلب التسليم إليها، مع التعهد بإرسال ذلك الطلب في غضون المهلة المقررة (المادة 9 من المعاهدة النموذجية لتسليم المجرمين، والفقرة 9 من المادة 16 من اتفاقية الجريمة المنظمة).

## Sections

section-request = بيانات الطلب
section-requesting-authority = السلطة الطالبة
section-requested-state = الدولة متلقية الطلب
section-provider = مقدم الخدمة
section-legal-bases = الأساس القانوني
section-proceedings = التحقيق أو الإجراءات
section-offences = الجرائم
section-facts = ملخص الوقائع
section-persons = الأشخاص المعنيون
section-measures = المساعدة المطلوبة
section-special-procedures = الإجراءات الخاصة
section-urgency = الاستعجال
section-confidentiality = السرية
section-undertakings = التعهدات والضمانات
section-earlier-requests = الطلبات السابقة
section-annexes = المرفقات
section-signatory = التوقيع
section-preservation = البيانات المطلوب حفظها
section-emergency = حالة الطوارئ
section-provider-request = الأمر أو الطلب الموجَّه إلى مقدم الخدمة
section-extradition = بيانات التسليم
section-provisional-arrest = بيانات القبض المؤقت

## Fields: request

field-request-date = تاريخ الطلب
field-request-reference = الرقم المرجعي
field-request-language = لغة الطلب
field-request-status = حالة الطلب
field-request-channel = قناة الإرسال

## Fields: requesting-authority

field-requesting-authority-name = اسم السلطة
field-requesting-authority-address = العنوان
field-requesting-authority-person = الشخص المسؤول
field-requesting-authority-function = الصفة الوظيفية
field-requesting-authority-phone = الهاتف
field-requesting-authority-mobile = الهاتف المحمول
field-requesting-authority-email = البريد الإلكتروني
field-requesting-authority-office-hours = ساعات العمل
field-requesting-authority-time-zone = المنطقة الزمنية

## Fields: requested-state

field-requested-state-country = الدولة
field-requested-state-authority = السلطة المتلقية
field-requested-state-address = العنوان
field-requested-state-email = البريد الإلكتروني
field-requested-state-phone = الهاتف

## Fields: provider

field-provider-profile = الملف التعريفي لمقدم الخدمة
field-provider-name = اسم مقدم الخدمة
field-provider-address = العنوان
field-provider-country = البلد
field-provider-email = البريد الإلكتروني
field-provider-portal = بوابة طلبات أجهزة إنفاذ القانون

## Fields: proceedings

field-proceedings-conducting-authority = السلطة التي تتولى التحقيق أو الإجراءات
field-proceedings-conducting-authority-functions = اختصاصات تلك السلطة
field-proceedings-case-numbers = أرقام القضايا
field-proceedings-nature = طبيعة الإجراءات
field-proceedings-stage = مرحلة الإجراءات

## Fields: facts

field-facts-summary = ملخص الوقائع ذات الصلة
field-facts-evidence = الأدلة التي جُمعت حتى الآن

## Fields: special-procedures

field-special-procedures-description = الإجراء أو الشكليات الواجب اتباعها
field-special-procedures-reason = أسباب طلب هذا الإجراء

## Fields: urgency

field-urgency-urgent = هذا الطلب عاجل
field-urgency-reason = أسباب الاستعجال
field-urgency-requested-date = الموعد الأقصى المطلوب لتنفيذ الطلب

## Fields: confidentiality

field-confidentiality-required = يُرجى من الدولة متلقية الطلب أن تحافظ على سرية الطلب ومضمونه، إلا بالقدر اللازم لتنفيذه
field-confidentiality-reason = أسباب السرية
field-confidentiality-no-user-notification = يجب عدم إبلاغ المستخدم أو صاحب الحساب بالطلب

## Fields: undertakings

field-undertakings-use-limitation = التعهد بعدم استخدام المعلومات أو الأدلة في إجراءات غير تلك المبيَّنة في الطلب دون موافقة مسبقة
field-undertakings-confidentiality = التعهد بالحفاظ على سرية المعلومات والأدلة المتلقاة متى اشترطت الدولة متلقية الطلب ذلك
field-undertakings-costs = التعهد بتحمُّل النفقات ذات الطابع غير العادي وفق الشروط المتفق عليها مع الدولة متلقية الطلب
field-undertakings-reciprocity = ضمان المعاملة بالمثل في حالة مماثلة
field-undertakings-return-of-items = التعهد بإعادة الأشياء وأصول المستندات المقدَّمة متى انتفت الحاجة إليها
field-undertakings-speciality = التعهد باحترام مبدأ التخصيص
field-undertakings-no-reextradition = التعهد بعدم إعادة تسليم الشخص إلى دولة ثالثة دون موافقة الدولة متلقية الطلب
field-undertakings-death-penalty = ضمان بشأن عقوبة الإعدام
field-undertakings-fair-trial = ضمانات بشأن المحاكمة العادلة وظروف الاحتجاز
field-undertakings-other = تعهدات أو ضمانات أخرى

## Fields: signatory

field-signatory-name = اسم الموقِّع
field-signatory-function = الصفة الوظيفية
field-signatory-place = مكان التوقيع

## Fields: preservation

field-preservation-data-description = البيانات الحاسوبية المخزنة المطلوب حفظها
field-preservation-data-categories = فئات البيانات
field-preservation-identifiers = المعرِّفات
field-preservation-period = الفترة المشمولة
field-preservation-relation-to-offence = صلة البيانات بالجريمة
field-preservation-system-location = حائز البيانات أو مكان وجود النظام الحاسوبي
field-preservation-necessity = أسباب ضرورة الحفظ
field-preservation-mla-will-follow = سيُقدَّم لاحقًا طلب مساعدة متبادلة لتفتيش البيانات أو حجزها أو الكشف عنها
field-preservation-expedited-disclosure = يُطلب التعجيل بالكشف عن بيانات الحركة المحفوظة لتحديد أي مقدم خدمة في دولة أخرى شارك في إرسال الاتصال (المادة 30 من اتفاقية بودابست)

## Fields: emergency

field-emergency-route = مسار الطلب
field-emergency-risk-facts = الوقائع التي تبيِّن وجود خطر جسيم ووشيك يهدد حياة شخص أو سلامته
field-emergency-link-to-data = صلة البيانات بحالة الطوارئ
field-emergency-data-description = وصف البيانات المطلوبة
field-emergency-data-categories = فئات البيانات
field-emergency-identifiers = المعرِّفات
field-emergency-period = الفترة المشمولة
field-emergency-contact-name = شخص الاتصال المتاح على مدار الساعة (24/7)
field-emergency-contact-phone = هاتف الاتصال (24/7)
field-emergency-contact-email = البريد الإلكتروني للاتصال (24/7)

## Fields: provider-request

field-provider-request-mode = نوع الطلب
field-provider-request-data-description = وصف مفصَّل للبيانات المطلوبة
field-provider-request-data-categories = فئات البيانات
field-provider-request-identifiers = المعرِّفات
field-provider-request-period = الفترة المشمولة
field-provider-request-seeking-authority = السلطة التي تطلب البيانات، إن لم تكن هي السلطة المُصدِرة
field-provider-request-domestic-legal-ground = الأسس القانونية الداخلية لإصدار الأمر
field-provider-request-time-frame = المهلة المحددة للكشف عن البيانات
field-provider-request-return-manner = طريقة إرسال البيانات
field-provider-request-notification-made = أُخطرت في الوقت نفسه الدولة التي يوجد فيها مقدم الخدمة (الإخطار المتزامن)

## Fields: extradition

field-extradition-posture = الوضع الإجرائي للشخص المطلوب
field-extradition-warrant = أمر القبض
field-extradition-judgment = الحكم
field-extradition-retrial-statement = الوسائل القانونية المتاحة للشخص لإعداد دفاعه أو الحصول على إعادة محاكمته
field-extradition-sentence-to-be-imposed = ستُفرض عقوبة إثر الإدانة
field-extradition-evidence-summary = ملخص الأدلة
field-extradition-limitation = الأحكام المتعلقة بمدة التقادم والإجراءات القاطعة له
field-extradition-property = الممتلكات المطلوب تسليمها

## Fields: provisional-arrest

field-provisional-arrest-posture = الوضع الإجرائي للشخص المطلوب
field-provisional-arrest-warrant-or-judgment = أمر القبض أو الحكم الذي يستند إليه الطلب
field-provisional-arrest-extradition-will-follow = سيُقدَّم لاحقًا طلب بتسليم الشخص المطلوب

## Fields: legal-basis

field-legal-basis-instrument = الصك
field-legal-basis-title = عنوان المعاهدة أو القانون
field-legal-basis-articles = المواد المستنَد إليها

## Fields: penalty

field-penalty-kind = نوع العقوبة
field-penalty-term = المدة أو المبلغ

## Fields: offence

field-offence-name = اسم الجريمة
field-offence-provision = النص القانوني
field-offence-text-of-law = نص القانون
field-offence-max-penalty = الحد الأقصى للعقوبة
field-offence-committed-on = تاريخ ارتكاب الجريمة أو فترة ارتكابها
field-offence-committed-at = مكان ارتكاب الجريمة
field-offence-limitation = مدة التقادم

## Fields: identity-document

field-identity-document-type = نوع الوثيقة
field-identity-document-number = رقم الوثيقة
field-identity-document-issuer = الدولة المُصدِرة

## Fields: person

field-person-role = الصفة في الإجراءات
field-person-family-name = اسم العائلة
field-person-given-names = الاسم الشخصي
field-person-aliases = الأسماء الأخرى والأسماء المستعارة
field-person-date-of-birth = تاريخ الميلاد
field-person-place-of-birth = مكان الميلاد
field-person-nationality = الجنسية
field-person-identity-documents = وثائق الهوية
field-person-address = العنوان
field-person-location = مكان الوجود المعروف أو المحتمل
field-person-description = الأوصاف الجسدية
field-person-photograph = الصورة الفوتوغرافية
field-person-fingerprints = بصمات الأصابع

## Fields: date-range

field-date-range-from = من
field-date-range-to = إلى

## Fields: money

field-money-amount = المبلغ
field-money-currency = العملة

## Fields: identifier

field-identifier-type = نوع المعرِّف
field-identifier-value = المعرِّف
field-identifier-port = المنفذ
field-identifier-timestamp = التاريخ والوقت، مع المنطقة الزمنية

## Fields: annex

field-annex-reference = رقم المرفق
field-annex-title = العنوان
field-annex-file = الملف
field-annex-translated = أُرفقت ترجمة لهذا المرفق

## Fields: earlier-request

field-earlier-request-kind = نوع الطلب
field-earlier-request-date = التاريخ
field-earlier-request-reference = مرجعنا
field-earlier-request-their-reference = المرجع الذي حددته الدولة متلقية الطلب
field-earlier-request-channel = القناة المستخدمة
field-earlier-request-authority = السلطة التي أُرسل إليها الطلب

## Fields: warrant

field-warrant-issuing-authority = السلطة المُصدِرة
field-warrant-date = تاريخ الإصدار
field-warrant-number = رقم الأمر
field-warrant-annex = نسخة من الأمر

## Fields: judgment

field-judgment-court = المحكمة
field-judgment-date = تاريخ الحكم
field-judgment-number = رقم الحكم أو القضية
field-judgment-final = الحكم نهائي
field-judgment-enforceable = العقوبة واجبة النفاذ
field-judgment-sentence = العقوبة المحكوم بها
field-judgment-time-served = المدة التي قُضيت من العقوبة
field-judgment-remaining = المدة المتبقية من العقوبة
field-judgment-annex = نسخة من الحكم

## Fields: measure

field-measure-type = شكل المساعدة
field-measure-description = وصف المساعدة المطلوبة
field-measure-purpose = الغرض من طلب المساعدة
field-measure-relevance = صلة المساعدة بالتحقيق أو الإجراءات

## Fields: taking-evidence

field-taking-evidence-examinee = الشخص المطلوب سماع أقواله
field-taking-evidence-examinee-status = الصفة التي تُسمع بها أقوال الشخص
field-taking-evidence-examinee-location = مكان وجود الشخص
field-taking-evidence-questions = الأسئلة المطلوب طرحها
field-taking-evidence-sworn = اليمين أو التوكيد الرسمي
field-taking-evidence-officials-present = يطلب موظفو الدولة الطالبة الحضور
field-taking-evidence-officials = أسماء الموظفين الذين سيحضرون وصفاتهم الوظيفية
field-taking-evidence-recording = طريقة تسجيل الأقوال

## Fields: service-of-documents

field-service-of-documents-addressee = الشخص المطلوب تبليغه
field-service-of-documents-address = عنوان التبليغ
field-service-of-documents-relationship = صلته بالإجراءات
field-service-of-documents-documents = المستندات المطلوب تبليغها
field-service-of-documents-manner = طريقة التبليغ
field-service-of-documents-proof-of-service = يُطلب إثبات التبليغ
field-service-of-documents-appearance-date = تاريخ المثول

## Fields: search-seizure

field-search-seizure-place = المكان أو الشخص المطلوب تفتيشه
field-search-seizure-items = الأشياء المطلوب حجزها
field-search-seizure-grounds = الأسباب التي تدعو إلى الاعتقاد بوجود الأشياء في ذلك المكان
field-search-seizure-lawful-in-requesting-state = كان من الجائز قانونًا الأمر بالتفتيش والحجز في الدولة الطالبة

## Fields: examining-objects-sites

field-examining-objects-sites-object-or-site = الشيء أو الموقع المطلوب فحصه
field-examining-objects-sites-location = المكان
field-examining-objects-sites-examination = الفحص المطلوب إجراؤه

## Fields: production-of-records

field-production-of-records-record-type = نوع السجلات
field-production-of-records-institution = المؤسسة الحائزة للسجلات
field-production-of-records-institution-address = عنوان المؤسسة
field-production-of-records-accounts = أرقام الحسابات
field-production-of-records-account-holders = أصحاب الحسابات
field-production-of-records-document-types = أنواع المستندات
field-production-of-records-period = الفترة المشمولة
field-production-of-records-certification = التصديق أو التوثيق المطلوب

## Fields: information-evidence

field-information-evidence-items = المعلومات أو الأدلة المطلوبة
field-information-evidence-custodian = الشخص أو الجهة الحائزة لها
field-information-evidence-expert-evaluation = يُطلب تقييم من خبير

## Fields: videoconference

field-videoconference-witness = الشخص المطلوب سماع أقواله
field-videoconference-datetime = التاريخ والوقت المقترحان
field-videoconference-technical-contact = شخص الاتصال للشؤون التقنية
field-videoconference-technical-email = البريد الإلكتروني لشخص الاتصال للشؤون التقنية
field-videoconference-interpreter-language = لغة الترجمة الشفوية
field-videoconference-presiding-authority = السلطة التي تدير جلسة الاستماع

## Fields: transfer-detained-person

field-transfer-detained-person-person = الشخص المحتجز
field-transfer-detained-person-place-of-detention = مكان الاحتجاز
field-transfer-detained-person-period = مدة النقل
field-transfer-detained-person-custody-arrangements = ترتيبات إبقاء الشخص قيد الاحتجاز
field-transfer-detained-person-return-date = تاريخ الإعادة
# UNSURE: "safe conduct" rendered ضمان المرور الآمن; check against the Arabic text of UNTOC art. 18(27).
field-transfer-detained-person-safe-conduct = سيُمنح الشخص ضمان المرور الآمن

## Fields: voluntary-appearance

field-voluntary-appearance-person = الشخص المدعو إلى المثول
field-voluntary-appearance-allowances = البدلات والنفقات المقرر دفعها
# UNSURE: "safe conduct" rendered ضمان المرور الآمن; check against the Arabic text of UNTOC art. 18(27).
field-voluntary-appearance-safe-conduct = سيُمنح الشخص ضمان المرور الآمن

## Fields: tracing-proceeds

field-tracing-proceeds-property = العائدات أو الممتلكات أو الأدوات المطلوب تحديدها أو اقتفاء أثرها
field-tracing-proceeds-holders = الحائزون المفترضون
field-tracing-proceeds-estimated-value = القيمة التقديرية
field-tracing-proceeds-link-to-offence = الصلة بالجريمة

## Fields: freezing-seizure

field-freezing-seizure-property = الممتلكات المطلوب تجميدها أو حجزها
field-freezing-seizure-location = مكان وجود الممتلكات
field-freezing-seizure-value = القيمة
field-freezing-seizure-order-reference = مرجع أمر التجميد أو الحجز
field-freezing-seizure-link-to-offence = الصلة بالجريمة
field-freezing-seizure-for-confiscation = يُطلب التجميد أو الحجز تمهيدًا للمصادرة

## Fields: confiscation

field-confiscation-order-court = المحكمة التي أصدرت أمر المصادرة
field-confiscation-order-date = تاريخ الأمر
field-confiscation-order-final = أمر المصادرة نهائي
field-confiscation-property = الممتلكات المطلوب مصادرتها
field-confiscation-value = القيمة
field-confiscation-disposal = التصرف المقترح في الممتلكات المصادَرة

## Fields: transfer-of-proceedings

field-transfer-of-proceedings-reasons = أسباب النقل
field-transfer-of-proceedings-file-transmitted = يُحال ملف القضية مع الطلب
field-transfer-of-proceedings-suspect-location = مكان وجود المشتبه فيه

## Fields: joint-investigation-team

field-joint-investigation-team-participants = السلطات المشارِكة
field-joint-investigation-team-objectives = أهداف الفريق
field-joint-investigation-team-period = مدة عمل الفريق

## Fields: controlled-delivery

field-controlled-delivery-goods = الشحنة
field-controlled-delivery-route = المسار المقرر
field-controlled-delivery-dates = التواريخ المتوقعة
field-controlled-delivery-contact = شخص الاتصال للشؤون العملياتية
field-controlled-delivery-contact-phone = هاتف الاتصال

## Fields: stored-data-access

field-stored-data-access-identifiers = المعرِّفات
field-stored-data-access-data-categories = فئات البيانات
field-stored-data-access-period = الفترة المشمولة
field-stored-data-access-custodian = حائز البيانات
field-stored-data-access-preservation-reference = مرجع طلب الحفظ
field-stored-data-access-delivery-format = صيغة التسليم
field-stored-data-access-authentication = توثيق البيانات

## Fields: realtime-traffic

field-realtime-traffic-identifiers = المعرِّفات المستهدفة
field-realtime-traffic-start-date = تاريخ البدء
field-realtime-traffic-duration-days = المدة بالأيام
field-realtime-traffic-delivery = وسيلة التسليم
field-realtime-traffic-domestic-authorisation = الأمر الداخلي الذي يأذن بالجمع

## Fields: interception

field-interception-identifiers = المعرِّفات المستهدفة
field-interception-start-date = تاريخ البدء
field-interception-duration-days = المدة بالأيام
field-interception-delivery = وسيلة التسليم
field-interception-domestic-authorisation = الأمر الداخلي الذي يأذن بالاعتراض

## Measures

measure-taking-evidence = الحصول على الأدلة أو أقوال الأشخاص
measure-service-of-documents = تبليغ المستندات القضائية
# UNSURE: "seizure" rendered الحجز as in the UNCAC Arabic text and the brief; the UNTOC Arabic text uses الضبط (تنفيذ عمليات التفتيش والضبط والتجميد).
measure-search-seizure = تنفيذ عمليات التفتيش والحجز
measure-examining-objects-sites = فحص الأشياء والمواقع
measure-production-of-records = تقديم السجلات
measure-information-evidence = تقديم المعلومات والأدلة وتقييمات الخبراء
measure-videoconference = سماع الأقوال عن طريق الائتمار بواسطة الفيديو
measure-transfer-detained-person = النقل المؤقت لشخص محتجز
measure-voluntary-appearance = تيسير مثول الأشخاص طواعيةً
measure-tracing-proceeds = التعرُّف على عائدات الجرائم أو الممتلكات أو الأدوات أو اقتفاء أثرها
measure-freezing-seizure = تجميد عائدات الجرائم أو حجزها
measure-confiscation = مصادرة عائدات الجرائم
measure-transfer-of-proceedings = نقل الإجراءات الجنائية
measure-joint-investigation-team = فريق التحقيق المشترك
measure-controlled-delivery = التسليم المراقَب
measure-stored-data-access = الوصول إلى البيانات الحاسوبية المخزنة (المادة 31 من اتفاقية بودابست)
measure-realtime-traffic = جمع بيانات الحركة في الوقت الحقيقي (المادة 33 من اتفاقية بودابست)
measure-interception = اعتراض بيانات المحتوى (المادة 34 من اتفاقية بودابست)
measure-other-assistance = أي نوع آخر من المساعدة لا يتعارض مع قانون الدولة متلقية الطلب

## Choices: language

choice-language-en = الإنكليزية
choice-language-fr = الفرنسية
choice-language-es = الإسبانية
choice-language-ru = الروسية
choice-language-ar = العربية
choice-language-zh = الصينية
choice-language-pt = البرتغالية
choice-language-de = الألمانية
choice-language-it = الإيطالية
choice-language-nl = الهولندية
choice-language-pl = البولندية
choice-language-tr = التركية
choice-language-uk = الأوكرانية
choice-language-fa = الفارسية
choice-language-ur = الأردية
choice-language-hi = الهندية
choice-language-id = الإندونيسية
choice-language-sw = السواحيلية
choice-language-ja = اليابانية
choice-language-ko = الكورية
choice-language-el = اليونانية
choice-language-ro = الرومانية
choice-language-sr = الصربية
choice-language-sq = الألبانية

## Choices: channel

choice-channel-central-authority = السلطة المركزية
choice-channel-diplomatic = القنوات الدبلوماسية
choice-channel-interpol = الإنتربول
choice-channel-network-24-7 = شبكة 24/7 (المادة 35 من اتفاقية بودابست)
choice-channel-direct-judicial = الإرسال المباشر بين السلطات القضائية
choice-channel-direct-provider = مباشرةً إلى مقدم الخدمة

## Choices: request-status

choice-request-status-new = طلب جديد
choice-request-status-extension = تمديد طلب سابق
choice-request-status-follow-up-mla = متابعة لطلب مساعدة قانونية متبادلة سابق
choice-request-status-follow-up-preservation = متابعة لطلب حفظ سابق
choice-request-status-supplementary = طلب تكميلي

## Choices: proceedings-nature

choice-proceedings-nature-investigation = تحقيق جنائي
choice-proceedings-nature-prosecution = ملاحقة قضائية
choice-proceedings-nature-trial = محاكمة
choice-proceedings-nature-enforcement = تنفيذ عقوبة أو أمر

## Choices: penalty-kind

choice-penalty-kind-imprisonment = السجن
choice-penalty-kind-life-imprisonment = السجن المؤبد
choice-penalty-kind-death = عقوبة الإعدام
choice-penalty-kind-fine = الغرامة
choice-penalty-kind-other = عقوبة أخرى

## Choices: person-role

choice-person-role-suspect = مشتبه فيه
choice-person-role-accused = متهم
choice-person-role-person-sought = الشخص المطلوب
choice-person-role-witness = شاهد
choice-person-role-victim = ضحية
choice-person-role-legal-entity = شخص اعتباري
choice-person-role-account-holder = صاحب الحساب
choice-person-role-other = صفة أخرى

## Choices: id-document-type

choice-id-document-type-passport = جواز السفر
choice-id-document-type-national-id = بطاقة الهوية الوطنية
choice-id-document-type-residence-permit = تصريح الإقامة
choice-id-document-type-driving-licence = رخصة القيادة
choice-id-document-type-other = وثيقة أخرى

## Choices: legal-instrument

choice-legal-instrument-untoc = اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية (2000)
choice-legal-instrument-uncac = اتفاقية الأمم المتحدة لمكافحة الفساد (2003)
choice-legal-instrument-vienna1988 = اتفاقية الأمم المتحدة لمكافحة الاتجار غير المشروع في المخدرات والمؤثرات العقلية (1988)
# UNSURE: the Budapest Convention has no authentic Arabic text; unofficial Arabic renderings vary (الجريمة الإلكترونية / الجرائم المعلوماتية / الجريمة السيبرانية).
choice-legal-instrument-budapest = الاتفاقية المتعلقة بالجريمة الإلكترونية (بودابست، 2001)
choice-legal-instrument-sap = البروتوكول الإضافي الثاني للاتفاقية المتعلقة بالجريمة الإلكترونية بشأن تعزيز التعاون والكشف عن الأدلة الإلكترونية (2022)
choice-legal-instrument-uncc2024 = اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية (2024)
choice-legal-instrument-terrorist-bombings = الاتفاقية الدولية لقمع الهجمات الإرهابية بالقنابل (1997)
choice-legal-instrument-terrorist-financing = الاتفاقية الدولية لقمع تمويل الإرهاب (1999)
choice-legal-instrument-nuclear-terrorism = الاتفاقية الدولية لقمع أعمال الإرهاب النووي (2005)
choice-legal-instrument-bilateral = معاهدة ثنائية
choice-legal-instrument-domestic = القانون الداخلي
choice-legal-instrument-reciprocity = المعاملة بالمثل

## Choices: measure

choice-measure-taking-evidence = الحصول على الأدلة أو أقوال الأشخاص
choice-measure-service-of-documents = تبليغ المستندات القضائية
# UNSURE: "seizure" rendered الحجز as in the UNCAC Arabic text and the brief; the UNTOC Arabic text uses الضبط.
choice-measure-search-seizure = تنفيذ عمليات التفتيش والحجز
choice-measure-examining-objects-sites = فحص الأشياء والمواقع
choice-measure-production-of-records = تقديم السجلات
choice-measure-information-evidence = تقديم المعلومات والأدلة وتقييمات الخبراء
choice-measure-videoconference = سماع الأقوال عن طريق الائتمار بواسطة الفيديو
choice-measure-transfer-detained-person = النقل المؤقت لشخص محتجز
choice-measure-voluntary-appearance = تيسير مثول الأشخاص طواعيةً
choice-measure-tracing-proceeds = التعرُّف على عائدات الجرائم أو الممتلكات أو الأدوات أو اقتفاء أثرها
choice-measure-freezing-seizure = تجميد عائدات الجرائم أو حجزها
choice-measure-confiscation = مصادرة عائدات الجرائم
choice-measure-transfer-of-proceedings = نقل الإجراءات الجنائية
choice-measure-joint-investigation-team = فريق التحقيق المشترك
choice-measure-controlled-delivery = التسليم المراقَب
choice-measure-stored-data-access = الوصول إلى البيانات الحاسوبية المخزنة (المادة 31 من اتفاقية بودابست)
choice-measure-realtime-traffic = جمع بيانات الحركة في الوقت الحقيقي (المادة 33 من اتفاقية بودابست)
choice-measure-interception = اعتراض بيانات المحتوى (المادة 34 من اتفاقية بودابست)
choice-measure-other-assistance = أي نوع آخر من المساعدة لا يتعارض مع قانون الدولة متلقية الطلب

## Choices: examinee-status

choice-examinee-status-witness = شاهد
choice-examinee-status-suspect = مشتبه فيه
choice-examinee-status-expert = خبير
choice-examinee-status-victim = ضحية

## Choices: sworn

choice-sworn-sworn = إفادة مشفوعة باليمين
# UNSURE: "affirmation" (solemn declaration instead of oath) has no settled Arabic equivalent; rendered توكيد رسمي.
choice-sworn-affirmed = إفادة مشفوعة بتوكيد رسمي
choice-sworn-unsworn = إفادة غير مشفوعة باليمين
choice-sworn-requested-state-law = وفقًا لما ينص عليه قانون الدولة متلقية الطلب

## Choices: record-type

choice-record-type-bank = سجلات مصرفية أو مالية
choice-record-type-business = سجلات الشركات أو المنشآت التجارية
choice-record-type-government = سجلات حكومية
choice-record-type-other = سجلات أخرى

## Choices: identifier-type

choice-identifier-type-ip-address = عنوان IP
choice-identifier-type-email = عنوان البريد الإلكتروني
choice-identifier-type-phone = رقم الهاتف
choice-identifier-type-url = عنوان URL
choice-identifier-type-domain = اسم النطاق
choice-identifier-type-account = اسم الحساب أو معرِّف المستخدم
choice-identifier-type-imei = رقم IMEI
choice-identifier-type-other = معرِّف آخر

## Choices: data-category

choice-data-category-subscriber = معلومات المشترك
choice-data-category-identification = بيانات تحديد هوية المستخدم
choice-data-category-traffic = بيانات الحركة
choice-data-category-content = بيانات المحتوى

## Choices: emergency-route

choice-emergency-route-sap-article-9 = عن طريق شبكة 24/7 (المادة 9 من البروتوكول الإضافي الثاني)
choice-emergency-route-provider-direct = مباشرةً إلى مقدم الخدمة

## Choices: provider-request-mode

choice-provider-request-mode-sap-article-7-order = أمر بتقديم معلومات المشترك (المادة 7 من البروتوكول الإضافي الثاني)
choice-provider-request-mode-voluntary = طلب الكشف الطوعي عن البيانات

## Choices: extradition-posture

choice-extradition-posture-accused = متهم مطلوب لملاحقته قضائيًا
choice-extradition-posture-convicted = مُدان ومحكوم عليه بعقوبة
choice-extradition-posture-convicted-in-absentia = مُدان غيابيًا
choice-extradition-posture-convicted-not-sentenced = مُدان لم يصدر الحكم بعقوبته بعد

## Choices: earlier-kind

choice-earlier-kind-preservation = طلب التعجيل بحفظ البيانات الحاسوبية المخزنة
choice-earlier-kind-mla = طلب مساعدة قانونية متبادلة
choice-earlier-kind-emergency-disclosure = طلب الكشف عن البيانات في حالات الطوارئ
choice-earlier-kind-provider-request = طلب موجَّه إلى مقدم خدمة
choice-earlier-kind-provisional-arrest = طلب القبض المؤقت
choice-earlier-kind-extradition = طلب تسليم

## Instruments

instrument-untoc = اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية (2000)
instrument-uncac = اتفاقية الأمم المتحدة لمكافحة الفساد (2003)
instrument-vienna1988 = اتفاقية الأمم المتحدة لمكافحة الاتجار غير المشروع في المخدرات والمؤثرات العقلية (1988)
# UNSURE: the Budapest Convention has no authentic Arabic text; unofficial Arabic renderings vary (الجريمة الإلكترونية / الجرائم المعلوماتية / الجريمة السيبرانية).
instrument-budapest = الاتفاقية المتعلقة بالجريمة الإلكترونية (بودابست، 2001)
instrument-sap = البروتوكول الإضافي الثاني للاتفاقية المتعلقة بالجريمة الإلكترونية بشأن تعزيز التعاون والكشف عن الأدلة الإلكترونية (2022)
instrument-uncc2024 = اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية (2024)
instrument-terrorist-bombings = الاتفاقية الدولية لقمع الهجمات الإرهابية بالقنابل (1997)
instrument-terrorist-financing = الاتفاقية الدولية لقمع تمويل الإرهاب (1999)
instrument-nuclear-terrorism = الاتفاقية الدولية لقمع أعمال الإرهاب النووي (2005)
instrument-bilateral = معاهدة ثنائية
instrument-domestic = القانون الداخلي
instrument-reciprocity = المعاملة بالمثل
instrument-model-mla = المعاهدة النموذجية لتبادل المساعدة في المسائل الجنائية (قرار الجمعية العامة 45/117)
instrument-model-extradition = المعاهدة النموذجية لتسليم المجرمين (قرار الجمعية العامة 45/116)
instrument-model-law-extradition = القانون النموذجي لتسليم المجرمين الصادر عن مكتب الأمم المتحدة المعني بالمخدرات والجريمة (2004)
instrument-tcy-preservation = T-CY(2018)11، نموذج طلب حفظ البيانات (المادتان 29 و30 من اتفاقية بودابست)
instrument-tcy-subscriber = T-CY(2018)10، نموذج طلب مساعدة قانونية متبادلة للحصول على معلومات المشترك (المادة 31 من اتفاقية بودابست)
instrument-pcoc-mla = PC-OC(2015)09rev3، مبادئ توجيهية بشأن استمارة الطلب النموذجية للمساعدة المتبادلة (مجلس أوروبا)
instrument-pcoc-extradition = PC-OC(2021)04rev، مبادئ توجيهية وطلب نموذجي لتسليم المجرمين (مجلس أوروبا)
instrument-pcoc-national = الإجراءات الوطنية للمساعدة القانونية المتبادلة في المسائل الجنائية (مجلس أوروبا، PC-OC)
instrument-pilon = دليل المساعدة القانونية المتبادلة (شبكة موظفي القانون في جزر المحيط الهادئ، PILON)
instrument-us-hk-draft = مشروع اتفاق للمساعدة القانونية المتبادلة بين الولايات المتحدة وهونغ كونغ (22 تشرين الثاني/نوفمبر 1988)
instrument-two-tier-model = نموذج ثنائي للمساعدة القانونية المتبادلة على مستويين (بنود تُطلب «في جميع الحالات» وبنود تُطلب «حيثما أمكن»)
instrument-oas-form = استمارة طلب المساعدة القانونية المتبادلة (منظمة الدول الأمريكية، الأرجنتين)
instrument-sirius = تقرير SIRIUS عن حالة الأدلة الرقمية في الاتحاد الأوروبي (SIRIUS EU Digital Evidence Situation Report)
instrument-doj-crm = وزارة العدل في الولايات المتحدة، الدليل المرجعي الجنائي (Criminal Resource Manual)
instrument-doj-beyond-borders = وزارة العدل في الولايات المتحدة، «الحصول على البيانات خارج الحدود» (Obtaining Data Beyond Borders)
instrument-unodc-mla-tool = أداة كتابة طلبات المساعدة القانونية المتبادلة التابعة لمكتب الأمم المتحدة المعني بالمخدرات والجريمة (2017)
# UNSURE: no Arabic version of the Regulation; "European Production Order" rendered أمر التقديم الأوروبي.
instrument-eu-1543 = اللائحة (الاتحاد الأوروبي) 2023/1543 بشأن أوامر التقديم الأوروبية وأوامر الحفظ الأوروبية للأدلة الإلكترونية في الإجراءات الجنائية
instrument-hk-extradition = اتفاقات هونغ كونغ بشأن تسليم الفارين من العدالة
instrument-us-uk-extradition = معاهدة تسليم المجرمين بين الولايات المتحدة الأمريكية والمملكة المتحدة
instrument-london-scheme = مخطط لندن لتسليم المجرمين داخل الكومنولث (London Scheme)
instrument-adb-oecd = المساعدة القانونية المتبادلة في آسيا والمحيط الهادئ: تجارب 31 ولاية قضائية (مصرف التنمية الآسيوي ومنظمة التعاون والتنمية في الميدان الاقتصادي، ADB/OECD، 2017)
instrument-requested-state-law = قانون الدولة متلقية الطلب ومتطلباتها
