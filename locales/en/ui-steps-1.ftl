# The first screens of the guide (src-ui/steps/intro.js, okx-setup.js, okx-security.js): before
# you start, the golden rules, Steps 1-4 (log in, API management, Trading key, name) and
# Steps 6-8 (permissions, IP restriction, security codes).
# Words in “ ” and the names of OKX's permissions are what OKX's own pages show: use the words
# OKX's site uses in your language.
# A message's .hint is the smaller line under a tick box or choice.

## Before you start

# The step's name in the rail and in the progress line.
ui-start-rail = Before you start
ui-start-title = Before you start
ui-start-lead-1 = This app walks you through making an API key on { -okx } for your trading bot, then proves the key is set up safely.
ui-start-lead-2 = Set aside about 10 minutes without interruptions. Tick what you already have:
# Read by screen readers for the group of tick boxes below.
ui-start-needs = What you need
ui-start-verified = A verified { -okx } account
    .hint = Identity verification is finished. { -okx } does not let unverified accounts make API keys.
ui-start-2fa = Two-factor authentication (2FA) is on
    .hint = An authenticator app or SMS code protects your { -okx } login.
ui-start-bot = An account on your bot platform, with a bot chosen
    .hint = You will paste the new key into that bot at the end.
ui-start-passphrase = A plan for your passphrase
    .hint = You will make up a passphrase for the key. Have a password manager open to save it.
ui-start-no-account = No { -okx } account yet?
    .text = Sign up on { -okx } and finish identity verification first, then come back. Your progress here is kept.

## The golden rules (the rules themselves come with the app's report words)

ui-rules-rail = Golden rules
# The Next button on this screen.
ui-rules-next = I understand
ui-rules-title = Four rules that keep your money safe
ui-rules-lead = Read these before you touch anything on { -okx }. The app checks the first one for you at the end.
ui-rules-ack = I have read the four rules and will follow them
# Shown beside the disabled Next button; the quoted words are the start of ui-rules-ack.
ui-rules-ack-needed = Tick “I have read the four rules” to go on.

## Opening OKX's pages in the browser (a button on several steps)

ui-okx-opened = Opened in your browser.

## Step 1: log in

ui-step1-rail = 1. Log in to { -okx }
ui-step1-title = Log in to { -okx }
ui-step1-lead-1 = Log in on { -okx }'s website with your email and password, and enter your 2FA code when asked.
ui-step1-lead-2 = Stay in your main account. Only use a sub-account if you really mean the bot to trade there.
# Above the list of OKX's sites (their names come with the app's site table).
ui-step1-site-question = Where do you log in to { -okx }?
ui-step1-site-hint = Each site has its own API address, and a key works only on the site where it was made. The app remembers your choice.
# “Trade › Demo Trading” is OKX's menu.
ui-step1-demo = I am practising with a Demo Trading key
    .hint = Demo keys are made under Trade › Demo Trading and trade with pretend money. Leave this off for a real bot.
ui-step1-open = Open { -okx } in my browser
ui-step1-site-needed = Choose where you log in to { -okx }.

## Step 2: API management

ui-step2-rail = 2. Open API management
ui-step2-title = Open API management
ui-step2-lead-1 = On { -okx }, click your profile picture in the top-right corner and choose Account.
ui-step2-lead-2 = In the menu on the left, click API. That page lists your API keys.
ui-step2-open = Open { -okx } API management
# $address is a web address, e.g. www.okx.com/account/my-api.
ui-step2-address = The button opens { $address } in your browser.
ui-step2-seen = I can see the API management page

## Step 3: a Trading key

ui-step3-rail = 3. Create a Trading key
ui-step3-title = Create a Trading key
ui-step3-lead-1 = Click “Create API key”. { -okx } asks what the key is for.
ui-step3-lead-2 = Choose Trading. It is the right kind for a bot that places orders. “Read only” is for apps that only watch your portfolio.
ui-step3-why = Why Trading?
    .text = A Trading key can read your balance and place or cancel orders. You choose its exact permissions in Step 6, where withdrawal stays off.
ui-step3-chose = I chose Trading

## Step 4: the key's name

ui-step4-rail = 4. Name the key
ui-step4-title = Name your API key
ui-step4-lead-1 = { -okx } asks for a name for the key. Only you see it; it tells your keys apart when you have several bots.
ui-step4-lead-2 = Use the bot's name so you always know which key belongs to which bot.
ui-step4-bot = Which bot is this key for?
    .placeholder = e.g. Grid Bot 1
ui-step4-label = Name for the key on { -okx }
ui-step4-copy = Copy name
ui-step4-copied = Copied. Paste it into { -okx }'s name field.
# The names are examples of names OKX accepts (letters and digits only): keep them as they are.
ui-step4-examples = Good names: GridBotBTC, TrendRider2026, DcaBotMain. Up to 50 letters or digits.
# Under the name field while the name is fine; $count is its length, $max the longest OKX allows.
ui-step4-label-ok = { $count } of { $max } characters. Looks good.

## What is wrong with a key's name (under the name field, and beside the disabled Next)

ui-label-empty = Type a name for the key.
ui-label-too-long = The name is { $count } characters long; { -okx } allows up to { $max }.
ui-label-not-alphanumeric = { -okx } allows only letters and digits in the name: remove spaces and symbols.

## Step 6: permissions

ui-step6-rail = 6. Set permissions
ui-step6-title = Set the key's permissions
ui-step6-lead = This is the most important screen. Turn on Read and Trade. Leave everything else off.
ui-perm-caption = Permissions for a bot's key
# The permission table's column headings.
ui-perm-col-name = Permission
ui-perm-col-setting = Setting
ui-perm-col-why = Why
# The permissions, as OKX names them; .why is the last column.
ui-perm-read = Read
    .why = Lets the bot see balances, positions and order history.
ui-perm-trade = Trade
    .why = Lets the bot place and cancel orders.
ui-perm-withdraw = Withdraw
    .why = Would let money leave your account. Never turn it on for a bot.
ui-perm-transfer = Transfer
    .why = Moving funds between accounts: a bot does not need it.
ui-perm-earn = Earn
    .why = Savings and staking products: not needed.
ui-perm-subaccount = Sub-account transfer
    .why = Moving funds to sub-accounts: not needed.
# The setting column's badges.
ui-perm-turn-on = ✓ Turn on
ui-perm-never = ✗ Never
ui-perm-leave-off = ✗ Leave off
ui-step6-withdraw-off = Withdrawal stays off
    .text = With withdrawal off, no money can leave your { -okx } account through this key, even if the key is stolen. Step 10 checks this for you.
# Read by screen readers for the group of tick boxes below.
ui-step6-ticks = Permissions you set
ui-step6-read-trade = Read and Trade are on
ui-step6-rest-off = Withdraw is off, and so are Transfer, Earn and Sub-account transfer

## Step 7: IP restriction

ui-step7-rail = 7. IP restriction
ui-step7-title = Restrict the key to an IP address (recommended)
ui-step7-lead-1 = { -okx } can lock the key to one or more IP addresses, so it works only from places you approve.
ui-step7-lead-2 = A bot platform that runs your bot for you usually lists its server addresses in its help pages: use those.
ui-step7-question = Where will your bot run?
ui-step7-fixed = On a server with a fixed IP address
    .hint = Enter that IP address in { -okx }'s “IP address” field. Only that address can use the key: the safest setup.
ui-step7-changing = On a home computer, or somewhere the IP address changes
    .hint = Leave the field empty for now, so the bot keeps working when the address changes. You can add an address later.
ui-step7-idle = { -okx } deletes idle keys that have no IP address
    .text = A key that can trade and is not bound to an IP address is deleted by { -okx } after 14 days without use. Keep the bot running, or bind an IP address once you have a fixed one. Demo Trading keys are not affected.
ui-step7-limit = { -okx } accepts up to 20 addresses per key, separated by commas.

## Step 8: OKX's security codes

ui-step8-rail = 8. Confirm on { -okx }
ui-step8-title = Confirm with your security codes
ui-step8-lead = Before it creates the key, { -okx } asks you to prove it is you. Enter every code it asks for, then click Confirm.
ui-step8-email = An email code: 6 digits sent to your { -okx } email address.
ui-step8-authenticator = An authenticator code: from Google Authenticator, Authy or a similar app.
ui-step8-sms = An SMS code, if you turned on phone verification.
ui-step8-keep-open = Keep the next screen open
    .text = { -okx } now shows the new key's details, and the secret key is shown only this once. Step 9 tells you what to save before you close it.
ui-step8-accepted = { -okx } accepted my codes and shows the new key
