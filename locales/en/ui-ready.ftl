# "Ready for your bot" in the window: Step 10's "What will this key run?" (a bot and a market),
# the card with the readiness the test found, and My keys' line for a key's saved bot. The
# headline and the reasons come from readiness.ftl. Product names stay as they are.

## The two bots the readiness rule added to Connect your bot's list (a name and a hint)

ui-bot-kind-passivbot = Passivbot
    .hint = The open-source bot for perpetual swaps; it needs Long/short mode
ui-bot-kind-octobot = OctoBot
    .hint = The open-source bot with a web interface; it uses Buy/sell mode

## Step 10, after the key passed

ui-ready-question = What will this key run?
ui-ready-lead = Choose the bot and what it trades. The test then also checks that the account is ready for the bot's first order.
ui-ready-bot = Bot
ui-ready-bot-none = Not chosen
ui-ready-market = Market
ui-ready-test-again = Test again with this choice
ui-ready-untested = Press “Test again with this choice” to check the account for this bot.
ui-ready-none = Choose a bot to check that the account is ready for it.
# $fix: where on OKX's site to change it (from readiness.ftl)
ui-ready-fix = What to do: { $fix }

## My keys

# $bot: the bot's name; $market: spot or perpetual swaps
ui-ready-saved-for = Saved for { $bot } ({ $market }). Test the key to see whether the account is ready.
