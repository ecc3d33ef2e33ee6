## Errores: no se pudo leer un archivo o la instalación. Cada mensaje indica el lugar.

error-case-too-large = El archivo ocupa { $bytes } bytes; un expediente no puede superar los { $max } bytes.
error-case-json = El archivo no es un JSON válido: línea { $line }, columna { $column }: { $reason }.
error-case-format = Este archivo no es un expediente de Rogatory (su «format» es «{ $found }»; se esperaba «rogatory-case»).
error-case-version = Este expediente tiene la versión «{ $found }»; esta versión de Rogatory lee versiones hasta la { $supported }. Actualice Rogatory para abrirlo.
error-case-kind = Tipo de solicitud desconocido: «{ $found }».
error-case-unknown-field = { $path }: este campo no forma parte de este tipo de solicitud.
error-case-wrong-type = { $path }: se esperaba { $expected } y se encontró { $found }.
error-case-unknown-measure = { $path }: medida desconocida: «{ $found }».
error-case-measure-not-allowed = { $path }: la medida «{ $found }» no puede solicitarse en este tipo de solicitud.
error-case-control-character = { $path }: el texto contiene el carácter de control { $codepoint } en el carácter n.º { $position }; probablemente el archivo esté dañado.
error-case-field-too-long = { $path }: { $chars } caracteres; un campo admite como máximo { $max }.
error-case-too-many-items = { $path }: { $items } elementos; una lista admite como máximo { $max }.
error-catalog-read = No se pueden leer las plantillas en { $path }: { $reason }
error-catalog-parse = Un archivo de plantilla tiene un formato incorrecto: { $path }: { $reason }
error-catalog-invalid =
    Las plantillas en { $path } no son coherentes ({ $problems ->
        [one] 1 problema
       *[other] { $problems } problemas
    }, indicados más arriba).
error-i18n-read = No se pueden leer los mensajes en { $path }: { $reason }
error-i18n-syntax = Un archivo de mensajes está mal formado: { $path }, línea { $line }: { $reason }
error-i18n-duplicate = { $path }: el mensaje «{ $id }» está definido dos veces.
error-i18n-missing = Falta el mensaje «{ $id }» en el idioma { $lang }.
error-i18n-format = No se puede dar formato al mensaje «{ $id }» del idioma { $lang }: { $reason }
error-pdf-subset = No se pudo incrustar una fuente en el PDF. Se trata de un defecto de Rogatory; le rogamos que lo notifique adjuntando el expediente.
error-logo-format = { $file } no es una imagen PNG ni JPEG; el logotipo del membrete debe estar en uno de estos formatos.
error-logo-corrupt = El logotipo { $file } está dañado y no puede utilizarse: { $reason }
error-logo-too-large = El logotipo { $file } mide { $width } × { $height } píxeles; un logotipo no puede superar { $max } × { $max } píxeles.
error-unknown-example = No existe ningún ejemplo llamado «{ $name }».
error-unknown-item = El catálogo no contiene ningún elemento llamado «{ $name }» que pueda añadirse a una lista.
error-internal = Se ha producido un error interno en Rogatory. Su trabajo no ha cambiado; comuníquelo adjuntando el archivo del caso.
error-file-io = No se puede leer ni escribir { $path }: { $reason }
error-draft-refused = La solicitud todavía contiene errores, por lo que no se generó el PDF definitivo. Complétela o exporte una copia marcada como BORRADOR.
error-settings-damaged = El archivo de configuración { $path } está dañado y se ha dejado como estaba: { $reason }. Repárelo o elimínelo y vuelva a intentarlo.
error-settings-too-long = El parámetro { $field } tiene { $length } caracteres; se admiten como máximo { $max }. No se ha guardado nada.
error-settings-language = «{ $lang }» no es uno de los seis idiomas de la interfaz y de las solicitudes. No se ha guardado nada.
error-recent-unknown = { $path } no figura entre los expedientes recientes; ábralo con «Abrir un expediente…».
