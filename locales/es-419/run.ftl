# okx-key-assistant run: entrega una clave guardada a un programa a través de su entorno.
# Se muestra en una terminal, en la salida de error estándar (la salida estándar es del programa que se ejecuta).
# Sin traducir: okx-key-assistant, run, las opciones (--profile, --verify, --no-mask), los
# nombres de perfil (generic, freqtrade, okx-agent), las variables de entorno y los marcadores en
# mayúsculas (LABEL, COMMAND, ARGS, P): la gente los escribe tal cual.
# $label es el nombre con el que se guarda una clave (letras, dígitos, _ - .), nunca se traduce.

## Ayuda: lo que imprime "okx-key-assistant run --help"
## Se conservan los saltos de línea y la sangría de las listas: las terminales los muestran tal cual.

run-usage =
    Uso: { -usage-run }

    Inicia COMMAND con la clave guardada como LABEL en su entorno, con los nombres que lee tu bot,
    así la clave nunca va a un archivo de configuración, a un archivo .env ni al historial de tu
    shell. Nadie más recibe la clave: los argumentos de COMMAND se pasan tal cual.

    Perfiles (--profile, predeterminado generic):
      generic     OKX_API_KEY, OKX_SECRET_KEY, OKX_PASSPHRASE, y dónde funciona la clave:
                  OKX_SITE (global, eea, us o tr), OKX_API_HOST (por ejemplo eea.okx.com),
                  OKX_API_BASE_URL (https:// y el host; el domain de python-okx) y
                  OKX_DEMO (1 para una clave de Trading demo, si no 0; el flag de python-okx)
      freqtrade   FREQTRADE__EXCHANGE__KEY, FREQTRADE__EXCHANGE__SECRET,
                  FREQTRADE__EXCHANGE__PASSWORD (la frase de contraseña) y
                  FREQTRADE__EXCHANGE__NAME: okx, myokx (EEA) u okxus (US)
      okx-agent   lo que lee el Agent Trade Kit de OKX: OKX_API_KEY, OKX_SECRET_KEY,
                  OKX_PASSPHRASE, OKX_SITE, OKX_API_BASE_URL y OKX_DEMO

    Opciones:
      --profile P   los nombres que se usan (arriba)
      --verify      prueba primero la clave con solicitudes firmadas de solo lectura, y no inicia
                    nada si la prueba falla o si la clave puede retirar fondos
      --no-mask     pasa la salida de COMMAND directo a esta terminal, sin máscara. Casi
                    nunca hace falta: en una terminal COMMAND corre en una seudoterminal
                    propia, así que los colores, las preguntas, las teclas, el tamaño de la
                    ventana y los programas de pantalla completa funcionan con la máscara
                    (en otros casos la salida pasa por tuberías). Úsala cuando COMMAND
                    necesite esta misma terminal, por ejemplo para suspenderlo con Ctrl-Z,
                    sabiendo que lo que imprime se muestra tal cual
      --restart-on-change
                    cuando se reemplaza la clave guardada como LABEL (Reemplazar en Mis
                    claves, o save --replace), detiene COMMAND y lo vuelve a iniciar con la
                    clave nueva en menos de un segundo; si la clave se borra, o la nueva
                    puede retirar fondos, detiene COMMAND y termina (2 o 3)
      --grace SECONDS
                    con --restart-on-change: cuánto puede tardar COMMAND en terminar después
                    de SIGTERM antes de que se le fuerce a parar (10 por defecto)
      -h, --help    muestra esta ayuda

    Una clave cuyo registro guardado dice que puede retirar fondos nunca se entrega. Ctrl-C y las
    señales de terminación se pasan a COMMAND. Ten en cuenta: cualquier programa que se ejecute con
    tu usuario puede leer el entorno de un proceso, y cada programa que COMMAND inicie hereda la clave.

    Qué se enmascara (sin --no-mask), en la salida estándar y en la de errores, sin importar
    mayúsculas o minúsculas, aunque llegue partido en varias escrituras: la clave secreta y la frase
    de contraseña tal cual; los primeros 12 caracteres o más de la clave secreta; ambas codificadas
    para URL (%23 y similares, + por un espacio), escapadas para JSON (\" \\ \uXXXX) y en base64
    (alfabeto estándar o seguro para URL, con o sin relleno =), solas o dentro de un texto base64
    más largo (ahí, todo salvo a lo sumo un carácter en cada extremo). Qué no: cualquier otra forma,
    por ejemplo en hexadecimal, partida por un salto de línea, al revés, un trozo de la frase de
    contraseña, un trozo de la clave secreta que no sea su comienzo o menos de 12 de sus primeros
    caracteres. Un programa siempre puede imprimir un secreto de una forma que ningún filtro conoce.

    Señales: Ctrl-C, SIGTERM y SIGHUP llegan a COMMAND una sola vez, también cuando se envían a todo
    el grupo de procesos (kill %1); una señal ignorada cuando run arranca (nohup) sigue ignorada
    para COMMAND.

    Código de salida: el propio código de COMMAND (128 + N cuando lo detuvo una señal N). Cuando
    COMMAND no se inicia: 1 no se pudo leer el llavero o --verify falló; 2 uso incorrecto o no hay
    ninguna clave guardada como LABEL; 3 la clave puede retirar fondos; 126 COMMAND no se pudo
    iniciar; 127 no se encontró COMMAND.

## Errores de uso (una línea, impresa arriba de la ayuda)

run-label-missing = run necesita la etiqueta (LABEL) de una clave guardada, luego -- y el comando que se va a iniciar.
run-command-missing = run necesita el comando que se va a iniciar, después de --: { -cmd-run-command }
run-profile-invalid = --profile debe ser generic, freqtrade u okx-agent.
run-grace-invalid = --grace debe ser un número entero de segundos, de 0 a 3600.
run-grace-without-restart = --grace va con --restart-on-change: es cuánto puede tardar en terminar un comando que se detiene.

## Por qué no se entrega una clave (cada uno con qué hacer)

run-refused-recorded-withdraw = No se inició: la clave guardada como “{ $label }” puede retirar fondos, así que quien la tenga puede sacar tu dinero de { -okx }.
    .fix = Elimina esta clave en la página de API de { -okx }, crea una nueva con solo Lectura y Trading activados, guárdala y ejecuta esa.
run-refused-withdraw = No se inició: la prueba muestra que la clave guardada como “{ $label }” puede retirar fondos, así que quien la tenga puede sacar tu dinero de { -okx }.
    .fix = Elimina esta clave en la página de API de { -okx }, crea una nueva con solo Lectura y Trading activados, guárdala y ejecuta esa.
run-refused-seen-withdraw = No se inició: la prueba más reciente de la clave guardada como “{ $label }” que obtuvo respuesta de { -okx } vio Retiro activado. Seguirá rechazada hasta que una prueba que llegue a { -okx } vea Retiro desactivado.
    .fix = Desactiva Retiro para esta clave en la página de API de { -okx } (o elimínala y crea una nueva con solo Lectura y Trading), y pruébala de nuevo: Probar en Mis claves, o { -cmd-check } { $label }.
run-refused-not-verified = No se inició: la clave guardada como “{ $label }” no pasó la prueba.
    .fix = Corrige lo que encontró la prueba ({ -cmd-verify-keychain } { $label } muestra el informe completo) y luego vuelve a ejecutar el comando.

## Avisos antes de que el comando inicie

# $label: la etiqueta de la clave guardada.
run-verified = La clave guardada como “{ $label }” pasó la prueba y no puede retirar fondos.
run-note-freqtrade-no-site = Nota: Freqtrade no tiene un nombre de exchange para { -okx } TR, así que FREQTRADE__EXCHANGE__NAME no se define; esta clave solo funciona con tr.okx.com.
run-note-freqtrade-demo = Nota: esta es una clave de Trading demo. El dry_run de Freqtrade es su propio trading simulado (paper trading); una clave de Trading demo solo funciona cuando las solicitudes llevan el encabezado de demo de { -okx } (x-simulated-trading: 1).
run-note-agent-tr = Nota: las versiones anteriores del Agent Trade Kit de { -okx } solo conocen los sitios global, eea y us; OKX_SITE es tr y OKX_API_BASE_URL apunta a tr.okx.com.

## Cuando el comando no puede iniciar

run-command-not-found = No se encontró el comando que se iba a iniciar.
    .fix = Revisa su nombre o indica su ruta completa (por ejemplo /usr/bin/python3).
# $error: el motivo del sistema operativo, en inglés.
run-command-not-started = No se pudo iniciar el comando ({ $error }).
    .fix = Revisa que sea un programa que puedes ejecutar (para un script: chmod +x y una línea #!).

## --restart-on-change: la clave guardada como LABEL cambió mientras el comando corre (en stderr)

# $label: la etiqueta de la clave guardada.
run-restart-replaced = Se reemplazó la clave guardada como “{ $label }”: se detiene el comando y se vuelve a iniciar con la clave nueva.
run-restart-deleted = Se borró la clave guardada como “{ $label }”: se detiene el comando.
run-restart-refused = La clave guardada como “{ $label }” se reemplazó por una que no se puede entregar: se detiene el comando.
run-restart-unreadable = No se pudo leer la clave guardada como “{ $label }” para ver si cambió: el comando sigue corriendo con la clave que tiene.

## okx-key-assistant unit: un servicio de usuario de systemd que inicia un bot con run

# Después de la lista de comandos de la ayuda principal.
unit-cli-usage =
      { -usage-run-restart }
      { -usage-unit-brief }

unit-usage =
    Uso: { -usage-unit }

    Imprime un servicio de usuario de systemd que inicia COMMAND con { -cmd-run } y
    la clave guardada como LABEL. El servicio no contiene ningún secreto: run lee la clave del
    llavero cada vez que arranca. systemd vuelve a iniciar COMMAND cuando falla (no cuando la
    clave falta o puede retirar fondos) y lo detiene como run reenvía las señales
    (KillMode=mixed).

    Instálalo con { -cmd-systemctl-edit } (pégalo), o guárdalo como
    { -path-unit-file } y ejecuta { -cmd-systemctl-reload }; después,
    { -cmd-systemctl-enable }. El llavero debe estar desbloqueado para el
    servicio. COMMAND arranca en la carpeta donde se ejecutó unit.

    Opciones:
      --profile P           los nombres a usar (ver { -cmd-run-help })
      --restart-on-change   reinicia COMMAND cuando se reemplaza la clave (ver run --help)
      -h, --help            muestra esta ayuda

unit-label-missing = unit necesita la LABEL de una clave guardada, luego -- y el comando a iniciar.
unit-command-missing = unit necesita el comando a iniciar, después de --: { -cmd-unit-command }
# $error: el motivo del sistema operativo, en inglés.
unit-no-program = No se pudo saber dónde está instalado este programa ({ $error }).
    .fix = Inicia { -cmd-app } con su ruta completa.
# La descripción de una línea del servicio (la muestra systemctl status). $command: el nombre del programa.
unit-description = { $command } con la clave guardada como “{ $label }” (OKX Key Assistant)
