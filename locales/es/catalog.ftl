### El catálogo: nombres de los tipos de solicitud, pasos del asistente, campos
### de los formularios, formas de asistencia, valores de las listas de opciones
### e instrumentos jurídicos (templates/*.toml).

## Kinds

kind-mla = Solicitud de asistencia judicial recíproca
kind-mla-help = Pida a otro Estado que obtenga pruebas o adopte otra medida para su investigación, procesamiento o juicio, como recibir testimonios o tomar declaraciones, presentar documentos y expedientes, efectuar registros e incautaciones o embargar preventivamente el producto del delito (Convención contra la Delincuencia Organizada Transnacional, art. 18; Convención contra la Corrupción, art. 46).
kind-preservation = Solicitud de conservación rápida de datos
kind-preservation-help = Pida a otro Estado que conserve rápidamente datos informáticos almacenados, antes de que se borren, mientras prepara la solicitud de asistencia judicial recíproca que debe presentarse a continuación (Convenio de Budapest, art. 29).
kind-emergency-disclosure = Solicitud de revelación en caso de emergencia
kind-emergency-disclosure-help = Obtenga de inmediato datos informáticos almacenados cuando exista un riesgo significativo e inminente para la vida o la seguridad de una persona, a través de la red 24/7 (Segundo Protocolo adicional, art. 9) o directamente de un proveedor de servicios que atienda solicitudes de emergencia.
kind-provider-request = Solicitud a un proveedor de servicios
kind-provider-request-help = Pida datos directamente a un proveedor de servicios situado en otro Estado, mediante una orden de revelación de información sobre los abonados (Segundo Protocolo adicional, art. 7) o mediante una solicitud de revelación voluntaria de datos distintos del contenido.
kind-extradition = Solicitud de extradición
kind-extradition-help = Pida a otro Estado que entregue a una persona reclamada para ser procesada o para la imposición o el cumplimiento de una pena (Tratado modelo de extradición, art. 5; Convención contra la Delincuencia Organizada Transnacional, art. 16).
kind-provisional-arrest = Solicitud de detención provisional
kind-provisional-arrest-help = En caso de urgencia, pida a otro Estado que detenga a la persona reclamada antes de recibir la solicitud de extradición, comprometiéndose a remitir dicha solicitud dentro del plazo previsto (Tratado modelo de extradición, art. 9; Convención contra la Delincuencia Organizada Transnacional, art. 16, párr. 9).

## Sections

section-request = Datos de la solicitud
section-requesting-authority = Autoridad requirente
section-requested-state = Estado requerido
section-provider = Proveedor de servicios
section-legal-bases = Fundamento jurídico
section-proceedings = Investigación o procedimiento
section-offences = Delitos
section-facts = Exposición de los hechos
section-persons = Personas afectadas
section-measures = Asistencia solicitada
section-special-procedures = Procedimientos especiales
section-urgency = Urgencia
section-confidentiality = Confidencialidad
section-undertakings = Compromisos y garantías
section-earlier-requests = Solicitudes anteriores
section-annexes = Anexos
section-signatory = Firma
section-preservation = Datos que deben conservarse
section-emergency = Emergencia
section-provider-request = Orden o solicitud dirigida al proveedor
section-extradition = Datos de la extradición
section-provisional-arrest = Datos de la detención provisional

## Fields: request

field-request-date = Fecha de la solicitud
field-request-reference = Número de referencia
field-request-language = Idioma de la solicitud
field-request-status = Carácter de la solicitud
field-request-channel = Vía de transmisión

## Fields: requesting-authority

field-requesting-authority-name = Nombre de la autoridad
field-requesting-authority-address = Dirección
field-requesting-authority-person = Persona responsable
field-requesting-authority-function = Cargo
field-requesting-authority-phone = Teléfono
field-requesting-authority-mobile = Teléfono móvil
field-requesting-authority-email = Correo electrónico
field-requesting-authority-office-hours = Horario de oficina
field-requesting-authority-time-zone = Huso horario

## Fields: requested-state

field-requested-state-country = Estado
field-requested-state-authority = Autoridad destinataria
field-requested-state-address = Dirección
field-requested-state-email = Correo electrónico
field-requested-state-phone = Teléfono

## Fields: provider

field-provider-profile = Perfil del proveedor
field-provider-name = Nombre del proveedor de servicios
field-provider-address = Dirección
field-provider-country = País
field-provider-email = Correo electrónico
field-provider-portal = Portal de solicitudes para los organismos encargados de hacer cumplir la ley

## Fields: proceedings

field-proceedings-conducting-authority = Autoridad a cargo de la investigación o del procedimiento
field-proceedings-conducting-authority-functions = Funciones de dicha autoridad
field-proceedings-case-numbers = Números de causa
field-proceedings-nature = Naturaleza del procedimiento
field-proceedings-stage = Fase del procedimiento

## Fields: facts

field-facts-summary = Resumen de los hechos pertinentes
field-facts-evidence = Pruebas obtenidas hasta la fecha

## Fields: special-procedures

field-special-procedures-description = Procedimiento o formalidad que debe observarse
field-special-procedures-reason = Motivos del procedimiento

## Fields: urgency

field-urgency-urgent = La presente solicitud es urgente
field-urgency-reason = Motivos de la urgencia
field-urgency-requested-date = Fecha para la que se solicita la ejecución

## Fields: confidentiality

field-confidentiality-required = Se pide al Estado requerido que mantenga reserva acerca de la existencia y el contenido de la solicitud, salvo en la medida necesaria para darle cumplimiento
field-confidentiality-reason = Motivos de la confidencialidad
field-confidentiality-no-user-notification = No debe informarse de la solicitud al usuario ni al titular de la cuenta

## Fields: undertakings

field-undertakings-use-limitation = Compromiso de no utilizar la información ni las pruebas para actuaciones distintas de las indicadas en la solicitud sin previo consentimiento
field-undertakings-confidentiality = Compromiso de mantener la confidencialidad de la información y las pruebas recibidas cuando el Estado requerido así lo exija
field-undertakings-costs = Compromiso de sufragar los gastos de carácter extraordinario en las condiciones convenidas con el Estado requerido
field-undertakings-reciprocity = Garantía de reciprocidad en casos análogos
field-undertakings-return-of-items = Compromiso de devolver los objetos y documentos originales facilitados cuando ya no se necesiten
field-undertakings-speciality = Compromiso de respetar el principio de especialidad
field-undertakings-no-reextradition = Compromiso de no reextraditar a la persona a un tercer Estado sin el consentimiento del Estado requerido
field-undertakings-death-penalty = Garantía relativa a la pena de muerte
field-undertakings-fair-trial = Garantías relativas a un juicio imparcial y a las condiciones de detención
field-undertakings-other = Otros compromisos o garantías

## Fields: signatory

field-signatory-name = Nombre del firmante
field-signatory-function = Cargo
field-signatory-place = Lugar de la firma

## Fields: preservation

field-preservation-data-description = Datos informáticos almacenados que deben conservarse
field-preservation-data-categories = Categorías de datos
field-preservation-identifiers = Identificadores
field-preservation-period = Período abarcado
field-preservation-relation-to-offence = Relación de los datos con el delito
field-preservation-system-location = Custodio de los datos o ubicación del sistema informático
field-preservation-necessity = Motivos por los que es necesaria la conservación
field-preservation-mla-will-follow = Se presentará a continuación una solicitud de asistencia mutua para el registro, la incautación o la revelación de los datos
field-preservation-expedited-disclosure = Se solicita la revelación rápida de los datos relativos al tráfico conservados para identificar a cualquier proveedor de servicios de otro Estado que haya participado en la transmisión (Convenio de Budapest, art. 30)

## Fields: emergency

field-emergency-route = Vía de la solicitud
field-emergency-risk-facts = Hechos que demuestran un riesgo significativo e inminente para la vida o la seguridad de una persona
field-emergency-link-to-data = Relación de los datos con la emergencia
field-emergency-data-description = Descripción de los datos solicitados
field-emergency-data-categories = Categorías de datos
field-emergency-identifiers = Identificadores
field-emergency-period = Período abarcado
field-emergency-contact-name = Persona de contacto disponible 24/7
field-emergency-contact-phone = Teléfono de contacto (24/7)
field-emergency-contact-email = Correo electrónico de contacto (24/7)

## Fields: provider-request

field-provider-request-mode = Tipo de solicitud
field-provider-request-data-description = Descripción detallada de los datos solicitados
field-provider-request-data-categories = Categorías de datos
field-provider-request-identifiers = Identificadores
field-provider-request-period = Período abarcado
field-provider-request-seeking-authority = Autoridad que solicita los datos, si no es la autoridad emisora
field-provider-request-domestic-legal-ground = Fundamento jurídico interno para dictar la orden
field-provider-request-time-frame = Plazo para la revelación
field-provider-request-return-manner = Forma en que deben remitirse los datos
field-provider-request-notification-made = Se ha notificado simultáneamente al Estado en que se encuentra el proveedor (notificación simultánea)

## Fields: extradition

field-extradition-posture = Situación procesal de la persona reclamada
field-extradition-warrant = Orden de detención
field-extradition-judgment = Sentencia
field-extradition-retrial-statement = Medios jurídicos de que dispone la persona para preparar su defensa o para obtener un nuevo juicio
field-extradition-sentence-to-be-imposed = Queda por imponer una pena tras la declaración de culpabilidad
field-extradition-evidence-summary = Resumen de las pruebas
field-extradition-limitation = Disposiciones sobre la prescripción y los actos que la interrumpen
field-extradition-property = Bienes que deben entregarse

## Fields: provisional-arrest

field-provisional-arrest-posture = Situación procesal de la persona reclamada
field-provisional-arrest-warrant-or-judgment = Orden de detención o sentencia en que se basa la solicitud
field-provisional-arrest-extradition-will-follow = Se presentará a continuación una solicitud de extradición de la persona reclamada

## Fields: legal-basis

field-legal-basis-instrument = Instrumento
field-legal-basis-title = Título del tratado o de la ley
field-legal-basis-articles = Artículos invocados

## Fields: penalty

field-penalty-kind = Tipo de pena
field-penalty-term = Duración o cuantía

## Fields: offence

field-offence-name = Denominación del delito
field-offence-provision = Disposición legal
field-offence-text-of-law = Texto de la ley
field-offence-max-penalty = Pena máxima
field-offence-committed-on = Fecha o período de comisión
field-offence-committed-at = Lugar de comisión
field-offence-limitation = Plazo de prescripción

## Fields: identity-document

field-identity-document-type = Tipo de documento
field-identity-document-number = Número del documento
field-identity-document-issuer = Estado de expedición

## Fields: person

field-person-role = Condición en el procedimiento
field-person-family-name = Apellidos
field-person-given-names = Nombre de pila
field-person-aliases = Otros nombres y alias
field-person-date-of-birth = Fecha de nacimiento
field-person-place-of-birth = Lugar de nacimiento
field-person-nationality = Nacionalidad
field-person-identity-documents = Documentos de identidad
field-person-address = Dirección
field-person-location = Paradero conocido o probable
field-person-description = Descripción física
field-person-photograph = Fotografía
field-person-fingerprints = Huellas dactilares

## Fields: date-range

field-date-range-from = Desde
field-date-range-to = Hasta

## Fields: money

field-money-amount = Importe
field-money-currency = Moneda

## Fields: identifier

field-identifier-type = Tipo de identificador
field-identifier-value = Identificador
field-identifier-port = Puerto
field-identifier-timestamp = Fecha y hora, con huso horario

## Fields: annex

field-annex-reference = Número del anexo
field-annex-title = Título
field-annex-file = Archivo
field-annex-translated = Se adjunta una traducción de este anexo

## Fields: earlier-request

field-earlier-request-kind = Tipo de solicitud
field-earlier-request-date = Fecha
field-earlier-request-reference = Nuestra referencia
field-earlier-request-their-reference = Referencia asignada por el Estado requerido
field-earlier-request-channel = Vía utilizada
field-earlier-request-authority = Autoridad a la que se remitió

## Fields: warrant

field-warrant-issuing-authority = Autoridad emisora
field-warrant-date = Fecha de expedición
field-warrant-number = Número de la orden
field-warrant-annex = Copia de la orden de detención

## Fields: judgment

field-judgment-court = Tribunal
field-judgment-date = Fecha de la sentencia
field-judgment-number = Número de la sentencia o de la causa
field-judgment-final = La sentencia es firme
field-judgment-enforceable = La pena es ejecutable
field-judgment-sentence = Pena impuesta
field-judgment-time-served = Tiempo de condena ya cumplido
field-judgment-remaining = Parte de la pena que queda por cumplir
field-judgment-annex = Copia de la sentencia

## Fields: measure

field-measure-type = Forma de asistencia
field-measure-description = Descripción de la asistencia solicitada
field-measure-purpose = Finalidad de la asistencia solicitada
field-measure-relevance = Pertinencia para la investigación o el procedimiento

## Fields: taking-evidence

field-taking-evidence-examinee = Persona que debe ser oída
field-taking-evidence-examinee-status = Calidad en que declara la persona
field-taking-evidence-examinee-location = Ubicación de la persona
field-taking-evidence-questions = Preguntas que deben formularse
field-taking-evidence-sworn = Juramento o promesa
field-taking-evidence-officials-present = Los funcionarios del Estado requirente solicitan estar presentes
field-taking-evidence-officials = Nombres y cargos de los funcionarios que asistirán
field-taking-evidence-recording = Forma de dejar constancia de la declaración

## Fields: service-of-documents

field-service-of-documents-addressee = Destinatario de la notificación
field-service-of-documents-address = Domicilio a efectos de notificación
field-service-of-documents-relationship = Relación con el procedimiento
field-service-of-documents-documents = Documentos que deben notificarse
field-service-of-documents-manner = Forma de notificación
field-service-of-documents-proof-of-service = Se requiere prueba de la notificación
field-service-of-documents-appearance-date = Fecha de comparecencia

## Fields: search-seizure

field-search-seizure-place = Lugar o persona objeto del registro
field-search-seizure-items = Objetos que deben incautarse
field-search-seizure-grounds = Motivos para creer que los objetos se encuentran allí
field-search-seizure-lawful-in-requesting-state = El registro y la incautación podrían ordenarse legalmente en el Estado requirente

## Fields: examining-objects-sites

field-examining-objects-sites-object-or-site = Objeto o lugar que debe examinarse
field-examining-objects-sites-location = Ubicación
field-examining-objects-sites-examination = Examen que debe realizarse

## Fields: production-of-records

field-production-of-records-record-type = Tipo de documentación
field-production-of-records-institution = Institución en cuyo poder obran los documentos
field-production-of-records-institution-address = Dirección de la institución
field-production-of-records-accounts = Números de cuenta
field-production-of-records-account-holders = Titulares de las cuentas
field-production-of-records-document-types = Tipos de documentos
field-production-of-records-period = Período abarcado
field-production-of-records-certification = Certificación o autenticación requerida

## Fields: information-evidence

field-information-evidence-items = Información o elementos de prueba solicitados
field-information-evidence-custodian = Persona u órgano que los posee
field-information-evidence-expert-evaluation = Se solicita una evaluación pericial

## Fields: videoconference

field-videoconference-witness = Persona que debe ser oída
field-videoconference-datetime = Fecha y hora propuestas
field-videoconference-technical-contact = Persona de contacto para cuestiones técnicas
field-videoconference-technical-email = Correo electrónico del contacto técnico
field-videoconference-interpreter-language = Idioma de interpretación
field-videoconference-presiding-authority = Autoridad que dirige la audiencia

## Fields: transfer-detained-person

field-transfer-detained-person-person = Persona detenida
field-transfer-detained-person-place-of-detention = Lugar de detención
field-transfer-detained-person-period = Duración del traslado
field-transfer-detained-person-custody-arrangements = Disposiciones para la custodia
field-transfer-detained-person-return-date = Fecha de devolución
field-transfer-detained-person-safe-conduct = Se concederá salvoconducto

## Fields: voluntary-appearance

field-voluntary-appearance-person = Persona invitada a comparecer
field-voluntary-appearance-allowances = Dietas y gastos que se abonarán
field-voluntary-appearance-safe-conduct = Se concederá salvoconducto

## Fields: tracing-proceeds

field-tracing-proceeds-property = Producto del delito, bienes o instrumentos que deben identificarse o localizarse
field-tracing-proceeds-holders = Presuntos titulares
field-tracing-proceeds-estimated-value = Valor estimado
field-tracing-proceeds-link-to-offence = Vínculo con el delito

## Fields: freezing-seizure

field-freezing-seizure-property = Bienes que deben ser objeto de embargo preventivo o incautación
field-freezing-seizure-location = Ubicación de los bienes
field-freezing-seizure-value = Valor
field-freezing-seizure-order-reference = Referencia de la orden de embargo preventivo o de incautación
field-freezing-seizure-link-to-offence = Vínculo con el delito
field-freezing-seizure-for-confiscation = Se solicita el embargo preventivo o la incautación con miras a su decomiso

## Fields: confiscation

field-confiscation-order-court = Tribunal que dictó la orden de decomiso
field-confiscation-order-date = Fecha de la orden
field-confiscation-order-final = La orden de decomiso es firme
field-confiscation-property = Bienes que deben decomisarse
field-confiscation-value = Valor
field-confiscation-disposal = Disposición propuesta de los bienes decomisados

## Fields: transfer-of-proceedings

field-transfer-of-proceedings-reasons = Motivos de la remisión
field-transfer-of-proceedings-file-transmitted = Se transmite el expediente de la causa junto con la solicitud
field-transfer-of-proceedings-suspect-location = Ubicación del sospechoso

## Fields: joint-investigation-team

field-joint-investigation-team-participants = Autoridades participantes
field-joint-investigation-team-objectives = Objetivos del equipo
field-joint-investigation-team-period = Período de actuación

## Fields: controlled-delivery

field-controlled-delivery-goods = Remesa
field-controlled-delivery-route = Ruta prevista
field-controlled-delivery-dates = Fechas previstas
field-controlled-delivery-contact = Persona de contacto operativo
field-controlled-delivery-contact-phone = Teléfono de contacto

## Fields: stored-data-access

field-stored-data-access-identifiers = Identificadores
field-stored-data-access-data-categories = Categorías de datos
field-stored-data-access-period = Período abarcado
field-stored-data-access-custodian = Custodio de los datos
field-stored-data-access-preservation-reference = Referencia de la solicitud de conservación
field-stored-data-access-delivery-format = Formato de entrega
field-stored-data-access-authentication = Autenticación de los datos

## Fields: realtime-traffic

field-realtime-traffic-identifiers = Identificadores objeto de la medida
field-realtime-traffic-start-date = Fecha de inicio
field-realtime-traffic-duration-days = Duración en días
field-realtime-traffic-delivery = Medio de entrega
field-realtime-traffic-domestic-authorisation = Orden interna que autoriza la obtención

## Fields: interception

field-interception-identifiers = Identificadores objeto de la medida
field-interception-start-date = Fecha de inicio
field-interception-duration-days = Duración en días
field-interception-delivery = Medio de entrega
field-interception-domestic-authorisation = Orden interna que autoriza la interceptación

## Measures

measure-taking-evidence = Recepción de testimonios o toma de declaraciones
measure-service-of-documents = Notificación de documentos judiciales
# UNSURE: "search and seizure" rendered as "registros e incautaciones" per the brief; UNTOC art. 18(3)(c) / UNCAC art. 46(3)(c) in Spanish read "efectuar inspecciones e incautaciones y embargos preventivos" (from memory, check against UNTERM)
measure-search-seizure = Registros e incautaciones
measure-examining-objects-sites = Examen de objetos y lugares
measure-production-of-records = Entrega de documentos y expedientes
measure-information-evidence = Facilitación de información, elementos de prueba y evaluaciones de peritos
measure-videoconference = Audiencia por videoconferencia
measure-transfer-detained-person = Traslado temporal de una persona detenida
measure-voluntary-appearance = Facilitación de la comparecencia voluntaria de personas
measure-tracing-proceeds = Identificación o localización del producto del delito, los bienes o los instrumentos
measure-freezing-seizure = Embargo preventivo o incautación del producto del delito
measure-confiscation = Decomiso del producto del delito
measure-transfer-of-proceedings = Remisión de actuaciones penales
measure-joint-investigation-team = Equipo conjunto de investigación
measure-controlled-delivery = Entrega vigilada
measure-stored-data-access = Acceso a datos informáticos almacenados (Convenio de Budapest, art. 31)
measure-realtime-traffic = Obtención en tiempo real de datos relativos al tráfico (Convenio de Budapest, art. 33)
measure-interception = Interceptación de datos relativos al contenido (Convenio de Budapest, art. 34)
measure-other-assistance = Cualquier otro tipo de asistencia que no sea contraria al derecho interno del Estado requerido

## Choices: language

choice-language-en = Inglés
choice-language-fr = Francés
choice-language-es = Español
choice-language-ru = Ruso
choice-language-ar = Árabe
choice-language-zh = Chino
choice-language-pt = Portugués
choice-language-de = Alemán
choice-language-it = Italiano
choice-language-nl = Neerlandés
choice-language-pl = Polaco
choice-language-tr = Turco
choice-language-uk = Ucraniano
choice-language-fa = Persa
choice-language-ur = Urdu
choice-language-hi = Hindi
choice-language-id = Indonesio
choice-language-sw = Suajili
choice-language-ja = Japonés
choice-language-ko = Coreano
choice-language-el = Griego
choice-language-ro = Rumano
choice-language-sr = Serbio
choice-language-sq = Albanés

## Choices: channel

choice-channel-central-authority = Autoridad central
choice-channel-diplomatic = Vía diplomática
choice-channel-interpol = INTERPOL
choice-channel-network-24-7 = Red 24/7 (Convenio de Budapest, art. 35)
choice-channel-direct-judicial = Transmisión directa entre autoridades judiciales
choice-channel-direct-provider = Directamente al proveedor de servicios

## Choices: request-status

choice-request-status-new = Nueva solicitud
choice-request-status-extension = Prórroga de una solicitud anterior
choice-request-status-follow-up-mla = Seguimiento de una solicitud anterior de asistencia judicial recíproca
choice-request-status-follow-up-preservation = Seguimiento de una solicitud anterior de conservación
choice-request-status-supplementary = Solicitud complementaria

## Choices: proceedings-nature

choice-proceedings-nature-investigation = Investigación penal
choice-proceedings-nature-prosecution = Ejercicio de la acción penal
choice-proceedings-nature-trial = Juicio
choice-proceedings-nature-enforcement = Ejecución de una pena o de una resolución

## Choices: penalty-kind

choice-penalty-kind-imprisonment = Pena de prisión
choice-penalty-kind-life-imprisonment = Cadena perpetua
choice-penalty-kind-death = Pena de muerte
choice-penalty-kind-fine = Multa
choice-penalty-kind-other = Otra pena

## Choices: person-role

choice-person-role-suspect = Sospechoso
choice-person-role-accused = Acusado
choice-person-role-person-sought = Persona reclamada
choice-person-role-witness = Testigo
choice-person-role-victim = Víctima
choice-person-role-legal-entity = Persona jurídica
choice-person-role-account-holder = Titular de la cuenta
choice-person-role-other = Otra condición

## Choices: id-document-type

choice-id-document-type-passport = Pasaporte
choice-id-document-type-national-id = Documento nacional de identidad
choice-id-document-type-residence-permit = Permiso de residencia
choice-id-document-type-driving-licence = Permiso de conducir
choice-id-document-type-other = Otro documento

## Choices: legal-instrument

choice-legal-instrument-untoc = Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional (2000)
choice-legal-instrument-uncac = Convención de las Naciones Unidas contra la Corrupción (2003)
choice-legal-instrument-vienna1988 = Convención de las Naciones Unidas contra el Tráfico Ilícito de Estupefacientes y Sustancias Sicotrópicas (1988)
choice-legal-instrument-budapest = Convenio sobre la Ciberdelincuencia (Budapest, 2001)
choice-legal-instrument-sap = Segundo Protocolo adicional al Convenio sobre la Ciberdelincuencia relativo a la cooperación reforzada y la revelación de pruebas electrónicas (2022)
choice-legal-instrument-uncc2024 = Convención de las Naciones Unidas contra la Ciberdelincuencia (2024)
choice-legal-instrument-terrorist-bombings = Convenio Internacional para la Represión de los Atentados Terroristas Cometidos con Bombas (1997)
choice-legal-instrument-terrorist-financing = Convenio Internacional para la Represión de la Financiación del Terrorismo (1999)
choice-legal-instrument-nuclear-terrorism = Convenio Internacional para la Represión de los Actos de Terrorismo Nuclear (2005)
choice-legal-instrument-bilateral = Tratado bilateral
choice-legal-instrument-domestic = Derecho interno
choice-legal-instrument-reciprocity = Reciprocidad

## Choices: measure

choice-measure-taking-evidence = Recepción de testimonios o toma de declaraciones
choice-measure-service-of-documents = Notificación de documentos judiciales
# UNSURE: "search and seizure" rendered as "registros e incautaciones" per the brief; UNTOC art. 18(3)(c) / UNCAC art. 46(3)(c) in Spanish read "efectuar inspecciones e incautaciones y embargos preventivos" (from memory, check against UNTERM)
choice-measure-search-seizure = Registros e incautaciones
choice-measure-examining-objects-sites = Examen de objetos y lugares
choice-measure-production-of-records = Entrega de documentos y expedientes
choice-measure-information-evidence = Facilitación de información, elementos de prueba y evaluaciones de peritos
choice-measure-videoconference = Audiencia por videoconferencia
choice-measure-transfer-detained-person = Traslado temporal de una persona detenida
choice-measure-voluntary-appearance = Facilitación de la comparecencia voluntaria de personas
choice-measure-tracing-proceeds = Identificación o localización del producto del delito, los bienes o los instrumentos
choice-measure-freezing-seizure = Embargo preventivo o incautación del producto del delito
choice-measure-confiscation = Decomiso del producto del delito
choice-measure-transfer-of-proceedings = Remisión de actuaciones penales
choice-measure-joint-investigation-team = Equipo conjunto de investigación
choice-measure-controlled-delivery = Entrega vigilada
choice-measure-stored-data-access = Acceso a datos informáticos almacenados (Convenio de Budapest, art. 31)
choice-measure-realtime-traffic = Obtención en tiempo real de datos relativos al tráfico (Convenio de Budapest, art. 33)
choice-measure-interception = Interceptación de datos relativos al contenido (Convenio de Budapest, art. 34)
choice-measure-other-assistance = Cualquier otro tipo de asistencia que no sea contraria al derecho interno del Estado requerido

## Choices: examinee-status

choice-examinee-status-witness = Testigo
choice-examinee-status-suspect = Sospechoso
choice-examinee-status-expert = Perito
choice-examinee-status-victim = Víctima

## Choices: sworn

choice-sworn-sworn = Declaración bajo juramento
choice-sworn-affirmed = Declaración bajo promesa
choice-sworn-unsworn = Declaración sin juramento ni promesa
choice-sworn-requested-state-law = Según lo que disponga el derecho del Estado requerido

## Choices: record-type

choice-record-type-bank = Documentación bancaria o financiera
choice-record-type-business = Documentación social o comercial
choice-record-type-government = Documentación pública
choice-record-type-other = Otros documentos

## Choices: identifier-type

choice-identifier-type-ip-address = Dirección IP
choice-identifier-type-email = Dirección de correo electrónico
choice-identifier-type-phone = Número de teléfono
choice-identifier-type-url = URL
choice-identifier-type-domain = Nombre de dominio
choice-identifier-type-account = Nombre de cuenta o identificador de usuario
choice-identifier-type-imei = IMEI
choice-identifier-type-other = Otro identificador

## Choices: data-category

choice-data-category-subscriber = Información sobre los abonados
choice-data-category-identification = Datos para identificar al usuario
choice-data-category-traffic = Datos relativos al tráfico
choice-data-category-content = Datos relativos al contenido

## Choices: emergency-route

choice-emergency-route-sap-article-9 = A través de la red 24/7 (Segundo Protocolo adicional, art. 9)
choice-emergency-route-provider-direct = Directamente al proveedor de servicios

## Choices: provider-request-mode

choice-provider-request-mode-sap-article-7-order = Orden de revelación de información sobre los abonados (Segundo Protocolo adicional, art. 7)
choice-provider-request-mode-voluntary = Solicitud de revelación voluntaria

## Choices: extradition-posture

choice-extradition-posture-accused = Acusada, reclamada para ser procesada
choice-extradition-posture-convicted = Declarada culpable y condenada
choice-extradition-posture-convicted-in-absentia = Condenada en rebeldía
choice-extradition-posture-convicted-not-sentenced = Declarada culpable, pero aún sin imposición de pena

## Choices: earlier-kind

choice-earlier-kind-preservation = Solicitud de conservación rápida de datos
choice-earlier-kind-mla = Solicitud de asistencia judicial recíproca
choice-earlier-kind-emergency-disclosure = Solicitud de revelación en caso de emergencia
choice-earlier-kind-provider-request = Solicitud a un proveedor de servicios
choice-earlier-kind-provisional-arrest = Solicitud de detención provisional
choice-earlier-kind-extradition = Solicitud de extradición

## Instruments

instrument-untoc = Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional (2000)
instrument-uncac = Convención de las Naciones Unidas contra la Corrupción (2003)
instrument-vienna1988 = Convención de las Naciones Unidas contra el Tráfico Ilícito de Estupefacientes y Sustancias Sicotrópicas (1988)
instrument-budapest = Convenio sobre la Ciberdelincuencia (Budapest, 2001)
instrument-sap = Segundo Protocolo adicional al Convenio sobre la Ciberdelincuencia relativo a la cooperación reforzada y la revelación de pruebas electrónicas (2022)
instrument-uncc2024 = Convención de las Naciones Unidas contra la Ciberdelincuencia (2024)
instrument-terrorist-bombings = Convenio Internacional para la Represión de los Atentados Terroristas Cometidos con Bombas (1997)
instrument-terrorist-financing = Convenio Internacional para la Represión de la Financiación del Terrorismo (1999)
instrument-nuclear-terrorism = Convenio Internacional para la Represión de los Actos de Terrorismo Nuclear (2005)
instrument-bilateral = Tratado bilateral
instrument-domestic = Derecho interno
instrument-reciprocity = Reciprocidad
instrument-model-mla = Tratado modelo de asistencia recíproca en asuntos penales (resolución 45/117 de la Asamblea General)
instrument-model-extradition = Tratado modelo de extradición (resolución 45/116 de la Asamblea General)
instrument-model-law-extradition = Ley Modelo sobre Extradición de la UNODC (2004)
instrument-tcy-preservation = T-CY(2018)11, modelo de solicitud de conservación de datos (Convenio de Budapest, arts. 29 y 30)
instrument-tcy-subscriber = T-CY(2018)10, modelo de solicitud de asistencia judicial recíproca relativa a información sobre los abonados (Convenio de Budapest, art. 31)
instrument-pcoc-mla = PC-OC(2015)09rev3, directrices para el formulario modelo de solicitud de asistencia mutua (Consejo de Europa)
instrument-pcoc-extradition = PC-OC(2021)04rev, directrices y modelo de solicitud de extradición (Consejo de Europa)
instrument-pcoc-national = Procedimientos nacionales de asistencia judicial recíproca en materia penal (Consejo de Europa, PC-OC)
instrument-pilon = Manual de asistencia judicial recíproca de la Red de Funcionarios Jurídicos de las Islas del Pacífico (Pacific Islands Law Officers’ Network, PILON)
instrument-us-hk-draft = Proyecto de acuerdo de asistencia judicial recíproca entre los Estados Unidos y Hong Kong (22 de noviembre de 1988)
instrument-two-tier-model = Modelo bilateral de asistencia judicial recíproca en dos niveles (elementos exigidos «en todos los casos» y «cuando sea posible»)
instrument-oas-form = Formulario de solicitud de asistencia judicial recíproca (Organización de los Estados Americanos, Argentina)
instrument-sirius = SIRIUS EU Digital Evidence Situation Report (informe sobre la situación de las pruebas electrónicas en la UE)
instrument-doj-crm = Departamento de Justicia de los Estados Unidos, Criminal Resource Manual (manual de recursos en materia penal)
instrument-doj-beyond-borders = Departamento de Justicia de los Estados Unidos, «Obtaining Data Beyond Borders» (obtención de datos más allá de las fronteras)
instrument-unodc-mla-tool = Programa para redactar solicitudes de asistencia judicial recíproca de la UNODC (2017)
instrument-eu-1543 = Reglamento (UE) 2023/1543 sobre las órdenes europeas de producción y las órdenes europeas de conservación a efectos de prueba electrónica en procesos penales
instrument-hk-extradition = Acuerdos de Hong Kong sobre la entrega de delincuentes fugitivos
instrument-us-uk-extradition = Tratado de extradición entre los Estados Unidos de América y el Reino Unido
instrument-london-scheme = Plan de Londres para la extradición en el Commonwealth (London Scheme)
instrument-adb-oecd = Mutual Legal Assistance in Asia and the Pacific: Experiences in 31 Jurisdictions (asistencia judicial recíproca en Asia y el Pacífico: experiencias en 31 jurisdicciones; BAsD/OCDE, 2017)
instrument-requested-state-law = Derecho y requisitos del Estado requerido
