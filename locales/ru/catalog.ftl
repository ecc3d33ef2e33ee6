### Каталог: наименования видов запросов, этапов мастера, полей форм, видов
### помощи, значений для выбора и правовых документов (templates/*.toml).

## Kinds

kind-mla = Запрос о взаимной правовой помощи
kind-mla-help = Просьба к другому государству получить доказательства или принять иную меру в интересах вашего расследования, уголовного преследования или судебного разбирательства, например получить показания, представить документы, провести обыск и выемку или наложить арест на доходы от преступлений (статья 18 Конвенции против организованной преступности, статья 46 Конвенции против коррупции).
kind-preservation = Запрос об оперативном обеспечении сохранности данных
kind-preservation-help = Просьба к другому государству оперативно обеспечить сохранность хранимых компьютерных данных, прежде чем они будут удалены, пока вы готовите запрос о взаимной правовой помощи, который должен за ним последовать (статья 29 Будапештской конвенции).
# UNSURE: "emergency disclosure" / "significant and imminent risk" (Second Additional Protocol art. 9) — no official Russian text of the Protocol; rendered as "раскрытие данных в чрезвычайной ситуации" / "значительная и непосредственная угроза".
kind-emergency-disclosure = Запрос о раскрытии данных в чрезвычайной ситуации
kind-emergency-disclosure-help = Незамедлительное получение хранимых компьютерных данных при наличии значительной и непосредственной угрозы жизни или безопасности человека — через сеть 24/7 (статья 9 Второго дополнительного протокола) или напрямую от поставщика услуг, принимающего экстренные запросы.
kind-provider-request = Запрос к поставщику услуг
kind-provider-request-help = Прямое обращение к поставщику услуг в другом государстве за данными — посредством распоряжения о раскрытии информации о пользователях (статья 7 Второго дополнительного протокола) или просьбы о добровольном раскрытии данных, не являющихся данными о содержании.
kind-extradition = Запрос о выдаче
kind-extradition-help = Просьба к другому государству выдать лицо, разыскиваемое для уголовного преследования либо для назначения или приведения в исполнение наказания (статья 5 Типового договора о выдаче, статья 16 Конвенции против организованной преступности).
kind-provisional-arrest = Запрос о предварительном аресте
kind-provisional-arrest-help = В срочном случае — просьба к другому государству взять разыскиваемое лицо под стражу до поступления к нему запроса о выдаче с обязательством направить этот запрос в установленный срок (статья 9 Типового договора о выдаче, пункт 9 статьи 16 Конвенции против организованной преступности).

## Sections

section-request = Сведения о запросе
section-requesting-authority = Запрашивающий орган
section-requested-state = Запрашиваемое государство
section-provider = Поставщик услуг
section-legal-bases = Правовое основание
section-proceedings = Расследование или производство по делу
section-offences = Преступления
section-facts = Краткое изложение фактов
section-persons = Лица, имеющие отношение к делу
section-measures = Запрашиваемая помощь
section-special-procedures = Особые процедуры
section-urgency = Срочность
section-confidentiality = Конфиденциальность
section-undertakings = Обязательства и гарантии
section-earlier-requests = Предыдущие запросы
section-annexes = Приложения
section-signatory = Подпись
section-preservation = Данные, сохранность которых требуется обеспечить
section-emergency = Чрезвычайная ситуация
section-provider-request = Распоряжение или запрос, адресованные поставщику услуг
section-extradition = Сведения, относящиеся к выдаче
section-provisional-arrest = Сведения, относящиеся к предварительному аресту

## Fields: request

field-request-date = Дата запроса
field-request-reference = Регистрационный номер
field-request-language = Язык запроса
field-request-status = Статус запроса
field-request-channel = Канал передачи

## Fields: requesting-authority

field-requesting-authority-name = Наименование органа
field-requesting-authority-address = Адрес
field-requesting-authority-person = Ответственное лицо
field-requesting-authority-function = Должность
field-requesting-authority-phone = Телефон
field-requesting-authority-mobile = Мобильный телефон
field-requesting-authority-email = Электронная почта
field-requesting-authority-office-hours = Часы работы
field-requesting-authority-time-zone = Часовой пояс

## Fields: requested-state

field-requested-state-country = Государство
field-requested-state-authority = Орган-получатель
field-requested-state-address = Адрес
field-requested-state-email = Электронная почта
field-requested-state-phone = Телефон

## Fields: provider

field-provider-profile = Профиль поставщика услуг
field-provider-name = Наименование поставщика услуг
field-provider-address = Адрес
field-provider-country = Страна
field-provider-email = Электронная почта
field-provider-portal = Портал для запросов правоохранительных органов

## Fields: proceedings

field-proceedings-conducting-authority = Орган, осуществляющий расследование или производство по делу
field-proceedings-conducting-authority-functions = Функции этого органа
field-proceedings-case-numbers = Номера дел
field-proceedings-nature = Характер производства
field-proceedings-stage = Стадия производства

## Fields: facts

field-facts-summary = Краткое изложение соответствующих фактов
field-facts-evidence = Доказательства, полученные на данный момент

## Fields: special-procedures

field-special-procedures-description = Процедура или формальность, которую необходимо соблюсти
field-special-procedures-reason = Причины, по которым требуется эта процедура

## Fields: urgency

field-urgency-urgent = Настоящий запрос является срочным
field-urgency-reason = Основания срочности
field-urgency-requested-date = Дата, к которой запрашивается исполнение

## Fields: confidentiality

field-confidentiality-required = Запрашиваемое государство просят сохранять конфиденциальность факта и существа запроса, за исключением того, что необходимо для его исполнения
field-confidentiality-reason = Основания для сохранения конфиденциальности
field-confidentiality-no-user-notification = Пользователь или владелец учетной записи не должен быть уведомлен о запросе

## Fields: undertakings

field-undertakings-use-limitation = Обязательство не использовать информацию или доказательства для производства, иного, чем указанное в запросе, без предварительного согласия
field-undertakings-confidentiality = Обязательство сохранять конфиденциальность полученных информации и доказательств, если этого требует запрашиваемое государство
field-undertakings-costs = Обязательство нести расходы чрезвычайного характера на условиях, согласованных с запрашиваемым государством
field-undertakings-reciprocity = Гарантия взаимности в аналогичном случае
field-undertakings-return-of-items = Обязательство вернуть предоставленные предметы и подлинники документов, когда в них отпадет необходимость
field-undertakings-speciality = Обязательство соблюдать принцип конкретности (специальности)
field-undertakings-no-reextradition = Обязательство не выдавать это лицо третьему государству без согласия запрашиваемого государства
field-undertakings-death-penalty = Гарантии в отношении смертной казни
field-undertakings-fair-trial = Гарантии справедливого судебного разбирательства и надлежащих условий содержания под стражей
field-undertakings-other = Иные обязательства или гарантии

## Fields: signatory

field-signatory-name = Фамилия и имя подписавшего лица
field-signatory-function = Должность
field-signatory-place = Место подписания

## Fields: preservation

field-preservation-data-description = Хранимые компьютерные данные, сохранность которых требуется обеспечить
field-preservation-data-categories = Категории данных
field-preservation-identifiers = Идентификаторы
field-preservation-period = Охватываемый период
field-preservation-relation-to-offence = Связь данных с преступлением
field-preservation-system-location = Хранитель данных или местонахождение компьютерной системы
field-preservation-necessity = Обоснование необходимости обеспечения сохранности
field-preservation-mla-will-follow = Последует запрос о взаимной помощи в целях проведения обыска, выемки или раскрытия данных
field-preservation-expedited-disclosure = Запрашивается оперативное раскрытие сохраненных данных о потоках информации (трафике) для установления любого поставщика услуг в другом государстве, участвовавшего в передаче (статья 30 Будапештской конвенции)

## Fields: emergency

field-emergency-route = Канал направления запроса
field-emergency-risk-facts = Факты, свидетельствующие о значительной и непосредственной угрозе жизни или безопасности человека
field-emergency-link-to-data = Связь данных с чрезвычайной ситуацией
field-emergency-data-description = Описание запрашиваемых данных
field-emergency-data-categories = Категории данных
field-emergency-identifiers = Идентификаторы
field-emergency-period = Охватываемый период
field-emergency-contact-name = Контактное лицо, доступное круглосуточно
field-emergency-contact-phone = Контактный телефон (круглосуточно)
field-emergency-contact-email = Контактный адрес электронной почты (круглосуточно)

## Fields: provider-request

field-provider-request-mode = Вид запроса
field-provider-request-data-description = Подробное описание запрашиваемых данных
field-provider-request-data-categories = Категории данных
field-provider-request-identifiers = Идентификаторы
field-provider-request-period = Охватываемый период
field-provider-request-seeking-authority = Орган, запрашивающий данные, если он не является органом, вынесшим распоряжение
field-provider-request-domestic-legal-ground = Основания для вынесения распоряжения по внутреннему законодательству
field-provider-request-time-frame = Срок раскрытия данных
field-provider-request-return-manner = Порядок передачи данных
field-provider-request-notification-made = Государство, в котором находится поставщик услуг, уведомлено одновременно (одновременное уведомление)

## Fields: extradition

field-extradition-posture = Процессуальное положение разыскиваемого лица
field-extradition-warrant = Ордер на арест
field-extradition-judgment = Судебное решение (приговор)
field-extradition-retrial-statement = Правовые средства, имеющиеся у лица для подготовки своей защиты или повторного рассмотрения дела
field-extradition-sentence-to-be-imposed = После осуждения лицу предстоит назначение наказания
field-extradition-evidence-summary = Краткое изложение доказательств
field-extradition-limitation = Положения о сроке давности и о действиях, прерывающих его течение
field-extradition-property = Имущество, подлежащее передаче

## Fields: provisional-arrest

field-provisional-arrest-posture = Процессуальное положение разыскиваемого лица
field-provisional-arrest-warrant-or-judgment = Ордер на арест или судебное решение, на котором основан запрос
field-provisional-arrest-extradition-will-follow = Последует запрос о выдаче разыскиваемого лица

## Fields: legal-basis

field-legal-basis-instrument = Правовой документ
field-legal-basis-title = Название договора или закона
field-legal-basis-articles = Статьи, на которые делается ссылка

## Fields: penalty

field-penalty-kind = Вид наказания
field-penalty-term = Срок или размер

## Fields: offence

field-offence-name = Наименование преступления
field-offence-provision = Норма закона
field-offence-text-of-law = Текст закона
field-offence-max-penalty = Максимальное наказание
field-offence-committed-on = Дата или период совершения
field-offence-committed-at = Место совершения
field-offence-limitation = Срок давности

## Fields: identity-document

field-identity-document-type = Вид документа
field-identity-document-number = Номер документа
field-identity-document-issuer = Государство, выдавшее документ

## Fields: person

field-person-role = Процессуальное положение
field-person-family-name = Фамилия
field-person-given-names = Имя (имена)
field-person-aliases = Другие имена и псевдонимы
field-person-date-of-birth = Дата рождения
field-person-place-of-birth = Место рождения
field-person-nationality = Гражданство
field-person-identity-documents = Документы, удостоверяющие личность
field-person-address = Адрес
field-person-location = Известное или предполагаемое местонахождение
field-person-description = Описание внешности (приметы)
field-person-photograph = Фотография
field-person-fingerprints = Отпечатки пальцев

## Fields: date-range

field-date-range-from = С
field-date-range-to = По

## Fields: money

field-money-amount = Сумма
field-money-currency = Валюта

## Fields: identifier

field-identifier-type = Тип идентификатора
field-identifier-value = Идентификатор
field-identifier-port = Порт
field-identifier-timestamp = Дата и время с указанием часового пояса

## Fields: annex

field-annex-reference = Номер приложения
field-annex-title = Название
field-annex-file = Файл
field-annex-translated = К приложению прилагается его перевод

## Fields: earlier-request

field-earlier-request-kind = Вид запроса
field-earlier-request-date = Дата
field-earlier-request-reference = Наш номер
field-earlier-request-their-reference = Номер, присвоенный запрашиваемым государством
field-earlier-request-channel = Использованный канал
field-earlier-request-authority = Орган, которому был направлен запрос

## Fields: warrant

field-warrant-issuing-authority = Орган, выдавший ордер
field-warrant-date = Дата выдачи
field-warrant-number = Номер ордера
field-warrant-annex = Копия ордера

## Fields: judgment

field-judgment-court = Суд
field-judgment-date = Дата судебного решения
field-judgment-number = Номер судебного решения или дела
field-judgment-final = Судебное решение вступило в законную силу
field-judgment-enforceable = Наказание подлежит исполнению
field-judgment-sentence = Назначенное наказание
field-judgment-time-served = Уже отбытый срок
field-judgment-remaining = Неотбытая часть наказания
field-judgment-annex = Копия судебного решения

## Fields: measure

field-measure-type = Вид помощи
field-measure-description = Описание запрашиваемой помощи
field-measure-purpose = Цель, для которой запрашивается помощь
field-measure-relevance = Значение для расследования или производства по делу

## Fields: taking-evidence

field-taking-evidence-examinee = Лицо, подлежащее допросу
field-taking-evidence-examinee-status = Процессуальное положение, в котором допрашивается лицо
field-taking-evidence-examinee-location = Местонахождение лица
field-taking-evidence-questions = Вопросы, которые необходимо задать
field-taking-evidence-sworn = Присяга или торжественное заявление
field-taking-evidence-officials-present = Должностные лица запрашивающего государства просят разрешить им присутствовать
field-taking-evidence-officials = Фамилии и должности должностных лиц, которые будут присутствовать
field-taking-evidence-recording = Способ фиксации показаний

## Fields: service-of-documents

field-service-of-documents-addressee = Лицо, которому должны быть вручены документы
field-service-of-documents-address = Адрес для вручения
field-service-of-documents-relationship = Отношение к производству по делу
field-service-of-documents-documents = Документы, подлежащие вручению
field-service-of-documents-manner = Способ вручения
field-service-of-documents-proof-of-service = Требуется подтверждение вручения
field-service-of-documents-appearance-date = Дата явки

## Fields: search-seizure

field-search-seizure-place = Место или лицо, подлежащие обыску
field-search-seizure-items = Предметы, подлежащие выемке
field-search-seizure-grounds = Основания полагать, что предметы находятся в указанном месте
field-search-seizure-lawful-in-requesting-state = Проведение обыска и выемки могло бы быть правомерно санкционировано в запрашивающем государстве

## Fields: examining-objects-sites

field-examining-objects-sites-object-or-site = Объект или участок местности, подлежащий осмотру
field-examining-objects-sites-location = Местонахождение
field-examining-objects-sites-examination = Осмотр, который необходимо провести

## Fields: production-of-records

field-production-of-records-record-type = Категория документов
field-production-of-records-institution = Учреждение, в котором хранятся документы
field-production-of-records-institution-address = Адрес учреждения
field-production-of-records-accounts = Номера счетов
field-production-of-records-account-holders = Владельцы счетов
field-production-of-records-document-types = Виды документов
field-production-of-records-period = Охватываемый период
field-production-of-records-certification = Требуемое заверение или удостоверение подлинности

## Fields: information-evidence

field-information-evidence-items = Запрашиваемая информация или вещественные доказательства
field-information-evidence-custodian = Лицо или орган, у которых они находятся
field-information-evidence-expert-evaluation = Запрашивается оценка эксперта

## Fields: videoconference

field-videoconference-witness = Лицо, подлежащее заслушиванию
field-videoconference-datetime = Предлагаемые дата и время
field-videoconference-technical-contact = Контактное лицо по техническим вопросам
field-videoconference-technical-email = Электронная почта контактного лица по техническим вопросам
field-videoconference-interpreter-language = Язык устного перевода
field-videoconference-presiding-authority = Орган, проводящий заслушивание

## Fields: transfer-detained-person

field-transfer-detained-person-person = Лицо, содержащееся под стражей
field-transfer-detained-person-place-of-detention = Место содержания под стражей
field-transfer-detained-person-period = Срок передачи
field-transfer-detained-person-custody-arrangements = Порядок содержания под стражей
field-transfer-detained-person-return-date = Дата возвращения
# UNSURE: "safe conduct" rendered as "гарантия неприкосновенности (охранное свидетельство)"; UNTOC art. 18(27) describes the protection without a single term.
field-transfer-detained-person-safe-conduct = Будет предоставлена гарантия неприкосновенности (охранное свидетельство)

## Fields: voluntary-appearance

field-voluntary-appearance-person = Лицо, приглашаемое для явки
field-voluntary-appearance-allowances = Выплачиваемые пособия и возмещаемые расходы
# UNSURE: "safe conduct" — see field-transfer-detained-person-safe-conduct.
field-voluntary-appearance-safe-conduct = Будет предоставлена гарантия неприкосновенности (охранное свидетельство)

## Fields: tracing-proceeds

field-tracing-proceeds-property = Доходы от преступлений, имущество или средства совершения преступлений, подлежащие выявлению или отслеживанию
field-tracing-proceeds-holders = Предполагаемые владельцы
field-tracing-proceeds-estimated-value = Оценочная стоимость
field-tracing-proceeds-link-to-offence = Связь с преступлением

## Fields: freezing-seizure

field-freezing-seizure-property = Имущество, подлежащее аресту или выемке
field-freezing-seizure-location = Местонахождение имущества
field-freezing-seizure-value = Стоимость
field-freezing-seizure-order-reference = Реквизиты решения об аресте или выемке
field-freezing-seizure-link-to-offence = Связь с преступлением
field-freezing-seizure-for-confiscation = Арест или выемка запрашиваются в целях последующей конфискации

## Fields: confiscation

field-confiscation-order-court = Суд, вынесший решение о конфискации
field-confiscation-order-date = Дата решения
field-confiscation-order-final = Решение о конфискации вступило в законную силу
field-confiscation-property = Имущество, подлежащее конфискации
field-confiscation-value = Стоимость
field-confiscation-disposal = Предлагаемый порядок распоряжения конфискованным имуществом

## Fields: transfer-of-proceedings

field-transfer-of-proceedings-reasons = Основания для передачи
field-transfer-of-proceedings-file-transmitted = Материалы дела передаются вместе с запросом
field-transfer-of-proceedings-suspect-location = Местонахождение подозреваемого

## Fields: joint-investigation-team

field-joint-investigation-team-participants = Участвующие органы
field-joint-investigation-team-objectives = Цели группы
field-joint-investigation-team-period = Срок деятельности

## Fields: controlled-delivery

field-controlled-delivery-goods = Партия груза
field-controlled-delivery-route = Планируемый маршрут
field-controlled-delivery-dates = Ожидаемые даты
field-controlled-delivery-contact = Контактное лицо по оперативным вопросам
field-controlled-delivery-contact-phone = Контактный телефон

## Fields: stored-data-access

field-stored-data-access-identifiers = Идентификаторы
field-stored-data-access-data-categories = Категории данных
field-stored-data-access-period = Охватываемый период
field-stored-data-access-custodian = Хранитель данных
field-stored-data-access-preservation-reference = Реквизиты запроса об обеспечении сохранности данных
field-stored-data-access-delivery-format = Формат предоставления
field-stored-data-access-authentication = Удостоверение подлинности данных

## Fields: realtime-traffic

field-realtime-traffic-identifiers = Идентификаторы объекта
field-realtime-traffic-start-date = Дата начала
field-realtime-traffic-duration-days = Продолжительность (в днях)
field-realtime-traffic-delivery = Способ передачи
field-realtime-traffic-domestic-authorisation = Решение, санкционирующее сбор данных в соответствии с внутренним законодательством

## Fields: interception

field-interception-identifiers = Идентификаторы объекта
field-interception-start-date = Дата начала
field-interception-duration-days = Продолжительность (в днях)
field-interception-delivery = Способ передачи
field-interception-domestic-authorisation = Решение, санкционирующее перехват в соответствии с внутренним законодательством

## Measures

measure-taking-evidence = Получение свидетельских показаний или заявлений
measure-service-of-documents = Вручение судебных документов
measure-search-seizure = Проведение обыска и выемки
measure-examining-objects-sites = Осмотр объектов и участков местности
measure-production-of-records = Предоставление документов и материалов
measure-information-evidence = Предоставление информации, вещественных доказательств и оценок экспертов
measure-videoconference = Заслушивание путем видеоконференции
measure-transfer-detained-person = Временная передача лица, содержащегося под стражей
measure-voluntary-appearance = Содействие добровольной явке лиц
measure-tracing-proceeds = Выявление или отслеживание доходов от преступлений, имущества или средств совершения преступлений
# UNSURE: "freezing" rendered as "арест" (имущества), as in the Russian text of UNTOC art. 2(f) and 18(3)(c); "seizure" as "выемка".
measure-freezing-seizure = Арест или выемка доходов от преступлений
measure-confiscation = Конфискация доходов от преступлений
measure-transfer-of-proceedings = Передача уголовного производства
measure-joint-investigation-team = Совместная следственная группа
measure-controlled-delivery = Контролируемая поставка
measure-stored-data-access = Доступ к хранимым компьютерным данным (статья 31 Будапештской конвенции)
measure-realtime-traffic = Сбор данных о потоках информации (трафике) в режиме реального времени (статья 33 Будапештской конвенции)
measure-interception = Перехват данных о содержании (статья 34 Будапештской конвенции)
measure-other-assistance = Иная помощь, не противоречащая законодательству запрашиваемого государства

## Choices: language

choice-language-en = Английский
choice-language-fr = Французский
choice-language-es = Испанский
choice-language-ru = Русский
choice-language-ar = Арабский
choice-language-zh = Китайский
choice-language-pt = Португальский
choice-language-de = Немецкий
choice-language-it = Итальянский
choice-language-nl = Нидерландский
choice-language-pl = Польский
choice-language-tr = Турецкий
choice-language-uk = Украинский
choice-language-fa = Персидский
choice-language-ur = Урду
choice-language-hi = Хинди
choice-language-id = Индонезийский
choice-language-sw = Суахили
choice-language-ja = Японский
choice-language-ko = Корейский
choice-language-el = Греческий
choice-language-ro = Румынский
choice-language-sr = Сербский
choice-language-sq = Албанский

## Choices: channel

choice-channel-central-authority = Центральный орган
choice-channel-diplomatic = Дипломатические каналы
choice-channel-interpol = Интерпол
choice-channel-network-24-7 = Сеть 24/7 (статья 35 Будапештской конвенции)
choice-channel-direct-judicial = Непосредственная передача между судебными органами
choice-channel-direct-provider = Напрямую поставщику услуг

## Choices: request-status

choice-request-status-new = Новый запрос
choice-request-status-extension = Продление предыдущего запроса
choice-request-status-follow-up-mla = В продолжение предыдущего запроса о взаимной правовой помощи
choice-request-status-follow-up-preservation = В продолжение предыдущего запроса об обеспечении сохранности данных
choice-request-status-supplementary = Дополнительный запрос

## Choices: proceedings-nature

choice-proceedings-nature-investigation = Уголовное расследование
choice-proceedings-nature-prosecution = Уголовное преследование
choice-proceedings-nature-trial = Судебное разбирательство
choice-proceedings-nature-enforcement = Исполнение приговора или иного решения

## Choices: penalty-kind

choice-penalty-kind-imprisonment = Лишение свободы
choice-penalty-kind-life-imprisonment = Пожизненное лишение свободы
choice-penalty-kind-death = Смертная казнь
choice-penalty-kind-fine = Штраф
choice-penalty-kind-other = Иное наказание

## Choices: person-role

choice-person-role-suspect = Подозреваемый
choice-person-role-accused = Обвиняемый
choice-person-role-person-sought = Разыскиваемое лицо
choice-person-role-witness = Свидетель
choice-person-role-victim = Потерпевший
choice-person-role-legal-entity = Юридическое лицо
choice-person-role-account-holder = Владелец счета или учетной записи
choice-person-role-other = Иное

## Choices: id-document-type

choice-id-document-type-passport = Паспорт
choice-id-document-type-national-id = Национальное удостоверение личности
choice-id-document-type-residence-permit = Вид на жительство
choice-id-document-type-driving-licence = Водительское удостоверение
choice-id-document-type-other = Иной документ

## Choices: legal-instrument

choice-legal-instrument-untoc = Конвенция Организации Объединенных Наций против транснациональной организованной преступности (2000 год)
choice-legal-instrument-uncac = Конвенция Организации Объединенных Наций против коррупции (2003 год)
choice-legal-instrument-vienna1988 = Конвенция Организации Объединенных Наций о борьбе против незаконного оборота наркотических средств и психотропных веществ (1988 год)
choice-legal-instrument-budapest = Конвенция о киберпреступности (Будапешт, 2001 год)
# UNSURE: the Protocol is authentic only in English and French; this is a translation of its title.
choice-legal-instrument-sap = Второй дополнительный протокол к Конвенции о киберпреступности об усилении сотрудничества и раскрытии электронных доказательств (2022 год)
choice-legal-instrument-uncc2024 = Конвенция Организации Объединенных Наций против киберпреступности (2024 год)
choice-legal-instrument-terrorist-bombings = Международная конвенция о борьбе с бомбовым терроризмом (1997 год)
choice-legal-instrument-terrorist-financing = Международная конвенция о борьбе с финансированием терроризма (1999 год)
choice-legal-instrument-nuclear-terrorism = Международная конвенция о борьбе с актами ядерного терроризма (2005 год)
choice-legal-instrument-bilateral = Двусторонний договор
choice-legal-instrument-domestic = Внутреннее законодательство
choice-legal-instrument-reciprocity = Принцип взаимности

## Choices: measure

choice-measure-taking-evidence = Получение свидетельских показаний или заявлений
choice-measure-service-of-documents = Вручение судебных документов
choice-measure-search-seizure = Проведение обыска и выемки
choice-measure-examining-objects-sites = Осмотр объектов и участков местности
choice-measure-production-of-records = Предоставление документов и материалов
choice-measure-information-evidence = Предоставление информации, вещественных доказательств и оценок экспертов
choice-measure-videoconference = Заслушивание путем видеоконференции
choice-measure-transfer-detained-person = Временная передача лица, содержащегося под стражей
choice-measure-voluntary-appearance = Содействие добровольной явке лиц
choice-measure-tracing-proceeds = Выявление или отслеживание доходов от преступлений, имущества или средств совершения преступлений
# UNSURE: "freezing" rendered as "арест" (имущества), as in the Russian text of UNTOC art. 2(f) and 18(3)(c); "seizure" as "выемка".
choice-measure-freezing-seizure = Арест или выемка доходов от преступлений
choice-measure-confiscation = Конфискация доходов от преступлений
choice-measure-transfer-of-proceedings = Передача уголовного производства
choice-measure-joint-investigation-team = Совместная следственная группа
choice-measure-controlled-delivery = Контролируемая поставка
choice-measure-stored-data-access = Доступ к хранимым компьютерным данным (статья 31 Будапештской конвенции)
choice-measure-realtime-traffic = Сбор данных о потоках информации (трафике) в режиме реального времени (статья 33 Будапештской конвенции)
choice-measure-interception = Перехват данных о содержании (статья 34 Будапештской конвенции)
choice-measure-other-assistance = Иная помощь, не противоречащая законодательству запрашиваемого государства

## Choices: examinee-status

choice-examinee-status-witness = Свидетель
choice-examinee-status-suspect = Подозреваемый
choice-examinee-status-expert = Эксперт
choice-examinee-status-victim = Потерпевший

## Choices: sworn

choice-sworn-sworn = Показания под присягой
choice-sworn-affirmed = Показания, данные с торжественным заявлением вместо присяги
choice-sworn-unsworn = Показания без присяги
choice-sworn-requested-state-law = В соответствии с законодательством запрашиваемого государства

## Choices: record-type

choice-record-type-bank = Банковские или финансовые документы
choice-record-type-business = Коммерческие или корпоративные документы
choice-record-type-government = Правительственные документы
choice-record-type-other = Иные документы

## Choices: identifier-type

choice-identifier-type-ip-address = IP-адрес
choice-identifier-type-email = Адрес электронной почты
choice-identifier-type-phone = Номер телефона
choice-identifier-type-url = URL-адрес
choice-identifier-type-domain = Доменное имя
choice-identifier-type-account = Имя учетной записи или идентификатор пользователя
choice-identifier-type-imei = IMEI
choice-identifier-type-other = Иной идентификатор

## Choices: data-category

choice-data-category-subscriber = Информация о пользователях
choice-data-category-identification = Данные для идентификации пользователя
choice-data-category-traffic = Данные о потоках информации (трафике)
choice-data-category-content = Данные о содержании

## Choices: emergency-route

choice-emergency-route-sap-article-9 = Через сеть 24/7 (статья 9 Второго дополнительного протокола)
choice-emergency-route-provider-direct = Напрямую поставщику услуг

## Choices: provider-request-mode

choice-provider-request-mode-sap-article-7-order = Распоряжение о раскрытии информации о пользователях (статья 7 Второго дополнительного протокола)
choice-provider-request-mode-voluntary = Просьба о добровольном раскрытии данных

## Choices: extradition-posture

choice-extradition-posture-accused = Обвиняемый, разыскиваемый для уголовного преследования
choice-extradition-posture-convicted = Осужденный, которому назначено наказание
choice-extradition-posture-convicted-in-absentia = Осужденный заочно
choice-extradition-posture-convicted-not-sentenced = Осужденный, которому еще не назначено наказание

## Choices: earlier-kind

choice-earlier-kind-preservation = Запрос об оперативном обеспечении сохранности данных
choice-earlier-kind-mla = Запрос о взаимной правовой помощи
choice-earlier-kind-emergency-disclosure = Запрос о раскрытии данных в чрезвычайной ситуации
choice-earlier-kind-provider-request = Запрос к поставщику услуг
choice-earlier-kind-provisional-arrest = Запрос о предварительном аресте
choice-earlier-kind-extradition = Запрос о выдаче

## Instruments

instrument-untoc = Конвенция Организации Объединенных Наций против транснациональной организованной преступности (2000 год)
instrument-uncac = Конвенция Организации Объединенных Наций против коррупции (2003 год)
instrument-vienna1988 = Конвенция Организации Объединенных Наций о борьбе против незаконного оборота наркотических средств и психотропных веществ (1988 год)
instrument-budapest = Конвенция о киберпреступности (Будапешт, 2001 год)
# UNSURE: the Protocol is authentic only in English and French; this is a translation of its title.
instrument-sap = Второй дополнительный протокол к Конвенции о киберпреступности об усилении сотрудничества и раскрытии электронных доказательств (2022 год)
instrument-uncc2024 = Конвенция Организации Объединенных Наций против киберпреступности (2024 год)
instrument-terrorist-bombings = Международная конвенция о борьбе с бомбовым терроризмом (1997 год)
instrument-terrorist-financing = Международная конвенция о борьбе с финансированием терроризма (1999 год)
instrument-nuclear-terrorism = Международная конвенция о борьбе с актами ядерного терроризма (2005 год)
instrument-bilateral = Двусторонний договор
instrument-domestic = Внутреннее законодательство
instrument-reciprocity = Принцип взаимности
# UNSURE: Russian title of the Model Treaty recalled as "Типовой договор о взаимной помощи в области уголовного правосудия"; verify against A/RES/45/117 (Russian).
instrument-model-mla = Типовой договор о взаимной помощи в области уголовного правосудия (резолюция 45/117 Генеральной Ассамблеи)
instrument-model-extradition = Типовой договор о выдаче (резолюция 45/116 Генеральной Ассамблеи)
instrument-model-law-extradition = Типовой закон о выдаче, УНП ООН (2004 год)
instrument-tcy-preservation = T-CY(2018)11, шаблон запроса об обеспечении сохранности данных (статьи 29–30 Будапештской конвенции)
instrument-tcy-subscriber = T-CY(2018)10, шаблон запроса о взаимной правовой помощи в отношении информации о пользователях (статья 31 Будапештской конвенции)
instrument-pcoc-mla = PC-OC(2015)09rev3, руководящие указания к типовой форме запроса о взаимной помощи (Совет Европы)
instrument-pcoc-extradition = PC-OC(2021)04rev, руководящие указания и типовой запрос о выдаче (Совет Европы)
instrument-pcoc-national = Национальные процедуры оказания взаимной правовой помощи по уголовным делам (Совет Европы, PC-OC)
instrument-pilon = Руководство по взаимной правовой помощи (Сеть сотрудников юридических служб тихоокеанских островов, PILON)
instrument-us-hk-draft = Проект соглашения о взаимной правовой помощи между Соединенными Штатами и Гонконгом (22 ноября 1988 года)
instrument-two-tier-model = Двухуровневая модель двустороннего договора о взаимной правовой помощи (сведения, указываемые «во всех случаях» и «по возможности»)
instrument-oas-form = Форма запроса о взаимной правовой помощи (Организация американских государств, Аргентина)
instrument-sirius = SIRIUS EU Digital Evidence Situation Report (доклад ЕС о положении дел в области электронных доказательств)
instrument-doj-crm = Министерство юстиции Соединенных Штатов, Criminal Resource Manual (справочное руководство по уголовным делам)
instrument-doj-beyond-borders = Министерство юстиции Соединенных Штатов, «Obtaining Data Beyond Borders» (получение данных за пределами национальных границ)
instrument-unodc-mla-tool = Программа УНП ООН для составления просьб об оказании взаимной правовой помощи (Mutual Legal Assistance Request Writer Tool, 2017 год)
instrument-eu-1543 = Регламент (ЕС) 2023/1543 о европейских распоряжениях о предъявлении и европейских распоряжениях о сохранении электронных доказательств в уголовном производстве
instrument-hk-extradition = Соглашения Гонконга о передаче скрывающихся от правосудия правонарушителей
instrument-us-uk-extradition = Договор о выдаче между Соединенными Штатами Америки и Соединенным Королевством
instrument-london-scheme = Лондонская схема выдачи в рамках Содружества (London Scheme for Extradition within the Commonwealth)
instrument-adb-oecd = Взаимная правовая помощь в Азиатско-Тихоокеанском регионе: опыт 31 юрисдикции (Mutual Legal Assistance in Asia and the Pacific, АБР/ОЭСР, 2017 год)
instrument-requested-state-law = Законодательство и требования запрашиваемого государства
