## Observaciones: lo que aún le falta a una solicitud y por qué es importante.
## El fundamento jurídico y la gravedad se muestran junto a cada mensaje, por lo
## que no figuran en él. $index es el número (a partir de 1) del elemento de la
## lista de que se trate.

## General: la solicitud, las autoridades, el fundamento jurídico

finding-missing-request-date = La solicitud no está fechada. Indique la fecha de expedición: sirve para identificar la solicitud, y los plazos y las referencias posteriores se computan a partir de ella.
finding-missing-request-reference = La solicitud no tiene número de referencia. Indique la referencia de su causa o expediente para que las respuestas, los recordatorios y las solicitudes de seguimiento puedan vincularse a esta solicitud.
finding-missing-request-language = No se ha elegido el idioma de la solicitud. La solicitud y los documentos que la acompañan deben estar redactados en un idioma aceptable para el Estado requerido o ir acompañados de una traducción a ese idioma.
finding-language-not-accepted = El Estado requerido no acepta el idioma de la solicitud («{ $language }»); los idiomas aceptados son: { $accepted_languages }. Traduzca la solicitud y los documentos que la acompañan a uno de ellos; de lo contrario, podría ser devuelta sin cumplimentar.
finding-missing-channel = No se ha elegido la vía de transmisión. Indique cómo se enviará la solicitud (autoridad central, vía diplomática, INTERPOL, red 24/7…), ya que el Estado requerido puede aceptar solicitudes únicamente por determinadas vías.
finding-channel-not-accepted = El Estado requerido no acepta la vía de transmisión elegida («{ $channel }»); las vías aceptadas son: { $accepted_channels }. Una solicitud enviada por otra vía puede sufrir retrasos o no ser tramitada, por lo que debe elegirse una de las vías aceptadas.
finding-missing-requested-state = No se ha elegido el Estado requerido. Elija el Estado al que se pide asistencia (en el caso de una solicitud enviada directamente a un proveedor, el Estado en que este esté establecido): se aplicarán sus idiomas, vías de transmisión y requisitos.
finding-missing-receiving-authority = No se indica la autoridad destinataria en el Estado requerido. Dirija la solicitud a la autoridad competente (la autoridad central o, para la conservación de datos y las emergencias, el punto de contacto 24/7) para evitar los retrasos que ocasiona su reenvío.
finding-missing-requesting-authority = No se indica la autoridad requirente. El Estado requerido o el proveedor deben saber qué autoridad formula la solicitud para comprobar su competencia y poder responderle.
finding-missing-requesting-authority-contact = No se indica ninguna dirección de correo electrónico ni ningún número de teléfono de la autoridad requirente. El Estado requerido o el proveedor deben poder ponerse en contacto con usted rápidamente para plantear preguntas o comunicar resultados.
finding-missing-requesting-authority-time-zone = No se indica el huso horario de la autoridad requirente. Junto con el horario de oficina, permite a la otra parte saber cuándo puede localizarle y cómo interpretar las horas que figuran en la solicitud.
finding-missing-signatory = No se indica el firmante. Indique el nombre y el cargo de la persona que firma la solicitud en nombre de la autoridad requirente.
finding-missing-legal-basis = No se indica ningún fundamento jurídico. Mencione la convención o el tratado (o el derecho interno o la reciprocidad) en virtud del cual se solicita la asistencia; el Estado requerido comprueba en primer lugar qué instrumento es aplicable entre ambos Estados.
finding-missing-legal-basis-instrument = Fundamento jurídico { $index }: no se ha elegido el instrumento. Elija la convención, el tratado, el derecho interno o la reciprocidad que se invoca.
finding-missing-bilateral-treaty-title = Fundamento jurídico { $index }: no se indica el tratado bilateral. Indique su título completo y su fecha para que el Estado requerido pueda identificar el tratado vigente entre ambos Estados.
finding-urgency-without-reason = La solicitud está marcada como urgente, pero no se indica el motivo. Explique la urgencia (una persona privada de libertad, el riesgo de pérdida o destrucción de pruebas, la inminencia del juicio o del vencimiento del plazo de prescripción); rara vez se da prioridad a una urgencia que no se justifica.
finding-requested-date-past = La fecha solicitada para la ejecución ya ha pasado (hoy es { $today }). Fije una fecha futura realista o suprímala.
finding-requested-date-without-reason = Se solicita una fecha de ejecución sin indicar el motivo. Explique el plazo (una audiencia, el plazo máximo de la prisión preventiva, la prescripción) para que el Estado requerido pueda tenerlo en cuenta.
finding-confidentiality-without-reason = Se solicita confidencialidad sin indicar el motivo. Explique por qué la solicitud y su ejecución deben mantenerse en reserva (por ejemplo, para que el sospechoso no sea alertado), de modo que el Estado requerido pueda valorar si puede cumplir esa exigencia y, en caso contrario, se lo comunique.
finding-missing-earlier-request = La presente solicitud da seguimiento a una solicitud anterior o la prorroga, pero la solicitud anterior no figura en la lista. Indique su fecha y su referencia para que el Estado requerido pueda vincular ambas.
finding-missing-earlier-request-reference = Solicitud anterior { $index }: falta la referencia. Indique su número de referencia (y la referencia del Estado requerido, si se conoce) para que puedan vincularse ambos expedientes.

## General: delitos, hechos y personas (varios tipos de solicitud)

finding-missing-offence = No figura ningún delito. Indique el delito o los delitos de que se trata: sin ellos, el Estado requerido o el proveedor no pueden comprobar si se cumplen las condiciones legales para actuar, como la doble incriminación o una pena mínima.
finding-missing-offence-name = Delito { $index }: falta la denominación del delito. Indique el delito tal como lo denomina su legislación.
finding-missing-offence-provision = Delito { $index }: no se cita la disposición legal. Indique la ley y el artículo que tipifican el delito, para que la autoridad destinataria pueda identificarlo y comprobar las condiciones legales de la medida.
finding-missing-offence-text-of-law = Delito { $index }: no se reproduce el texto de la ley. Cite literalmente la disposición que tipifica el delito, para que el Estado requerido pueda comparar la conducta con su propio derecho y valorar la doble incriminación.
finding-missing-offence-penalty = Delito { $index }: no se indica la pena máxima. Indique la pena prevista por la ley: con ella se valoran los umbrales de pena (como el mínimo exigido para que un delito dé lugar a extradición) y la necesidad de garantías.
finding-missing-summary-of-facts = Falta el resumen de los hechos pertinentes. Indique quién hizo qué, cuándo y dónde: el Estado requerido lo necesita para comprobar que la solicitud se refiere a un delito y, cuando proceda, para valorar la doble incriminación (solo puede omitirse en una solicitud de asistencia judicial recíproca que tenga por único objeto la notificación de documentos).
finding-missing-person-identity = Persona { $index }: faltan los apellidos (en el caso de una persona jurídica, su denominación). Identifique a la persona de la forma más completa posible; el Estado requerido no puede actuar respecto de una persona, ni en su favor, si no puede identificarla.
finding-missing-person-nationality = Persona { $index }: no se indica la nacionalidad. Indíquela si se conoce: ayuda a identificar a la persona y, en materia de extradición, el Estado requerido debe saber si se trata de uno de sus nacionales.
finding-missing-person-location = Persona { $index }: no se indica ni su ubicación ni su dirección. Indique dónde se encuentra la persona o dónde se cree que se encuentra; sin ese dato, el Estado requerido no puede localizarla.

## Asistencia judicial recíproca

finding-missing-proceedings-nature = No se indica la naturaleza del procedimiento. Indique si la solicitud se formula en el marco de una investigación, del ejercicio de la acción penal, de un juicio o de la ejecución de una pena, para que el Estado requerido compruebe que se trata de un asunto penal y en qué fase se encuentra.
finding-missing-conducting-authority = No se indica la autoridad a cargo de la investigación o del procedimiento. Indique el fiscal, el juez, el tribunal o el organismo encargado de la causa, aunque sea también la autoridad requirente.
finding-missing-conducting-authority-functions = No se describen las funciones de la autoridad a cargo del procedimiento. Explique su función y sus atribuciones (por ejemplo, fiscal que dirige la investigación penal), para que el Estado requerido pueda comprobar que actúa en un asunto penal.
finding-missing-assistance-sought = No se solicita ninguna medida de asistencia. Añada al menos una medida en la que se describa lo que se pide al Estado requerido.
finding-missing-measure-description = Medida { $index }: no se describe la asistencia solicitada. Describa con precisión lo que se pide al Estado requerido.
finding-missing-measure-purpose = Medida { $index }: no se indica la finalidad. Indique con qué fin se solicitan las pruebas, la información o la actuación; el Estado requerido necesita conocerlo para ejecutar la medida, y los resultados solo podrán utilizarse para ese fin.
finding-missing-measure-relevance = Medida { $index }: no se explica la pertinencia para la causa. Demuestre la relación de lo solicitado con el delito y los hechos; las solicitudes que no lo hacen suelen denegarse por ser demasiado amplias o especulativas.
finding-missing-special-procedure-reason = Se solicita un procedimiento particular sin indicar el motivo. Explique por qué es necesario (por ejemplo, para que las pruebas sean admisibles ante sus tribunales); el Estado requerido solo lo seguirá en la medida en que su derecho lo permita.
finding-missing-use-limitation-undertaking = La solicitud no contiene el compromiso de utilizar las pruebas únicamente para el procedimiento descrito. Considere la posibilidad de asumir este compromiso: los resultados no pueden utilizarse en otros procedimientos sin el consentimiento del Estado requerido, y algunos Estados lo exigen expresamente.
finding-missing-death-penalty-assurance-mla = Uno de los delitos está castigado con la pena de muerte, pero no se ofrece ninguna garantía. Muchos Estados deniegan la asistencia en causas por delitos punibles con la pena capital si no se les garantiza que las pruebas no se utilizarán para imponer o ejecutar la pena de muerte; indique la garantía que puede ofrecer.

## Conservación de datos informáticos almacenados

finding-missing-data-to-preserve = No se describen los datos almacenados que deben conservarse. Describa los datos (tipo, cuentas, período) con la precisión suficiente para que el Estado requerido pueda disponer su conservación.
finding-missing-data-relation = La solicitud no indica qué relación guardan con el delito los datos que deben conservarse. Explique esa relación; demuestra por qué se necesitan esos datos y evita que la solicitud tenga un alcance excesivo.
finding-missing-custodian = No se indica ni el custodio de los datos ni la ubicación del sistema informático. Facilite toda la información de que disponga sobre quién tiene los datos (por ejemplo, el proveedor de servicios) o dónde se encuentra el sistema; de lo contrario, el Estado requerido no podrá orientar la conservación.
finding-missing-preservation-necessity = La solicitud no explica por qué es necesaria la conservación. Indique por qué existe el riesgo de que los datos se pierdan o se modifiquen (por ejemplo, porque el proveedor los conserva durante poco tiempo) antes de que pueda ejecutarse una solicitud de asistencia judicial recíproca.
finding-missing-mla-undertaking = La solicitud no indica que se presentará a continuación una solicitud de asistencia judicial recíproca. La conservación solo se concede para que, sobre la base de dicha solicitud, los datos puedan ser posteriormente objeto de registro, incautación o revelación; confirme que tiene intención de presentarla.
finding-missing-data-period = No se indica el período al que se refieren los datos. Indique las fechas de inicio y de fin: un período preciso mantiene la proporcionalidad de la solicitud y permite al titular localizar los datos dentro de su plazo de conservación.

## Revelación en caso de emergencia (las observaciones relativas al proveedor y al Segundo Protocolo adicional se aplican también a las solicitudes a proveedores)

finding-missing-emergency-route = No se ha elegido la vía de la solicitud de emergencia. Elija entre una solicitud dirigida al punto de contacto 24/7 del Estado requerido en virtud del Segundo Protocolo adicional y una solicitud de emergencia enviada directamente al proveedor de servicios; el contenido exigido es distinto en cada caso.
finding-missing-emergency-facts = Faltan los hechos que demuestran la emergencia. Describa el riesgo significativo e inminente para la vida o la seguridad de una persona física; sin ellos, la solicitud no puede tramitarse como una emergencia.
finding-missing-emergency-link = La solicitud no explica qué relación guardan los datos solicitados con la emergencia. Indique cómo ayudarán los datos a evitar el riesgo (por ejemplo, localizando a la víctima o identificando al autor); la revelación en caso de emergencia depende de esa relación.
finding-missing-24-7-contact = No se indica ningún número de teléfono ni ninguna dirección de correo electrónico en que pueda localizarse a la parte requirente las 24 horas del día. En una emergencia, el punto de contacto 24/7 o el proveedor deben poder comunicarse con usted a cualquier hora para aclarar la solicitud o entregar los datos.
finding-missing-provider = No se indica el proveedor de servicios. Indique el proveedor que tiene los datos en su poder o bajo su control (la persona jurídica, no solo el nombre del servicio).
finding-missing-provider-address = No se indica la dirección del proveedor de servicios. Toda solicitud u orden dictada en virtud del Segundo Protocolo adicional debe indicar el nombre y la dirección del proveedor que tenga los datos en su poder o bajo su control.
finding-missing-sap-legal-basis = El Segundo Protocolo adicional al Convenio de Budapest no figura como fundamento jurídico. Toda orden o solicitud de emergencia formulada en virtud del Protocolo debe indicar que se emite con arreglo a él; añada el Protocolo a los fundamentos jurídicos o elija otra vía.
finding-missing-data-description = No se describen los datos solicitados. Describa los datos concretos que se necesitan (en el caso de una orden, la información concreta sobre los abonados); las descripciones vagas o demasiado amplias son un motivo frecuente de denegación.

## Solicitudes a proveedores de servicios

finding-missing-provider-request-mode = No se ha elegido el tipo de solicitud dirigida al proveedor. Elija entre una orden de revelación de información sobre los abonados en virtud del Segundo Protocolo adicional y una solicitud de revelación voluntaria; sus efectos jurídicos y el contenido exigido son distintos.
finding-order-beyond-subscriber-information = La categoría de datos { $index } no es información sobre los abonados ni datos que identifiquen al usuario. Una orden enviada directamente a un proveedor en virtud del Segundo Protocolo adicional solo puede exigir información sobre los abonados; solicite los demás datos por medio de las autoridades del Estado del proveedor (presentación rápida o asistencia judicial recíproca).
finding-voluntary-content-requested = Categoría de datos { $index }: se solicitan datos relativos al contenido mediante revelación voluntaria. Por lo general, los proveedores solo revelan el contenido en virtud de una resolución judicial de su propio Estado, por lo que cabe esperar una denegación; considere la posibilidad de solicitar la conservación y, a continuación, presentar una solicitud de asistencia judicial recíproca.
finding-provider-does-not-disclose = Según su perfil, { $provider } no revela datos de la categoría «{ $category }» en respuesta a una solicitud voluntaria. Suprima esta categoría u obtenga los datos mediante asistencia judicial recíproca, previa conservación si fuera necesario.
finding-missing-domestic-legal-ground = No se indica el fundamento jurídico interno de la orden. Cite la disposición de su derecho que faculta a la autoridad emisora para ordenar la revelación de información sobre los abonados.
finding-missing-time-frame = No se indica el plazo para la respuesta del proveedor. Indique en qué plazo y de qué forma debe remitirse la información sobre los abonados, para que el proveedor sepa qué se espera de él y usted sepa cuándo solicitar la ejecución por medio del Estado del proveedor.
finding-missing-simultaneous-notification = El Estado del proveedor exige la notificación simultánea de las órdenes enviadas a proveedores situados en su territorio, y la solicitud no confirma que se haya efectuado. Envíe la orden, la información complementaria y un resumen de los hechos a la autoridad designada de ese Estado en el momento de enviar la orden y, a continuación, confírmelo aquí.

## Extradición

finding-missing-person-sought = Ninguna persona figura como persona reclamada. Añada a la persona cuya extradición o detención provisional se solicita, con una descripción lo más exacta posible.
finding-missing-person-description = Persona { $index }: no se describe a la persona reclamada. Facilite una descripción lo más exacta posible (rasgos físicos, señas particulares) para que el Estado requerido pueda cerciorarse de que la persona detenida es la persona reclamada.
finding-missing-person-date-of-birth = Persona { $index }: no se indica la fecha de nacimiento. Es esencial para establecer la identidad de la persona reclamada y distinguirla de otras personas con el mismo nombre.
finding-missing-identification-material = Persona { $index }: no se aporta ninguna fotografía, huella dactilar ni documento de identidad. Normalmente se espera este tipo de material para acreditar la identidad de la persona reclamada; adjunte el que esté disponible.
finding-missing-extradition-posture = No se ha elegido la situación procesal de la persona reclamada. Indique si la persona está acusada, ha sido condenada, ha sido condenada en rebeldía o ha sido declarada culpable pero aún no se le ha impuesto la pena; los documentos justificativos exigidos dependen de ello.
finding-missing-offence-time = Delito { $index }: no se indica el momento de la comisión. En el caso de una persona acusada, la solicitud debe indicar cuándo tuvieron lugar los actos u omisiones que se le imputan; el Estado requerido también lo necesita para comprobar los plazos de prescripción.
finding-missing-offence-place = Delito { $index }: no se indica el lugar de comisión. En el caso de una persona acusada, la solicitud debe indicar dónde tuvieron lugar los actos u omisiones que se le imputan; el Estado requerido también lo necesita para comprobar la jurisdicción.
finding-missing-warrant = La orden de detención no está identificada: falta la autoridad emisora. En el caso de una persona acusada, la extradición exige una orden de detención dictada por un tribunal u otra autoridad judicial competente; indique esa autoridad y adjunte la orden o una copia certificada de ella.
finding-missing-warrant-date = No se indica la fecha de la orden de detención. Indique la fecha en que se dictó la orden, tal como figura en ella.
finding-missing-judgment = La sentencia no está identificada: falta el tribunal. En el caso de una persona condenada, la extradición exige la sentencia condenatoria o una copia certificada de ella; indique el tribunal y adjunte la sentencia.
finding-missing-judgment-date = No se indica la fecha de la sentencia. Indique la fecha en que se dictó la sentencia condenatoria.
finding-missing-enforceability-statement = La solicitud no declara que la pena sea ejecutable. En el caso de una persona condenada, el Estado requerido debe comprobar que la pena puede ejecutarse; confírmelo solo si la sentencia es ejecutable.
finding-missing-sentence-remaining = No se indica la parte de la pena que queda por cumplir. Indique cuánto queda por cumplir; la extradición para la ejecución de una pena suele exigir que quede por cumplir un período mínimo.
finding-missing-retrial-statement = La solicitud no indica los derechos de la persona condenada en rebeldía. Describa los medios jurídicos de que dispone la persona para preparar su defensa o para que la causa vuelva a juzgarse; de lo contrario, el Estado requerido podría denegar la extradición.
finding-missing-sentence-statement = La solicitud no declara que vaya a imponerse una pena. En el caso de una persona declarada culpable a la que aún no se ha impuesto la pena, confirme que la pena está pendiente de imposición y adjunte el documento que acredite la declaración de culpabilidad.
finding-missing-death-penalty-assurance = Uno de los delitos está castigado con la pena de muerte, pero no se ofrece ninguna garantía. El Estado requerido puede denegar la extradición si no se le garantiza que no se impondrá la pena de muerte o que, si se impone, no se ejecutará; indique la garantía que ofrece la autoridad competente.
finding-missing-speciality-undertaking = La solicitud no contiene el compromiso de respetar el principio de especialidad. Confirme que, sin el consentimiento del Estado requerido, la persona no será procesada, condenada ni reextraditada por ningún delito cometido antes de su entrega distinto de aquellos por los que se conceda la extradición.
finding-missing-limitation-provisions = No se indican las normas sobre prescripción. Cite las disposiciones sobre la prescripción de la acción penal o de la pena y cualquier acto que la haya interrumpido; la extradición se deniega si la persona ha quedado inmune de enjuiciamiento o de castigo por prescripción.
finding-missing-evidence-summary = Falta el resumen de las pruebas. El Estado requerido exige pruebas que acrediten prima facie la responsabilidad de la persona acusada; resuma las pruebas que demuestran que la persona cometió el delito.

## Detención provisional

finding-missing-extradition-undertaking = La solicitud no indica que se presentará a continuación una solicitud de extradición. La detención provisional solo se concede a la espera de la solicitud formal; confirme que se remitirá dentro del plazo previsto, ya que de lo contrario la persona podría ser puesta en libertad.
finding-missing-warrant-statement = La solicitud no declara la existencia de una orden de detención o de una sentencia. Identifique la orden o la sentencia en que se basa la solicitud (autoridad, fecha, referencia); la detención provisional solo se concede sobre esa base.

## Medidas de asistencia

finding-missing-examinee = Medida { $index }: no se indica la persona que debe ser oída. Identifique al testigo, sospechoso, perito o víctima cuya declaración se solicita.
finding-missing-examinee-location = Medida { $index }: no se indica el paradero de la persona que debe ser oída. Facilite una dirección u otros datos que permitan localizar a la persona en el Estado requerido.
finding-missing-examinee-status = Medida { $index }: no se indica en qué calidad debe ser oída la persona. Indique si debe ser oída como testigo, sospechoso, perito o víctima; de ello dependen los derechos y advertencias que deben comunicársele.
finding-missing-questions = Medida { $index }: no figura ninguna pregunta. Indique las preguntas que deben formularse a la persona, para que la autoridad que la interrogue abarque todo lo que usted necesita.
finding-missing-sworn-indication = Medida { $index }: no se indica si la declaración debe prestarse bajo juramento o promesa. Indíquelo si sus tribunales lo exigen para que la prueba sea admisible.
finding-missing-officials-names = Medida { $index }: está previsto que asistan funcionarios del Estado requirente, pero no se indican sus nombres. Indique sus nombres y cargos para que el Estado requerido pueda autorizar su presencia.
finding-missing-service-addressee = Medida { $index }: no se indica el destinatario de la notificación. Indique el nombre del destinatario de los documentos.
finding-missing-service-address = Medida { $index }: no se indica la dirección del destinatario de la notificación. Sin ella, los documentos no pueden notificarse.
finding-missing-service-documents = Medida { $index }: no figuran los documentos que deben notificarse. Enumere cada documento (título, fecha) para que la notificación pueda practicarse y acreditarse.
finding-missing-service-manner = Medida { $index }: no se indica la forma de notificación. Indique si se requiere un método concreto (por ejemplo, la entrega en mano) y si se exige prueba de la notificación.
finding-missing-search-place = Medida { $index }: no se describe el lugar o la persona objeto del registro. Descríbalo con precisión (dirección, local, vehículo); no puede ordenarse un registro sobre la base de una descripción vaga.
finding-missing-seizure-items = Medida { $index }: no se describen los objetos que deben incautarse. Describa con precisión los objetos o las categorías de objetos que se buscan.
finding-missing-search-grounds = Medida { $index }: no se indican los motivos para creer que los objetos se encuentran en el lugar que debe registrarse. Explíquelos; las autoridades del Estado requerido suelen necesitarlos para ordenar el registro.
finding-missing-seizure-lawfulness = Medida { $index }: la solicitud no declara que el registro y la incautación podrían llevarse a cabo legalmente en el Estado requirente. Algunos Estados exigen esta declaración; formúlela solo si es cierta.
finding-missing-object-or-site = Medida { $index }: no se describe el objeto o el lugar que debe examinarse. Describa qué debe examinarse y cómo.
finding-missing-object-location = Medida { $index }: no se indica la ubicación del objeto o del lugar. Indique dónde se encuentra en el Estado requerido.
finding-missing-records-institution = Medida { $index }: no se indica la institución en cuyo poder obran los documentos. Indique el banco, la empresa o la autoridad que los tiene.
finding-missing-bank-accounts = Medida { $index }: no se indican ni los números de cuenta ni los titulares de las cuentas. Indique al menos uno de esos datos; un banco solo puede buscar en sus registros por cuenta o por titular.
finding-missing-records-period = Medida { $index }: no se indica el período que abarcan los documentos. Indique las fechas de inicio y de fin; las solicitudes de documentos sin límite temporal suelen denegarse por ser demasiado amplias.
finding-missing-document-types = Medida { $index }: no se especifican los tipos de documentos. Indique qué documentos se necesitan (por ejemplo, documentos de apertura de cuenta, extractos, fichas de firmas).
finding-missing-records-certification = Medida { $index }: no se solicita la certificación de los documentos. Si sus tribunales exigen documentos autenticados (por ejemplo, un certificado de autenticidad de documentos mercantiles), indique qué certificación se necesita.
finding-missing-information-items = Medida { $index }: no se describen la información ni los elementos de prueba solicitados. Descríbalos con precisión.
finding-missing-videoconference-witness = Medida { $index }: no se indica la persona que debe ser oída por videoconferencia. Identifique al testigo o perito que debe ser oído.
finding-missing-videoconference-datetime = Medida { $index }: no se propone fecha ni hora para la audiencia. Propóngalas indicando el huso horario, para que ambas partes puedan organizar las salas, el equipo y los intérpretes.
finding-missing-videoconference-technical-contact = Medida { $index }: no se indica ningún contacto técnico para la videoconferencia. Indique una persona o una dirección de correo electrónico para probar la conexión antes de la audiencia.
finding-missing-interpreter-language = Medida { $index }: no se indica el idioma de interpretación. Indique si se necesita un intérprete y para qué idioma.
finding-missing-transfer-person = Medida { $index }: no se indica la persona detenida que debe ser trasladada. Identifique a la persona privada de libertad cuyo traslado temporal se solicita.
finding-missing-place-of-detention = Medida { $index }: no se indica el lugar de detención. Indique dónde se encuentra recluida la persona.
finding-missing-return-date = Medida { $index }: no se indica la fecha de devolución. La persona trasladada debe ser devuelta bajo custodia; indique cuándo.
finding-missing-safe-conduct = Medida { $index }: no se confirma el salvoconducto. Considere la posibilidad de comprometerse a que la persona no será enjuiciada, sancionada ni sometida a ninguna otra restricción por actos, omisiones o condenas anteriores al traslado, más allá de la custodia que exija el propio traslado.
finding-missing-appearance-person = Medida { $index }: no se indica la persona invitada a comparecer. Identifique a la persona cuya comparecencia voluntaria en el Estado requirente se solicita.
finding-missing-allowances = Medida { $index }: no se indican las dietas ni los gastos. Indique qué gastos de viaje y de estancia se abonarán; la persona necesita saberlo antes de aceptar comparecer.
finding-missing-property = Medida { $index }: no se describen los bienes. Describa con la mayor precisión posible el producto del delito, los bienes o los instrumentos de que se trate (tipo, ubicación, titular, valor).
finding-missing-property-link = Medida { $index }: no se explica el vínculo entre los bienes y el delito. Demuestre por qué los bienes constituyen producto o instrumento del delito; de lo contrario, el Estado requerido no puede adoptar medidas contra ellos.
finding-missing-property-location = Medida { $index }: no se indica la ubicación de los bienes. Indique dónde se encuentran (banco y cuenta, dirección, registro).
finding-missing-freezing-order = Medida { $index }: no se menciona ninguna orden interna de embargo preventivo o de incautación. Si existe, indique su referencia y adjúntela; muchos Estados actúan con mayor facilidad sobre la base de una orden extranjera.
finding-missing-confiscation-order = Medida { $index }: no se identifica la orden de decomiso. Indique el tribunal que la dictó y adjunte la orden; el Estado requerido da efecto a una orden, no a una simple solicitud.
finding-missing-transfer-reasons = Medida { $index }: no se indican los motivos de la remisión de las actuaciones. Explique por qué el Estado requerido está en mejores condiciones para ejercer la acción penal (por ejemplo, por la nacionalidad o la residencia del sospechoso, o por el lugar en que se encuentran las pruebas).
finding-missing-jit-participants = Medida { $index }: no se indican los participantes en el equipo conjunto de investigación. Indique los Estados y las autoridades que participarían.
finding-missing-jit-objectives = Medida { $index }: no se indican los objetivos del equipo conjunto de investigación. Indique la finalidad y el alcance de la investigación conjunta.
finding-missing-delivery-goods = Medida { $index }: no se describen las mercancías objeto de la entrega vigilada. Describa la remesa (naturaleza, cantidad, embalaje).
finding-missing-delivery-route = Medida { $index }: no se indica la ruta de la entrega vigilada. Describa la ruta prevista, los puntos de tránsito y los medios de transporte.
finding-missing-data-categories = Medida { $index }: no se han elegido las categorías de datos. Indique si se solicita información sobre los abonados, datos relativos al tráfico o datos relativos al contenido; las condiciones legales son distintas para cada categoría.
finding-missing-preservation-reference = Medida { $index }: no se menciona ninguna solicitud de conservación anterior. Si los datos se conservaron, indique la referencia de la conservación para que la presente solicitud quede vinculada a los datos conservados antes de que expire la conservación.
finding-missing-collection-period = Medida { $index }: no se indica ni la fecha de inicio ni la duración de la obtención. Indique cuándo debe comenzar y por cuánto tiempo; las medidas en tiempo real solo se autorizan por un período limitado.
finding-missing-domestic-authorisation = Medida { $index }: no se adjunta ninguna autorización interna. Si su derecho la exige, adjunte la resolución del juez u otra autoridad competente que autoriza la medida; el Estado requerido puede solicitarla.

## Identificadores de las pruebas electrónicas

finding-missing-identifiers = No se indica ningún identificador. Enumere las cuentas, direcciones de correo electrónico, números de teléfono, direcciones IP (con fecha y hora) u otros identificadores de que se trate; sin ellos, no pueden localizarse los datos ni las comunicaciones.
finding-missing-identifier-value = Identificador { $index }: falta el valor. Introduzca la cuenta, la dirección, el número u otro identificador exactamente como figura en las pruebas.
finding-ip-without-timestamp = Identificador { $index }: la dirección IP no tiene fecha ni hora. Las direcciones IP se comparten y se reasignan, por lo que el usuario solo puede identificarse en un momento preciso; indique la fecha y la hora con su desfase respecto de UTC.
finding-ip-without-port = Identificador { $index }: la dirección IP no tiene puerto de origen. Cuando muchos usuarios comparten una misma dirección, el proveedor solo puede identificar al usuario con el puerto; indíquelo si figura en sus registros.

## Formato de los valores introducidos

finding-invalid-date = «{ $value }» no es una fecha válida. Escriba las fechas en el formato AAAA-MM-DD.
finding-invalid-datetime = «{ $value }» no es una fecha y hora válida. Escríbala con el desfase respecto de UTC, por ejemplo 2026-03-01T14:05:09+01:00.
finding-datetime-without-zone = «{ $value }» no tiene desfase respecto de UTC ni huso horario, por lo que no designa un momento preciso: el proveedor no puede determinar quién utilizaba una dirección IP en ese momento. Escríbala en la forma 2026-03-01T14:05:09+01:00.
finding-invalid-time-zone = «{ $value }» no es un huso horario reconocido. Escriba un desfase respecto de UTC, como UTC+02:00, o el nombre de una zona, como Europe/Paris.
finding-invalid-country = «{ $value }» no es un código de país. Utilice el código ISO 3166 de dos letras en mayúsculas, por ejemplo FR.
finding-invalid-language = «{ $value }» no es un código de idioma conocido. Utilice el código ISO 639-1 de dos letras en minúsculas, por ejemplo en, fr o ar.
finding-invalid-email = «{ $value }» no es una dirección de correo electrónico válida. Compruébela: las respuestas y los datos se enviarán a esa dirección.
finding-invalid-url = «{ $value }» no es una dirección web válida. Escriba la dirección completa, incluido https://.
finding-invalid-phone = «{ $value }» no parece un número de teléfono. Escríbalo en formato internacional con el prefijo del país, por ejemplo +33 1 23 45 67 89.
finding-invalid-ip-address = «{ $value }» no es una dirección IPv4 ni IPv6 válida. Cópiela exactamente de los registros: un identificador erróneo remite a un abonado equivocado o a ningún dato.
finding-invalid-port = El número de puerto no es válido. Un puerto es un número entero comprendido entre 0 y 65535.
finding-invalid-domain = «{ $value }» no es un nombre de dominio válido. Escríbalo sin el protocolo ni la ruta, por ejemplo example.org.
finding-invalid-amount = «{ $value }» no es un importe válido. Escriba cifras con un punto decimal opcional, sin espacios, separadores ni símbolo de moneda, por ejemplo 125000.50.
finding-invalid-currency = «{ $value }» no es un código de moneda. Utilice el código ISO 4217 de tres letras en mayúsculas, por ejemplo EUR o USD.
finding-invalid-choice = «{ $value }» no es uno de los valores admitidos para este campo. Elija un valor de la lista.
finding-date-range-reversed = El período termina antes de comenzar. Compruebe ambas fechas: un período invertido no abarca ningún dato.

## Perfiles de países

finding-no-country-profile = Rogatory no dispone de un perfil para el país «{ $country }», por lo que no pueden comprobarse los idiomas y las vías de transmisión que acepta ni sus requisitos particulares. Consulte los procedimientos nacionales publicados por el Estado requerido antes de enviar la solicitud.
finding-xa-seizure-lawfulness-statement = Medida { $index }: el Estado requerido (perfil de ejemplo XA) solo ejecuta un registro y una incautación si la solicitud declara que la medida podría llevarse a cabo legalmente en el Estado requirente. Formule esta declaración si es cierta.

## Añadidas con las verificaciones entre campos y de la condición de parte

finding-requested-date-before-request = La fecha para la que se solicita la ejecución es anterior a la fecha de la propia solicitud. Compruebe ambas fechas.
finding-document-dated-after-request = La orden de detención o la sentencia tiene una fecha posterior a la de la solicitud. Compruebe la fecha: la solicitud solo puede basarse en una resolución ya existente.
finding-unconfirmed-instrument-cited = En esta herramienta, la numeración de los artículos de la Convención de las Naciones Unidas contra la Ciberdelincuencia (2024) no se ha cotejado con el texto oficial. Coteje cada artículo que cite con el texto auténtico y compruebe la situación de la Convención respecto del Estado requerido.
finding-order-identification-data = La categoría de datos { $index } se refiere a datos que identifican al usuario (como direcciones IP con puertos y marcas de tiempo). Compruebe si el Estado requerido los considera información sobre los abonados a efectos del Segundo Protocolo adicional; de no ser así, solicítelos por medio de las autoridades de ese Estado.
finding-requested-state-not-party = Según su perfil, el Estado requerido no es parte en el instrumento «{ $instrument }». Invoque un instrumento vigente entre ambos Estados, un tratado bilateral o la reciprocidad.
finding-unsupported-characters = Este texto contiene caracteres que no pueden imprimirse con las fuentes que incluye Rogatory: { $chars }. Sustitúyalos (por ejemplo, por el carácter común más parecido); de lo contrario, aparecerían como recuadros vacíos en la solicitud.
