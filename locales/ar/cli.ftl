## The rogatory command line.

cli-help =
    rogatory: إعداد طلبات التعاون الدولي في المسائل الجنائية والتحقق منها

    طريقة الاستخدام:
      rogatory validate FILE [--json] [--lang xx] [--today YYYY-MM-DD]
          يتحقق من ملف قضية؛ رمز الخروج 0 إذا لم توجد أي ملاحظة من مستوى «خطأ»، و1 إذا وُجدت، و2 إذا تعذّرت قراءة الملف.
      rogatory new KIND [-o FILE]        ينشئ قضية فارغة من نوع معيّن (mla، preservation، emergency_disclosure،
                                         provider_request، extradition، provisional_arrest).
      rogatory examples [NAME] [-o FILE] يسرد القضايا النموذجية، أو يطبع إحداها.
      rogatory render FILE [--lang xx] [-o OUT.pdf] [--allow-draft]
                                         يُعِدّ الطلب بصيغة PDF بلغة معيّنة؛ ويمتنع عن ذلك ما دام الطلب يتضمن أخطاء.
      rogatory schema [-o FILE]          يطبع مخطط JSON Schema لملف القضية.
      rogatory catalog check             يتحقق من خلو templates/ وlocales/ من الإحالات المعلّقة.
      rogatory bench                     يقيس زمن التحميل والتحقق على هذا الجهاز.

    الخيارات:
      --lang xx     لغة الرسائل: en، fr، es، ru، ar، zh
      --home DIR    المجلد الذي يحتوي على templates/ وlocales/ (الافتراضي: $ROGATORY_HOME، ثم المجلد المجاور للبرنامج)
cli-usage-missing-value = يتطلب الخيار { $option } قيمة.
cli-usage-unknown-option = خيار غير معروف: { $option }. شغّل الأمر «rogatory help».
cli-usage-unknown-command = أمر غير معروف: «{ $command }». شغّل الأمر «rogatory help».
cli-usage-bad-date = «{ $value }» ليس تاريخًا؛ اكتبه بالصيغة YYYY-MM-DD.
cli-read-failed = تعذّرت قراءة { $file }: { $reason }
cli-write-failed = تعذّرت الكتابة في { $path }: { $reason }
cli-not-utf8 = الملف { $file } ليس نصًا بترميز UTF-8 (بايت غير صالح في الموضع { $position }).
cli-case-error = { $file }: { $message }
cli-unknown-kind = نوع طلب غير معروف: «{ $kind }». الأنواع المعروفة: { $kinds }.
cli-unknown-example = لا يوجد مثال باسم «{ $name }». الأمثلة المتاحة: { $names }.
cli-severity-error = خطأ
cli-severity-warning = تحذير
cli-severity-advice = توصية
cli-basis = الأساس القانوني: { $basis }
cli-validate-summary =
    { $errors ->
        [zero] لا أخطاء
        [one] خطأ واحد
        [two] خطآن
        [few] { $errors } أخطاء
        [many] { $errors } خطأً
       *[other] { $errors } خطأ
    }، { $warnings ->
        [zero] لا تحذيرات
        [one] تحذير واحد
        [two] تحذيران
        [few] { $warnings } تحذيرات
        [many] { $warnings } تحذيرًا
       *[other] { $warnings } تحذير
    }، { $advice ->
        [zero] لا توصيات
        [one] توصية واحدة
        [two] توصيتان
        [few] { $advice } توصيات
        [many] { $advice } توصيةً
       *[other] { $advice } توصية
    }.
cli-catalog-summary =
    { $problems ->
        [zero] الفهرس متّسق
        [one] مشكلة واحدة
        [two] مشكلتان
        [few] { $problems } مشكلات
        [many] { $problems } مشكلةً
       *[other] { $problems } مشكلة
    } (عدد الأنواع: { $kinds }، عدد التدابير: { $measures }، عدد القواعد العامة: { $rules }).
cli-bench-catalog-load = تحميل الفهرس (عدد القواعد العامة: { $rules })
cli-bench-locales-load = تحميل لغات الواجهة (عدد اللغات: { $locales })
cli-bench-parse = قراءة أكبر مثال، «{ $example }» (عدد البايتات: { $bytes })
cli-bench-validate = التحقق من أكبر مثال، «{ $example }»
cli-bench-line = الوسيط { $micros } ميكروثانية، وعدد مرات التشغيل { $runs }
cli-bench-failed = تعذّر تشغيل قياس الأداء: { $reason }
list-separator = {"، "}
cli-render-refused = لا يزال الطلب يتضمن أخطاء (مبيَّنة أعلاه)، ولذلك لم يُكتب ملف PDF نهائي. أكمِل الطلب، أو أضف الخيار --allow-draft للحصول على نسخة تحمل علامة «مسودة».
cli-render-done = كُتب الملف { $path } ({ $pages ->
        [zero] لا صفحات
        [one] صفحة واحدة
        [two] صفحتان
        [few] { $pages } صفحات
        [many] { $pages } صفحةً
       *[other] { $pages } صفحة
    }، { $bytes } بايت).
cli-render-draft = كُتب الملف { $path } بوصفه مسودة ({ $pages ->
        [zero] لا صفحات
        [one] صفحة واحدة
        [two] صفحتان
        [few] { $pages } صفحات
        [many] { $pages } صفحةً
       *[other] { $pages } صفحة
    }، { $bytes } بايت)؛ ولا يزال الطلب يتضمن أخطاء.
cli-bench-render = تركيب المستند «{ $example }» باللغة { $lang } وتخطيطه وكتابته بصيغة PDF (عدد الصفحات: { $pages }، عدد البايتات: { $bytes })
cli-bench-soffice = تحويل المستند نفسه باللغة { $lang } باستخدام LibreOffice (Rogatory أسرع منه بمقدار { $ratio } مرة)
