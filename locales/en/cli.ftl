## The rogatory command line.

cli-help =
    rogatory: drafts and checks requests for international cooperation in criminal matters

    Usage:
      rogatory validate FILE [--json] [--lang xx] [--today YYYY-MM-DD]
          Checks a case file; exit 0 with no error-level finding, 1 with one, 2 when the file cannot be read.
      rogatory new KIND [-o FILE]        An empty case of a kind (mla, preservation, emergency_disclosure,
                                         provider_request, extradition, provisional_arrest).
      rogatory examples [NAME] [-o FILE] Lists the example cases, or prints one.
      rogatory render FILE [--lang xx] [-o OUT.pdf] [--allow-draft]
                                         The request as a PDF in a language; refuses while it has errors.
      rogatory schema [-o FILE]          The JSON Schema of a case file.
      rogatory catalog check             Checks templates/ and locales/ for dangling references.
      rogatory bench                     Measures loading and validation on this machine.

    Options:
      --lang xx     language of messages: en, fr, es, ru, ar, zh
      --home DIR    folder holding templates/ and locales/ (default: $ROGATORY_HOME, then next to the program)
cli-usage-missing-value = The option { $option } needs a value.
cli-usage-unknown-option = Unknown option { $option }. Run “rogatory help”.
cli-usage-unknown-command = Unknown command “{ $command }”. Run “rogatory help”.
cli-usage-bad-date = “{ $value }” is not a date; write it as YYYY-MM-DD.
cli-read-failed = Cannot read { $file }: { $reason }
cli-write-failed = Cannot write { $path }: { $reason }
cli-not-utf8 = { $file } is not UTF-8 text (invalid byte at position { $position }).
cli-case-error = { $file }: { $message }
cli-unknown-kind = Unknown kind of request “{ $kind }”. Known kinds: { $kinds }.
cli-unknown-example = No example named “{ $name }”. Examples: { $names }.
cli-severity-error = ERROR
cli-severity-warning = WARNING
cli-severity-advice = ADVICE
cli-basis = Legal basis: { $basis }
cli-validate-summary =
    { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }, { $advice ->
        [one] 1 piece of advice
       *[other] { $advice } pieces of advice
    }.
cli-catalog-summary =
    { $problems ->
        [0] Catalog consistent
        [one] 1 problem
       *[other] { $problems } problems
    } ({ $kinds } kinds, { $measures } measures, { $rules } general rules).
cli-bench-catalog-load = Loading the catalog ({ $rules } general rules)
cli-bench-locales-load = Loading the locales ({ $locales } languages)
cli-bench-parse = Reading the largest example, “{ $example }” ({ $bytes } bytes)
cli-bench-validate = Validating the largest example, “{ $example }”
cli-bench-line = median { $micros } µs over { $runs } runs
cli-bench-failed = The benchmark could not run: { $reason }
list-separator = {", "}
cli-render-refused = The request still has errors (listed above), so no final PDF was written. Complete it, or add --allow-draft for a copy marked DRAFT.
cli-render-done = Wrote { $path } ({ $pages ->
        [one] 1 page
       *[other] { $pages } pages
    }, { $bytes } bytes).
cli-render-draft = Wrote the DRAFT { $path } ({ $pages ->
        [one] 1 page
       *[other] { $pages } pages
    }, { $bytes } bytes); it still has errors.
cli-bench-render = Composing, laying out and writing the PDF of “{ $example }” in { $lang } ({ $pages } pages, { $bytes } bytes)
cli-bench-soffice = LibreOffice converting the same document in { $lang } (we are { $ratio } times faster)
