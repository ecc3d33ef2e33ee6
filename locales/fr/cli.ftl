## La ligne de commande rogatory.

cli-help =
    rogatory : rédige et vérifie des demandes de coopération internationale en matière pénale

    Utilisation :
      rogatory validate FILE [--json] [--lang xx] [--today YYYY-MM-DD]
          Vérifie un dossier ; code de sortie 0 en l’absence de constat de niveau ERREUR, 1 en présence d’un tel constat, 2 si le fichier ne peut pas être lu.
      rogatory new KIND [-o FILE]        Un dossier vierge du type KIND (mla, preservation, emergency_disclosure,
                                         provider_request, extradition, provisional_arrest).
      rogatory examples [NAME] [-o FILE] Liste les dossiers d’exemple, ou affiche l’un d’eux.
      rogatory render FILE [--lang xx] [-o OUT.pdf] [--allow-draft]
                                         La demande en PDF, dans la langue choisie ; aucun PDF n’est produit tant qu’elle comporte des erreurs.
      rogatory schema [-o FILE]          Le schéma JSON (JSON Schema) d’un dossier.
      rogatory catalog check             Recherche dans templates/ et locales/ les références sans cible.
      rogatory bench                     Mesure les temps de chargement et de validation sur cette machine.

    Options :
      --lang xx     langue des messages : en, fr, es, ru, ar, zh
      --home DIR    dossier contenant templates/ et locales/ (par défaut : $ROGATORY_HOME, puis le dossier du programme)
cli-usage-missing-value = L’option { $option } doit être suivie d’une valeur.
cli-usage-unknown-option = Option inconnue : { $option }. Lancez « rogatory help ».
cli-usage-unknown-command = Commande inconnue : « { $command } ». Lancez « rogatory help ».
cli-usage-bad-date = « { $value } » n’est pas une date ; saisissez-la sous la forme YYYY-MM-DD (année-mois-jour).
cli-read-failed = Impossible de lire { $file } : { $reason }
cli-write-failed = Impossible d’écrire { $path } : { $reason }
cli-not-utf8 = { $file } n’est pas un texte UTF-8 (octet invalide à la position { $position }).
cli-case-error = { $file } : { $message }
cli-unknown-kind = Type de demande inconnu : « { $kind } ». Types connus : { $kinds }.
cli-unknown-example = Aucun exemple nommé « { $name } ». Exemples disponibles : { $names }.
cli-severity-error = ERREUR
cli-severity-warning = AVERTISSEMENT
cli-severity-advice = CONSEIL
cli-basis = Base juridique : { $basis }
cli-validate-summary =
    { $errors ->
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    }, { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    }, { $advice ->
        [one] { $advice } conseil
       *[other] { $advice } conseils
    }.
cli-catalog-summary =
    { $problems ->
        [0] Catalogue cohérent
        [one] { $problems } problème
       *[other] { $problems } problèmes
    } ({ $kinds } types de demande, { $measures } mesures, { $rules } règles générales).
cli-bench-catalog-load = Chargement du catalogue ({ $rules } règles générales)
cli-bench-locales-load = Chargement des langues d’interface ({ $locales } langues)
cli-bench-parse = Lecture de l’exemple le plus volumineux, « { $example } » ({ $bytes } octets)
cli-bench-validate = Validation de l’exemple le plus volumineux, « { $example } »
cli-bench-line = médiane de { $micros } µs sur { $runs } exécutions
cli-bench-failed = La mesure des performances n’a pas pu être effectuée : { $reason }
list-separator = {", "}
cli-render-refused = La demande comporte encore des erreurs (énumérées ci-dessus) ; aucun PDF définitif n’a donc été produit. Complétez-la, ou ajoutez --allow-draft pour obtenir un exemplaire portant la mention PROJET.
cli-render-done = Fichier { $path } enregistré ({ $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }, { $bytes } octets).
cli-render-draft = PROJET enregistré dans { $path } ({ $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }, { $bytes } octets) ; la demande comporte encore des erreurs.
cli-bench-render = Composition, mise en page et écriture du PDF de « { $example } » en langue { $lang } ({ $pages } pages, { $bytes } octets)
cli-bench-soffice = Conversion du même document en langue { $lang } par LibreOffice (Rogatory est { $ratio } fois plus rapide)
