# El informe de confirmación: texto simple que el usuario copia, guarda o ve impreso por
# `okx-key-assistant verify`, y que se puede pegar en cualquier lugar (por ejemplo, a un soporte).
#
# Notas para traductores:
# - El informe es texto simple, ajustado a 78 columnas por la app; los saltos de línea dentro de
#   un mensaje no importan (la app lo vuelve a ajustar), salvo en títulos y etiquetas de campo,
#   que deben quedar en una línea y ser cortos (una etiqueta debe caber en 14 caracteres).
# - Se usan comillas rectas (") y apóstrofos (') donde se puede.
# - Los marcadores contienen valores que nunca se traducen: hosts, direcciones web, etiquetas,
#   códigos, fechas y números ya formateados por la app.

## El título y el resultado arriba

report-title = { -app-name } - informe de confirmación

# $abilities es una de las frases report-abilities-* ("puede leer y operar").
report-result-verified = RESULTADO: VERIFICADA. { -okx } aceptó esta clave. La clave { $abilities } y no puede retirar fondos.
# $reasons: uno o dos motivos cortos (report-reason-*), o report-reasons-unknown-not-ready.
report-result-not-ready =
    RESULTADO: VERIFICADA, PERO NO LISTA PARA UN BOT. { -okx } aceptó esta clave y no puede retirar
    fondos, pero: { $reasons }. Mira los problemas más abajo.
report-result-unsafe =
    RESULTADO: INSEGURA - ESTA CLAVE PUEDE RETIRAR FONDOS. { -okx } aceptó esta clave, y tiene el
    permiso de Retiro: quien la tenga puede sacar tu dinero de { -okx }. No se la des a un bot.
    Mira "{ report-heading-next }".
report-result-unconfirmed =
    RESULTADO: SEGURIDAD NO CONFIRMADA. { -okx } aceptó esta clave, pero la prueba no pudo ver si
    puede retirar fondos. Vuelve a probarla antes de dársela a un bot.
# $reasons: uno o dos motivos cortos (report-reason-*), o report-reasons-unknown-not-verified.
report-result-not-verified =
    RESULTADO: NO VERIFICADA. La clave no pasó la prueba: { $reasons }. Cada problema y su
    solución aparecen más abajo.
# Se agrega después del resultado ($result) cuando la prueba se hizo contra el simulador de la app.
report-result-practice =
    { $result } PRUEBA DE PRÁCTICA: esta prueba habló con el simulador de la app en esta
    computadora, no con { -okx }, así que no dice nada sobre una clave real.
report-reasons-unknown-not-ready = ver más abajo
report-reasons-unknown-not-verified = la prueba no terminó

## Lo que puede hacer la clave (se inserta en el resultado y en la línea de resumen)

report-abilities-read-trade = puede leer y operar
report-abilities-read-only = puede leer pero no operar
report-abilities-trade-only = puede operar pero no leer
report-abilities-neither = no puede leer ni operar
report-abilities-unknown = tiene permisos desconocidos

## Motivos cortos: pocas palabras para cada problema, para "No verificada: frase de contraseña incorrecta"

report-reason-wrong-passphrase = frase de contraseña incorrecta
report-reason-wrong-secret = clave secreta incorrecta
report-reason-unknown-key = { -okx } no conoce esta clave de API
report-reason-wrong-site = la clave es de otro sitio de { -okx }
report-reason-demo-mismatch = se confundieron real y demo
report-reason-clock-skew = el reloj de esta computadora está desfasado
report-reason-ip-not-allowed = la dirección IP de esta computadora no está permitida para la clave
report-reason-region-restricted = { -okx } no está disponible en esta región
report-reason-key-frozen = la clave está congelada
report-reason-missing-read = a la clave le falta el permiso de Lectura
report-reason-missing-trade = a la clave le falta el permiso de Trading
report-reason-withdraw-enabled = la clave puede retirar fondos
report-reason-no-ip-binding = la clave no está vinculada a una dirección IP
report-reason-rate-limited = { -okx } pidió ir más despacio
report-reason-okx-unavailable = { -okx } no está disponible
report-reason-network-error = no se pudo llegar a { -okx }
report-reason-timeout = { -okx } no respondió a tiempo
report-reason-unexpected-response = { -okx } dio una respuesta que la app no entendió
report-reason-malformed-input = un valor pegado no tiene la forma correcta
report-reason-invalid-setting = se rechazó un ajuste de la app
report-reason-keychain-unavailable = no hay llavero disponible
report-reason-keychain-locked = el llavero está bloqueado
report-reason-keychain-denied = el llavero negó el acceso
report-reason-keychain-mismatch = el llavero devolvió otra cosa
report-reason-not-found = no hay ninguna clave guardada con esa etiqueta
report-reason-already-exists = ya hay una clave guardada con esa etiqueta
report-reason-not-allowed = no permitido
report-reason-storage = no se pudieron leer o escribir los archivos de la app
report-reason-browser-unavailable = no se pudo abrir el navegador web
report-reason-internal = un error en la app

# Dos motivos uno junto al otro, y más de dos ($more: cuántos no se muestran).
report-reasons-two = { $first }; { $second }
report-reasons-more = { $first }; { $second } (y { $more } más)

## El resumen de una línea (el titular de la ventana)

report-summary-verified = Verificada: segura, { $abilities }, sin retiros
# $reasons: motivos cortos de lo que todavía impide usarla en un bot.
report-summary-verified-but = Verificada: segura, { $abilities }, sin retiros; pero { $reasons }
report-summary-unsafe = Insegura: esta clave puede retirar fondos
report-summary-unconfirmed = Seguridad no confirmada: no se pudo revisar el permiso de Retiro
report-summary-not-verified = No verificada: { $reasons }
report-summary-not-finished = No verificada: la prueba no terminó
report-summary-practice = { $summary } (prueba de práctica con el simulador, no con { -okx })

## Títulos de sección (cada uno subrayado en el informe; en una sola línea)

report-heading-when = Cuándo
report-heading-key = La clave
report-heading-found = Lo que encontró la prueba
report-heading-checks = Comprobaciones
report-heading-problems = Problemas y advertencias
report-heading-ready = Listo para tu bot
report-heading-saved = Guardado
report-heading-rules = Reglas de oro
report-heading-confirmed = Lo que confirmaste
report-heading-next = Qué hacer ahora
report-heading-risk = Riesgo

## Etiquetas de campo ("  Etiqueta:  valor"; la app agrega los dos puntos; cortas)

report-field-tested = Probada
report-field-made = Informe hecho
report-field-app = App
report-field-site = Sitio
report-field-host = Host de API
report-field-mode = Modo
report-field-label = Etiqueta
report-field-api-key = Clave de API
report-field-account = Cuenta
report-field-read = Lectura
report-field-trade = Trading
report-field-withdraw = Retiro
report-field-permissions = Permisos
report-field-ip = Vínculo IP
report-field-balance = Saldo
report-field-clock = Reloj
report-field-pasted = Lo pegado
report-field-saved-in = Guardada en
report-field-service = Servicio
report-field-user = Usuario
report-field-saved-at = Guardada el

## Cuándo

# $time: una fecha y hora en UTC, formateada por la app ("2026-11-26 18:00:00").
report-time-utc = { $time } UTC
# $time: el mismo momento en la zona horaria de la computadora; $offset: su diferencia con UTC ("+05:30").
report-time-local = { $time } hora local (UTC{ $offset })
report-time-unknown = desconocido
# $time: la hora de la prueba tal como se registró (la app no pudo leerla como fecha).
report-time-as-recorded = { $time } (tal como se registró)
# $version: el número de versión de la app ("1.4.0").
report-app-version = { -app-name } { $version }

## La clave

# $site: el nombre del sitio de OKX ("okx.com (global)").
report-site-detected = { $site } (lo encontró la prueba: esta clave es de este sitio)
report-mode-demo = Trading demo (dinero de práctica, no fondos reales)
report-mode-live = Real (fondos reales)
report-label-none = (ninguna)
# $key: los primeros 4 y últimos 4 caracteres de la clave de API ("6f1c…5a41").
report-api-key-shortened = { $key } (solo los primeros 4 y los últimos 4 caracteres)
report-api-key-not-shown = (no se muestra)
report-account-main = cuenta principal
report-account-sub = subcuenta
# $account: report-account-main o report-account-sub; $mode: el nombre que OKX da al modo de la cuenta.
report-account-with-mode = { $account }, modo: { $mode }

## Lo que encontró la prueba

report-perm-yes = sí
report-read-missing = NO - un bot lo necesita para ver tu cuenta
report-trade-missing = NO - un bot lo necesita para colocar órdenes
report-withdraw-on = ACTIVADO - PELIGRO
report-withdraw-danger = !! PELIGRO: esta clave puede sacar tus fondos de { -okx }. No la uses con un bot.
report-withdraw-off = desactivado (seguro): ningún fondo puede salir de { -okx } a través de esta clave
report-not-known = desconocido
report-not-checked = no revisado (la prueba se detuvo antes)
# $addresses: las direcciones IP a las que está vinculada la clave, como lista.
report-ip-bound = vinculada a { $addresses }
report-ip-none-demo = ninguna (está bien para una clave demo: { -okx } no elimina las claves demo inactivas)
report-ip-none-live = ninguna. Advertencia: { -report-idle-deletion }
# Se usa en dos mensajes de arriba y de abajo (un término: nunca se muestra solo).
-report-idle-deletion =
    { -okx } elimina una clave que puede operar y no está vinculada a una dirección IP tras 14 días
    sin uso.
# $total: el patrimonio total de la cuenta en dólares estadounidenses, formateado por la app
# ("1,234.57"); $count: cuántas monedas tienen saldo; $currencies: sus códigos, como lista.
report-balance =
    { $count ->
        [0] legible: { $total } USD de patrimonio total; ninguna moneda tiene saldo
        [one] legible: { $total } USD de patrimonio total, en { $count } moneda: { $currencies }
       *[other] legible: { $total } USD de patrimonio total, en { $count } monedas: { $currencies }
    }
report-balance-not-read = no se leyó (mira los problemas más abajo)
# $skew: cuánto se aleja el reloj de esta computadora del de OKX ("1.3 segundos adelantado
# respecto del reloj de OKX"); $verdict: uno de report-clock-fine, -warning, -too-far.
report-clock = el de esta computadora está { $skew } ({ $verdict })
report-clock-fine = bien
report-clock-warning = advertencia: mira más abajo
report-clock-too-far = demasiado: { -okx } lo rechaza
report-clock-not-measured = no medido
# Una lista acortada: $list tiene los primeros elementos, $more cuántos quedan fuera.
report-list-more = { $list } y { $more } más
# Entre los elementos de una lista ("USDT, BTC").
report-list-separator = {", "}

## Lo que se limpió de los valores pegados ("Clave de API: ...")


## Comprobaciones (cada línea empieza con una marca entre corchetes; marcas cortas)

report-mark-pass = ok
report-mark-warning = aviso
report-mark-fail = FALLA
report-mark-skipped = omit
# $title: el nombre de la comprobación; $detail: lo que encontró.
report-check-line = { $title }: { $detail }

## Problemas y advertencias

report-problems-none = Ninguno.
report-tag-danger = PELIGRO
report-tag-problem = Problema
report-tag-warning = Advertencia
report-tag-info = Nota
# $tag: una de las etiquetas de arriba; $message: el problema, en palabras de la app.
report-problem = { $tag }: { $message }
# Lo mismo, con el código de error que dio OKX ($code, p. ej. "50105").
report-problem-with-code = { $tag }: { $message } (código de { -okx } { $code })
# Se escribe antes de la solución de cada problema.
report-what-to-do = Qué hacer:

## Problemas que agrega el propio informe, cuando los datos de la prueba los implican

report-problem-withdraw = Esta clave tiene el permiso de Retiro: quien la tenga puede sacar tus fondos de { -okx }.
    .fix = No se la des a un bot. Elimínala en { $page } (o edítala y desactiva Retiro) y vuelve a probar.
report-problem-no-read = La clave no puede leer tu cuenta, así que un bot no puede ver tu saldo ni tus órdenes.
    .fix = Edita la clave en { $page }, activa Lectura y vuelve a probar.
report-problem-no-trade = La clave no puede operar, así que un bot no puede colocar órdenes.
    .fix = Edita la clave en { $page }, activa Trading y vuelve a probar.
report-problem-no-ip = La clave no está vinculada a una dirección IP. { -report-idle-deletion }
    .fix =
        Si tu bot funciona en un servidor con una dirección IP fija, agrega esa dirección a la clave en
        { $page }. Si no, asegúrate de que el bot use la clave al menos una vez cada 14 días.
# $skew: cuánto se desfasa el reloj ("12 segundos adelantado respecto del reloj de OKX").
report-problem-clock-warning =
    El reloj de esta computadora está { $skew }. { -okx } rechaza las solicitudes con más de 30
    segundos de desfase, así que esto podría empezar a fallar.
    .fix = { -report-clock-fix }
report-problem-clock-refused =
    El reloj de esta computadora está { $skew }. { -okx } rechaza las solicitudes cuya hora tiene
    más de 30 segundos de desfase.
    .fix = { -report-clock-fix }
-report-clock-fix =
    Activa la fecha y hora automáticas (y la zona horaria correcta) en la configuración de tu
    sistema, y vuelve a probar.

## Guardado

# $user: la etiqueta de la clave, con la que se guarda.
report-saved-user = { $user } (la etiqueta de la clave)
report-saved-replaced = Reemplazó una clave guardada antes con la misma etiqueta.
# $code: una línea de código Python que lee la clave (sin traducir).
report-saved-python = Un bot escrito en Python puede leerla con { $code }.
report-not-saved = No se guardó en el llavero del sistema.
report-not-saved-unsafe = No se guardó: la app solo guarda una clave verificada que no puede retirar fondos.

## Reglas de oro (también se muestran en la ventana antes del Paso 1: la regla y el porqué)

report-rule-withdraw = Nunca actives los retiros.
    .why =
        Un bot solo necesita leer y operar. Con los retiros desactivados, no puede salir dinero de
        tu cuenta de { -okx } a través de esta clave, pase lo que pase con ella.
report-rule-share = Nunca compartas las tres credenciales.
    .why =
        La clave de API, la clave secreta y la frase de contraseña van en tu bot y en tu
        administrador de contraseñas, en ningún otro lugar. El personal de { -okx } nunca te las pedirá.
report-rule-one-bot = Una clave por bot.
    .why = Si un bot se detiene o queda comprometido, eliminas su clave y los demás siguen funcionando.
report-rule-passphrase = Guarda la frase de contraseña en un administrador de contraseñas.
    .why =
        { -okx } no puede volver a mostrarla ni restablecerla. Si se pierde, hay que eliminar la
        clave y crearla de nuevo.

## Lo que el usuario confirmó en la ventana

# La leyenda; $yes, $no y $unasked son las marcas "[x]", "[ ]" y "[-]".
report-confirm-legend = { $yes } confirmado   { $no } no confirmado   { $unasked } no preguntado
# Después de un elemento que el usuario vio pero no marcó ($item).
report-confirm-not-confirmed = { $item } (no confirmado)
# Después de un elemento sobre el que no se preguntó al usuario ($item).
report-confirm-not-asked = { $item } (no preguntado)
report-confirm-nothing-asked =
    No se preguntó nada (este informe no se hizo en la ventana). Revisa esto tú mismo:
report-confirm-rules = Leíste estas reglas y las vas a seguir.
# $test: lo que encontró la prueba sobre Retiro: "on", "off" o "unknown" (sin probar).
report-confirm-withdraw =
    { $test ->
        [on] Retiro (y Transferencia) quedaron desactivados al crear la clave. La prueba encontró Retiro ACTIVADO.
        [off] Retiro (y Transferencia) quedaron desactivados al crear la clave. La prueba confirma que Retiro está desactivado.
       *[unknown] Retiro (y Transferencia) quedaron desactivados al crear la clave.
    }
report-confirm-password-manager = La clave de API, la clave secreta y la frase de contraseña están guardadas en tu administrador de contraseñas.
report-confirm-one-bot = Esta clave la usa un solo bot.
report-confirm-after = Después de conectar el bot:
report-confirm-balance = El panel del bot muestra tu saldo de { -okx }.
report-confirm-connected = El bot muestra "Connected"/"Conectado" o "Active"/"Activo".
report-confirm-no-errors = No hay mensajes de error en el panel del bot.
report-confirm-last-used = La página de API de { -okx } muestra una hora reciente de "Último uso" ("Last used") para esta clave.
report-confirm-no-suspicious = La página de API de { -okx } no muestra accesos inesperados ni sospechosos.

## Qué hacer ahora ($page: la página de administración de API de OKX, una dirección web)

report-next-fix-then-test = Corrige los problemas de arriba y vuelve a probar la clave.
# $service y $user: dónde está guardada la clave en el llavero del sistema.
report-next-paste-saved =
    Dale a tu bot los tres valores: clave de API, clave secreta, frase de contraseña. Están en tu
    administrador de contraseñas y en el llavero del sistema (servicio "{ $service }", usuario
    "{ $user }"). Pégalos; no los escribas a mano.
report-next-paste =
    Dale a tu bot los tres valores: clave de API, clave secreta, frase de contraseña. Cópialos de
    tu administrador de contraseñas y pégalos; no los escribas a mano.
report-next-last-used =
    Cuando el bot haya funcionado, abre { $page } y revisa que "Último uso" ("Last used") muestre
    una hora reciente para esta clave.
report-next-idle =
    Asegúrate de que el bot use la clave al menos una vez cada 14 días, o vincula la clave a la
    dirección IP de tu bot en { $page }: { -okx } elimina las claves sin vincular que quedan inactivas.
report-next-leaked =
    Si detienes el bot o crees que se filtró algún valor, elimina la clave en { $page }. Tus fondos
    se quedan donde están.
report-next-unsafe-keep = No le des esta clave a un bot, y no la pegues en ningún lugar.
report-next-unsafe-delete =
    Abre { $page } y elimina esta clave. (También podrías editarla y desactivar Retiro, pero una
    clave nueva es la opción más segura.)
# $command: la línea de comandos que elimina la copia guardada (sin traducir).
report-next-unsafe-remove = Elimina la copia guardada: { $command } (o Eliminar en la app).
report-next-unsafe-new = Crea una clave nueva con solo Lectura y Trading activados, y pruébala aquí.
report-next-unconfirmed-test = Vuelve a probar la clave: la app tiene que ver que Retiro está desactivado.
report-next-unconfirmed-check = También puedes revisar en { $page } que Retiro esté desactivado para esta clave.
report-next-fix-each = Corrige los problemas de arriba; cada uno dice qué hacer.
report-next-test-again = Vuelve a probar la clave.
report-next-lost =
    Si perdiste la clave secreta o la frase de contraseña, elimina la clave en { $page } y crea una
    nueva: { -okx } no puede volver a mostrar ninguna de las dos.

## El riesgo, y la línea final sobre los secretos

report-disclaimer =
    Operar con criptomonedas conlleva un riesgo real de perder dinero, posiblemente todo, y un bot
    puede perder dinero además de ganarlo. Los resultados pasados de cualquier bot no garantizan
    nada sobre el futuro. Mantén Retiro desactivado en todas las claves que use un bot, y opera solo
    con dinero que puedas permitirte perder. Este informe describe cómo está configurada la clave;
    no es asesoramiento financiero.
report-no-secrets =
    Este informe no contiene la clave secreta ni la frase de contraseña, y solo los primeros 4 y
    los últimos 4 caracteres de la clave de API, así que se puede compartir sin riesgo, por
    ejemplo con un soporte técnico.
