### Le catalogue : noms des types de demande, étapes de l’assistant, champs des
### formulaires, formes d’entraide, valeurs des listes de choix et instruments
### juridiques (templates/*.toml).

## Types de demande

kind-mla = Demande d’entraide judiciaire
kind-mla-help = Demander à un autre État de recueillir des éléments de preuve ou de prendre une autre mesure aux fins de votre enquête, de vos poursuites ou de votre procédure judiciaire : recueil de témoignages ou de dépositions, communication de documents, perquisitions et saisies, gel du produit du crime, etc. (UNTOC, art. 18 ; UNCAC, art. 46).
kind-preservation = Demande de conservation rapide
kind-preservation-help = Demander à un autre État d’assurer rapidement la conservation de données informatiques stockées, avant qu’elles ne soient effacées, pendant que vous préparez la demande d’entraide judiciaire qui doit suivre (Convention de Budapest, art. 29).
kind-emergency-disclosure = Demande de divulgation en cas d’urgence
kind-emergency-disclosure-help = Obtenir sans délai des données informatiques stockées lorsqu’il existe un risque important et imminent pour la vie ou la sécurité d’une personne, par l’intermédiaire du réseau 24/7 (Deuxième Protocole additionnel, art. 9) ou directement auprès d’un fournisseur de services qui accepte les demandes urgentes.
kind-provider-request = Demande adressée à un fournisseur de services
kind-provider-request-help = Demander directement des données à un fournisseur de services établi dans un autre État, au moyen d’une injonction de produire des données relatives aux abonnés (Deuxième Protocole additionnel, art. 7) ou d’une demande de divulgation volontaire de données autres que les données relatives au contenu.
kind-extradition = Demande d’extradition
kind-extradition-help = Demander à un autre État de remettre une personne réclamée aux fins de poursuites ou aux fins du prononcé ou de l’exécution d’une peine (Traité type d’extradition, art. 5 ; UNTOC, art. 16).
kind-provisional-arrest = Demande d’arrestation provisoire
kind-provisional-arrest-help = En cas d’urgence, demander à un autre État d’arrêter la personne réclamée avant que la demande d’extradition ne lui parvienne, en s’engageant à transmettre cette demande dans le délai prévu (Traité type d’extradition, art. 9 ; UNTOC, art. 16, par. 9).

## Sections

section-request = Renseignements sur la demande
section-requesting-authority = Autorité requérante
section-requested-state = État requis
section-provider = Fournisseur de services
section-legal-bases = Base juridique
section-proceedings = Enquête ou procédure
section-offences = Infractions
section-facts = Résumé des faits
section-persons = Personnes concernées
section-measures = Assistance requise
section-special-procedures = Procédures particulières
section-urgency = Urgence
section-confidentiality = Confidentialité
section-undertakings = Engagements et garanties
section-earlier-requests = Demandes antérieures
section-annexes = Annexes
section-signatory = Signature
section-preservation = Données à conserver
section-emergency = Situation d’urgence
section-provider-request = Injonction ou demande adressée au fournisseur
section-extradition = Renseignements relatifs à l’extradition
section-provisional-arrest = Renseignements relatifs à l’arrestation provisoire

## Champs : request

field-request-date = Date de la demande
field-request-reference = Numéro de référence
field-request-language = Langue de la demande
field-request-status = Nature de la demande
field-request-channel = Voie de transmission

## Champs : requesting-authority

field-requesting-authority-name = Nom de l’autorité
field-requesting-authority-address = Adresse
field-requesting-authority-person = Personne responsable
field-requesting-authority-function = Fonction
field-requesting-authority-phone = Téléphone
field-requesting-authority-mobile = Téléphone portable
field-requesting-authority-email = Courriel
field-requesting-authority-office-hours = Heures de bureau
field-requesting-authority-time-zone = Fuseau horaire

## Champs : requested-state

field-requested-state-country = État
field-requested-state-authority = Autorité destinataire
field-requested-state-address = Adresse
field-requested-state-email = Courriel
field-requested-state-phone = Téléphone

## Champs : provider

field-provider-profile = Profil du fournisseur
field-provider-name = Nom du fournisseur de services
field-provider-address = Adresse
field-provider-country = Pays
field-provider-email = Courriel
field-provider-portal = Portail de réception des demandes des services répressifs

## Champs : proceedings

field-proceedings-conducting-authority = Autorité chargée de l’enquête ou de la procédure
field-proceedings-conducting-authority-functions = Fonctions de cette autorité
field-proceedings-case-numbers = Numéros de dossier
field-proceedings-nature = Nature de la procédure
field-proceedings-stage = Stade de la procédure

## Champs : facts

field-facts-summary = Résumé des faits pertinents
field-facts-evidence = Éléments de preuve recueillis à ce jour

## Champs : special-procedures

field-special-procedures-description = Procédure ou formalité à observer
field-special-procedures-reason = Motifs de la procédure demandée

## Champs : urgency

field-urgency-urgent = La présente demande est urgente
field-urgency-reason = Motifs de l’urgence
field-urgency-requested-date = Date avant laquelle l’exécution est demandée

## Champs : confidentiality

field-confidentiality-required = L’État requis est prié de garder le secret sur la demande et sa teneur, sauf dans la mesure nécessaire pour l’exécuter
field-confidentiality-reason = Motifs de la confidentialité
field-confidentiality-no-user-notification = L’utilisateur ou le titulaire du compte ne doit pas être informé de la demande

## Champs : undertakings

field-undertakings-use-limitation = Engagement de ne pas utiliser les informations ou les éléments de preuve aux fins de procédures autres que celles visées dans la demande sans consentement préalable
field-undertakings-confidentiality = Engagement de garder le secret sur les informations et les éléments de preuve reçus lorsque l’État requis l’exige
field-undertakings-costs = Engagement de prendre en charge les dépenses de caractère extraordinaire selon les modalités convenues avec l’État requis
field-undertakings-reciprocity = Garantie de réciprocité dans un cas analogue
field-undertakings-return-of-items = Engagement de restituer les objets et les documents originaux fournis dès qu’ils ne sont plus nécessaires
field-undertakings-speciality = Engagement de respecter le principe de spécialité
field-undertakings-no-reextradition = Engagement de ne pas réextrader la personne vers un État tiers sans le consentement de l’État requis
field-undertakings-death-penalty = Garanties concernant la peine de mort
field-undertakings-fair-trial = Garanties relatives au procès équitable et aux conditions de détention
field-undertakings-other = Autres engagements ou garanties

## Champs : signatory

field-signatory-name = Nom du signataire
field-signatory-function = Fonction
field-signatory-place = Lieu de signature

## Champs : preservation

field-preservation-data-description = Données informatiques stockées à conserver
field-preservation-data-categories = Catégories de données
field-preservation-identifiers = Identifiants
field-preservation-period = Période concernée
field-preservation-relation-to-offence = Lien entre les données et l’infraction
field-preservation-system-location = Gardien des données ou emplacement du système informatique
field-preservation-necessity = Motifs pour lesquels la conservation est nécessaire
field-preservation-mla-will-follow = Une demande d’entraide en vue de la perquisition, de la saisie ou de la divulgation des données sera présentée
field-preservation-expedited-disclosure = La divulgation rapide des données relatives au trafic conservées est demandée afin d’identifier tout fournisseur de services d’un autre État ayant participé à la transmission (Convention de Budapest, art. 30)

## Champs : emergency

field-emergency-route = Voie de la demande
field-emergency-risk-facts = Faits établissant un risque important et imminent pour la vie ou la sécurité d’une personne
field-emergency-link-to-data = Lien entre les données et la situation d’urgence
field-emergency-data-description = Description des données recherchées
field-emergency-data-categories = Catégories de données
field-emergency-identifiers = Identifiants
field-emergency-period = Période concernée
field-emergency-contact-name = Personne à contacter, joignable 24 h/24 et 7 j/7
field-emergency-contact-phone = Téléphone de contact (24 h/24 et 7 j/7)
field-emergency-contact-email = Courriel de contact (24 h/24 et 7 j/7)

## Champs : provider-request

field-provider-request-mode = Type de demande
field-provider-request-data-description = Description détaillée des données recherchées
field-provider-request-data-categories = Catégories de données
field-provider-request-identifiers = Identifiants
field-provider-request-period = Période concernée
field-provider-request-seeking-authority = Autorité qui sollicite les données, si elle n’est pas l’autorité émettrice
field-provider-request-domestic-legal-ground = Fondement juridique interne de l’injonction
field-provider-request-time-frame = Délai de divulgation
field-provider-request-return-manner = Modalités de transmission des données
field-provider-request-notification-made = L’État où se trouve le fournisseur en a été informé au même moment (notification simultanée)

## Champs : extradition

field-extradition-posture = Situation procédurale de la personne réclamée
field-extradition-warrant = Mandat d’arrêt
field-extradition-judgment = Jugement
field-extradition-retrial-statement = Moyens juridiques dont dispose la personne pour préparer sa défense ou obtenir un nouveau procès
field-extradition-sentence-to-be-imposed = Une peine doit encore être prononcée à la suite de la déclaration de culpabilité
field-extradition-evidence-summary = Résumé des éléments de preuve
field-extradition-limitation = Dispositions relatives à la prescription et aux actes qui l’interrompent
field-extradition-property = Biens à remettre

## Champs : provisional-arrest

field-provisional-arrest-posture = Situation procédurale de la personne réclamée
field-provisional-arrest-warrant-or-judgment = Mandat d’arrêt ou jugement sur lequel se fonde la demande
field-provisional-arrest-extradition-will-follow = Une demande d’extradition de la personne réclamée suivra

## Champs : legal-basis

field-legal-basis-instrument = Instrument
field-legal-basis-title = Titre du traité ou de la loi
field-legal-basis-articles = Articles invoqués

## Champs : penalty

field-penalty-kind = Nature de la peine
field-penalty-term = Durée ou montant

## Champs : offence

field-offence-name = Dénomination de l’infraction
field-offence-provision = Disposition légale
field-offence-text-of-law = Texte de la loi
field-offence-max-penalty = Peine maximale encourue
field-offence-committed-on = Date ou période de commission
field-offence-committed-at = Lieu de commission
field-offence-limitation = Délai de prescription

## Champs : identity-document

field-identity-document-type = Type de document
field-identity-document-number = Numéro du document
field-identity-document-issuer = État de délivrance

## Champs : person

field-person-role = Qualité dans la procédure
field-person-family-name = Nom de famille
field-person-given-names = Prénoms
field-person-aliases = Autres noms et alias
field-person-date-of-birth = Date de naissance
field-person-place-of-birth = Lieu de naissance
field-person-nationality = Nationalité
field-person-identity-documents = Pièces d’identité
field-person-address = Adresse
field-person-location = Lieu où la personne se trouve ou est susceptible de se trouver
field-person-description = Signalement
field-person-photograph = Photographie
field-person-fingerprints = Empreintes digitales

## Champs : date-range

field-date-range-from = Du
field-date-range-to = Au

## Champs : money

field-money-amount = Montant
field-money-currency = Devise

## Champs : identifier

field-identifier-type = Type d’identifiant
field-identifier-value = Identifiant
field-identifier-port = Port
field-identifier-timestamp = Date et heure, avec le fuseau horaire

## Champs : annex

field-annex-reference = Numéro de l’annexe
field-annex-title = Intitulé
field-annex-file = Fichier
field-annex-translated = Une traduction de cette annexe est jointe

## Champs : earlier-request

field-earlier-request-kind = Type de demande
field-earlier-request-date = Date
field-earlier-request-reference = Notre référence
field-earlier-request-their-reference = Référence attribuée par l’État requis
field-earlier-request-channel = Voie utilisée
field-earlier-request-authority = Autorité à laquelle elle a été adressée

## Champs : warrant

field-warrant-issuing-authority = Autorité de délivrance
field-warrant-date = Date de délivrance
field-warrant-number = Numéro du mandat
field-warrant-annex = Copie du mandat

## Champs : judgment

field-judgment-court = Juridiction
field-judgment-date = Date du jugement
field-judgment-number = Numéro du jugement ou de l’affaire
field-judgment-final = Le jugement est définitif
field-judgment-enforceable = La peine est exécutoire
field-judgment-sentence = Peine prononcée
field-judgment-time-served = Durée de peine déjà exécutée
field-judgment-remaining = Reliquat de peine restant à exécuter
field-judgment-annex = Copie du jugement

## Champs : measure

field-measure-type = Forme d’entraide
field-measure-description = Description de l’assistance requise
field-measure-purpose = But dans lequel l’assistance est demandée
field-measure-relevance = Pertinence pour l’enquête ou la procédure

## Champs : taking-evidence

field-taking-evidence-examinee = Personne à entendre
field-taking-evidence-examinee-status = Qualité en laquelle la personne est entendue
field-taking-evidence-examinee-location = Lieu où se trouve la personne
field-taking-evidence-questions = Questions à poser
field-taking-evidence-sworn = Serment ou déclaration solennelle
field-taking-evidence-officials-present = Des représentants de l’État requérant demandent à être présents
field-taking-evidence-officials = Noms et fonctions des représentants qui seront présents
field-taking-evidence-recording = Modalités d’enregistrement de la déposition

## Champs : service-of-documents

field-service-of-documents-addressee = Destinataire de la signification
field-service-of-documents-address = Adresse de signification
field-service-of-documents-relationship = Lien avec la procédure
field-service-of-documents-documents = Actes à signifier
field-service-of-documents-manner = Mode de signification
field-service-of-documents-proof-of-service = Une preuve de la signification est requise
field-service-of-documents-appearance-date = Date de comparution

## Champs : search-seizure

field-search-seizure-place = Lieu à perquisitionner ou personne à fouiller
field-search-seizure-items = Objets à saisir
field-search-seizure-grounds = Motifs de croire que les objets s’y trouvent
field-search-seizure-lawful-in-requesting-state = La perquisition et la saisie pourraient être légalement ordonnées dans l’État requérant

## Champs : examining-objects-sites

field-examining-objects-sites-object-or-site = Objet ou lieu à examiner
field-examining-objects-sites-location = Emplacement
field-examining-objects-sites-examination = Examen à effectuer

## Champs : production-of-records

field-production-of-records-record-type = Type de documents
field-production-of-records-institution = Établissement détenteur des documents
field-production-of-records-institution-address = Adresse de l’établissement
field-production-of-records-accounts = Numéros de compte
field-production-of-records-account-holders = Titulaires des comptes
field-production-of-records-document-types = Types de pièces
field-production-of-records-period = Période concernée
field-production-of-records-certification = Certification ou authentification requise

## Champs : information-evidence

field-information-evidence-items = Informations ou pièces à conviction demandées
field-information-evidence-custodian = Personne ou organisme qui les détient
field-information-evidence-expert-evaluation = Une expertise est demandée

## Champs : videoconference

field-videoconference-witness = Personne à entendre
field-videoconference-datetime = Date et heure proposées
field-videoconference-technical-contact = Correspondant technique
field-videoconference-technical-email = Courriel du correspondant technique
field-videoconference-interpreter-language = Langue d’interprétation
field-videoconference-presiding-authority = Autorité qui conduit l’audition

## Champs : transfer-detained-person

field-transfer-detained-person-person = Personne détenue
field-transfer-detained-person-place-of-detention = Lieu de détention
field-transfer-detained-person-period = Durée du transfert
field-transfer-detained-person-custody-arrangements = Modalités de la garde
field-transfer-detained-person-return-date = Date du retour
field-transfer-detained-person-safe-conduct = Un sauf-conduit sera accordé

## Champs : voluntary-appearance

field-voluntary-appearance-person = Personne invitée à comparaître
field-voluntary-appearance-allowances = Indemnités et frais à verser
field-voluntary-appearance-safe-conduct = Un sauf-conduit sera accordé

## Champs : tracing-proceeds

field-tracing-proceeds-property = Produits, biens ou instruments à identifier ou à localiser
field-tracing-proceeds-holders = Détenteurs présumés
field-tracing-proceeds-estimated-value = Valeur estimée
field-tracing-proceeds-link-to-offence = Lien avec l’infraction

## Champs : freezing-seizure

field-freezing-seizure-property = Biens à geler ou à saisir
field-freezing-seizure-location = Emplacement des biens
field-freezing-seizure-value = Valeur
field-freezing-seizure-order-reference = Référence de la décision de gel ou de saisie
field-freezing-seizure-link-to-offence = Lien avec l’infraction
field-freezing-seizure-for-confiscation = Le gel ou la saisie est demandé en vue d’une confiscation

## Champs : confiscation

field-confiscation-order-court = Juridiction ayant rendu la décision de confiscation
field-confiscation-order-date = Date de la décision
field-confiscation-order-final = La décision de confiscation est définitive
field-confiscation-property = Biens à confisquer
field-confiscation-value = Valeur
field-confiscation-disposal = Disposition envisagée des biens confisqués

## Champs : transfer-of-proceedings

field-transfer-of-proceedings-reasons = Motifs du transfert
field-transfer-of-proceedings-file-transmitted = Le dossier de la procédure est transmis avec la demande
field-transfer-of-proceedings-suspect-location = Lieu où se trouve le suspect

## Champs : joint-investigation-team

field-joint-investigation-team-participants = Autorités participantes
field-joint-investigation-team-objectives = Objectifs de l’équipe
field-joint-investigation-team-period = Durée de fonctionnement

## Champs : controlled-delivery

field-controlled-delivery-goods = Envoi
field-controlled-delivery-route = Itinéraire prévu
field-controlled-delivery-dates = Dates prévues
field-controlled-delivery-contact = Correspondant opérationnel
field-controlled-delivery-contact-phone = Téléphone du correspondant

## Champs : stored-data-access

field-stored-data-access-identifiers = Identifiants
field-stored-data-access-data-categories = Catégories de données
field-stored-data-access-period = Période concernée
field-stored-data-access-custodian = Gardien des données
field-stored-data-access-preservation-reference = Référence de la demande de conservation
field-stored-data-access-delivery-format = Format de remise
field-stored-data-access-authentication = Authentification des données

## Champs : realtime-traffic

field-realtime-traffic-identifiers = Identifiants visés
field-realtime-traffic-start-date = Date de début
field-realtime-traffic-duration-days = Durée en jours
field-realtime-traffic-delivery = Modalités de transmission
field-realtime-traffic-domestic-authorisation = Décision nationale autorisant la collecte

## Champs : interception

field-interception-identifiers = Identifiants visés
field-interception-start-date = Date de début
field-interception-duration-days = Durée en jours
field-interception-delivery = Modalités de transmission
field-interception-domestic-authorisation = Décision nationale autorisant l’interception

## Mesures

measure-taking-evidence = Recueil de témoignages ou de dépositions
measure-service-of-documents = Signification d’actes judiciaires
measure-search-seizure = Perquisitions et saisies
measure-examining-objects-sites = Examen d’objets et visite de lieux
measure-production-of-records = Communication de documents et dossiers
measure-information-evidence = Fourniture d’informations, de pièces à conviction et d’estimations d’experts
measure-videoconference = Audition par vidéoconférence
measure-transfer-detained-person = Transfert temporaire d’une personne détenue
measure-voluntary-appearance = Facilitation de la comparution volontaire de personnes
measure-tracing-proceeds = Identification ou localisation de produits du crime, de biens ou d’instruments
measure-freezing-seizure = Gel ou saisie du produit du crime
measure-confiscation = Confiscation du produit du crime
measure-transfer-of-proceedings = Transfert des procédures pénales
measure-joint-investigation-team = Équipe commune d’enquête
measure-controlled-delivery = Livraison surveillée
measure-stored-data-access = Accès à des données informatiques stockées (Budapest, art. 31)
measure-realtime-traffic = Collecte en temps réel de données relatives au trafic (Budapest, art. 33)
measure-interception = Interception de données relatives au contenu (Budapest, art. 34)
measure-other-assistance = Tout autre type d’assistance compatible avec le droit de l’État requis

## Choix : language

choice-language-en = Anglais
choice-language-fr = Français
choice-language-es = Espagnol
choice-language-ru = Russe
choice-language-ar = Arabe
choice-language-zh = Chinois
choice-language-pt = Portugais
choice-language-de = Allemand
choice-language-it = Italien
choice-language-nl = Néerlandais
choice-language-pl = Polonais
choice-language-tr = Turc
choice-language-uk = Ukrainien
choice-language-fa = Persan
choice-language-ur = Ourdou
choice-language-hi = Hindi
choice-language-id = Indonésien
choice-language-sw = Swahili
choice-language-ja = Japonais
choice-language-ko = Coréen
choice-language-el = Grec
choice-language-ro = Roumain
choice-language-sr = Serbe
choice-language-sq = Albanais

## Choix : channel

choice-channel-central-authority = Autorité centrale
choice-channel-diplomatic = Voie diplomatique
choice-channel-interpol = INTERPOL
choice-channel-network-24-7 = Réseau 24/7 (Budapest, art. 35)
choice-channel-direct-judicial = Transmission directe entre autorités judiciaires
choice-channel-direct-provider = Directement au fournisseur de services

## Choix : request-status

choice-request-status-new = Nouvelle demande
choice-request-status-extension = Prolongation d’une demande antérieure
choice-request-status-follow-up-mla = Suite d’une demande d’entraide judiciaire antérieure
choice-request-status-follow-up-preservation = Suite d’une demande de conservation antérieure
choice-request-status-supplementary = Demande complémentaire

## Choix : proceedings-nature

choice-proceedings-nature-investigation = Enquête pénale
choice-proceedings-nature-prosecution = Poursuites
choice-proceedings-nature-trial = Jugement
choice-proceedings-nature-enforcement = Exécution d’une peine ou d’une décision

## Choix : penalty-kind

choice-penalty-kind-imprisonment = Emprisonnement
choice-penalty-kind-life-imprisonment = Emprisonnement à perpétuité
choice-penalty-kind-death = Peine de mort
choice-penalty-kind-fine = Amende
choice-penalty-kind-other = Autre peine

## Choix : person-role

choice-person-role-suspect = Suspect
choice-person-role-accused = Accusé
choice-person-role-person-sought = Personne réclamée
choice-person-role-witness = Témoin
choice-person-role-victim = Victime
choice-person-role-legal-entity = Personne morale
choice-person-role-account-holder = Titulaire du compte
choice-person-role-other = Autre

## Choix : id-document-type

choice-id-document-type-passport = Passeport
choice-id-document-type-national-id = Carte nationale d’identité
choice-id-document-type-residence-permit = Titre de séjour
choice-id-document-type-driving-licence = Permis de conduire
choice-id-document-type-other = Autre document

## Choix : legal-instrument

choice-legal-instrument-untoc = Convention des Nations Unies contre la criminalité transnationale organisée (2000)
choice-legal-instrument-uncac = Convention des Nations Unies contre la corruption (2003)
choice-legal-instrument-vienna1988 = Convention des Nations Unies contre le trafic illicite de stupéfiants et de substances psychotropes (1988)
choice-legal-instrument-budapest = Convention sur la cybercriminalité (Budapest, 2001)
choice-legal-instrument-sap = Deuxième Protocole additionnel à la Convention sur la cybercriminalité relatif au renforcement de la coopération et de la divulgation de preuves électroniques (2022)
choice-legal-instrument-uncc2024 = Convention des Nations Unies contre la cybercriminalité (2024)
choice-legal-instrument-terrorist-bombings = Convention internationale pour la répression des attentats terroristes à l’explosif (1997)
choice-legal-instrument-terrorist-financing = Convention internationale pour la répression du financement du terrorisme (1999)
choice-legal-instrument-nuclear-terrorism = Convention internationale pour la répression des actes de terrorisme nucléaire (2005)
choice-legal-instrument-bilateral = Traité bilatéral
choice-legal-instrument-domestic = Droit interne
choice-legal-instrument-reciprocity = Réciprocité

## Choix : measure

choice-measure-taking-evidence = Recueil de témoignages ou de dépositions
choice-measure-service-of-documents = Signification d’actes judiciaires
choice-measure-search-seizure = Perquisitions et saisies
choice-measure-examining-objects-sites = Examen d’objets et visite de lieux
choice-measure-production-of-records = Communication de documents et dossiers
choice-measure-information-evidence = Fourniture d’informations, de pièces à conviction et d’estimations d’experts
choice-measure-videoconference = Audition par vidéoconférence
choice-measure-transfer-detained-person = Transfert temporaire d’une personne détenue
choice-measure-voluntary-appearance = Facilitation de la comparution volontaire de personnes
choice-measure-tracing-proceeds = Identification ou localisation de produits du crime, de biens ou d’instruments
choice-measure-freezing-seizure = Gel ou saisie du produit du crime
choice-measure-confiscation = Confiscation du produit du crime
choice-measure-transfer-of-proceedings = Transfert des procédures pénales
choice-measure-joint-investigation-team = Équipe commune d’enquête
choice-measure-controlled-delivery = Livraison surveillée
choice-measure-stored-data-access = Accès à des données informatiques stockées (Budapest, art. 31)
choice-measure-realtime-traffic = Collecte en temps réel de données relatives au trafic (Budapest, art. 33)
choice-measure-interception = Interception de données relatives au contenu (Budapest, art. 34)
choice-measure-other-assistance = Tout autre type d’assistance compatible avec le droit de l’État requis

## Choix : examinee-status

choice-examinee-status-witness = Témoin
choice-examinee-status-suspect = Suspect
choice-examinee-status-expert = Expert
choice-examinee-status-victim = Victime

## Choix : sworn

choice-sworn-sworn = Déposition sous serment
choice-sworn-affirmed = Déclaration solennelle
choice-sworn-unsworn = Déposition sans prestation de serment
choice-sworn-requested-state-law = Selon ce que prévoit le droit de l’État requis

## Choix : record-type

choice-record-type-bank = Documents bancaires ou financiers
choice-record-type-business = Documents commerciaux ou de société
choice-record-type-government = Documents administratifs
choice-record-type-other = Autres documents

## Choix : identifier-type

choice-identifier-type-ip-address = Adresse IP
choice-identifier-type-email = Adresse électronique
choice-identifier-type-phone = Numéro de téléphone
choice-identifier-type-url = URL
choice-identifier-type-domain = Nom de domaine
choice-identifier-type-account = Nom de compte ou identifiant d’utilisateur
choice-identifier-type-imei = IMEI
choice-identifier-type-other = Autre identifiant

## Choix : data-category

choice-data-category-subscriber = Données relatives aux abonnés
choice-data-category-identification = Données permettant d’identifier l’utilisateur
choice-data-category-traffic = Données relatives au trafic
choice-data-category-content = Données relatives au contenu

## Choix : emergency-route

choice-emergency-route-sap-article-9 = Par l’intermédiaire du réseau 24/7 (Deuxième Protocole additionnel, art. 9)
choice-emergency-route-provider-direct = Directement au fournisseur de services

## Choix : provider-request-mode

# UNSURE: "Order for subscriber information" (Second Additional Protocol art. 7) rendered "injonction de produire des données relatives aux abonnés"; the French text of art. 7 may say "informations relatives aux abonnés" and use a different verb than "produire".
choice-provider-request-mode-sap-article-7-order = Injonction de produire des données relatives aux abonnés (Deuxième Protocole additionnel, art. 7)
choice-provider-request-mode-voluntary = Demande de divulgation volontaire

## Choix : extradition-posture

choice-extradition-posture-accused = Accusé, réclamé aux fins de poursuites
choice-extradition-posture-convicted = Déclaré coupable et condamné
choice-extradition-posture-convicted-in-absentia = Condamné par défaut
choice-extradition-posture-convicted-not-sentenced = Déclaré coupable, peine non encore prononcée

## Choix : earlier-kind

choice-earlier-kind-preservation = Demande de conservation rapide
choice-earlier-kind-mla = Demande d’entraide judiciaire
choice-earlier-kind-emergency-disclosure = Demande de divulgation en cas d’urgence
choice-earlier-kind-provider-request = Demande adressée à un fournisseur de services
choice-earlier-kind-provisional-arrest = Demande d’arrestation provisoire
choice-earlier-kind-extradition = Demande d’extradition

## Instruments

instrument-untoc = Convention des Nations Unies contre la criminalité transnationale organisée (2000)
instrument-uncac = Convention des Nations Unies contre la corruption (2003)
instrument-vienna1988 = Convention des Nations Unies contre le trafic illicite de stupéfiants et de substances psychotropes (1988)
instrument-budapest = Convention sur la cybercriminalité (Budapest, 2001)
instrument-sap = Deuxième Protocole additionnel à la Convention sur la cybercriminalité relatif au renforcement de la coopération et de la divulgation de preuves électroniques (2022)
instrument-uncc2024 = Convention des Nations Unies contre la cybercriminalité (2024)
instrument-terrorist-bombings = Convention internationale pour la répression des attentats terroristes à l’explosif (1997)
instrument-terrorist-financing = Convention internationale pour la répression du financement du terrorisme (1999)
instrument-nuclear-terrorism = Convention internationale pour la répression des actes de terrorisme nucléaire (2005)
instrument-bilateral = Traité bilatéral
instrument-domestic = Droit interne
instrument-reciprocity = Réciprocité
instrument-model-mla = Traité type d’entraide judiciaire en matière pénale (résolution 45/117 de l’Assemblée générale)
instrument-model-extradition = Traité type d’extradition (résolution 45/116 de l’Assemblée générale)
instrument-model-law-extradition = Loi type sur l’extradition de l’ONUDC (2004)
instrument-tcy-preservation = T-CY(2018)11, modèle de demande de conservation de données (Convention de Budapest, art. 29 et 30)
instrument-tcy-subscriber = T-CY(2018)10, modèle de demande d’entraide judiciaire portant sur des données relatives aux abonnés (Convention de Budapest, art. 31)
instrument-pcoc-mla = PC-OC(2015)09rev3, lignes directrices relatives au formulaire type de demande d’entraide (Conseil de l’Europe)
instrument-pcoc-extradition = PC-OC(2021)04rev, lignes directrices et modèle de demande d’extradition (Conseil de l’Europe)
instrument-pcoc-national = Procédures nationales d’entraide judiciaire en matière pénale (Conseil de l’Europe, PC-OC)
instrument-pilon = Manuel d’entraide judiciaire (Pacific Islands Law Officers’ Network, PILON)
instrument-us-hk-draft = Projet d’accord d’entraide judiciaire entre les États-Unis et Hong Kong (22 novembre 1988)
instrument-two-tier-model = Modèle bilatéral d’entraide judiciaire à deux niveaux (éléments « dans tous les cas » et « si possible »)
instrument-oas-form = Formulaire de demande d’entraide judiciaire (Organisation des États américains, Argentine)
instrument-sirius = SIRIUS EU Digital Evidence Situation Report (rapport sur la situation de la preuve numérique dans l’Union européenne)
instrument-doj-crm = Département de la Justice des États-Unis, Criminal Resource Manual (manuel de référence en matière pénale)
instrument-doj-beyond-borders = Département de la Justice des États-Unis, « Obtaining Data Beyond Borders » (l’obtention de données au-delà des frontières)
instrument-unodc-mla-tool = Outil de rédaction des requêtes d’entraide judiciaire de l’ONUDC (Mutual Legal Assistance Request Writer Tool, 2017)
instrument-eu-1543 = Règlement (UE) 2023/1543 relatif aux injonctions européennes de production et aux injonctions européennes de conservation concernant les preuves électroniques dans le cadre des procédures pénales
# UNSURE: "surrender of fugitive offenders" (Hong Kong's term for its extradition arrangements) rendered "remise des délinquants en fuite"; no official French version known.
instrument-hk-extradition = Accords de Hong Kong relatifs à la remise des délinquants en fuite
instrument-us-uk-extradition = Traité d’extradition entre les États-Unis d’Amérique et le Royaume-Uni
# UNSURE: "London Scheme for Extradition within the Commonwealth" has no official French title known; rendered descriptively, English short name kept.
instrument-london-scheme = Dispositif de Londres relatif à l’extradition au sein du Commonwealth (London Scheme)
instrument-adb-oecd = L’entraide judiciaire en Asie et dans le Pacifique : l’expérience de 31 juridictions (Mutual Legal Assistance in Asia and the Pacific: Experiences in 31 Jurisdictions, BAsD/OCDE, 2017)
instrument-requested-state-law = Droit et exigences de l’État requis
