# "Ready for your bot" in the window: Step 10's "What will this key run?" (a bot and a market),
# the card with the readiness the test found, and My keys' line for a key's saved bot. The
# headline and the reasons come from readiness.ftl. Product names stay as they are.

## The two bots the readiness rule added to Connect your bot's list (a name and a hint)

ui-bot-kind-passivbot = Passivbot
    .hint = Бот с открытым кодом для бессрочных свопов; нужен режим «Лонг/шорт»
ui-bot-kind-octobot = OctoBot
    .hint = Бот с открытым кодом и веб-интерфейсом; работает в режиме «Покупка/продажа»

## Step 10, after the key passed

ui-ready-question = Что будет работать с этим ключом?
ui-ready-lead = Выберите бота и то, чем он торгует. Тогда проверка также покажет, готов ли аккаунт к первому ордеру бота.
ui-ready-bot = Бот
ui-ready-bot-none = Не выбран
ui-ready-market = Рынок
ui-ready-test-again = Проверить снова с этим выбором
ui-ready-untested = Нажмите «Проверить снова с этим выбором», чтобы проверить аккаунт для этого бота.
ui-ready-none = Выберите бота, чтобы проверить, готов ли аккаунт для него.
# $fix: where on OKX's site to change it (from readiness.ftl)
ui-ready-fix = Что сделать: { $fix }

## My keys

# $bot: the bot's name; $market: spot or perpetual swaps
ui-ready-saved-for = Сохранён для { $bot } ({ $market }). Проверьте ключ, чтобы узнать, готов ли аккаунт.
