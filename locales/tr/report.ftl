# Onay raporu: kullanıcının kopyaladığı, kaydettiği ya da `okx-key-assistant verify` ile yazdırılan
# düz metin; her yere yapıştırmak güvenlidir (örneğin bir destek ekibine).
#
# Çevirmenler için notlar:
# - Rapor düz metindir ve uygulama onu 78 sütunda satır kaydırır; mesaj içindeki satır sonları
#   önemli değildir (uygulama yeniden kaydırır); başlıklar ve alan etiketleri ise tek satırda ve
#   kısa kalmalıdır (bir etiket 14 karaktere sığmalı).
# - Raporda olabildiğince düz tırnak (") ve kesme işareti (') kullanın.
# - Yer tutucular hiç çevrilmeyen değerler taşır: sunucu adları, web adresleri, etiketler, kodlar,
#   uygulamanın önceden biçimlendirdiği tarihler ve sayılar.

## Başlık ve en üstteki sonuç

report-title = { -app-name } - onay raporu

# $abilities report-abilities-* ifadelerinden biridir ("okuyabilir ve alım-satım yapabilir").
report-result-verified = SONUÇ: DOĞRULANDI. { -okx } bu anahtarı kabul etti. Anahtar { $abilities }; para çekemez.
# $reasons: bir ya da iki kısa neden (report-reason-*) ya da report-reasons-unknown-not-ready.
report-result-not-ready =
    SONUÇ: DOĞRULANDI, AMA BİR BOT İÇİN HAZIR DEĞİL. { -okx } bu anahtarı kabul etti ve anahtar
    para çekemez, ancak: { $reasons }. Aşağıdaki sorunlara bakın.
report-result-unsafe =
    SONUÇ: GÜVENLİ DEĞİL - BU ANAHTAR PARA ÇEKEBİLİR. { -okx } bu anahtarı kabul etti ve anahtarın
    Para çekme izni var: onu elinde tutan herkes fonlarınızı { -okx } dışına taşıyabilir. Onu bir
    bota vermeyin. "{ report-heading-next }" bölümüne bakın.
report-result-unconfirmed =
    SONUÇ: GÜVENLİ OLDUĞU DOĞRULANMADI. { -okx } bu anahtarı kabul etti, ama test anahtarın para
    çekip çekemediğini göremedi. Bir bota vermeden önce yeniden test edin.
# $reasons: bir ya da iki kısa neden (report-reason-*) ya da report-reasons-unknown-not-verified.
report-result-not-verified =
    SONUÇ: DOĞRULANMADI. Anahtar testi geçemedi: { $reasons }. Her sorun ve çözümü aşağıda
    listelenmiştir.
# Test uygulamanın yerleşik simülatörüne karşı çalıştığında sonucun ($result) ardına eklenir.
report-result-practice =
    { $result } ALIŞTIRMA: bu test { -okx } ile değil, bu bilgisayardaki uygulama simülatörüyle
    konuştu; bu yüzden gerçek bir anahtar hakkında hiçbir şey söylemez.
report-reasons-unknown-not-ready = aşağıya bakın
report-reasons-unknown-not-verified = test bitmedi

## Anahtarın yapabildikleri (sonucun ve özet satırının içine yazılır)

report-abilities-read-trade = okuyabilir ve alım-satım yapabilir
report-abilities-read-only = okuyabilir ama alım-satım yapamaz
report-abilities-trade-only = alım-satım yapabilir ama okuyamaz
report-abilities-neither = okuyamaz ve alım-satım yapamaz
report-abilities-unknown = izinleri bilinmiyor

## Kısa nedenler: her sorun için birkaç sözcük, "Doğrulanmadı: yanlış parola" için

report-reason-wrong-passphrase = yanlış parola
report-reason-wrong-secret = yanlış gizli anahtar
report-reason-unknown-key = { -okx } bu API anahtarını tanımıyor
report-reason-wrong-site = anahtar başka bir { -okx } sitesine ait
report-reason-demo-mismatch = gerçek ve demo karıştırılmış
report-reason-clock-skew = bu bilgisayarın saati kaymış
report-reason-ip-not-allowed = bu bilgisayarın IP adresine anahtar için izin verilmemiş
report-reason-region-restricted = { -okx } bu bölgede kullanılamıyor
report-reason-key-frozen = anahtar dondurulmuş
report-reason-missing-read = anahtarın Okuma izni yok
report-reason-missing-trade = anahtarın Alım-satım izni yok
report-reason-withdraw-enabled = anahtar para çekebiliyor
report-reason-no-ip-binding = anahtar bir IP adresine bağlı değil
report-reason-rate-limited = { -okx } yavaşlamamızı istedi
report-reason-okx-unavailable = { -okx } kullanılamıyor
report-reason-network-error = { -okx }'e ulaşılamadı
report-reason-timeout = { -okx } zamanında yanıt vermedi
report-reason-unexpected-response = { -okx } uygulamanın anlamadığı bir yanıt verdi
report-reason-malformed-input = yapıştırılan bir değer doğru biçimde değil
report-reason-invalid-setting = uygulamanın bir ayarı kabul edilmedi
report-reason-keychain-unavailable = kullanılabilir anahtar zinciri yok
report-reason-keychain-locked = anahtar zinciri kilitli
report-reason-keychain-denied = anahtar zinciri erişimi reddetti
report-reason-keychain-mismatch = anahtar zinciri başka bir şey geri verdi
report-reason-not-found = bu etiketle kayıtlı anahtar yok
report-reason-already-exists = bu etiketle zaten bir anahtar kayıtlı
report-reason-not-allowed = izin verilmiyor
report-reason-storage = uygulamanın dosyaları okunamadı ya da yazılamadı
report-reason-browser-unavailable = web tarayıcısı açılamadı
report-reason-internal = uygulamada bir hata

# Yan yana iki neden ve ikiden fazla neden ($more: kaç tanesinin gösterilmediği).
report-reasons-two = { $first }; { $second }
report-reasons-more = { $first }; { $second } (ve { $more } neden daha)

## Tek satırlık özet (pencerenin ana başlığı)

report-summary-verified = Doğrulandı: güvenli, { $abilities }, para çekemez
# $reasons: bir botu hâlâ engelleyen kısa nedenler.
report-summary-verified-but = Doğrulandı: güvenli, { $abilities }, para çekemez; ancak { $reasons }
report-summary-unsafe = Güvenli değil: bu anahtar para çekebilir
report-summary-unconfirmed = Güvenli olduğu doğrulanmadı: Para çekme izni denetlenemedi
report-summary-not-verified = Doğrulanmadı: { $reasons }
report-summary-not-finished = Doğrulanmadı: test bitmedi
report-summary-practice = { $summary } ({ -okx } değil, simülatöre karşı alıştırma)

## Bölüm başlıkları (raporda her birinin altı çizilir; tek satırda kalsınlar)

report-heading-when = Ne zaman
report-heading-key = Anahtar
report-heading-found = Testin buldukları
report-heading-checks = Denetimler
report-heading-problems = Sorunlar ve uyarılar
report-heading-ready = Botunuz için hazırlık
report-heading-saved = Kayıt
report-heading-rules = Altın kurallar
report-heading-confirmed = Onayladıklarınız
report-heading-next = Sırada ne var
report-heading-risk = Risk

## Alan etiketleri ("  Etiket:  değer"; iki noktayı uygulama ekler; kısa tutun)

report-field-tested = Test zamanı
report-field-made = Rapor zamanı
report-field-app = Uygulama
report-field-site = Site
report-field-host = API sunucusu
report-field-mode = Mod
report-field-label = Etiket
report-field-api-key = API anahtarı
report-field-account = Hesap
report-field-read = Okuma
report-field-trade = Alım-satım
report-field-withdraw = Para çekme
report-field-permissions = İzinler
report-field-ip = IP bağlama
report-field-balance = Bakiye
report-field-clock = Saat
report-field-pasted = Yapıştırılan
report-field-saved-in = Kayıt yeri
report-field-service = Servis
report-field-user = Kullanıcı
report-field-saved-at = Kayıt zamanı

## Ne zaman

# $time: uygulamanın biçimlendirdiği UTC tarih ve saat ("2026-11-26 18:00:00").
report-time-utc = { $time } UTC
# $time: aynı an, bilgisayarın saat diliminde; $offset: UTC'ye uzaklığı ("+05:30").
report-time-local = { $time } yerel saat (UTC{ $offset })
report-time-unknown = bilinmiyor
# $time: testin zamanı, tam kaydedildiği gibi (uygulama onu tarih olarak okuyamadı).
report-time-as-recorded = { $time } (kaydedildiği gibi)
# $version: uygulamanın sürüm numarası ("1.4.0").
report-app-version = { -app-name } { $version }

## Anahtar

# $site: OKX sitesinin adı ("okx.com (global)").
report-site-detected = { $site } (test buldu: bu anahtar bu siteye ait)
report-mode-demo = Demo alım-satım (alıştırma parası, gerçek fon değil)
report-mode-live = Gerçek (gerçek fonlar)
report-label-none = (yok)
# $key: API anahtarının ilk 4 ve son 4 karakteri ("6f1c…5a41").
report-api-key-shortened = { $key } (yalnızca ilk 4 ve son 4 karakter)
report-api-key-not-shown = (gösterilmiyor)
report-account-main = ana hesap
report-account-sub = alt hesap
# $account: report-account-main ya da report-account-sub; $mode: OKX'in hesap modu adı.
report-account-with-mode = { $account }, mod: { $mode }

## Testin buldukları

report-perm-yes = evet
report-read-missing = HAYIR - bir botun hesabınızı görmesi için gerekli
report-trade-missing = HAYIR - bir botun emir vermesi için gerekli
report-withdraw-on = AÇIK - TEHLİKE
report-withdraw-danger = !! TEHLİKE: bu anahtar fonlarınızı { -okx } dışına taşıyabilir. Onu bir botla kullanmayın.
report-withdraw-off = kapalı (güvenli): bu anahtarla { -okx } dışına hiçbir fon çıkamaz
report-not-known = bilinmiyor
report-not-checked = denetlenmedi (test buradan önce durdu)
# $addresses: anahtarın bağlı olduğu IP adresleri, liste olarak.
report-ip-bound = şu adreslere bağlı: { $addresses }
report-ip-none-demo = yok (demo anahtar için sorun değil: { -okx } kullanılmayan demo anahtarları silmez)
report-ip-none-live = yok. Uyarı: { -report-idle-deletion }
# Yukarıdaki ve aşağıdaki iki mesajda kullanılır (bir terim: tek başına hiç gösterilmez).
-report-idle-deletion =
    { -okx }, alım-satım yapabilen ve bir IP adresine bağlı olmayan bir anahtarı 14 gün
    kullanılmazsa siler.
# $total: hesabın ABD doları cinsinden toplam varlığı, uygulamanın biçimlendirdiği ("1,234.57");
# $count: kaç para biriminde bakiye olduğu; $currencies: kodları, liste olarak.
report-balance =
    { $count ->
        [0] okunabiliyor: toplam varlık { $total } USD; hiçbir para biriminde bakiye yok
       *[other] okunabiliyor: toplam varlık { $total } USD, { $count } para biriminde: { $currencies }
    }
report-balance-not-read = okunamadı (aşağıdaki sorunlara bakın)
# $skew: bu bilgisayarın saatinin OKX'inkinden ne kadar farklı olduğu ("OKX saatinin 1,3 saniye ilerisinde");
# $verdict: report-clock-fine, -warning, -too-far değerlerinden biri.
report-clock = bu bilgisayarın saati { $skew } ({ $verdict })
report-clock-fine = sorun yok
report-clock-warning = uyarı: aşağıya bakın
report-clock-too-far = fark çok büyük: { -okx } bunu reddeder
report-clock-not-measured = ölçülmedi
# Kısaltılmış bir liste: $list ilk öğeleri, $more kaç tanesinin dışarıda kaldığını taşır.
report-list-more = { $list } ve { $more } tane daha
# Bir listenin öğeleri arasında ("USDT, BTC").
report-list-separator = {", "}

## Yapıştırılan değerlerden temizlenenler ("API anahtarı: sonda 1 boşluk kaldırıldı")


## Denetimler (her satır köşeli parantez içinde bir işaretle başlar; işaretler kısa kalsın)

report-mark-pass = tamam
report-mark-warning = uyarı
report-mark-fail = HATA
report-mark-skipped = atlandı
# $title: denetimin adı; $detail: bulduğu.
report-check-line = { $title }: { $detail }

## Sorunlar ve uyarılar

report-problems-none = Yok.
report-tag-danger = TEHLİKE
report-tag-problem = Sorun
report-tag-warning = Uyarı
report-tag-info = Not
# $tag: yukarıdaki etiketlerden biri; $message: sorun, uygulamanın sözleriyle.
report-problem = { $tag }: { $message }
# Aynısı, OKX'in verdiği hata koduyla ($code, ör. "50105").
report-problem-with-code = { $tag }: { $message } ({ -okx } kodu { $code })
# Her sorunun çözümünden önce yazılır.
report-what-to-do = Ne yapmalı:

## Raporun kendisinin eklediği sorunlar (testin bulguları bunları gerektirdiğinde)

report-problem-withdraw = Bu anahtarın Para çekme izni var: onu elinde tutan herkes fonlarınızı { -okx } dışına taşıyabilir.
    .fix = Onu bir bota vermeyin. { $page } adresinde silin (ya da düzenleyip Para çekme iznini kapatın), sonra yeniden test edin.
report-problem-no-read = Anahtar hesabınızı okuyamıyor, bu yüzden bir bot bakiyenizi ya da emirlerinizi göremez.
    .fix = Anahtarı { $page } adresinde düzenleyin, Okuma iznini açın, sonra yeniden test edin.
report-problem-no-trade = Anahtar alım-satım yapamıyor, bu yüzden bir bot emir veremez.
    .fix = Anahtarı { $page } adresinde düzenleyin, Alım-satım iznini açın, sonra yeniden test edin.
report-problem-no-ip = Anahtar bir IP adresine bağlı değil. { -report-idle-deletion }
    .fix =
        Botunuz sabit IP adresli bir sunucuda çalışıyorsa o adresi { $page } adresinde anahtara
        ekleyin. Yoksa botun anahtarı en az 14 günde bir kullandığından emin olun.
# $skew: saatin ne kadar kaydığı ("OKX saatinin 12 saniye ilerisinde").
report-problem-clock-warning =
    Bu bilgisayarın saati { $skew }. { -okx } 30 saniyeden fazla kaymış istekleri reddeder, bu
    yüzden bu durum sorun çıkarmaya başlayabilir.
    .fix = { -report-clock-fix }
report-problem-clock-refused =
    Bu bilgisayarın saati { $skew }. { -okx }, zamanı 30 saniyeden fazla kaymış istekleri
    reddeder.
    .fix = { -report-clock-fix }
-report-clock-fix =
    Sistem ayarlarınızda otomatik tarih ve saati (ve doğru saat dilimini) açın, sonra yeniden
    test edin.

## Kayıt

# $user: anahtarın kaydedildiği etiketi.
report-saved-user = { $user } (anahtarın etiketi)
report-saved-replaced = Aynı etiketle daha önce kaydedilmiş bir anahtarın yerini aldı.
# $code: anahtarı okuyan bir satır Python kodu (çevrilmez).
report-saved-python = Python ile yazılmış bir bot onu şu kodla okuyabilir: { $code }
report-not-saved = Sistem anahtar zincirine kaydedilmedi.
report-not-saved-unsafe = Kaydedilmedi: uygulama yalnızca doğrulanmış ve para çekemeyen bir anahtarı kaydeder.

## Altın kurallar (pencerede 1. Adım'dan önce de gösterilir: kural, sonra nedeni)

report-rule-withdraw = Para çekmeyi asla açmayın.
    .why =
        Bir botun yalnızca okuması ve alım-satım yapması gerekir. Para çekme kapalıyken, anahtarın
        başına ne gelirse gelsin, bu anahtarla { -okx } hesabınızdan hiç para çıkamaz.
report-rule-share = Üç kimlik bilgisini asla paylaşmayın.
    .why =
        API anahtarı, gizli anahtar ve parola yalnızca botunuza ve şifre yöneticinize girer,
        başka hiçbir yere. { -okx } çalışanları bunları sizden asla istemez.
report-rule-one-bot = Her bota bir anahtar.
    .why = Bir bot durdurulursa ya da ele geçirilirse onun anahtarını silersiniz, diğerleri çalışmaya devam eder.
report-rule-passphrase = Parolayı bir şifre yöneticisinde saklayın.
    .why =
        { -okx } onu yeniden gösteremez ya da sıfırlayamaz. Kaybolursa anahtarın silinip yeniden
        oluşturulması gerekir.

## Kullanıcının pencerede onayladıkları

# Açıklama; $yes, $no ve $unasked "[x]", "[ ]" ve "[-]" işaretleridir.
report-confirm-legend = { $yes } onaylandı   { $no } onaylanmadı   { $unasked } sorulmadı
# Kullanıcının gördüğü ama işaretlemediği bir öğeden ($item) sonra.
report-confirm-not-confirmed = { $item } (onaylanmadı)
# Kullanıcıya sorulmayan bir öğeden ($item) sonra.
report-confirm-not-asked = { $item } (sorulmadı)
report-confirm-nothing-asked =
    Hiçbir şey sorulmadı (bu rapor pencerede hazırlanmadı). Bunları kendiniz denetleyin:
report-confirm-rules = Bu kuralları okudunuz ve bunlara uyacaksınız.
# $test: testin Para çekme hakkında bulduğu: "on", "off" ya da "unknown" (test edilmedi).
report-confirm-withdraw =
    { $test ->
        [on] Anahtar oluşturulurken Para çekme (ve Transfer) kapalı bırakıldı. Test, Para çekme iznini AÇIK buldu.
        [off] Anahtar oluşturulurken Para çekme (ve Transfer) kapalı bırakıldı. Test, Para çekme izninin kapalı olduğunu doğruluyor.
       *[unknown] Anahtar oluşturulurken Para çekme (ve Transfer) kapalı bırakıldı.
    }
report-confirm-password-manager = API anahtarı, gizli anahtar ve parola şifre yöneticinize kaydedildi.
report-confirm-one-bot = Bu anahtarı yalnızca bir bot kullanıyor.
report-confirm-after = Bot bağlandıktan sonra:
report-confirm-balance = Botun panosu { -okx } bakiyenizi gösteriyor.
report-confirm-connected = Bot "Bağlı" ya da "Etkin" gösteriyor.
report-confirm-no-errors = Botun panosunda hata mesajı yok.
report-confirm-last-used = { -okx }'in API sayfası bu anahtar için yakın tarihli bir "Son kullanım" ("Last used") zamanı gösteriyor.
report-confirm-no-suspicious = { -okx }'in API sayfası beklenmedik ya da şüpheli bir erişim göstermiyor.

## Sırada ne var ($page: OKX'in API yönetimi sayfası, bir web adresi)

report-next-fix-then-test = Yukarıda listelenen sorunları düzeltin, sonra anahtarı yeniden test edin.
# $service ve $user: anahtarın sistem anahtar zincirinde kaydedildiği yer.
report-next-paste-saved =
    Botunuza üç değeri verin: API anahtarı, gizli anahtar, parola. Bunlar şifre yöneticinizde ve
    sistem anahtar zincirinde (servis "{ $service }", kullanıcı "{ $user }") kayıtlı. Onları
    yapıştırın; elle yazmayın.
report-next-paste =
    Botunuza üç değeri verin: API anahtarı, gizli anahtar, parola. Onları şifre yöneticinizden
    kopyalayıp yapıştırın; elle yazmayın.
report-next-last-used =
    Bot çalıştıktan sonra { $page } adresini açın ve bu anahtar için "Son kullanım" ("Last used")
    alanının yakın bir zaman gösterdiğini denetleyin.
report-next-idle =
    Botun anahtarı en az 14 günde bir kullandığından emin olun ya da anahtarı { $page } adresinde
    botunuzun IP adresine bağlayın: { -okx } bağlı olmayan ve kullanılmayan anahtarları siler.
report-next-leaked =
    Botu durdurursanız ya da bir değerin sızdığını düşünüyorsanız anahtarı { $page } adresinde
    silin. Fonlarınız olduğu yerde kalır.
report-next-unsafe-keep = Bu anahtarı bir bota vermeyin ve hiçbir yere yapıştırmayın.
report-next-unsafe-delete =
    { $page } adresini açın ve bu anahtarı silin. (Bunun yerine anahtarı düzenleyip Para çekme
    iznini kapatabilirsiniz, ama en güvenli seçenek yeni bir anahtardır.)
# $command: kayıtlı kopyayı silen komut satırı (çevrilmez).
report-next-unsafe-remove = Kayıtlı kopyayı kaldırın: { $command } (ya da uygulamada Sil).
report-next-unsafe-new = Yalnızca Okuma ve Alım-satım açık olan yeni bir anahtar oluşturun ve onu burada test edin.
report-next-unconfirmed-test = Anahtarı yeniden test edin: uygulamanın Para çekme izninin kapalı olduğunu görmesi gerekir.
report-next-unconfirmed-check = Bu anahtar için Para çekme izninin kapalı olduğunu { $page } adresinde de denetleyebilirsiniz.
report-next-fix-each = Yukarıda listelenen sorunları düzeltin; her biri ne yapılacağını söylüyor.
report-next-test-again = Anahtarı yeniden test edin.
report-next-lost =
    Gizli anahtarı ya da parolayı kaybettiyseniz anahtarı { $page } adresinde silin ve yeni bir
    tane oluşturun: { -okx } ikisini de yeniden gösteremez.

## Risk ve gizli bilgilerle ilgili kapanış satırı

report-disclaimer =
    Kripto para alım-satımı, paranın bir kısmını, hatta tamamını kaybetme yönünde gerçek bir risk
    taşır; bir bot para kazandırabildiği gibi kaybettirebilir de. Hiçbir botun geçmiş sonuçları
    gelecek için bir şey vaat etmez. Bir botun kullandığı her anahtarda Para çekme iznini kapalı
    tutun ve yalnızca kaybetmeyi göze alabileceğiniz parayla alım-satım yapın. Bu rapor anahtarın
    nasıl ayarlandığını anlatır; yatırım tavsiyesi değildir.
report-no-secrets =
    Bu rapor ne gizli anahtarı ne de parolayı içerir; API anahtarının da yalnızca ilk 4 ve son 4
    karakterini içerir. Bu yüzden paylaşmak güvenlidir, örneğin bir destek ekibiyle.
