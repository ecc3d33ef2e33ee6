## La línea de comandos de rogatory.

cli-help =
    rogatory: redacta y verifica solicitudes de cooperación internacional en asuntos penales

    Uso:
      rogatory validate FILE [--json] [--lang xx] [--today YYYY-MM-DD]
          Verifica un expediente; código de salida 0 si no hay ninguna observación de nivel de error,
          1 si hay alguna y 2 si no se puede leer el archivo.
      rogatory new KIND [-o FILE]        Un expediente vacío del tipo indicado (mla, preservation,
                                         emergency_disclosure, provider_request, extradition,
                                         provisional_arrest).
      rogatory examples [NAME] [-o FILE] Enumera los expedientes de ejemplo o muestra uno de ellos.
      rogatory render FILE [--lang xx] [-o OUT.pdf] [--allow-draft]
                                         Genera la solicitud en PDF en el idioma indicado; no la genera
                                         mientras contenga errores.
      rogatory schema [-o FILE]          El esquema JSON (JSON Schema) de un expediente.
      rogatory catalog check             Busca referencias huérfanas en templates/ y locales/.
      rogatory bench                     Mide los tiempos de carga y de validación en este equipo.

    Opciones:
      --lang xx     idioma de los mensajes: en, fr, es, ru, ar, zh
      --home DIR    carpeta que contiene templates/ y locales/ (por defecto: $ROGATORY_HOME o, en su defecto,
                    la carpeta del programa)
cli-usage-missing-value = La opción { $option } requiere un valor.
cli-usage-unknown-option = Opción desconocida: { $option }. Ejecute «rogatory help».
cli-usage-unknown-command = Comando desconocido: «{ $command }». Ejecute «rogatory help».
cli-usage-bad-date = «{ $value }» no es una fecha; escríbala en el formato AAAA-MM-DD.
cli-read-failed = No se puede leer { $file }: { $reason }
cli-write-failed = No se puede escribir { $path }: { $reason }
cli-not-utf8 = { $file } no es un texto UTF-8 (byte no válido en la posición { $position }).
cli-case-error = { $file }: { $message }
cli-unknown-kind = Tipo de solicitud desconocido: «{ $kind }». Tipos disponibles: { $kinds }.
cli-unknown-example = No existe ningún ejemplo llamado «{ $name }». Ejemplos: { $names }.
cli-severity-error = ERROR
cli-severity-warning = ADVERTENCIA
cli-severity-advice = RECOMENDACIÓN
cli-basis = Fundamento jurídico: { $basis }
cli-validate-summary =
    { $errors ->
        [one] 1 error
       *[other] { $errors } errores
    }, { $warnings ->
        [one] 1 advertencia
       *[other] { $warnings } advertencias
    }, { $advice ->
        [one] 1 recomendación
       *[other] { $advice } recomendaciones
    }.
cli-catalog-summary =
    { $problems ->
        [0] Catálogo coherente
        [one] 1 problema
       *[other] { $problems } problemas
    } ({ $kinds } tipos de solicitud, { $measures } medidas, { $rules } reglas generales).
cli-bench-catalog-load = Carga del catálogo ({ $rules } reglas generales)
cli-bench-locales-load = Carga de los idiomas de la interfaz ({ $locales } idiomas)
cli-bench-parse = Lectura del ejemplo más extenso, «{ $example }» ({ $bytes } bytes)
cli-bench-validate = Validación del ejemplo más extenso, «{ $example }»
cli-bench-line = mediana de { $micros } µs en { $runs } ejecuciones
cli-bench-failed = No se pudo ejecutar la medición de rendimiento: { $reason }
list-separator = {", "}
cli-render-refused = La solicitud todavía contiene errores (indicados más arriba), por lo que no se ha generado el PDF definitivo. Complétela o añada --allow-draft para obtener una copia marcada como BORRADOR.
cli-render-done = Se ha generado { $path } ({ $pages ->
        [one] 1 página
       *[other] { $pages } páginas
    }, { $bytes } bytes).
cli-render-draft = Se ha generado el BORRADOR { $path } ({ $pages ->
        [one] 1 página
       *[other] { $pages } páginas
    }, { $bytes } bytes); la solicitud todavía contiene errores.
cli-bench-render = Composición, maquetación y escritura del PDF de «{ $example }» (idioma: { $lang }; { $pages ->
        [one] 1 página
       *[other] { $pages } páginas
    }, { $bytes } bytes)
cli-bench-soffice = Conversión del mismo documento con LibreOffice (idioma: { $lang }; Rogatory es { $ratio } veces más rápido)
