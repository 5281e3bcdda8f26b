# "Ready for your bot" in the window: Step 10's "What will this key run?" (a bot and a market),
# the card with the readiness the test found, and My keys' line for a key's saved bot. The
# headline and the reasons come from readiness.ftl. Product names stay as they are.

## The two bots the readiness rule added to Connect your bot's list (a name and a hint)

ui-bot-kind-passivbot = Passivbot
    .hint = Sürekli vadeli işlemler için açık kaynaklı bot; Long/short modu gerekir
ui-bot-kind-octobot = OctoBot
    .hint = Web arayüzlü açık kaynaklı bot; Al/sat modunu kullanır

## Step 10, after the key passed

ui-ready-question = Bu anahtarı ne kullanacak?
ui-ready-lead = Botu ve neyle işlem yaptığını seçin. Test, hesabın botun ilk emrine hazır olup olmadığını da denetler.
ui-ready-bot = Bot
ui-ready-bot-none = Seçilmedi
ui-ready-market = Piyasa
ui-ready-test-again = Bu seçimle yeniden test et
ui-ready-untested = Hesabı bu bot için denetlemek üzere “Bu seçimle yeniden test et” düğmesine basın.
ui-ready-none = Hesabın bir bota hazır olduğunu denetlemek için bot seçin.
# $fix: where on OKX's site to change it (from readiness.ftl)
ui-ready-fix = Ne yapmalı: { $fix }

## My keys

# $bot: the bot's name; $market: spot or perpetual swaps
ui-ready-saved-for = { $bot } ({ $market }) için kaydedildi. Hesabın hazır olup olmadığını görmek için anahtarı test edin.
