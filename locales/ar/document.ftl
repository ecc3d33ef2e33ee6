## The request document: standard wording around what the officer wrote.
## Legal terms follow the United Nations conventions.

doc-title-mla = طلب مساعدة قانونية متبادلة في المسائل الجنائية
doc-title-preservation = طلب التعجيل بحفظ بيانات حاسوبية مخزنة
doc-title-emergency-disclosure = طلب الكشف عن بيانات حاسوبية مخزنة في حالة طوارئ
doc-title-provider-request = طلب الكشف عن معلومات المشترك
doc-title-extradition = طلب تسليم
doc-title-provisional-arrest = طلب القبض المؤقت بغرض التسليم

doc-opening-mla =
    { $has_bases ->
        [yes] هذا طلب مساعدة قانونية متبادلة في المسائل الجنائية مقدم إلى السلطات المختصة في الدولة متلقية الطلب من { $authority }، استنادا إلى { $bases }. ويلتمس تنفيذه وفقا لقانون الدولة متلقية الطلب، ووفقا للإجراءات المبينة أدناه بالقدر الذي لا يتعارض مع ذلك القانون.
       *[other] هذا طلب مساعدة قانونية متبادلة في المسائل الجنائية مقدم إلى السلطات المختصة في الدولة متلقية الطلب من { $authority }. ويلتمس تنفيذه وفقا لقانون الدولة متلقية الطلب، ووفقا للإجراءات المبينة أدناه بالقدر الذي لا يتعارض مع ذلك القانون.
    }
# UNSURE: the Budapest Convention has no authentic Arabic text; "search or similar access, seizure or similar securing, or disclosure" (art. 29) is our own rendering, with seizure as حجز as elsewhere in this locale.
doc-opening-preservation =
    { $has_bases ->
        [yes] هذا طلب للتعجيل بحفظ البيانات الحاسوبية المخزنة المبينة أدناه، مقدم من { $authority }، استنادا إلى { $bases }، إلى حين تقديم طلب مساعدة متبادلة لتفتيشها أو الوصول إليها بطريقة مماثلة، أو حجزها أو تأمينها بطريقة مماثلة، أو الكشف عنها.
       *[other] هذا طلب للتعجيل بحفظ البيانات الحاسوبية المخزنة المبينة أدناه، مقدم من { $authority }، إلى حين تقديم طلب مساعدة متبادلة لتفتيشها أو الوصول إليها بطريقة مماثلة، أو حجزها أو تأمينها بطريقة مماثلة، أو الكشف عنها.
    }
doc-opening-emergency-disclosure =
    { $has_bases ->
        [yes] هذا طلب للتعجيل بالكشف عن البيانات الحاسوبية المخزنة المبينة أدناه، مقدم من { $authority }، استنادا إلى { $bases }، نظرا إلى وجود خطر جسيم ووشيك يهدد حياة شخص طبيعي أو سلامته.
       *[other] هذا طلب للتعجيل بالكشف عن البيانات الحاسوبية المخزنة المبينة أدناه، مقدم من { $authority }، نظرا إلى وجود خطر جسيم ووشيك يهدد حياة شخص طبيعي أو سلامته.
    }
doc-opening-provider-request =
    { $has_bases ->
        [yes] هذا طلب للكشف عن معلومات المشترك المبينة أدناه، مقدم من { $authority }، استنادا إلى { $bases }. وهذه المعلومات لازمة لتحقيق جنائي محدد أو لإجراءات جنائية محددة، ولن تستخدم إلا في ذلك التحقيق أو تلك الإجراءات.
       *[other] هذا طلب للكشف عن معلومات المشترك المبينة أدناه، مقدم من { $authority }. وهذه المعلومات لازمة لتحقيق جنائي محدد أو لإجراءات جنائية محددة، ولن تستخدم إلا في ذلك التحقيق أو تلك الإجراءات.
    }
doc-opening-extradition =
    { $has_bases ->
        [yes] هذا طلب لتسليم الشخص المبينة بياناته أدناه، مقدم من { $authority }، استنادا إلى { $bases }، وطيه المستندات والمعلومات التي تقتضيها الصكوك الواجبة التطبيق.
       *[other] هذا طلب لتسليم الشخص المبينة بياناته أدناه، مقدم من { $authority }، وطيه المستندات والمعلومات المطلوبة.
    }
doc-opening-provisional-arrest =
    { $has_bases ->
        [yes] هذا طلب عاجل للقبض المؤقت على الشخص المبينة بياناته أدناه، مقدم من { $authority }، استنادا إلى { $bases }، إلى حين تقديم طلب تسليمه.
       *[other] هذا طلب عاجل للقبض المؤقت على الشخص المبينة بياناته أدناه، مقدم من { $authority }، إلى حين تقديم طلب تسليمه.
    }

doc-heading-legal-basis = الأساس القانوني
doc-heading-proceedings = السلطة التي تتولى الإجراءات وطبيعة هذه الإجراءات
doc-heading-offences = الجرائم والقانون الواجب التطبيق
doc-heading-facts = ملخص الوقائع
doc-heading-persons = الأشخاص المعنيون
doc-heading-assistance = المساعدة المطلوبة
doc-heading-special-procedures = الإجراءات الخاصة المطلوب اتباعها
doc-heading-urgency = الاستعجال والمهل الزمنية
doc-heading-confidentiality = السرية
doc-heading-undertakings = التعهدات
doc-heading-assurances = الضمانات
doc-heading-earlier-requests = الطلبات السابقة
doc-heading-contact = جهة الاتصال بشأن تنفيذ هذا الطلب
doc-heading-annexes = المرفقات
# UNSURE: "custodian of the data" rendered حائز البيانات (as field-preservation-system-location); no authentic Arabic Budapest text to check against.
doc-heading-custodian = حائز البيانات
doc-heading-data-to-preserve = البيانات المطلوب حفظها
doc-heading-emergency = حالة الطوارئ
doc-heading-provider = مقدم الخدمة
doc-heading-data-sought = البيانات المطلوبة
doc-heading-person-sought = الشخص المطلوب تسليمه
doc-heading-extradition-documents = أمر القبض والحكم والمستندات المؤيدة للطلب
doc-heading-provisional-arrest = القبض المؤقت

doc-intro-undertakings = تتعهد الدولة الطالبة بما يلي:
doc-intro-assurances = تقدم الدولة الطالبة الضمانات التالية:

doc-item-legal-basis = الصك { $index }: { $name }
doc-item-offence = الجريمة { $index }: { $name }
doc-item-person = الشخص { $index }: { $name }
doc-item-annex = المرفق { $index }: { $name }
doc-item-earlier-request = الطلب السابق { $index }: { $name }
doc-item-measure = { $index }. { $measure }

doc-addressee = إلى: { $addressee }
doc-date = { $date }
doc-place-date = { $place }، في { $date }
doc-our-reference = مرجعنا: { $reference }
doc-closing = وتبقى السلطة الطالبة رهن إشارة سلطات الدولة متلقية الطلب لتزويدها بأي معلومات إضافية قد تحتاج إليها لتنفيذ هذا الطلب، وتتوجه إليها بالشكر على تعاونها.
doc-confidential = سري
doc-draft = مسودة
doc-page = الصفحة { $page } من { $pages }
doc-yes = نعم
doc-no = لا
doc-range = من { $from } إلى { $to }
doc-port = المنفذ { $port }
doc-list-semicolon = {"؛ "}

# A draft that does not yet name the requesting authority.
doc-missing-authority = [السلطة الطالبة]

## A request for additional information about a request received (register).
doc-title-additional-information = طلب معلومات إضافية
doc-additional-information-opening = نشير إلى { $kind } الوارد منكم بتاريخ { $date }، ورقمه المرجعي { $reference }، الذي تلقيناه.
doc-additional-information-basis-untoc = عملاً بالفقرة 16 من المادة 18 من اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية، نرجو تزويدنا بالمعلومات الإضافية التالية اللازمة لتنفيذ طلبكم:
doc-additional-information-basis = لكي نتمكن من تنفيذ طلبكم، نرجو تزويدنا بالمعلومات الإضافية التالية:
doc-additional-information-closing = سنواصل معالجة طلبكم فور وصول هذه المعلومات إلينا. نرجو ذكر رقمنا المرجعي في ردكم.
doc-their-reference = رقمكم المرجعي: { $reference }
