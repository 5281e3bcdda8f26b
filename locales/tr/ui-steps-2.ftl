# 5, 9 ve 10. Adımlar için pencerenin sözcükleri, 10. Adım'dan sonraki sayfalar (Çalıştığını denetleyin,
# Sorun giderme, Silme ya da yenileme, Hızlı başvuru), onay raporu ve anahtar zincirinde kayıtlı
# anahtarların listesi.
# Uygulamanın denetimlerinden gelen sözcükler (sorunlar, denetim sonuçları, alan mesajları, parola gücü)
# başka dosyalardadır; burada yalnızca pencerenin onların çevresinde söyledikleri vardır.

## Bu adımların ortak öğeleri

# Gizli bir alanın (parola, gizli anahtar) yanındaki aç/kapa düğmesi.
ui-secret-show = Göster
ui-secret-hide = Gizle

## 5. Adım: bir parola oluşturun

ui-step5-rail = 5. Bir parola oluşturun
ui-step5-title = Parolanızı oluşturun
ui-step5-lead-1 = { -okx } şimdi bir parola (passphrase) ister: bu anahtar için sizin belirlediğiniz bir şifre. { -okx } onu bir daha asla göstermez ve sıfırlayamaz.
ui-step5-lead-2 = Parolayı burada oluşturun, şifre yöneticinize kaydedin, sonra { -okx }'in iki parola alanına da yazın.
ui-step5-passphrase = Parola
ui-step5-confirm = Onaylamak için yeniden yazın
ui-step5-start = Bir parola yazın ya da oluşturun.
# $strength: uygulamanın parola denetiminin ürettiği “Güçlü” gibi bir sözcük.
ui-step5-strength = Güç: { $strength }
# $online ve $offline: uygulamanın parola denetiminin ürettiği süreler, ör. “3 yıl”.
ui-step5-crack-times = Tahmin süresi: { -okx } üzerinden denenerek { $online }, { -okx } kayıtlarının çalınmış bir kopyasından { $offline }.
# Ekran okuyucular kural listesi için okur.
ui-step5-rules = { -okx }'in parola kuralları
# Ekran okuyucular her kuraldan sonra okur.
ui-step5-rule-met = (sağlandı)
ui-step5-rule-not-met = (sağlanmadı)
ui-step5-generate = Benim için oluştur
ui-step5-copy = Kopyala
ui-step5-clear = Temizle
ui-step5-generated = Oluşturuldu. Şifre yöneticinize kaydedin, sonra onaylamak için aşağıya yeniden yazın.
# $n: uygulamanın panoyu kaç saniye sonra temizleyeceği.
ui-step5-copied = Kopyalandı. Pano { $n } saniye sonra temizlenecek.
ui-step5-cleared = Temizlendi.
ui-step5-stronger = Parolayı daha güçlü yapın.
ui-step5-hint = Her kuralı sağlayan bir parola oluşturun ve onaylayın.
ui-step5-kept = Parolanız hazır
    .body = Uygulama, 9. Adım'da yapıştırdıklarınızı denetlemek için onu bellekte tutar (diske asla yazmaz). Değiştirmek için aşağıya yeni bir parola yazın.
ui-step5-save-now = Şimdi şifre yöneticinize kaydedin
    .body = Kaybolursa anahtarın silinip yeniden oluşturulması gerekir. 9. Adım'da alacağınız API anahtarı ve gizli anahtarla aynı kayıtta saklayın.

## 9. Adım: üç kimlik bilgisini kaydedin, sonra denetlenmeleri için yapıştırın

ui-step9-rail = 9. Kimlik bilgilerini kaydedin
ui-step9-title = Üç kimlik bilginizi şimdi kaydedin
ui-step9-lead-1 = { -okx } şimdi yeni anahtarın API anahtarını ve gizli anahtarını gösteriyor. Parolanız, 5. Adım'daki paroladır.
ui-step9-lead-2 = Önce üçünü de şifre yöneticinizde tek bir kayda koyun (örneğin “OKX API, Grid bot”). Sonra denetlenmeleri için buraya yapıştırın.
# Üç alanın etiketleri.
ui-step9-label-api-key = API anahtarı
ui-step9-label-secret-key = Gizli anahtar
ui-step9-label-passphrase = Parola (bu anahtar için oluşturduğunuz; { -okx } giriş şifreniz değil)
# Üç değerin bir cümle içinde yazılan adları (bkz. ui-step9-swap-button).
ui-step9-name-api-key = API anahtarı
ui-step9-name-secret-key = gizli anahtar
ui-step9-name-passphrase = parola
ui-step9-check = Denetle
ui-step9-clear = Temizle
ui-step9-shown-once = Gizli anahtar yalnızca bir kez gösterilir
    .body = { -okx }'in ekranını kapattıktan sonra onu kimse yeniden gösteremez. Başka bir şey yapmadan önce şifre yöneticinize kopyalayın.
ui-step9-earlier = Zaten denetlendi
    .body = Daha önce denetlediğiniz değerler 10. Adım için bellekte tutuluyor. Değiştirmek için yeniden yapıştırın.
ui-step9-tip = İpucu: bir şifre yöneticisi notunun tamamını (ayrı satırlarda API anahtarı, gizli anahtar, parola) herhangi bir alana yapıştırabilirsiniz.
# Uygulamanın yapıştırılan değerlerden kaldırdıklarının (boşluklar, tırnaklar, …) listesinin başlığı.
ui-step9-cleaned = Yapıştırdıklarınız temizlendi
# $first ve $second: ui-step9-name-api-key, ui-step9-name-secret-key ve ui-step9-name-passphrase
# değerlerinden ikisi.
ui-step9-swap-button = Yerlerini değiştir: { $first } ve { $second }
ui-step9-swapped = Bu ikisinin yerleri karışmış görünüyor
    .body = Görünüşe göre { $first } ile { $second } birbirinin alanına girmiş.
ui-step9-ok = Üç değer doğru görünüyor
    .body = 10. Adım'daki bağlantı testi için bellekte tutuluyorlar (diske asla yazılmaz).
ui-step9-not-ok = Düzeltilmesi gereken bir şey var
    .body = Yukarıdaki alanların altındaki mesajları okuyun.
ui-step9-split-failed = Bu yapıştırmada birkaç satır var, ama uygulama hangi değerin hangisi olduğunu anlayamadı. Her değeri kendi alanına yapıştırın.
# $n: kaç alanın dolduğu.
ui-step9-filled = Tek bir yapıştırmadan { $n } alan dolduruldu.
ui-step9-uses-step5 = 5. adımda oluşturduğunuz parola kullanılır; uygulamanın dışına çıkmaz. { -okx } sitesinde farklı bir parola girdiyseniz onu buraya yazın.
    .placeholder = 5. adımdaki parola (olduğu gibi kullanılır)
ui-step9-saved = Üçü de şifre yöneticimde kayıtlı
    .hint = API anahtarı, gizli anahtar ve parola, tek bir kayıtta. Ancak ondan sonra { -okx }'in ekranını kapatın.
ui-step9-hint = Üçünü de şifre yöneticinize kaydedin, sonra kutuyu işaretleyin.

## 10. Adım: anahtarı test edin, anahtar zincirine kaydedin, botu bağlayın

ui-step10-rail = 10. Test edin ve bağlayın
ui-step10-title = Anahtarı test edin, sonra botunuzu bağlayın
# $host: OKX sunucusunun adresi, ör. www.okx.com.
ui-step10-lead-plain = Uygulama, bir botun yapacağı gibi anahtarınızı { $host } adresine sorar, ama yalnızca okur: asla alım-satım yapamaz ya da para taşıyamaz.
ui-step10-lead-2 = Anahtarı, parolayı ve gizli anahtarı, anahtarın hangi siteye ait olduğunu, anahtarın neler yapabildiğini, IP bağlamasını, saatinizi ve bakiyenizin okunabildiğini denetler.
ui-step10-check-first = Önce üç değeri denetleyin
    .body = 9. Adım'a dönün, değerleri yapıştırın ve Denetle'ye basın.
ui-step10-test = Bağlantıyı test et
ui-step10-test-again = Yeniden test et
# Testin şu anda yaptığı.
ui-step10-starting = Test başlatılıyor…
ui-step10-stage-reach = { -okx }'e ulaşılıyor…
ui-step10-stage-clock = Bilgisayarınızın saati denetleniyor…
ui-step10-stage-auth = Anahtarla oturum açılıyor ve ayarları okunuyor…
ui-step10-stage-other = Denetleniyor…
# Ekran okuyucular her denetimin başlığından sonra okur.
ui-step10-status = { $status ->
        [pass] (geçti)
        [warning] (uyarı)
        [fail] (başarısız)
       *[skipped] (atlandı)
    }
ui-step10-safe = Anahtar çalışıyor ve para çekemiyor
# $host: anahtarın test edildiği OKX sunucusunun adresi.
ui-step10-tested-on = Test edilen sunucu: { $host }.
ui-step10-tested-on-demo = Test edilen sunucu: { $host } (Demo alım-satım).
ui-step10-unsafe = Güvenli değil: bu anahtar para çekebilir
    .body = Onu hiçbir bota vermeyin. { -okx }'te silin ve Para çekme kapalı yeni bir anahtar oluşturun.
ui-step10-failed = Anahtar testi geçemedi
    .body = Aşağıdaki her sorun ne yapılacağını söylüyor. Yapıştırdığınız değerler korunuyor: nedeni düzeltin, sonra Yeniden test et'e basın.
# $site: başka bir OKX sitesinin kısa adı, ör. “AEA”.
ui-step10-use-site = { $site } sitesini kullan ve yeniden test et
ui-step10-use-demo = Demo alım-satıma geç ve yeniden test et
ui-step10-use-live = Gerçek alım-satıma geç ve yeniden test et
ui-step10-save-heading = Sistem anahtar zincirinize kaydedin
ui-step10-save-lead = İşletim sisteminizin anahtar zinciri üç değeri şifreli olarak, bu bilgisayardaki bir botun okuyabileceği bir yerde saklar.
ui-step10-save-label = Kaydedilecek ad
ui-step10-save = Anahtar zincirime kaydet
ui-step10-saving = Kaydediliyor, sonra geri okunuyor…
ui-step10-saved = Kaydedildi ve geri okundu
ui-step10-replaced = Değiştirildi ve geri okundu
# $backend: anahtar zincirinin adı; $service ve $user: anahtarın orada saklandığı yer.
ui-step10-saved-where = { $backend } içinde: servis “{ $service }”, kullanıcı “{ $user }”. Uygulama onu yazdı, geri okudu ve her değeri karşılaştırdı.
# Bir penceredeki soru; $message hangi adın kullanımda olduğunu söyler (uygulamanın denetiminden).
ui-step10-replace = Kayıtlı anahtar değiştirilsin mi?
    .body = { $message } Eskisi, yenisi kaydedilip geri okunana kadar kalır.
    .button = Değiştir
ui-step10-not-replaced = Değiştirilmedi. İkisini de tutmak için başka bir ad seçin.
ui-step10-connect-heading = Botunuzu bağlayın

## Anahtar zincirinde kayıtlı anahtarlar (10. Adım)

ui-saved-heading = Bu bilgisayarda kayıtlı anahtarlar
ui-saved-none = Anahtar zincirinde henüz kayıtlı anahtar yok.
# Tablonun sütun başlıkları.
ui-saved-col-name = Ad
ui-saved-col-api-key = API anahtarı
ui-saved-col-site = Site
ui-saved-col-saved = Kayıt
# $site: sitenin kodu, ör. global.
ui-saved-site-demo = { $site } (demo)
ui-saved-copy-api-key = API anahtarını kopyala
ui-saved-copy-secret-key = Gizli anahtarı kopyala
ui-saved-copy-passphrase = Parolayı kopyala
# Bir kopyalama düğmesinden sonra. $field: hangi değerin kopyalandığı; $label: kayıtlı anahtarın adı; $n:
# uygulamanın panoyu kaç saniye sonra temizleyeceği.
ui-saved-copied = “{ $label }” için { $field ->
        [api_key] API anahtarı
        [secret_key] gizli anahtar
       *[passphrase] parola
    } kopyalandı. Pano { $n } saniye sonra temizlenecek.
ui-saved-missing = Anahtar zincirinde yok
ui-saved-delete = Sil
# Bir penceredeki soru. $label: kayıtlı anahtarın adı.
ui-saved-delete-confirm = “{ $label }” anahtar zincirinden silinsin mi?
    .body = Bu yalnızca bu bilgisayardaki kayıtlı kopyayı kaldırır. Anahtarın kendisi, orada da silene kadar { -okx }'te çalışmaya devam eder.
ui-saved-deleted = “{ $label }” anahtar zincirinden silindi.
ui-saved-python = Bot yazanlar için: kayıtlı bir anahtarı Python'dan okuyun
    .body = Her anahtar bir anahtar zinciri öğesidir: servis “{ -cmd-app }”, kullanıcı = anahtarın adı, gizli değer = api_key, secret_key, passphrase, site, api_host, demo ve saved_at içeren JSON. keyring ve secretstorage Python paketlerini kurun, sonra:

## Onay raporu (10. Adım ve Çalıştığını denetleyin)

ui-report-heading = Onay raporu
ui-report-lead = Nelerin denetlendiği; kayıtlarınız ya da bir destek ekibi için. Gizli anahtarınızı, parolanızı ya da API anahtarınızın tamamını asla içermez.
ui-report-copy = Raporu kopyala
ui-report-copy-english = İngilizce kopyala
ui-report-save = Farklı kaydet…
ui-report-copied = Kopyalandı. Hiçbir gizli bilgi içermiyor: her yere yapıştırmak güvenli.
# $path: raporun kaydedildiği yer.
ui-report-saved = Kaydedildi: { $path }
ui-report-not-saved = Kaydedilmedi.

## Çalıştığını denetleyin (10. Adım'dan sonra)

ui-verify-rail = Çalıştığını denetleyin
ui-verify-title = Her şeyin çalıştığını denetleyin
ui-verify-lead = Anahtar botunuza girdikten sonra iki tarafa da bakın. Onayladıkça her maddeyi işaretleyin.
ui-verify-bot-heading = Bot platformunuzda
ui-verify-balance = { -okx } bakiyeniz doğru tutarla görünüyor
ui-verify-status = Bot “Bağlı” (Connected) ya da “Etkin” (Active) diyor
ui-verify-no-errors = Sayfanın hiçbir yerinde hata mesajı yok
ui-verify-okx-heading = { -okx }'in API yönetimi sayfasında
ui-verify-last-used = Anahtar yakın tarihli bir “Son kullanım” (“Last used”) zamanı gösteriyor
ui-verify-no-strange = Tanımadığınız bir erişim yok
ui-open-api-management = { -okx } API yönetimini aç

## Sorun giderme (10. Adım'dan sonra)
# Her başlık, kullanıcının OKX'te ya da bir botta görebileceği bir mesajı aktarır (OKX bunları
# İngilizce yazar); nitelikler sırasıyla ne yapılacağıdır.

ui-trouble-rail = Sorun giderme
ui-trouble-title = Bir şeyler ters giderse
ui-trouble-lead = Gördüğünüz mesajı bulun. Her biri ne yapılacağını söylüyor.
ui-trouble-invalid-key = “Invalid API key” ya da “Authentication failed”
    .step1 = Üç değeri de tam olarak yeniden kopyalayın: API anahtarı, gizli anahtar ve parola. Bu uygulamanın 9. Adım'ı onları fazladan boşluklara karşı denetler.
    .step2 = Anahtarın bir Alım-satım anahtarı olarak oluşturulduğundan emin olun.
    .step3 = Siteyi denetleyin: my.okx.com ya da app.okx.com üzerinde oluşturulan bir anahtar yalnızca orada çalışır. 10. Adım doğru siteyi sizin için bulur.
    .step4 = Botunuzda borsa bağlantısını kesip yeniden bağlayın.
ui-trouble-wrong-passphrase = “Wrong passphrase” ({ -okx } kodu 50105)
    .step1 = Parola, 5. Adım'da bu anahtar için oluşturduğunuz paroladır; { -okx } giriş şifreniz de fon şifreniz de değildir.
    .step2 = Onu şifre yöneticinizden kopyalayın. Büyük/küçük harf önemlidir.
    .step3 = Gerçekten kaybolduysa anahtarı silin ve yeni bir tane oluşturun (bkz. Silme ya da yenileme).
ui-trouble-no-such-key = “API key doesn't exist” (50119)
    .step1 = Çoğu zaman anahtar başka bir { -okx } sitesinde (okx.com, my.okx.com ya da app.okx.com) oluşturulmuştur. 10. Adım üçünü de dener ve hangisinin doğru olduğunu söyler.
    .step2 = Değilse anahtar silinmiştir ya da IP adresi olmadığı için 14 gün kullanılmayınca { -okx } onu kaldırmıştır. Yeni bir tane oluşturun.
ui-trouble-permissions = “Insufficient permissions”
    .step1 = { -okx }'in API sayfasında anahtarı düzenleyin ve Okuma ile Alım-satım izinlerinin açık olduğundan emin olun. Kaydedin, sonra yeniden bağlanın.
ui-trouble-ip = “IP address not authorized” (50110)
    .step1 = Anahtar IP adreslerine kilitli ve botun adresi bunlardan biri değil. { -okx }'in mesajı gördüğü adresi belirtir.
    .step2 = Anahtarı { -okx }'te düzenleyip o adresi ekleyin ya da doğru adresi bulana kadar kısıtlamayı kaldırın.
ui-trouble-region = “This feature is not available in your region”
    .step1 = { -okx } bazı ülke ve bölgelerde bazı hizmetleri sınırlar. { -okx }'in desteklenen bölgeler listesine bakın.
    .step2 = Başka bir ülkeye taşındıysanız { -okx } hesabınızı başka bir siteye taşımış olabilir: nereden giriş yaptığınızı denetleyin.
ui-trouble-timestamp = “Timestamp request expired” (50102)
    .step1 = Bilgisayarınızın saati 30 saniyeden fazla kaymış. Sistem ayarlarınızda otomatik tarih ve saati açın.
ui-trouble-environment = “APIKey does not match current environment” (50101)
    .step1 = Bir Demo alım-satım anahtarı gerçek alım-satım için ya da gerçek bir anahtar demo için kullanılıyor. Botunuzda eşleşen modu kullanın.
ui-trouble-lost = Gizli anahtarı ya da parolayı kaybettim
    .step1 = İkisi de ne sizin ne de { -okx }'in tarafından yeniden gösterilebilir ya da kurtarılabilir.
    .step2 = Anahtarı { -okx }'in API sayfasında silin, sonra 3. Adım'dan başlayarak yeni bir tane oluşturun ve yeni değerleri botunuza girin.

## Bir anahtarı silme ya da yenileme (10. Adım'dan sonra)

ui-rotate-title = Bir anahtarı silin ya da değiştirin
ui-rotate-lead = Bir botu durdurduğunuzda, anahtarın açığa çıktığını düşündüğünüzde ya da yalnızca zaman zaman yenisiyle değiştirmek için bir anahtarı silin.
ui-rotate-delete-heading = { -okx }'te bir anahtarı silin
ui-rotate-delete-1 = { -okx }'in API yönetimi sayfasını açın.
ui-rotate-delete-2 = Anahtarı adından bulun ve “Sil” (“Delete”) düğmesine tıklayın.
ui-rotate-delete-3 = E-posta ve 2FA kodlarınızla onaylayın. Anahtar hemen çalışmayı bırakır.
ui-rotate-money = Paranız etkilenmez
    .body = Bir anahtarı silmek hesabınızda ya da fonlarınızda hiçbir şeyi değiştirmez. Bot yalnızca artık alım-satım yapamaz.
ui-rotate-replace-heading = Bir anahtarı değiştirin (yenileyin)
ui-rotate-replace-1 = 3. Adım'dan başlayarak bu uygulamayla yeni bir anahtar oluşturun.
ui-rotate-replace-2 = Onu anahtar zincirine aynı adla kaydedin: uygulama eskisini değiştirmeden önce sorar ve yenisi güvenle saklanana kadar eskisini tutar.
ui-rotate-replace-3 = Yeni değerleri botunuza girin ve bağlandığını denetleyin.
ui-rotate-replace-4 = Eski anahtarı { -okx }'te silin.

## Hızlı başvuru (10. Adım'dan sonra)

ui-ref-rail = Hızlı başvuru
ui-ref-title = Hızlı başvuru
ui-ref-lead = Bir botun anahtarı için doğru ayarlar, tek bakışta.
ui-ref-credentials-heading = Üç kimlik bilgisi
ui-ref-api-key = API anahtarı: { -okx }'in API sayfasında gösterilir; anahtarı tanımlar.
ui-ref-secret-key = Gizli anahtar: anahtar oluşturulurken bir kez gösterilir. Her isteği imzalar.
ui-ref-passphrase = Parola: 5. Adım'da sizin belirlediğiniz değer. { -okx } onu kurtaramaz.
ui-ref-risk = Risk uyarısı
    .body = Kripto para alım-satımında paranızı hızla ve tamamen kaybedebilirsiniz. Bir botun geçmiş sonuçları gelecektekileri vaat etmez. Yalnızca kaybetmeyi göze alabileceğiniz parayla alım-satım yapın ve bir botun anahtarına asla para çekme izni vermeyin.
ui-ref-about-heading = Hakkında
# $version: uygulamanın sürümü; $logs: günlük klasörü; $attribution: sözcük listesinin
# atfı (uygulamadan).
ui-ref-about = { -app-name } { $version }. Günlükler: { $logs }. { $attribution }

## Step 9 and Step 10: the next thing to do, and the details for engineers

# The summary of a disclosure that holds technical details (an address, keychain attributes).
ui-details = Ayrıntılar
# A button beside a fix made on the key's page on OKX (a key that can withdraw, a changed key).
ui-open-key-page = Bu anahtarın { -okx } sayfasını aç
# Step 10's primary button after a test found the key can withdraw (it goes back to Step 3).
ui-step10-next-new-key = Para çekme olmadan yeni bir anahtar oluştur
# Step 10's primary button after a failed test (it goes back to Step 9).
ui-step10-next-fix = Değerleri 9. adımda düzelt
# Under “Saved and read back”; the keychain's own names are behind “Details”.
ui-step10-saved-plain = Artık sisteminizin anahtarlığında. Uygulama onu yazdı, geri okudu ve her değeri karşılaştırdı.
# The footer hint on Step 9 while two values are swapped; $button: the swap button's words.
ui-step9-hint-swap = İki değer birbirinin alanında: API anahtarının altındaki “{ $button }” düğmesine basın.
