# Mantener sanas las claves guardadas: "okx-key-assistant check" (y, más adelante, Mis claves en la ventana).
# Cada clave guardada se vuelve a probar y se compara con lo que la app vio la última vez que funcionó.
# Sin traducir: okx-key-assistant, check, save, --json, --replace, LABEL, las claves JSON
# (label, okx_label, drift, idle_rule). Los permisos Lectura, Trading y Retiro se nombran como en
# ui-steps-1.ftl (ui-perm-read, ui-perm-trade, ui-perm-withdraw).
# $site es el nombre de un sitio (p. ej. "OKX (global, okx.com)"); $url es la página de API del sitio;
# $before y $after son listas de IP ("127.0.0.1, 5.6.7.8") o nombres de OKX, nunca se traducen.

## Cambios: lo que cambió en OKX desde la última vez que la clave funcionó.
## El mensaje dice qué cambió; .fix, qué hacer. Se muestra en la terminal y en la ventana.

health-drift-withdraw-turned-on =
    Se activó Retiro en esta clave desde la última vez que se probó. Una clave que puede retirar fondos puede vaciar tu cuenta si alguna vez se filtra.
    .fix = En { -okx }, edita esta clave de API y desactiva Retiro (o elimina la clave y crea una nueva solo con Lectura y Trading), y luego vuelve a probarla.

health-drift-trade-lost =
    Esta clave podía operar y ahora no puede: se desactivó Trading en { -okx }. Un bot no puede colocar órdenes con ella.
    .fix = En { -okx }, edita esta clave de API y vuelve a activar Trading, o crea una clave nueva con Lectura y Trading.

health-drift-ip-list-changed =
    Cambiaron las direcciones IP vinculadas a esta clave: antes { $before }, ahora { $after }.
    .fix = Si no las cambiaste tú, inicia sesión en { -okx } y revisa quién lo hizo. Asegúrate de que la dirección del servidor donde funciona tu bot esté en la lista; si no, el bot será rechazado.

health-drift-label-changed =
    El nombre de esta clave en { -okx } cambió de “{ $before }” a “{ $after }”.
    .fix = No hay nada que hacer si le cambiaste el nombre tú. Si no, inicia sesión en { -okx } y revisa la configuración de seguridad de tu cuenta.

health-drift-deleted-on-okx =
    { -okx } ya no reconoce esta clave en { $site }, donde antes funcionaba: se eliminó en { -okx }, ya sea por ti o por la regla de 14 días de { -okx } (una clave con Trading y sin vínculo de IP se elimina tras 14 días sin uso).
    .fix = { $surface ->
        [cli] Crea una clave nueva en { $url }, vinculada a la dirección IP de tu bot para que esto no vuelva a pasar, y luego guárdala con el mismo nombre con: { -cmd-save-replace }
       *[window] Presiona Reemplazar para crear una clave nueva con el mismo nombre, vinculada a la dirección IP de tu bot para que esto no vuelva a pasar. Luego elimina la clave anterior en { -okx } si todavía aparece en { $url }.
    }

# Representa una lista de IP vacía en health-drift-ip-list-changed.
health-ip-none = ninguna
# Representa una clave sin nombre en OKX en health-drift-label-changed.
health-label-none = sin nombre

## La regla de 14 días, para una clave real con Trading (o Retiro) y sin vínculo de IP.
## $days: días completos desde que la app vio funcionar la clave por última vez; $left: 14 menos eso
## (nunca menos de 0); $limit: 14.

health-idle-rule =
    { -okx } elimina una clave que tiene Trading y no tiene vínculo de IP tras { $limit } días sin uso. Esta app vio funcionar esta clave por última vez { $days ->
        [0] hoy
        [one] hace { $days } día
       *[other] hace { $days } días
    }; si nada la ha usado desde entonces, { $left ->
        [0] puede que { -okx } ya la haya eliminado.
        [one] le queda { $left } día.
       *[other] le quedan { $left } días.
    } El uso de tu propio bot también cuenta (cualquier solicitud firmada), y esta app no puede verlo.
    .fix = La solución definitiva: en { -okx }, edita la clave y vincúlala a la dirección IP de tu bot (la dirección pública del servidor donde funciona). Una clave vinculada a una dirección IP nunca se elimina por inactividad.

## El archivo de historial (key-history.json en la carpeta de datos de la app; no contiene secretos).
## $path es una ruta de archivo y $error el motivo del sistema, ambos tal cual.

health-history-unwritable =
    Las pruebas se hicieron, pero su historial no se pudo escribir en { $path }: { $error }.
    .fix = Revisa que esta carpeta exista y que puedas escribir en ella, y luego vuelve a ejecutar la prueba.
health-history-encode-failed = No se pudo escribir el historial de claves (un error interno).

## okx-key-assistant check: la ayuda y una línea por clave.
## Se conservan los saltos de línea y la sangría de la lista de opciones: las terminales los muestran tal cual.

health-usage =
    Uso: { -usage-check }

    Prueba a la vez las claves guardadas en el llavero del sistema (todas, o las LABEL indicadas),
    cada una en su propio sitio y en su propio modo, con solicitudes firmadas de solo lectura (nunca
    se opera ni se mueve nada). Dice qué cambió desde la última vez que funcionó cada clave: se activó
    Retiro, se perdió Trading, cambió la lista de IP o el nombre, o la clave se eliminó en OKX. Cada
    prueba se agrega al historial breve de la clave (sus últimas 50 pruebas, nunca un secreto) en la
    carpeta de datos de la app.

    Opciones:
      --json       imprime un arreglo JSON: el objeto de verify --json de cada clave, con su nombre
                   guardado como label (el nombre propio de OKX pasa a okx_label), más drift e idle_rule
      -h, --help   muestra esta ayuda

    Código de salida: 0 todas las claves están sanas; 1 una clave falló, se eliminó en OKX o perdió
    Trading; 2 uso incorrecto, o no hay ninguna clave guardada; 3 una clave puede retirar fondos
    (3 tiene prioridad sobre 1).

# Después de health-usage (check --help).
health-usage-ready =
    Una clave guardada con un bot (save LABEL --bot BOT) también se prueba para ese bot: modo de
    cuenta, modo de posición, mercado y dónde está el dinero; el JSON incluye su objeto readiness.
    Código de salida 4: todas las claves están sanas, pero una cuenta no está lista para el bot
    de su clave.

# La columna de resultado de la línea de una clave.
health-result-healthy = sana
health-result-can-withdraw = puede retirar fondos: no es segura para un bot
# $reason: el mensaje del primer problema.
health-result-failed = falló: { $reason }
health-result-deleted = eliminada en OKX
health-test-stopped = La prueba de esta clave se detuvo inesperadamente (un error interno).

health-no-keys =
    Todavía no hay ninguna clave guardada, así que no hay nada que revisar.
    .fix = Primero guarda una con: { -cmd-save-label }

# $before, $after: the account modes' names (Spot, Futures, Multi-currency margin, Portfolio margin)
health-drift-account-mode-changed =
    El modo de la cuenta en { -okx } cambió de { $before } a { $after }.
    .fix = No hay nada que hacer si lo cambiaste tú. Vuelve a probar la clave con su bot: algunos bots necesitan un modo concreto (consulta «Listo para tu bot»).
# $before, $after: Buy/sell mode or Long/short mode
health-drift-position-mode-changed =
    El modo de posición de la cuenta en { -okx } cambió de { $before } a { $after }.
    .fix = No hay nada que hacer si lo cambiaste tú. Un bot que necesita el otro modo ve rechazadas sus órdenes de swaps: vuelve a probar la clave con su bot.
