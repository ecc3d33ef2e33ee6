## The desktop interface's own words. Everything else on screen comes from
## the catalog, findings and documents, already localized by the core.

ui-app-title = Rogatory
ui-language-label = Язык
ui-start-title = Новый запрос
ui-start-kinds-label = Вид запроса
ui-loading = Загрузка…
ui-findings-title = Замечания
ui-findings-checking = Проверка…
ui-findings-severity-error = Ошибки
ui-findings-severity-warning = Предупреждения
ui-findings-severity-advice = Рекомендации
ui-finding-basis = Правовое основание
ui-finding-path = Поле
ui-error-title = Не удалось выполнить действие
ui-error-code = Код ошибки

## Мастер
ui-new-case = Новый запрос
ui-open-case = Открыть файл дела…
ui-save-case = Сохранить файл дела…
ui-saved = Файл дела сохранён:
ui-start-example = Открыть пример
ui-start-open-title = Продолжить работу над запросом
ui-start-recent = Недавние файлы дел
ui-start-recent-missing = (файл не найден)
ui-wizard-steps = Этапы запроса
ui-count-errors = Ошибки
ui-count-warnings = Предупреждения
ui-step-complete = Заполнено
ui-step-back = Назад
ui-step-next = Далее
ui-confirm-next-title = На этом этапе ещё не хватает существенных элементов
ui-confirm-next-body = В нынешнем виде запрос не может быть направлен: в замечаниях указано, чего не хватает и почему. Можно продолжить и вернуться к этому этапу позже.
ui-confirm-stay = Остаться и заполнить этот этап
ui-confirm-go = Всё равно продолжить
ui-findings-scope = Показываемые замечания
ui-findings-scope-step = Этот этап
ui-findings-scope-all = Весь запрос
ui-findings-none = Здесь ничего не упущено.
ui-list-add = Добавить
ui-list-remove = Удалить
ui-choice-none = — Выберите —
ui-measure-add-label = Добавляемый вид помощи
ui-measure-add = Добавить этот вид помощи

## Форматы, поясняемые под полями, где они требуются
ui-datetime-zone = Часовой пояс
ui-hint-time-zone = UTC, смещение, например UTC+03:00, или пояс, например Europe/Moscow.
ui-hint-country = Двухбуквенный код ISO 3166 заглавными буквами, например RU.
ui-hint-language = Двух- или трёхбуквенный код ISO 639, например ru.
ui-hint-currency = Трёхбуквенный код ISO 4217, например EUR.
ui-hint-amount = Цифры с десятичной точкой, например 125000.50.
ui-hint-ip-address = Адрес IPv4 или IPv6, например 203.0.113.7.
ui-hint-email = Например name@example.org.
ui-hint-url = Полный адрес, например https://example.org/page.
ui-hint-phone = Международный формат с кодом страны, например +7 495 123 45 67.

## Проверка и экспорт
ui-review-title = Проверка и экспорт
ui-doc-language = Язык запроса
ui-preview-title = Предварительный просмотр
ui-export-pdf = Экспортировать в PDF…
ui-export-draft-title = В запросе ещё есть ошибки
ui-export-draft-body = Запрос не готов к отправке. Его можно экспортировать как проект для проверки: на каждой странице будет пометка ПРОЕКТ.
ui-export-draft = Экспортировать как проект
ui-cancel = Отмена
ui-exported = PDF сохранён:

## Closing with unsaved changes (a native dialog)
ui-close-unsaved-title = Несохранённые изменения
ui-close-unsaved-body = В деле есть изменения, не сохранённые в файле. Если закрыть Rogatory сейчас, они будут потеряны.
ui-close-unsaved-discard = Закрыть и потерять изменения
ui-close-unsaved-keep = Продолжить работу

## Settings: the authority's profile
ui-settings = Настройки
ui-settings-title = Ваш орган
ui-settings-intro = Хранятся на этом компьютере. Каждый новый запрос начинается с этих сведений, собственного регистрационного номера и логотипа на бланке.
ui-settings-authority-name = Наименование органа
ui-settings-authority-address = Адрес
ui-settings-authority-email = Электронная почта
ui-settings-authority-phone = Телефон
ui-settings-signatory-name = Имя подписывающего лица
ui-settings-signatory-function = Должность подписывающего лица
ui-settings-signatory-place = Место подписания
ui-settings-reference-pattern = Регистрационный номер новых запросов
ui-settings-reference-hint = [year] заменяется годом, а [seq] — номером, который увеличивается на единицу с каждым новым запросом, например ГП/ПП/[year]/[seq].
ui-settings-interface-lang = Язык интерфейса при запуске
ui-settings-document-lang = Язык новых запросов
ui-settings-save = Сохранить настройки
ui-settings-saved = Настройки сохранены.
ui-settings-logo = Логотип на бланке
ui-settings-logo-none = Логотип не задан.
ui-settings-logo-set = Логотип задан, ширина × высота в пикселях:
ui-settings-logo-choose = Выбрать изображение PNG или JPEG…
ui-settings-logo-remove = Удалить логотип

## Each language named in itself, as language pickers do (the same in every locale).
ui-language-en = English
ui-language-fr = Français
ui-language-es = Español
ui-language-ru = Русский
ui-language-ar = العربية
ui-language-zh = 中文

## The register: search and lists, the deadline dashboard, tracking and history.
ui-register = Реестр
ui-register-title = Реестр
ui-register-search = Поиск по всем делам и заметкам к ним
ui-register-filters = Фильтры
ui-register-filter-kind = Вид запроса
ui-register-filter-status = Статус
ui-register-filter-direction = Направление
ui-register-filter-country = Государство (двухбуквенный код)
ui-register-filter-due = Срок
ui-register-any = Все
ui-register-due-overdue = Просрочен
ui-register-due-7 = В течение 7 дней
ui-register-due-30 = В течение 30 дней
ui-register-results = Найдено дел:
ui-register-none = Подходящих дел нет.
ui-register-col-reference = Номер
ui-register-col-kind = Вид
ui-register-col-status = Статус
ui-register-col-country = Государство
ui-register-col-title = Преступление или лицо
ui-register-col-updated = Последнее изменение
ui-register-col-due = Ближайший срок
ui-register-open = Открыть
ui-register-more = Показать ещё
ui-register-import = Импортировать файлы дел…
ui-register-backup = Создать резервную копию реестра…
ui-register-restore-backup = Восстановить из резервной копии…
ui-register-restore-confirm = Заменить весь реестр резервной копией? Реестр в нынешнем состоянии будет сохранён рядом.
ui-register-import-imported = импортирован
ui-register-import-revised = уже есть в реестре с другим содержимым: добавлен как новая версия
ui-register-import-duplicate = уже есть в реестре без изменений: ничего не добавлено
ui-register-import-failed = не импортирован
ui-register-backed-up = Резервная копия записана:
ui-register-restored = Реестр восстановлен из:
ui-register-same-reference = У другого дела такой же номер.
ui-dashboard-title = Сроки на ближайшие 14 дней
ui-dashboard-none = В ближайшие 14 дней сроки не истекают.
ui-dashboard-overdue = Просрочено
ui-dashboard-due = Срок
ui-dashboard-advice = Рекомендация: проверьте эту дату
ui-tracking = Контроль исполнения и история
ui-tracking-title = Контроль исполнения и история запроса
ui-tracking-status = Статус
ui-tracking-their-reference = Номер другой стороны
ui-tracking-add-event = Записать событие
ui-tracking-event-date = Дата (YYYY-MM-DD, год-месяц-день)
ui-tracking-event-kind = Что произошло
ui-tracking-event-status = Новый статус
ui-tracking-event-note = Заметка
ui-tracking-add = Записать
ui-tracking-timeline = Хронология
ui-tracking-no-events = Пока ничего не записано.
ui-tracking-revisions = Версии
ui-tracking-revision = Версия
ui-tracking-restore = Восстановить эту версию
ui-tracking-restored-from = восстановлена из версии
ui-tracking-changed = Изменены поля:
ui-tracking-follow-up = Создать последующий запрос о взаимной правовой помощи
ui-tracking-followed-by = Последующий запрос
ui-tracking-follows = Предшествующий запрос
ui-tracking-deadlines = Текущие сроки
ui-back-to-form = Вернуться к форме
ui-autosaved = Сохранено в реестре
ui-autosave-failed = Не сохранено в реестре:
