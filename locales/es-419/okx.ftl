# Hablar con OKX: sus sitios, qué significan sus códigos de error y qué hacer con ellos, y las
# fallas de la propia conexión (sin respuesta, una respuesta cortada, una respuesta que no es de OKX).

# Dónde se administran las claves de API en el sitio web de OKX; se inserta en varias soluciones.
-okx-key-page = la página de administración de API de { -okx } (Perfil > API)

## Los sitios de OKX: el nombre de cada uno (el sitio web y, entre paréntesis, para quién es) y
## quién se registra allí (se muestra junto a cada sitio cuando el usuario elige el suyo)

# $site: el sitio web, p. ej. okx.com
okx-site-name-global = { $site } (global)
okx-site-name-eea = { $site } (EEE)
okx-site-name-us = { $site } (EE. UU. y Australia)
okx-site-name-tr = { $site } (OKX TR, Turquía)
okx-site-region-global = La mayoría de los países
okx-site-region-eea = El Espacio Económico Europeo (EEE)
okx-site-region-us = Estados Unidos y Australia
okx-site-region-tr = Turquía (OKX TR)
# Una lista de los valores de --site: $ids son todos menos el último, separados por comas
# (“global, eea, us”); $last el último (“tr”)
okx-site-id-list = { $ids } o { $last }
# $value: lo que indicó el usuario (como máximo 40 caracteres)
problem-malformed-input-site = "{ $value }" no es un sitio de { -okx }.
    .fix = Usa global (inicias sesión en okx.com), eea (my.okx.com), us (app.okx.com) o tr (tr.okx.com).

## Un ajuste que apunta un sitio a un simulador de práctica en esta computadora (OKX_BASE_URL_…)

# $var: el nombre del ajuste, p. ej. OKX_BASE_URL_GLOBAL; $why: uno de los okx-override-… de abajo
problem-invalid-setting-override = { $var } tiene un valor que la app rechaza: { $why }.
    .fix = Quita { $var } para usar el propio { -okx }, o dale una dirección local (loopback) como http://127.0.0.1:8085 (el simulador de práctica).
# $var: the setting, e.g. OKX_BASE_URL_GLOBAL; $url: where it points
problem-real-key-to-override = { $var } está definida, así que esta solicitud iría a { $url } en esta computadora, pero esta clave se guardó desde { -okx } mismo. La app nunca envía una clave real a un servidor de práctica.
    .fix = Quita { $var } (en una terminal: unset { $var }) e inténtalo de nuevo. Defínela solo mientras practicas con el simulador.
# $var: the setting; $host: the real API host, e.g. www.okx.com
problem-practice-key-to-okx = Esta clave se guardó desde el simulador de práctica, no desde { -okx }: { -okx } no la conoce, así que la app no la envía a { $host }.
    .fix = Para practicar con ella, inicia el simulador ({ -cmd-simulate }) y define { $var } con la dirección que muestra. Para un bot, guarda una clave real de { -okx }.
okx-override-not-http = solo se permite http://127.0.0.1:PORT o http://localhost:PORT
okx-override-no-port = la dirección necesita un puerto, como http://127.0.0.1:8085
okx-override-not-loopback = no es una dirección local (127.0.0.1 o localhost)
okx-override-bad-port = el puerto debe ser un número de 1 a 65535

## Los códigos de error de OKX, qué significan y qué hacer

problem-wrong-passphrase = { -okx } no aceptó la frase de contraseña.
    .fix = Escribe la frase de contraseña que elegiste al crear esta clave de API en { -okx }. No es tu contraseña de inicio de sesión de { -okx } ni tu contraseña de fondos, y las mayúsculas importan. Cópiala de donde la guardaste. Si la perdiste, { -okx } no puede recuperarla: elimina esta clave en { -okx } y crea una nueva.
problem-wrong-secret = { -okx } no aceptó la firma de la solicitud, lo que significa que la clave secreta no corresponde a esta clave de API.
    .fix = Vuelve a copiar la clave secreta de donde la guardaste al crear la clave ({ -okx } la muestra una sola vez), sin que falte nada en ninguno de los extremos. Si ya no la tienes, elimina esta clave en { -okx } y crea una nueva.
problem-unknown-key = { -okx } no reconoce esta clave de API.
    .fix = Vuelve a copiar la clave de API completa desde { -okx-key-page }. Si la clave no aparece allí, se eliminó: crea una nueva.
# $site: el nombre del sitio probado, p. ej. “my.okx.com (EEE)”
problem-unknown-key-site = { -okx } dice que esta clave de API no existe en { $site }.
    .fix = Revisa que elegiste el sitio donde inicias sesión en { -okx } (okx.com, my.okx.com, app.okx.com o tr.okx.com): una clave solo funciona en su propio sitio. Luego vuelve a copiar la clave de API desde { -okx-key-page }. Si la clave ya no aparece, se eliminó (las claves que pueden operar y no están vinculadas a una dirección IP se eliminan tras 14 días sin uso): crea una nueva.
# Se envió como solicitud de Trading demo, pero la clave es real.
problem-demo-mismatch-not-demo = { -okx } dice que esta clave no es de Trading demo, pero se probó como si lo fuera.
    .fix = { $surface ->
        [cli] Vuelve a probar sin --demo. Las claves de Trading demo se crean en { -okx } con el modo Trading demo activado.
       *[window] Desactiva "Trading demo" y vuelve a probar. Las claves de Trading demo se crean en { -okx } con el modo Trading demo activado.
    }
# Se envió como solicitud real, pero la clave es de Trading demo.
problem-demo-mismatch-not-live = { -okx } dice que esta clave no es para trading real: parece una clave de Trading demo.
    .fix = { $surface ->
        [cli] Si creaste la clave en el modo Trading demo de { -okx }, vuelve a probar con --demo. Para trading real, crea la clave con Trading demo desactivado.
       *[window] Si creaste la clave en el modo Trading demo de { -okx }, activa "Trading demo" aquí y vuelve a probar. Para trading real, crea la clave con Trading demo desactivado.
    }
problem-clock-skew-rejected = { -okx } rechazó la hora de la solicitud: el reloj de esta computadora tiene un desfase de más de 30 segundos.
    .fix = Activa "Establecer la hora automáticamente" (y la zona horaria correcta) en la configuración de fecha y hora de tu sistema, y vuelve a probar.
# $ip: la dirección de esta computadora tal como la vio OKX
problem-ip-not-allowed-ip = Esta clave solo funciona desde ciertas direcciones IP, y la dirección de esta computadora ({ $ip }) no es una de ellas.
    .fix = En { -okx-key-page }, edita la clave y agrega { $ip } a sus direcciones IP, y vuelve a probar. Si vinculaste la clave al servidor de tu bot a propósito, esta computadora simplemente no es ese servidor: prueba desde el servidor, o agrega esta dirección para la prueba y quítala después.
problem-ip-not-allowed = Esta clave solo funciona desde ciertas direcciones IP, y la dirección de esta computadora no es una de ellas.
    .fix = En { -okx-key-page }, edita la clave y agrega la dirección de esta computadora a sus direcciones IP, y vuelve a probar. Si vinculaste la clave al servidor de tu bot a propósito, esta computadora simplemente no es ese servidor: prueba desde el servidor, o agrega esta dirección para la prueba y quítala después.
# $ip: la dirección de esta computadora tal como la vio OKX
problem-region-restricted-ip = { -okx } no ofrece este servicio en tu ubicación actual (dirección IP { $ip }).
    .fix = { problem-region-restricted.fix }
problem-region-restricted = { -okx } no ofrece este servicio en tu país o región.
    .fix = Revisa que elegiste el sitio donde te registraste (okx.com, my.okx.com, app.okx.com o tr.okx.com), y la lista de países y regiones admitidos de { -okx }. Si estás de viaje, vuelve a probar desde casa.
problem-key-frozen = { -okx } congeló esta clave de API.
    .fix = Comunícate con el soporte al cliente de { -okx } para saber por qué, o elimina esta clave en { -okx-key-page } y crea una nueva.
problem-key-frozen-account = { -okx } dice que esta cuenta está bloqueada.
    .fix = Comunícate con el soporte al cliente de { -okx }. La clave no se puede usar hasta que desbloqueen la cuenta.
problem-missing-read-permission-code = Esta clave no tiene permiso para leer tu cuenta.
    .fix = En { -okx-key-page }, edita la clave y activa "Lectura" ("Read") (y "Trading" ("Trade") para un bot de trading), guarda y vuelve a probar.
problem-malformed-input-okx-empty-key = { -okx } recibió una clave de API vacía.
    .fix = { $surface ->
        [cli] Define OKX_API_KEY con la clave de API y vuelve a probar.
       *[window] Pega la clave de API en su campo y vuelve a probar.
    }
problem-malformed-input-okx-empty-passphrase = { -okx } recibió una frase de contraseña vacía.
    .fix = { $surface ->
        [cli] Define OKX_PASSPHRASE con la frase de contraseña y vuelve a probar.
       *[window] Pega la frase de contraseña en su campo y vuelve a probar.
    }
problem-malformed-input-okx-empty-part = { -okx } dice que una parte de la solicitud firmada estaba vacía.
    .fix = { $surface ->
        [cli] Revisa que OKX_API_KEY, OKX_SECRET_KEY y OKX_PASSPHRASE estén todas definidas, y vuelve a probar. Si sigue pasando, repórtalo: es un error de { -app-name }.
       *[window] Revisa que los tres campos estén llenos y vuelve a probar. Si sigue pasando, repórtalo: es un error de { -app-name }.
    }
problem-unexpected-response-format = { -okx } rechazó el formato de la solicitud. No lo causa tu clave.
    .fix = Vuelve a probar. Si sigue pasando, repórtalo: es un error de { -app-name }.
problem-unexpected-response-unauthorised = { -okx } se negó a autorizar esta clave sin decir por qué.
    .fix = Revisa los tres valores y vuelve a probar. Si sigue pasando, elimina esta clave en { -okx-key-page } y crea una nueva.
problem-rate-limited = { -okx } está recibiendo demasiadas solicitudes de esta clave o de esta red en este momento.
    .fix = Espera un minuto y vuelve a probar. Si ya hay un bot funcionando con esta clave, no hay problema: el límite se restablece en segundos.
# $host: la dirección consultada, p. ej. www.okx.com
problem-okx-unavailable = El servicio de { -okx } en { $host } no está disponible por el momento (mantenimiento o sobrecarga).
    .fix = Espera unos minutos y vuelve a probar. { -okx } anuncia los mantenimientos en su página de estado y en sus redes sociales.
problem-timeout-okx = Esta vez { -okx } tardó demasiado en responder.
    .fix = Espera un momento y vuelve a probar. La prueba solo lee, así que volver a intentarlo es seguro.

## Códigos que esta app no conoce

# $code: el código de error de OKX, p. ej. 51000
problem-unexpected-response-unknown-code = { -okx } respondió con el código de error { $code }, que esta app no conoce.
    .fix = Vuelve a probar en un momento. Si sigue pasando, busca el código { $code } en la documentación de la API de { -okx } o pregunta al soporte de { -okx }.
# $code: el código de error de OKX; $said: el mensaje de OKX, citado tal como llegó (a menudo en inglés)
problem-unexpected-response-unknown-code-said = { -okx } respondió con el código de error { $code }, que esta app no conoce: "{ $said }".
    .fix = { problem-unexpected-response-unknown-code.fix }
problem-unexpected-response-unknown-error = { -okx } respondió con un error que esta app no conoce.
    .fix = Vuelve a probar en un momento. Si sigue pasando, pregunta al soporte de { -okx }.
# $said: el mensaje de OKX, citado tal como llegó (a menudo en inglés)
problem-unexpected-response-unknown-error-said = { -okx } respondió con un error que esta app no conoce: "{ $said }".
    .fix = { problem-unexpected-response-unknown-error.fix }

## Respuestas que no son de OKX. $host: la dirección consultada, p. ej. www.okx.com; $status: el
## código de estado HTTP, p. ej. 200

problem-unexpected-response-redirect = { $host } intentó enviar la solicitud a otro lugar (HTTP { $status }).
    .fix = Revisa que elegiste el sitio correcto. Si tu red te hace iniciar sesión en una página web (Wi-Fi de hotel u oficina), inicia sesión primero y vuelve a probar.
# $kind dice qué llegó (una clave, no palabras).
problem-unexpected-response-not-okx = { $kind ->
        [html] { $host } respondió con una página web en lugar de datos de { -okx } (HTTP { $status }).
        [empty] { $host } respondió con una respuesta vacía (HTTP { $status }).
        [json] { $host } respondió con datos en una forma que { -okx } no usa (HTTP { $status }).
       *[garbled] { $host } respondió con una respuesta incompleta o ilegible (HTTP { $status }).
    }
    .fix = Vuelve a probar en un momento. Si sigue pasando, puede que un proxy, un firewall o una página de inicio de sesión de Wi-Fi esté en medio: prueba con otra red y revisa que elegiste el sitio correcto.
# $what dice qué parte de la respuesta de OKX faltaba (una clave, no palabras).
problem-unexpected-response-missing = { $what ->
        [time] { $host } respondió que sí, pero no incluyó la hora del servidor.
        [config] { $host } respondió que sí, pero no incluyó la configuración de la clave.
        [instruments] { $host } respondió que sí, pero no incluyó la lista de instrumentos.
        [funding] { $host } respondió que sí, pero no incluyó los saldos de la cuenta de fondos.
       *[balance] { $host } respondió que sí, pero no incluyó el saldo.
    }
    .fix = Vuelve a probar en un momento. Si sigue pasando, revisa que elegiste el sitio correcto.
problem-unexpected-response-too-big = { $host } envió una respuesta mucho más grande que cualquiera de { -okx }, así que no se leyó.
    .fix = Revisa que elegiste el sitio correcto y que no haya un proxy ni una página de inicio de sesión de Wi-Fi en medio, y vuelve a probar.

## No se pudo preparar o enviar la solicitud

# $part dice qué valor no se pudo enviar (una clave, no palabras).
problem-malformed-input-header = { $part ->
        [api-key] La clave de API contiene un carácter que no se puede enviar a { -okx } (como un salto de línea).
        [passphrase] La frase de contraseña contiene un carácter que no se puede enviar a { -okx } (como un salto de línea).
        [signature] La firma contiene un carácter que no se puede enviar a { -okx } (como un salto de línea).
       *[time] La hora contiene un carácter que no se puede enviar a { -okx } (como un salto de línea).
    }
    .fix = { $surface ->
        [cli] { $part ->
            [api-key] Vuelve a definir OKX_API_KEY, exactamente como la mostró { -okx }, y vuelve a probar.
            [passphrase] Vuelve a definir OKX_PASSPHRASE, exactamente como la creaste en { -okx }, y vuelve a probar.
           *[other] Vuelve a probar. Si sigue pasando, repórtalo: es un error de { -app-name }.
        }
       *[window] { $part ->
            [api-key] Vuelve a pegar la clave de API, exactamente como la mostró { -okx }, y vuelve a probar.
            [passphrase] Vuelve a pegar la frase de contraseña, exactamente como la creaste en { -okx }, y vuelve a probar.
           *[other] Vuelve a probar. Si sigue pasando, repórtalo: es un error de { -app-name }.
        }
    }
problem-network-error-tls-setup = Esta computadora no pudo preparar conexiones seguras (TLS).
    .fix = Reinicia la app y vuelve a probar. Si sigue pasando, repórtalo junto con el registro (log) de la app.
problem-internal-signing-key = No se pudo preparar la clave de firma.

## La conexión falló. $host: la dirección consultada, p. ej. www.okx.com

problem-network-error-dns = No se encontró { $host }: el nombre no llevó a ninguna dirección.
    .fix = Revisa que esta computadora esté conectada a internet. Si lo está, puede que tu red esté bloqueando { -okx }: prueba con otra red (por ejemplo, el punto de acceso de tu celular).
problem-network-error-refused = { $host } rechazó la conexión.
    .fix = Revisa tu conexión a internet y la configuración de firewall, VPN o proxy, y vuelve a probar. Si estás practicando con el simulador, asegúrate de que siga en ejecución.
problem-network-error-reset = La conexión con { $host } se cortó antes de que { -okx } respondiera.
    .fix = Vuelve a probar. Si sigue pasando, puede que un firewall, una VPN, un antivirus o tu red estén interrumpiendo las conexiones con { -okx }: prueba con otra red.
problem-network-error-tls = No se pudo establecer una conexión segura (TLS) con { $host }.
    .fix = Revisa que la fecha y la hora de esta computadora sean correctas. Las funciones de "protección web" de los antivirus, las redes de empresa y las páginas de inicio de sesión de Wi-Fi públicas pueden romper las conexiones seguras: prueba con otra red.
# $seconds: el tiempo permitido para una solicitud, un número entero
problem-timeout-request = { $host } no respondió en { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }.
    .fix = Revisa tu conexión a internet y vuelve a probar. Si { -okx } está ocupado, espera unos minutos.
problem-unexpected-response-cut = La respuesta de { $host } se cortó a mitad de camino.
    .fix = Vuelve a probar. Si sigue pasando, puede que tu red o un proxy estén interrumpiendo la conexión: prueba con otra red.
problem-network-error-connect = No se pudo conectar con { $host }.
    .fix = Revisa tu conexión a internet y la configuración de firewall, VPN o proxy, y vuelve a probar.
problem-network-error-other = No se pudo completar la solicitud a { $host }.
    .fix = Vuelve a probar. Si sigue pasando, repórtalo junto con el registro (log) de la app.
