## The desktop interface's own words. Everything else on screen comes from
## the catalog, findings and documents, already localized by the core.

ui-app-title = Rogatory
ui-language-label = Langue
ui-start-title = Nouvelle demande
ui-start-kinds-label = Type de demande
ui-loading = Chargement…
ui-findings-title = Constatations
ui-findings-checking = Vérification…
ui-findings-severity-error = Erreurs
ui-findings-severity-warning = Avertissements
ui-findings-severity-advice = Conseils
ui-finding-basis = Base juridique
ui-finding-path = Champ
ui-error-title = Cette action n’a pas pu être effectuée
ui-error-code = Code d’erreur

## L’assistant
ui-new-case = Nouvelle demande
ui-open-case = Ouvrir un dossier…
ui-save-case = Enregistrer le dossier…
ui-saved = Dossier enregistré :
ui-start-example = Ouvrir l’exemple
ui-start-open-title = Reprendre une demande
ui-start-recent = Dossiers récents
ui-start-recent-missing = (introuvable)
ui-wizard-steps = Étapes de la demande
ui-count-errors = Erreurs
ui-count-warnings = Avertissements
ui-step-complete = Complet
ui-step-back = Précédent
ui-step-next = Suivant
ui-confirm-next-title = Des éléments essentiels manquent encore à cette étape
ui-confirm-next-body = La demande ne peut pas être envoyée en l’état : les constatations indiquent ce qui manque et pourquoi. Vous pouvez continuer et revenir à cette étape plus tard.
ui-confirm-stay = Rester et compléter cette étape
ui-confirm-go = Continuer quand même
ui-findings-scope = Constatations affichées
ui-findings-scope-step = Cette étape
ui-findings-scope-all = Toute la demande
ui-findings-none = Rien ne manque ici.
ui-list-add = Ajouter
ui-list-remove = Supprimer
ui-choice-none = — Choisir —
ui-measure-add-label = Forme d’entraide à ajouter
ui-measure-add = Ajouter cette mesure

## Formats, expliqués sous les champs qui en exigent un
ui-datetime-zone = Fuseau horaire
ui-hint-time-zone = UTC, un décalage tel que UTC+01:00 ou un fuseau tel que Europe/Paris.
ui-hint-country = Code ISO 3166 à deux lettres majuscules, par exemple FR.
ui-hint-language = Code ISO 639 à deux ou trois lettres, par exemple fr.
ui-hint-currency = Code ISO 4217 à trois lettres, par exemple EUR.
ui-hint-amount = Chiffres avec un point décimal, par exemple 125000.50.
ui-hint-ip-address = Adresse IPv4 ou IPv6, par exemple 203.0.113.7.
ui-hint-email = Par exemple nom@example.org.
ui-hint-url = Adresse complète, par exemple https://example.org/page.
ui-hint-phone = Format international avec l’indicatif du pays, par exemple +33 1 23 45 67 89.

## Vérification et export
ui-review-title = Vérifier et exporter
ui-doc-language = Langue de la demande
ui-preview-title = Aperçu
ui-export-pdf = Exporter en PDF…
ui-export-draft-title = La demande comporte encore des erreurs
ui-export-draft-body = Elle n’est pas prête à être envoyée. Vous pouvez l’exporter comme projet pour relecture : chaque page portera la mention PROJET.
ui-export-draft = Exporter comme projet
ui-cancel = Annuler
ui-exported = PDF enregistré :

## Closing with unsaved changes (a native dialog)
ui-close-unsaved-title = Modifications non enregistrées
ui-close-unsaved-body = Le dossier comporte des modifications qui ne sont pas enregistrées dans un fichier. Si vous fermez Rogatory maintenant, elles seront perdues.
ui-close-unsaved-discard = Fermer et perdre les modifications
ui-close-unsaved-keep = Continuer à travailler

## Settings: the authority's profile
ui-settings = Paramètres
ui-settings-title = Votre autorité
ui-settings-intro = Conservés sur cet ordinateur. Chaque nouvelle demande commence avec ces informations, son propre numéro de référence et le logo de l’en-tête.
ui-settings-authority-name = Nom de l’autorité
ui-settings-authority-address = Adresse
ui-settings-authority-email = Courriel
ui-settings-authority-phone = Téléphone
ui-settings-signatory-name = Nom du signataire
ui-settings-signatory-function = Fonction du signataire
ui-settings-signatory-place = Lieu de signature
ui-settings-reference-pattern = Numéro de référence des nouvelles demandes
ui-settings-reference-hint = [year] devient l’année et [seq] un numéro qui augmente d’une unité à chaque nouvelle demande, par exemple PG/EJ/[year]/[seq].
ui-settings-interface-lang = Langue de l’interface au démarrage
ui-settings-document-lang = Langue des nouvelles demandes
ui-settings-save = Enregistrer les paramètres
ui-settings-saved = Paramètres enregistrés.
ui-settings-logo = Logo de l’en-tête
ui-settings-logo-none = Aucun logo.
ui-settings-logo-set = Logo défini, largeur × hauteur en pixels :
ui-settings-logo-choose = Choisir une image PNG ou JPEG…
ui-settings-logo-remove = Supprimer le logo

## Each language named in itself, as language pickers do (the same in every locale).
ui-language-en = English
ui-language-fr = Français
ui-language-es = Español
ui-language-ru = Русский
ui-language-ar = العربية
ui-language-zh = 中文

## The register: search and lists, the deadline dashboard, tracking and history.
ui-register = Registre
ui-register-title = Le registre
ui-register-search = Rechercher dans tous les dossiers et leurs notes
ui-register-filters = Filtres
ui-register-filter-kind = Type de demande
ui-register-filter-status = Statut
ui-register-filter-direction = Sens
ui-register-filter-country = État (code à deux lettres)
ui-register-filter-due = Échéance
ui-register-any = Indifférent
ui-register-due-overdue = Dépassée
ui-register-due-7 = Dans les 7 jours
ui-register-due-30 = Dans les 30 jours
ui-register-results = Dossiers trouvés :
ui-register-none = Aucun dossier ne correspond.
ui-register-col-reference = Référence
ui-register-col-kind = Type
ui-register-col-status = Statut
ui-register-col-country = État
ui-register-col-title = Infraction ou personne
ui-register-col-updated = Dernière modification
ui-register-col-due = Prochaine échéance
ui-register-open = Ouvrir
ui-register-more = Afficher plus
ui-register-import = Importer des dossiers…
ui-register-backup = Sauvegarder le registre…
ui-register-restore-backup = Restaurer une sauvegarde…
ui-register-restore-confirm = Remplacer l’ensemble du registre par la sauvegarde ? Le registre dans son état actuel est conservé à côté.
ui-register-import-imported = importé
ui-register-import-revised = déjà présent avec un autre contenu : ajouté comme nouvelle version
ui-register-import-duplicate = déjà présent, sans modification : rien n’a été ajouté
ui-register-import-failed = non importé
ui-register-backed-up = Sauvegarde écrite :
ui-register-restored = Registre restauré à partir de :
ui-register-same-reference = Un autre dossier porte la même référence.
ui-dashboard-title = Échéances des 14 prochains jours
ui-dashboard-none = Aucune échéance dans les 14 prochains jours.
ui-dashboard-overdue = Échéance dépassée
ui-dashboard-due = Échéance
ui-dashboard-advice = Conseil : vérifiez cette date
ui-tracking = Suivi et historique
ui-tracking-title = Suivi et historique de cette demande
ui-tracking-status = Statut
ui-tracking-their-reference = Référence du correspondant
ui-tracking-add-event = Consigner un événement
ui-tracking-event-date = Date (YYYY-MM-DD, année-mois-jour)
ui-tracking-event-kind = Nature de l’événement
ui-tracking-event-status = Nouveau statut
ui-tracking-event-note = Note
ui-tracking-add = Consigner
ui-tracking-timeline = Chronologie
ui-tracking-no-events = Aucun événement consigné pour l’instant.
ui-tracking-revisions = Versions
ui-tracking-revision = Version
ui-tracking-restore = Restaurer cette version
ui-tracking-restored-from = restaurée à partir de la version
ui-tracking-changed = Champs modifiés :
ui-tracking-follow-up = Créer la demande d’entraide judiciaire qui fait suite
ui-tracking-followed-by = Suivie de
ui-tracking-follows = Fait suite à
ui-tracking-deadlines = Échéances en cours
ui-back-to-form = Retour au formulaire
ui-autosaved = Conservé dans le registre
ui-autosave-failed = Non conservé dans le registre :
