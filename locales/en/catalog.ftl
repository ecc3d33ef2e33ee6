### The catalog: names of request kinds, wizard steps, form fields, forms of
### assistance, choice values and legal instruments (templates/*.toml).

## Kinds

kind-mla = Mutual legal assistance request
kind-mla-help = Ask another State to obtain evidence or take another measure for your investigation, prosecution or trial, such as taking statements, producing records, search and seizure or freezing proceeds of crime (UNTOC art. 18, UNCAC art. 46).
kind-preservation = Expedited preservation request
kind-preservation-help = Ask another State to freeze stored computer data quickly, before it is deleted, while you prepare the mutual legal assistance request that must follow (Budapest Convention art. 29).
kind-emergency-disclosure = Emergency disclosure request
kind-emergency-disclosure-help = Obtain stored computer data at once where there is a significant and imminent risk to the life or safety of a person, through the 24/7 network (Second Additional Protocol art. 9) or directly from a service provider that accepts emergency requests.
kind-provider-request = Request to a service provider
kind-provider-request-help = Ask a service provider in another State directly for data, by an order for subscriber information (Second Additional Protocol art. 7) or by a request for voluntary disclosure of non-content data.
kind-extradition = Extradition request
kind-extradition-help = Ask another State to surrender a person sought for prosecution or for the imposition or enforcement of a sentence (Model Treaty on Extradition art. 5, UNTOC art. 16).
kind-provisional-arrest = Provisional arrest request
kind-provisional-arrest-help = In an urgent case, ask another State to arrest the person sought before the extradition request reaches it, undertaking to send that request within the time allowed (Model Treaty on Extradition art. 9, UNTOC art. 16(9)).

## Sections

section-request = Request details
section-requesting-authority = Requesting authority
section-requested-state = Requested State
section-provider = Service provider
section-legal-bases = Legal basis
section-proceedings = Investigation or proceedings
section-offences = Offences
section-facts = Summary of facts
section-persons = Persons concerned
section-measures = Assistance requested
section-special-procedures = Special procedures
section-urgency = Urgency
section-confidentiality = Confidentiality
section-undertakings = Undertakings and assurances
section-earlier-requests = Earlier requests
section-annexes = Annexes
section-signatory = Signature
section-preservation = Data to be preserved
section-emergency = Emergency
section-provider-request = Order or request to the provider
section-extradition = Extradition details
section-provisional-arrest = Provisional arrest details

## Fields: request

field-request-date = Date of the request
field-request-reference = Reference number
field-request-language = Language of the request
field-request-status = Request status
field-request-channel = Channel of transmission

## Fields: requesting-authority

field-requesting-authority-name = Name of the authority
field-requesting-authority-address = Address
field-requesting-authority-person = Person in charge
field-requesting-authority-function = Function
field-requesting-authority-phone = Telephone
field-requesting-authority-mobile = Mobile telephone
field-requesting-authority-email = E-mail
field-requesting-authority-office-hours = Office hours
field-requesting-authority-time-zone = Time zone

## Fields: requested-state

field-requested-state-country = State
field-requested-state-authority = Receiving authority
field-requested-state-address = Address
field-requested-state-email = E-mail
field-requested-state-phone = Telephone

## Fields: provider

field-provider-profile = Provider profile
field-provider-name = Name of the service provider
field-provider-address = Address
field-provider-country = Country
field-provider-email = E-mail
field-provider-portal = Law enforcement request portal

## Fields: proceedings

field-proceedings-conducting-authority = Authority conducting the investigation or proceedings
field-proceedings-conducting-authority-functions = Functions of that authority
field-proceedings-case-numbers = Case numbers
field-proceedings-nature = Nature of the proceedings
field-proceedings-stage = Stage of the proceedings

## Fields: facts

field-facts-summary = Summary of the relevant facts
field-facts-evidence = Evidence obtained so far

## Fields: special-procedures

field-special-procedures-description = Procedure or formality to be followed
field-special-procedures-reason = Reasons for the procedure

## Fields: urgency

field-urgency-urgent = This request is urgent
field-urgency-reason = Reasons for urgency
field-urgency-requested-date = Date by which execution is requested

## Fields: confidentiality

field-confidentiality-required = The requested State is asked to keep the fact and substance of the request confidential, except as needed to execute it
field-confidentiality-reason = Reasons for confidentiality
field-confidentiality-no-user-notification = The user or account holder must not be informed of the request

## Fields: undertakings

field-undertakings-use-limitation = Undertaking not to use the information or evidence for proceedings other than those stated in the request without prior consent
field-undertakings-confidentiality = Undertaking to keep the information and evidence received confidential where the requested State so requires
field-undertakings-costs = Undertaking to bear costs of an extraordinary nature on terms agreed with the requested State
field-undertakings-reciprocity = Assurance of reciprocity in a similar case
field-undertakings-return-of-items = Undertaking to return the items and original documents provided once they are no longer needed
field-undertakings-speciality = Undertaking to respect the rule of speciality
field-undertakings-no-reextradition = Undertaking not to re-extradite the person to a third State without the consent of the requested State
field-undertakings-death-penalty = Assurance concerning the death penalty
field-undertakings-fair-trial = Assurances on fair trial and conditions of detention
field-undertakings-other = Other undertakings or assurances

## Fields: signatory

field-signatory-name = Name of the signatory
field-signatory-function = Function
field-signatory-place = Place of signature

## Fields: preservation

field-preservation-data-description = Stored computer data to be preserved
field-preservation-data-categories = Categories of data
field-preservation-identifiers = Identifiers
field-preservation-period = Period covered
field-preservation-relation-to-offence = Relationship of the data to the offence
field-preservation-system-location = Custodian of the data or location of the computer system
field-preservation-necessity = Why preservation is necessary
field-preservation-mla-will-follow = A request for mutual assistance will follow to search, seize or disclose the data
field-preservation-expedited-disclosure = Expedited disclosure of preserved traffic data is requested to identify any service provider in another State involved in the transmission (Budapest Convention art. 30)

## Fields: emergency

field-emergency-route = Route of the request
field-emergency-risk-facts = Facts showing a significant and imminent risk to the life or safety of a person
field-emergency-link-to-data = How the data relate to the emergency
field-emergency-data-description = Description of the data sought
field-emergency-data-categories = Categories of data
field-emergency-identifiers = Identifiers
field-emergency-period = Period covered
field-emergency-contact-name = Contact person available 24/7
field-emergency-contact-phone = Contact telephone (24/7)
field-emergency-contact-email = Contact e-mail (24/7)

## Fields: provider-request

field-provider-request-mode = Type of request
field-provider-request-data-description = Detailed description of the data sought
field-provider-request-data-categories = Categories of data
field-provider-request-identifiers = Identifiers
field-provider-request-period = Period covered
field-provider-request-seeking-authority = Authority seeking the data, if not the issuing authority
field-provider-request-domestic-legal-ground = Domestic legal grounds for issuing the order
field-provider-request-time-frame = Time frame for disclosure
field-provider-request-return-manner = Manner in which the data are to be returned
field-provider-request-notification-made = The State where the provider is located has been notified at the same time (simultaneous notification)

## Fields: extradition

field-extradition-posture = Procedural situation of the person sought
field-extradition-warrant = Warrant of arrest
field-extradition-judgment = Judgment
field-extradition-retrial-statement = Legal means available to the person to prepare a defence or obtain a retrial
field-extradition-sentence-to-be-imposed = A sentence is to be imposed following the conviction
field-extradition-evidence-summary = Summary of the evidence
field-extradition-limitation = Provisions on the limitation period and acts interrupting it
field-extradition-property = Property to be surrendered

## Fields: provisional-arrest

field-provisional-arrest-posture = Procedural situation of the person sought
field-provisional-arrest-warrant-or-judgment = Warrant of arrest or judgment on which the request is based
field-provisional-arrest-extradition-will-follow = A request for the extradition of the person sought will follow

## Fields: legal-basis

field-legal-basis-instrument = Instrument
field-legal-basis-title = Title of the treaty or law
field-legal-basis-articles = Articles relied on

## Fields: penalty

field-penalty-kind = Type of penalty
field-penalty-term = Term or amount

## Fields: offence

field-offence-name = Name of the offence
field-offence-provision = Legal provision
field-offence-text-of-law = Text of the law
field-offence-max-penalty = Maximum penalty
field-offence-committed-on = Date or period of commission
field-offence-committed-at = Place of commission
field-offence-limitation = Limitation period

## Fields: identity-document

field-identity-document-type = Type of document
field-identity-document-number = Document number
field-identity-document-issuer = Issuing State

## Fields: person

field-person-role = Role in the proceedings
field-person-family-name = Family name
field-person-given-names = Given names
field-person-aliases = Other names and aliases
field-person-date-of-birth = Date of birth
field-person-place-of-birth = Place of birth
field-person-nationality = Nationality
field-person-identity-documents = Identity documents
field-person-address = Address
field-person-location = Known or probable whereabouts
field-person-description = Physical description
field-person-photograph = Photograph
field-person-fingerprints = Fingerprints

## Fields: date-range

field-date-range-from = From
field-date-range-to = To

## Fields: money

field-money-amount = Amount
field-money-currency = Currency

## Fields: identifier

field-identifier-type = Type of identifier
field-identifier-value = Identifier
field-identifier-port = Port
field-identifier-timestamp = Date and time, with time zone

## Fields: annex

field-annex-reference = Annex number
field-annex-title = Title
field-annex-file = File
field-annex-translated = A translation of this annex is attached

## Fields: earlier-request

field-earlier-request-kind = Type of request
field-earlier-request-date = Date
field-earlier-request-reference = Our reference
field-earlier-request-their-reference = Reference given by the requested State
field-earlier-request-channel = Channel used
field-earlier-request-authority = Authority to which it was sent

## Fields: warrant

field-warrant-issuing-authority = Issuing authority
field-warrant-date = Date of issue
field-warrant-number = Warrant number
field-warrant-annex = Copy of the warrant

## Fields: judgment

field-judgment-court = Court
field-judgment-date = Date of the judgment
field-judgment-number = Judgment or case number
field-judgment-final = The judgment is final
field-judgment-enforceable = The sentence is enforceable
field-judgment-sentence = Sentence imposed
field-judgment-time-served = Time already served
field-judgment-remaining = Part of the sentence remaining to be served
field-judgment-annex = Copy of the judgment

## Fields: measure

field-measure-type = Form of assistance
field-measure-description = Description of the assistance sought
field-measure-purpose = Purpose for which the assistance is sought
field-measure-relevance = Relevance to the investigation or proceedings

## Fields: taking-evidence

field-taking-evidence-examinee = Person to be heard
field-taking-evidence-examinee-status = Capacity in which the person is heard
field-taking-evidence-examinee-location = Location of the person
field-taking-evidence-questions = Questions to be asked
field-taking-evidence-sworn = Oath or affirmation
field-taking-evidence-officials-present = Officials of the requesting State ask to be present
field-taking-evidence-officials = Names and functions of the officials who will attend
field-taking-evidence-recording = Manner of recording the statement

## Fields: service-of-documents

field-service-of-documents-addressee = Person to be served
field-service-of-documents-address = Address for service
field-service-of-documents-relationship = Relationship to the proceedings
field-service-of-documents-documents = Documents to be served
field-service-of-documents-manner = Manner of service
field-service-of-documents-proof-of-service = Proof of service is required
field-service-of-documents-appearance-date = Date of appearance

## Fields: search-seizure

field-search-seizure-place = Place or person to be searched
field-search-seizure-items = Items to be seized
field-search-seizure-grounds = Grounds for believing the items are there
field-search-seizure-lawful-in-requesting-state = The search and seizure could lawfully be ordered in the requesting State

## Fields: examining-objects-sites

field-examining-objects-sites-object-or-site = Object or site to be examined
field-examining-objects-sites-location = Location
field-examining-objects-sites-examination = Examination to be carried out

## Fields: production-of-records

field-production-of-records-record-type = Type of records
field-production-of-records-institution = Institution holding the records
field-production-of-records-institution-address = Address of the institution
field-production-of-records-accounts = Account numbers
field-production-of-records-account-holders = Account holders
field-production-of-records-document-types = Types of documents
field-production-of-records-period = Period covered
field-production-of-records-certification = Certification or authentication required

## Fields: information-evidence

field-information-evidence-items = Information or evidentiary items sought
field-information-evidence-custodian = Person or body holding them
field-information-evidence-expert-evaluation = An expert evaluation is requested

## Fields: videoconference

field-videoconference-witness = Person to be heard
field-videoconference-datetime = Proposed date and time
field-videoconference-technical-contact = Technical contact person
field-videoconference-technical-email = Technical contact e-mail
field-videoconference-interpreter-language = Language of interpretation
field-videoconference-presiding-authority = Authority conducting the hearing

## Fields: transfer-detained-person

field-transfer-detained-person-person = Detained person
field-transfer-detained-person-place-of-detention = Place of detention
field-transfer-detained-person-period = Period of the transfer
field-transfer-detained-person-custody-arrangements = Custody arrangements
field-transfer-detained-person-return-date = Date of return
field-transfer-detained-person-safe-conduct = Safe conduct will be granted

## Fields: voluntary-appearance

field-voluntary-appearance-person = Person invited to appear
field-voluntary-appearance-allowances = Allowances and expenses to be paid
field-voluntary-appearance-safe-conduct = Safe conduct will be granted

## Fields: tracing-proceeds

field-tracing-proceeds-property = Proceeds, property or instrumentalities to be identified or traced
field-tracing-proceeds-holders = Presumed holders
field-tracing-proceeds-estimated-value = Estimated value
field-tracing-proceeds-link-to-offence = Link with the offence

## Fields: freezing-seizure

field-freezing-seizure-property = Property to be frozen or seized
field-freezing-seizure-location = Location of the property
field-freezing-seizure-value = Value
field-freezing-seizure-order-reference = Reference of the freezing or seizure order
field-freezing-seizure-link-to-offence = Link with the offence
field-freezing-seizure-for-confiscation = Freezing or seizure is sought with a view to confiscation

## Fields: confiscation

field-confiscation-order-court = Court that made the confiscation order
field-confiscation-order-date = Date of the order
field-confiscation-order-final = The confiscation order is final
field-confiscation-property = Property to be confiscated
field-confiscation-value = Value
field-confiscation-disposal = Proposed disposal of the confiscated property

## Fields: transfer-of-proceedings

field-transfer-of-proceedings-reasons = Reasons for the transfer
field-transfer-of-proceedings-file-transmitted = The case file is transmitted with the request
field-transfer-of-proceedings-suspect-location = Location of the suspect

## Fields: joint-investigation-team

field-joint-investigation-team-participants = Participating authorities
field-joint-investigation-team-objectives = Objectives of the team
field-joint-investigation-team-period = Period of operation

## Fields: controlled-delivery

field-controlled-delivery-goods = Consignment
field-controlled-delivery-route = Planned route
field-controlled-delivery-dates = Expected dates
field-controlled-delivery-contact = Operational contact person
field-controlled-delivery-contact-phone = Contact telephone

## Fields: stored-data-access

field-stored-data-access-identifiers = Identifiers
field-stored-data-access-data-categories = Categories of data
field-stored-data-access-period = Period covered
field-stored-data-access-custodian = Custodian of the data
field-stored-data-access-preservation-reference = Reference of the preservation request
field-stored-data-access-delivery-format = Format of delivery
field-stored-data-access-authentication = Authentication of the data

## Fields: realtime-traffic

field-realtime-traffic-identifiers = Target identifiers
field-realtime-traffic-start-date = Start date
field-realtime-traffic-duration-days = Duration in days
field-realtime-traffic-delivery = Means of delivery
field-realtime-traffic-domestic-authorisation = Domestic order authorising the collection

## Fields: interception

field-interception-identifiers = Target identifiers
field-interception-start-date = Start date
field-interception-duration-days = Duration in days
field-interception-delivery = Means of delivery
field-interception-domestic-authorisation = Domestic order authorising the interception

## Measures

measure-taking-evidence = Taking evidence or statements
measure-service-of-documents = Service of judicial documents
measure-search-seizure = Search and seizure
measure-examining-objects-sites = Examining objects and sites
measure-production-of-records = Production of records
measure-information-evidence = Providing information, evidentiary items and expert evaluations
measure-videoconference = Hearing by videoconference
measure-transfer-detained-person = Temporary transfer of a detained person
measure-voluntary-appearance = Facilitating the voluntary appearance of persons
measure-tracing-proceeds = Identifying or tracing proceeds of crime, property or instrumentalities
measure-freezing-seizure = Freezing or seizure of proceeds of crime
measure-confiscation = Confiscation of proceeds of crime
measure-transfer-of-proceedings = Transfer of criminal proceedings
measure-joint-investigation-team = Joint investigation team
measure-controlled-delivery = Controlled delivery
measure-stored-data-access = Access to stored computer data (Budapest art. 31)
measure-realtime-traffic = Real-time collection of traffic data (Budapest art. 33)
measure-interception = Interception of content data (Budapest art. 34)
measure-other-assistance = Other assistance not contrary to the law of the requested State

## Choices: language

choice-language-en = English
choice-language-fr = French
choice-language-es = Spanish
choice-language-ru = Russian
choice-language-ar = Arabic
choice-language-zh = Chinese
choice-language-pt = Portuguese
choice-language-de = German
choice-language-it = Italian
choice-language-nl = Dutch
choice-language-pl = Polish
choice-language-tr = Turkish
choice-language-uk = Ukrainian
choice-language-fa = Persian
choice-language-ur = Urdu
choice-language-hi = Hindi
choice-language-id = Indonesian
choice-language-sw = Swahili
choice-language-ja = Japanese
choice-language-ko = Korean
choice-language-el = Greek
choice-language-ro = Romanian
choice-language-sr = Serbian
choice-language-sq = Albanian

## Choices: channel

choice-channel-central-authority = Central authority
choice-channel-diplomatic = Diplomatic channel
choice-channel-interpol = INTERPOL
choice-channel-network-24-7 = 24/7 network (Budapest art. 35)
choice-channel-direct-judicial = Direct judicial transmission
choice-channel-direct-provider = Directly to the service provider

## Choices: request-status

choice-request-status-new = New request
choice-request-status-extension = Extension of an earlier request
choice-request-status-follow-up-mla = Follow-up to an earlier mutual legal assistance request
choice-request-status-follow-up-preservation = Follow-up to an earlier preservation request
choice-request-status-supplementary = Supplementary request

## Choices: proceedings-nature

choice-proceedings-nature-investigation = Criminal investigation
choice-proceedings-nature-prosecution = Prosecution
choice-proceedings-nature-trial = Trial
choice-proceedings-nature-enforcement = Enforcement of a sentence or order

## Choices: penalty-kind

choice-penalty-kind-imprisonment = Imprisonment
choice-penalty-kind-life-imprisonment = Life imprisonment
choice-penalty-kind-death = Death penalty
choice-penalty-kind-fine = Fine
choice-penalty-kind-other = Other penalty

## Choices: person-role

choice-person-role-suspect = Suspect
choice-person-role-accused = Accused person
choice-person-role-person-sought = Person sought
choice-person-role-witness = Witness
choice-person-role-victim = Victim
choice-person-role-legal-entity = Legal person
choice-person-role-account-holder = Account holder
choice-person-role-other = Other

## Choices: id-document-type

choice-id-document-type-passport = Passport
choice-id-document-type-national-id = National identity card
choice-id-document-type-residence-permit = Residence permit
choice-id-document-type-driving-licence = Driving licence
choice-id-document-type-other = Other document

## Choices: legal-instrument

choice-legal-instrument-untoc = United Nations Convention against Transnational Organized Crime (2000)
choice-legal-instrument-uncac = United Nations Convention against Corruption (2003)
choice-legal-instrument-vienna1988 = United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances (1988)
choice-legal-instrument-budapest = Convention on Cybercrime (Budapest, 2001)
choice-legal-instrument-sap = Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and disclosure of electronic evidence (2022)
choice-legal-instrument-uncc2024 = United Nations Convention against Cybercrime (2024)
choice-legal-instrument-terrorist-bombings = International Convention for the Suppression of Terrorist Bombings (1997)
choice-legal-instrument-terrorist-financing = International Convention for the Suppression of the Financing of Terrorism (1999)
choice-legal-instrument-nuclear-terrorism = International Convention for the Suppression of Acts of Nuclear Terrorism (2005)
choice-legal-instrument-bilateral = Bilateral treaty
choice-legal-instrument-domestic = Domestic law
choice-legal-instrument-reciprocity = Reciprocity

## Choices: measure

choice-measure-taking-evidence = Taking evidence or statements
choice-measure-service-of-documents = Service of judicial documents
choice-measure-search-seizure = Search and seizure
choice-measure-examining-objects-sites = Examining objects and sites
choice-measure-production-of-records = Production of records
choice-measure-information-evidence = Providing information, evidentiary items and expert evaluations
choice-measure-videoconference = Hearing by videoconference
choice-measure-transfer-detained-person = Temporary transfer of a detained person
choice-measure-voluntary-appearance = Facilitating the voluntary appearance of persons
choice-measure-tracing-proceeds = Identifying or tracing proceeds of crime, property or instrumentalities
choice-measure-freezing-seizure = Freezing or seizure of proceeds of crime
choice-measure-confiscation = Confiscation of proceeds of crime
choice-measure-transfer-of-proceedings = Transfer of criminal proceedings
choice-measure-joint-investigation-team = Joint investigation team
choice-measure-controlled-delivery = Controlled delivery
choice-measure-stored-data-access = Access to stored computer data (Budapest art. 31)
choice-measure-realtime-traffic = Real-time collection of traffic data (Budapest art. 33)
choice-measure-interception = Interception of content data (Budapest art. 34)
choice-measure-other-assistance = Other assistance not contrary to the law of the requested State

## Choices: examinee-status

choice-examinee-status-witness = Witness
choice-examinee-status-suspect = Suspect
choice-examinee-status-expert = Expert
choice-examinee-status-victim = Victim

## Choices: sworn

choice-sworn-sworn = Sworn statement
choice-sworn-affirmed = Affirmed statement
choice-sworn-unsworn = Unsworn statement
choice-sworn-requested-state-law = As the law of the requested State provides

## Choices: record-type

choice-record-type-bank = Bank or financial records
choice-record-type-business = Business or corporate records
choice-record-type-government = Government records
choice-record-type-other = Other records

## Choices: identifier-type

choice-identifier-type-ip-address = IP address
choice-identifier-type-email = E-mail address
choice-identifier-type-phone = Telephone number
choice-identifier-type-url = URL
choice-identifier-type-domain = Domain name
choice-identifier-type-account = Account name or user ID
choice-identifier-type-imei = IMEI
choice-identifier-type-other = Other identifier

## Choices: data-category

choice-data-category-subscriber = Subscriber information
choice-data-category-identification = Data for identifying the user
choice-data-category-traffic = Traffic data
choice-data-category-content = Content data

## Choices: emergency-route

choice-emergency-route-sap-article-9 = Through the 24/7 network (Second Additional Protocol art. 9)
choice-emergency-route-provider-direct = Directly to the service provider

## Choices: provider-request-mode

choice-provider-request-mode-sap-article-7-order = Order for subscriber information (Second Additional Protocol art. 7)
choice-provider-request-mode-voluntary = Request for voluntary disclosure

## Choices: extradition-posture

choice-extradition-posture-accused = Accused, sought for prosecution
choice-extradition-posture-convicted = Convicted and sentenced
choice-extradition-posture-convicted-in-absentia = Convicted in absentia
choice-extradition-posture-convicted-not-sentenced = Convicted but not yet sentenced

## Choices: earlier-kind

choice-earlier-kind-preservation = Expedited preservation request
choice-earlier-kind-mla = Mutual legal assistance request
choice-earlier-kind-emergency-disclosure = Emergency disclosure request
choice-earlier-kind-provider-request = Request to a service provider
choice-earlier-kind-provisional-arrest = Provisional arrest request
choice-earlier-kind-extradition = Extradition request

## Instruments

instrument-untoc = United Nations Convention against Transnational Organized Crime (2000)
instrument-uncac = United Nations Convention against Corruption (2003)
instrument-vienna1988 = United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances (1988)
instrument-budapest = Convention on Cybercrime (Budapest, 2001)
instrument-sap = Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and disclosure of electronic evidence (2022)
instrument-uncc2024 = United Nations Convention against Cybercrime (2024)
instrument-terrorist-bombings = International Convention for the Suppression of Terrorist Bombings (1997)
instrument-terrorist-financing = International Convention for the Suppression of the Financing of Terrorism (1999)
instrument-nuclear-terrorism = International Convention for the Suppression of Acts of Nuclear Terrorism (2005)
instrument-bilateral = Bilateral treaty
instrument-domestic = Domestic law
instrument-reciprocity = Reciprocity
instrument-model-mla = Model Treaty on Mutual Assistance in Criminal Matters (General Assembly resolution 45/117)
instrument-model-extradition = Model Treaty on Extradition (General Assembly resolution 45/116)
instrument-model-law-extradition = UNODC Model Law on Extradition (2004)
instrument-tcy-preservation = T-CY(2018)11, Data Preservation Request template (Budapest Convention arts 29–30)
instrument-tcy-subscriber = T-CY(2018)10, Mutual legal assistance request for subscriber information template (Budapest Convention art. 31)
instrument-pcoc-mla = PC-OC(2015)09rev3, Guidelines to the model request form for mutual assistance (Council of Europe)
instrument-pcoc-extradition = PC-OC(2021)04rev, Guidelines and model request for extradition (Council of Europe)
instrument-pcoc-national = National procedures for mutual legal assistance in criminal matters (Council of Europe, PC-OC)
instrument-pilon = Mutual Legal Assistance Handbook (Pacific Islands Law Officers’ Network, PILON)
instrument-us-hk-draft = Draft mutual legal assistance agreement between the United States and Hong Kong (22 November 1988)
instrument-two-tier-model = Two-tier bilateral mutual legal assistance model (“in all cases” and “where possible” items)
instrument-oas-form = Mutual legal assistance request form (Organization of American States, Argentina)
instrument-sirius = SIRIUS EU Digital Evidence Situation Report
instrument-doj-crm = United States Department of Justice, Criminal Resource Manual
instrument-doj-beyond-borders = United States Department of Justice, “Obtaining Data Beyond Borders”
instrument-unodc-mla-tool = UNODC Mutual Legal Assistance Request Writer Tool (2017)
instrument-eu-1543 = Regulation (EU) 2023/1543 on European Production Orders and European Preservation Orders for electronic evidence in criminal proceedings
instrument-hk-extradition = Hong Kong agreements for the surrender of fugitive offenders
instrument-us-uk-extradition = Extradition Treaty between the United States of America and the United Kingdom
instrument-london-scheme = London Scheme for Extradition within the Commonwealth
instrument-adb-oecd = Mutual Legal Assistance in Asia and the Pacific: Experiences in 31 Jurisdictions (ADB/OECD, 2017)
instrument-requested-state-law = Law and requirements of the requested State
