## The desktop interface's own words. Everything else on screen comes from
## the catalog, findings and documents, already localized by the core.

ui-app-title = Rogatory
ui-language-label = Idioma
ui-start-title = Nueva solicitud
ui-start-kinds-label = Tipo de solicitud
ui-loading = Cargando…
ui-findings-title = Observaciones
ui-findings-checking = Verificando…
ui-findings-severity-error = Errores
ui-findings-severity-warning = Advertencias
ui-findings-severity-advice = Recomendaciones
ui-finding-basis = Fundamento jurídico
ui-finding-path = Campo
ui-error-title = No se pudo realizar esta acción
ui-error-code = Código de error

## El asistente
ui-new-case = Nueva solicitud
ui-open-case = Abrir un expediente…
ui-save-case = Guardar el expediente…
ui-saved = Expediente guardado:
ui-start-example = Abrir el ejemplo
ui-start-open-title = Continuar una solicitud
ui-start-recent = Expedientes recientes
ui-start-recent-missing = (ya no existe)
ui-wizard-steps = Pasos de la solicitud
ui-count-errors = Errores
ui-count-warnings = Advertencias
ui-step-complete = Completo
ui-step-back = Anterior
ui-step-next = Siguiente
ui-confirm-next-title = A este paso aún le faltan elementos esenciales
ui-confirm-next-body = La solicitud no puede enviarse tal como está: las observaciones indican qué falta y por qué. Puede continuar y volver a este paso más tarde.
ui-confirm-stay = Quedarse y completar este paso
ui-confirm-go = Continuar de todos modos
ui-findings-scope = Observaciones mostradas
ui-findings-scope-step = Este paso
ui-findings-scope-all = Toda la solicitud
ui-findings-none = Aquí no falta nada.
ui-list-add = Añadir
ui-list-remove = Eliminar
ui-choice-none = — Elegir —
ui-measure-add-label = Forma de asistencia que se añadirá
ui-measure-add = Añadir esta asistencia

## Formatos, explicados bajo los campos que lo requieren
ui-datetime-zone = Huso horario
ui-hint-time-zone = UTC, un desfase como UTC+01:00 o un huso como Europe/Madrid.
ui-hint-country = Código ISO 3166 de dos letras mayúsculas, por ejemplo ES.
ui-hint-language = Código ISO 639 de dos o tres letras, por ejemplo es.
ui-hint-currency = Código ISO 4217 de tres letras, por ejemplo EUR.
ui-hint-amount = Cifras con punto decimal, por ejemplo 125000.50.
ui-hint-ip-address = Dirección IPv4 o IPv6, por ejemplo 203.0.113.7.
ui-hint-email = Por ejemplo nombre@example.org.
ui-hint-url = Dirección completa, por ejemplo https://example.org/pagina.
ui-hint-phone = Formato internacional con el prefijo del país, por ejemplo +34 912 345 678.

## Revisión y exportación
ui-review-title = Revisar y exportar
ui-doc-language = Idioma de la solicitud
ui-preview-title = Vista previa
ui-export-pdf = Exportar a PDF…
ui-export-draft-title = La solicitud todavía tiene errores
ui-export-draft-body = No está lista para enviarse. Puede exportarla como borrador para revisión: cada página llevará la marca BORRADOR.
ui-export-draft = Exportar como borrador
ui-cancel = Cancelar
ui-exported = PDF guardado:

## Closing with unsaved changes (a native dialog)
ui-close-unsaved-title = Cambios sin guardar
ui-close-unsaved-body = El expediente tiene cambios que no se han guardado en un archivo. Si cierra Rogatory ahora, se perderán.
ui-close-unsaved-discard = Cerrar y perder los cambios
ui-close-unsaved-keep = Seguir trabajando

## Settings: the authority's profile
ui-settings = Configuración
ui-settings-title = Su autoridad
ui-settings-intro = Se conserva en este ordenador. Cada nueva solicitud comienza con estos datos, su propio número de referencia y el logotipo del membrete.
ui-settings-authority-name = Nombre de la autoridad
ui-settings-authority-address = Dirección
ui-settings-authority-email = Correo electrónico
ui-settings-authority-phone = Teléfono
ui-settings-signatory-name = Nombre del firmante
ui-settings-signatory-function = Cargo del firmante
ui-settings-signatory-place = Lugar de la firma
ui-settings-reference-pattern = Número de referencia de las nuevas solicitudes
ui-settings-reference-hint = [year] se sustituye por el año y [seq] por un número que aumenta en uno con cada nueva solicitud, por ejemplo PG/AJ/[year]/[seq].
ui-settings-interface-lang = Idioma de la interfaz al iniciar
ui-settings-document-lang = Idioma de las nuevas solicitudes
ui-settings-save = Guardar la configuración
ui-settings-saved = Configuración guardada.
ui-settings-logo = Logotipo del membrete
ui-settings-logo-none = Sin logotipo.
ui-settings-logo-set = Logotipo definido, ancho × alto en píxeles:
ui-settings-logo-choose = Elegir una imagen PNG o JPEG…
ui-settings-logo-remove = Quitar el logotipo

## Each language named in itself, as language pickers do (the same in every locale).
ui-language-en = English
ui-language-fr = Français
ui-language-es = Español
ui-language-ru = Русский
ui-language-ar = العربية
ui-language-zh = 中文

## The register: search and lists, the deadline dashboard, tracking and history.
ui-register = Registro
ui-register-title = El registro
ui-register-search = Buscar en todos los expedientes y sus notas
ui-register-filters = Filtros
ui-register-filter-kind = Tipo de solicitud
ui-register-filter-status = Estado
ui-register-filter-direction = Sentido
# UNSURE: State — "País", not "Estado": "Estado" already means the status here (register.ftl "Cambio de estado"), and both filters and columns sit side by side.
ui-register-filter-country = País (código de dos letras)
ui-register-filter-due = Plazo
ui-register-any = Cualquiera
ui-register-due-overdue = Vencido
ui-register-due-7 = En los próximos 7 días
ui-register-due-30 = En los próximos 30 días
ui-register-results = Expedientes encontrados:
ui-register-none = Ningún expediente coincide.
ui-register-col-reference = Referencia
ui-register-col-kind = Tipo
ui-register-col-status = Estado
# UNSURE: State — "País", as in ui-register-filter-country, to avoid two columns headed "Estado".
ui-register-col-country = País
ui-register-col-title = Delito o persona
ui-register-col-updated = Último cambio
ui-register-col-due = Próximo plazo
ui-register-open = Abrir
ui-register-more = Mostrar más
ui-register-import = Importar expedientes…
ui-register-backup = Hacer una copia de seguridad del registro…
ui-register-restore-backup = Restaurar una copia de seguridad…
ui-register-restore-confirm = ¿Reemplazar todo el registro por la copia de seguridad? El registro tal como está ahora se conserva junto a él.
ui-register-import-imported = importado
ui-register-import-revised = ya figura con otro contenido: añadido como nueva versión
ui-register-import-duplicate = ya figura, sin cambios: no se ha añadido nada
ui-register-import-failed = no importado
ui-register-backed-up = Copia de seguridad guardada:
ui-register-restored = Registro restaurado a partir de:
ui-register-same-reference = Otro expediente tiene la misma referencia.
ui-dashboard-title = Plazos de los próximos 14 días
ui-dashboard-none = No vence ningún plazo en los próximos 14 días.
ui-dashboard-overdue = Vencido
ui-dashboard-due = Vence
ui-dashboard-advice = Recomendación: compruebe esta fecha
ui-tracking = Seguimiento e historial
ui-tracking-title = Seguimiento e historial de esta solicitud
ui-tracking-status = Estado
ui-tracking-their-reference = Referencia de la contraparte
ui-tracking-add-event = Registrar un evento
ui-tracking-event-date = Fecha (YYYY-MM-DD)
ui-tracking-event-kind = Qué ocurrió
ui-tracking-event-status = Nuevo estado
ui-tracking-event-note = Nota
ui-tracking-add = Registrar
ui-tracking-timeline = Cronología
ui-tracking-no-events = Aún no se ha registrado nada.
ui-tracking-revisions = Versiones
ui-tracking-revision = Versión
ui-tracking-restore = Restaurar esta versión
ui-tracking-restored-from = restaurada a partir de la versión
ui-tracking-changed = Campos modificados:
ui-tracking-follow-up = Crear la solicitud de asistencia judicial recíproca posterior
ui-tracking-followed-by = Seguida de
ui-tracking-follows = Sigue a
ui-tracking-deadlines = Plazos pendientes
ui-back-to-form = Volver al formulario
ui-autosaved = Conservado en el registro
ui-autosave-failed = No conservado en el registro:
ui-register-filter-from = Fecha de la solicitud, desde
ui-register-filter-to = Fecha de la solicitud, hasta
ui-register-incoming = Registrar una solicitud recibida
ui-register-incoming-country = Estado requirente (código de dos letras)
ui-register-incoming-received = Recibida el
ui-register-incoming-their-reference = Referencia de la contraparte
ui-register-incoming-submit = Registrar y abrir
ui-tracking-additional-information = Pedir al remitente la información que falta (PDF)…
ui-tracking-letter-written = Carta guardada:
ui-register-export = Exportar los expedientes de la lista…
ui-register-exported = Archivos de expediente escritos:
ui-register-incoming-import = O importarla desde un archivo de expediente…
