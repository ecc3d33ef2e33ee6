## The register: statuses, tracking events, revisions, deadlines, and its
## errors and command-line messages.

status-draft = مسودة
status-final = نهائي
status-sent = مُرسَل
status-acknowledged = تم تأكيد الاستلام
status-additional_information_requested = طُلبت معلومات إضافية
status-partially_executed = منفَّذ جزئيًا
status-executed = منفَّذ
status-refused = مرفوض
status-withdrawn = مسحوب
status-received = مُستلَم

direction-outgoing = صادر
direction-incoming = وارد

event-status = تغيير الحالة
event-their_reference = ورود الرقم المرجعي للطرف الآخر
event-arrested = القبض على الشخص
event-note = ملاحظة

origin-created = إنشاء
origin-autosave = كتابة (حفظ تلقائي)
origin-save = حفظ
origin-restore = استعادة
origin-import = استيراد

## Deadlines (templates/deadlines.toml). Shown with their date and basis.
# UNSURE: "preservation" — rendered "التعجيل بحفظ البيانات" / "حفظ البيانات", as in this locale's catalog.ftl and document.ftl ("طلب التعجيل بحفظ البيانات الحاسوبية المخزنة"), not "التحفظ العاجل" (the term of the 2010 Arab Convention on Combating Information Technology Offences); the Budapest Convention has no authentic Arabic text. Align the whole locale on one term.
deadline-preservation-minimum = قد تنتهي مدة حفظ البيانات الذي طُلب التعجيل به: تكفل الاتفاقية مدة لا تقل عن 60 يومًا. أرسل قبل ذلك طلب المساعدة القانونية المتبادلة اللاحق.
deadline-preservation-provider = تنتهي المدة التي يحددها الملف التعريفي لمقدم الخدمة لحفظ البيانات.
deadline-preservation-extension = اطلب من مقدم الخدمة تمديد مدة حفظ البيانات (يسمح ملفه التعريفي بالتمديد)؛ إذ تنتهي المدة بعد ذلك بوقت قصير.
deadline-provider-order-response = تنتهي مهلة الثلاثين يومًا المتاحة لمقدم الخدمة للرد على الأمر؛ وبعدها لا يمكن الحصول على البيانات إلا بطلب المساعدة القانونية المتبادلة أو بموجب المادة 8 من البروتوكول.
deadline-provisional-arrest-period = قد يُفرج عن الشخص ما لم يصل طلب التسليم الكامل (تُحسب المدة من تاريخ القبض؛ تحقق منها في المعاهدة المنطبقة).
deadline-requested-execution = الموعد الذي حدده الطلب لتنفيذه.
deadline-acknowledgement-follow-up = لم يرد أي رد بعد 30 يومًا من الإرسال: تابع الأمر مع الدولة متلقية الطلب (ممارسة مكتبية).
deadline-incoming-answer = طلبت الدولة الطالبة التنفيذ في موعد أقصاه هذا التاريخ.

## Errors
error-register-database = تتعذر قراءة السجل أو الكتابة فيه: { $detail }
error-register-busy = السجل مستخدم من نسخة أخرى من Rogatory ولم يصبح متاحاً. أغلق النسخة الأخرى وحاول مرة أخرى.
error-register-not-register = ‏{ $path } ليس سجلًا من سجلات Rogatory. لم يُغيَّر فيه شيء.
error-register-too-new = ‏{ $path } كُتب بإصدار أحدث من Rogatory (مخطط السجل { $found }؛ وهذا الإصدار يقرأ المخططات حتى { $supported }). حدّث Rogatory لفتحه؛ لم يُغيَّر شيء.
error-register-damaged = ‏{ $path } تالف: { $detail }. لم يُغيَّر شيء.
error-register-no-case = لا توجد في السجل قضية { $id }.
error-register-no-revision = لا توجد للقضية { $id } نسخة رقم { $n }.
error-register-bad-date = ‏{ $field }: «{ $value }» ليس تاريخًا؛ اكتبه بالصيغة YYYY-MM-DD.
error-register-too-long = ‏{ $field }: يتجاوز النص الحد الأقصى لعدد الأحرف ({ $max }).
error-register-status-missing = اختر الحالة الجديدة.
# UNSURE: "preservation request" — "طلب التعجيل بحفظ البيانات", as in catalog.ftl; see deadline-preservation-minimum.
error-register-not-preservation = لا يمكن أن يُتبَع بطلب المساعدة القانونية المتبادلة بهذه الطريقة إلا طلبُ التعجيل بحفظ البيانات (و{ $id } ليس كذلك).
error-register-io = ‏{ $path }: { $detail }
error-register-unknown-file = ‏{ $path } ليس ملف قضية من ملفات Rogatory ولا نسخة احتياطية من السجل.

## rogatory register ...
cli-register-bad-count = «{ $value }» ليس عددًا من القضايا بين 1 و1000000.
cli-register-seeded = أُضيفت قضايا مولَّدة إلى { $path } في { $seconds } ث (عددها { $count })؛ وأصبح عدد القضايا فيه { $total } ({ $mb } ميغابايت).
cli-register-integrity = أخفق فحص سلامة البيانات في SQLite: { $detail }
cli-register-bad-case = القضية { $id }: { $message }
cli-register-checked = ‏{ $path }: عدد القضايا المفحوصة { $cases }، وعدد المشكلات { $problems }.
cli-register-bench-head = السجل { $path }: عدد القضايا { $cases }، والحجم { $mb } ميغابايت.
cli-register-bench-line = الوسيط { $median } مللي ثانية، وp95 { $p95 } مللي ثانية، وعدد مرات التشغيل { $runs }
cli-register-bench-open = فتح عرض السجل (فتح الملف، والصفحة الأولى من 50 قضية، والمواعيد النهائية للأيام الثلاثين القادمة)
cli-register-bench-search = البحث في النص الكامل عن «{ $text }» (عدد النتائج { $found }، الصفحة الأولى)
cli-register-bench-autosave = الحفظ التلقائي لحقل واحد معدَّل (أكبر أنواع القضايا)
cli-register-bench-save = حفظ نسخة جديدة (تعديل حقل واحد)
cli-register-imported = ‏{ $file }: استُورد بوصفه القضية { $id }.
cli-register-revised = ‏{ $file }: كانت القضية { $id } موجودة في السجل بمحتوى مختلف؛ فأُضيفت نسخة جديدة.
cli-register-duplicate = ‏{ $file }: القضية { $id } موجودة في السجل دون تغيير؛ لم يُضَف شيء.
cli-register-import-failed = ‏{ $file }: لم يُستورد. { $message }
cli-register-exported = كُتبت ملفات القضايا في { $path } (عددها { $count }).
cli-register-backed-up = كُتبت نسخة احتياطية من السجل بأكمله في { $path }.
cli-register-restored = استُعيد السجل من { $path }، وعدد القضايا فيه { $cases }. والسجل بحالته السابقة محفوظ بجانبه («.before-restore»).
