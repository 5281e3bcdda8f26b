# Anahtarları sistem anahtar zincirine kaydetme, uygulamanın kendi dosyaları (kayıtlı anahtarlar
# listesi, rehberdeki ilerleme) ve test edilmiş bir anahtarı kaydetme kuralları.
# Pencerede (Kaydet düğmesinin altında, kayıtlı anahtarlar listesinde) ve komut satırında
# (okx-key-assistant save, list, delete) gösterilir. $surface "window" ya da "cli" olur.
# $os "macos", "windows" ya da başka bir sistemdir (Linux, BSD'ler): anahtar zinciri her birinde farklıdır.
# $label bir anahtarın kaydedildiği addır (harf, rakam, _ - .), hiç çevrilmez.

## Test edilmiş bir anahtarı kaydetme: Kaydet düğmesi ve "okx-key-assistant save" için tek kural

keychain-save-untested = Kaydedilmedi: anahtar henüz test edilmedi.
    .fix = Önce anahtarı test edin; yalnızca testi geçen bir anahtar kaydedilebilir.
keychain-save-withdraw = Kaydedilmedi: bu anahtar para çekebiliyor, yani anahtarı elinde tutan herkes fonlarınızı { -okx } dışına taşıyabilir.
    .fix = Bu anahtarı { -okx }'in API sayfasında silin, yalnızca Okuma ve Alım-satım açık olan yeni bir anahtar oluşturun, sonra onu test edip kaydedin.
keychain-save-not-passed = Kaydedilmedi: yalnızca bağlantı testini geçen bir anahtar kaydedilebilir.
    .fix = Testin bulduğu sorunu düzeltin, anahtarı yeniden test edin, sonra kaydedin.

## Anahtar ve etiketi

keychain-incomplete = Anahtar eksik: API anahtarı, gizli anahtar ve parolanın üçü de gerekli.
    .fix = { $surface ->
        [cli] Üç değeri de verin (OKX_API_KEY, OKX_SECRET_KEY ve OKX_PASSPHRASE içinde ya da standart girdide üç satır olarak), sonra save komutunu yeniden çalıştırın.
       *[window] Üç değeri de yapıştırın, bağlantıyı test edin, sonra kaydedin.
    }
keychain-label-missing = Anahtarın kaydedilmesi için bir etiket gerekiyor.
    .fix = { $surface ->
        [cli] Bir etiket verin, örneğin anahtara { -okx }'te verdiğiniz ad: { -cmd-save-example }
       *[window] Bir etiket yazın, örneğin anahtara { -okx }'te verdiğiniz ad; BitcoinEra_GridBot gibi.
    }
# $max: en uzun etiket, karakter olarak (50). Etiketin kendisi burada hiç tekrarlanmaz: yanlış
# yere bir gizli bilgi yapıştırılmış olabilir.
keychain-label-invalid = Bir etiket 1 ile { $max } arasında harf, rakam, '_', '-' ya da '.' içerebilir, başka hiçbir şey içeremez (boşluk da olmaz).
    .fix = Etiketi değiştirin, örneğin BitcoinEra_GridBot yapın.
keychain-label-bad-start = Bir etiket '-' ile başlayamaz (bir komutta seçenek olarak okunur) ve yalnızca noktalardan oluşamaz.
    .fix = Etikete bir harf ya da rakamla başlayın, örneğin -GridBot yerine GridBot-1.

## Bir etiketin altında kayıtlı olan

keychain-not-found = “{ $label }” etiketiyle kayıtlı bir anahtar yok.
    .fix = { $surface ->
        [cli] Etiketi { -cmd-list } ile denetleyin ya da önce anahtarı kaydedin.
       *[window] Etiketi kayıtlı anahtarlar listesinde denetleyin ya da önce anahtarı kaydedin.
    }
# $what: hemen aşağıdaki keychain-existing-key ya da keychain-existing-foreign.
keychain-already-exists = “{ $label }” etiketiyle zaten bir anahtar kayıtlı: { $what }.
    .fix = { $surface ->
        [cli] Yeni anahtarı onun yerine koymak için --replace ekleyin (eskisi, yenisi kaydedilip geri okunana kadar kalır) ya da başka bir etiket seçin.
       *[window] Yeni anahtarı onun yerine koymak için Değiştir'i seçin (eskisi, yenisi kaydedilip denetlenene kadar kalır) ya da başka bir etiket kullanın.
    }
# keychain-already-exists cümlesini tamamlar. $key: kayıtlı API anahtarının kısaltılmışı ("6f1c…5a41");
# $saved_at: kaydedildiği zaman (2026-11-26T18:00:00.000Z).
keychain-existing-key = { $saved_at } tarihinde kaydedilen { $key } anahtarı
# keychain-already-exists cümlesini tamamlar: o etiketin altında başka bir programın yazdığı bir öğe.
keychain-existing-foreign = bu uygulamanın yazmadığı bir öğe
keychain-mismatch = “{ $label }” olarak kaydedilen anahtar geri okunduğunda yazıldığı gibi çıkmadı, bu yüzden kaydedilmiş sayılmıyor.
    .fix = { $surface ->
        [cli] Kaydetmeyi yeniden çalıştırın. Yine olursa anahtarlığınızı yeniden başlatın (oturumu kapatıp yeniden açın) ve tekrar deneyin.
       *[window] Yeniden kaydetmeyi deneyin; form değerlerinizi tutar. Yine olursa anahtarlığınızı yeniden başlatın (oturumu kapatıp yeniden açın) ve tekrar deneyin.
    }
keychain-foreign-item = “{ $label }” olarak kayıtlı anahtar zinciri öğesi { -app-name } uygulamasının yazdığı biçimde değil, bu yüzden okunamıyor.
    .fix = Öğenin yerine geçmesi için anahtarı bu etiketle yeniden kaydedin ya da öğeyi silip anahtarı yeni bir etiketle kaydedin.
# Bir hata; hiçbir zaman kullanıcının yaptığı bir şey değildir; çözüm uygulamanın genel hata çözümüdür.
keychain-encode-failed = Anahtar, anahtar zincirinin biçimine dönüştürülemedi.

## Sistem anahtar zincirinin kendi hataları

keychain-no-platform-store = { -app-name } uygulamasının bu kopyası gerçek bir sistem anahtar zincirine erişemiyor, bu yüzden anahtar kaydetmiyor (anahtarları yalnızca bellekte tutmayı reddeder).
    .fix = Sisteminiz (Linux, macOS ya da Windows) için hazırlanmış uygulamayı kullanın. O zamana kadar üç değeri şifre yöneticinizde saklayın.
keychain-no-item = Anahtar zincirinde böyle bir öğe yok.
    .fix = { $surface ->
        [cli] Etiketi { -cmd-list } ile denetleyin ya da önce anahtarı kaydedin.
       *[window] Etiketi kayıtlı anahtarlar listesinde denetleyin ya da önce anahtarı kaydedin.
    }
keychain-not-text = Anahtar zinciri öğesi metin olmayan bir şey içeriyor, yani bu uygulamanın kaydettiği bir anahtar değil.
    .fix = Öğenin yerine geçmesi için anahtarı bu etiketle yeniden kaydedin ya da öğeyi silip yeni bir etiketle kaydedin.
keychain-label-refused = Anahtar zinciri bu etiketi kabul etmiyor.
    .fix = Harf, rakam, '_', '-' ya da '.' içeren daha kısa bir etiket kullanın.
# "okx-key-assistant" uygulamanın anahtarlıktaki öğelerinin adıdır: olduğu gibi kalır.
keychain-ambiguous = Bu etiketle birden fazla anahtar zinciri öğesi kayıtlı, bu yüzden uygulama hangisinin anahtar olduğunu ayırt edemiyor.
    .fix = Anahtarlık uygulamanızı (Parolalar ve Anahtarlar, KWallet ya da KeePassXC) açın, bu etiket için fazla olan "{ -cmd-app }" öğelerini silin, sonra yeniden deneyin.
keychain-locked = Anahtarlığınız kilitli ya da kilidini açmayı isteyen pencere kapatıldı, bu yüzden uygulama ona ulaşamadı.
    .fix = { $os ->
        [macos] Giriş anahtar zincirinizin kilidini açın (Anahtar Zinciri Erişimi'ni açıp kilidi açın ya da macOS sorduğunda şifrenizi girin), sonra yeniden deneyin.
        [windows] Windows'a yeniden oturum açın, sonra yeniden deneyin.
       *[other] { $surface ->
            [cli] Anahtarlığınızın kilidini açın, sonra yeniden deneyin: kilit açma penceresi çıkınca şifrenizi girin ya da Parolalar ve Anahtarlar (Seahorse), KWallet veya KeePassXC'yi açıp kilidi açın. Orada önce yeni bir anahtarlık oluşturmanız gerekebilir.
           *[window] Anahtarlığınızın kilidini açın, sonra yeniden deneyin: kilit açma penceresi çıkınca şifrenizi girin ya da Parolalar ve Anahtarlar (Seahorse), KWallet veya KeePassXC'yi açıp kilidi açın. Orada önce yeni bir anahtarlık oluşturmanız gerekebilir. Form değerlerinizi tutar.
        }
    }
keychain-denied = Sistem anahtar zinciri, { -app-name } uygulamasının öğeye erişmesini reddetti.
    .fix = { $os ->
        [macos] macOS sorduğunda { -app-name } için İzin Ver'i (ya da Her Zaman İzin Ver'i) seçin, sonra yeniden deneyin. Anahtar Zinciri Erişimi'nde öğenin Erişim Denetimi sekmesine bakabilirsiniz.
       *[other] Anahtarlığınız sorduğunda { -app-name } uygulamasına izin verin, sonra yeniden deneyin. Uygulama bir yalıtım ortamında (Flatpak ya da Snap) çalışıyorsa ona Secret Service erişimi verin.
    }
# Hiçbir anahtar zinciri hizmeti çalışmıyor. .fix değeri keychain-unavailable-detail için de çözümdür.
keychain-unavailable = { $os ->
        [macos] macOS Anahtar Zinciri kullanılamıyor.
        [windows] Windows Kimlik Bilgileri Yöneticisi kullanılamıyor.
       *[other] Bu bilgisayarda çalışan bir anahtarlık yok (Secret Service, yani masaüstünün şifre deposu yok), bu yüzden anahtar orada saklanamıyor.
    }
    .fix = { $os ->
        [macos] macOS'a normal biçimde oturum açtığınızdan ve giriş anahtar zincirinizin bulunduğundan emin olun (Anahtar Zinciri Erişimi'ni açın), sonra yeniden deneyin.
        [windows] Windows'a kendi hesabınızla (bir hizmet hesabıyla değil) oturum açtığınızdan emin olun, sonra yeniden deneyin.
       *[other] { $surface ->
            [cli] Bir anahtarlık kurup başlatın: GNOME Keyring, KWallet'in Secret Service'i ya da Secret Service tümleştirmesi açık KeePassXC; sonra yeniden deneyin. Masaüstü olmayan bir makinede bir D-Bus oturumu içinde başlatın: { -cmd-keyring-session }. O zamana kadar üç değeri şifre yöneticinizde saklayın.
           *[window] Bir anahtarlık kurup başlatın: GNOME Keyring, KWallet'in Secret Service'i ya da Secret Service tümleştirmesi açık KeePassXC. Sonra yeniden deneyin; form değerlerinizi tutar. O zamana kadar üç değeri şifre yöneticinizde saklayın.
        }
    }
# Başka bir anahtar zinciri hatası. $detail: sistemin kendi sözleri (ilk satır, kendi dilinde).
keychain-unavailable-detail = Sistem anahtar zinciri kullanılamadı ({ $detail }).

## Uygulamanın kendi dosyaları (gizli değil): kayıtlı anahtarlar listesi ve rehberdeki ilerleme

# $path: dosya (uygulamanın veri klasöründeki saved-keys.json); $error: sistemin kendi sözleri.
file-index-unwritable = Uygulama, { $path } konumundaki kayıtlı anahtarlar listesini güncelleyemedi ({ $error }).
    .fix = Diskin dolu olmadığını ve bu klasörün size ait olduğunu denetleyin, sonra yeniden deneyin.
# Bir hata; hiçbir zaman kullanıcının yaptığı bir şey değildir; çözüm uygulamanın genel hata çözümüdür.
file-index-encode-failed = Kayıtlı anahtarlar listesi yazılamadı.
# $folder: uygulamanın veri klasörü. Yalnızca pencerede gösterilir.
progress-unwritable = Uygulama ilerleme dosyasını { $folder } klasörüne yazamadı.
    .fix = Ana klasörünüzün dolu ya da salt okunur olmadığını denetleyin, sonra yeniden deneyin. Bu ekrandaki ilerlemeniz korunur.
# Bir hata; hiçbir zaman kullanıcının yaptığı bir şey değildir; çözüm uygulamanın genel hata çözümüdür.
progress-encode-failed = Uygulama, rehberde nerede olduğunuzu kaydedemedi.
