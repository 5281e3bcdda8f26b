# "Connect your bot": the steps, names and warnings of each bot's recipe (made by the core from
# one saved key's site and mode, shown in the window's "Connect your bot" panel).
# Keep as they are, untranslated: product names (Freqtrade, Hummingbot, ccxt, python-okx,
# BitcoinEra, 3Commas), code (connect okx, set_sandbox_mode, exchange.name, config.json),
# environment variables in capitals, and OKX's error numbers (50119, 50105, 50101, 50110).
# $site is a website such as my.okx.com; $name, $sub and $packages are code, never translated.

# Commands and paths (-cmd-run, …) are terms defined in commands.ftl.

## Names of the values shown with a Copy button

bot-value-site = The site where you log in
bot-value-api-host = The API host
bot-value-exchange-name = Exchange name (exchange.name)
bot-value-env-key = Environment variable for the API key
bot-value-env-secret = Environment variable for the secret key
bot-value-env-password = Environment variable for the passphrase (Freqtrade calls it “password”)
bot-value-env-passphrase = Environment variable for the passphrase
bot-value-sub-domain = Sub-domain (okx_registration_sub_domain)
bot-value-ccxt-class = ccxt class
bot-value-hostname = ccxt's hostname option
bot-value-sandbox = Demo Trading switch
bot-value-domain = python-okx's domain
bot-value-flag = python-okx's flag (1 is Demo Trading, 0 is live)
bot-value-env-site = The site, for the kit
bot-value-env-demo = The trading mode, for the kit
bot-value-env-base-url = The API address, for the kit

## Captions of the code blocks

bot-code-config = The exchange part of Freqtrade's config.json (no secrets in it)
bot-code-run = Start it with the key from the keychain
bot-code-docker = Or in Docker (Docker copies the three variables from run into the container; no value is typed)
bot-code-hummingbot = Type this in Hummingbot
bot-code-keyring = A program that reads the key from the keychain
bot-code-env = The same program, reading the key that { -cmd-run } hands it
bot-code-install = Install the kit
bot-code-mcp = For an AI app (Claude, Cursor and others): its MCP server settings

## A web platform (BitcoinEra, 3Commas and the like)

bot-web-step-open = On the platform, open the page where you add an exchange (often called “Exchanges”, “API keys” or “Connect exchange”).
bot-web-step-exchange-global = Choose { -okx }. If it asks for a region or a website, choose the global one ({ $site }).
bot-web-step-exchange-eea = Choose the { -okx } entry for Europe ({ $site }; it may be called “{ -okx } EEA” or “MyOKX”). Plain “{ -okx }” sends your key to www.okx.com, where it does not exist.
bot-web-step-exchange-us = Choose “{ -okx } US” ({ $site }). Plain “{ -okx }” sends your key to www.okx.com, where it does not exist.
bot-web-step-exchange-tr = Choose “{ -okx } TR” ({ $site }). If the platform has no { -okx } TR, it cannot use this key.
bot-web-step-mode-demo = This is a Demo Trading key: choose the platform's demo or paper trading with { -okx } Demo Trading, if it has one.
bot-web-step-mode-live = This is a live key: choose live trading, not the platform's demo.
bot-web-step-values = Paste the three values in this order, each with its Copy button below: the API key, the secret key, then the passphrase.
bot-web-step-ip = If the platform lists IP addresses to allow, add them to this key on { -okx }'s API page ({ $site }).
bot-web-step-check = Press the platform's button that checks or saves the connection: it should show your balance or “Connected”.

## What a check shows when something is off (web platforms, Hummingbot)

bot-check-50119 = “API key doesn't exist” (50119): the platform sent the key to another { -okx } site. Choose the entry for { $site }.
bot-check-50105 = “Wrong passphrase” (50105): paste the passphrase you made for this API key, not your { -okx } login password.
bot-check-50101-demo = “APIKey does not match current environment” (50101): the platform uses live trading, and this key is for Demo Trading.
bot-check-50101-live = “APIKey does not match current environment” (50101): the platform uses Demo Trading, and this key is for live trading.
bot-check-50110 = “Your IP is not included in your API key's IP whitelist” (50110): add the platform's IP addresses to the key on { -okx }, or remove the key's IP list.

## Freqtrade

bot-freqtrade-step-config = Put this exchange part in your config.json: the name is { $name }, and the key, secret and password stay empty.
bot-freqtrade-step-run = Start Freqtrade with the line below. It puts the key in the environment variables Freqtrade reads, for this run only, so the key never goes into a file.
bot-freqtrade-step-password = Freqtrade's “password” is the API passphrase, not your { -okx } login password.
bot-freqtrade-no-tr = Freqtrade has nothing for { -okx } TR ({ $site }): its exchanges okx, myokx and okxus talk to other { -okx } sites, where this key does not exist (50119).
bot-freqtrade-us-spot = For { -okx } US, Freqtrade's exchange is okxus, and it trades spot only: no futures.
bot-freqtrade-demo = This is a Demo Trading key. Freqtrade's dry run is its own paper trading; a Demo Trading key only works when requests carry { -okx }'s demo header (x-simulated-trading: 1).

## Hummingbot

bot-hummingbot-step-connect = In Hummingbot, type connect okx.
bot-hummingbot-step-values = When it asks for your API key, secret key and passphrase, paste each one with its Copy button below.
bot-hummingbot-step-sub-domain = When it asks for the sub-domain you registered on, answer { $sub } (you log in on { $site }).
bot-hummingbot-step-check = Hummingbot then checks the key: “You are now connected to okx” means it works.
bot-hummingbot-no-tr = Hummingbot has nothing for { -okx } TR ({ $site }): its sub-domains www, my and app are other { -okx } sites, where this key does not exist (50119).
bot-hummingbot-demo = This is a Demo Trading key, and Hummingbot's { -okx } connector trades live: it will answer 50101. Use a live key, or Hummingbot's own paper trading.

## Python (ccxt and python-okx)

bot-python-step-install = Install the packages: { -cmd-pip-install } { $packages } (on Linux also { -cmd-secretstorage }).
bot-python-step-keyring = The first program reads the key from the keychain, where this app saved it; the key never goes into your code or a file.
bot-python-step-env = Or let { -cmd-run } hand the key to the second program for one run, in its environment.
bot-ccxt-step-password = ccxt calls the API passphrase “password”: that is where the passphrase goes, not your { -okx } login password.
bot-python-okx-step-flag = python-okx's flag chooses the trading mode: “1” is Demo Trading, “0” is live; a wrong one answers 50101. Its domain must be your site's, or { -okx } answers 50119.

## OKX's agent trade kit

bot-agent-step-install = Install { -okx }'s agent trade kit (it needs Node.js 18 or newer).
bot-agent-step-run = Start it with { -cmd-run }: the kit reads the key, the site and the trading mode from the environment, so it needs no { -cmd-okx-config }.
bot-agent-step-mcp = For an AI app, put the settings below in its MCP server list: the app then starts the kit through { -cmd-run }.
bot-agent-tr = Older versions of { -okx }'s agent trade kit know only the sites global, eea and us; OKX_SITE is tr and OKX_API_BASE_URL points at tr.okx.com.

## The window asked to copy, as plain text, something that looks like a secret

bot-copy-refused = This looks like a secret, so it was not copied as plain text.
    .fix = Use the Copy buttons of the API key, the secret key and the passphrase: they keep the value out of the clipboard history and clear it after 30 seconds.

## Passivbot
bot-value-user = The entry's name (user in Passivbot's config)
bot-passivbot-step-file = In Passivbot's folder, open api-keys.json (if it is not there, copy api-keys.json.example to api-keys.json).
bot-passivbot-step-entry = Add the entry shown below, named “{ $user }”, inside the file's outer braces.
bot-passivbot-step-values = Fill in key, secret and passphrase, each with its Copy button below: the API key, the secret key, then the passphrase.
bot-passivbot-step-private = This file now holds your secret key: keep it on this computer only, readable by you alone, and never share or upload it.
bot-passivbot-step-config = In your Passivbot config, set user to “{ $user }”, then start Passivbot.
bot-passivbot-code-entry = The entry for api-keys.json (the three values stay empty here: paste them in with the Copy buttons)
bot-passivbot-warn-hedge = Passivbot trades perpetual swaps in Long/short mode. Set it on { -okx } before you start the bot; the test below tells you if it is set.
bot-passivbot-warn-site = Passivbot connects to www.okx.com. This key belongs to { $site }: check Passivbot's documentation for your site before you start.

## OctoBot
bot-octobot-step-open = Open OctoBot's web interface and go to Accounts, then Exchanges.
bot-octobot-step-exchange = Add { -okx } as an exchange. The key belongs to { $site }: choose the matching { -okx } entry if OctoBot offers more than one.
bot-octobot-step-values = Paste the three values with the Copy buttons below: the API key, the API secret (the secret key), then the password (the passphrase).
bot-octobot-step-demo = This is a Demo Trading key: turn on OctoBot's sandbox option for { -okx }, if your version has it.
bot-octobot-step-restart = Save, then restart OctoBot so it connects with the new key.
bot-octobot-warn-net = For perpetual swaps OctoBot uses Buy/sell mode (one-way). If your account is in Long/short mode, switch it on { -okx } first; the test below tells you.
