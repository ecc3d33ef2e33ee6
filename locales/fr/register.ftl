## The register: statuses, tracking events, revisions, deadlines, and its
## errors and command-line messages.

status-draft = Projet
status-final = Finalisée
status-sent = Envoyée
status-acknowledged = Accusé de réception reçu
status-additional_information_requested = Complément d’information demandé
status-partially_executed = Partiellement exécutée
status-executed = Exécutée
status-refused = Refusée
status-withdrawn = Retirée
status-received = Reçue

direction-outgoing = Sortante
direction-incoming = Entrante

event-status = Changement de statut
event-their_reference = Référence du correspondant reçue
event-arrested = Personne arrêtée
event-note = Note

origin-created = Création
origin-autosave = Saisie (enregistrée automatiquement)
origin-save = Enregistrement
origin-restore = Restauration
origin-import = Importation

## Deadlines (templates/deadlines.toml). Shown with their date and basis.
deadline-preservation-minimum = La conservation rapide peut prendre fin : la Convention garantit au moins 60 jours. Envoyez auparavant la demande d’entraide judiciaire qui doit suivre.
deadline-preservation-provider = La période indiquée dans le profil du fournisseur pour les données conservées prend fin.
deadline-preservation-extension = Demandez au fournisseur de prolonger la conservation (son profil prévoit une prolongation) ; la période prend fin peu après.
deadline-provider-order-response = Le délai de 30 jours dont dispose le fournisseur pour répondre à l’injonction expire ; passé ce délai, seule une demande d’entraide judiciaire ou la procédure de l’article 8 du Protocole permet d’obtenir les données.
deadline-provisional-arrest-period = La personne peut être mise en liberté si la demande d’extradition complète n’est pas parvenue (le délai court à compter de l’arrestation ; vérifiez-le dans le traité applicable).
deadline-requested-execution = Date limite d’exécution indiquée dans la demande.
deadline-acknowledgement-follow-up = Aucune réponse 30 jours après l’envoi : relancez l’État requis (pratique du service).
deadline-incoming-answer = L’État requérant a demandé l’exécution au plus tard à cette date.

## Errors
error-register-database = Impossible de lire ou d’écrire le registre : { $detail }
error-register-busy = Le registre est utilisé par une autre copie de Rogatory et ne s’est pas libéré. Fermez l’autre copie et réessayez.
error-register-not-register = { $path } n’est pas un registre Rogatory. Rien n’y a été modifié.
error-register-too-new = { $path } a été écrit par une version plus récente de Rogatory (schéma du registre { $found } ; la présente version lit jusqu’au schéma { $supported }). Mettez Rogatory à jour pour l’ouvrir ; rien n’a été modifié.
error-register-damaged = { $path } est endommagé : { $detail }. Rien n’a été modifié.
error-register-no-case = Le registre ne contient aucun dossier { $id }.
error-register-no-revision = Le dossier { $id } n’a pas de version { $n }.
error-register-bad-date = { $field } : « { $value } » n’est pas une date ; saisissez-la sous la forme YYYY-MM-DD (année-mois-jour).
error-register-too-long = { $field } : le texte dépasse { $max } caractères.
error-register-status-missing = Choisissez le nouveau statut.
error-register-not-preservation = Seule une demande de conservation rapide peut être suivie de cette manière d’une demande d’entraide judiciaire ({ $id } n’en est pas une).
error-register-io = { $path } : { $detail }
error-register-unknown-file = { $path } n’est ni un dossier Rogatory ni une sauvegarde de registre.

## rogatory register ...
cli-register-bad-count = « { $value } » n’est pas un nombre de dossiers compris entre 1 et 1000000.
cli-register-seeded =
    { $count ->
        [one] { $count } dossier généré ajouté
       *[other] { $count } dossiers générés ajoutés
    } à { $path } en { $seconds } s ; il contient désormais { $total ->
        [one] { $total } dossier
       *[other] { $total } dossiers
    } ({ $mb } Mo).
cli-register-integrity = La vérification d’intégrité de SQLite a échoué : { $detail }
cli-register-bad-case = Dossier { $id } : { $message }
cli-register-checked =
    { $path } : { $cases ->
        [one] { $cases } dossier vérifié
       *[other] { $cases } dossiers vérifiés
    }, { $problems ->
        [one] { $problems } problème
       *[other] { $problems } problèmes
    }.
cli-register-bench-head =
    Registre { $path } : { $cases ->
        [one] { $cases } dossier
       *[other] { $cases } dossiers
    }, { $mb } Mo.
cli-register-bench-line = médiane { $median } ms, p95 { $p95 } ms sur { $runs } exécutions
cli-register-bench-open = Ouverture de la vue du registre (ouverture du fichier, première page de 50, échéances des 30 prochains jours)
cli-register-bench-search =
    Recherche en texte intégral « { $text } » ({ $found ->
        [one] { $found } résultat
       *[other] { $found } résultats
    }, première page)
cli-register-bench-autosave = Enregistrement automatique d’un champ modifié (type de dossier le plus volumineux)
cli-register-bench-save = Enregistrement d’une nouvelle version (un champ modifié)
cli-register-imported = { $file } : importé comme dossier { $id }.
cli-register-revised = { $file } : le dossier { $id } figurait déjà au registre avec un autre contenu ; une nouvelle version a été ajoutée.
cli-register-duplicate = { $file } : le dossier { $id } figure déjà au registre, sans modification ; rien n’a été ajouté.
cli-register-import-failed = { $file } : non importé. { $message }
cli-register-exported =
    { $count ->
        [one] { $count } dossier enregistré
       *[other] { $count } dossiers enregistrés
    } dans { $path }.
cli-register-backed-up = Une sauvegarde de l’ensemble du registre a été écrite dans { $path }.
cli-register-restored =
    Registre restauré à partir de { $path } ; il contient { $cases ->
        [one] { $cases } dossier
       *[other] { $cases } dossiers
    }. Le registre dans son état antérieur est conservé à côté (« .before-restore »).
