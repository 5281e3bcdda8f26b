# Las palabras de la ventana para los Pasos 5, 9 y 10, las páginas después del Paso 10
# (Comprueba que funciona, Solución de problemas, Eliminar o rotar, Referencia rápida), el
# informe de confirmación y la lista de claves guardadas en el llavero.
# Las palabras de las revisiones de la app (problemas, resultados, mensajes de campos, seguridad
# de la frase de contraseña) vienen de otros archivos; aquí está solo lo que dice la ventana.

## Compartido por estos pasos

# El botón junto a un campo oculto (frase de contraseña, clave secreta).
ui-secret-show = Mostrar
ui-secret-hide = Ocultar

## Paso 5: crear una frase de contraseña

ui-step5-rail = 5. Crea una frase de contraseña
ui-step5-title = Crea tu frase de contraseña
ui-step5-lead-1 = Ahora { -okx } pide una frase de contraseña: una contraseña para esta clave que inventas tú. { -okx } nunca vuelve a mostrarla y no puede restablecerla.
ui-step5-lead-2 = Créala aquí, guárdala en tu administrador de contraseñas y luego escríbela en los dos campos de frase de contraseña de { -okx }.
ui-step5-passphrase = Frase de contraseña
ui-step5-confirm = Escríbela otra vez para confirmarla
ui-step5-start = Escribe una frase de contraseña, o genera una.
# $strength: una palabra como “Fuerte”, de la revisión de la frase de contraseña de la app.
ui-step5-strength = Seguridad: { $strength }
# $online y $offline: duraciones de la revisión de la frase de contraseña, p. ej. “3 años”.
ui-step5-crack-times = Tiempo para adivinarla: { $online } probando a través de { -okx }, { $offline } con una copia robada de los registros de { -okx }.
# Lo leen los lectores de pantalla para la lista de reglas.
ui-step5-rules = Reglas de { -okx } para la frase de contraseña
# Lo leen los lectores de pantalla después de cada regla.
ui-step5-rule-met = (se cumple)
ui-step5-rule-not-met = (no se cumple)
ui-step5-generate = Generar una por mí
ui-step5-copy = Copiar
ui-step5-clear = Borrar
ui-step5-generated = Generada. Guárdala en tu administrador de contraseñas y luego vuelve a escribirla abajo para confirmarla.
# $n: después de cuántos segundos la app vacía el portapapeles.
ui-step5-copied = Copiada. El portapapeles se vacía en { $n ->
        [one] { $n } segundo
       *[other] { $n } segundos
    }.
ui-step5-cleared = Borrada.
ui-step5-stronger = Haz más segura la frase de contraseña.
ui-step5-hint = Crea una frase de contraseña que cumpla todas las reglas y confírmala.
ui-step5-kept = Tu frase de contraseña está lista
    .body = La app la guarda en memoria (nunca en el disco) para revisar lo que pegues en el Paso 9. Escribe una nueva abajo para cambiarla.
ui-step5-save-now = Guárdala ahora en tu administrador de contraseñas
    .body = Si se pierde, hay que eliminar la clave y crearla de nuevo. Guárdala en la misma entrada que la clave de API y la clave secreta que recibirás en el Paso 9.

## Paso 9: guardar las tres credenciales y pegarlas para revisarlas

ui-step9-rail = 9. Guarda las credenciales
ui-step9-title = Guarda ahora tus tres credenciales
ui-step9-lead-1 = { -okx } muestra ahora la clave de API y la clave secreta de la nueva clave. Tu frase de contraseña es la del Paso 5.
ui-step9-lead-2 = Primero pon las tres en una sola entrada de tu administrador de contraseñas (por ejemplo, “OKX API, Grid bot”). Luego pégalas aquí para revisarlas.
# Las etiquetas de los tres campos.
ui-step9-label-api-key = Clave de API
ui-step9-label-secret-key = Clave secreta
ui-step9-label-passphrase = Frase de contraseña (la que creaste para esta clave, no tu contraseña de inicio de sesión de { -okx })
# Los nombres de los tres valores dentro de una oración (ver ui-step9-swap-button).
ui-step9-name-api-key = clave de API
ui-step9-name-secret-key = clave secreta
ui-step9-name-passphrase = frase de contraseña
ui-step9-check = Revisar
ui-step9-clear = Borrar
ui-step9-shown-once = La clave secreta se muestra una sola vez
    .body = Cuando cierres la pantalla de { -okx }, nadie podrá volver a mostrarla. Cópiala en tu administrador de contraseñas antes de hacer cualquier otra cosa.
ui-step9-earlier = Ya revisadas
    .body = Los valores que revisaste antes se guardan en memoria para el Paso 10. Vuelve a pegarlos para cambiarlos.
ui-step9-tip = Consejo: puedes pegar en cualquier campo una nota completa de tu administrador de contraseñas (clave de API, clave secreta y frase de contraseña en líneas separadas).
# El título de la lista de lo que la app quitó de los valores pegados (espacios, comillas, …).
ui-step9-cleaned = Se limpió lo que pegaste
# $first y $second: dos de ui-step9-name-api-key, ui-step9-name-secret-key y
# ui-step9-name-passphrase.
ui-step9-swap-button = Intercambiar la { $first } y la { $second }
ui-step9-swapped = Estos dos parecen intercambiados
    .body = Parece que la { $first } y la { $second } quedaron cada una en el campo de la otra.
ui-step9-ok = Los tres valores se ven bien
    .body = Se guardan en memoria (nunca en el disco) para la prueba de conexión del Paso 10.
ui-step9-not-ok = Hay algo que corregir
    .body = Lee los mensajes bajo los campos de arriba.
ui-step9-split-failed = Lo que pegaste tiene varias líneas, pero la app no pudo saber qué valor es cada una. Pega cada valor en su propio campo.
# $n: cuántos campos se llenaron.
ui-step9-filled = Se { $n ->
        [one] llenó { $n } campo
       *[other] llenaron { $n } campos
    } con un solo pegado.
ui-step9-uses-step5 = Se usa la frase de contraseña que creaste en el paso 5; no sale de la app. Si en { -okx } pusiste otra, escríbela aquí.
    .placeholder = Frase de contraseña del paso 5 (se usa tal cual)
ui-step9-saved = Las tres están guardadas en mi administrador de contraseñas
    .hint = Clave de API, clave secreta y frase de contraseña, en una sola entrada. Solo entonces cierra la pantalla de { -okx }.
ui-step9-hint = Guarda las tres en tu administrador de contraseñas y luego marca la casilla.

## Paso 10: probar la clave, guardarla en el llavero, conectar el bot

ui-step10-rail = 10. Prueba y conecta
ui-step10-title = Prueba la clave y luego conecta tu bot
# $host: la dirección del servidor de OKX, p. ej. www.okx.com.
ui-step10-lead-plain = La app le pregunta a { $host } por tu clave, como lo haría un bot, pero solo lee: nunca puede operar ni mover dinero.
ui-step10-lead-2 = Revisa la clave, la frase de contraseña y la clave secreta, a qué sitio pertenece la clave, qué puede hacer, su vínculo de IP, tu reloj y que se pueda leer tu saldo.
ui-step10-check-first = Primero revisa los tres valores
    .body = Vuelve al Paso 9, pégalos y presiona Revisar.
ui-step10-test = Probar conexión
ui-step10-test-again = Volver a probar
# Lo que está haciendo la prueba en este momento.
ui-step10-starting = Iniciando la prueba…
ui-step10-stage-reach = Conectando con { -okx }…
ui-step10-stage-clock = Revisando el reloj de tu computadora…
ui-step10-stage-auth = Entrando con la clave y leyendo su configuración…
ui-step10-stage-other = Revisando…
# Lo leen los lectores de pantalla después del título de cada comprobación.
ui-step10-status = { $status ->
        [pass] (aprobada)
        [warning] (advertencia)
        [fail] (fallida)
       *[skipped] (omitida)
    }
ui-step10-safe = La clave funciona y no puede retirar fondos
# $host: la dirección del servidor de OKX donde se probó la clave.
ui-step10-tested-on = Probada en { $host }.
ui-step10-tested-on-demo = Probada en { $host } (Trading demo).
ui-step10-unsafe = Insegura: esta clave puede retirar dinero
    .body = No se la des a ningún bot. Elimínala en { -okx } y crea una nueva con Retiro desactivado.
ui-step10-failed = La clave no pasó la prueba
    .body = Cada problema de abajo dice qué hacer. Tus valores pegados se conservan: corrige la causa y presiona Volver a probar.
# $site: el nombre corto de otro sitio de OKX, p. ej. “EEE”.
ui-step10-use-site = Usar { $site } y volver a probar
ui-step10-use-demo = Cambiar a Trading demo y volver a probar
ui-step10-use-live = Cambiar a trading real y volver a probar
ui-step10-save-heading = Guárdala en el llavero de tu sistema
ui-step10-save-lead = El llavero de tu sistema operativo guarda los tres valores cifrados, donde un bot en esta computadora puede leerlos.
ui-step10-save-label = Guardar con el nombre
ui-step10-save = Guardar en mi llavero
ui-step10-saving = Guardando y volviendo a leer…
ui-step10-saved = Guardada y vuelta a leer
ui-step10-replaced = Reemplazada y vuelta a leer
# $backend: el nombre del llavero; $service y $user: dónde está guardada la clave en él.
ui-step10-saved-where = En { $backend }: servicio “{ $service }”, usuario “{ $user }”. La app la escribió, la volvió a leer y comparó cada valor.
# Una pregunta en un diálogo; $message dice qué nombre está ocupado (de la revisión de la app).
ui-step10-replace = ¿Reemplazar la clave guardada?
    .body = { $message } La anterior se conserva hasta que la nueva esté guardada y vuelta a leer.
    .button = Reemplazar
ui-step10-not-replaced = No se reemplazó. Elige otro nombre para conservar las dos.
ui-step10-connect-heading = Conecta tu bot

## Las claves guardadas en el llavero (Paso 10)

ui-saved-heading = Claves guardadas en esta computadora
ui-saved-none = Todavía no hay claves guardadas en el llavero.
# Los encabezados de las columnas de la tabla.
ui-saved-col-name = Nombre
ui-saved-col-api-key = Clave de API
ui-saved-col-site = Sitio
ui-saved-col-saved = Guardada
# $site: el código del sitio, p. ej. global.
ui-saved-site-demo = { $site } (demo)
ui-saved-copy-api-key = Copiar clave de API
ui-saved-copy-secret-key = Copiar clave secreta
ui-saved-copy-passphrase = Copiar frase de contraseña
# Después de un botón de copiar. $field: qué valor se copió; $label: el nombre de la clave
# guardada; $n: después de cuántos segundos la app vacía el portapapeles.
ui-saved-copied = { $field ->
        [api_key] Clave de API
        [secret_key] Clave secreta
       *[passphrase] Frase de contraseña
    } copiada de “{ $label }”. El portapapeles se vacía en { $n ->
        [one] { $n } segundo
       *[other] { $n } segundos
    }.
ui-saved-missing = Falta en el llavero
ui-saved-delete = Eliminar
# Una pregunta en un diálogo. $label: el nombre de la clave guardada.
ui-saved-delete-confirm = ¿Eliminar “{ $label }” del llavero?
    .body = Esto quita solo la copia guardada en esta computadora. La clave en sí sigue funcionando en { -okx } hasta que también la elimines allí.
ui-saved-deleted = Se eliminó “{ $label }” del llavero.
ui-saved-python = Para quienes programan bots: leer una clave guardada desde Python
    .body = Cada clave es un elemento del llavero: servicio “{ -cmd-app }”, usuario = el nombre de la clave, secreto = JSON con api_key, secret_key, passphrase, site, api_host, demo y saved_at. Instala los paquetes de Python keyring y secretstorage, y luego:

## El informe de confirmación (Paso 10 y Comprueba que funciona)

ui-report-heading = Informe de confirmación
ui-report-lead = Lo que se revisó, para tus registros o para un soporte técnico. Nunca contiene tu clave secreta, tu frase de contraseña ni tu clave de API completa.
ui-report-copy = Copiar informe
ui-report-copy-english = Copiar en inglés
ui-report-save = Guardar como…
ui-report-copied = Copiado. No contiene ningún secreto: puedes pegarlo en cualquier lugar.
# $path: dónde se guardó el informe.
ui-report-saved = Guardado en { $path }.
ui-report-not-saved = No se guardó.

## Comprueba que funciona (después del Paso 10)

ui-verify-rail = Comprueba que funciona
ui-verify-title = Comprueba que todo funciona
ui-verify-lead = Cuando la clave ya esté en tu bot, mira los dos lados. Marca cada punto a medida que lo confirmes.
ui-verify-bot-heading = En tu plataforma de bots
ui-verify-balance = Se ve tu saldo de { -okx }, con el monto correcto
ui-verify-status = El bot dice Conectado o Activo (“Connected” o “Active”)
ui-verify-no-errors = No hay mensajes de error en ninguna parte de la página
ui-verify-okx-heading = En la página de administración de API de { -okx }
ui-verify-last-used = La clave muestra una hora reciente de “Último uso” (“Last used”)
ui-verify-no-strange = No hay accesos que no reconozcas
ui-open-api-management = Abrir la administración de API de { -okx }

## Solución de problemas (después del Paso 10)
# Cada título cita un mensaje que el usuario puede ver en OKX o en un bot (OKX los escribe en
# inglés, así que se dejan en inglés); los atributos son qué hacer, en orden.

ui-trouble-rail = Solución de problemas
ui-trouble-title = Si algo sale mal
ui-trouble-lead = Busca el mensaje que ves. Cada uno dice qué hacer.
ui-trouble-invalid-key = “Invalid API key” o “Authentication failed”
    .step1 = Vuelve a copiar los tres valores, exactamente: clave de API, clave secreta y frase de contraseña. El Paso 9 de esta app revisa que no tengan espacios sobrantes.
    .step2 = Asegúrate de que la clave se creó como clave de Trading.
    .step3 = Revisa el sitio: una clave creada en my.okx.com o app.okx.com solo funciona allí. El Paso 10 encuentra el sitio correcto por ti.
    .step4 = Desconecta el exchange en tu bot y vuelve a conectarlo.
ui-trouble-wrong-passphrase = “Wrong passphrase” (código de { -okx } 50105)
    .step1 = La frase de contraseña es la que creaste para esta clave en el Paso 5, no tu contraseña de inicio de sesión de { -okx } ni tu contraseña de fondos.
    .step2 = Cópiala de tu administrador de contraseñas. Las mayúsculas importan.
    .step3 = Si de verdad se perdió, elimina la clave y crea una nueva (mira Eliminar o rotar).
ui-trouble-no-such-key = “API key doesn't exist” (50119)
    .step1 = Casi siempre la clave se creó en otro sitio de { -okx } (okx.com, my.okx.com o app.okx.com). El Paso 10 prueba los tres y te dice cuál es el correcto.
    .step2 = Si no, la clave se eliminó, o { -okx } la quitó tras 14 días inactiva sin dirección IP. Crea una nueva.
ui-trouble-permissions = “Insufficient permissions”
    .step1 = En la página de API de { -okx }, edita la clave y asegúrate de que Lectura y Trading estén activados. Guarda y vuelve a conectar.
ui-trouble-ip = “IP address not authorized” (50110)
    .step1 = La clave está limitada a ciertas direcciones IP y la dirección del bot no es una de ellas. El mensaje de { -okx } dice qué dirección vio.
    .step2 = Edita la clave en { -okx } y agrega esa dirección, o quita la restricción mientras buscas la correcta.
ui-trouble-region = “This feature is not available in your region”
    .step1 = { -okx } limita algunos servicios en algunos países y regiones. Revisa la lista de regiones admitidas de { -okx }.
    .step2 = Si te mudaste de país, puede que { -okx } haya pasado tu cuenta a otro sitio: revisa dónde inicias sesión.
ui-trouble-timestamp = “Timestamp request expired” (50102)
    .step1 = El reloj de tu computadora tiene un desfase de más de 30 segundos. Activa la fecha y hora automáticas en la configuración de tu sistema.
ui-trouble-environment = “APIKey does not match current environment” (50101)
    .step1 = Se está usando una clave de Trading demo para trading real, o una clave real para demo. Usa el modo que corresponde en tu bot.
ui-trouble-lost = Perdiste la clave secreta o la frase de contraseña
    .step1 = Ninguna de las dos se puede volver a mostrar ni recuperar, ni por ti ni por { -okx }.
    .step2 = Elimina la clave en la página de API de { -okx }, crea una nueva empezando desde el Paso 3 y pon los valores nuevos en tu bot.

## Eliminar o rotar una clave (después del Paso 10)

ui-rotate-title = Eliminar o reemplazar una clave
ui-rotate-lead = Elimina una clave cuando detengas un bot, cuando creas que quedó expuesta, o simplemente para cambiarla por una nueva de vez en cuando.
ui-rotate-delete-heading = Eliminar una clave en { -okx }
ui-rotate-delete-1 = Abre la página de administración de API de { -okx }.
ui-rotate-delete-2 = Busca la clave por su nombre y haz clic en Eliminar.
ui-rotate-delete-3 = Confirma con tus códigos de correo y 2FA. La clave deja de funcionar de inmediato.
ui-rotate-money = Tu dinero no se ve afectado
    .body = Eliminar una clave no cambia nada en tu cuenta ni en tus fondos. Simplemente, el bot ya no puede operar.
ui-rotate-replace-heading = Reemplazar (rotar) una clave
ui-rotate-replace-1 = Crea una clave nueva con esta app, empezando desde el Paso 3.
ui-rotate-replace-2 = Guárdala en el llavero con el mismo nombre: la app pregunta antes de reemplazar la anterior, y la conserva hasta que la nueva esté guardada de forma segura.
ui-rotate-replace-3 = Pon los valores nuevos en tu bot y revisa que se conecte.
ui-rotate-replace-4 = Elimina la clave anterior en { -okx }.

## Referencia rápida (después del Paso 10)

ui-ref-rail = Referencia rápida
ui-ref-title = Referencia rápida
ui-ref-lead = La configuración correcta para la clave de un bot, de un vistazo.
ui-ref-credentials-heading = Tres credenciales
ui-ref-api-key = Clave de API: se muestra en la página de API de { -okx }; identifica la clave.
ui-ref-secret-key = Clave secreta: se muestra una sola vez, al crear la clave. Firma cada solicitud.
ui-ref-passphrase = Frase de contraseña: la inventas tú en el Paso 5. { -okx } no puede recuperarla.
ui-ref-risk = Aviso de riesgo
    .body = Operar con criptomonedas puede hacerte perder dinero, rápido y por completo. Los resultados pasados de un bot no garantizan los futuros. Opera solo con lo que puedas permitirte perder, y nunca le des a la clave de un bot permiso de retiro.
ui-ref-about-heading = Acerca de
# $version: la versión de la app; $logs: la carpeta de sus registros; $attribution: los créditos
# de la lista de palabras (de la app).
ui-ref-about = { -app-name } { $version }. Registros: { $logs }. { $attribution }

## Step 9 and Step 10: the next thing to do, and the details for engineers

# The summary of a disclosure that holds technical details (an address, keychain attributes).
ui-details = Detalles
# A button beside a fix made on the key's page on OKX (a key that can withdraw, a changed key).
ui-open-key-page = Abrir la página de esta clave en { -okx }
# Step 10's primary button after a test found the key can withdraw (it goes back to Step 3).
ui-step10-next-new-key = Crear una clave nueva sin Retiro
# Step 10's primary button after a failed test (it goes back to Step 9).
ui-step10-next-fix = Corregir los valores en el paso 9
# Under “Saved and read back”; the keychain's own names are behind “Details”.
ui-step10-saved-plain = Ya está en el llavero de tu sistema. La app la escribió, la volvió a leer y comparó cada valor.
# The footer hint on Step 9 while two values are swapped; $button: the swap button's words.
ui-step9-hint-swap = Dos valores están en el campo del otro: pulsa “{ $button }” debajo de la clave API.
