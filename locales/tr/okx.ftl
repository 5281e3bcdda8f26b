# OKX ile konuşma: siteleri, hata kodlarının anlamı ve ne yapılacağı, ve bağlantının kendisinin
# hataları (yanıt yok, yarıda kesilmiş yanıt, OKX'ten gelmeyen yanıt).

# Kullanıcının OKX web sitesinde API anahtarlarını yönettiği yer; birçok çözümün içine yazılır.
-okx-key-page = { -okx }'in API yönetimi sayfası (Profil > API)

## OKX'in siteleri: her birinin adı (web sitesi ve parantez içinde kimin için olduğu) ve oraya
## kimin kaydolduğu (kullanıcının kendi sitesini seçtiği yerde her sitenin yanında gösterilir)

# $site: web sitesi, ör. okx.com
okx-site-name-global = { $site } (global)
okx-site-name-eea = { $site } (AEA)
okx-site-name-us = { $site } (ABD ve Avustralya)
okx-site-name-tr = { $site } (OKX TR, Türkiye)
okx-site-region-global = Çoğu ülke
okx-site-region-eea = Avrupa Ekonomik Alanı (AEA)
okx-site-region-us = Amerika Birleşik Devletleri ve Avustralya
okx-site-region-tr = Türkiye (OKX TR)
# --site değerlerinin listesi: $ids sonuncusu dışındakiler, virgülle ayrılmış (“global, eea, us”);
# $last sonuncusu (“tr”)
okx-site-id-list = { $ids } ya da { $last }
# $value: kullanıcının verdiği değer (en çok 40 karakter)
problem-malformed-input-site = "{ $value }" bir { -okx } sitesi değil.
    .fix = global (okx.com'da giriş yapıyorsanız), eea (my.okx.com), us (app.okx.com) ya da tr (tr.okx.com) kullanın.

## Bir siteyi bu bilgisayardaki bir alıştırma simülatörüne yönlendiren ayar (OKX_BASE_URL_…)

# $var: ayarın adı, ör. OKX_BASE_URL_GLOBAL; $why: aşağıdaki okx-override-… değerlerinden biri
problem-invalid-setting-override = { $var }, uygulamanın kabul etmediği bir değere ayarlı: { $why }.
    .fix = { -okx }'in kendisini kullanmak için { $var } ayarını kaldırın ya da onu http://127.0.0.1:8085 gibi bir geri döngü adresine (alıştırma simülatörü) ayarlayın.
# $var: the setting, e.g. OKX_BASE_URL_GLOBAL; $url: where it points
problem-real-key-to-override = { $var } ayarlı, bu yüzden bu istek bu bilgisayardaki { $url } adresine gider; oysa bu anahtar doğrudan { -okx }’ten kaydedildi. Uygulama gerçek bir anahtarı asla alıştırma sunucusuna göndermez.
    .fix = { $var } ayarını kaldırın (terminalde: unset { $var }) ve yeniden deneyin. Yalnızca simülatörle alıştırma yaparken ayarlayın.
# $var: the setting; $host: the real API host, e.g. www.okx.com
problem-practice-key-to-okx = Bu anahtar { -okx }’ten değil, alıştırma simülatöründen kaydedildi: { -okx } onu tanımaz, bu yüzden uygulama onu { $host } adresine göndermez.
    .fix = Onunla alıştırma yapmak için simülatörü başlatın ({ -cmd-simulate }) ve { $var } değerini yazdığı adrese ayarlayın. Bir bot için { -okx }’ten gerçek bir anahtar kaydedin.
okx-override-not-http = yalnızca http://127.0.0.1:PORT ya da http://localhost:PORT kabul edilir
okx-override-no-port = adreste bir port olmalı, http://127.0.0.1:8085 gibi
okx-override-not-loopback = bu bir geri döngü adresi değil (127.0.0.1 ya da localhost)
okx-override-bad-port = port 1 ile 65535 arasında bir sayı olmalı

## OKX'in hata kodları, anlamları ve ne yapılacağı

problem-wrong-passphrase = { -okx } parolayı kabul etmedi.
    .fix = Bu API anahtarını { -okx }'te oluştururken seçtiğiniz parolayı girin. Bu, { -okx } giriş şifreniz ya da fon şifreniz değildir ve büyük/küçük harf fark eder. Parolayı kaydettiğiniz yerden kopyalayın. Kaybettiyseniz { -okx } onu kurtaramaz: bu anahtarı { -okx }'te silin ve yeni bir tane oluşturun.
problem-wrong-secret = { -okx } isteğin imzasını kabul etmedi; bu, gizli anahtarın bu API anahtarına ait olmadığı anlamına gelir.
    .fix = Gizli anahtarı, anahtarı oluştururken kaydettiğiniz yerden yeniden kopyalayın ({ -okx } onu yalnızca bir kez gösterir); iki ucunda da eksik bir şey kalmasın. Artık elinizde değilse bu anahtarı { -okx }'te silin ve yeni bir tane oluşturun.
problem-unknown-key = { -okx } bu API anahtarını tanımıyor.
    .fix = API anahtarını { -okx-key-page } üzerinden eksiksiz olarak yeniden kopyalayın. Anahtar orada listelenmiyorsa silinmiştir: yeni bir tane oluşturun.
# $site: test edilen sitenin adı, ör. “my.okx.com (AEA)”
problem-unknown-key-site = { -okx }, bu API anahtarının { $site } sitesinde bulunmadığını söylüyor.
    .fix = { -okx }'e giriş yaptığınız siteyi (okx.com, my.okx.com, app.okx.com ya da tr.okx.com) seçtiğinizi denetleyin: bir anahtar yalnızca kendi sitesinde çalışır. Sonra API anahtarını { -okx-key-page } üzerinden yeniden kopyalayın. Anahtar artık listelenmiyorsa silinmiştir (alım-satım yapabilen ve bir IP adresine bağlı olmayan anahtarlar 14 gün kullanılmazsa silinir): yeni bir tane oluşturun.
# Demo Alım-Satım isteği olarak gönderildi, ama anahtar gerçek (canlı) bir anahtar.
problem-demo-mismatch-not-demo = { -okx }, bu anahtarın bir Demo alım-satım anahtarı olmadığını söylüyor, ama anahtar öyleymiş gibi test edildi.
    .fix = { $surface ->
        [cli] --demo olmadan yeniden test edin. Demo alım-satım anahtarları { -okx }'te Demo alım-satım modu açıkken oluşturulur.
       *[window] "Demo alım-satım" seçeneğini kapatın ve yeniden test edin. Demo alım-satım anahtarları { -okx }'te Demo alım-satım modu açıkken oluşturulur.
    }
# Canlı istek olarak gönderildi, ama anahtar bir Demo Alım-Satım anahtarı.
problem-demo-mismatch-not-live = { -okx }, bu anahtarın gerçek alım-satım anahtarı olmadığını söylüyor: bir Demo alım-satım anahtarına benziyor.
    .fix = { $surface ->
        [cli] Anahtarı { -okx }'in Demo alım-satım modunda oluşturduysanız --demo ile yeniden test edin. Gerçek alım-satım için anahtarı Demo alım-satım kapalıyken oluşturun.
       *[window] Anahtarı { -okx }'in Demo alım-satım modunda oluşturduysanız burada "Demo alım-satım" seçeneğini açın ve yeniden test edin. Gerçek alım-satım için anahtarı Demo alım-satım kapalıyken oluşturun.
    }
problem-clock-skew-rejected = { -okx } isteğin zamanını reddetti: bu bilgisayarın saati 30 saniyeden fazla kaymış.
    .fix = Sisteminizin tarih ve saat ayarlarında "Saati otomatik ayarla" seçeneğini (ve doğru saat dilimini) açın, sonra yeniden test edin.
# $ip: bu bilgisayarın OKX'in gördüğü adresi
problem-ip-not-allowed-ip = Bu anahtar yalnızca belirli IP adreslerinden çalışıyor ve bu bilgisayarın adresi ({ $ip }) bunlardan biri değil.
    .fix = { -okx-key-page } üzerinde anahtarı düzenleyin ve { $ip } adresini anahtarın IP adreslerine ekleyin, sonra yeniden test edin. Anahtarı bilerek botunuzun sunucusuna bağladıysanız bu bilgisayar o sunucu değildir: testi sunucudan yapın ya da bu adresi test için ekleyip sonra kaldırın.
problem-ip-not-allowed = Bu anahtar yalnızca belirli IP adreslerinden çalışıyor ve bu bilgisayarın adresi bunlardan biri değil.
    .fix = { -okx-key-page } üzerinde anahtarı düzenleyin ve bu bilgisayarın adresini anahtarın IP adreslerine ekleyin, sonra yeniden test edin. Anahtarı bilerek botunuzun sunucusuna bağladıysanız bu bilgisayar o sunucu değildir: testi sunucudan yapın ya da bu adresi test için ekleyip sonra kaldırın.
# $ip: bu bilgisayarın OKX'in gördüğü adresi
problem-region-restricted-ip = { -okx } bu hizmeti şu anki konumunuza sunmuyor (IP adresi { $ip }).
    .fix = { problem-region-restricted.fix }
problem-region-restricted = { -okx } bu hizmeti ülkenizde ya da bölgenizde sunmuyor.
    .fix = Kaydolduğunuz siteyi (okx.com, my.okx.com, app.okx.com ya da tr.okx.com) seçtiğinizi denetleyin ve { -okx }'in desteklenen ülke ve bölgeler listesine bakın. Seyahatteyseniz evden yeniden test edin.
problem-key-frozen = { -okx } bu API anahtarını dondurdu.
    .fix = Nedenini öğrenmek için { -okx } müşteri desteğiyle iletişime geçin ya da bu anahtarı { -okx-key-page } üzerinde silip yeni bir tane oluşturun.
problem-key-frozen-account = { -okx } bu hesabın engellendiğini söylüyor.
    .fix = { -okx } müşteri desteğiyle iletişime geçin. Hesabın engeli kaldırılana kadar anahtar kullanılamaz.
problem-missing-read-permission-code = Bu anahtarın hesabınızı okuma izni yok.
    .fix = { -okx-key-page } üzerinde anahtarı düzenleyin ve "Okuma" iznini (alım-satım botu için "Alım-satım" iznini de) açın, kaydedin, sonra yeniden test edin.
problem-malformed-input-okx-empty-key = { -okx }'e boş bir API anahtarı ulaştı.
    .fix = { $surface ->
        [cli] OKX_API_KEY değişkenine API anahtarını atayın ve yeniden test edin.
       *[window] API anahtarını kendi alanına yapıştırın ve yeniden test edin.
    }
problem-malformed-input-okx-empty-passphrase = { -okx }'e boş bir parola ulaştı.
    .fix = { $surface ->
        [cli] OKX_PASSPHRASE değişkenine parolayı atayın ve yeniden test edin.
       *[window] Parolayı kendi alanına yapıştırın ve yeniden test edin.
    }
problem-malformed-input-okx-empty-part = { -okx }, imzalı isteğin bir bölümünün boş olduğunu söylüyor.
    .fix = { $surface ->
        [cli] OKX_API_KEY, OKX_SECRET_KEY ve OKX_PASSPHRASE değişkenlerinin üçünün de tanımlı olduğunu denetleyin ve yeniden test edin. Sorun sürerse bildirin: bu, { -app-name } uygulamasındaki bir hatadır.
       *[window] Üç alanın da dolu olduğunu denetleyin ve yeniden test edin. Sorun sürerse bildirin: bu, { -app-name } uygulamasındaki bir hatadır.
    }
problem-unexpected-response-format = { -okx } isteğin biçimini reddetti. Bunun nedeni anahtarınız değil.
    .fix = Yeniden test edin. Sorun sürerse bildirin: bu, { -app-name } uygulamasındaki bir hatadır.
problem-unexpected-response-unauthorised = { -okx } bu anahtarı yetkilendirmeyi neden belirtmeden reddetti.
    .fix = Üç değeri de denetleyin ve yeniden test edin. Sorun sürerse bu anahtarı { -okx-key-page } üzerinde silin ve yeni bir tane oluşturun.
problem-rate-limited = { -okx } şu anda bu anahtardan ya da bu ağdan çok fazla istek alıyor.
    .fix = Bir dakika bekleyip yeniden test edin. Bu anahtarla çalışan bir bot zaten varsa sorun değil: sınır birkaç saniye içinde sıfırlanır.
# $host: sorulan adres, ör. www.okx.com
problem-okx-unavailable = { -okx }'in { $host } adresindeki hizmeti geçici olarak kullanılamıyor (bakım ya da aşırı yük).
    .fix = Birkaç dakika bekleyip yeniden test edin. { -okx } bakımları durum sayfasında ve sosyal medya kanallarında duyurur.
problem-timeout-okx = { -okx } bu kez yanıt vermekte çok gecikti.
    .fix = Biraz bekleyip yeniden test edin. Test yalnızca okuma yapar, bu yüzden yeniden denemek güvenlidir.

## Bu uygulamanın bilmediği kodlar

# $code: OKX'in hata kodu, ör. 51000
problem-unexpected-response-unknown-code = { -okx }, bu uygulamanın bilmediği { $code } hata koduyla yanıt verdi.
    .fix = Biraz sonra yeniden test edin. Sorun sürerse { $code } kodunu { -okx }'in API belgelerinde arayın ya da { -okx } desteğine sorun.
# $code: OKX'in hata kodu; $said: OKX'in kendi mesajı, gönderildiği gibi (çoğunlukla İngilizce)
problem-unexpected-response-unknown-code-said = { -okx }, bu uygulamanın bilmediği { $code } hata koduyla yanıt verdi: "{ $said }".
    .fix = { problem-unexpected-response-unknown-code.fix }
problem-unexpected-response-unknown-error = { -okx }, bu uygulamanın bilmediği bir hatayla yanıt verdi.
    .fix = Biraz sonra yeniden test edin. Sorun sürerse { -okx } desteğine sorun.
# $said: OKX'in kendi mesajı, gönderildiği gibi (çoğunlukla İngilizce)
problem-unexpected-response-unknown-error-said = { -okx }, bu uygulamanın bilmediği bir hatayla yanıt verdi: "{ $said }".
    .fix = { problem-unexpected-response-unknown-error.fix }

## OKX'ten gelmeyen yanıtlar. $host: sorulan adres, ör. www.okx.com; $status: HTTP
## durum kodu, ör. 200

problem-unexpected-response-redirect = { $host } isteği başka bir yere göndermeye çalıştı (HTTP { $status }).
    .fix = Doğru siteyi seçtiğinizi denetleyin. Ağınız oturum açmayı bir web sayfası üzerinden istiyorsa (otel ya da ofis Wi-Fi'si), önce oturum açın, sonra yeniden test edin.
# $kind neyin geldiğini söyler (bir anahtar sözcük, metin değil).
problem-unexpected-response-not-okx = { $kind ->
        [html] { $host }, { -okx } verisi yerine bir web sayfasıyla yanıt verdi (HTTP { $status }).
        [empty] { $host } boş bir yanıt verdi (HTTP { $status }).
        [json] { $host }, { -okx }'in kullanmadığı biçimde veriyle yanıt verdi (HTTP { $status }).
       *[garbled] { $host } eksik ya da bozuk bir yanıt verdi (HTTP { $status }).
    }
    .fix = Biraz sonra yeniden test edin. Sorun sürerse araya bir vekil sunucu (proxy), güvenlik duvarı ya da Wi-Fi oturum açma sayfası giriyor olabilir: başka bir ağ deneyin ve doğru siteyi seçtiğinizi denetleyin.
# $what, OKX'in yanıtının hangi bölümünün eksik olduğunu söyler (bir anahtar sözcük, metin değil).
problem-unexpected-response-missing = { $what ->
        [time] { $host } olumlu yanıt verdi ama sunucu saatini göndermedi.
        [config] { $host } olumlu yanıt verdi ama anahtarın ayarlarını göndermedi.
        [instruments] { $host } olumlu yanıt verdi ama enstrüman listesini göndermedi.
        [funding] { $host } olumlu yanıt verdi ama fonlama hesabının bakiyelerini göndermedi.
       *[balance] { $host } olumlu yanıt verdi ama bakiyeyi göndermedi.
    }
    .fix = Biraz sonra yeniden test edin. Sorun sürerse doğru siteyi seçtiğinizi denetleyin.
problem-unexpected-response-too-big = { $host }, { -okx }'in hiçbir zaman göndermediği kadar büyük bir yanıt gönderdi, bu yüzden yanıt okunmadı.
    .fix = Doğru siteyi seçtiğinizi ve araya bir vekil sunucu (proxy) ya da Wi-Fi oturum açma sayfası girmediğini denetleyin, sonra yeniden test edin.

## İstek hazırlanamadı ya da gönderilemedi

# $part hangi değerin gönderilemediğini söyler (bir anahtar sözcük, metin değil).
problem-malformed-input-header = { $part ->
        [api-key] API anahtarında { -okx }'e gönderilemeyen bir karakter var (satır sonu gibi).
        [passphrase] Parolada { -okx }'e gönderilemeyen bir karakter var (satır sonu gibi).
        [signature] İmzada { -okx }'e gönderilemeyen bir karakter var (satır sonu gibi).
       *[time] Zaman değerinde { -okx }'e gönderilemeyen bir karakter var (satır sonu gibi).
    }
    .fix = { $surface ->
        [cli] { $part ->
            [api-key] OKX_API_KEY değişkenini { -okx }'in gösterdiği haliyle yeniden ayarlayın ve yeniden test edin.
            [passphrase] OKX_PASSPHRASE değişkenini tam olarak parolanızla yeniden ayarlayın ve yeniden test edin.
           *[other] Yeniden test edin. Sorun sürerse bildirin: bu, { -app-name } uygulamasındaki bir hatadır.
        }
       *[window] { $part ->
            [api-key] API anahtarını { -okx }'in gösterdiği haliyle yeniden yapıştırın ve yeniden test edin.
            [passphrase] Parolayı tam olarak oluşturduğunuz haliyle yeniden yapıştırın ve yeniden test edin.
           *[other] Yeniden test edin. Sorun sürerse bildirin: bu, { -app-name } uygulamasındaki bir hatadır.
        }
    }
problem-network-error-tls-setup = Bu bilgisayar güvenli (TLS) bağlantıları hazırlayamadı.
    .fix = Uygulamayı yeniden başlatıp yeniden test edin. Sorun sürerse uygulamanın günlük kaydıyla birlikte bildirin.
problem-internal-signing-key = İmzalama anahtarı hazırlanamadı.

## Bağlantı kurulamadı. $host: sorulan adres, ör. www.okx.com

problem-network-error-dns = { $host } bulunamadı: bu ad bir adrese çıkmadı.
    .fix = Bu bilgisayarın internete bağlı olduğunu denetleyin. Bağlıysa ağınız { -okx }'i engelliyor olabilir: başka bir ağ deneyin (örneğin telefonunuzun erişim noktası).
problem-network-error-refused = { $host } bağlantıyı reddetti.
    .fix = İnternet bağlantınızı ve varsa güvenlik duvarı, VPN ya da vekil sunucu (proxy) ayarlarınızı denetleyin, sonra yeniden test edin. Simülatörle alıştırma yapıyorsanız onun hâlâ çalıştığından emin olun.
problem-network-error-reset = { $host } ile bağlantı, { -okx } yanıt vermeden kesildi.
    .fix = Yeniden test edin. Sorun sürerse bir güvenlik duvarı, VPN, virüs koruma programı ya da ağınız { -okx } bağlantılarını kesiyor olabilir: başka bir ağ deneyin.
problem-network-error-tls = { $host } ile güvenli (TLS) bağlantı kurulamadı.
    .fix = Bu bilgisayarın tarih ve saatinin doğru olduğunu denetleyin. Virüs koruma programlarının "web kalkanı" özellikleri, şirket ağları ve halka açık Wi-Fi oturum açma sayfaları güvenli bağlantıları bozabilir: başka bir ağ deneyin.
# $seconds: tek bir istek için tanınan süre, tam sayı
problem-timeout-request = { $host }, { $seconds } saniye içinde yanıt vermedi.
    .fix = İnternet bağlantınızı denetleyin ve yeniden test edin. { -okx } yoğunsa birkaç dakika bekleyin.
problem-unexpected-response-cut = { $host } adresinden gelen yanıt yarıda kesildi.
    .fix = Yeniden test edin. Sorun sürerse ağınız ya da bir vekil sunucu (proxy) bağlantıyı kesiyor olabilir: başka bir ağ deneyin.
problem-network-error-connect = { $host } adresine bağlanılamadı.
    .fix = İnternet bağlantınızı ve varsa güvenlik duvarı, VPN ya da vekil sunucu (proxy) ayarlarınızı denetleyin, sonra yeniden test edin.
problem-network-error-other = { $host } adresine yapılan istek tamamlanamadı.
    .fix = Yeniden test edin. Sorun sürerse uygulamanın günlük kaydıyla birlikte bildirin.
