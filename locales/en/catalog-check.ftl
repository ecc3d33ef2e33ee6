## `rogatory catalog check`: what is inconsistent in templates/ or locales/.
## Each problem prints as "<place>: <problem>".

catalog-place-type = Type “{ $id }”
catalog-place-section = Section “{ $id }”
catalog-place-measure = Measure “{ $id }”
catalog-place-file = File { $id }
catalog-place-kind = Request kind “{ $id }”
catalog-place-rule = Rule “{ $id }”
catalog-place-measure-rule = Measure rule “{ $id }”
catalog-place-country = Country profile { $id }
catalog-place-country-rule = Country rule “{ $id }”
catalog-place-provider = Provider profile “{ $id }”
catalog-place-locale = Locale { $id }

catalog-problem-duplicate-owner = this id is used by more than one type, section or measure.
catalog-problem-duplicate-field = the field “{ $field }” is defined twice.
catalog-problem-unknown-choice-list = the field “{ $field }” names the choice list “{ $list }”, which choices.toml does not define.
catalog-problem-choice-without-list = the choice field “{ $field }” does not say which choice list it uses (add `choices = "..."`).
catalog-problem-unknown-field-type = the field “{ $field }” has the type “{ $type }”, which is neither a built-in type nor defined in types.toml.
catalog-problem-unknown-format-from = the field “{ $field }” takes its format from “{ $sibling }”, which is not a field next to it.
catalog-problem-unknown-type = the list type “{ $type }” is not defined in types.toml.
catalog-problem-section-shape = a section has exactly one of `fields`, `list_of` or `measures = true`.
catalog-problem-format-not-configured = the format finding “{ $code }” has no severity; add a [format.{ $code }] entry.
catalog-problem-missing-message = the message “{ $id }” is missing (needed by { $needed_by }).
catalog-problem-missing-locale = this locale is missing; all six United Nations languages are required.
catalog-problem-measure-list-mismatch = the choice list “measure” must name exactly the measures defined in measures.toml.
catalog-problem-legal-basis-list-mismatch = the choice list “legal_instrument” must name exactly the instruments marked `legal_basis = true` in instruments.toml.
catalog-problem-unknown-section = the section “{ $section }” is not defined in sections.toml.
catalog-problem-unknown-measure = the measure “{ $measure }” is not defined in measures.toml.
catalog-problem-unknown-example = the example “{ $example }” does not exist in templates/examples/.
catalog-problem-unknown-kind = the request kind “{ $kind }” is not defined in kinds.toml.
catalog-problem-unknown-for-each = “for_each” names “{ $path }”, which is not a list in this kind of request.
catalog-problem-unknown-path = the path “{ $path }” names no field of the request kind “{ $kind }”.
catalog-problem-condition-without-field = a condition with `equals`, `one_of` or `present` needs a `field`.
catalog-problem-unknown-instrument = the instrument “{ $instrument }” is not defined in instruments.toml.
catalog-problem-not-in-choice-list = { $value } is not a value of the choice list “{ $list }”.
catalog-problem-no-basis = the rule has no legal basis; every rule cites its source.
catalog-problem-unknown-basis = the legal basis names “{ $instrument }”, which is not an instrument in instruments.toml.
catalog-problem-unconfirmed-not-advice = every source of this rule is unconfirmed, so its severity must be “advice”.
catalog-problem-unknown-language = the language “{ $language }” is not in the choice list “language”.
catalog-problem-unknown-channel = the channel “{ $channel }” is not in the choice list “channel”.
catalog-problem-bad-dual-criminality = dual_criminality is “{ $value }”; write required, coercive_only or not_required.
catalog-problem-unknown-data-category = the data category “{ $category }” is not in the choice list “data_category”.

catalog-place-deadline = Deadline “{ $id }”
catalog-problem-deadline-not-advice = this deadline has no confirmed legal source, so it must be marked `advice = true`.
catalog-problem-deadline-without-days = this deadline gives neither `days` nor `days_from`.
catalog-problem-unknown-direction = the direction “{ $direction }” is neither “outgoing” nor “incoming”.
catalog-problem-unknown-profile-field = “{ $field }” is not a profile period the register knows.
catalog-problem-unknown-status = “{ $status }” is not a status of the register.
