## Командная строка rogatory.

cli-help =
    rogatory: составление и проверка запросов о международном сотрудничестве по уголовным делам

    Использование:
      rogatory validate FILE [--json] [--lang xx] [--today YYYY-MM-DD]
          Проверяет файл дела; код завершения 0, если нет замечаний уровня «ошибка», 1, если они есть, 2, если файл не удается прочитать.
      rogatory new KIND [-o FILE]        Создает пустое дело указанного вида (mla, preservation, emergency_disclosure,
                                         provider_request, extradition, provisional_arrest).
      rogatory examples [NAME] [-o FILE] Выводит перечень примеров дел или один из них.
      rogatory render FILE [--lang xx] [-o OUT.pdf] [--allow-draft]
                                         Формирует запрос в формате PDF на указанном языке; не выполняется, пока в деле есть ошибки.
      rogatory schema [-o FILE]          Выводит JSON-схему файла дела.
      rogatory catalog check             Проверяет templates/ и locales/ на наличие неразрешенных ссылок.
      rogatory bench                     Измеряет скорость загрузки и проверки на данном компьютере.

    Параметры:
      --lang xx     язык сообщений: en, fr, es, ru, ar, zh
      --home DIR    папка, содержащая templates/ и locales/ (по умолчанию: $ROGATORY_HOME, затем папка программы)
cli-usage-missing-value = Для параметра { $option } требуется значение.
cli-usage-unknown-option = Неизвестный параметр { $option }. Выполните «rogatory help».
cli-usage-unknown-command = Неизвестная команда «{ $command }». Выполните «rogatory help».
cli-usage-bad-date = «{ $value }» не является датой; укажите дату в формате YYYY-MM-DD (год-месяц-день).
cli-read-failed = Не удается прочитать { $file }: { $reason }
cli-write-failed = Не удается записать { $path }: { $reason }
cli-not-utf8 = { $file } не является текстом в кодировке UTF-8 (недопустимый байт в позиции { $position }).
cli-case-error = { $file }: { $message }
cli-unknown-kind = Неизвестный вид запроса «{ $kind }». Известные виды: { $kinds }.
cli-unknown-example = Пример с именем «{ $name }» отсутствует. Имеющиеся примеры: { $names }.
cli-severity-error = ОШИБКА
cli-severity-warning = ПРЕДУПРЕЖДЕНИЕ
cli-severity-advice = РЕКОМЕНДАЦИЯ
cli-basis = Правовое основание: { $basis }
cli-validate-summary =
    { $errors ->
        [one] { $errors } ошибка
        [few] { $errors } ошибки
        [many] { $errors } ошибок
       *[other] { $errors } ошибки
    }, { $warnings ->
        [one] { $warnings } предупреждение
        [few] { $warnings } предупреждения
        [many] { $warnings } предупреждений
       *[other] { $warnings } предупреждения
    }, { $advice ->
        [one] { $advice } рекомендация
        [few] { $advice } рекомендации
        [many] { $advice } рекомендаций
       *[other] { $advice } рекомендации
    }.
cli-catalog-summary =
    { $problems ->
        [0] Каталог согласован
        [one] { $problems } проблема
        [few] { $problems } проблемы
        [many] { $problems } проблем
       *[other] { $problems } проблемы
    } (видов запросов: { $kinds }, видов помощи: { $measures }, общих правил: { $rules }).
cli-bench-catalog-load = Загрузка каталога (общих правил: { $rules })
cli-bench-locales-load = Загрузка языковых версий (языков: { $locales })
cli-bench-parse = Чтение самого большого примера «{ $example }» (байт: { $bytes })
cli-bench-validate = Проверка самого большого примера «{ $example }»
cli-bench-line = медиана { $micros } мкс, число прогонов: { $runs }
cli-bench-failed = Не удалось выполнить замер производительности: { $reason }
list-separator = {", "}
cli-render-refused = В запросе остаются ошибки (они перечислены выше), поэтому окончательный PDF-файл не создан. Дополните запрос или укажите параметр --allow-draft, чтобы получить экземпляр с пометкой «ПРОЕКТ».
cli-render-done = Файл { $path } записан ({ $pages ->
        [one] { $pages } страница
        [few] { $pages } страницы
        [many] { $pages } страниц
       *[other] { $pages } страницы
    }, байт: { $bytes }).
cli-render-draft = ПРОЕКТ записан в файл { $path } ({ $pages ->
        [one] { $pages } страница
        [few] { $pages } страницы
        [many] { $pages } страниц
       *[other] { $pages } страницы
    }, байт: { $bytes }); в нем остаются ошибки.
cli-bench-render = Формирование, верстка и запись PDF-файла примера «{ $example }» на языке { $lang } (страниц: { $pages }, байт: { $bytes })
cli-bench-soffice = Преобразование того же документа на языке { $lang } с помощью LibreOffice (Rogatory быстрее, коэффициент: { $ratio })
