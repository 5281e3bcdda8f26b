# "Botunuzu bağlayın": her botun tarifindeki adımlar, adlar ve uyarılar (çekirdek bunları kayıtlı
# bir anahtarın sitesinden ve modundan üretir; pencerenin "Botunuzu bağlayın" panelinde gösterilir).
# Çevrilmeden olduğu gibi kalanlar: ürün adları (Freqtrade, Hummingbot, ccxt, python-okx,
# BitcoinEra, 3Commas), kod (connect okx, set_sandbox_mode, exchange.name, config.json),
# büyük harfli ortam değişkenleri ve OKX'in hata numaraları (50119, 50105, 50101, 50110).
# $site, my.okx.com gibi bir web sitesidir; $name, $sub ve $packages koddur, hiçbir zaman çevrilmez.

# Commands and paths (-cmd-run, …) are terms defined in commands.ftl.

## Kopyala düğmesiyle gösterilen değerlerin adları

bot-value-site = Giriş yaptığınız site
bot-value-api-host = API sunucusu (host)
bot-value-exchange-name = Borsa adı (exchange.name)
bot-value-env-key = API anahtarı için ortam değişkeni
bot-value-env-secret = Gizli anahtar için ortam değişkeni
bot-value-env-password = Parola için ortam değişkeni (Freqtrade buna “password” der)
bot-value-env-passphrase = Parola için ortam değişkeni
bot-value-sub-domain = Alt alan adı (okx_registration_sub_domain)
bot-value-ccxt-class = ccxt sınıfı
bot-value-hostname = ccxt'nin hostname seçeneği
bot-value-sandbox = Demo alım-satım ayarı
bot-value-domain = python-okx'in domain değeri
bot-value-flag = python-okx'in flag değeri (1 Demo alım-satım, 0 gerçek)
bot-value-env-site = Site, kit için
bot-value-env-demo = Alım-satım modu, kit için
bot-value-env-base-url = API adresi, kit için

## Kod bloklarının başlıkları

bot-code-config = Freqtrade'in config.json dosyasının borsa bölümü (içinde gizli bilgi yok)
bot-code-run = Anahtar zincirindeki anahtarla başlatın
bot-code-docker = Ya da Docker'da (Docker üç değişkeni run'dan konteynere kopyalar; hiçbir değer yazılmaz)
bot-code-hummingbot = Bunu Hummingbot'a yazın
bot-code-keyring = Anahtarı anahtar zincirinden okuyan bir program
bot-code-env = Aynı program, { -cmd-run }'ın verdiği anahtarı okuyarak
bot-code-install = Kiti kurun
bot-code-mcp = Bir yapay zekâ uygulaması için (Claude, Cursor ve diğerleri): MCP sunucusu ayarları

## Bir web platformu (BitcoinEra, 3Commas ve benzerleri)

bot-web-step-open = Platformda borsa eklediğiniz sayfayı açın (çoğunlukla adı “Borsalar”, “API anahtarları” ya da “Borsa bağla”dır; İngilizce “Exchanges”, “API keys” ya da “Connect exchange”).
bot-web-step-exchange-global = { -okx }'i seçin. Bir bölge ya da web sitesi sorarsa global olanı ({ $site }) seçin.
bot-web-step-exchange-eea = Avrupa için olan { -okx } seçeneğini seçin ({ $site }; adı “{ -okx } EEA” ya da “MyOKX” olabilir). Yalnızca “{ -okx }” seçeneği anahtarınızı www.okx.com'a gönderir ve anahtar orada yoktur.
bot-web-step-exchange-us = “{ -okx } US” seçeneğini seçin ({ $site }). Yalnızca “{ -okx }” seçeneği anahtarınızı www.okx.com'a gönderir ve anahtar orada yoktur.
bot-web-step-exchange-tr = “{ -okx } TR” seçeneğini seçin ({ $site }). Platformda { -okx } TR yoksa platform bu anahtarı kullanamaz.
bot-web-step-mode-demo = Bu bir Demo alım-satım anahtarı: platformda varsa, { -okx } Demo alım-satım ile çalışan demo ya da sanal alım-satım (paper trading) seçeneğini seçin.
bot-web-step-mode-live = Bu gerçek bir anahtar: platformun demosunu değil, gerçek alım-satımı seçin.
bot-web-step-values = Üç değeri bu sırayla, her birini aşağıdaki Kopyala düğmesiyle yapıştırın: API anahtarı, gizli anahtar, sonra parola.
bot-web-step-ip = Platform izin verilecek IP adreslerini listeliyorsa onları { -okx }'in API sayfasında ({ $site }) bu anahtara ekleyin.
bot-web-step-check = Platformun bağlantıyı denetleyen ya da kaydeden düğmesine basın: bakiyenizi ya da “Connected” (“Bağlandı”) yazısını göstermelidir.

## Bir şeyler yolunda gitmediğinde denetimin gösterdiği (web platformları, Hummingbot)

bot-check-50119 = “API key doesn't exist” (50119): platform anahtarı başka bir { -okx } sitesine gönderdi. { $site } seçeneğini seçin.
bot-check-50105 = “Wrong passphrase” (50105): { -okx } giriş şifrenizi değil, bu API anahtarı için oluşturduğunuz parolayı yapıştırın.
bot-check-50101-demo = “APIKey does not match current environment” (50101): platform gerçek alım-satım kullanıyor, bu anahtar ise Demo alım-satım için.
bot-check-50101-live = “APIKey does not match current environment” (50101): platform Demo alım-satım kullanıyor, bu anahtar ise gerçek alım-satım için.
bot-check-50110 = “Your IP is not included in your API key's IP whitelist” (50110): platformun IP adreslerini { -okx }'te anahtara ekleyin ya da anahtarın IP listesini kaldırın.

## Freqtrade

bot-freqtrade-step-config = Bu borsa bölümünü config.json dosyanıza koyun: ad { $name } olur; key, secret ve password boş kalır.
bot-freqtrade-step-run = Freqtrade'i aşağıdaki satırla başlatın. Bu satır anahtarı, yalnızca bu çalıştırma için, Freqtrade'in okuduğu ortam değişkenlerine koyar; böylece anahtar hiçbir zaman bir dosyaya girmez.
bot-freqtrade-step-password = Freqtrade'in “password” değeri API parolasıdır, { -okx } giriş şifreniz değil.
bot-freqtrade-no-tr = Freqtrade'de { -okx } TR ({ $site }) için bir seçenek yok: okx, myokx ve okxus borsaları başka { -okx } siteleriyle konuşur ve bu anahtar orada yoktur (50119).
bot-freqtrade-us-spot = { -okx } US için Freqtrade'in borsası okxus'tur ve yalnızca spot alım-satım yapar: vadeli işlem yoktur.
bot-freqtrade-demo = Bu bir Demo alım-satım anahtarı. Freqtrade'in dry run modu, Freqtrade'in kendi sanal alım-satımıdır; bir Demo alım-satım anahtarı ise yalnızca istekler { -okx }'in demo başlığını (x-simulated-trading: 1) taşıdığında çalışır.

## Hummingbot

bot-hummingbot-step-connect = Hummingbot'ta connect okx yazın.
bot-hummingbot-step-values = API anahtarınızı, gizli anahtarınızı ve parolanızı sorduğunda her birini aşağıdaki Kopyala düğmesiyle yapıştırın.
bot-hummingbot-step-sub-domain = Kaydolduğunuz alt alan adını sorduğunda { $sub } yanıtını verin ({ $site } sitesinde giriş yapıyorsunuz).
bot-hummingbot-step-check = Hummingbot sonra anahtarı denetler: “You are now connected to okx” yazısı anahtarın çalıştığı anlamına gelir.
bot-hummingbot-no-tr = Hummingbot'ta { -okx } TR ({ $site }) için bir seçenek yok: www, my ve app alt alan adları başka { -okx } siteleridir ve bu anahtar orada yoktur (50119).
bot-hummingbot-demo = Bu bir Demo alım-satım anahtarı, Hummingbot'un { -okx } bağlayıcısı ise gerçek alım-satım yapar: 50101 yanıtını alırsınız. Gerçek bir anahtar ya da Hummingbot'un kendi sanal alım-satımını kullanın.

## Python (ccxt ve python-okx)

bot-python-step-install = Paketleri kurun: { -cmd-pip-install } { $packages } (Linux'ta { -cmd-secretstorage } da).
bot-python-step-keyring = İlk program anahtarı, bu uygulamanın onu kaydettiği anahtar zincirinden okur; anahtar hiçbir zaman kodunuza ya da bir dosyaya girmez.
bot-python-step-env = Ya da anahtarı, tek bir çalıştırma için ikinci programın ortamına { -cmd-run } versin.
bot-ccxt-step-password = ccxt, API parolasına “password” der: oraya { -okx } giriş şifreniz değil, parola girer.
bot-python-okx-step-flag = python-okx'in flag değeri alım-satım modunu seçer: “1” Demo alım-satım, “0” gerçektir; yanlış değer 50101 yanıtını alır. domain değeri sitenizinki olmalıdır, yoksa { -okx } 50119 yanıtını verir.

## OKX'in agent trade kit'i

bot-agent-step-install = { -okx }'in agent trade kit'ini kurun (Node.js 18 ya da daha yenisi gerekir).
bot-agent-step-run = Onu { -cmd-run } ile başlatın: kit anahtarı, siteyi ve alım-satım modunu ortamdan okur, bu yüzden { -cmd-okx-config } dosyasına gerek duymaz.
bot-agent-step-mcp = Bir yapay zekâ uygulaması için aşağıdaki ayarları onun MCP sunucusu listesine koyun: uygulama kiti { -cmd-run } aracılığıyla başlatır.
bot-agent-tr = { -okx }'in agent trade kit'inin eski sürümleri yalnızca global, eea ve us sitelerini bilir; OKX_SITE değeri tr'dir ve OKX_API_BASE_URL tr.okx.com'u gösterir.

## Pencere, gizli bilgiye benzeyen bir şeyi düz metin olarak kopyalamak istedi

bot-copy-refused = Bu bir gizli bilgiye benziyor, bu yüzden düz metin olarak kopyalanmadı.
    .fix = API anahtarı, gizli anahtar ve parolanın Kopyala düğmelerini kullanın: bu düğmeler değeri pano geçmişinin dışında tutar ve 30 saniye sonra panodan siler.

## Passivbot
bot-value-user = Kaydın adı (Passivbot yapılandırmasındaki user)
bot-passivbot-step-file = Passivbot klasöründe api-keys.json dosyasını açın (yoksa api-keys.json.example dosyasını api-keys.json adıyla kopyalayın).
bot-passivbot-step-entry = Aşağıda gösterilen, “{ $user }” adlı kaydı dosyanın en dıştaki süslü parantezlerinin içine ekleyin.
bot-passivbot-step-values = key, secret ve passphrase alanlarını, her birini aşağıdaki Kopyala düğmesiyle doldurun: API anahtarı, gizli anahtar, sonra parola.
bot-passivbot-step-private = Bu dosyada artık gizli anahtarınız var: yalnızca bu bilgisayarda, yalnızca sizin okuyabileceğiniz şekilde tutun; asla paylaşmayın ya da bir yere yüklemeyin.
bot-passivbot-step-config = Passivbot yapılandırmanızda user değerini “{ $user }” yapın, sonra Passivbot'u başlatın.
bot-passivbot-code-entry = api-keys.json için kayıt (üç değer burada boş kalır: Kopyala düğmeleriyle yapıştırın)
bot-passivbot-warn-hedge = Passivbot sürekli vadeli işlemleri Long/short modunda yapar. Botu başlatmadan önce bunu { -okx } üzerinde ayarlayın; aşağıdaki test ayarlı olup olmadığını söyler.
bot-passivbot-warn-site = Passivbot www.okx.com adresine bağlanır. Bu anahtar { $site } sitesine ait: başlamadan önce Passivbot belgelerinde sitenizle ilgili bölüme bakın.

## OctoBot
bot-octobot-step-open = OctoBot'un web arayüzünü açın ve Accounts, sonra Exchanges bölümüne gidin.
bot-octobot-step-exchange = { -okx } borsasını ekleyin. Anahtar { $site } sitesine ait: OctoBot birden fazla { -okx } seçeneği sunuyorsa buna uyanı seçin.
bot-octobot-step-values = Üç değeri aşağıdaki Kopyala düğmeleriyle yapıştırın: API key (API anahtarı), API secret (gizli anahtar), sonra password (parola).
bot-octobot-step-demo = Bu bir Demo alım-satım anahtarı: sürümünüzde varsa OctoBot'un { -okx } için sandbox seçeneğini açın.
bot-octobot-step-restart = Kaydedin, sonra yeni anahtarla bağlanması için OctoBot'u yeniden başlatın.
bot-octobot-warn-net = OctoBot sürekli vadeli işlemlerde Al/sat modunu (tek yönlü) kullanır. Hesabınız Long/short modundaysa önce { -okx } üzerinde değiştirin; aşağıdaki test size söyler.
