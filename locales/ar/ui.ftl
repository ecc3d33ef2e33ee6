## The desktop interface's own words. Everything else on screen comes from
## the catalog, findings and documents, already localized by the core.

ui-app-title = Rogatory
ui-language-label = اللغة
ui-start-title = طلب جديد
ui-start-kinds-label = نوع الطلب
ui-loading = جارٍ التحميل…
ui-findings-title = الملاحظات
ui-findings-checking = جارٍ التحقق…
ui-findings-severity-error = الأخطاء
ui-findings-severity-warning = التحذيرات
ui-findings-severity-advice = التوصيات
ui-finding-basis = الأساس القانوني
ui-finding-path = الحقل
ui-error-title = تعذّر تنفيذ هذا الإجراء
ui-error-code = رمز الخطأ

## المعالج
ui-new-case = طلب جديد
ui-open-case = فتح ملف قضية…
ui-save-case = حفظ ملف القضية…
ui-saved = حُفظ ملف القضية:
ui-start-example = فتح المثال
ui-start-open-title = مواصلة طلب
ui-start-recent = ملفات القضايا الأخيرة
ui-start-recent-missing = (لم يعد موجودًا)
ui-wizard-steps = مراحل الطلب
ui-count-errors = الأخطاء
ui-count-warnings = التنبيهات
ui-step-complete = مكتملة
ui-step-back = السابق
ui-step-next = التالي
ui-confirm-next-title = ما زالت هذه المرحلة تفتقر إلى عناصر أساسية
ui-confirm-next-body = لا يمكن إرسال الطلب بحالته الراهنة: تبيّن الملاحظات ما ينقص وسببه. يمكنك المتابعة والعودة إلى هذه المرحلة لاحقًا.
ui-confirm-stay = البقاء وإكمال هذه المرحلة
ui-confirm-go = المتابعة على أي حال
ui-findings-scope = الملاحظات المعروضة
ui-findings-scope-step = هذه المرحلة
ui-findings-scope-all = الطلب كله
ui-findings-none = لا ينقص شيء هنا.
ui-list-add = إضافة
ui-list-remove = حذف
ui-choice-none = — اختر —
ui-measure-add-label = شكل المساعدة المراد إضافته
ui-measure-add = إضافة هذه المساعدة

## الصيغ، مشروحة تحت الحقول التي تتطلبها
## UNSURE: the examples are isolated left to right (U+2066…U+2069), or the
## bidi algorithm reads 2026-03-14 after Arabic letters as three Arabic numbers
## and shows 14-03-2026.
ui-datetime-zone = المنطقة الزمنية
ui-hint-time-zone = ⁦UTC⁩، أو فارق مثل ⁦UTC+03:00⁩، أو منطقة مثل ⁦Asia/Riyadh⁩.
ui-hint-country = رمز ⁦ISO 3166⁩ من حرفين لاتينيين كبيرين، مثل ⁦EG⁩.
ui-hint-language = رمز ⁦ISO 639⁩ من حرفين أو ثلاثة، مثل ⁦ar⁩.
ui-hint-currency = رمز ⁦ISO 4217⁩ من ثلاثة أحرف، مثل ⁦USD⁩.
ui-hint-amount = أرقام مع نقطة عشرية، مثل ⁦125000.50⁩.
ui-hint-ip-address = عنوان ⁦IPv4⁩ أو ⁦IPv6⁩، مثل ⁦203.0.113.7⁩.
ui-hint-email = مثل ⁦name@example.org⁩.
ui-hint-url = عنوان كامل، مثل ⁦https://example.org/page⁩.
ui-hint-phone = الصيغة الدولية مع رمز البلد، مثل ⁦+20 2 1234 5678⁩.

## المراجعة والتصدير
ui-review-title = المراجعة والتصدير
ui-doc-language = لغة الطلب
ui-preview-title = معاينة
ui-export-pdf = تصدير بصيغة PDF…
ui-export-draft-title = ما زالت في الطلب أخطاء
ui-export-draft-body = الطلب غير جاهز للإرسال. يمكنك تصديره مسودةً للمراجعة: ستحمل كل صفحة علامة «مسودة».
ui-export-draft = تصدير كمسودة
ui-cancel = إلغاء
ui-exported = حُفظ ملف PDF:

## Closing with unsaved changes (a native dialog)
ui-close-unsaved-title = تغييرات غير محفوظة
ui-close-unsaved-body = في القضية تغييرات لم تُحفظ في ملف. إذا أغلقت Rogatory الآن فستضيع.
ui-close-unsaved-discard = الإغلاق وفقدان التغييرات
ui-close-unsaved-keep = مواصلة العمل

## Settings: the authority's profile
ui-settings = الإعدادات
ui-settings-title = سلطتكم
ui-settings-intro = تُحفظ على هذا الحاسوب. يبدأ كل طلب جديد بهذه البيانات ورقمه المرجعي الخاص وشعار الترويسة.
ui-settings-authority-name = اسم السلطة
ui-settings-authority-address = العنوان
ui-settings-authority-email = البريد الإلكتروني
ui-settings-authority-phone = الهاتف
ui-settings-signatory-name = اسم الموقّع
ui-settings-signatory-function = صفة الموقّع
ui-settings-signatory-place = مكان التوقيع
ui-settings-reference-pattern = الرقم المرجعي للطلبات الجديدة
ui-settings-reference-hint = يُستبدل ⁦[year]⁩ بالسنة و⁦[seq]⁩ برقم يزيد واحدًا مع كل طلب جديد، مثل ⁦PG/MLA/[year]/[seq]⁩.
ui-settings-interface-lang = لغة الواجهة عند البدء
ui-settings-document-lang = لغة الطلبات الجديدة
ui-settings-save = حفظ الإعدادات
ui-settings-saved = حُفظت الإعدادات.
ui-settings-logo = شعار الترويسة
ui-settings-logo-none = لا يوجد شعار.
ui-settings-logo-set = الشعار المحدد، العرض × الارتفاع بالبكسل:
ui-settings-logo-choose = اختيار صورة PNG أو JPEG…
ui-settings-logo-remove = إزالة الشعار

## Each language named in itself, as language pickers do (the same in every locale).
ui-language-en = English
ui-language-fr = Français
ui-language-es = Español
ui-language-ru = Русский
ui-language-ar = العربية
ui-language-zh = 中文

## The register: search and lists, the deadline dashboard, tracking and history.
ui-register = السجل
ui-register-title = السجل
ui-register-search = البحث في جميع القضايا وملاحظاتها
ui-register-filters = عوامل التصفية
ui-register-filter-kind = نوع الطلب
ui-register-filter-status = الحالة
ui-register-filter-direction = الاتجاه
ui-register-filter-country = الدولة (رمز من حرفين)
ui-register-filter-due = الموعد النهائي
ui-register-any = الكل
ui-register-due-overdue = فات موعده
ui-register-due-7 = خلال 7 أيام
ui-register-due-30 = خلال 30 يومًا
ui-register-results = القضايا التي عُثر عليها:
ui-register-none = لا توجد قضية مطابقة.
ui-register-col-reference = الرقم المرجعي
ui-register-col-kind = النوع
ui-register-col-status = الحالة
ui-register-col-country = الدولة
ui-register-col-title = الجريمة أو الشخص
ui-register-col-updated = آخر تغيير
ui-register-col-due = الموعد النهائي التالي
ui-register-open = فتح
ui-register-more = عرض المزيد
ui-register-import = استيراد ملفات قضايا…
ui-register-backup = نسخ السجل احتياطيًا…
ui-register-restore-backup = استعادة نسخة احتياطية…
ui-register-restore-confirm = هل تريد أن تحل النسخة الاحتياطية محل السجل بأكمله؟ يُحتفظ بالسجل بحالته الراهنة بجانبه.
ui-register-import-imported = استُورد
ui-register-import-revised = موجود بالفعل بمحتوى مختلف: أُضيف بوصفه نسخة جديدة
ui-register-import-duplicate = موجود بالفعل دون تغيير: لم يُضَف شيء
ui-register-import-failed = لم يُستورد
ui-register-backed-up = حُفظت النسخة الاحتياطية في:
ui-register-restored = استُعيد السجل من:
ui-register-same-reference = لقضية أخرى الرقم المرجعي نفسه.
ui-dashboard-title = المواعيد النهائية للأيام الأربعة عشر القادمة
ui-dashboard-none = لا يحلّ أي موعد نهائي في الأيام الأربعة عشر القادمة.
ui-dashboard-overdue = فات الموعد
ui-dashboard-due = يحلّ الموعد
ui-dashboard-advice = توصية: تحقق من هذا التاريخ
# UNSURE: "history" — "التاريخ" (with the possessive, "تاريخه", in the title), not "السجل", which this locale uses for the register itself; bare "التاريخ" can also read "the date".
ui-tracking = المتابعة والتاريخ
ui-tracking-title = متابعة هذا الطلب وتاريخه
ui-tracking-status = الحالة
ui-tracking-their-reference = الرقم المرجعي للطرف الآخر
ui-tracking-add-event = تسجيل حدث
ui-tracking-event-date = التاريخ (⁦YYYY-MM-DD⁩)
ui-tracking-event-kind = ما الذي حدث
ui-tracking-event-status = الحالة الجديدة
ui-tracking-event-note = ملاحظة
ui-tracking-add = تسجيل
ui-tracking-timeline = التسلسل الزمني
ui-tracking-no-events = لم يُسجَّل شيء بعد.
ui-tracking-revisions = النسخ
ui-tracking-revision = النسخة
ui-tracking-restore = استعادة هذه النسخة
ui-tracking-restored-from = مستعادة من النسخة
ui-tracking-changed = الحقول المعدَّلة:
ui-tracking-follow-up = إنشاء طلب المساعدة القانونية المتبادلة اللاحق
ui-tracking-followed-by = الطلب اللاحق
ui-tracking-follows = الطلب السابق
ui-tracking-deadlines = المواعيد النهائية القائمة
ui-back-to-form = العودة إلى النموذج
ui-autosaved = محفوظ في السجل
ui-autosave-failed = لم يُحفظ في السجل:
ui-register-filter-from = تاريخ الطلب، من
ui-register-filter-to = تاريخ الطلب، إلى
ui-register-incoming = تسجيل طلب وارد
ui-register-incoming-country = الدولة الطالبة (رمز من حرفين)
ui-register-incoming-received = تاريخ الورود
ui-register-incoming-their-reference = الرقم المرجعي للطرف الآخر
ui-register-incoming-submit = تسجيل وفتح
ui-tracking-additional-information = طلب المعلومات الناقصة من الجهة المرسلة (PDF)…
ui-tracking-letter-written = حُفظت الرسالة:
ui-register-export = تصدير القضايا المعروضة…
ui-register-exported = عدد ملفات القضايا المكتوبة:
ui-register-incoming-import = أو استيراده من ملف قضية…
