# "Ready for your bot" in the window: Step 10's "What will this key run?" (a bot and a market),
# the card with the readiness the test found, and My keys' line for a key's saved bot. The
# headline and the reasons come from readiness.ftl. Product names stay as they are.

## The two bots the readiness rule added to Connect your bot's list (a name and a hint)

ui-bot-kind-passivbot = Passivbot
    .hint = El bot de código abierto para swaps perpetuos; necesita el Modo largo/corto
ui-bot-kind-octobot = OctoBot
    .hint = El bot de código abierto con interfaz web; usa el Modo compra/venta

## Step 10, after the key passed

ui-ready-question = ¿Qué va a usar esta clave?
ui-ready-lead = Elige el bot y lo que opera. La prueba también comprobará que la cuenta está lista para la primera orden del bot.
ui-ready-bot = Bot
ui-ready-bot-none = Sin elegir
ui-ready-market = Mercado
ui-ready-test-again = Volver a probar con esta elección
ui-ready-untested = Pulsa «Volver a probar con esta elección» para revisar la cuenta para este bot.
ui-ready-none = Elige un bot para comprobar que la cuenta está lista para él.
# $fix: where on OKX's site to change it (from readiness.ftl)
ui-ready-fix = Qué hacer: { $fix }

## My keys

# $bot: the bot's name; $market: spot or perpetual swaps
ui-ready-saved-for = Guardada para { $bot } ({ $market }). Prueba la clave para saber si la cuenta está lista.
