## Constats : ce qui manque encore à une demande et pourquoi cela importe. La base
## juridique et le niveau de gravité sont affichés à côté de chaque message ; ni
## l’une ni l’autre n’y figure donc.
## $index est le numéro (à partir de 1) de l’élément de liste concerné.

## Généralités : la demande, les autorités, la base juridique

finding-missing-request-date = La demande n’est pas datée. Indiquez sa date d’émission : elle permet d’identifier la demande, et les délais comme les références ultérieures courent à partir de cette date.
finding-missing-request-reference = La demande ne comporte pas de numéro de référence. Indiquez la référence de votre affaire ou de votre dossier afin que les réponses, les rappels et les demandes ultérieures puissent être rattachés à la présente demande.
finding-missing-request-language = La langue de la demande n’est pas choisie. La demande et les pièces jointes doivent être rédigées dans une langue acceptable pour l’État requis ou être accompagnées d’une traduction dans une telle langue.
finding-language-not-accepted = La langue de la demande (« { $language } ») n’est pas acceptée par l’État requis ; langues acceptées : { $accepted_languages }. Traduisez la demande et les pièces jointes dans l’une de ces langues, faute de quoi elle risque d’être renvoyée sans avoir été exécutée.
finding-missing-channel = La voie de transmission n’est pas choisie. Indiquez comment la demande sera transmise (autorité centrale, voie diplomatique, INTERPOL, réseau 24/7…), car l’État requis peut n’accepter les demandes que par certaines voies.
finding-channel-not-accepted = L’État requis n’accepte pas les demandes transmises par la voie « { $channel } » ; voies acceptées : { $accepted_channels }. Une demande transmise autrement risque d’être retardée ou de ne pas être traitée ; choisissez donc l’une des voies acceptées.
finding-missing-requested-state = L’État requis n’est pas choisi. Choisissez l’État dont l’assistance est sollicitée (pour une demande adressée directement à un fournisseur, l’État où celui-ci est établi) : ses langues, ses voies de transmission et ses exigences s’appliquent.
finding-missing-receiving-authority = L’autorité destinataire dans l’État requis n’est pas désignée. Adressez la demande à l’autorité compétente (l’autorité centrale, ou le point de contact 24/7 pour la conservation et les situations d’urgence) afin d’éviter les retards dus à sa réexpédition.
finding-missing-requesting-authority = L’autorité requérante n’est pas désignée. L’État requis ou le fournisseur doit savoir de quelle autorité émane la demande, pour vérifier sa compétence et lui répondre.
finding-missing-requesting-authority-contact = Aucune adresse électronique ni aucun numéro de téléphone n’est indiqué pour l’autorité requérante. L’État requis ou le fournisseur doit pouvoir vous joindre rapidement pour vous poser des questions ou vous communiquer les résultats.
finding-missing-requesting-authority-time-zone = Le fuseau horaire de l’autorité requérante n’est pas indiqué. Avec les heures de bureau, il permet à votre interlocuteur de savoir quand vous joindre et comment interpréter les heures mentionnées dans la demande.
finding-missing-signatory = Le signataire n’est pas désigné. Indiquez le nom et la fonction de la personne qui signe la demande au nom de l’autorité requérante.
finding-missing-legal-basis = Aucune base juridique n’est indiquée. Désignez la convention ou le traité (ou le droit interne, ou la réciprocité) en vertu duquel l’entraide est demandée ; l’État requis vérifie d’abord quel instrument s’applique entre les deux États.
finding-missing-legal-basis-instrument = Base juridique { $index } : l’instrument n’est pas choisi. Choisissez la convention, le traité, le droit interne ou la réciprocité invoqués.
finding-missing-bilateral-treaty-title = Base juridique { $index } : le traité bilatéral n’est pas désigné. Indiquez son titre complet et sa date afin que l’État requis puisse identifier le traité en vigueur entre les deux États.
finding-urgency-without-reason = La demande est signalée comme urgente, mais les motifs de l’urgence ne sont pas indiqués. Expliquez-les (personne détenue, risque de perte ou de destruction de preuves, procès ou expiration imminente du délai de prescription) ; une urgence non justifiée obtient rarement un traitement prioritaire.
finding-requested-date-past = La date d’exécution demandée est déjà passée (nous sommes le { $today }). Fixez une date future réaliste ou supprimez-la.
finding-requested-date-without-reason = Une date d’exécution est demandée sans justification. Expliquez cette échéance (audience, durée maximale de la détention, délai de prescription) afin que l’État requis puisse en tenir compte.
finding-confidentiality-without-reason = La confidentialité est demandée sans justification. Expliquez pourquoi la demande et son exécution doivent rester confidentielles (par exemple, pour que le suspect ne soit pas alerté), afin que l’État requis puisse apprécier s’il est en mesure de s’y conformer et vous informer s’il ne l’est pas.
finding-missing-earlier-request = La présente demande fait suite à une demande antérieure ou la prolonge, mais celle-ci n’est pas mentionnée. Ajoutez sa date et sa référence afin que l’État requis puisse rattacher les deux demandes.
finding-missing-earlier-request-reference = Demande antérieure { $index } : la référence manque. Indiquez son numéro de référence (et celui attribué par l’État requis, s’il est connu) afin que les deux dossiers puissent être rattachés.

## Généralités : infractions, faits et personnes (plusieurs types de demande)

finding-missing-offence = Aucune infraction n’est mentionnée. Indiquez la ou les infractions concernées : sans elles, l’État requis ou le fournisseur ne peut vérifier les conditions légales de son intervention, telles que la double incrimination ou un seuil minimal de peine.
finding-missing-offence-name = Infraction { $index } : la dénomination de l’infraction manque. Désignez l’infraction telle qu’elle est nommée dans votre droit.
finding-missing-offence-provision = Infraction { $index } : la disposition légale n’est pas citée. Indiquez la loi et l’article qui définissent l’infraction, afin que l’autorité destinataire puisse l’identifier et vérifier les conditions légales de la mesure.
finding-missing-offence-text-of-law = Infraction { $index } : le texte de la loi n’est pas fourni. Citez la disposition qui crée l’infraction, afin que l’État requis puisse comparer les faits à son propre droit et apprécier la double incrimination.
finding-missing-offence-penalty = Infraction { $index } : la peine maximale n’est pas indiquée. Précisez la peine prévue par la loi : les seuils de peine (tels que le minimum requis pour qu’une infraction donne lieu à extradition) et la nécessité de garanties s’apprécient au regard de celle-ci.
finding-missing-summary-of-facts = Le résumé des faits pertinents manque. Indiquez qui a fait quoi, quand et où : l’État requis en a besoin pour constater que la demande porte sur une infraction et, le cas échéant, pour apprécier la double incrimination (seule une demande d’entraide judiciaire portant exclusivement sur la signification d’actes peut s’en dispenser).
finding-missing-person-identity = Personne { $index } : le nom de famille (pour une personne morale, sa dénomination) manque. Identifiez la personne aussi complètement que possible ; l’État requis ne peut agir à l’égard d’une personne, ou pour son compte, s’il ne peut l’identifier.
finding-missing-person-nationality = Personne { $index } : la nationalité n’est pas indiquée. Précisez-la si elle est connue : elle aide à identifier la personne et, en matière d’extradition, l’État requis doit savoir si la personne est l’un de ses ressortissants.
finding-missing-person-location = Personne { $index } : ni le lieu où elle se trouve ni son adresse ne sont indiqués. Précisez où la personne se trouve ou est censée se trouver ; à défaut, l’État requis ne peut pas la retrouver.

## Entraide judiciaire

finding-missing-proceedings-nature = La nature de la procédure n’est pas indiquée. Précisez si la demande s’inscrit dans une enquête, des poursuites, un procès ou l’exécution d’une peine, afin que l’État requis constate qu’il s’agit d’une affaire pénale et à quel stade elle se trouve.
finding-missing-conducting-authority = L’autorité chargée de l’enquête ou de la procédure n’est pas désignée. Désignez le procureur, le juge, la juridiction ou le service chargé de l’affaire, même s’il s’agit également de l’autorité requérante.
finding-missing-conducting-authority-functions = Les fonctions de l’autorité chargée de la procédure ne sont pas décrites. Expliquez son rôle et ses pouvoirs (par exemple, ministère public dirigeant l’enquête pénale), afin que l’État requis puisse constater qu’elle agit en matière pénale.
finding-missing-assistance-sought = Aucune mesure d’entraide n’est demandée. Ajoutez au moins une mesure décrivant ce qu’il est demandé à l’État requis de faire.
finding-missing-measure-description = Mesure { $index } : l’assistance requise n’est pas décrite. Décrivez précisément ce qu’il est demandé à l’État requis de faire.
finding-missing-measure-purpose = Mesure { $index } : le but n’est pas indiqué. Précisez dans quel but les éléments de preuve, les informations ou la mesure sont demandés ; l’État requis en a besoin pour exécuter la mesure, et les résultats ne pourront être utilisés qu’à cette fin.
finding-missing-measure-relevance = Mesure { $index } : la pertinence pour l’affaire n’est pas expliquée. Montrez le lien entre ce qui est demandé, l’infraction et les faits ; les demandes qui ne l’établissent pas sont souvent refusées comme trop larges ou purement exploratoires.
finding-missing-special-procedure-reason = Une procédure particulière est demandée sans justification. Expliquez pourquoi elle est nécessaire (par exemple, pour que les preuves soient recevables devant vos juridictions) ; l’État requis ne la suit que dans la mesure où son droit le permet.
finding-missing-use-limitation-undertaking = La demande ne comporte pas l’engagement de n’utiliser les éléments de preuve qu’aux fins de la procédure décrite. Envisagez de prendre cet engagement : les résultats ne peuvent être utilisés dans d’autres procédures sans le consentement de l’État requis, et certains États l’exigent expressément.
finding-missing-death-penalty-assurance-mla = Une infraction est passible de la peine de mort, mais aucune garantie n’est donnée. De nombreux États refusent l’entraide dans les affaires où la peine capitale est encourue, à moins d’obtenir la garantie que les éléments de preuve ne serviront pas à prononcer ou à exécuter la peine de mort ; indiquez la garantie que vous pouvez donner.

## Conservation de données informatiques stockées

finding-missing-data-to-preserve = Les données stockées à conserver ne sont pas décrites. Décrivez-les (nature, comptes, période) avec suffisamment de précision pour que l’État requis puisse en faire assurer la conservation.
finding-missing-data-relation = La demande n’indique pas le lien entre les données à conserver et l’infraction. Expliquez ce lien : il montre pourquoi ces données sont nécessaires et évite que la demande ne soit trop large.
finding-missing-custodian = Ni le gardien des données ni l’emplacement du système informatique ne sont indiqués. Communiquez toute information dont vous disposez sur la personne qui détient les données (par exemple, le fournisseur de services) ou sur l’emplacement du système ; à défaut, l’État requis ne peut pas cibler la mesure de conservation.
finding-missing-preservation-necessity = La demande n’explique pas pourquoi la conservation est nécessaire. Indiquez pourquoi les données risquent d’être perdues ou modifiées (par exemple, en raison de la courte durée de conservation pratiquée par le fournisseur) avant qu’une demande d’entraide judiciaire ne puisse être exécutée.
finding-missing-mla-undertaking = La demande n’indique pas qu’une demande d’entraide judiciaire suivra. La conservation n’est accordée que pour permettre ensuite la perquisition, la saisie ou la divulgation des données sur la base d’une telle demande ; confirmez votre intention de la présenter.
finding-missing-data-period = La période concernée par les données n’est pas indiquée. Précisez les dates de début et de fin : une période précise garantit la proportionnalité de la demande et permet au détenteur de retrouver les données avant l’expiration de leur durée de conservation.

## Divulgation en cas d’urgence (les constats relatifs au fournisseur et au Deuxième Protocole additionnel s’appliquent aussi aux demandes adressées aux fournisseurs)

finding-missing-emergency-route = La voie de la demande urgente n’est pas choisie. Choisissez entre une demande adressée au point de contact 24/7 de l’État requis en vertu du Deuxième Protocole additionnel et une demande urgente adressée directement au fournisseur de services ; le contenu exigé diffère.
finding-missing-emergency-facts = Les faits établissant la situation d’urgence manquent. Décrivez le risque important et imminent pour la vie ou la sécurité d’une personne physique ; à défaut, la demande ne peut être traitée comme urgente.
finding-missing-emergency-link = La demande n’explique pas le lien entre les données recherchées et la situation d’urgence. Montrez en quoi les données aideront à écarter le risque (par exemple, en permettant de localiser la victime ou d’identifier l’auteur) ; la divulgation en cas d’urgence dépend de ce lien.
finding-missing-24-7-contact = Aucun numéro de téléphone ni aucune adresse électronique permettant de joindre la partie requérante 24 h/24 n’est indiqué. En situation d’urgence, le point de contact 24/7 ou le fournisseur doit pouvoir vous joindre à toute heure pour clarifier la demande ou transmettre les données.
finding-missing-provider = Le fournisseur de services n’est pas désigné. Désignez le fournisseur qui a les données en sa possession ou sous son contrôle (la personne morale, et pas seulement le nom du service).
finding-missing-provider-address = L’adresse du fournisseur de services n’est pas indiquée. Une demande ou une injonction fondée sur le Deuxième Protocole additionnel doit indiquer le nom et l’adresse du fournisseur qui a les données en sa possession ou sous son contrôle.
finding-missing-sap-legal-basis = Le Deuxième Protocole additionnel à la Convention de Budapest ne figure pas parmi les bases juridiques. Une injonction ou une demande urgente fondée sur le Protocole doit indiquer qu’elle est émise en vertu de celui-ci ; ajoutez le Protocole aux bases juridiques ou choisissez une autre voie.
finding-missing-data-description = Les données recherchées ne sont pas décrites. Décrivez précisément les données dont vous avez besoin (pour une injonction, les données relatives aux abonnés précisément visées) ; les descriptions vagues ou trop larges sont un motif fréquent de refus.

## Demandes adressées aux fournisseurs de services

finding-missing-provider-request-mode = Le type de demande adressée au fournisseur n’est pas choisi. Choisissez entre une injonction de produire des données relatives aux abonnés en vertu du Deuxième Protocole additionnel et une demande de divulgation volontaire ; leurs effets juridiques et leur contenu obligatoire diffèrent.
finding-order-beyond-subscriber-information = Catégorie de données { $index } : il ne s’agit ni de données relatives aux abonnés ni de données permettant d’identifier l’utilisateur. Une injonction adressée directement à un fournisseur en vertu du Deuxième Protocole additionnel ne peut porter que sur des données relatives aux abonnés ; demandez les autres données par l’intermédiaire des autorités de l’État du fournisseur (production accélérée ou entraide judiciaire).
finding-voluntary-content-requested = Catégorie de données { $index } : des données relatives au contenu sont demandées par voie de divulgation volontaire. Les fournisseurs ne communiquent généralement le contenu qu’en vertu d’un acte de procédure de leur propre État ; attendez-vous à un refus et envisagez une demande de conservation suivie d’une demande d’entraide judiciaire.
finding-provider-does-not-disclose = D’après son profil, { $provider } ne divulgue pas sur demande volontaire les données de la catégorie « { $category } ». Retirez cette catégorie ou obtenez les données par la voie de l’entraide judiciaire, après conservation si nécessaire.
finding-missing-domestic-legal-ground = Le fondement juridique interne de l’injonction n’est pas indiqué. Citez la disposition de votre droit qui habilite l’autorité émettrice à ordonner la divulgation de données relatives aux abonnés.
finding-missing-time-frame = Le délai de réponse du fournisseur n’est pas indiqué. Précisez dans quel délai et selon quelles modalités les données relatives aux abonnés doivent être transmises, afin que le fournisseur sache ce qui est attendu de lui et que vous sachiez à partir de quand solliciter l’exécution forcée par l’intermédiaire de l’État du fournisseur.
finding-missing-simultaneous-notification = L’État du fournisseur exige la notification simultanée des injonctions adressées aux fournisseurs établis sur son territoire, et la demande ne confirme pas qu’elle a été effectuée. Transmettez l’injonction, les informations complémentaires et un résumé des faits à l’autorité désignée par cet État au moment de l’envoi de l’injonction, puis confirmez-le ici.

## Extradition

finding-missing-person-sought = Aucune personne n’est désignée comme personne réclamée. Ajoutez la personne dont l’extradition ou l’arrestation provisoire est demandée, avec un signalement aussi précis que possible.
finding-missing-person-description = Personne { $index } : la personne réclamée n’est pas décrite. Donnez un signalement aussi précis que possible (caractéristiques physiques, signes particuliers) afin que l’État requis puisse s’assurer que la personne arrêtée est bien la personne réclamée.
finding-missing-person-date-of-birth = Personne { $index } : la date de naissance n’est pas indiquée. Elle est indispensable pour établir l’identité de la personne réclamée et la distinguer de ses homonymes.
finding-missing-identification-material = Personne { $index } : aucune photographie, aucune empreinte digitale ni aucune pièce d’identité n’est fournie. De tels éléments sont généralement attendus pour établir l’identité de la personne réclamée ; joignez ceux dont vous disposez.
finding-missing-extradition-posture = La situation procédurale de la personne réclamée n’est pas choisie. Précisez si la personne est accusée, condamnée, condamnée par défaut, ou déclarée coupable mais pas encore condamnée à une peine ; les pièces justificatives requises en dépendent.
finding-missing-offence-time = Infraction { $index } : la date de commission n’est pas indiquée. Pour une personne accusée, la demande doit préciser quand les actes ou omissions allégués ont eu lieu ; l’État requis en a aussi besoin pour vérifier la prescription.
finding-missing-offence-place = Infraction { $index } : le lieu de commission n’est pas indiqué. Pour une personne accusée, la demande doit préciser où les actes ou omissions allégués ont eu lieu ; l’État requis en a aussi besoin pour vérifier la compétence.
finding-missing-warrant = Le mandat d’arrêt n’est pas identifié : l’autorité qui l’a délivré n’est pas indiquée. Pour une personne accusée, l’extradition exige un mandat d’arrêt délivré par un tribunal ou une autre autorité judiciaire compétente ; désignez cette autorité et joignez le mandat ou une copie certifiée conforme.
finding-missing-warrant-date = La date du mandat d’arrêt n’est pas indiquée. Indiquez la date de délivrance du mandat, telle qu’elle y figure.
finding-missing-judgment = Le jugement n’est pas identifié : la juridiction n’est pas indiquée. Pour une personne condamnée, l’extradition exige le jugement de condamnation ou une copie certifiée conforme ; désignez la juridiction et joignez le jugement.
finding-missing-judgment-date = La date du jugement n’est pas indiquée. Indiquez la date à laquelle le jugement de condamnation a été rendu.
finding-missing-enforceability-statement = La demande n’indique pas que la peine est exécutoire. Pour une personne condamnée, l’État requis doit pouvoir constater que la peine peut être exécutée ; ne le confirmez que si le jugement est exécutoire.
finding-missing-sentence-remaining = La partie de la peine restant à exécuter n’est pas indiquée. Précisez ce reliquat ; l’extradition aux fins d’exécution d’une peine exige généralement qu’une durée minimale de peine reste à purger.
finding-missing-retrial-statement = La demande n’indique pas les droits de la personne condamnée par défaut. Décrivez les moyens juridiques dont dispose la personne pour préparer sa défense ou obtenir que l’affaire soit rejugée ; à défaut, l’État requis peut refuser l’extradition.
finding-missing-sentence-statement = La demande n’indique pas qu’une peine sera prononcée. Pour une personne déclarée coupable mais pas encore condamnée à une peine, confirmez qu’une peine doit encore être prononcée et joignez le document attestant la déclaration de culpabilité.
finding-missing-death-penalty-assurance = Une infraction est passible de la peine de mort, mais aucune garantie n’est donnée. L’État requis peut refuser l’extradition à moins d’obtenir la garantie que la peine de mort ne sera pas prononcée ou, si elle l’est, qu’elle ne sera pas exécutée ; indiquez la garantie que donne l’autorité compétente.
finding-missing-speciality-undertaking = La demande ne comporte pas l’engagement de respecter le principe de spécialité. Confirmez que, sans le consentement de l’État requis, la personne ne sera ni poursuivie, ni condamnée, ni réextradée pour une infraction commise avant sa remise autre que celles pour lesquelles l’extradition est accordée.
finding-missing-limitation-provisions = Les règles de prescription ne sont pas indiquées. Citez les dispositions relatives à la prescription de l’action publique ou de la peine et tout acte qui l’a interrompue ; l’extradition est refusée si la personne est, en raison de la prescription, à l’abri de poursuites ou de l’exécution de la peine.
finding-missing-evidence-summary = Le résumé des éléments de preuve manque. L’État requis exige, à l’égard d’une personne accusée, des éléments de preuve établissant prima facie le bien-fondé des charges ; résumez les éléments de preuve montrant que la personne a commis l’infraction.

## Arrestation provisoire

finding-missing-extradition-undertaking = La demande n’indique pas qu’une demande d’extradition suivra. L’arrestation provisoire n’est accordée que dans l’attente de la demande formelle ; confirmez que celle-ci sera transmise dans le délai prévu, faute de quoi la personne pourra être remise en liberté.
finding-missing-warrant-statement = La demande n’indique pas l’existence d’un mandat d’arrêt ou d’un jugement. Identifiez le mandat ou le jugement sur lequel se fonde la demande (autorité, date, référence) ; l’arrestation provisoire n’est accordée que sur cette base.

## Mesures d’entraide

finding-missing-examinee = Mesure { $index } : la personne à entendre n’est pas désignée. Identifiez le témoin, le suspect, l’expert ou la victime dont la déposition est demandée.
finding-missing-examinee-location = Mesure { $index } : le lieu où se trouve la personne à entendre n’est pas indiqué. Indiquez une adresse ou tout autre renseignement permettant de la retrouver dans l’État requis.
finding-missing-examinee-status = Mesure { $index } : la qualité de la personne à entendre n’est pas indiquée. Précisez si elle doit être entendue comme témoin, suspect, expert ou victime ; les droits et avertissements à lui notifier en dépendent.
finding-missing-questions = Mesure { $index } : aucune question n’est indiquée. Indiquez les questions à poser à la personne, afin que l’autorité chargée de l’audition couvre tout ce dont vous avez besoin.
finding-missing-sworn-indication = Mesure { $index } : il n’est pas précisé si la déposition doit être faite sous serment ou sous forme de déclaration solennelle. Précisez-le si vos juridictions l’exigent pour que la preuve soit recevable.
finding-missing-officials-names = Mesure { $index } : des représentants de l’État requérant doivent être présents, mais ils ne sont pas désignés. Indiquez leurs noms et fonctions afin que l’État requis puisse autoriser leur présence.
finding-missing-service-addressee = Mesure { $index } : le destinataire de la signification n’est pas désigné. Indiquez le nom du destinataire des actes.
finding-missing-service-address = Mesure { $index } : l’adresse du destinataire de la signification n’est pas indiquée. Sans elle, les actes ne peuvent pas être signifiés.
finding-missing-service-documents = Mesure { $index } : les actes à signifier ne sont pas énumérés. Énumérez chaque acte (intitulé, date) afin que la signification puisse être effectuée et prouvée.
finding-missing-service-manner = Mesure { $index } : le mode de signification n’est pas indiqué. Précisez si une modalité particulière est nécessaire (par exemple, la remise en main propre) et si une preuve de la signification est requise.
finding-missing-search-place = Mesure { $index } : le lieu à perquisitionner ou la personne à fouiller n’est pas décrit. Décrivez-le précisément (adresse, locaux, véhicule) ; une perquisition ne peut être ordonnée sur la base d’une description vague.
finding-missing-seizure-items = Mesure { $index } : les objets à saisir ne sont pas décrits. Décrivez précisément les objets ou catégories d’objets recherchés.
finding-missing-search-grounds = Mesure { $index } : les motifs de croire que les objets se trouvent dans le lieu à perquisitionner ne sont pas indiqués. Exposez-les ; les autorités de l’État requis en ont généralement besoin pour ordonner la perquisition.
finding-missing-seizure-lawfulness = Mesure { $index } : la demande n’indique pas que la perquisition et la saisie pourraient légalement être effectuées dans l’État requérant. Certains États exigent cette déclaration ; ne la faites que si elle est exacte.
finding-missing-object-or-site = Mesure { $index } : l’objet ou le lieu à examiner n’est pas décrit. Décrivez ce qui doit être examiné et de quelle manière.
finding-missing-object-location = Mesure { $index } : l’emplacement de l’objet ou du lieu n’est pas indiqué. Précisez où il se trouve dans l’État requis.
finding-missing-records-institution = Mesure { $index } : l’établissement qui détient les documents n’est pas désigné. Indiquez la banque, la société ou l’autorité qui les détient.
finding-missing-bank-accounts = Mesure { $index } : ni numéro de compte ni titulaire de compte ne sont indiqués. Indiquez au moins l’un ou l’autre ; une banque ne peut effectuer de recherches dans ses dossiers que par compte ou par titulaire.
finding-missing-records-period = Mesure { $index } : la période couverte par les documents n’est pas indiquée. Précisez les dates de début et de fin ; les demandes de documents sans limite dans le temps sont souvent refusées comme trop larges.
finding-missing-document-types = Mesure { $index } : les types de documents ne sont pas précisés. Indiquez les pièces nécessaires (par exemple, documents d’ouverture de compte, relevés, spécimens de signature).
finding-missing-records-certification = Mesure { $index } : aucune certification des documents n’est demandée. Si vos juridictions exigent des documents authentifiés (par exemple, un certificat d’authenticité des documents commerciaux), précisez la certification requise.
finding-missing-information-items = Mesure { $index } : les informations ou pièces à conviction demandées ne sont pas décrites. Décrivez-les précisément.
finding-missing-videoconference-witness = Mesure { $index } : la personne à entendre par vidéoconférence n’est pas désignée. Identifiez le témoin ou l’expert à entendre.
finding-missing-videoconference-datetime = Mesure { $index } : aucune date ni heure n’est proposée pour l’audition. Proposez-les en précisant le fuseau horaire, afin que les deux parties puissent prévoir les salles, le matériel et les interprètes.
finding-missing-videoconference-technical-contact = Mesure { $index } : aucun correspondant technique n’est indiqué pour la vidéoconférence. Indiquez une personne ou une adresse électronique pour tester la connexion avant l’audition.
finding-missing-interpreter-language = Mesure { $index } : la langue d’interprétation n’est pas indiquée. Précisez si un interprète est nécessaire et pour quelle langue.
finding-missing-transfer-person = Mesure { $index } : la personne détenue à transférer n’est pas désignée. Identifiez la personne détenue dont le transfert temporaire est demandé.
finding-missing-place-of-detention = Mesure { $index } : le lieu de détention n’est pas indiqué. Précisez où la personne est détenue.
finding-missing-return-date = Mesure { $index } : aucune date de retour n’est indiquée. La personne transférée doit être renvoyée sous garde dans l’État à partir duquel elle a été transférée ; précisez à quelle date.
finding-missing-safe-conduct = Mesure { $index } : le sauf-conduit n’est pas confirmé. Envisagez de vous engager à ce que la personne ne soit ni poursuivie, ni punie, ni soumise à aucune autre restriction de sa liberté pour des actes, omissions ou condamnations antérieurs au transfert, au-delà de la garde qu’exige le transfert lui-même.
finding-missing-appearance-person = Mesure { $index } : la personne invitée à comparaître n’est pas désignée. Identifiez la personne dont la comparution volontaire dans l’État requérant est sollicitée.
finding-missing-allowances = Mesure { $index } : les indemnités et frais ne sont pas indiqués. Précisez quels frais de voyage et de séjour seront pris en charge ; la personne doit le savoir avant d’accepter de comparaître.
finding-missing-property = Mesure { $index } : les biens ne sont pas décrits. Décrivez aussi précisément que possible les produits, biens ou instruments concernés (nature, emplacement, détenteur, valeur).
finding-missing-property-link = Mesure { $index } : le lien entre les biens et l’infraction n’est pas expliqué. Montrez en quoi les biens constituent le produit ou les instruments de l’infraction ; à défaut, l’État requis ne peut prendre aucune mesure à leur égard.
finding-missing-property-location = Mesure { $index } : l’emplacement des biens n’est pas indiqué. Précisez où ils se trouvent (banque et compte, adresse, registre).
finding-missing-freezing-order = Mesure { $index } : aucune décision nationale de gel ou de saisie n’est mentionnée. S’il en existe une, indiquez sa référence et joignez-la ; de nombreux États agissent plus volontiers sur la base d’une décision étrangère.
finding-missing-confiscation-order = Mesure { $index } : la décision de confiscation n’est pas identifiée. Désignez la juridiction qui l’a rendue et joignez la décision ; l’État requis donne effet à une décision, non à une simple demande.
finding-missing-transfer-reasons = Mesure { $index } : les motifs du transfert de la procédure ne sont pas indiqués. Expliquez pourquoi l’État requis est mieux placé pour engager les poursuites (par exemple, en raison de la nationalité ou de la résidence du suspect, ou du lieu où se trouvent les preuves).
finding-missing-jit-participants = Mesure { $index } : les participants à l’équipe commune d’enquête ne sont pas indiqués. Désignez les États et les autorités qui y prendraient part.
finding-missing-jit-objectives = Mesure { $index } : les objectifs de l’équipe commune d’enquête ne sont pas indiqués. Précisez l’objet et la portée de l’enquête conjointe.
finding-missing-delivery-goods = Mesure { $index } : les marchandises faisant l’objet de la livraison surveillée ne sont pas décrites. Décrivez l’envoi (nature, quantité, conditionnement).
finding-missing-delivery-route = Mesure { $index } : l’itinéraire de la livraison surveillée n’est pas indiqué. Décrivez l’itinéraire prévu, les points de transit et les moyens de transport.
finding-missing-data-categories = Mesure { $index } : les catégories de données ne sont pas choisies. Précisez si des données relatives aux abonnés, des données relatives au trafic ou des données relatives au contenu sont recherchées ; les conditions légales diffèrent pour chacune d’elles.
finding-missing-preservation-reference = Mesure { $index } : aucune demande de conservation antérieure n’est mentionnée. Si les données ont été conservées, indiquez la référence de la demande de conservation afin que la présente demande soit rattachée aux données conservées avant l’expiration de la conservation.
finding-missing-collection-period = Mesure { $index } : ni date de début ni durée ne sont indiquées pour la collecte. Précisez quand elle doit commencer et pour combien de temps ; les mesures en temps réel ne sont autorisées que pour une durée limitée.
finding-missing-domestic-authorisation = Mesure { $index } : aucune autorisation nationale n’est jointe. Si votre droit en exige une, joignez la décision du juge ou de toute autre autorité compétente autorisant la mesure ; l’État requis peut la demander.

## Identifiants des preuves électroniques

finding-missing-identifiers = Aucun identifiant n’est indiqué. Énumérez les comptes, adresses électroniques, numéros de téléphone, adresses IP (avec la date et l’heure) ou autres identifiants concernés ; sans eux, les données ou les communications ne peuvent être localisées.
finding-missing-identifier-value = Identifiant { $index } : la valeur manque. Saisissez le compte, l’adresse, le numéro ou l’autre identifiant exactement tel qu’il figure dans les éléments de preuve.
finding-ip-without-timestamp = Identifiant { $index } : l’adresse IP n’est pas accompagnée d’une date et d’une heure. Les adresses IP sont partagées et réattribuées, de sorte que l’utilisateur ne peut être identifié qu’à un instant précis ; indiquez la date et l’heure avec leur décalage par rapport à UTC.
finding-ip-without-port = Identifiant { $index } : l’adresse IP n’est pas accompagnée du port source. Lorsque de nombreux utilisateurs partagent une même adresse, le fournisseur ne peut identifier l’utilisateur qu’au moyen du port ; indiquez-le s’il figure dans vos relevés.

## Formats des valeurs saisies

finding-invalid-date = « { $value } » n’est pas une date valide. Saisissez les dates sous la forme YYYY-MM-DD (année-mois-jour).
finding-invalid-datetime = « { $value } » n’est pas une date et heure valide. Saisissez-la avec un décalage par rapport à UTC, par exemple 2026-03-01T14:05:09+01:00.
finding-datetime-without-zone = « { $value } » ne comporte ni décalage par rapport à UTC ni fuseau horaire et ne désigne donc pas un instant précis : le fournisseur ne peut pas déterminer qui utilisait une adresse IP à ce moment-là. Saisissez-la sous la forme 2026-03-01T14:05:09+01:00.
finding-invalid-time-zone = « { $value } » n’est pas un fuseau horaire reconnu. Indiquez un décalage par rapport à UTC, tel que UTC+02:00, ou un nom de fuseau, tel que Europe/Paris.
finding-invalid-country = « { $value } » n’est pas un code de pays. Utilisez le code ISO 3166 à deux lettres, en majuscules, par exemple FR.
finding-invalid-language = « { $value } » n’est pas un code de langue connu. Utilisez le code ISO 639-1 à deux lettres, en minuscules, par exemple en, fr ou ar.
finding-invalid-email = « { $value } » n’est pas une adresse électronique valide. Vérifiez-la : les réponses et les données y seront envoyées.
finding-invalid-url = « { $value } » n’est pas une adresse web valide. Saisissez l’adresse complète, y compris https://.
finding-invalid-phone = « { $value } » ne semble pas être un numéro de téléphone. Saisissez-le au format international, avec l’indicatif du pays, par exemple +33 1 23 45 67 89.
finding-invalid-ip-address = « { $value } » n’est pas une adresse IPv4 ou IPv6 valide. Recopiez-la exactement à partir des relevés : un identifiant erroné désigne un autre abonné ou ne correspond à aucune donnée.
finding-invalid-port = Le numéro de port n’est pas valide. Un port est un nombre entier compris entre 0 et 65535.
finding-invalid-domain = « { $value } » n’est pas un nom de domaine valide. Saisissez-le sans le protocole ni le chemin, par exemple example.org.
finding-invalid-amount = « { $value } » n’est pas un montant valide. Saisissez uniquement des chiffres, avec le cas échéant un point (et non une virgule) comme séparateur décimal, sans espace, séparateur de milliers ni symbole monétaire, par exemple 125000.50.
finding-invalid-currency = « { $value } » n’est pas un code de devise. Utilisez le code ISO 4217 à trois lettres, en majuscules, par exemple EUR ou USD.
finding-invalid-choice = « { $value } » ne fait pas partie des valeurs autorisées pour ce champ. Choisissez une valeur dans la liste.
finding-date-range-reversed = La période se termine avant d’avoir commencé. Vérifiez les deux dates : une période inversée ne couvre aucune donnée.

## Profils de pays

finding-no-country-profile = Rogatory ne dispose d’aucun profil pour le pays « { $country } » ; les langues et voies de transmission qu’il accepte et ses exigences particulières ne peuvent donc pas être vérifiées. Consultez les procédures nationales publiées par l’État requis avant l’envoi.
finding-xa-seizure-lawfulness-statement = Mesure { $index } : l’État requis (profil d’exemple XA) n’exécute une perquisition et saisie que si la demande indique que la mesure pourrait légalement être exécutée dans l’État requérant. Faites cette déclaration si elle est exacte.

## Ajoutés avec les contrôles croisés entre champs et les contrôles relatifs aux États parties

finding-requested-date-before-request = La date avant laquelle l’exécution est demandée est antérieure à la date de la demande elle-même. Vérifiez les deux dates.
finding-document-dated-after-request = Le mandat ou le jugement porte une date postérieure à celle de la demande. Vérifiez cette date : la demande ne peut se fonder que sur une décision déjà existante.
finding-unconfirmed-instrument-cited = Les numéros d’articles de la Convention des Nations Unies contre la cybercriminalité (2024) n’ont pas été vérifiés dans cet outil au regard du texte officiel. Vérifiez chaque article que vous citez au regard du texte faisant foi, ainsi que l’état de la Convention à l’égard de l’État requis.
finding-order-identification-data = Catégorie de données { $index } : la demande porte sur des données permettant d’identifier l’utilisateur (telles que des adresses IP avec les ports et l’horodatage). Vérifiez si l’État requis les considère comme des données relatives aux abonnés au sens du Deuxième Protocole additionnel ; dans la négative, demandez-les par l’intermédiaire des autorités de cet État.
finding-requested-state-not-party = D’après son profil, l’État requis n’est pas partie à l’instrument suivant : { $instrument }. Invoquez un instrument en vigueur entre les deux États, un traité bilatéral ou la réciprocité.
finding-unsupported-characters = Ce texte contient des caractères que les polices fournies avec Rogatory ne permettent pas d’imprimer : { $chars }. Remplacez-les (par exemple par le caractère courant le plus proche) ; à défaut, ils apparaîtraient dans la demande sous forme de cases vides.
