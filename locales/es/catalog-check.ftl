## `rogatory catalog check`: incoherencias detectadas en templates/ o en locales/.
## Cada problema se muestra como "<lugar>: <problema>".

catalog-place-type = Tipo «{ $id }»
catalog-place-section = Sección «{ $id }»
catalog-place-measure = Medida «{ $id }»
catalog-place-file = Archivo { $id }
catalog-place-kind = Tipo de solicitud «{ $id }»
catalog-place-rule = Regla «{ $id }»
catalog-place-measure-rule = Regla de medida «{ $id }»
catalog-place-country = Perfil de país { $id }
catalog-place-country-rule = Regla de país «{ $id }»
catalog-place-provider = Perfil de proveedor «{ $id }»
catalog-place-locale = Idioma { $id }

catalog-problem-duplicate-owner = este identificador se utiliza en más de un tipo, sección o medida.
catalog-problem-duplicate-field = el campo «{ $field }» está definido dos veces.
catalog-problem-unknown-choice-list = el campo «{ $field }» remite a la lista de opciones «{ $list }», que no está definida en choices.toml.
catalog-problem-choice-without-list = el campo de opción «{ $field }» no indica qué lista de opciones utiliza (añada `choices = "..."`).
catalog-problem-unknown-field-type = el campo «{ $field }» es del tipo «{ $type }», que no es un tipo integrado ni está definido en types.toml.
catalog-problem-unknown-format-from = el campo «{ $field }» toma su formato de «{ $sibling }», que no es un campo del mismo nivel.
catalog-problem-unknown-type = el tipo de lista «{ $type }» no está definido en types.toml.
catalog-problem-section-shape = cada sección debe tener exactamente una de las claves `fields`, `list_of` o `measures = true`.
catalog-problem-format-not-configured = la observación de formato «{ $code }» no tiene gravedad asignada; añada una entrada [format.{ $code }].
catalog-problem-missing-message = falta el mensaje «{ $id }» (lo requiere { $needed_by }).
catalog-problem-missing-locale = falta este idioma; se requieren los seis idiomas de las Naciones Unidas.
catalog-problem-measure-list-mismatch = la lista de opciones «measure» debe contener exactamente las medidas definidas en measures.toml.
catalog-problem-legal-basis-list-mismatch = la lista de opciones «legal_instrument» debe contener exactamente los instrumentos marcados con `legal_basis = true` en instruments.toml.
catalog-problem-unknown-section = la sección «{ $section }» no está definida en sections.toml.
catalog-problem-unknown-measure = la medida «{ $measure }» no está definida en measures.toml.
catalog-problem-unknown-example = el ejemplo «{ $example }» no existe en templates/examples/.
catalog-problem-unknown-kind = el tipo de solicitud «{ $kind }» no está definido en kinds.toml.
catalog-problem-unknown-for-each = «for_each» remite a «{ $path }», que no es una lista en este tipo de solicitud.
catalog-problem-unknown-path = la ruta «{ $path }» no corresponde a ningún campo del tipo de solicitud «{ $kind }».
catalog-problem-condition-without-field = una condición con `equals`, `one_of` o `present` requiere un `field`.
catalog-problem-unknown-instrument = el instrumento «{ $instrument }» no está definido en instruments.toml.
catalog-problem-not-in-choice-list = { $value } no es un valor de la lista de opciones «{ $list }».
catalog-problem-no-basis = la regla no tiene fundamento jurídico; toda regla debe citar su fuente.
catalog-problem-unknown-basis = el fundamento jurídico remite a «{ $instrument }», que no es un instrumento de instruments.toml.
catalog-problem-unconfirmed-not-advice = ninguna de las fuentes de esta regla está confirmada, por lo que su gravedad debe ser «advice».
catalog-problem-unknown-language = el idioma «{ $language }» no figura en la lista de opciones «language».
catalog-problem-unknown-channel = la vía de transmisión «{ $channel }» no figura en la lista de opciones «channel».
catalog-problem-bad-dual-criminality = dual_criminality tiene el valor «{ $value }»; escriba required, coercive_only o not_required.
catalog-problem-unknown-data-category = la categoría de datos «{ $category }» no figura en la lista de opciones «data_category».

catalog-place-deadline = Plazo «{ $id }»
catalog-problem-deadline-not-advice = este plazo no tiene ninguna fuente jurídica confirmada, por lo que debe marcarse con `advice = true`.
catalog-problem-deadline-without-days = este plazo no indica ni `days` ni `days_from`.
catalog-problem-unknown-direction = la dirección «{ $direction }» no es ni «outgoing» ni «incoming».
catalog-problem-unknown-profile-field = «{ $field }» no es un plazo del perfil que el registro conozca.
catalog-problem-unknown-status = «{ $status }» no es un estado del registro.
