## The register: statuses, tracking events, revisions, deadlines, and its
## errors and command-line messages.

status-draft = Draft
status-final = Final
status-sent = Sent
status-acknowledged = Acknowledged
status-additional_information_requested = Additional information requested
status-partially_executed = Partially executed
status-executed = Executed
status-refused = Refused
status-withdrawn = Withdrawn
status-received = Received

direction-outgoing = Outgoing
direction-incoming = Incoming

event-status = Status changed
event-their_reference = Their reference received
event-arrested = Person arrested
event-note = Note

origin-created = Created
origin-autosave = Typing (kept automatically)
origin-save = Saved
origin-restore = Restored
origin-import = Imported

## Deadlines (templates/deadlines.toml). Shown with their date and basis.
deadline-preservation-minimum = The preservation may end: the Convention guarantees at least 60 days. Send the follow-up MLA request before then.
deadline-preservation-provider = The period the provider's profile states for preserved data ends.
deadline-preservation-extension = Ask the provider to extend the preservation (its profile allows an extension); the period ends soon after.
deadline-provider-order-response = The provider's 30 days to answer the order end; after this, only an MLA request or Protocol art. 8 can obtain the data.
deadline-provisional-arrest-period = The person may be released unless the full extradition request has arrived (the period counts from the arrest; verify it in the applicable treaty).
deadline-requested-execution = The date by which the request asked to be executed.
deadline-acknowledgement-follow-up = Nothing has come back 30 days after sending: follow up with the requested State (office practice).
deadline-incoming-answer = The requesting State asked for execution by this date.

## Errors
error-register-database = The register could not be read or written: { $detail }
error-register-busy = The register is in use by another copy of Rogatory and did not become free. Close the other copy and try again.
error-register-not-register = { $path } is not a Rogatory register. Nothing was changed in it.
error-register-too-new = { $path } was written by a newer version of Rogatory (register schema { $found }; this version reads up to { $supported }). Update Rogatory to open it; nothing was changed.
error-register-damaged = { $path } is damaged: { $detail }. Nothing was changed.
error-register-no-case = There is no case { $id } in the register.
error-register-no-revision = Case { $id } has no revision { $n }.
error-register-bad-date = { $field }: “{ $value }” is not a date; write it as YYYY-MM-DD.
error-register-too-long = { $field }: the text is longer than { $max } characters.
error-register-status-missing = Choose the new status.
error-register-not-preservation = Only a preservation request can be followed by an MLA request this way ({ $id } is not one).
error-register-io = { $path }: { $detail }
error-register-unknown-file = { $path } is neither a Rogatory case file nor a register backup.

## rogatory register ...
cli-register-bad-count = “{ $value }” is not a number of cases between 1 and 1000000.
cli-register-seeded = Added { $count } generated cases to { $path } in { $seconds } s; it now holds { $total } cases ({ $mb } MB).
cli-register-integrity = SQLite's integrity check failed: { $detail }
cli-register-bad-case = Case { $id }: { $message }
cli-register-checked = { $path }: { $cases } cases checked, { $problems } problems.
cli-register-bench-head = Register { $path }: { $cases } cases, { $mb } MB.
cli-register-bench-line = median { $median } ms, p95 { $p95 } ms over { $runs } runs
cli-register-bench-open = Opening the register view (open the file, first page of 50, deadlines of the next 30 days)
cli-register-bench-search = Full-text search “{ $text }” ({ $found } found, first page)
cli-register-bench-autosave = Autosave of one edited field (largest kind of case)
cli-register-bench-save = Saving a new revision (one field edited)
cli-register-imported = { $file }: imported as case { $id }.
cli-register-revised = { $file }: case { $id } was already in the register with other content; a new revision was added.
cli-register-duplicate = { $file }: case { $id } is already in the register, unchanged; nothing was added.
cli-register-import-failed = { $file }: not imported. { $message }
cli-register-exported = Wrote { $count } case files to { $path }.
cli-register-backed-up = Wrote a backup of the whole register to { $path }.
cli-register-restored = Restored the register from { $path }; it holds { $cases } cases. The register as it was is kept beside it (“.before-restore”).
