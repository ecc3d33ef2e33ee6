## The register: statuses, tracking events, revisions, deadlines, and its
## errors and command-line messages.

status-draft = Borrador
status-final = Definitiva
status-sent = Enviada
status-acknowledged = Recepción confirmada
status-additional_information_requested = Información adicional solicitada
status-partially_executed = Ejecutada parcialmente
status-executed = Ejecutada
status-refused = Denegada
status-withdrawn = Retirada
status-received = Recibida

direction-outgoing = Saliente
direction-incoming = Entrante

event-status = Cambio de estado
event-their_reference = Referencia de la contraparte recibida
event-arrested = Persona detenida
event-note = Nota

origin-created = Creación
origin-autosave = Escritura (guardado automático)
origin-save = Guardado
origin-restore = Restauración
origin-import = Importación

## Deadlines (templates/deadlines.toml). Shown with their date and basis.
deadline-preservation-minimum = La conservación rápida puede terminar: el Convenio garantiza al menos 60 días. Envíe antes la solicitud de asistencia judicial recíproca que debe seguirla.
deadline-preservation-provider = Termina el plazo que el perfil del proveedor indica para los datos conservados.
deadline-preservation-extension = Pida al proveedor que prorrogue la conservación (su perfil admite una prórroga); el plazo termina poco después.
deadline-provider-order-response = Vence el plazo de 30 días de que dispone el proveedor para responder a la orden; después, los datos solo podrán obtenerse mediante una solicitud de asistencia judicial recíproca o por la vía del artículo 8 del Protocolo.
deadline-provisional-arrest-period = La persona puede ser puesta en libertad si no se ha recibido la solicitud de extradición completa (el plazo se cuenta desde la detención; verifíquelo en el tratado aplicable).
deadline-requested-execution = Fecha límite de ejecución indicada en la solicitud.
deadline-acknowledgement-follow-up = No se ha recibido nada 30 días después del envío: haga el seguimiento con el Estado requerido (práctica de la oficina).
deadline-incoming-answer = El Estado requirente pidió la ejecución a más tardar en esta fecha.

## Errors
error-register-database = No se pudo leer ni escribir el registro: { $detail }
error-register-busy = Otra copia de Rogatory está usando el registro y no lo ha liberado. Cierre la otra copia y vuelva a intentarlo.
error-register-not-register = { $path } no es un registro de Rogatory. No se ha modificado nada en él.
error-register-too-new = { $path } fue escrito por una versión más reciente de Rogatory (esquema del registro { $found }; esta versión lee hasta el esquema { $supported }). Actualice Rogatory para abrirlo; no se ha modificado nada.
error-register-damaged = { $path } está dañado: { $detail }. No se ha modificado nada.
error-register-no-case = No hay ningún expediente { $id } en el registro.
error-register-no-revision = El expediente { $id } no tiene la versión { $n }.
error-register-bad-date = { $field }: «{ $value }» no es una fecha; escríbala en el formato YYYY-MM-DD.
error-register-too-long = { $field }: el texto supera los { $max } caracteres.
error-register-status-missing = Elija el nuevo estado.
error-register-not-preservation = Solo una solicitud de conservación rápida puede ir seguida de este modo de una solicitud de asistencia judicial recíproca ({ $id } no lo es).
error-register-io = { $path }: { $detail }
error-register-unknown-file = { $path } no es ni un expediente de Rogatory ni una copia de seguridad del registro.

## rogatory register ...
cli-register-bad-count = «{ $value }» no es un número de expedientes entre 1 y 1000000.
cli-register-seeded =
    { $count ->
        [one] Se ha añadido { $count } expediente generado
       *[other] Se han añadido { $count } expedientes generados
    } a { $path } en { $seconds } s; ahora contiene { $total ->
        [one] { $total } expediente
       *[other] { $total } expedientes
    } ({ $mb } MB).
cli-register-integrity = La comprobación de integridad de SQLite ha fallado: { $detail }
cli-register-bad-case = Expediente { $id }: { $message }
cli-register-checked =
    { $path }: { $cases ->
        [one] { $cases } expediente comprobado
       *[other] { $cases } expedientes comprobados
    }, { $problems ->
        [one] { $problems } problema
       *[other] { $problems } problemas
    }.
cli-register-bench-head =
    Registro { $path }: { $cases ->
        [one] { $cases } expediente
       *[other] { $cases } expedientes
    }, { $mb } MB.
cli-register-bench-line = mediana { $median } ms, p95 { $p95 } ms en { $runs } ejecuciones
cli-register-bench-open = Apertura de la vista del registro (abrir el archivo, primera página de 50, plazos de los próximos 30 días)
cli-register-bench-search =
    Búsqueda de texto completo «{ $text }» ({ $found ->
        [one] { $found } resultado
       *[other] { $found } resultados
    }, primera página)
cli-register-bench-autosave = Guardado automático de un campo editado (el tipo de expediente más extenso)
cli-register-bench-save = Guardado de una nueva versión (un campo editado)
cli-register-imported = { $file }: importado como expediente { $id }.
cli-register-revised = { $file }: el expediente { $id } ya figuraba en el registro con otro contenido; se ha añadido una nueva versión.
cli-register-duplicate = { $file }: el expediente { $id } ya figura en el registro, sin cambios; no se ha añadido nada.
cli-register-import-failed = { $file }: no importado. { $message }
cli-register-exported =
    { $count ->
        [one] Se ha escrito { $count } expediente
       *[other] Se han escrito { $count } expedientes
    } en { $path }.
cli-register-backed-up = Se ha escrito una copia de seguridad de todo el registro en { $path }.
cli-register-restored =
    Registro restaurado a partir de { $path }; contiene { $cases ->
        [one] { $cases } expediente
       *[other] { $cases } expedientes
    }. El registro tal como estaba se conserva junto a él («.before-restore»).
