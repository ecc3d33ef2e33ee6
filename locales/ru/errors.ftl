## Ошибки: не удалось прочитать файл или установленные компоненты программы. В каждом сообщении указано место ошибки.

error-case-too-large =
    Размер файла составляет { $bytes } { $bytes ->
        [one] байт
        [few] байта
        [many] байт
       *[other] байта
    }; размер файла дела не может превышать { $max } { $max ->
        [one] байт
        [few] байта
        [many] байт
       *[other] байта
    }.
error-case-json = Файл не является корректным JSON: строка { $line }, столбец { $column }: { $reason }.
error-case-format = Это не файл дела Rogatory (значение поля «format» — «{ $found }», ожидалось «rogatory-case»).
error-case-version = Файл дела имеет версию «{ $found }»; данная версия Rogatory читает файлы версий не выше { $supported }. Чтобы открыть этот файл, обновите Rogatory.
error-case-kind = Неизвестный вид запроса «{ $found }».
error-case-unknown-field = { $path }: это поле не предусмотрено для запроса данного вида.
error-case-wrong-type = { $path }: ожидался тип { $expected }, обнаружен тип { $found }.
error-case-unknown-measure = { $path }: неизвестный вид помощи «{ $found }».
error-case-measure-not-allowed = { $path }: помощь вида «{ $found }» не может запрашиваться в запросе данного вида.
error-case-control-character = { $path }: текст содержит управляющий символ { $codepoint } в позиции { $position }; вероятно, файл поврежден.
error-case-field-too-long =
    { $path }: { $chars } { $chars ->
        [one] символ
        [few] символа
        [many] символов
       *[other] символа
    }; поле может содержать не более { $max } { $max ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    }.
error-case-too-many-items =
    { $path }: { $items } { $items ->
        [one] элемент
        [few] элемента
        [many] элементов
       *[other] элемента
    }; список может содержать не более { $max } { $max ->
        [one] элемента
        [few] элементов
        [many] элементов
       *[other] элемента
    }.
error-catalog-read = Не удается прочитать шаблоны по пути { $path }: { $reason }
error-catalog-parse = Файл шаблона имеет неверный формат: { $path }: { $reason }
error-catalog-invalid =
    Шаблоны по пути { $path } не согласованы между собой ({ $problems ->
        [one] { $problems } проблема
        [few] { $problems } проблемы
        [many] { $problems } проблем
       *[other] { $problems } проблемы
    }, см. выше).
error-i18n-read = Не удается прочитать сообщения в { $path }: { $reason }
error-i18n-syntax = Файл сообщений поврежден: { $path }, строка { $line }: { $reason }
error-i18n-duplicate = { $path }: сообщение «{ $id }» определено дважды.
error-i18n-missing = В языковой версии { $lang } нет сообщения «{ $id }».
error-i18n-format = Сообщение «{ $id }» языковой версии { $lang } не удается отформатировать: { $reason }
error-pdf-subset = Не удалось встроить шрифт в PDF-файл. Это дефект Rogatory; сообщите о нем, приложив файл дела.
error-logo-format = Файл { $file } не является изображением PNG или JPEG; логотип бланка должен быть в одном из этих форматов.
error-logo-corrupt = Логотип { $file } поврежден и не может быть использован: { $reason }
error-logo-too-large = Размер логотипа { $file } составляет { $width } × { $height } пикселей; допускается не более { $max } × { $max } пикселей.
error-unknown-example = Пример с именем «{ $name }» не найден.
error-unknown-item = В каталоге нет элемента «{ $name }», который можно добавить в список.
error-internal = В Rogatory произошла внутренняя ошибка. Ваша работа не изменилась; сообщите об этом, приложив файл дела.
error-file-io = Не удается прочитать или записать { $path }: { $reason }
error-draft-refused = В запросе еще есть ошибки, поэтому окончательный PDF не создан. Дополните запрос или экспортируйте копию с пометкой ПРОЕКТ.
error-settings-damaged = Файл настроек { $path } повреждён и оставлен без изменений: { $reason }. Исправьте или удалите его и повторите попытку.
error-settings-too-long = Параметр { $field } содержит { $length } знаков; допускается не более { $max }. Ничего не сохранено.
error-settings-language = «{ $lang }» не входит в число шести языков интерфейса и запросов. Ничего не сохранено.
error-recent-unknown = { $path } нет среди недавних файлов дел; откройте его командой «Открыть файл дела…».
