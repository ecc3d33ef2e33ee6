## Le document de demande : formules types encadrant le texte rédigé par l’agent.
## Les termes juridiques suivent les conventions des Nations Unies.

doc-title-mla = Demande d’entraide judiciaire en matière pénale
doc-title-preservation = Demande de conservation rapide de données informatiques stockées
# UNSURE: "emergency" rendered "situation d'urgence" after the definition in art. 3 of the Second Additional Protocol; check against the French text of art. 9 ("divulgation accélérée ... en situation d'urgence").
doc-title-emergency-disclosure = Demande de divulgation de données informatiques stockées en situation d’urgence
doc-title-provider-request = Demande de divulgation de données relatives aux abonnés
doc-title-extradition = Demande d’extradition
doc-title-provisional-arrest = Demande d’arrestation provisoire en vue d’extradition

doc-opening-mla =
    { $has_bases ->
        [yes] L’autorité requérante ({ $authority }) adresse aux autorités compétentes de l’État requis la présente demande d’entraide judiciaire en matière pénale, fondée sur : { $bases }. Elle les prie de bien vouloir l’exécuter conformément au droit interne de l’État requis et, dans la mesure où ce droit le permet, selon les procédures décrites ci-après.
       *[other] L’autorité requérante ({ $authority }) adresse aux autorités compétentes de l’État requis la présente demande d’entraide judiciaire en matière pénale et les prie de bien vouloir l’exécuter conformément au droit interne de l’État requis et, dans la mesure où ce droit le permet, selon les procédures décrites ci-après.
    }
# UNSURE: "search or similar access, seizure or similar securing, or disclosure" (Budapest Convention, art. 29, para. 1) rendered "perquisition ou accès par un moyen similaire, saisie ou obtention par un moyen similaire, ou divulgation", recalled from the French text, not verified.
doc-opening-preservation =
    { $has_bases ->
        [yes] L’autorité requérante ({ $authority }) demande la conservation rapide des données informatiques stockées décrites ci-après, dans l’attente d’une demande d’entraide en vue de la perquisition ou de l’accès par un moyen similaire, de la saisie ou de l’obtention par un moyen similaire, ou de la divulgation de ces données. La présente demande est fondée sur : { $bases }.
       *[other] L’autorité requérante ({ $authority }) demande la conservation rapide des données informatiques stockées décrites ci-après, dans l’attente d’une demande d’entraide en vue de la perquisition ou de l’accès par un moyen similaire, de la saisie ou de l’obtention par un moyen similaire, ou de la divulgation de ces données.
    }
doc-opening-emergency-disclosure =
    { $has_bases ->
        [yes] L’autorité requérante ({ $authority }) demande la divulgation accélérée des données informatiques stockées décrites ci-après, en raison d’un risque important et imminent pour la vie ou la sécurité d’une personne physique. La présente demande est fondée sur : { $bases }.
       *[other] L’autorité requérante ({ $authority }) demande la divulgation accélérée des données informatiques stockées décrites ci-après, en raison d’un risque important et imminent pour la vie ou la sécurité d’une personne physique.
    }
doc-opening-provider-request =
    { $has_bases ->
        [yes] L’autorité requérante ({ $authority }) demande la divulgation des données relatives aux abonnés décrites ci-après, qui sont nécessaires à une enquête ou à une procédure pénale spécifique et ne seront utilisées qu’aux fins de celle-ci. La présente demande est fondée sur : { $bases }.
       *[other] L’autorité requérante ({ $authority }) demande la divulgation des données relatives aux abonnés décrites ci-après, qui sont nécessaires à une enquête ou à une procédure pénale spécifique et ne seront utilisées qu’aux fins de celle-ci.
    }
doc-opening-extradition =
    { $has_bases ->
        [yes] L’autorité requérante ({ $authority }) demande l’extradition de la personne réclamée, décrite ci-après, et transmet les pièces et renseignements exigés par les instruments applicables. La présente demande est fondée sur : { $bases }.
       *[other] L’autorité requérante ({ $authority }) demande l’extradition de la personne réclamée, décrite ci-après, et transmet les pièces et renseignements requis.
    }
doc-opening-provisional-arrest =
    { $has_bases ->
        [yes] L’autorité requérante ({ $authority }) demande d’urgence l’arrestation provisoire de la personne réclamée, décrite ci-après, dans l’attente de la présentation de la demande d’extradition. La présente demande est fondée sur : { $bases }.
       *[other] L’autorité requérante ({ $authority }) demande d’urgence l’arrestation provisoire de la personne réclamée, décrite ci-après, dans l’attente de la présentation de la demande d’extradition.
    }

doc-heading-legal-basis = Base juridique
doc-heading-proceedings = Autorité chargée de la procédure et nature de celle-ci
doc-heading-offences = Infractions et droit applicable
doc-heading-facts = Résumé des faits
doc-heading-persons = Personnes concernées
doc-heading-assistance = Assistance requise
doc-heading-special-procedures = Procédures particulières demandées
doc-heading-urgency = Urgence et délais
doc-heading-confidentiality = Confidentialité
doc-heading-undertakings = Engagements
doc-heading-assurances = Garanties
doc-heading-earlier-requests = Demandes antérieures
doc-heading-contact = Coordonnées pour l’exécution de la présente demande
doc-heading-annexes = Annexes
# UNSURE: "custodian of the data" (Budapest Convention, art. 29, para. 2) rendered "gardien des données", as in catalog.ftl; not verified against the French text.
doc-heading-custodian = Gardien des données
doc-heading-data-to-preserve = Données à conserver
doc-heading-emergency = Situation d’urgence
doc-heading-provider = Fournisseur de services
doc-heading-data-sought = Données demandées
doc-heading-person-sought = Personne réclamée
doc-heading-extradition-documents = Mandat d’arrêt, jugement et pièces à l’appui
doc-heading-provisional-arrest = Arrestation provisoire

doc-intro-undertakings = L’État requérant prend les engagements suivants :
doc-intro-assurances = L’État requérant donne les garanties suivantes :

doc-item-legal-basis = Instrument { $index } : { $name }
doc-item-offence = Infraction { $index } : { $name }
doc-item-person = Personne { $index } : { $name }
doc-item-annex = Annexe { $index } : { $name }
doc-item-earlier-request = Demande antérieure { $index } : { $name }
doc-item-measure = { $index }. { $measure }

doc-addressee = Destinataire : { $addressee }
doc-date = { $date }
doc-place-date = { $place }, le { $date }
doc-our-reference = Notre référence : { $reference }
doc-closing = L’autorité requérante se tient à la disposition des autorités de l’État requis pour tout renseignement complémentaire qui leur serait nécessaire à l’exécution de la présente demande et les remercie de leur coopération.
doc-confidential = CONFIDENTIEL
doc-draft = PROJET
doc-page = Page { $page } sur { $pages }
doc-yes = Oui
doc-no = Non
doc-range = du { $from } au { $to }
doc-port = port { $port }
doc-list-semicolon = {" ; "}

# A draft that does not yet name the requesting authority.
doc-missing-authority = [autorité requérante]

## A request for additional information about a request received (register).
doc-title-additional-information = Demande d’informations complémentaires
doc-additional-information-opening = Nous nous référons à votre { $kind } du { $date }, référence { $reference }, que nous avons reçue.
doc-additional-information-basis-untoc = En application du paragraphe 16 de l’article 18 de la Convention des Nations Unies contre la criminalité transnationale organisée, nous vous prions de nous communiquer les informations complémentaires suivantes, nécessaires à l’exécution de votre demande :
doc-additional-information-basis = Afin de pouvoir exécuter votre demande, nous vous prions de nous communiquer les informations complémentaires suivantes :
doc-additional-information-closing = Nous poursuivrons le traitement de votre demande dès réception de ces informations. Nous vous prions de rappeler notre référence dans votre réponse.
doc-their-reference = Votre référence : { $reference }
