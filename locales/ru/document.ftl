## Документ запроса: стандартные формулировки, окружающие текст, внесенный сотрудником.
## Юридические термины соответствуют конвенциям Организации Объединенных Наций.

doc-title-mla = Запрос об оказании взаимной правовой помощи по уголовным делам
doc-title-preservation = Запрос об оперативном обеспечении сохранности хранимых компьютерных данных
# UNSURE: "emergency" (Second Additional Protocol art. 9) — no official Russian text; rendered as "в чрезвычайной ситуации", as in catalog.ftl.
doc-title-emergency-disclosure = Запрос о раскрытии хранимых компьютерных данных в чрезвычайной ситуации
doc-title-provider-request = Запрос о раскрытии информации о пользователях
doc-title-extradition = Запрос о выдаче
doc-title-provisional-arrest = Запрос о предварительном аресте в целях выдачи

# $bases is a list of instrument titles in the nominative; it is placed after a colon in a separate sentence so that no case ending is needed.
doc-opening-mla =
    { $has_bases ->
        [yes] { $authority } направляет компетентным органам запрашиваемого государства настоящий запрос об оказании взаимной правовой помощи по уголовным делам и просит исполнить его в соответствии с законодательством запрашиваемого государства и, в той мере, в какой это не противоречит такому законодательству, в соответствии с процедурами, указанными ниже. Правовое основание запроса: { $bases }.
       *[other] { $authority } направляет компетентным органам запрашиваемого государства настоящий запрос об оказании взаимной правовой помощи по уголовным делам и просит исполнить его в соответствии с законодательством запрашиваемого государства и, в той мере, в какой это не противоречит такому законодательству, в соответствии с процедурами, указанными ниже.
    }
doc-opening-preservation =
    { $has_bases ->
        [yes] { $authority } просит оперативно обеспечить сохранность указанных ниже хранимых компьютерных данных до направления запроса о взаимной помощи в целях проведения обыска или аналогичного доступа, выемки или аналогичного обеспечения сохранности либо раскрытия этих данных. Правовое основание запроса: { $bases }.
       *[other] { $authority } просит оперативно обеспечить сохранность указанных ниже хранимых компьютерных данных до направления запроса о взаимной помощи в целях проведения обыска или аналогичного доступа, выемки или аналогичного обеспечения сохранности либо раскрытия этих данных.
    }
# UNSURE: "significant and imminent risk" (Second Additional Protocol art. 3) — no official Russian text; rendered as "значительная и непосредственная угроза", as in catalog.ftl and findings.ftl.
doc-opening-emergency-disclosure =
    { $has_bases ->
        [yes] { $authority } просит оперативно раскрыть указанные ниже хранимые компьютерные данные в связи с наличием значительной и непосредственной угрозы жизни или безопасности физического лица. Правовое основание запроса: { $bases }.
       *[other] { $authority } просит оперативно раскрыть указанные ниже хранимые компьютерные данные в связи с наличием значительной и непосредственной угрозы жизни или безопасности физического лица.
    }
doc-opening-provider-request =
    { $has_bases ->
        [yes] { $authority } просит раскрыть указанную ниже информацию о пользователях, которая необходима для конкретного уголовного расследования или судебного разбирательства и будет использована исключительно для целей этого расследования или разбирательства. Правовое основание запроса: { $bases }.
       *[other] { $authority } просит раскрыть указанную ниже информацию о пользователях, которая необходима для конкретного уголовного расследования или судебного разбирательства и будет использована исключительно для целей этого расследования или разбирательства.
    }
doc-opening-extradition =
    { $has_bases ->
        [yes] { $authority } просит о выдаче указанного ниже лица и препровождает документы и сведения, требуемые в соответствии с применимыми правовыми документами. Правовое основание запроса: { $bases }.
       *[other] { $authority } просит о выдаче указанного ниже лица и препровождает необходимые документы и сведения.
    }
doc-opening-provisional-arrest =
    { $has_bases ->
        [yes] { $authority } в срочном порядке просит о предварительном аресте указанного ниже лица до представления запроса о его выдаче. Правовое основание запроса: { $bases }.
       *[other] { $authority } в срочном порядке просит о предварительном аресте указанного ниже лица до представления запроса о его выдаче.
    }

doc-heading-legal-basis = Правовое основание
doc-heading-proceedings = Орган, осуществляющий производство по делу, и характер производства
doc-heading-offences = Преступления и применимое законодательство
doc-heading-facts = Краткое изложение фактов
doc-heading-persons = Лица, имеющие отношение к делу
doc-heading-assistance = Запрашиваемая помощь
doc-heading-special-procedures = Особые процедуры, соблюдение которых запрашивается
doc-heading-urgency = Срочность и сроки исполнения
doc-heading-confidentiality = Конфиденциальность
doc-heading-undertakings = Обязательства
doc-heading-assurances = Гарантии
doc-heading-earlier-requests = Предыдущие запросы
doc-heading-contact = Контактная информация для целей исполнения настоящего запроса
doc-heading-annexes = Приложения
# UNSURE: "custodian of the data" (Budapest Convention art. 29(2)(d)) — no official Russian text; rendered as "хранитель данных", as in catalog.ftl.
doc-heading-custodian = Хранитель данных
doc-heading-data-to-preserve = Данные, сохранность которых требуется обеспечить
doc-heading-emergency = Чрезвычайная ситуация
doc-heading-provider = Поставщик услуг
doc-heading-data-sought = Запрашиваемые данные
doc-heading-person-sought = Разыскиваемое лицо
doc-heading-extradition-documents = Ордер на арест, судебное решение и подтверждающие документы
doc-heading-provisional-arrest = Предварительный арест

doc-intro-undertakings = Запрашивающее государство принимает на себя следующие обязательства:
doc-intro-assurances = Запрашивающее государство предоставляет следующие гарантии:

doc-item-legal-basis = Документ № { $index }: { $name }
doc-item-offence = Преступление № { $index }: { $name }
doc-item-person = Лицо № { $index }: { $name }
doc-item-annex = Приложение № { $index }: { $name }
doc-item-earlier-request = Предыдущий запрос № { $index }: { $name }
doc-item-measure = { $index }. { $measure }

doc-addressee = Адресат: { $addressee }
doc-date = { $date }
doc-place-date = { $place }, { $date }
doc-our-reference = Исх. № { $reference }
doc-closing = Запрашивающий орган готов предоставить органам запрашиваемого государства любую дополнительную информацию, которая может потребоваться им для исполнения настоящего запроса, и выражает признательность за сотрудничество.
doc-confidential = КОНФИДЕНЦИАЛЬНО
doc-draft = ПРОЕКТ
doc-page = Страница { $page } из { $pages }
doc-yes = Да
doc-no = Нет
doc-range = с { $from } по { $to }
doc-port = порт { $port }
doc-list-semicolon = {"; "}

# A draft that does not yet name the requesting authority.
doc-missing-authority = [запрашивающий орган]

## A request for additional information about a request received (register).
doc-title-additional-information = Запрос о дополнительной информации
doc-additional-information-opening = Ссылаемся на полученный нами { $kind } от { $date }, номер { $reference }.
doc-additional-information-basis-untoc = В соответствии с пунктом 16 статьи 18 Конвенции Организации Объединенных Наций против транснациональной организованной преступности просим предоставить следующую дополнительную информацию, необходимую для исполнения вашего запроса:
doc-additional-information-basis = Для исполнения вашего запроса просим предоставить следующую дополнительную информацию:
doc-additional-information-closing = Мы продолжим рассмотрение вашего запроса сразу после получения этой информации. Просим указать наш номер в ответе.
doc-their-reference = Ваш номер: { $reference }
