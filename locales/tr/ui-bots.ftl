# Pencerenin "Botunuzu bağlayın" paneli: bir anahtar kaydedildikten sonra 10. Adım'da ve kayıtlı
# anahtarlar listesinin altında (listedeki "Bağla" düğmesi). Her botun adımları ve değerleri bots.ftl'dendir.
# Ürün adları olduğu gibi kalır: Freqtrade, Hummingbot, ccxt, python-okx, BitcoinEra, 3Commas.
# $label kayıtlı bir anahtarın adı, $site my.okx.com gibi bir web sitesidir: hiçbir zaman çevrilmez.

## Panel

ui-bot-heading-for = “{ $label }” anahtarını botunuza bağlayın
ui-bot-lead-live = Bu anahtarı kullanacak bot türünü seçin. Adımlar ve değerler bu anahtara göre hazırlanır: { $site } sitesinin gerçek bir anahtarı.
ui-bot-lead-demo = Bu anahtarı kullanacak bot türünü seçin. Adımlar ve değerler bu anahtara göre hazırlanır: { $site } sitesinin bir Demo alım-satım anahtarı.
ui-bot-question = Bu anahtarı hangi bot kullanacak?
ui-bot-choose = Nasıl bağlanacağını görmek için yukarıdan bir bot seçin.
ui-bot-loading = Bu anahtarın adımları hazırlanıyor…
ui-bot-after-save = Anahtar testi geçip kaydedildiğinde, onu botunuza bağlama adımları burada görünür.

## Bot türleri (seçenek düğmeleri: bir ad ve bir ipucu)

ui-bot-kind-web = Bir web platformu
    .hint = BitcoinEra, 3Commas ve anahtarı bir forma yapıştırdığınız diğer siteler
ui-bot-kind-freqtrade = Freqtrade
    .hint = Bir terminalde başlattığınız açık kaynaklı alım-satım botu
ui-bot-kind-hummingbot = Hummingbot
    .hint = “connect okx” ile bağladığınız açık kaynaklı bot
ui-bot-kind-ccxt = ccxt ile Python
    .hint = ccxt kütüphanesini kullanan kendi Python programınız
ui-bot-kind-python-okx = python-okx ile Python
    .hint = { -okx }'in python-okx kütüphanesini kullanan kendi Python programınız
ui-bot-kind-agent = { -okx }'in agent trade kit'i
    .hint = { -okx }'in komut satırı (okx) ve yapay zekâ uygulamaları için MCP sunucusu (okx-trade-mcp)

## Tarif

ui-bot-warnings-heading = Neler ters gidebilir ve ne yapmalı
ui-bot-steps-heading = Adımlar
ui-bot-credentials-heading = Anahtarın üç değeri
# $n: pano temizlenene kadar geçecek saniye.
ui-bot-credentials-hint = Her düğme anahtar zincirinden bir değer kopyalar. Değer pano geçmişinin dışında tutulur ve { $n } saniye sonra silinir.
ui-bot-not-saved = Önce anahtarı kaydedin: bu düğmeler değerlerini anahtar zincirinden kopyalar.
ui-bot-values-heading = Bu anahtarın değerleri
ui-bot-copy = Kopyala
ui-bot-copied = Kopyalandı.

## Kayıtlı anahtarlar listesi

ui-bot-connect = Bağla
