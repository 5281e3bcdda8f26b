# "Ready for your bot": whether the account (not only the key) lets the bot's first order through.
# Menu paths follow OKX's site; OKX's own names for the modes: "Spot mode", "Futures mode",
# "Multi-currency margin", "Portfolio margin"; "Buy/sell mode" and "Long/short mode".

ready-market-spot = spot
ready-market-swap = perpetual swaps
ready-position-mode-net = Buy/sell mode
ready-position-mode-long-short = Long/short mode

# $bot when the bot is a web platform (BitcoinEra, 3Commas…): no product to name.
ready-bot-web-platform = your web platform

# $bot: the bot's name; $market: ready-market-…; $site: the site, e.g. my.okx.com
ready-headline-ready = Ready for { $bot }, { $market }, on { $site }.
ready-headline-not-ready = { $count ->
        [one] Not ready for { $bot } ({ $market }) yet: one thing to change first.
       *[other] Not ready for { $bot } ({ $market }) yet: { $count } things to change first.
    }
ready-headline-unknown = Could not tell whether the account is ready for { $bot } ({ $market }).

ready-account-mode-spot-only = The account is in Spot mode, which cannot trade perpetual swaps.
    .fix = On { -okx }'s website open Trade, then the settings at the top right, then Account mode, and choose Futures mode (in the app: Trade, the menu, Trade settings, Account mode). Then press Test again.
# $mode: the account mode's name
ready-account-mode-not-for-bot = { $bot } cannot trade in { $mode }: that mode allows only Buy/sell mode for swaps, and { $bot } needs Long/short mode.
    .fix = On { -okx }'s website open Trade, then the settings at the top right, then Account mode, and choose Futures mode or Multi-currency margin. Then press Test again.
ready-account-mode-untested-spot = The account is in { $mode }. { $bot }'s guide is written for Spot mode or Futures mode; spot orders may be refused in this mode.
    .fix = If the first order fails, switch to Futures mode: Trade, the settings at the top right, Account mode.
ready-account-mode-untested-swap = The account is in { $mode }. { $bot }'s guide asks for Futures mode; it may work, but it has not been tested in this mode.
    .fix = If the first order fails, switch to Futures mode: Trade, the settings at the top right, Account mode.
ready-position-mode-needs-long-short = { $bot } needs Long/short mode for swaps; the account is in Buy/sell mode.
    .fix = On { -okx }'s website open Trade, a perpetual swap, then the settings at the top right, then Position mode, and choose Long/short mode. Close open positions and orders first: { -okx } refuses the change while any is open. Then press Test again.
ready-position-mode-needs-net = { $bot } needs Buy/sell mode for swaps; the account is in Long/short mode.
    .fix = On { -okx }'s website open Trade, a perpetual swap, then the settings at the top right, then Position mode, and choose Buy/sell mode. Close open positions and orders first: { -okx } refuses the change while any is open. Then press Test again.
ready-position-mode-needs-net-ccxt = The account is in Long/short mode. A ccxt program that does not say which side each order is for (long or short) has its swap orders refused (51000) in this mode.
    .fix = Either pass the position side in your orders, or choose Buy/sell mode on { -okx }: Trade, a perpetual swap, the settings at the top right, Position mode.
ready-market-not-offered = This account cannot trade { $market } on { $site }: { -okx } lists none for it (the site or your region does not offer them).
    .fix = Choose spot for this bot, or use an account on a site that offers { $market }.
ready-bot-market-not-on-site = { $bot } trades only spot on { $site }.
    .fix = Choose spot in { $bot }, or use a bot that trades swaps on this site.
ready-funds-in-funding-account = The Trading account is empty; your money is in the Funding account, where a bot cannot trade it.
    .fix = On { -okx } open Assets, then Transfer, and move the money from Funding to Trading. Then press Test again.
ready-no-funds = The Trading account holds nothing yet, so the bot's first order would fail.
    .fix = Deposit or transfer money to the Trading account on { -okx } before you start the bot.
ready-demo-not-supported-by-bot = { $bot } cannot use { -okx } Demo Trading keys.
    .fix = Use { $bot }'s own dry-run mode to practise, and a live key when you trade.
ready-sub-account = The key belongs to a sub-account: the bot trades only the money in that sub-account.
    .fix = Move money to the sub-account's Trading account if it should trade more.
# $problem: what went wrong with the readiness request, in its own words
ready-readiness-unknown = Readiness could not be checked: { $problem }
