## Errors: a file or the installation could not be read. Each names the place.

error-case-too-large = يبلغ حجم الملف { $bytes } بايت؛ ولا يجوز أن يتجاوز حجم ملف القضية { $max } بايت.
error-case-json = الملف ليس بصيغة JSON صحيحة: السطر { $line }، العمود { $column }: { $reason }.
error-case-format = هذا ليس ملف قضية من ملفات Rogatory (قيمة «format» فيه هي «{ $found }»، والمتوقع «rogatory-case»).
error-case-version = إصدار ملف القضية هذا هو «{ $found }»؛ وهذا الإصدار من Rogatory يقرأ الإصدارات حتى { $supported }. حدّث Rogatory لفتح الملف.
error-case-kind = نوع طلب غير معروف: «{ $found }».
error-case-unknown-field = { $path }: هذا الحقل ليس من حقول هذا النوع من الطلبات.
error-case-wrong-type = { $path }: كان المتوقع { $expected }، ووُجد { $found }.
error-case-unknown-measure = { $path }: تدبير غير معروف: «{ $found }».
error-case-measure-not-allowed = { $path }: لا يجوز طلب التدبير «{ $found }» في هذا النوع من الطلبات.
error-case-control-character = { $path }: يحتوي النص على حرف التحكم { $codepoint } عند الحرف رقم { $position }؛ والأرجح أن الملف تالف.
error-case-field-too-long = { $path }: يبلغ عدد الأحرف { $chars }، والحد الأقصى المسموح به للحقل هو { $max }.
error-case-too-many-items = { $path }: يبلغ عدد العناصر { $items }، والحد الأقصى المسموح به للقائمة هو { $max }.
error-catalog-read = تعذّرت قراءة القوالب في { $path }: { $reason }
error-catalog-parse = أحد ملفات القوالب معيب: { $path }: { $reason }
error-catalog-invalid =
    القوالب الموجودة في { $path } غير متّسقة ({ $problems ->
        [zero] لا توجد مشكلات
        [one] مشكلة واحدة مبيَّنة أعلاه
        [two] مشكلتان مبيَّنتان أعلاه
        [few] { $problems } مشكلات مبيَّنة أعلاه
        [many] { $problems } مشكلةً مبيَّنة أعلاه
       *[other] { $problems } مشكلة مبيَّنة أعلاه
    }).
error-i18n-read = تتعذر قراءة الرسائل في { $path }: { $reason }
error-i18n-syntax = ملف رسائل تالف الصيغة: { $path }، السطر { $line }: { $reason }
error-i18n-duplicate = { $path }: الرسالة «{ $id }» معرَّفة مرتين.
error-i18n-missing = الرسالة «{ $id }» غير موجودة في لغة الواجهة { $lang }.
error-i18n-format = يتعذر تنسيق الرسالة «{ $id }» في لغة الواجهة { $lang }: { $reason }
error-pdf-subset = تعذّر تضمين أحد الخطوط في ملف PDF. وهذا عيب في Rogatory؛ يُرجى الإبلاغ عنه مع إرفاق ملف القضية.
error-logo-format = الملف { $file } ليس صورة بصيغة PNG أو JPEG؛ ويجب أن يكون شعار الترويسة بإحدى هاتين الصيغتين.
error-logo-corrupt = الشعار { $file } تالف ولا يمكن استخدامه: { $reason }
error-logo-too-large = أبعاد الشعار { $file } هي { $width } × { $height } بكسل؛ ولا يجوز أن تتجاوز أبعاد الشعار { $max } × { $max } بكسل.
error-unknown-example = لا يوجد مثال باسم «{ $name }».
error-unknown-item = لا يتضمن الفهرس عنصرًا باسم «{ $name }» يمكن إضافته إلى قائمة.
error-internal = حدث خطأ داخلي في Rogatory. لم يتغير عملك؛ يُرجى الإبلاغ عن ذلك مع إرفاق ملف القضية.
error-file-io = تتعذر قراءة { $path } أو الكتابة فيه: { $reason }
error-draft-refused = لا يزال الطلب يتضمن أخطاء، ولذلك لم يُنشأ ملف PDF نهائي. أكمل الطلب، أو صدِّر نسخة موسومة بعبارة «مسودة».
error-settings-damaged = ملف الإعدادات { $path } تالف وقد تُرك على حاله: { $reason }. أصلحه أو احذفه ثم أعد المحاولة.
error-settings-too-long = يتضمن الإعداد { $field } عدد { $length } من المحارف، والحد الأقصى المسموح به { $max }. لم يُحفظ شيء.
error-settings-language = «{ $lang }» ليست إحدى اللغات الست للواجهة والطلبات. لم يُحفظ شيء.
error-recent-unknown = ‏{ $path } ليس من ملفات القضايا الأخيرة؛ افتحه عبر «فتح ملف قضية…».
