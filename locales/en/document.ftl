## The request document: standard wording around what the officer wrote.
## Legal terms follow the United Nations conventions.

doc-title-mla = Request for mutual legal assistance in criminal matters
doc-title-preservation = Request for the expedited preservation of stored computer data
doc-title-emergency-disclosure = Emergency request for the disclosure of stored computer data
doc-title-provider-request = Request for the disclosure of subscriber information
doc-title-extradition = Request for extradition
doc-title-provisional-arrest = Request for provisional arrest with a view to extradition

doc-opening-mla =
    { $has_bases ->
        [yes] The { $authority } presents this request for mutual legal assistance in criminal matters to the competent authorities of the requested State, on the basis of { $bases }, and asks that it be executed in accordance with the law of the requested State and, as far as that law allows, with the procedures described below.
       *[other] The { $authority } presents this request for mutual legal assistance in criminal matters to the competent authorities of the requested State and asks that it be executed in accordance with the law of the requested State and, as far as that law allows, with the procedures described below.
    }
doc-opening-preservation =
    { $has_bases ->
        [yes] The { $authority } requests the expeditious preservation of the stored computer data described below, on the basis of { $bases }, pending a request for mutual assistance for their search or similar access, seizure or similar securing, or disclosure.
       *[other] The { $authority } requests the expeditious preservation of the stored computer data described below, pending a request for mutual assistance for their search or similar access, seizure or similar securing, or disclosure.
    }
doc-opening-emergency-disclosure =
    { $has_bases ->
        [yes] The { $authority } requests, on the basis of { $bases }, the expedited disclosure of the stored computer data described below, because there is a significant and imminent risk to the life or safety of a natural person.
       *[other] The { $authority } requests the expedited disclosure of the stored computer data described below, because there is a significant and imminent risk to the life or safety of a natural person.
    }
doc-opening-provider-request =
    { $has_bases ->
        [yes] The { $authority }, on the basis of { $bases }, requests the disclosure of the subscriber information described below, which is needed for a specific criminal investigation or proceeding and will be used only for it.
       *[other] The { $authority } requests the disclosure of the subscriber information described below, which is needed for a specific criminal investigation or proceeding and will be used only for it.
    }
doc-opening-extradition =
    { $has_bases ->
        [yes] The { $authority } requests the extradition of the person described below, on the basis of { $bases }, and transmits the documents and information required by the applicable instruments.
       *[other] The { $authority } requests the extradition of the person described below and transmits the documents and information required.
    }
doc-opening-provisional-arrest =
    { $has_bases ->
        [yes] The { $authority } requests, as a matter of urgency and on the basis of { $bases }, the provisional arrest of the person described below, pending the presentation of the request for extradition.
       *[other] The { $authority } requests, as a matter of urgency, the provisional arrest of the person described below, pending the presentation of the request for extradition.
    }

doc-heading-legal-basis = Legal basis
doc-heading-proceedings = Authority conducting the proceedings and nature of the proceedings
doc-heading-offences = Offences and applicable law
doc-heading-facts = Summary of the facts
doc-heading-persons = Persons concerned
doc-heading-assistance = Assistance requested
doc-heading-special-procedures = Special procedures requested
doc-heading-urgency = Urgency and time limits
doc-heading-confidentiality = Confidentiality
doc-heading-undertakings = Undertakings
doc-heading-assurances = Assurances
doc-heading-earlier-requests = Earlier requests
doc-heading-contact = Contact for the execution of this request
doc-heading-annexes = Annexes
doc-heading-custodian = Custodian of the data
doc-heading-data-to-preserve = Data to be preserved
doc-heading-emergency = The emergency
doc-heading-provider = Service provider
doc-heading-data-sought = Data sought
doc-heading-person-sought = Person sought
doc-heading-extradition-documents = Warrant, judgment and supporting documents
doc-heading-provisional-arrest = Provisional arrest

doc-intro-undertakings = The requesting State gives the following undertakings:
doc-intro-assurances = The requesting State gives the following assurances:

doc-item-legal-basis = Instrument { $index }: { $name }
doc-item-offence = Offence { $index }: { $name }
doc-item-person = Person { $index }: { $name }
doc-item-annex = Annex { $index }: { $name }
doc-item-earlier-request = Earlier request { $index }: { $name }
doc-item-measure = { $index }. { $measure }

doc-addressee = To: { $addressee }
doc-date = { $date }
doc-place-date = { $place }, { $date }
doc-our-reference = Our reference: { $reference }
doc-closing = The requesting authority remains at the disposal of the authorities of the requested State for any additional information they may need to execute this request, and thanks them for their cooperation.
doc-confidential = CONFIDENTIAL
doc-draft = DRAFT
doc-page = Page { $page } of { $pages }
doc-yes = Yes
doc-no = No
doc-range = from { $from } to { $to }
doc-port = port { $port }
doc-list-semicolon = {"; "}

# A draft that does not yet name the requesting authority.
doc-missing-authority = [requesting authority]

## A request for additional information about a request received (register).
doc-title-additional-information = Request for additional information
doc-additional-information-opening = We refer to your { $kind } of { $date }, reference { $reference }, which we have received.
doc-additional-information-basis-untoc = Under article 18, paragraph 16, of the United Nations Convention against Transnational Organized Crime, we ask you for the following additional information, which is needed to execute your request:
doc-additional-information-basis = So that we can execute your request, we ask you for the following additional information:
doc-additional-information-closing = We will continue to process your request as soon as this information reaches us. Please quote our reference in your reply.
doc-their-reference = Your reference: { $reference }
