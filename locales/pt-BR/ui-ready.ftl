# "Ready for your bot" in the window: Step 10's "What will this key run?" (a bot and a market),
# the card with the readiness the test found, and My keys' line for a key's saved bot. The
# headline and the reasons come from readiness.ftl. Product names stay as they are.

## The two bots the readiness rule added to Connect your bot's list (a name and a hint)

ui-bot-kind-passivbot = Passivbot
    .hint = O bot de código aberto para swaps perpétuos; precisa do Modo long/short
ui-bot-kind-octobot = OctoBot
    .hint = O bot de código aberto com interface web; usa o Modo compra/venda

## Step 10, after the key passed

ui-ready-question = O que vai usar esta chave?
ui-ready-lead = Escolha o bot e o que ele negocia. O teste então também verifica se a conta está pronta para a primeira ordem do bot.
ui-ready-bot = Bot
ui-ready-bot-none = Não escolhido
ui-ready-market = Mercado
ui-ready-test-again = Testar de novo com esta escolha
ui-ready-untested = Clique em “Testar de novo com esta escolha” para verificar a conta para este bot.
ui-ready-none = Escolha um bot para verificar se a conta está pronta para ele.
# $fix: where on OKX's site to change it (from readiness.ftl)
ui-ready-fix = O que fazer: { $fix }

## My keys

# $bot: the bot's name; $market: spot or perpetual swaps
ui-ready-saved-for = Salva para { $bot } ({ $market }). Teste a chave para saber se a conta está pronta.
