## The desktop interface's own words. Everything else on screen comes from
## the catalog, findings and documents, already localized by the core.

ui-app-title = Rogatory
ui-language-label = Language
ui-start-title = New request
ui-start-kinds-label = Kind of request
ui-loading = Loading…
ui-findings-title = Findings
ui-findings-checking = Checking…
ui-findings-severity-error = Errors
ui-findings-severity-warning = Warnings
ui-findings-severity-advice = Advice
ui-finding-basis = Legal basis
ui-finding-path = Field
ui-error-title = This could not be done
ui-error-code = Error code

## The wizard
ui-new-case = New request
ui-open-case = Open a case file…
ui-save-case = Save the case file…
ui-saved = Case file saved:
ui-start-example = Open the example
ui-start-open-title = Continue a request
ui-start-recent = Recent case files
ui-start-recent-missing = (no longer there)
ui-wizard-steps = Steps of the request
ui-count-errors = Errors
ui-count-warnings = Warnings
ui-step-complete = Complete
ui-step-back = Back
ui-step-next = Next
ui-confirm-next-title = This step still lacks essential elements
ui-confirm-next-body = The request cannot be sent as it stands: the findings list what is missing and why. You can go on and come back to this step later.
ui-confirm-stay = Stay and complete this step
ui-confirm-go = Go on anyway
ui-findings-scope = Findings shown
ui-findings-scope-step = This step
ui-findings-scope-all = Whole request
ui-findings-none = Nothing is missing here.
ui-list-add = Add
ui-list-remove = Remove
ui-choice-none = — Choose —
ui-measure-add-label = Form of assistance to add
ui-measure-add = Add this assistance

## Formats, explained under the fields that need one
ui-datetime-zone = Time zone
ui-hint-time-zone = UTC, an offset such as UTC+01:00, or a zone such as Europe/Paris.
ui-hint-country = Two-letter ISO 3166 code in capitals, for example FR.
ui-hint-language = Two- or three-letter ISO 639 code, for example fr.
ui-hint-currency = Three-letter ISO 4217 code, for example EUR.
ui-hint-amount = Digits with a decimal point, for example 125000.50.
ui-hint-ip-address = IPv4 or IPv6 address, for example 203.0.113.7.
ui-hint-email = For example name@example.org.
ui-hint-url = A full address, for example https://example.org/page.
ui-hint-phone = International format with the country code, for example +33 1 23 45 67 89.

## Review and export
ui-review-title = Review and export
ui-doc-language = Language of the request
ui-preview-title = Preview
ui-export-pdf = Export as PDF…
ui-export-draft-title = The request still has errors
ui-export-draft-body = It is not ready to send. You can export it as a draft for review: every page will be marked DRAFT.
ui-export-draft = Export as a draft
ui-cancel = Cancel
ui-exported = PDF saved:

## Closing with unsaved changes (a native dialog)
ui-close-unsaved-title = Unsaved changes
ui-close-unsaved-body = The case has changes that are not saved in a case file. If you close Rogatory now, they will be lost.
ui-close-unsaved-discard = Close and lose the changes
ui-close-unsaved-keep = Keep working

## Settings: the authority's profile
ui-settings = Settings
ui-settings-title = Your authority
ui-settings-intro = Kept on this computer. Every new request starts with these details, its own reference number and the letterhead logo.
ui-settings-authority-name = Name of the authority
ui-settings-authority-address = Address
ui-settings-authority-email = E-mail
ui-settings-authority-phone = Telephone
ui-settings-signatory-name = Name of the signatory
ui-settings-signatory-function = Function of the signatory
ui-settings-signatory-place = Place of signature
ui-settings-reference-pattern = Reference number of new requests
ui-settings-reference-hint = [year] becomes the year and [seq] a number that grows by one with each new request, for example PG/MLA/[year]/[seq].
ui-settings-interface-lang = Interface language at start
ui-settings-document-lang = Language of new requests
ui-settings-save = Save the settings
ui-settings-saved = Settings saved.
ui-settings-logo = Letterhead logo
ui-settings-logo-none = No logo.
ui-settings-logo-set = Logo set, width × height in pixels:
ui-settings-logo-choose = Choose a PNG or JPEG image…
ui-settings-logo-remove = Remove the logo

## Each language named in itself, as language pickers do (the same in every locale).
ui-language-en = English
ui-language-fr = Français
ui-language-es = Español
ui-language-ru = Русский
ui-language-ar = العربية
ui-language-zh = 中文

## The register: search and lists, the deadline dashboard, tracking and history.
ui-register = Register
ui-register-title = The register
ui-register-search = Search every case and its notes
ui-register-filters = Filters
ui-register-filter-kind = Kind of request
ui-register-filter-status = Status
ui-register-filter-direction = Direction
ui-register-filter-country = State (two-letter code)
ui-register-filter-due = Deadline
ui-register-any = Any
ui-register-due-overdue = Overdue
ui-register-due-7 = Within 7 days
ui-register-due-30 = Within 30 days
ui-register-results = Cases found:
ui-register-none = No case matches.
ui-register-col-reference = Reference
ui-register-col-kind = Kind
ui-register-col-status = Status
ui-register-col-country = State
ui-register-col-title = Offence or person
ui-register-col-updated = Last change
ui-register-col-due = Next deadline
ui-register-open = Open
ui-register-more = Show more
ui-register-import = Import case files…
ui-register-backup = Back up the register…
ui-register-restore-backup = Restore a backup…
ui-register-restore-confirm = Replace the whole register with the backup? The register as it is now is kept beside it.
ui-register-import-imported = imported
ui-register-import-revised = already there with other content: added as a new revision
ui-register-import-duplicate = already there, unchanged: nothing added
ui-register-import-failed = not imported
ui-register-backed-up = Backup written:
ui-register-restored = Register restored from:
ui-register-same-reference = Another case has the same reference.
ui-dashboard-title = Deadlines of the next 14 days
ui-dashboard-none = Nothing falls due in the next 14 days.
ui-dashboard-overdue = Overdue
ui-dashboard-due = Due
ui-dashboard-advice = Advice: check this date
ui-tracking = Tracking and history
ui-tracking-title = Tracking and history of this request
ui-tracking-status = Status
ui-tracking-their-reference = Their reference
ui-tracking-add-event = Record an event
ui-tracking-event-date = Date (YYYY-MM-DD)
ui-tracking-event-kind = What happened
ui-tracking-event-status = New status
ui-tracking-event-note = Note
ui-tracking-add = Record
ui-tracking-timeline = Timeline
ui-tracking-no-events = Nothing recorded yet.
ui-tracking-revisions = Revisions
ui-tracking-revision = Revision
ui-tracking-restore = Restore this revision
ui-tracking-restored-from = restored from revision
ui-tracking-changed = Changed:
ui-tracking-follow-up = Create the follow-up MLA request
ui-tracking-followed-by = Followed by
ui-tracking-follows = Follows
ui-tracking-deadlines = Open deadlines
ui-back-to-form = Back to the form
ui-autosaved = Kept in the register
ui-autosave-failed = Not kept in the register:
