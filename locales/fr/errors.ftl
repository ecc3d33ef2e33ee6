## Erreurs : un fichier ou l’installation n’a pas pu être lu. Chaque message indique l’endroit en cause.

error-case-too-large = Le fichier fait { $bytes } octets ; un fichier de dossier ne peut dépasser { $max } octets.
error-case-json = Le fichier n’est pas un JSON valide : ligne { $line }, colonne { $column } : { $reason }.
error-case-format = Ce fichier n’est pas un dossier Rogatory (son champ « format » vaut « { $found } » au lieu de « rogatory-case »).
error-case-version = Ce dossier est en version « { $found } » ; la présente version de Rogatory lit les versions jusqu’à la version { $supported }. Mettez Rogatory à jour pour l’ouvrir.
error-case-kind = Type de demande inconnu : « { $found } ».
error-case-unknown-field = { $path } : ce champ n’existe pas pour ce type de demande.
error-case-wrong-type = { $path } : type attendu { $expected }, type trouvé { $found }.
error-case-unknown-measure = { $path } : mesure inconnue « { $found } ».
error-case-measure-not-allowed = { $path } : la mesure « { $found } » ne peut pas être demandée dans ce type de demande.
error-case-control-character = { $path } : le texte contient le caractère de contrôle { $codepoint } à la position { $position } ; le fichier est probablement endommagé.
error-case-field-too-long = { $path } : { $chars } caractères ; un champ ne peut en contenir plus de { $max }.
error-case-too-many-items = { $path } : { $items } éléments ; une liste ne peut en contenir plus de { $max }.
error-catalog-read = Impossible de lire les modèles situés dans { $path } : { $reason }
error-catalog-parse = Un fichier de modèles est mal formé : { $path } : { $reason }
error-catalog-invalid =
    Les modèles situés dans { $path } sont incohérents ({ $problems ->
        [one] { $problems } problème
       *[other] { $problems } problèmes
    }, voir la liste ci-dessus).
error-i18n-read = Impossible de lire les messages dans { $path } : { $reason }
error-i18n-syntax = Un fichier de messages est mal formé : { $path }, ligne { $line } : { $reason }
error-i18n-duplicate = { $path } : le message « { $id } » est défini deux fois.
error-i18n-missing = Le message « { $id } » manque dans la langue { $lang }.
error-i18n-format = Le message « { $id } » de la langue { $lang } ne peut pas être mis en forme : { $reason }
error-pdf-subset = Une police de caractères n’a pas pu être incorporée au PDF. Il s’agit d’un défaut de Rogatory ; veuillez le signaler en joignant le dossier concerné.
error-logo-format = { $file } n’est pas une image PNG ou JPEG ; le logo de l’en-tête doit être dans l’un de ces formats.
error-logo-corrupt = Le logo { $file } est endommagé et ne peut pas être utilisé : { $reason }
error-logo-too-large = Le logo { $file } mesure { $width } × { $height } pixels ; un logo ne peut dépasser { $max } × { $max } pixels.
error-unknown-example = Il n’existe aucun exemple nommé « { $name } ».
error-unknown-item = Le catalogue ne contient aucun élément nommé « { $name } » à ajouter à une liste.
error-internal = Une erreur interne s’est produite dans Rogatory. Votre travail n’a pas été modifié ; merci de signaler l’incident en joignant le fichier du dossier.
error-file-io = Impossible de lire ou d’écrire { $path } : { $reason }
error-draft-refused = La demande comporte encore des erreurs ; aucun PDF définitif n’a été produit. Complétez-la, ou exportez une copie marquée PROJET.
error-settings-damaged = Le fichier de paramètres { $path } est endommagé et a été laissé tel quel : { $reason }. Réparez-le ou supprimez-le, puis réessayez.
error-settings-too-long = Le paramètre { $field } compte { $length } caractères ; { $max } au plus sont admis. Rien n’a été enregistré.
error-settings-language = « { $lang } » n’est pas l’une des six langues de l’interface et des demandes. Rien n’a été enregistré.
error-recent-unknown = { $path } ne figure pas parmi les dossiers récents ; ouvrez-le avec « Ouvrir un dossier… ».
