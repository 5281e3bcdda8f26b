# "Conecta tu bot": los pasos, nombres y avisos de la receta de cada bot (los arma el núcleo a
# partir del sitio y el modo de una clave guardada, y se muestran en el panel "Conecta tu bot").
# Sin traducir: los nombres de productos (Freqtrade, Hummingbot, ccxt, python-okx,
# BitcoinEra, 3Commas), el código (connect okx, set_sandbox_mode, exchange.name, config.json),
# las variables de entorno en mayúsculas y los números de error de OKX (50119, 50105, 50101, 50110).
# $site es un sitio web como my.okx.com; $name, $sub y $packages son código, nunca se traducen.

# Commands and paths (-cmd-run, …) are terms defined in commands.ftl.

## Nombres de los valores que se muestran con un botón Copiar

bot-value-site = El sitio donde inicias sesión
bot-value-api-host = El host de la API
bot-value-exchange-name = Nombre del exchange (exchange.name)
bot-value-env-key = Variable de entorno para la clave de API
bot-value-env-secret = Variable de entorno para la clave secreta
bot-value-env-password = Variable de entorno para la frase de contraseña (Freqtrade la llama “password”)
bot-value-env-passphrase = Variable de entorno para la frase de contraseña
bot-value-sub-domain = Subdominio (okx_registration_sub_domain)
bot-value-ccxt-class = Clase de ccxt
bot-value-hostname = Opción hostname de ccxt
bot-value-sandbox = Interruptor de Trading demo
bot-value-domain = El domain de python-okx
bot-value-flag = El flag de python-okx (1 es Trading demo, 0 es real)
bot-value-env-site = El sitio, para el kit
bot-value-env-demo = El modo de trading, para el kit
bot-value-env-base-url = La dirección de la API, para el kit

## Títulos de los bloques de código

bot-code-config = La parte del exchange en el config.json de Freqtrade (sin secretos)
bot-code-run = Inícialo con la clave del llavero
bot-code-docker = O en Docker (Docker copia las tres variables de run al contenedor; no se escribe ningún valor)
bot-code-hummingbot = Escribe esto en Hummingbot
bot-code-keyring = Un programa que lee la clave del llavero
bot-code-env = El mismo programa, leyendo la clave que le entrega { -cmd-run }
bot-code-install = Instala el kit
bot-code-mcp = Para una app de IA (Claude, Cursor y otras): la configuración de su servidor MCP

## Una plataforma web (BitcoinEra, 3Commas y similares)

bot-web-step-open = En la plataforma, abre la página donde se agrega un exchange (suele llamarse “Exchanges”, “API keys” o “Connect exchange”).
bot-web-step-exchange-global = Elige { -okx }. Si pregunta por una región o un sitio web, elige el global ({ $site }).
bot-web-step-exchange-eea = Elige la opción de { -okx } para Europa ({ $site }; puede llamarse “{ -okx } EEA” o “MyOKX”). La opción “{ -okx }” a secas envía tu clave a www.okx.com, donde no existe.
bot-web-step-exchange-us = Elige “{ -okx } US” ({ $site }). La opción “{ -okx }” a secas envía tu clave a www.okx.com, donde no existe.
bot-web-step-exchange-tr = Elige “{ -okx } TR” ({ $site }). Si la plataforma no tiene { -okx } TR, no puede usar esta clave.
bot-web-step-mode-demo = Esta es una clave de Trading demo: elige el modo demo o de trading simulado (paper trading) de la plataforma con { -okx } Trading demo, si lo tiene.
bot-web-step-mode-live = Esta es una clave real: elige trading real, no el modo demo de la plataforma.
bot-web-step-values = Pega los tres valores en este orden, cada uno con su botón Copiar de abajo: la clave de API, la clave secreta y luego la frase de contraseña.
bot-web-step-ip = Si la plataforma indica direcciones IP que hay que permitir, agrégalas a esta clave en la página de API de { -okx } ({ $site }).
bot-web-step-check = Presiona el botón de la plataforma que comprueba o guarda la conexión: debería mostrar tu saldo o “Connected” (conectado).

## Lo que muestra una comprobación cuando algo está mal (plataformas web, Hummingbot)

bot-check-50119 = “API key doesn't exist” (50119): la plataforma envió la clave a otro sitio de { -okx }. Elige la opción de { $site }.
bot-check-50105 = “Wrong passphrase” (50105): pega la frase de contraseña que creaste para esta clave de API, no tu contraseña de inicio de sesión de { -okx }.
bot-check-50101-demo = “APIKey does not match current environment” (50101): la plataforma usa trading real, y esta clave es de Trading demo.
bot-check-50101-live = “APIKey does not match current environment” (50101): la plataforma usa Trading demo, y esta clave es para trading real.
bot-check-50110 = “Your IP is not included in your API key's IP whitelist” (50110): agrega las direcciones IP de la plataforma a la clave en { -okx }, o quita la lista de direcciones IP de la clave.

## Freqtrade

bot-freqtrade-step-config = Pon esta parte del exchange en tu config.json: el nombre es { $name }, y key, secret y password quedan vacíos.
bot-freqtrade-step-run = Inicia Freqtrade con la línea de abajo. Pone la clave en las variables de entorno que lee Freqtrade, solo para esta ejecución, así la clave nunca va a un archivo.
bot-freqtrade-step-password = El “password” de Freqtrade es la frase de contraseña de la API, no tu contraseña de inicio de sesión de { -okx }.
bot-freqtrade-no-tr = Freqtrade no tiene nada para { -okx } TR ({ $site }): sus exchanges okx, myokx y okxus se conectan con otros sitios de { -okx }, donde esta clave no existe (50119).
bot-freqtrade-us-spot = Para { -okx } US, el exchange de Freqtrade es okxus, y solo opera spot: sin futuros.
bot-freqtrade-demo = Esta es una clave de Trading demo. El dry run de Freqtrade es su propio trading simulado (paper trading); una clave de Trading demo solo funciona cuando las solicitudes llevan el encabezado de demo de { -okx } (x-simulated-trading: 1).

## Hummingbot

bot-hummingbot-step-connect = En Hummingbot, escribe connect okx.
bot-hummingbot-step-values = Cuando te pida la clave de API, la clave secreta y la frase de contraseña, pega cada una con su botón Copiar de abajo.
bot-hummingbot-step-sub-domain = Cuando te pida el subdominio en el que te registraste, responde { $sub } (inicias sesión en { $site }).
bot-hummingbot-step-check = Luego Hummingbot comprueba la clave: “You are now connected to okx” significa que funciona.
bot-hummingbot-no-tr = Hummingbot no tiene nada para { -okx } TR ({ $site }): sus subdominios www, my y app son otros sitios de { -okx }, donde esta clave no existe (50119).
bot-hummingbot-demo = Esta es una clave de Trading demo, y el conector de { -okx } de Hummingbot opera en real: responderá 50101. Usa una clave real, o el trading simulado (paper trading) propio de Hummingbot.

## Python (ccxt y python-okx)

bot-python-step-install = Instala los paquetes: { -cmd-pip-install } { $packages } (en Linux, también { -cmd-secretstorage }).
bot-python-step-keyring = El primer programa lee la clave del llavero, donde esta app la guardó; la clave nunca va a tu código ni a un archivo.
bot-python-step-env = O deja que { -cmd-run } le entregue la clave al segundo programa durante una ejecución, en su entorno.
bot-ccxt-step-password = ccxt llama “password” a la frase de contraseña de la API: ahí va la frase de contraseña, no tu contraseña de inicio de sesión de { -okx }.
bot-python-okx-step-flag = El flag de python-okx elige el modo de trading: “1” es Trading demo, “0” es real; si es incorrecto, responde 50101. Su domain debe ser el de tu sitio, o { -okx } responde 50119.

## El Agent Trade Kit de OKX

bot-agent-step-install = Instala el Agent Trade Kit de { -okx } (necesita Node.js 18 o más reciente).
bot-agent-step-run = Inícialo con { -cmd-run }: el kit lee la clave, el sitio y el modo de trading del entorno, así que no necesita { -cmd-okx-config }.
bot-agent-step-mcp = Para una app de IA, pon la configuración de abajo en su lista de servidores MCP: así la app inicia el kit a través de { -cmd-run }.
bot-agent-tr = Las versiones anteriores del Agent Trade Kit de { -okx } solo conocen los sitios global, eea y us; OKX_SITE es tr y OKX_API_BASE_URL apunta a tr.okx.com.

## La ventana pidió copiar, como texto simple, algo que parece un secreto

bot-copy-refused = Esto parece un secreto, así que no se copió como texto simple.
    .fix = Usa los botones Copiar de la clave de API, la clave secreta y la frase de contraseña: mantienen el valor fuera del historial del portapapeles y lo borran después de 30 segundos.

## Passivbot
bot-value-user = El nombre de la entrada (user en la configuración de Passivbot)
bot-passivbot-step-file = En la carpeta de Passivbot, abre api-keys.json (si no está, copia api-keys.json.example como api-keys.json).
bot-passivbot-step-entry = Agrega la entrada que se muestra abajo, llamada “{ $user }”, dentro de las llaves exteriores del archivo.
bot-passivbot-step-values = Completa key, secret y passphrase, cada uno con su botón Copiar de abajo: la clave de API, la clave secreta y luego la frase de contraseña.
bot-passivbot-step-private = Ahora este archivo contiene tu clave secreta: guárdalo solo en esta computadora, que solo tú puedas leerlo, y nunca lo compartas ni lo subas a ningún lado.
bot-passivbot-step-config = En la configuración de Passivbot, pon user en “{ $user }” y luego inicia Passivbot.
bot-passivbot-code-entry = La entrada para api-keys.json (aquí los tres valores quedan vacíos: pégalos con los botones Copiar)
bot-passivbot-warn-hedge = Passivbot opera swaps perpetuos en el modo de posición Largo/corto. Actívalo en { -okx } antes de iniciar el bot; la prueba de abajo te dice si está activado.
bot-passivbot-warn-site = Passivbot se conecta a www.okx.com. Esta clave pertenece a { $site }: antes de empezar, revisa en la documentación de Passivbot qué hacer con tu sitio.

## OctoBot
bot-octobot-step-open = Abre la interfaz web de OctoBot y ve a Accounts, luego Exchanges.
bot-octobot-step-exchange = Agrega { -okx } como exchange. La clave pertenece a { $site }: si OctoBot ofrece más de una entrada de { -okx }, elige la que corresponde.
bot-octobot-step-values = Pega los tres valores con los botones Copiar de abajo: la API key (la clave de API), el API secret (la clave secreta) y luego el password (la frase de contraseña).
bot-octobot-step-demo = Esta es una clave de Trading demo: activa la opción sandbox de OctoBot para { -okx }, si tu versión la tiene.
bot-octobot-step-restart = Guarda y luego reinicia OctoBot para que se conecte con la clave nueva.
bot-octobot-warn-net = Para swaps perpetuos, OctoBot usa el modo de posición Compra/venta (unidireccional). Si tu cuenta está en Largo/corto, cámbiala primero en { -okx }; la prueba de abajo te lo dice.
