## Errors: a file or the installation could not be read. Each names the place.

error-case-too-large = The file is { $bytes } bytes long; a case file may not exceed { $max } bytes.
error-case-json = The file is not valid JSON: line { $line }, column { $column }: { $reason }.
error-case-format = This is not a Rogatory case file (its “format” is “{ $found }”, expected “rogatory-case”).
error-case-version = This case file has version “{ $found }”; this version of Rogatory reads versions up to { $supported }. Update Rogatory to open it.
error-case-kind = Unknown kind of request “{ $found }”.
error-case-unknown-field = { $path }: this field is not part of this kind of request.
error-case-wrong-type = { $path }: expected { $expected }, found { $found }.
error-case-unknown-measure = { $path }: unknown measure “{ $found }”.
error-case-measure-not-allowed = { $path }: the measure “{ $found }” cannot be requested in this kind of request.
error-case-control-character = { $path }: the text contains the control character { $codepoint } at character { $position }; the file is probably damaged.
error-case-field-too-long = { $path }: { $chars } characters; a field may hold at most { $max }.
error-case-too-many-items = { $path }: { $items } items; a list may hold at most { $max }.
error-catalog-read = Cannot read the templates at { $path }: { $reason }
error-catalog-parse = A template file is malformed: { $path }: { $reason }
error-catalog-invalid =
    The templates at { $path } are inconsistent ({ $problems ->
        [one] 1 problem
       *[other] { $problems } problems
    }, listed above).
error-i18n-read = Cannot read the messages at { $path }: { $reason }
error-i18n-syntax = A message file is malformed: { $path }, line { $line }: { $reason }
error-i18n-duplicate = { $path }: the message “{ $id }” is defined twice.
error-i18n-missing = The message “{ $id }” is missing in the locale { $lang }.
error-i18n-format = The message “{ $id }” in the locale { $lang } cannot be formatted: { $reason }
error-pdf-subset = A font could not be embedded in the PDF. This is a defect in Rogatory; please report it with the case file.
error-logo-format = { $file } is not a PNG or JPEG image; the letterhead logo must be one of these.
error-logo-corrupt = The logo { $file } is damaged and cannot be used: { $reason }
error-logo-too-large = The logo { $file } is { $width } × { $height } pixels; a logo may be at most { $max } × { $max } pixels.
error-unknown-example = There is no example named “{ $name }”.
error-unknown-item = The catalog has nothing called “{ $name }” to add to a list.
error-internal = Something went wrong inside Rogatory. Your work is unchanged; please report this with the case file.
error-file-io = Cannot read or write { $path }: { $reason }
error-draft-refused = The request still has errors, so no final PDF was made. Complete it, or export a copy marked DRAFT.
error-settings-damaged = The settings file { $path } is damaged and was left as it is: { $reason }. Repair or remove it, then try again.
error-settings-too-long = The setting { $field } has { $length } characters; at most { $max } are allowed. Nothing was saved.
error-settings-language = “{ $lang }” is not one of the six languages of the interface and of requests. Nothing was saved.
error-recent-unknown = { $path } is not among the recent case files; open it with “Open a case file…”.
