# Bağlantı testi: denetim listesi (bir testten sonra pencerenin 10. Adım'ında ve komut satırının
# çıktısında gösterilir), her denetimin bulduğu ve bildirdiği sorunlar.

## Denetim listesinin başlıkları, her denetim için bir tane, gösterildikleri sırayla

check-reach = { -okx } yanıt veriyor
check-clock = Saat { -okx } ile uyumlu
check-auth = Anahtar, gizli anahtar ve parola kabul edildi
check-read = Hesabı okuyabiliyor
check-trade = Alım-satım yapabiliyor
check-withdraw = Para çekemiyor
check-ip-binding = IP adreslerine bağlı
check-balance = Bakiye okunabiliyor

## Bir denetim geçtiğinde bulduğu (başlığın altındaki satır)

# $host: yanıt veren adres, ör. www.okx.com
verify-reach-pass = { -okx }, { $host } adresinden yanıt verdi.
# $site: sitenin adı, ör. “my.okx.com (AEA)”
verify-auth-pass = { -okx } anahtarı { $site } sitesinde kabul etti.
# $site: sitenin adı. Kullanıcı bir site belirtmedi; test buldu.
verify-auth-pass-found = { -okx } anahtarı { $site } sitesinde kabul etti (otomatik bulundu).
# $skew: saatin ne kadar kaydığı, ör. “OKX saatinin 1,2 saniye gerisinde” (verify-skew-…)
verify-clock-pass = Bu bilgisayarın saati { $skew }.
verify-read-pass = Anahtarın Okuma izni var.
verify-trade-pass = Anahtarın Alım-satım izni var.
verify-withdraw-pass = Anahtar para çekemiyor.
# $ips: anahtarın bağlı olduğu IP adresleri, virgülle ayrılmış
verify-ip-pass = Anahtar yalnızca şu adreslerden çalışıyor: { $ips }.
verify-ip-pass-read-only = Bir IP adresine bağlı değil; salt okunur anahtarların buna ihtiyacı yok.
verify-ip-pass-demo = Bir IP adresine bağlı değil; Demo alım-satım anahtarları kullanılmadıkları için hiçbir zaman silinmez.
# $equity: OKX'in verdiği rakam, 1234.5678 gibi bir ondalık sayı; $currencies: virgülle ayrılmış
# para birimi kodları, ör. “USDT, BTC”
verify-balance-pass = Toplam varlık { $equity } USD ({ $currencies }). Bunu { -okx } alım-satım hesabınızla karşılaştırın.
# $equity: OKX'in verdiği rakam, 1234.5678 gibi bir ondalık sayı
verify-balance-pass-empty = Toplam varlık { $equity } USD; alım-satım hesabında hiç coin yok. Bunu { -okx } alım-satım hesabınızla karşılaştırın.
# Çalıştırılmayan bir denetim.
verify-skipped = Denetlenmedi, çünkü önceki bir denetim başarısız oldu.

## Bu bilgisayarın saatinin OKX'inkinden ne kadar farklı olduğu. Başka cümlelerin içine
## yerleştirilir (“Bu bilgisayarın saati …”): denetim listesinde, raporda ve uyarılarında.

verify-skew-within = { -okx } saatiyle en çok 0,1 saniye farklı
# $seconds: 10'dan küçük bir ondalık sayı (ör. 1.2) ya da 10 ve üzeri tam saniye sayısı
verify-skew-behind = { -okx } saatinin { $seconds } saniye gerisinde
# $seconds: 10'dan küçük bir ondalık sayı (ör. 1.2) ya da 10 ve üzeri tam saniye sayısı
verify-skew-ahead = { -okx } saatinin { $seconds } saniye ilerisinde

## Hesabın modu, OKX'ten (raporda gösterilir)

verify-account-mode-spot = Spot
verify-account-mode-futures = Vadeli işlemler
verify-account-mode-multi-currency = Çoklu para birimli marjin
verify-account-mode-portfolio = Portföy marjini

## Bağlantı testinin kendi bulduğu sorunlar

# $skew: saatin ne kadar kaydığı (verify-skew-…)
problem-clock-skew-warn = Bu bilgisayarın saati { $skew }. { -okx }, zamanı 30 saniyeden fazla kaymış istekleri reddeder.
    .fix = { problem-clock-skew-over.fix }
# $skew: saatin ne kadar kaydığı (verify-skew-…)
problem-clock-skew-over = Bu bilgisayarın saati { $skew }. { -okx }, zamanı 30 saniyeden fazla kaymış istekleri reddeder; bu test farkı hesaba kattı, ama bu bilgisayardaki bir bot reddedilir.
    .fix = Sisteminizin tarih ve saat ayarlarında "Saati otomatik ayarla" seçeneğini (ve doğru saat dilimini) açın. Botunuzu çalıştıran bilgisayarda ya da sunucuda da aynısını yapın.
problem-missing-read-permission = Bu anahtarın hesabınızı okuma izni yok, bu yüzden bir bot bakiyeleri ya da emirleri göremez.
    .fix = { -okx }'in API yönetimi sayfasında anahtarı düzenleyin ve "Okuma" iznini (alım-satım botu için "Alım-satım" iznini de) açın, kaydedin, sonra yeniden test edin.
problem-missing-trade-permission = Bu anahtar salt okunur: onu kullanan bir bot hesabınızı görebilir ama alım-satım yapamaz.
    .fix = { -okx }'in API yönetimi sayfasında anahtarı düzenleyin ve "Alım-satım" iznini açın ("Para çekme" kapalı kalsın), kaydedin, sonra yeniden test edin.
problem-withdraw-enabled = Bu anahtar para çekebiliyor. Onu ele geçiren herkes paranızı { -okx } dışına taşıyabilir.
    .fix = Bu anahtarı hemen { -okx }'te silin ve yalnızca Okuma ve Alım-satım izni olan yeni bir anahtar oluşturun. Bir alım-satım botunun Para çekme iznine hiçbir zaman ihtiyacı yoktur.
problem-no-ip-binding = Bu anahtar alım-satım yapabiliyor ve bir IP adresine bağlı değil, bu yüzden { -okx } onu 14 gün kullanılmazsa siler.
    .fix = Botunuz sabit IP adresli bir sunucuda çalışıyorsa anahtarı { -okx }'te düzenleyin ve o adresi ekleyin. Yoksa botu çalışır durumda tutun: kullanılan bir anahtar silinmez.
# $actual: anahtarın çalıştığı sitenin adı; $chosen: test edilen site;
# $id: doğru sitenin --site değeri (global, eea, us ya da tr)
problem-wrong-site = Bu anahtar { $chosen } sitesine değil, { $actual } sitesine ait. Bir anahtar yalnızca oluşturulduğu sitede çalışır.
    .fix = { $surface ->
        [cli] --site { $id } ile yeniden test edin ve botunuzda da { $actual } sitesini seçin.
       *[window] Burada ve botunuzda siteniz olarak { $actual } seçin, sonra yeniden test edin.
    }
# Diğer bütün siteler de aynısını söyleyince OKX'in “bu anahtar yok” yanıtının yerine geçer. $site:
# test edilen sitenin adı
problem-unknown-key-nowhere = { -okx }, bu API anahtarının ne { $site } sitesinde ne de { -okx }'in diğer sitelerinin hiçbirinde bulunduğunu söylüyor.
# $seconds: bütün test için tanınan süre, tam sayı
problem-timeout-whole-test = Bağlantı testi { $seconds } saniye içinde bitmedi.
    .fix = İnternet bağlantınızı denetleyin ve yeniden test edin. { -okx } yoğunsa birkaç dakika bekleyin.
# Demo Alım-Satım olarak test edildi, ama anahtar gerçek bir anahtar.
problem-demo-mismatch-live-key = Bu, bir Demo alım-satım anahtarı değil, gerçek alım-satım anahtarı.
    .fix = { $surface ->
        [cli] --demo olmadan yeniden test edin ve botunuzda "Demo alım-satım" seçeneğini kapatın. Alıştırma için { -okx }'te Demo alım-satım açıkken ayrı bir anahtar oluşturun.
       *[window] Burada ve botunuzda "Demo alım-satım" seçeneğini kapatın, sonra yeniden test edin. Alıştırma için { -okx }'te Demo alım-satım açıkken ayrı bir anahtar oluşturun.
    }
# Gerçek olarak test edildi, ama anahtar bir Demo Alım-Satım anahtarı.
problem-demo-mismatch-demo-key = Bu bir Demo alım-satım anahtarı: yalnızca Demo alım-satım açıkken çalışır.
    .fix = { $surface ->
        [cli] Alıştırma için --demo ile yeniden test edin ve botunuzda "Demo alım-satım" seçeneğini açın. Gerçek alım-satım için { -okx }'te Demo alım-satım kapalıyken yeni bir anahtar oluşturun.
       *[window] Alıştırma için burada ve botunuzda "Demo alım-satım" seçeneğini açın, sonra yeniden test edin. Gerçek alım-satım için { -okx }'te Demo alım-satım kapalıyken yeni bir anahtar oluşturun.
    }
# Bir şey gönderilmeden önce bulunur. $fields hangi değerlerin boş olduğunu söyler (bir anahtar sözcük, metin değil).
problem-malformed-input-empty = { $fields ->
        [api-key] API anahtarı boş.
        [secret-key] Gizli anahtar boş.
        [passphrase] Parola boş.
        [api-key-secret-key] API anahtarı ve gizli anahtar boş.
        [api-key-passphrase] API anahtarı ve parola boş.
        [secret-key-passphrase] Gizli anahtar ve parola boş.
       *[all] API anahtarı, gizli anahtar ve parola boş.
    }
    .fix = { $surface ->
        [cli] OKX_API_KEY, OKX_SECRET_KEY ve OKX_PASSPHRASE değişkenlerine { -okx }'in size verdiği üç değeri atayın ve yeniden test edin.
       *[window] { -okx }'in size verdiği üç değeri de (API anahtarı, gizli anahtar, parola) yapıştırın ve yeniden test edin.
    }
