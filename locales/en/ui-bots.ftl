# The window's "Connect your bot" panel: in Step 10 after a key is saved, and under the list of
# saved keys (its "Connect" button). The steps and values of each bot come from bots.ftl.
# Keep product names as they are: Freqtrade, Hummingbot, ccxt, python-okx, BitcoinEra, 3Commas.
# $label is a saved key's name and $site a website such as my.okx.com: never translated.

## The panel

ui-bot-heading-for = Connect “{ $label }” to your bot
ui-bot-lead-live = Choose the kind of bot that will use this key. The steps and values are made for this key: a live key of { $site }.
ui-bot-lead-demo = Choose the kind of bot that will use this key. The steps and values are made for this key: a Demo Trading key of { $site }.
ui-bot-question = Which bot will use this key?
ui-bot-choose = Choose a bot above to see how to connect it.
ui-bot-loading = Making the steps for this key…
ui-bot-after-save = When the key has passed the test and is saved, the steps to connect it to your bot appear here.

## The kinds of bot (radio buttons: a name and a hint)

ui-bot-kind-web = A web platform
    .hint = BitcoinEra, 3Commas and other sites where you paste the key into a form
ui-bot-kind-freqtrade = Freqtrade
    .hint = The open-source trading bot you start in a terminal
ui-bot-kind-hummingbot = Hummingbot
    .hint = The open-source bot you connect with “connect okx”
ui-bot-kind-ccxt = Python with ccxt
    .hint = Your own Python program, with the ccxt library
ui-bot-kind-python-okx = Python with python-okx
    .hint = Your own Python program, with { -okx }'s python-okx library
ui-bot-kind-agent = { -okx }'s agent trade kit
    .hint = { -okx }'s command line (okx) and its MCP server for AI apps (okx-trade-mcp)

## The recipe

ui-bot-warnings-heading = What can go wrong, and what to do
ui-bot-steps-heading = Steps
ui-bot-credentials-heading = The key's three values
# $n: seconds until the clipboard is cleared.
ui-bot-credentials-hint = Each button copies one value from the keychain. It is kept out of the clipboard history and cleared after { $n } seconds.
ui-bot-not-saved = Save the key first: these buttons copy its values from the keychain.
ui-bot-values-heading = Values for this key
ui-bot-copy = Copy
ui-bot-copied = Copied.

## The list of saved keys

ui-bot-connect = Connect
