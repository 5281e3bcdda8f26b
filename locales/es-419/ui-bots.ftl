# El panel "Conecta tu bot" de la ventana: en el Paso 10 después de guardar una clave, y debajo de la
# lista de claves guardadas (su botón "Conectar"). Los pasos y valores de cada bot vienen de bots.ftl.
# Los nombres de productos quedan tal cual: Freqtrade, Hummingbot, ccxt, python-okx, BitcoinEra, 3Commas.
# $label es el nombre de una clave guardada y $site un sitio web como my.okx.com: nunca se traducen.

## El panel

ui-bot-heading-for = Conecta “{ $label }” a tu bot
ui-bot-lead-live = Elige el tipo de bot que va a usar esta clave. Los pasos y valores están hechos para esta clave: una clave real de { $site }.
ui-bot-lead-demo = Elige el tipo de bot que va a usar esta clave. Los pasos y valores están hechos para esta clave: una clave de Trading demo de { $site }.
ui-bot-question = ¿Qué bot va a usar esta clave?
ui-bot-choose = Elige un bot arriba para ver cómo conectarlo.
ui-bot-loading = Preparando los pasos para esta clave…
ui-bot-after-save = Cuando la clave pase la prueba y esté guardada, aquí aparecen los pasos para conectarla a tu bot.

## Los tipos de bot (botones de opción: un nombre y una pista)

ui-bot-kind-web = Una plataforma web
    .hint = BitcoinEra, 3Commas y otros sitios donde pegas la clave en un formulario
ui-bot-kind-freqtrade = Freqtrade
    .hint = El bot de trading de código abierto que inicias en una terminal
ui-bot-kind-hummingbot = Hummingbot
    .hint = El bot de código abierto que conectas con “connect okx”
ui-bot-kind-ccxt = Python con ccxt
    .hint = Tu propio programa de Python, con la biblioteca ccxt
ui-bot-kind-python-okx = Python con python-okx
    .hint = Tu propio programa de Python, con la biblioteca python-okx de { -okx }
ui-bot-kind-agent = Agent Trade Kit de { -okx }
    .hint = La línea de comandos de { -okx } (okx) y su servidor MCP para apps de IA (okx-trade-mcp)

## La receta

ui-bot-warnings-heading = Qué puede salir mal y qué hacer
ui-bot-steps-heading = Pasos
ui-bot-credentials-heading = Los tres valores de la clave
# $n: segundos hasta que se vacía el portapapeles.
ui-bot-credentials-hint = Cada botón copia un valor del llavero. Se mantiene fuera del historial del portapapeles y se borra después de { $n } segundos.
ui-bot-not-saved = Primero guarda la clave: estos botones copian sus valores del llavero.
ui-bot-values-heading = Valores para esta clave
ui-bot-copy = Copiar
ui-bot-copied = Copiado.

## La lista de claves guardadas

ui-bot-connect = Conectar
