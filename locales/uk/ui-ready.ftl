# "Ready for your bot" in the window: Step 10's "What will this key run?" (a bot and a market),
# the card with the readiness the test found, and My keys' line for a key's saved bot. The
# headline and the reasons come from readiness.ftl. Product names stay as they are.

## The two bots the readiness rule added to Connect your bot's list (a name and a hint)

ui-bot-kind-passivbot = Passivbot
    .hint = Бот із відкритим кодом для безстрокових свопів; потрібен режим «Лонг/шорт»
ui-bot-kind-octobot = OctoBot
    .hint = Бот із відкритим кодом і вебінтерфейсом; працює в режимі «Купівля/продаж»

## Step 10, after the key passed

ui-ready-question = Що працюватиме з цим ключем?
ui-ready-lead = Виберіть бота й те, чим він торгує. Тоді перевірка також покаже, чи готовий акаунт до першого ордера бота.
ui-ready-bot = Бот
ui-ready-bot-none = Не вибрано
ui-ready-market = Ринок
ui-ready-test-again = Перевірити ще раз із цим вибором
ui-ready-untested = Натисніть «Перевірити ще раз із цим вибором», щоб перевірити акаунт для цього бота.
ui-ready-none = Виберіть бота, щоб перевірити, чи готовий акаунт для нього.
# $fix: where on OKX's site to change it (from readiness.ftl)
ui-ready-fix = Що зробити: { $fix }

## My keys

# $bot: the bot's name; $market: spot or perpetual swaps
ui-ready-saved-for = Збережено для { $bot } ({ $market }). Перевірте ключ, щоб дізнатися, чи готовий акаунт.
