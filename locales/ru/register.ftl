## The register: statuses, tracking events, revisions, deadlines, and its
## errors and command-line messages.

status-draft = Проект
status-final = Окончательный вариант
status-sent = Направлен
status-acknowledged = Получение подтверждено
status-additional_information_requested = Запрошена дополнительная информация
status-partially_executed = Исполнен частично
status-executed = Исполнен
status-refused = Отказано в исполнении
status-withdrawn = Отозван
status-received = Получен

direction-outgoing = Исходящий
direction-incoming = Входящий

event-status = Изменение статуса
event-their_reference = Получен номер другой стороны
event-arrested = Лицо взято под стражу
event-note = Заметка

origin-created = Создание
origin-autosave = Ввод текста (автосохранение)
origin-save = Сохранение
origin-restore = Восстановление
origin-import = Импорт

## Deadlines (templates/deadlines.toml). Shown with their date and basis.
deadline-preservation-minimum = Оперативное обеспечение сохранности данных может прекратиться: Конвенция гарантирует срок не менее 60 дней. До его истечения направьте последующий запрос о взаимной правовой помощи.
deadline-preservation-provider = Истекает указанный в профиле поставщика услуг срок, в течение которого обеспечивается сохранность данных.
deadline-preservation-extension = Попросите поставщика услуг продлить срок обеспечения сохранности данных (его профиль допускает продление); вскоре после этого срок истекает.
deadline-provider-order-response = Истекает 30-дневный срок, в течение которого поставщик услуг должен ответить на распоряжение; после этого данные можно получить только посредством запроса о взаимной правовой помощи или в порядке статьи 8 Протокола.
deadline-provisional-arrest-period = Лицо может быть освобождено, если полный запрос о выдаче не поступил (срок исчисляется с момента взятия под стражу; проверьте его по применимому договору).
deadline-requested-execution = Срок исполнения, указанный в запросе.
deadline-acknowledgement-follow-up = Через 30 дней после направления ответа нет: направьте напоминание запрашиваемому государству (практика ведомства).
deadline-incoming-answer = Запрашивающее государство просило исполнить запрос не позднее этой даты.

## Errors
error-register-database = Не удалось прочитать или записать реестр: { $detail }
error-register-busy = Реестр занят другой копией Rogatory и не освободился. Закройте другую копию и повторите попытку.
error-register-not-register = { $path } не является реестром Rogatory. В файле ничего не изменено.
error-register-too-new = Файл { $path } записан более новой версией Rogatory (схема реестра { $found }; данная версия читает схемы не выше { $supported }). Чтобы открыть его, обновите Rogatory; ничего не изменено.
error-register-damaged = Файл { $path } повреждён: { $detail }. Ничего не изменено.
error-register-no-case = В реестре нет дела { $id }.
error-register-no-revision = У дела { $id } нет версии № { $n }.
error-register-bad-date = { $field }: «{ $value }» не является датой; укажите дату в формате YYYY-MM-DD (год-месяц-день).
error-register-too-long = { $field }: текст превышает допустимое число символов ({ $max }).
error-register-status-missing = Выберите новый статус.
error-register-not-preservation = Таким способом последующий запрос о взаимной правовой помощи можно создать только на основе запроса об оперативном обеспечении сохранности данных ({ $id } таковым не является).
error-register-io = { $path }: { $detail }
error-register-unknown-file = { $path } не является ни файлом дела Rogatory, ни резервной копией реестра.

## rogatory register ...
cli-register-bad-count = «{ $value }» не является числом дел от 1 до 1000000.
cli-register-seeded =
    В реестр { $path } за { $seconds } с { $count ->
        [one] добавлено { $count } сгенерированное дело
        [few] добавлено { $count } сгенерированных дела
        [many] добавлено { $count } сгенерированных дел
       *[other] добавлено { $count } сгенерированного дела
    }; теперь в нём { $total ->
        [one] { $total } дело
        [few] { $total } дела
        [many] { $total } дел
       *[other] { $total } дела
    } ({ $mb } МБ).
cli-register-integrity = Проверка целостности SQLite не пройдена: { $detail }
cli-register-bad-case = Дело { $id }: { $message }
cli-register-checked =
    { $path }: { $cases ->
        [one] проверено { $cases } дело
        [few] проверено { $cases } дела
        [many] проверено { $cases } дел
       *[other] проверено { $cases } дела
    }, { $problems ->
        [one] обнаружена { $problems } проблема
        [few] обнаружено { $problems } проблемы
        [many] обнаружено { $problems } проблем
       *[other] обнаружено { $problems } проблемы
    }.
cli-register-bench-head =
    Реестр { $path }: { $cases ->
        [one] { $cases } дело
        [few] { $cases } дела
        [many] { $cases } дел
       *[other] { $cases } дела
    }, { $mb } МБ.
cli-register-bench-line = медиана { $median } мс, p95 { $p95 } мс (число прогонов: { $runs })
cli-register-bench-open = Открытие представления реестра (открытие файла, первая страница из 50 дел, сроки на ближайшие 30 дней)
cli-register-bench-search = Полнотекстовый поиск «{ $text }» (найдено: { $found }, первая страница)
cli-register-bench-autosave = Автосохранение одного изменённого поля (самый объёмный вид дела)
cli-register-bench-save = Сохранение новой версии (изменено одно поле)
cli-register-imported = { $file }: импортирован как дело { $id }.
cli-register-revised = { $file }: дело { $id } уже было в реестре с иным содержанием; добавлена новая версия.
cli-register-duplicate = { $file }: дело { $id } уже есть в реестре без изменений; ничего не добавлено.
cli-register-import-failed = { $file }: не импортирован. { $message }
cli-register-exported =
    В каталог { $path } { $count ->
        [one] записан { $count } файл дела
        [few] записано { $count } файла дел
        [many] записано { $count } файлов дел
       *[other] записано { $count } файла дел
    }.
cli-register-backed-up = Резервная копия всего реестра записана в { $path }.
cli-register-restored =
    Реестр восстановлен из { $path }; в нём { $cases ->
        [one] { $cases } дело
        [few] { $cases } дела
        [many] { $cases } дел
       *[other] { $cases } дела
    }. Прежнее состояние реестра сохранено рядом с ним («.before-restore»).
