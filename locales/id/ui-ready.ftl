# "Ready for your bot" in the window: Step 10's "What will this key run?" (a bot and a market),
# the card with the readiness the test found, and My keys' line for a key's saved bot. The
# headline and the reasons come from readiness.ftl. Product names stay as they are.

## The two bots the readiness rule added to Connect your bot's list (a name and a hint)

ui-bot-kind-passivbot = Passivbot
    .hint = Bot sumber terbuka untuk swap perpetual; memerlukan Mode Long/short
ui-bot-kind-octobot = OctoBot
    .hint = Bot sumber terbuka dengan antarmuka web; memakai Mode Beli/jual

## Step 10, after the key passed

ui-ready-question = Apa yang akan memakai kunci ini?
ui-ready-lead = Pilih bot dan apa yang diperdagangkannya. Pengujian lalu juga memeriksa bahwa akun siap untuk order pertama bot.
ui-ready-bot = Bot
ui-ready-bot-none = Belum dipilih
ui-ready-market = Pasar
ui-ready-test-again = Uji lagi dengan pilihan ini
ui-ready-untested = Tekan “Uji lagi dengan pilihan ini” untuk memeriksa akun bagi bot ini.
ui-ready-none = Pilih bot untuk memeriksa bahwa akun siap untuknya.
# $fix: where on OKX's site to change it (from readiness.ftl)
ui-ready-fix = Yang harus dilakukan: { $fix }

## My keys

# $bot: the bot's name; $market: spot or perpetual swaps
ui-ready-saved-for = Disimpan untuk { $bot } ({ $market }). Uji kunci untuk melihat apakah akun sudah siap.
