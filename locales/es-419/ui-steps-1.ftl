# Las primeras pantallas de la guía (src-ui/steps/intro.js, okx-setup.js, okx-security.js): antes
# de empezar, las reglas de oro, los Pasos 1-4 (iniciar sesión, administración de API, clave de
# Trading, nombre) y los Pasos 6-8 (permisos, restricción de IP, códigos de seguridad).
# Las palabras entre “ ” y los nombres de los permisos de OKX son lo que muestran las páginas de
# OKX: se usan las palabras del sitio de OKX en español, con el nombre en inglés al lado cuando
# no se pudo confirmar.
# El .hint de un mensaje es la línea más pequeña bajo una casilla o una opción.

## Antes de empezar

# El nombre del paso en la barra y en la línea de avance.
ui-start-rail = Antes de empezar
ui-start-title = Antes de empezar
ui-start-lead-1 = Esta app te guía para crear en { -okx } una clave de API para tu bot de trading, y luego comprueba que la clave esté configurada de forma segura.
ui-start-lead-2 = Reserva unos 10 minutos sin interrupciones. Marca lo que ya tienes:
# Lo leen los lectores de pantalla para el grupo de casillas de abajo.
ui-start-needs = Lo que necesitas
ui-start-verified = Una cuenta de { -okx } verificada
    .hint = La verificación de identidad está terminada. { -okx } no deja crear claves de API a las cuentas sin verificar.
ui-start-2fa = La autenticación de dos factores (2FA) está activada
    .hint = Una app de autenticación o un código por SMS protege tu inicio de sesión en { -okx }.
ui-start-bot = Una cuenta en tu plataforma de bots, con un bot elegido
    .hint = Al final vas a pegar la nueva clave en ese bot.
ui-start-passphrase = Un plan para tu frase de contraseña
    .hint = Vas a inventar una frase de contraseña para la clave. Ten abierto un administrador de contraseñas para guardarla.
ui-start-no-account = ¿Todavía no tienes cuenta en { -okx }?
    .text = Regístrate en { -okx } y termina primero la verificación de identidad, y luego vuelve. Tu avance aquí se conserva.

## Las reglas de oro (las reglas en sí vienen con las palabras del informe de la app)

ui-rules-rail = Reglas de oro
# El botón Siguiente en esta pantalla.
ui-rules-next = Entiendo
ui-rules-title = Cuatro reglas que protegen tu dinero
ui-rules-lead = Léelas antes de tocar nada en { -okx }. Al final, la app comprueba la primera por ti.
ui-rules-ack = Leí las cuatro reglas y las voy a seguir
# Se muestra junto al botón Siguiente desactivado; las palabras entre comillas son el inicio de ui-rules-ack.
ui-rules-ack-needed = Marca “Leí las cuatro reglas” para continuar.

## Abrir las páginas de OKX en el navegador (un botón en varios pasos)

ui-okx-opened = Se abrió en tu navegador.

## Paso 1: iniciar sesión

ui-step1-rail = 1. Inicia sesión en { -okx }
ui-step1-title = Inicia sesión en { -okx }
ui-step1-lead-1 = Inicia sesión en el sitio web de { -okx } con tu correo electrónico y tu contraseña, y escribe tu código 2FA cuando te lo pida.
ui-step1-lead-2 = Quédate en tu cuenta principal. Usa una subcuenta solo si de verdad quieres que el bot opere allí.
# Sobre la lista de sitios de OKX (sus nombres vienen con la tabla de sitios de la app).
ui-step1-site-question = ¿Dónde inicias sesión en { -okx }?
ui-step1-site-hint = Cada sitio tiene su propia dirección de API, y una clave solo funciona en el sitio donde se creó. La app recuerda lo que elijas.
# “Trading › Trading demo” es el menú de OKX.
ui-step1-demo = Estoy practicando con una clave de Trading demo
    .hint = Las claves demo se crean en Trading › Trading demo (“Trade › Demo Trading”) y operan con dinero ficticio. Déjalo desactivado para un bot real.
ui-step1-open = Abrir { -okx } en mi navegador
ui-step1-site-needed = Elige dónde inicias sesión en { -okx }.

## Paso 2: administración de API

ui-step2-rail = 2. Abre la administración de API
ui-step2-title = Abre la administración de API
ui-step2-lead-1 = En { -okx }, haz clic en tu foto de perfil en la esquina superior derecha y elige Cuenta (“Account”).
ui-step2-lead-2 = En el menú de la izquierda, haz clic en API. Esa página muestra tus claves de API.
ui-step2-open = Abrir la administración de API de { -okx }
# $address es una dirección web, p. ej. www.okx.com/account/my-api.
ui-step2-address = El botón abre { $address } en tu navegador.
ui-step2-seen = Veo la página de administración de API

## Paso 3: una clave de Trading

ui-step3-rail = 3. Crea una clave de Trading
ui-step3-title = Crea una clave de Trading
ui-step3-lead-1 = Haz clic en “Crear clave de API”. { -okx } pregunta para qué es la clave.
ui-step3-lead-2 = Elige Trading. Es el tipo correcto para un bot que coloca órdenes. “Solo lectura” (“Read only”) es para apps que solo miran tu portafolio.
ui-step3-why = ¿Por qué Trading?
    .text = Una clave de Trading puede leer tu saldo y colocar o cancelar órdenes. Sus permisos exactos los eliges en el Paso 6, donde los retiros quedan desactivados.
ui-step3-chose = Elegí Trading

## Paso 4: el nombre de la clave

ui-step4-rail = 4. Ponle nombre a la clave
ui-step4-title = Ponle nombre a tu clave de API
ui-step4-lead-1 = { -okx } pide un nombre para la clave. Solo tú lo ves; sirve para distinguir tus claves cuando tienes varios bots.
ui-step4-lead-2 = Usa el nombre del bot para saber siempre qué clave es de qué bot.
ui-step4-bot = ¿Para qué bot es esta clave?
    .placeholder = p. ej. Grid Bot 1
ui-step4-label = Nombre de la clave en { -okx }
ui-step4-copy = Copiar nombre
ui-step4-copied = Copiado. Pégalo en el campo de nombre de { -okx }.
# Los nombres son ejemplos de nombres que OKX acepta (solo letras y dígitos): se dejan tal cual.
ui-step4-examples = Buenos nombres: GridBotBTC, TrendRider2026, DcaBotMain. Hasta 50 letras o dígitos.
# Bajo el campo del nombre mientras el nombre está bien; $count es su largo, $max el máximo que permite OKX.
ui-step4-label-ok = { $count } de { $max } caracteres. Se ve bien.

## Qué está mal en el nombre de una clave (bajo el campo del nombre, y junto al Siguiente desactivado)

ui-label-empty = Escribe un nombre para la clave.
ui-label-too-long = El nombre tiene { $count } caracteres; { -okx } permite hasta { $max }.
ui-label-not-alphanumeric = { -okx } solo permite letras y dígitos en el nombre: quita los espacios y los símbolos.

## Paso 6: permisos

ui-step6-rail = 6. Configura los permisos
ui-step6-title = Configura los permisos de la clave
ui-step6-lead = Esta es la pantalla más importante. Activa Lectura y Trading. Deja todo lo demás desactivado.
ui-perm-caption = Permisos para la clave de un bot
# Los encabezados de las columnas de la tabla de permisos.
ui-perm-col-name = Permiso
ui-perm-col-setting = Configuración
ui-perm-col-why = Por qué
# Los permisos, como los llama OKX (con el nombre en inglés al lado); .why es la última columna.
ui-perm-read = Lectura (“Read”)
    .why = Deja que el bot vea saldos, posiciones e historial de órdenes.
ui-perm-trade = Trading (“Trade”)
    .why = Deja que el bot coloque y cancele órdenes.
ui-perm-withdraw = Retiro (“Withdraw”)
    .why = Dejaría que el dinero salga de tu cuenta. Nunca lo actives para un bot.
ui-perm-transfer = Transferencia (“Transfer”)
    .why = Mover fondos entre cuentas: un bot no lo necesita.
ui-perm-earn = Earn
    .why = Productos de ahorro y staking: no hace falta.
ui-perm-subaccount = Transferencia a subcuenta (“Sub-account transfer”)
    .why = Mover fondos a subcuentas: no hace falta.
# Las insignias de la columna de configuración.
ui-perm-turn-on = ✓ Activar
ui-perm-never = ✗ Nunca
ui-perm-leave-off = ✗ Dejar desactivado
ui-step6-withdraw-off = Los retiros quedan desactivados
    .text = Con los retiros desactivados, no puede salir dinero de tu cuenta de { -okx } a través de esta clave, aunque la roben. El Paso 10 lo comprueba por ti.
# Lo leen los lectores de pantalla para el grupo de casillas de abajo.
ui-step6-ticks = Permisos que configuraste
ui-step6-read-trade = Lectura y Trading están activados
ui-step6-rest-off = Retiro está desactivado, y también Transferencia, Earn y Transferencia a subcuenta

## Paso 7: restricción de IP

ui-step7-rail = 7. Restricción de IP
ui-step7-title = Limita la clave a una dirección IP (recomendado)
ui-step7-lead-1 = { -okx } puede fijar la clave a una o más direcciones IP, para que solo funcione desde lugares que tú apruebes.
ui-step7-lead-2 = Una plataforma que ejecuta tu bot por ti suele publicar las direcciones de sus servidores en sus páginas de ayuda: usa esas.
ui-step7-question = ¿Dónde va a funcionar tu bot?
ui-step7-fixed = En un servidor con una dirección IP fija
    .hint = Escribe esa dirección IP en el campo “Dirección IP” (“IP address”) de { -okx }. Solo esa dirección podrá usar la clave: la configuración más segura.
ui-step7-changing = En una computadora de casa, o en un lugar donde la dirección IP cambia
    .hint = Por ahora deja el campo vacío, para que el bot siga funcionando cuando cambie la dirección. Puedes agregar una dirección más adelante.
ui-step7-idle = { -okx } elimina las claves inactivas que no tienen dirección IP
    .text = { -okx } elimina una clave que puede operar y no está vinculada a una dirección IP tras 14 días sin uso. Mantén el bot funcionando, o vincula una dirección IP cuando tengas una fija. Las claves de Trading demo no se ven afectadas.
ui-step7-limit = { -okx } acepta hasta 20 direcciones por clave, separadas por comas.

## Paso 8: los códigos de seguridad de OKX

ui-step8-rail = 8. Confirma en { -okx }
ui-step8-title = Confirma con tus códigos de seguridad
ui-step8-lead = Antes de crear la clave, { -okx } te pide demostrar que eres tú. Escribe todos los códigos que te pida y luego haz clic en Confirmar.
ui-step8-email = Un código por correo: 6 dígitos enviados a tu correo electrónico de { -okx }.
ui-step8-authenticator = Un código de autenticación: de Google Authenticator, Authy o una app similar.
ui-step8-sms = Un código por SMS, si activaste la verificación por teléfono.
ui-step8-keep-open = Deja abierta la siguiente pantalla
    .text = { -okx } muestra ahora los datos de la nueva clave, y la clave secreta se muestra solo esta vez. El Paso 9 te dice qué guardar antes de cerrarla.
ui-step8-accepted = { -okx } aceptó mis códigos y muestra la nueva clave
