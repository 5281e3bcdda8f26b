# Rehberin ilk ekranları (src-ui/steps/intro.js, okx-setup.js, okx-security.js): başlamadan önce,
# altın kurallar, 1-4. Adımlar (giriş, API yönetimi, Alım-satım anahtarı, ad) ve
# 6-8. Adımlar (izinler, IP kısıtlaması, güvenlik kodları).
# “ ” içindeki sözcükler ve OKX izinlerinin adları OKX'in kendi sayfalarında görünenlerdir; OKX'in
# Türkçe adı bulunamadığında İngilizce adı parantez içinde yanında verilir.
# Bir mesajın .hint değeri, bir onay kutusunun ya da seçeneğin altındaki küçük satırdır.

## Başlamadan önce

# Adımın kenar çubuğundaki ve ilerleme satırındaki adı.
ui-start-rail = Başlamadan önce
ui-start-title = Başlamadan önce
ui-start-lead-1 = Bu uygulama, alım-satım botunuz için { -okx }'te bir API anahtarı oluşturmanızda size adım adım yol gösterir, sonra anahtarın güvenli biçimde ayarlandığını kanıtlar.
ui-start-lead-2 = Kesintisiz yaklaşık 10 dakika ayırın. Zaten sahip olduklarınızı işaretleyin:
# Ekran okuyucular için aşağıdaki onay kutusu grubunun adı.
ui-start-needs = İhtiyacınız olanlar
ui-start-verified = Doğrulanmış bir { -okx } hesabı
    .hint = Kimlik doğrulaması tamamlanmış olmalı. { -okx }, doğrulanmamış hesapların API anahtarı oluşturmasına izin vermez.
ui-start-2fa = İki faktörlü kimlik doğrulama (2FA) açık
    .hint = Bir doğrulayıcı uygulama ya da SMS kodu { -okx } girişinizi korur.
ui-start-bot = Bot platformunuzda bir hesap ve seçilmiş bir bot
    .hint = Sonunda yeni anahtarı o bota yapıştıracaksınız.
ui-start-passphrase = Parolanız için bir plan
    .hint = Anahtar için bir parola (passphrase) belirleyeceksiniz. Onu kaydetmek için bir şifre yöneticisini açık tutun.
ui-start-no-account = Henüz { -okx } hesabınız yok mu?
    .text = Önce { -okx }'e kaydolun ve kimlik doğrulamasını tamamlayın, sonra geri gelin. Buradaki ilerlemeniz korunur.

## Altın kurallar (kuralların kendisi uygulamanın rapor metinleriyle gelir)

ui-rules-rail = Altın kurallar
# Bu ekrandaki İleri düğmesi.
ui-rules-next = Anladım
ui-rules-title = Paranızı güvende tutan dört kural
ui-rules-lead = { -okx }'te herhangi bir şeye dokunmadan önce bunları okuyun. Uygulama ilk kuralı sonunda sizin için denetler.
ui-rules-ack = Dört kuralı okudum ve bunlara uyacağım
# Devre dışı İleri düğmesinin yanında gösterilir; tırnak içindeki sözcükler ui-rules-ack değerinin başıdır.
ui-rules-ack-needed = Devam etmek için “Dört kuralı okudum” kutusunu işaretleyin.

## OKX'in sayfalarını tarayıcıda açma (birkaç adımdaki bir düğme)

ui-okx-opened = Tarayıcınızda açıldı.

## 1. Adım: giriş yapın

ui-step1-rail = 1. { -okx }'e giriş yapın
ui-step1-title = { -okx }'e giriş yapın
ui-step1-lead-1 = { -okx }'in web sitesine e-posta adresiniz ve şifrenizle giriş yapın, istendiğinde 2FA kodunuzu girin.
ui-step1-lead-2 = Ana hesabınızda kalın. Botun gerçekten orada alım-satım yapmasını istiyorsanız yalnızca o zaman bir alt hesap kullanın.
# OKX'in sitelerinin listesinin üstünde (adları uygulamanın site tablosundan gelir).
ui-step1-site-question = { -okx }'e nereden giriş yapıyorsunuz?
ui-step1-site-hint = Her sitenin kendi API adresi vardır ve bir anahtar yalnızca oluşturulduğu sitede çalışır. Uygulama seçiminizi hatırlar.
# “Alım-satım › Demo alım-satım” OKX'in menüsüdür.
ui-step1-demo = Bir Demo alım-satım anahtarıyla alıştırma yapıyorum
    .hint = Demo anahtarlar “Alım-satım › Demo alım-satım” (“Trade › Demo Trading”) altında oluşturulur ve sanal parayla işlem yapar. Gerçek bir bot için bunu kapalı bırakın.
ui-step1-open = { -okx }'i tarayıcımda aç
ui-step1-site-needed = { -okx }'e nereden giriş yaptığınızı seçin.

## 2. Adım: API yönetimi

ui-step2-rail = 2. API yönetimini açın
ui-step2-title = API yönetimini açın
ui-step2-lead-1 = { -okx }'te sağ üst köşedeki profil resminize tıklayın ve “Hesap”ı (“Account”) seçin.
ui-step2-lead-2 = Soldaki menüde “API”ye tıklayın. O sayfa API anahtarlarınızı listeler.
ui-step2-open = { -okx } API yönetimini aç
# $address bir web adresidir, ör. www.okx.com/account/my-api.
ui-step2-address = Düğme tarayıcınızda şu adresi açar: { $address }
ui-step2-seen = API yönetimi sayfasını görüyorum

## 3. Adım: bir Alım-satım anahtarı

ui-step3-rail = 3. Bir Alım-satım anahtarı oluşturun
ui-step3-title = Bir Alım-satım anahtarı oluşturun
ui-step3-lead-1 = “API anahtarı oluştur” (“Create API key”) düğmesine tıklayın. { -okx } anahtarın ne için olduğunu sorar.
ui-step3-lead-2 = “Alım-satım”ı (“Trading”) seçin. Emir veren bir bot için doğru tür budur. “Salt okunur” (“Read only”) yalnızca portföyünüzü izleyen uygulamalar içindir.
ui-step3-why = Neden Alım-satım?
    .text = Bir Alım-satım anahtarı bakiyenizi okuyabilir ve emir verip iptal edebilir. Tam izinlerini 6. Adım'da seçersiniz; orada para çekme kapalı kalır.
ui-step3-chose = Alım-satım'ı seçtim

## 4. Adım: anahtarın adı

ui-step4-rail = 4. Anahtara ad verin
ui-step4-title = API anahtarınıza ad verin
ui-step4-lead-1 = { -okx } anahtar için bir ad ister. Onu yalnızca siz görürsünüz; birkaç botunuz olduğunda anahtarlarınızı birbirinden ayırır.
ui-step4-lead-2 = Hangi anahtarın hangi bota ait olduğunu her zaman bilmek için botun adını kullanın.
ui-step4-bot = Bu anahtar hangi bot için?
    .placeholder = ör. Grid Bot 1
ui-step4-label = { -okx }'teki anahtar adı
ui-step4-copy = Adı kopyala
ui-step4-copied = Kopyalandı. { -okx }'in ad alanına yapıştırın.
# Adlar, OKX'in kabul ettiği adlara örnektir (yalnızca harf ve rakam): olduğu gibi kalırlar.
ui-step4-examples = İyi adlar: GridBotBTC, TrendRider2026, DcaBotMain. En çok 50 harf ya da rakam.
# Ad uygunken ad alanının altında; $count uzunluğu, $max OKX'in izin verdiği en uzun değer.
ui-step4-label-ok = { $count } / { $max } karakter. İyi görünüyor.

## Bir anahtar adındaki sorun (ad alanının altında ve devre dışı İleri'nin yanında)

ui-label-empty = Anahtar için bir ad yazın.
ui-label-too-long = Ad { $count } karakter uzunluğunda; { -okx } en çok { $max } karaktere izin verir.
ui-label-not-alphanumeric = { -okx } adda yalnızca harflere ve rakamlara izin verir: boşlukları ve simgeleri kaldırın.

## 6. Adım: izinler

ui-step6-rail = 6. İzinleri ayarlayın
ui-step6-title = Anahtarın izinlerini ayarlayın
ui-step6-lead = Bu en önemli ekrandır. Okuma ve Alım-satım izinlerini açın. Geri kalan her şeyi kapalı bırakın.
ui-perm-caption = Bir botun anahtarı için izinler
# İzin tablosunun sütun başlıkları.
ui-perm-col-name = İzin
ui-perm-col-setting = Ayar
ui-perm-col-why = Neden
# İzinler, OKX'in adlandırdığı gibi; .why son sütundur.
ui-perm-read = Okuma (“Read”)
    .why = Botun bakiyeleri, pozisyonları ve emir geçmişini görmesini sağlar.
ui-perm-trade = Alım-satım (“Trade”)
    .why = Botun emir vermesini ve iptal etmesini sağlar.
ui-perm-withdraw = Para çekme (“Withdraw”)
    .why = Paranın hesabınızdan çıkmasına izin verir. Bir bot için asla açmayın.
ui-perm-transfer = Transfer
    .why = Hesaplar arasında fon taşıma: bir botun buna ihtiyacı yoktur.
ui-perm-earn = Kazan (“Earn”)
    .why = Birikim ve staking ürünleri: gerekmez.
ui-perm-subaccount = Alt hesap transferi (“Sub-account transfer”)
    .why = Alt hesaplara fon taşıma: gerekmez.
# Ayar sütununun rozetleri.
ui-perm-turn-on = ✓ Açın
ui-perm-never = ✗ Asla
ui-perm-leave-off = ✗ Kapalı bırakın
ui-step6-withdraw-off = Para çekme kapalı kalır
    .text = Para çekme kapalıyken, anahtar çalınsa bile bu anahtarla { -okx } hesabınızdan hiç para çıkamaz. 10. Adım bunu sizin için denetler.
# Ekran okuyucular için aşağıdaki onay kutusu grubunun adı.
ui-step6-ticks = Ayarladığınız izinler
ui-step6-read-trade = Okuma ve Alım-satım açık
ui-step6-rest-off = Para çekme kapalı; Transfer, Kazan ve Alt hesap transferi de kapalı

## 7. Adım: IP kısıtlaması

ui-step7-rail = 7. IP kısıtlaması
ui-step7-title = Anahtarı bir IP adresiyle sınırlayın (önerilir)
ui-step7-lead-1 = { -okx } anahtarı bir ya da daha fazla IP adresine kilitleyebilir; böylece anahtar yalnızca onayladığınız yerlerden çalışır.
ui-step7-lead-2 = Botunuzu sizin için çalıştıran bir bot platformu, sunucu adreslerini genellikle yardım sayfalarında listeler: onları kullanın.
ui-step7-question = Botunuz nerede çalışacak?
ui-step7-fixed = Sabit IP adresli bir sunucuda
    .hint = O IP adresini { -okx }'in “IP adresi” (“IP address”) alanına girin. Anahtarı yalnızca o adres kullanabilir: en güvenli kurulum budur.
ui-step7-changing = Evdeki bir bilgisayarda ya da IP adresinin değiştiği bir yerde
    .hint = Adres değiştiğinde bot çalışmaya devam etsin diye alanı şimdilik boş bırakın. Daha sonra bir adres ekleyebilirsiniz.
ui-step7-idle = { -okx }, IP adresi olmayan kullanılmayan anahtarları siler
    .text = Alım-satım yapabilen ve bir IP adresine bağlı olmayan bir anahtarı { -okx } 14 gün kullanılmazsa siler. Botu çalışır durumda tutun ya da sabit bir adresiniz olunca anahtarı ona bağlayın. Demo alım-satım anahtarları bundan etkilenmez.
ui-step7-limit = { -okx }, anahtar başına virgülle ayrılmış en çok 20 adres kabul eder.

## 8. Adım: OKX'in güvenlik kodları

ui-step8-rail = 8. { -okx }'te onaylayın
ui-step8-title = Güvenlik kodlarınızla onaylayın
ui-step8-lead = { -okx } anahtarı oluşturmadan önce sizden kim olduğunuzu kanıtlamanızı ister. İstediği her kodu girin, sonra “Onayla”ya (“Confirm”) tıklayın.
ui-step8-email = Bir e-posta kodu: { -okx } e-posta adresinize gönderilen 6 haneli kod.
ui-step8-authenticator = Bir doğrulayıcı kodu: Google Authenticator, Authy ya da benzeri bir uygulamadan.
ui-step8-sms = Telefon doğrulamasını açtıysanız bir SMS kodu.
ui-step8-keep-open = Sonraki ekranı açık tutun
    .text = { -okx } şimdi yeni anahtarın ayrıntılarını gösterir ve gizli anahtar yalnızca bu seferlik gösterilir. 9. Adım, ekranı kapatmadan önce neyi kaydedeceğinizi söyler.
ui-step8-accepted = { -okx } kodlarımı kabul etti ve yeni anahtarı gösteriyor
