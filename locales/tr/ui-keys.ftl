## Anahtarlarım: geri dönen bir kullanıcının ana ekranı (src-ui/steps/my-keys.js) ve bir anahtarı değiştirme

# Kenar çubuğunun ilk öğesi ve ekranın başlığı.
ui-keys-rail = Anahtarlarım
ui-keys-title = Anahtarlarım
ui-keys-lead = Bu bilgisayarda kayıtlı anahtarlar, uygulamanın onları en son gördüğü hâliyle. Tümünü test et, şimdi her anahtarı { -okx }'e sorar. Yalnızca okur; hesabınızda hiçbir şeyi değiştirmez.
ui-keys-test-all = Tümünü test et
ui-keys-new = Yeni bir anahtar oluştur
ui-keys-loading = Kayıtlı anahtarlar okunuyor…
ui-keys-none = Bu bilgisayarda henüz kayıtlı anahtar yok. Kılavuzla bir anahtar oluşturun; kılavuzun sonunda, 10. Adım'da onu buraya kaydedin.
# $n: kaç anahtarın test edildiği.
ui-keys-testing = { $n ->
       *[other] { $n } anahtar test ediliyor…
    }
# $n: test edilen anahtarlar; $healthy: bunlardan kaçının sağlıklı olduğu.
ui-keys-tested = { $n ->
       *[other] Test bitti: { $n } anahtardan { $healthy } tanesi sağlıklı.
    }
# Anahtarın sitesi ve modu. $site: sitenin kısa adı, ör. Global.
ui-keys-site-live = { $site } (gerçek)
# Her anahtardaki rozet: son testin sonucu.
ui-keys-health-healthy = Sağlıklı
ui-keys-health-can-withdraw = Para çekebilir: bir bot için güvenli değil
ui-keys-health-failed = İlgilenmeniz gerekiyor
ui-keys-health-deleted = { -okx }'te silinmiş
ui-keys-health-untested = Henüz test edilmedi
ui-keys-health-testing = Test ediliyor…
# Her anahtarın altındaki bilgiler, son testin gördüğü hâliyle.
ui-keys-permissions = İzinler
ui-keys-perm-read = Okuma
ui-keys-perm-trade = Alım-satım
ui-keys-perm-withdraw = Para çekme
ui-keys-perm-none = Yok
ui-keys-perm-unknown = Henüz görülmedi
ui-keys-ip = IP bağlaması
ui-keys-ip-none = Yok
ui-keys-last-tested = Son test
ui-keys-never = Hiç
ui-keys-failed-before = Bu anahtarın son testi başarısız oldu. Nedenini ve ne yapacağınızı görmek için Test et'e basın.
ui-keys-idle-title = { -okx }'in 14 gün kuralı
ui-keys-no-bot = Hiçbir bota verilmiyor: bir test bu anahtarda Para çekme izninin açık olduğunu gördü. Uygulama, bir test Para çekme izninin yeniden kapalı olduğunu görene kadar onu hiçbir bota vermez.
ui-keys-missing = Anahtar zinciri artık bu anahtarı içermiyor. Onu değiştirin ya da bu listeden silin.
# Her anahtardaki düğmeler.
ui-keys-test-one = Test et
ui-keys-replace = Değiştir

## Kayıtlı bir anahtarı değiştirme (Anahtarlarım'daki Değiştir, sonra 3. ile 10. adımlar)

# 3. ile 10. adımların üstündeki bir bant. $label: kayıtlı anahtarın adı.
ui-replace-banner = “{ $label }” adıyla kayıtlı anahtarı değiştiriyorsunuz. { -okx }'te yeni bir anahtar oluşturun, onu 9. Adım'da yapıştırın ve 10. Adım'da test edin. Kayıtlı anahtar yalnızca yenisi testi geçerse değiştirilir.
ui-replace-cancel = Değiştirmeyi bırak
ui-replace-save = Kayıtlı anahtarı değiştir
# $label: kayıtlı anahtarın adı.
ui-replace-save-lead = Yeni anahtar testi geçti. Kaydetmek onu “{ $label }” adıyla kayıtlı anahtarın yerine koyar; botunuz onu aynı adla okur.
# Değiştirmeden sonra. $label: kayıtlı anahtarın adı.
ui-replace-done-title = “{ $label }” artık yeni anahtarı tutuyor. Eski anahtarı { -okx }'te silin:
# $site: sitenin kısa adı.
ui-replace-done-1 = { $site } API sayfasını açın (aşağıdaki düğme) ve giriş yapın.
# $key: eski API anahtarının ilk ve son dört karakteri, ör. 6d2d…fd7f.
ui-replace-done-2 = Eski anahtarı bulun: API anahtarı { $key } gibi başlar ve biter.
ui-replace-done-2-unknown = Eski anahtarı bulun: botunuzun bugünden önce kullandığı anahtardır.
ui-replace-done-3 = Onu silin ve 2FA kodunuzla onaylayın. Botunuz anahtarı yalnızca başlarken okuyorsa onu şimdi yeniden başlatın.
ui-replace-open-api = API sayfasını aç
