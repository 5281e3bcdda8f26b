# La línea de comandos (okx-key-assistant verify / save / list / delete / simulate).
# Se muestra en una terminal, a quien ejecuta un bot o un script: nombra variables de entorno y
# opciones, nunca botones, campos ni pasos.
# Sin traducir: el nombre del programa okx-key-assistant, los comandos (verify, save, list,
# delete, simulate), las opciones (--site, --json, …), sus valores (global, eea, us, tr, auto),
# las variables de entorno (OKX_API_KEY, …) y los marcadores en mayúsculas de la ayuda (LABEL,
# SITE, N, COMMAND): la gente los escribe tal cual.

## Ayuda: lo que imprime --help (y lo que un error de uso repite debajo del motivo)
## Se conservan los saltos de línea y la sangría de las listas de opciones.

cli-usage =
    { -app-name }: una clave de API de OKX segura para tu bot de trading, probada y guardada en tu llavero.

    Uso:
      { -cmd-app }                abre la app
      { -usage-verify }
      { -usage-save }
      { -usage-list }
      { -usage-delete }
      { -usage-run-brief }
      { -usage-check }
      { -usage-simulate }
      { -usage-command-help }   más sobre un comando
      { -usage-version }

    La clave se lee de las variables de entorno OKX_API_KEY, OKX_SECRET_KEY y OKX_PASSPHRASE
    (save también lee la entrada estándar), nunca de la línea de comandos. Para pruebas y práctica,
    un sitio puede apuntar al simulador con OKX_BASE_URL_GLOBAL, OKX_BASE_URL_EEA, OKX_BASE_URL_US
    u OKX_BASE_URL_TR (solo http://127.0.0.1:PORT o http://localhost:PORT).

    Código de salida: 0 verificada y segura (o listo); 1 falló; 2 uso o datos incorrectos;
    3 verificada pero insegura (la clave puede retirar fondos).

# Después de la ayuda principal. $languages: los códigos de idioma, p. ej. "en, zh-CN, es-419, ar".
cli-usage-languages =
    Idioma: todos los comandos aceptan --lang CODE ({ $languages }); sin esta opción, deciden LC_ALL,
    LC_MESSAGES o LANG, y para cualquier otro idioma se usa el inglés.

cli-verify-usage =
    Uso: { -usage-verify }

    Prueba una clave de API de OKX con solicitudes firmadas de solo lectura (nunca se opera ni se
    mueve nada) e imprime el informe de confirmación.

    La clave se lee de las variables de entorno OKX_API_KEY, OKX_SECRET_KEY y OKX_PASSPHRASE
    (nunca de la línea de comandos), o de una clave guardada en el llavero del sistema con --keychain.
    Los valores se limpian y revisan igual que en la app: los espacios sobrantes se quitan y se informan.

    Opciones:
      --site SITE        dónde se creó la clave: global (okx.com), eea (my.okx.com),
                         us (app.okx.com) o tr (tr.okx.com, OKX TR). Sin esta opción (o con
                         auto) la prueba encuentra el sitio de la clave y lo indica; si indicas
                         un sitio, una clave de otro sitio falla y se dice dónde sí funciona
      --demo             la clave es de Trading demo
      --json             imprime un objeto JSON en lugar del informe
      --keychain LABEL   prueba la clave guardada como LABEL (con su sitio y modo, salvo que los indiques)
      -h, --help         muestra esta ayuda

    Código de salida: 0 verificada y segura; 1 la verificación falló; 2 uso o datos incorrectos;
    3 verificada pero insegura (la clave puede retirar fondos).

cli-save-usage =
    Uso: { -usage-save }

    Prueba la clave y luego la guarda en el llavero del sistema como LABEL (letras, dígitos, '_', '-', '.';
    por ejemplo, el nombre que le diste a la clave en OKX). Solo se guarda una clave que OKX acepta y
    que no puede retirar fondos; lo guardado se vuelve a leer antes de darlo por guardado.

    La clave se lee de OKX_API_KEY, OKX_SECRET_KEY y OKX_PASSPHRASE o, si ninguna está definida,
    de la entrada estándar: tres líneas en el orden de OKX (clave de API, clave secreta, frase de
    contraseña), o una nota, un archivo env o un JSON con los valores etiquetados. Nunca de la línea de comandos.

    Opciones:
      --site SITE   dónde se creó la clave: global, eea, us o tr. Sin esta opción (o con auto)
                    la prueba encuentra el sitio de la clave y la clave se guarda con él
      --demo        la clave es de Trading demo
      --replace     reemplaza una clave ya guardada como LABEL (la anterior se conserva hasta que
                    la nueva esté guardada y vuelta a leer)
      -h, --help    muestra esta ayuda

    Un bot lee la clave guardada del llavero: servicio { -cmd-app }, usuario LABEL, secreto =
    JSON con api_key, secret_key, passphrase, site, api_host, demo y saved_at.

    Código de salida: 0 guardada; 1 no guardada (la prueba falló o el llavero la rechazó); 2 uso o
    datos incorrectos; 3 no guardada porque la clave puede retirar fondos.

cli-list-usage =
    Uso: { -usage-list }

    Muestra las claves que esta app guardó en el llavero del sistema: etiqueta, clave de API (primeros 4
    y últimos 4 caracteres), sitio, real o demo, y cuándo se guardó. Una clave que la app recuerda pero
    que ya no está en el llavero se marca como “{ cli-list-missing }”.

    Opciones:
      --json       imprime un arreglo JSON en lugar de la tabla
      -h, --help   muestra esta ayuda

    Código de salida: 0 listado; 1 no se pudo leer el llavero; 2 uso incorrecto.

cli-delete-usage =
    Uso: { -usage-delete }

    Elimina del llavero del sistema (y de la lista de la app) la clave guardada como LABEL. La clave
    sigue funcionando en OKX: elimínala también allí si ya no la usas.

    Opciones:
      -h, --help   muestra esta ayuda

    Código de salida: 0 eliminada; 1 no hay ninguna clave guardada como LABEL, o el llavero la rechazó; 2 uso incorrecto.

cli-simulate-usage =
    Uso: { -usage-simulate }

    Inicia en esta computadora una copia de práctica de la API de OKX (solo en 127.0.0.1), con claves
    de práctica para cada situación que la app explica. Imprime las claves y los valores OKX_BASE_URL_*
    que apuntan la app (y verify) a ella, y luego muestra cada solicitud hasta que presiones Ctrl-C.

    Opciones:
      --port N         el puerto del primer sitio (predeterminado 8085); sin --site, los cuatro sitios
                       usan de N a N+3 (global, eea, us, tr); 0 elige puertos libres
      --site SITE      ejecuta solo este sitio en N
      --latency-ms N   espera N milisegundos antes de cada respuesta (predeterminado 0)
      --skew-ms N      el reloj del simulador va N milisegundos adelantado (negativo: atrasado)
      -h, --help       muestra esta ayuda

    Código de salida: 0 detenido con Ctrl-C; 1 no pudo iniciar (por ejemplo, el puerto está ocupado);
    2 uso incorrecto.

# Después de la ayuda de verify y save (y de la ayuda principal). Los ids de los bots no se traducen.
cli-ready-usage =
    Listo para tu bot (verify y save):
      --bot BOT          también comprueba que la cuenta esté lista para este bot: web-platform,
                         freqtrade, hummingbot, python-ccxt, python-okx, okx-agent, passivbot
                         u octobot (modo de cuenta, modo de posición, mercado, dónde está el
                         dinero). save guarda la elección con la clave; check y verify --keychain
                         la usan
      --market MARKET    qué opera el bot: spot (el predeterminado) o swap (swaps perpetuos)

    Código de salida 4: la clave funciona y no puede retirar fondos, pero la cuenta todavía no
    está lista para el bot (el informe dice qué cambiar). 1 y 3 tienen prioridad sobre 4.

## Errores de uso: una línea, impresa después de "okx-key-assistant: " y antes de la ayuda.
## Nunca repiten lo que se escribió (podría ser un secreto pegado en el lugar equivocado), solo
## nombres de opciones que el programa conoce.

# $commands: los nombres de los comandos, separados por comas (verify, save, list, delete, simulate).
cli-unknown-command = Comando desconocido (los comandos son { $commands }).
# $flag: un nombre de opción, como --site.
cli-unknown-flag = Opción desconocida { $flag }.
cli-unknown-flag-credential = Opción desconocida { $flag }: las credenciales nunca se leen de la línea de comandos; define OKX_API_KEY, OKX_SECRET_KEY y OKX_PASSPHRASE en su lugar.
cli-unknown-flag-hidden = Opción desconocida (no se muestra, por si contiene un secreto).
cli-flag-given-twice = { $flag } se indicó dos veces.
# $bots: los ids de los bots, separados por comas.
cli-bot-must-be = --bot debe ser uno de estos: { $bots }.
# $markets: spot, swap
cli-market-must-be = --market debe ser uno de estos: { $markets }.
cli-market-needs-bot = --market va con --bot: indica también el bot.
cli-flag-takes-no-value = { $flag } no lleva valor.
cli-flag-needs-value = { $flag } necesita un valor.
cli-no-arguments = Este comando no acepta otros argumentos. Las credenciales nunca se leen de la línea de comandos: define OKX_API_KEY, OKX_SECRET_KEY y OKX_PASSPHRASE en su lugar.
cli-too-many-arguments = Demasiados argumentos (una etiqueta no lleva espacios). Las credenciales nunca se leen de la línea de comandos.
# $sites: los valores que acepta --site, separados por comas (global, eea, us, tr, auto).
cli-site-must-be = --site debe ser uno de estos: { $sites }.
cli-save-needs-label = save necesita una etiqueta (LABEL) para guardar la clave.
cli-delete-needs-label = delete necesita la etiqueta (LABEL) de la clave que quieres eliminar.
cli-port-must-be = --port debe ser un número de 0 a 65535.
cli-latency-must-be = --latency-ms debe ser un número entero de milisegundos.
cli-latency-too-long = --latency-ms debe ser como máximo 60000 (un minuto).
cli-skew-must-be = --skew-ms debe ser un número entero de milisegundos.
cli-skew-too-large = --skew-ms debe estar dentro de un día (86400000).
# La solución de un error de uso en la salida --json (su mensaje es una de las líneas de arriba).
cli-usage-mistake-fix = Ejecuta el comando con --help para ver cómo usarlo.

## Cómo se imprime un problema: su mensaje y, en la línea siguiente (con sangría), qué hacer.

# $fix: qué hacer (una oración completa o más).
cli-what-to-do = Qué hacer: { $fix }
# Una observación impresa antes del resultado, que no detiene el comando. $note: la observación.
cli-note = Nota: { $note }

## De dónde viene la clave: las variables de entorno, la entrada estándar o una clave guardada

# $var: el nombre de una variable de entorno, p. ej. OKX_PASSPHRASE.
cli-env-not-text = { $var } contiene bytes que no son texto.
    .fix = Vuelve a definir { $var } pegando el valor exactamente como lo mostró OKX.
# $var: el nombre de la única variable de entorno que falta.
cli-env-missing-one = { $var } no está definida.
    .fix = { -cli-set-all-three }
# $first, $second: los nombres de las dos variables de entorno que faltan.
cli-env-missing-two = { $first } y { $second } no están definidas.
    .fix = { -cli-set-all-three }
-cli-set-all-three = Define las tres: OKX_API_KEY, OKX_SECRET_KEY y OKX_PASSPHRASE (los valores que mostró OKX cuando creaste la clave).
# .fix para verify; .fix-save para save, que también puede leer la entrada estándar.
cli-no-key-given = No se indicó ninguna clave de API.
    .fix = Define OKX_API_KEY, OKX_SECRET_KEY y OKX_PASSPHRASE con los valores que mostró OKX cuando creaste la clave, o usa --keychain LABEL para una clave guardada.
    .fix-save = Define OKX_API_KEY, OKX_SECRET_KEY y OKX_PASSPHRASE, o pasa los tres valores al comando por una tubería (uno por línea, en ese orden).
# Se muestra cuando save espera que se escriban o peguen los valores en la terminal.
cli-paste-prompt = Pega la clave de API, la clave secreta y la frase de contraseña, una por línea, y luego presiona Ctrl-D (en Windows, Ctrl-Z y luego Enter). Lo que pegues se verá en pantalla; para evitarlo, define OKX_API_KEY, OKX_SECRET_KEY y OKX_PASSPHRASE en su lugar.
cli-paste-prompt-hidden = Pega la clave de API, la clave secreta y la frase de contraseña, una por línea, y luego presiona Ctrl-D. Lo que pegues no se ve en pantalla (solo los saltos de línea); Ctrl-C cancela.
cli-stdin-not-text = Lo que llegó por la entrada estándar no se pudo leer como texto.
    .fix = Indica los tres valores como texto simple, uno por línea: clave de API, clave secreta, frase de contraseña.
# $found: cuántos de los tres valores se encontraron (0, 1 o 2).
cli-stdin-values-found = Se encontraron { $found } de los tres valores en la entrada estándar.
    .fix = Indica la clave de API, la clave secreta y la frase de contraseña, una por línea y en ese orden (o con etiqueta, como "API key: ...").
# $label: la etiqueta de la clave guardada.
cli-env-ignored-for-saved-key = Nota: se prueba la clave guardada como "{ $label }"; OKX_API_KEY, OKX_SECRET_KEY y OKX_PASSPHRASE se ignoran.
# $vars: the settings that are set, e.g. “OKX_BASE_URL_GLOBAL=http://127.0.0.1:8085, OKX_BASE_URL_EEA=http://127.0.0.1:8086”
cli-override-note = Nota: los ajustes de práctica están activos ({ $vars }): las solicitudes de esos sitios van a un servidor de práctica en esta computadora, no a { -okx }. Las claves guardadas desde { -okx } nunca se envían allí.
cli-no-data-dir = No se encontró tu carpeta de datos, así que no se puede guardar la lista de claves guardadas.
    .fix = Asegúrate de que HOME esté definida (o XDG_DATA_HOME en Linux) y vuelve a ejecutar el comando.

## verify: lo que imprime mientras corre la prueba (solo en la terminal)

cli-progress-reach = Comprobando que OKX responde...
cli-progress-clock = Comprobando el reloj...
cli-progress-auth = Comprobando la clave con solicitudes firmadas de solo lectura...
cli-progress-other = Comprobando...

## save

# $label: la etiqueta escrita; $key: la clave de API guardada, acortada a sus primeros y últimos 4
# caracteres (6d2d…fd7f); $saved_at: cuándo se guardó (2026-11-26T18:00:00.000Z).
cli-already-saved = Ya hay una clave guardada con la etiqueta "{ $label }": la clave { $key }, guardada el { $saved_at }.
    .fix = { -cli-replace-or-rename }
# La etiqueta la ocupa un elemento del llavero que esta app no escribió. $label: la etiqueta escrita.
cli-already-saved-foreign = Ya hay una clave guardada con la etiqueta "{ $label }": un elemento que esta app no escribió.
    .fix = { -cli-replace-or-rename }
-cli-replace-or-rename = Agrega --replace para poner la nueva clave en su lugar (la anterior se conserva hasta que la nueva esté guardada y vuelta a leer), o elige otra etiqueta.
# $backend: el nombre del llavero, p. ej. "Secret Service (GNOME Keyring)"; $service y $user
# nombran el elemento del llavero (okx-key-assistant y la etiqueta); $replaced: "yes" o "no".
cli-saved = { $replaced ->
        [yes] Guardada en { $backend } (servicio "{ $service }", usuario "{ $user }"), en lugar de la clave guardada antes.
       *[no] Guardada en { $backend } (servicio "{ $service }", usuario "{ $user }").
    }
# Va antes de unas pocas líneas de Python ("pip install keyring" es un comando).
cli-python-snippet-intro = Cómo la lee un bot en Python ({ -cmd-pip-install-keyring }):

## list y delete

# Los encabezados de la tabla de claves guardadas (en mayúsculas, como una tabla de terminal).
cli-list-column-label = ETIQUETA
cli-list-column-api-key = CLAVE DE API
cli-list-column-site = SITIO
cli-list-column-mode = MODO
cli-list-column-saved-at = GUARDADA
# La columna MODO: una clave real (dinero real) o de Trading demo.
cli-list-mode-live = real
cli-list-mode-demo = demo
# La última columna, para una clave que la app recuerda pero que el llavero ya no tiene.
cli-list-missing = falta en el llavero
cli-list-empty = Todavía no hay claves guardadas. Guarda una con: { -cmd-save-label }
# $label: la etiqueta de la clave eliminada.
cli-deleted = Se eliminó del llavero la clave guardada como "{ $label }". Sigue funcionando en OKX hasta que la elimines allí.

## Errores de la propia línea de comandos (su solución es el texto habitual de "es un error")

# $error: las palabras del propio sistema, en inglés.
cli-internal-runtime = El comando no pudo iniciar su trabajo en segundo plano ({ $error }).
cli-internal-json = El resultado no se pudo escribir como JSON ({ $error }).

# `okx-key-assistant` with no subcommand could not start the window's program.
cli-window-missing = No se pudo abrir la ventana: { $program } no existe o no puede iniciarse ({ $error }).
cli-command-line-missing = No se pudo ejecutar el comando: { $program } no existe o no puede iniciarse ({ $error }).
    .fix = Reinstala { -app-name }. Los comandos (verify, save, list, delete, run, check) funcionan sin la ventana.
