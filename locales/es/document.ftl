## El documento de solicitud: fórmulas normalizadas en torno a lo redactado por el funcionario.
## Los términos jurídicos siguen las convenciones de las Naciones Unidas.

doc-title-mla = Solicitud de asistencia judicial recíproca en materia penal
doc-title-preservation = Solicitud de conservación rápida de datos informáticos almacenados
doc-title-emergency-disclosure = Solicitud de revelación de datos informáticos almacenados en caso de emergencia
doc-title-provider-request = Solicitud de revelación de información sobre los abonados
doc-title-extradition = Solicitud de extradición
doc-title-provisional-arrest = Solicitud de detención provisional con fines de extradición

# The bases are a list of titles without articles, so they follow a colon in a sentence of their own.
doc-opening-mla =
    { $has_bases ->
        [yes] La autoridad requirente, { $authority }, presenta a las autoridades competentes del Estado requerido la presente solicitud de asistencia judicial recíproca en materia penal y pide que se le dé cumplimiento con arreglo al derecho interno del Estado requerido y, en la medida en que este lo permita, de conformidad con los procedimientos que se especifican a continuación. La solicitud tiene el siguiente fundamento jurídico: { $bases }.
       *[other] La autoridad requirente, { $authority }, presenta a las autoridades competentes del Estado requerido la presente solicitud de asistencia judicial recíproca en materia penal y pide que se le dé cumplimiento con arreglo al derecho interno del Estado requerido y, en la medida en que este lo permita, de conformidad con los procedimientos que se especifican a continuación.
    }
# UNSURE: the Budapest Convention has no authentic Spanish text; Spain's official translation renders "seizure or similarly securing" as "confiscación o la obtención de forma similar". "incautación" is used here, as in UNTOC and the rest of this locale, to avoid confusion with confiscation ("decomiso").
doc-opening-preservation =
    { $has_bases ->
        [yes] La autoridad requirente, { $authority }, solicita la conservación rápida de los datos informáticos almacenados que se describen a continuación, a la espera de la presentación de una solicitud de asistencia judicial recíproca con vistas al registro o al acceso de forma similar, la incautación o la obtención de forma similar, o la revelación de dichos datos. La solicitud tiene el siguiente fundamento jurídico: { $bases }.
       *[other] La autoridad requirente, { $authority }, solicita la conservación rápida de los datos informáticos almacenados que se describen a continuación, a la espera de la presentación de una solicitud de asistencia judicial recíproca con vistas al registro o al acceso de forma similar, la incautación o la obtención de forma similar, o la revelación de dichos datos.
    }
# UNSURE: "expedited disclosure" rendered "revelación rápida", as in Spain's translation of Budapest art. 30 ("revelación rápida"); the Second Additional Protocol has no authentic Spanish text.
doc-opening-emergency-disclosure =
    { $has_bases ->
        [yes] La autoridad requirente, { $authority }, solicita la revelación rápida de los datos informáticos almacenados que se describen a continuación, por existir un riesgo significativo e inminente para la vida o la seguridad de una persona física. La solicitud tiene el siguiente fundamento jurídico: { $bases }.
       *[other] La autoridad requirente, { $authority }, solicita la revelación rápida de los datos informáticos almacenados que se describen a continuación, por existir un riesgo significativo e inminente para la vida o la seguridad de una persona física.
    }
doc-opening-provider-request =
    { $has_bases ->
        [yes] La autoridad requirente, { $authority }, solicita la revelación de la información sobre los abonados que se describe a continuación, que es necesaria para una investigación o un procedimiento penal concretos y que se utilizará únicamente a tal fin. La solicitud tiene el siguiente fundamento jurídico: { $bases }.
       *[other] La autoridad requirente, { $authority }, solicita la revelación de la información sobre los abonados que se describe a continuación, que es necesaria para una investigación o un procedimiento penal concretos y que se utilizará únicamente a tal fin.
    }
doc-opening-extradition =
    { $has_bases ->
        [yes] La autoridad requirente, { $authority }, solicita la extradición de la persona que se describe a continuación y remite los documentos y la información exigidos por los instrumentos aplicables. La solicitud tiene el siguiente fundamento jurídico: { $bases }.
       *[other] La autoridad requirente, { $authority }, solicita la extradición de la persona que se describe a continuación y remite los documentos y la información exigidos a tal efecto.
    }
doc-opening-provisional-arrest =
    { $has_bases ->
        [yes] La autoridad requirente, { $authority }, solicita con carácter urgente la detención provisional de la persona que se describe a continuación, en espera de la presentación de la solicitud de extradición. La solicitud tiene el siguiente fundamento jurídico: { $bases }.
       *[other] La autoridad requirente, { $authority }, solicita con carácter urgente la detención provisional de la persona que se describe a continuación, en espera de la presentación de la solicitud de extradición.
    }

doc-heading-legal-basis = Fundamento jurídico
doc-heading-proceedings = Autoridad encargada del procedimiento y naturaleza de este
doc-heading-offences = Delitos y legislación aplicable
doc-heading-facts = Resumen de los hechos
doc-heading-persons = Personas afectadas
doc-heading-assistance = Asistencia solicitada
doc-heading-special-procedures = Procedimientos especiales solicitados
doc-heading-urgency = Urgencia y plazos
doc-heading-confidentiality = Confidencialidad
doc-heading-undertakings = Compromisos
doc-heading-assurances = Garantías
doc-heading-earlier-requests = Solicitudes anteriores
doc-heading-contact = Datos de contacto para el cumplimiento de la presente solicitud
doc-heading-annexes = Anexos
doc-heading-custodian = Custodio de los datos
doc-heading-data-to-preserve = Datos que deben conservarse
doc-heading-emergency = Situación de emergencia
doc-heading-provider = Proveedor de servicios
doc-heading-data-sought = Datos solicitados
doc-heading-person-sought = Persona reclamada
doc-heading-extradition-documents = Orden de detención, sentencia y documentos justificativos
doc-heading-provisional-arrest = Detención provisional

doc-intro-undertakings = El Estado requirente asume los siguientes compromisos:
doc-intro-assurances = El Estado requirente ofrece las siguientes garantías:

doc-item-legal-basis = Instrumento { $index }: { $name }
doc-item-offence = Delito { $index }: { $name }
doc-item-person = Persona { $index }: { $name }
doc-item-annex = Anexo { $index }: { $name }
doc-item-earlier-request = Solicitud anterior { $index }: { $name }
doc-item-measure = { $index }. { $measure }

doc-addressee = Destinatario: { $addressee }
doc-date = { $date }
doc-place-date = { $place }, { $date }
doc-our-reference = Nuestra referencia: { $reference }
doc-closing = La autoridad requirente queda a disposición de las autoridades del Estado requerido para facilitarles cualquier información adicional que necesiten para dar cumplimiento a la presente solicitud, y les agradece su cooperación.
doc-confidential = CONFIDENCIAL
doc-draft = BORRADOR
doc-page = Página { $page } de { $pages }
doc-yes = Sí
doc-no = No
doc-range = del { $from } al { $to }
doc-port = puerto { $port }
doc-list-semicolon = {"; "}

# A draft that does not yet name the requesting authority.
doc-missing-authority = [autoridad requirente]

## A request for additional information about a request received (register).
doc-title-additional-information = Solicitud de información complementaria
doc-additional-information-opening = Nos referimos a su { $kind } de { $date }, referencia { $reference }, que hemos recibido.
doc-additional-information-basis-untoc = De conformidad con el párrafo 16 del artículo 18 de la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional, les solicitamos la siguiente información complementaria, necesaria para dar cumplimiento a su solicitud:
doc-additional-information-basis = Para poder dar cumplimiento a su solicitud, les solicitamos la siguiente información complementaria:
doc-additional-information-closing = Continuaremos tramitando su solicitud en cuanto recibamos esta información. Les rogamos que citen nuestra referencia en su respuesta.
doc-their-reference = Su referencia: { $reference }
