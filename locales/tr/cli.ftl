# Komut satırı (okx-key-assistant verify / save / list / delete / simulate).
# Bir terminalde, bot ya da betik çalıştıran kişilere gösterilir: düğme, alan ya da adım değil,
# ortam değişkenleri ve seçenekler anılır.
# Çevrilmeden olduğu gibi kalanlar: program adı okx-key-assistant, komut adları (verify, save,
# list, delete, simulate), seçenekler (--site, --json, …), değerleri (global, eea, us, tr, auto),
# ortam değişkenleri (OKX_API_KEY, …) ve yardımda büyük harfle yazılan yer tutucular (LABEL, SITE,
# N, COMMAND): kullanıcılar bunları yazar.

## Yardım: --help'in yazdırdığı (ve bir kullanım hatasının, nedenin altında tekrarladığı)
## Satır sonlarını ve seçenek listelerinin girintisini koruyun: terminaller bunları olduğu gibi gösterir.

cli-usage =
    { -app-name }: alım-satım botunuz için güvenli bir OKX API anahtarı; test edilmiş ve anahtar zincirinizde saklanmış.

    Kullanım:
      { -cmd-app }                uygulamayı açar
      { -usage-verify }
      { -usage-save }
      { -usage-list }
      { -usage-delete }
      { -usage-run-brief }
      { -usage-check }
      { -usage-simulate }
      { -usage-command-help }   bir komut hakkında daha fazlası
      { -usage-version }

    Anahtar hiçbir zaman komut satırından değil, OKX_API_KEY, OKX_SECRET_KEY ve OKX_PASSPHRASE
    ortam değişkenlerinden alınır (save standart girdiyi de okur). Testler ve alıştırmalar bir siteyi
    OKX_BASE_URL_GLOBAL, OKX_BASE_URL_EEA, OKX_BASE_URL_US ya da OKX_BASE_URL_TR ile simülatöre
    yönlendirebilir (yalnızca http://127.0.0.1:PORT ya da http://localhost:PORT).

    Çıkış durumu: 0 doğrulandı ve güvenli (ya da tamamlandı); 1 başarısız; 2 hatalı kullanım ya da girdi;
    3 doğrulandı ama güvenli değil (anahtar para çekebilir).

# Ana yardımdan sonra. $languages: dil kodları, ör. "en, zh-CN, es-419, ar".
cli-usage-languages =
    Dil: her komut --lang CODE alır ({ $languages }); bu seçenek yoksa LC_ALL,
    LC_MESSAGES ya da LANG belirler; başka herhangi bir dil için İngilizce kullanılır.

cli-verify-usage =
    Kullanım: { -usage-verify }

    Bir OKX API anahtarını imzalı, salt okunur isteklerle test eder (hiçbir zaman alım-satım ya da
    para hareketi yapılmaz) ve onay raporunu yazdırır.

    Anahtar OKX_API_KEY, OKX_SECRET_KEY ve OKX_PASSPHRASE ortam değişkenlerinden (hiçbir zaman
    komut satırından değil) ya da --keychain ile sistem anahtar zincirinde kayıtlı bir anahtardan alınır.
    Değerler uygulamadaki gibi temizlenir ve denetlenir: fazladan boşluklar kırpılır ve bildirilir.

    Seçenekler:
      --site SITE        anahtarın oluşturulduğu yer: global (okx.com), eea (my.okx.com),
                         us (app.okx.com) ya da tr (tr.okx.com, OKX TR). Bu seçenek yoksa (ya da
                         auto ise) test anahtarın sitesini bulur ve söyler; bir site belirtilirse
                         başka bir sitenin anahtarı, çalıştığı yer belirtilerek başarısız olur
      --demo             anahtar bir Demo alım-satım (Demo Trading) anahtarıdır
      --json             rapor yerine tek bir JSON nesnesi yazdırır
      --keychain LABEL   LABEL adıyla kayıtlı anahtarı test eder (verilmedikçe onun sitesi ve moduyla)
      -h, --help         bu yardımı gösterir

    Çıkış durumu: 0 doğrulandı ve güvenli; 1 doğrulama başarısız; 2 hatalı kullanım ya da girdi;
    3 doğrulandı ama güvenli değil (anahtar para çekebilir).

cli-save-usage =
    Kullanım: { -usage-save }

    Anahtarı test eder, sonra sistem anahtar zincirine LABEL adıyla kaydeder (harfler, rakamlar, '_', '-', '.';
    örneğin anahtara OKX'te verdiğiniz ad). Yalnızca OKX'in kabul ettiği ve para çekemeyen bir anahtar
    kaydedilir; kaydedilen öğe, kaydedilmiş sayılmadan önce geri okunur.

    Anahtar OKX_API_KEY, OKX_SECRET_KEY ve OKX_PASSPHRASE değişkenlerinden ya da hiçbiri tanımlı
    değilse standart girdiden alınır: OKX'in sırasıyla üç satır (API anahtarı, gizli anahtar, parola)
    ya da etiketli değerler içeren bir not, env dosyası veya JSON. Hiçbir zaman komut satırından alınmaz.

    Seçenekler:
      --site SITE   anahtarın oluşturulduğu yer: global, eea, us ya da tr. Bu seçenek yoksa (ya da
                    auto ise) test anahtarın sitesini bulur ve anahtar o siteyle kaydedilir
      --demo        anahtar bir Demo alım-satım (Demo Trading) anahtarıdır
      --replace     LABEL adıyla zaten kayıtlı bir anahtarın yerine koyar (eskisi, yenisi kaydedilip
                    geri okunana kadar kalır)
      -h, --help    bu yardımı gösterir

    Bir bot kayıtlı anahtarı anahtar zincirinden okur: servis { -cmd-app }, kullanıcı LABEL,
    gizli değer = api_key, secret_key, passphrase, site, api_host, demo ve saved_at içeren JSON.

    Çıkış durumu: 0 kaydedildi; 1 kaydedilmedi (test başarısız oldu ya da anahtar zinciri reddetti);
    2 hatalı kullanım ya da girdi; 3 anahtar para çekebildiği için kaydedilmedi.

cli-list-usage =
    Kullanım: { -usage-list }

    Bu uygulamanın sistem anahtar zincirine kaydettiği anahtarları listeler: etiket, API anahtarı
    (ilk 4 ve son 4 karakter), site, Gerçek ya da Demo ve kaydedildiği zaman. Uygulamanın hatırladığı
    ama artık anahtar zincirinde olmayan bir anahtar “{ cli-list-missing }” olarak işaretlenir.

    Seçenekler:
      --json       tablo yerine bir JSON dizisi yazdırır
      -h, --help   bu yardımı gösterir

    Çıkış durumu: 0 listelendi; 1 anahtar zinciri okunamadı; 2 hatalı kullanım.

cli-delete-usage =
    Kullanım: { -usage-delete }

    LABEL adıyla kayıtlı anahtarı sistem anahtar zincirinden (ve uygulamanın listesinden) siler.
    Anahtarın kendisi OKX'te çalışmaya devam eder: artık kullanmıyorsanız onu orada da silin.

    Seçenekler:
      -h, --help   bu yardımı gösterir

    Çıkış durumu: 0 silindi; 1 LABEL adıyla kayıtlı anahtar yok ya da anahtar zinciri reddetti;
    2 hatalı kullanım.

cli-simulate-usage =
    Kullanım: { -usage-simulate }

    OKX API'sinin bir alıştırma kopyasını bu bilgisayarda başlatır (yalnızca 127.0.0.1); uygulamanın
    açıkladığı her durum için alıştırma anahtarları içerir. Anahtarları ve uygulamayı (ve verify'ı)
    ona yönlendiren OKX_BASE_URL_* ayarlarını yazdırır, sonra Ctrl-C'ye basana kadar her isteği gösterir.

    Seçenekler:
      --port N         ilk sitenin portu (varsayılan 8085); --site olmadan dört site N ile N+3
                       arasını kullanır (global, eea, us, tr); 0 boş portlar seçer
      --site SITE      yalnızca bu siteyi N üzerinde çalıştırır
      --latency-ms N   her yanıttan önce N milisaniye bekler (varsayılan 0)
      --skew-ms N      simülatörün saati N milisaniye ileridedir (negatifse geride)
      -h, --help       bu yardımı gösterir

    Çıkış durumu: 0 Ctrl-C ile durduruldu; 1 başlatılamadı (örneğin port kullanımda);
    2 hatalı kullanım.

# verify ve save yardımından (ve ana yardımdan) sonra. Bot kimlikleri çevrilmez.
cli-ready-usage =
    Botunuz için hazırlık (verify ve save):
      --bot BOT          hesabın bu bot için hazır olduğunu da denetler: web-platform,
                         freqtrade, hummingbot, python-ccxt, python-okx, okx-agent, passivbot
                         ya da octobot (hesap modu, pozisyon modu, piyasa, paranın nerede
                         olduğu). save seçimi anahtarla birlikte saklar; check ve
                         verify --keychain onu kullanır
      --market MARKET    botun işlem yaptığı piyasa: spot (varsayılan) ya da swap (sürekli
                         vadeli işlemler)

    Çıkış durumu 4: anahtar çalışıyor ve para çekemiyor, ama hesap henüz bot için hazır değil
    (rapor neyin değişmesi gerektiğini söyler). 1 ve 3, 4'e üstün gelir.

## Kullanım hataları: tek satır, "okx-key-assistant: " ifadesinden sonra ve yardımdan önce yazdırılır.
## Yazılanı hiçbir zaman tekrarlamazlar (yanlış yere yapıştırılmış bir gizli bilgi olabilir),
## yalnızca programın bildiği seçenek adlarını anarlar.

# $commands: virgülle ayrılmış komut adları (verify, save, list, delete, simulate).
cli-unknown-command = Bilinmeyen komut (komutlar: { $commands }).
# $flag: --site gibi bir seçenek adı.
cli-unknown-flag = Bilinmeyen seçenek: { $flag }
cli-unknown-flag-credential = Bilinmeyen seçenek: { $flag }. Kimlik bilgileri hiçbir zaman komut satırından okunmaz; bunun yerine OKX_API_KEY, OKX_SECRET_KEY ve OKX_PASSPHRASE değişkenlerini ayarlayın.
cli-unknown-flag-hidden = Bilinmeyen seçenek (bir gizli bilgi içerebileceği için gösterilmiyor).
cli-flag-given-twice = { $flag } iki kez verilmiş.
# $bots: virgülle ayrılmış bot kimlikleri.
cli-bot-must-be = --bot şunlardan biri olmalı: { $bots }.
# $markets: spot, swap
cli-market-must-be = --market şunlardan biri olmalı: { $markets }.
cli-market-needs-bot = --market, --bot ile birlikte verilir: botu da belirtin.
cli-flag-takes-no-value = { $flag } bir değer almaz.
cli-flag-needs-value = { $flag } bir değer gerektirir.
cli-no-arguments = Bu komut başka argüman almaz. Kimlik bilgileri hiçbir zaman komut satırından okunmaz: bunun yerine OKX_API_KEY, OKX_SECRET_KEY ve OKX_PASSPHRASE değişkenlerini ayarlayın.
cli-too-many-arguments = Çok fazla argüman var (bir etikette boşluk olmaz). Kimlik bilgileri hiçbir zaman komut satırından okunmaz.
# $sites: --site'ın kabul ettiği değerler, virgülle ayrılmış (global, eea, us, tr, auto).
cli-site-must-be = --site şunlardan biri olmalı: { $sites }.
cli-save-needs-label = save, anahtarın kaydedileceği bir LABEL gerektirir.
cli-delete-needs-label = delete, silinecek anahtarın LABEL değerini gerektirir.
cli-port-must-be = --port 0 ile 65535 arasında bir sayı olmalı.
cli-latency-must-be = --latency-ms tam sayı olarak milisaniye olmalı.
cli-latency-too-long = --latency-ms en çok 60000 (bir dakika) olabilir.
cli-skew-must-be = --skew-ms tam sayı olarak milisaniye olmalı.
cli-skew-too-large = --skew-ms bir gün (86400000) içinde olmalı.
# --json çıktısındaki bir kullanım hatasının çözümü (mesajı yukarıdaki satırlardan biridir).
cli-usage-mistake-fix = Nasıl kullanılacağını görmek için komutu --help ile çalıştırın.

## Bir sorunun yazdırılma biçimi: mesajı, sonra bir sonraki satırda (girintili) ne yapılacağı.

# $fix: ne yapılacağı (bir ya da daha fazla tam cümle).
cli-what-to-do = Ne yapmalı: { $fix }
# Sonuçtan önce yazdırılan, komutu durdurmayan bir not. $note: not.
cli-note = Not: { $note }

## Anahtarın nereden geldiği: ortam değişkenleri, standart girdi ya da kayıtlı bir anahtar

# $var: bir ortam değişkeninin adı, ör. OKX_PASSPHRASE.
cli-env-not-text = { $var } metin olmayan baytlar içeriyor.
    .fix = { $var } değişkenini, değeri OKX'in gösterdiği haliyle yapıştırarak yeniden ayarlayın.
# $var: eksik olan tek ortam değişkeninin adı.
cli-env-missing-one = { $var } tanımlı değil.
    .fix = { -cli-set-all-three }
# $first, $second: eksik olan iki ortam değişkeninin adları.
cli-env-missing-two = { $first } ve { $second } tanımlı değil.
    .fix = { -cli-set-all-three }
-cli-set-all-three = Üçünü de ayarlayın: OKX_API_KEY, OKX_SECRET_KEY ve OKX_PASSPHRASE (anahtarı oluşturduğunuzda OKX'in gösterdiği değerler).
# .fix verify için; .fix-save, standart girdiyi de okuyabilen save için.
cli-no-key-given = Hiç API anahtarı verilmedi.
    .fix = OKX_API_KEY, OKX_SECRET_KEY ve OKX_PASSPHRASE değişkenlerine anahtarı oluşturduğunuzda OKX'in gösterdiği değerleri atayın ya da kayıtlı bir anahtar için --keychain LABEL kullanın.
    .fix-save = OKX_API_KEY, OKX_SECRET_KEY ve OKX_PASSPHRASE değişkenlerini ayarlayın ya da üç değeri (her satıra bir tane, bu sırayla) komuta boru (pipe) ile verin.
# save, değerlerin terminale yazılmasını ya da yapıştırılmasını beklerken gösterilir.
cli-paste-prompt = API anahtarını, gizli anahtarı ve parolayı her satıra bir tane olacak şekilde yapıştırın, sonra Ctrl-D'ye basın (Windows'ta Ctrl-Z, ardından Enter). Yapıştırdıklarınız ekranda görünür; bunu istemiyorsanız bunun yerine OKX_API_KEY, OKX_SECRET_KEY ve OKX_PASSPHRASE değişkenlerini ayarlayın.
cli-paste-prompt-hidden = API anahtarını, gizli anahtarı ve parolayı her satıra bir tane olacak şekilde yapıştırın, sonra Ctrl-D'ye basın. Yapıştırdıklarınız ekranda görünmez (yalnızca satır sonları görünür); Ctrl-C iptal eder.
cli-stdin-not-text = Standart girdiden verilen metin olarak okunamadı.
    .fix = Üç değeri düz metin olarak, her satıra bir tane verin: API anahtarı, gizli anahtar, parola.
# $found: üç değerden kaç tanesinin bulunduğu (0, 1 ya da 2).
cli-stdin-values-found = Standart girdide üç değerden { $found } tanesi bulundu.
    .fix = API anahtarını, gizli anahtarı ve parolayı bu sırayla her satıra bir tane olacak şekilde (ya da "API key: ..." gibi etiketli olarak) verin.
# $label: kayıtlı anahtarın etiketi.
cli-env-ignored-for-saved-key = Not: "{ $label }" olarak kayıtlı anahtar test ediliyor; OKX_API_KEY, OKX_SECRET_KEY ve OKX_PASSPHRASE yok sayılıyor.
# $vars: the settings that are set, e.g. “OKX_BASE_URL_GLOBAL=http://127.0.0.1:8085, OKX_BASE_URL_EEA=http://127.0.0.1:8086”
cli-override-note = Not: alıştırma ayarları açık ({ $vars }): bu sitelerin istekleri { -okx }’e değil, bu bilgisayardaki bir alıştırma sunucusuna gider. { -okx }’ten kaydedilen anahtarlar oraya asla gönderilmez.
cli-no-data-dir = Veri klasörünüz bulunamadı, bu yüzden kayıtlı anahtarlar listesi tutulamıyor.
    .fix = HOME değişkeninin (Linux'ta ya da XDG_DATA_HOME değişkeninin) tanımlı olduğundan emin olun, sonra komutu yeniden çalıştırın.

## verify: test çalışırken yazdırdıkları (yalnızca terminalde)

cli-progress-reach = OKX'in yanıt verdiği denetleniyor...
cli-progress-clock = Saat denetleniyor...
cli-progress-auth = Anahtar imzalı, salt okunur isteklerle denetleniyor...
cli-progress-other = Denetleniyor...

## save

# $label: yazılan etiket; $key: kayıtlı anahtarın ilk ve son 4 karakterine kısaltılmış API anahtarı
# (6d2d…fd7f); $saved_at: kaydedildiği zaman (2026-11-26T18:00:00.000Z).
cli-already-saved = "{ $label }" etiketiyle zaten bir anahtar kayıtlı: { $saved_at } tarihinde kaydedilen { $key } anahtarı.
    .fix = { -cli-replace-or-rename }
# Etiket, bu uygulamanın yazmadığı bir anahtar zinciri öğesince kullanılıyor. $label: yazılan etiket.
cli-already-saved-foreign = "{ $label }" etiketiyle zaten bir öğe kayıtlı: bu uygulamanın yazmadığı bir öğe.
    .fix = { -cli-replace-or-rename }
-cli-replace-or-rename = Yeni anahtarı onun yerine koymak için --replace ekleyin (eskisi, yenisi kaydedilip geri okunana kadar kalır) ya da başka bir etiket seçin.
# $backend: anahtar zincirinin adı, ör. "Secret Service (GNOME Keyring)"; $service ve $user
# anahtar zinciri öğesini adlandırır (okx-key-assistant ve etiket); $replaced: "yes" ya da "no".
cli-saved = { $replaced ->
        [yes] { $backend } içine kaydedildi (servis "{ $service }", kullanıcı "{ $user }"); önceden kayıtlı anahtarın yerini aldı.
       *[no] { $backend } içine kaydedildi (servis "{ $service }", kullanıcı "{ $user }").
    }
# Birkaç satırlık Python kodunun üstünde yazdırılır ("pip install keyring" bir komuttur, olduğu gibi kalır).
cli-python-snippet-intro = Bir Python botu onu şöyle okur ({ -cmd-pip-install-keyring }):

## list ve delete

# Kayıtlı anahtarlar tablosunun sütun başlıkları (terminal tablosu gibi büyük harflerle).
cli-list-column-label = ETİKET
cli-list-column-api-key = API ANAHTARI
cli-list-column-site = SİTE
cli-list-column-mode = MOD
cli-list-column-saved-at = KAYIT ZAMANI
# MOD sütunu: gerçek (gerçek para) bir anahtar ya da bir Demo alım-satım anahtarı.
cli-list-mode-live = gerçek
cli-list-mode-demo = demo
# Uygulamanın hatırladığı ama anahtar zincirinde artık olmayan bir anahtar için son sütun.
cli-list-missing = anahtar zincirinde yok
cli-list-empty = Henüz kayıtlı anahtar yok. Şu komutla bir tane kaydedin: { -cmd-save-label }
# $label: silinen anahtarın etiketi.
cli-deleted = "{ $label }" olarak kayıtlı anahtar anahtar zincirinden silindi. Anahtar, orada silinene kadar OKX'te çalışmaya devam eder.

## Komut satırının kendisindeki hatalar (çözümü uygulamanın olağan "bu bir hatadır" metnidir)

# $error: sistemin kendi sözleri, İngilizce.
cli-internal-runtime = Komut arka plan işini başlatamadı ({ $error }).
cli-internal-json = Sonuç JSON olarak yazılamadı ({ $error }).

# `okx-key-assistant` with no subcommand could not start the window's program.
cli-window-missing = Pencere açılamadı: { $program } yok ya da başlatılamıyor ({ $error }).
cli-command-line-missing = Komut çalıştırılamadı: { $program } yok ya da başlatılamıyor ({ $error }).
    .fix = { -app-name } uygulamasını yeniden kurun. Komutlar (verify, save, list, delete, run, check) pencere olmadan da çalışır.
