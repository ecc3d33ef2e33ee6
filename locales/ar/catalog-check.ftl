## `rogatory catalog check`: what is inconsistent in templates/ or locales/.
## Each problem prints as "<place>: <problem>".

catalog-place-type = النوع «{ $id }»
catalog-place-section = القسم «{ $id }»
catalog-place-measure = التدبير «{ $id }»
catalog-place-file = الملف { $id }
catalog-place-kind = نوع الطلب «{ $id }»
catalog-place-rule = القاعدة «{ $id }»
catalog-place-measure-rule = قاعدة التدبير «{ $id }»
catalog-place-country = الملف التعريفي للدولة { $id }
catalog-place-country-rule = القاعدة الخاصة بالدولة «{ $id }»
catalog-place-provider = الملف التعريفي لمقدم الخدمة «{ $id }»
catalog-place-locale = لغة الواجهة { $id }

catalog-problem-duplicate-owner = هذا المعرِّف مستخدَم لأكثر من نوع أو قسم أو تدبير.
catalog-problem-duplicate-field = الحقل «{ $field }» معرَّف مرتين.
catalog-problem-unknown-choice-list = يشير الحقل «{ $field }» إلى قائمة الخيارات «{ $list }»، وهي غير معرَّفة في choices.toml.
catalog-problem-choice-without-list = لا يبيِّن حقل الاختيار «{ $field }» قائمة الخيارات التي يستخدمها (أضف `choices = "..."`).
catalog-problem-unknown-field-type = نوع الحقل «{ $field }» هو «{ $type }»، وهو ليس نوعًا مدمجًا ولا نوعًا معرَّفًا في types.toml.
catalog-problem-unknown-format-from = يأخذ الحقل «{ $field }» صيغته من «{ $sibling }»، وهو ليس حقلًا مجاورًا له.
catalog-problem-unknown-type = نوع القائمة «{ $type }» غير معرَّف في types.toml.
catalog-problem-section-shape = يجب أن يتضمن القسم واحدًا فقط من `fields` أو `list_of` أو `measures = true`.
catalog-problem-format-not-configured = ليس لملاحظة الصيغة «{ $code }» مستوى محدَّد؛ أضف المدخل [format.{ $code }].
catalog-problem-missing-message = الرسالة «{ $id }» غير موجودة (تحتاج إليها: { $needed_by }).
catalog-problem-missing-locale = لغة الواجهة هذه غير موجودة؛ ويلزم توفير لغات الأمم المتحدة الرسمية الست جميعها.
catalog-problem-measure-list-mismatch = يجب أن تتضمن قائمة الخيارات «measure» التدابير المعرَّفة في measures.toml بعينها، لا أكثر ولا أقل.
catalog-problem-legal-basis-list-mismatch = يجب أن تتضمن قائمة الخيارات «legal_instrument» الصكوك الموسومة بـ `legal_basis = true` في instruments.toml بعينها، لا أكثر ولا أقل.
catalog-problem-unknown-section = القسم «{ $section }» غير معرَّف في sections.toml.
catalog-problem-unknown-measure = التدبير «{ $measure }» غير معرَّف في measures.toml.
catalog-problem-unknown-example = المثال «{ $example }» غير موجود في templates/examples/.
catalog-problem-unknown-kind = نوع الطلب «{ $kind }» غير معرَّف في kinds.toml.
catalog-problem-unknown-for-each = يشير «for_each» إلى «{ $path }»، وهو ليس قائمة في هذا النوع من الطلبات.
catalog-problem-unknown-path = لا يشير المسار «{ $path }» إلى أي حقل من حقول نوع الطلب «{ $kind }».
catalog-problem-condition-without-field = الشرط الذي يتضمن `equals` أو `one_of` أو `present` يحتاج إلى `field`.
catalog-problem-unknown-instrument = الصك «{ $instrument }» غير معرَّف في instruments.toml.
catalog-problem-not-in-choice-list = { $value } ليست من قيم قائمة الخيارات «{ $list }».
catalog-problem-no-basis = ليس لهذه القاعدة أساس قانوني؛ ويجب أن تستند كل قاعدة إلى مصدرها.
catalog-problem-unknown-basis = يشير الأساس القانوني إلى «{ $instrument }»، وهو ليس صكًّا معرَّفًا في instruments.toml.
catalog-problem-unconfirmed-not-advice = جميع مصادر هذه القاعدة غير مؤكَّدة، ولذلك يجب أن يكون مستواها «advice» (توصية).
catalog-problem-unknown-language = اللغة «{ $language }» ليست في قائمة الخيارات «language».
catalog-problem-unknown-channel = القناة «{ $channel }» ليست في قائمة الخيارات «channel».
catalog-problem-bad-dual-criminality = قيمة dual_criminality هي «{ $value }»؛ اكتب required أو coercive_only أو not_required.
catalog-problem-unknown-data-category = فئة البيانات «{ $category }» ليست في قائمة الخيارات «data_category».

catalog-place-deadline = المهلة «{ $id }»
catalog-problem-deadline-not-advice = ليس لهذه المهلة مصدر قانوني مؤكَّد، ولذلك يجب وسمها بـ `advice = true`.
catalog-problem-deadline-without-days = لا تحدد هذه المهلة `days` ولا `days_from`.
catalog-problem-unknown-direction = الاتجاه «{ $direction }» ليس «outgoing» ولا «incoming».
catalog-problem-unknown-profile-field = «{ $field }» ليست من مدد الملف التعريفي التي يعرفها السجل.
catalog-problem-unknown-status = «{ $status }» ليست من حالات السجل.
