## `rogatory catalog check` : ce qui est incohérent dans templates/ ou locales/.
## Chaque problème s’affiche sous la forme « <endroit> : <problème> ».

catalog-place-type = Type « { $id } »
catalog-place-section = Section « { $id } »
catalog-place-measure = Mesure « { $id } »
catalog-place-file = Fichier { $id }
catalog-place-kind = Type de demande « { $id } »
catalog-place-rule = Règle « { $id } »
catalog-place-measure-rule = Règle de mesure « { $id } »
catalog-place-country = Profil de pays { $id }
catalog-place-country-rule = Règle de pays « { $id } »
catalog-place-provider = Profil de fournisseur « { $id } »
catalog-place-locale = Langue d’interface { $id }

catalog-problem-duplicate-owner = cet identifiant est utilisé par plusieurs types, sections ou mesures.
catalog-problem-duplicate-field = le champ « { $field } » est défini deux fois.
catalog-problem-unknown-choice-list = le champ « { $field } » renvoie à la liste de choix « { $list } », que choices.toml ne définit pas.
catalog-problem-choice-without-list = le champ à choix « { $field } » n’indique pas quelle liste de choix il utilise (ajoutez `choices = "..."`).
catalog-problem-unknown-field-type = le champ « { $field } » est du type « { $type } », qui n’est ni un type intégré ni un type défini dans types.toml.
catalog-problem-unknown-format-from = le champ « { $field } » tire son format de « { $sibling } », qui n’est pas un champ situé au même niveau.
catalog-problem-unknown-type = le type de liste « { $type } » n’est pas défini dans types.toml.
catalog-problem-section-shape = une section comporte exactement un des éléments suivants : `fields`, `list_of` ou `measures = true`.
catalog-problem-format-not-configured = le constat de format « { $code } » n’a pas de niveau de gravité ; ajoutez une entrée [format.{ $code }].
catalog-problem-missing-message = le message « { $id } » manque (il est requis par { $needed_by }).
catalog-problem-missing-locale = cette langue d’interface manque ; les six langues officielles de l’Organisation des Nations Unies sont requises.
catalog-problem-measure-list-mismatch = la liste de choix « measure » doit mentionner exactement les mesures définies dans measures.toml.
catalog-problem-legal-basis-list-mismatch = la liste de choix « legal_instrument » doit mentionner exactement les instruments marqués `legal_basis = true` dans instruments.toml.
catalog-problem-unknown-section = la section « { $section } » n’est pas définie dans sections.toml.
catalog-problem-unknown-measure = la mesure « { $measure } » n’est pas définie dans measures.toml.
catalog-problem-unknown-example = l’exemple « { $example } » n’existe pas dans templates/examples/.
catalog-problem-unknown-kind = le type de demande « { $kind } » n’est pas défini dans kinds.toml.
catalog-problem-unknown-for-each = « for_each » renvoie à « { $path } », qui n’est pas une liste dans ce type de demande.
catalog-problem-unknown-path = le chemin « { $path } » ne désigne aucun champ du type de demande « { $kind } ».
catalog-problem-condition-without-field = une condition comportant `equals`, `one_of` ou `present` exige un `field`.
catalog-problem-unknown-instrument = l’instrument « { $instrument } » n’est pas défini dans instruments.toml.
catalog-problem-not-in-choice-list = { $value } n’est pas une valeur de la liste de choix « { $list } ».
catalog-problem-no-basis = la règle n’a pas de base juridique ; chaque règle doit citer sa source.
catalog-problem-unknown-basis = la base juridique renvoie à « { $instrument } », qui n’est pas un instrument figurant dans instruments.toml.
catalog-problem-unconfirmed-not-advice = aucune source de cette règle n’est confirmée ; son niveau de gravité doit donc être « advice ».
catalog-problem-unknown-language = la langue « { $language } » ne figure pas dans la liste de choix « language ».
catalog-problem-unknown-channel = la voie de transmission « { $channel } » ne figure pas dans la liste de choix « channel ».
catalog-problem-bad-dual-criminality = dual_criminality vaut « { $value } » ; indiquez required, coercive_only ou not_required.
catalog-problem-unknown-data-category = la catégorie de données « { $category } » ne figure pas dans la liste de choix « data_category ».

catalog-place-deadline = Délai « { $id } »
catalog-problem-deadline-not-advice = ce délai n’a pas de source juridique confirmée ; il doit donc être marqué `advice = true`.
catalog-problem-deadline-without-days = ce délai n’indique ni `days` ni `days_from`.
catalog-problem-unknown-direction = le sens « { $direction } » n’est ni « outgoing » ni « incoming ».
catalog-problem-unknown-profile-field = « { $field } » n’est pas une durée de profil connue du registre.
catalog-problem-unknown-status = « { $status } » n’est pas un statut du registre.
