## `rogatory catalog check`: несогласованности, обнаруженные в templates/ или locales/.
## Каждая проблема выводится в виде "<место>: <проблема>".

catalog-place-type = Тип «{ $id }»
catalog-place-section = Раздел «{ $id }»
catalog-place-measure = Вид помощи «{ $id }»
catalog-place-file = Файл { $id }
catalog-place-kind = Вид запроса «{ $id }»
catalog-place-rule = Правило «{ $id }»
catalog-place-measure-rule = Правило вида помощи «{ $id }»
catalog-place-country = Профиль страны { $id }
catalog-place-country-rule = Правило для страны «{ $id }»
catalog-place-provider = Профиль поставщика услуг «{ $id }»
catalog-place-locale = Языковая версия { $id }

catalog-problem-duplicate-owner = этот идентификатор используется более чем для одного типа, раздела или вида помощи.
catalog-problem-duplicate-field = поле «{ $field }» определено дважды.
catalog-problem-unknown-choice-list = для поля «{ $field }» указан список значений «{ $list }», который не определен в choices.toml.
catalog-problem-choice-without-list = для поля выбора «{ $field }» не указано, какой список значений в нем используется (добавьте `choices = "..."`).
catalog-problem-unknown-field-type = поле «{ $field }» имеет тип «{ $type }», который не является ни встроенным типом, ни типом, определенным в types.toml.
catalog-problem-unknown-format-from = поле «{ $field }» берет формат из «{ $sibling }», однако на том же уровне такого поля нет.
catalog-problem-unknown-type = тип списка «{ $type }» не определен в types.toml.
catalog-problem-section-shape = раздел должен содержать ровно один из элементов: `fields`, `list_of` или `measures = true`.
catalog-problem-format-not-configured = для замечания о формате «{ $code }» не задан уровень серьезности; добавьте запись [format.{ $code }].
catalog-problem-missing-message = отсутствует сообщение «{ $id }» (требуется для: { $needed_by }).
catalog-problem-missing-locale = эта языковая версия отсутствует; требуются версии на всех шести официальных языках Организации Объединенных Наций.
catalog-problem-measure-list-mismatch = список значений «measure» должен содержать в точности те виды помощи, которые определены в measures.toml.
catalog-problem-legal-basis-list-mismatch = список значений «legal_instrument» должен содержать в точности те правовые документы, которые помечены `legal_basis = true` в instruments.toml.
catalog-problem-unknown-section = раздел «{ $section }» не определен в sections.toml.
catalog-problem-unknown-measure = вид помощи «{ $measure }» не определен в measures.toml.
catalog-problem-unknown-example = пример «{ $example }» отсутствует в templates/examples/.
catalog-problem-unknown-kind = вид запроса «{ $kind }» не определен в kinds.toml.
catalog-problem-unknown-for-each = в «for_each» указано «{ $path }», однако в запросе данного вида это не список.
catalog-problem-unknown-path = путь «{ $path }» не указывает ни на одно поле запроса вида «{ $kind }».
catalog-problem-condition-without-field = для условия с `equals`, `one_of` или `present` требуется `field`.
catalog-problem-unknown-instrument = правовой документ «{ $instrument }» не определен в instruments.toml.
catalog-problem-not-in-choice-list = значение { $value } отсутствует в списке значений «{ $list }».
catalog-problem-no-basis = для правила не указано правовое основание; каждое правило должно содержать ссылку на свой источник.
catalog-problem-unknown-basis = в правовом основании указан документ «{ $instrument }», который отсутствует в instruments.toml.
catalog-problem-unconfirmed-not-advice = ни один из источников этого правила не подтвержден, поэтому его уровень серьезности должен быть «advice».
catalog-problem-unknown-language = язык «{ $language }» отсутствует в списке значений «language».
catalog-problem-unknown-channel = канал «{ $channel }» отсутствует в списке значений «channel».
catalog-problem-bad-dual-criminality = dual_criminality имеет значение «{ $value }»; укажите required, coercive_only или not_required.
catalog-problem-unknown-data-category = категория данных «{ $category }» отсутствует в списке значений «data_category».

catalog-place-deadline = Срок «{ $id }»
catalog-problem-deadline-not-advice = у этого срока нет подтвержденного правового источника, поэтому он должен быть помечен `advice = true`.
catalog-problem-deadline-without-days = для этого срока не указано ни `days`, ни `days_from`.
catalog-problem-unknown-direction = направление «{ $direction }» не является ни «outgoing», ни «incoming».
catalog-problem-unknown-profile-field = «{ $field }» не является известным реестру сроком из профиля.
catalog-problem-unknown-status = «{ $status }» не является статусом реестра.
