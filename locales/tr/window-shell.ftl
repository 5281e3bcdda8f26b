# Pencere kabuğunun sözcükleri: uygulamayı başlatma ve pencerenin komutları (pano, bağlantılar,
# anahtar zinciri, rapor, parola, bağlantı testi) istenen işi yapamadığında.
# Sorunlar: değer neyin ters gittiğidir, .fix ne yapılacağıdır.

## Uygulamayı başlatma (varsa, uygulamanın başlatıldığı terminale yazılır)

# Masaüstü oturumu yok: pencere açılamaz. `okx-key-assistant --help` komuttur, olduğu gibi kalır.
app-no-display =
    { -app-name } bir pencere açar, ancak bu oturumda grafik ekran yok (DISPLAY da WAYLAND_DISPLAY da tanımlı değil).
    Uygulamayı masaüstünüzün uygulama menüsünden ya da masaüstü oturumunuzun içindeki bir terminalden başlatın.
    Masaüstü olmadan da aynı denetimleri komut satırı yapar: { -cmd-help } komutunu çalıştırın.
# İkinci bir başlatma uygulamayı açık buldu, ama açık pencere yanıt vermiyor.
app-window-not-answering = { -app-name } zaten açık, ancak penceresi yanıt vermiyor. Pencereyi kapatın (ya da görev yöneticisinden { -cmd-app } işlemini sonlandırın), sonra uygulamayı yeniden açın.
# $error: sistemin kendi sözleri, İngilizce.
app-could-not-start = { -app-name } başlatılamadı: { $error }
app-could-not-start-again = { -app-name } yeniden başlatılamadı: { $error }

## Pencerenin komutları

app-clipboard-failed = Panoya yazılamadı.
    .fix = Bunun yerine metni seçip Ctrl+C ile kopyalayın.
app-no-credentials = Henüz test edilecek denetlenmiş kimlik bilgisi yok.
    .fix = 9. Adım'a dönün, API anahtarını, gizli anahtarı ve parolayı yapıştırın, sonra Denetle'ye basın.
app-no-passphrase = Henüz kopyalanacak bir parola yok.
    .fix = Bir parola oluşturun ya da bir parola ve onayını yazın.
app-browser-failed = Web tarayıcınız açılamadı.
    .fix = { $url } adresini tarayıcınızda kendiniz açın.
app-no-test-result = Henüz raporlanacak bir test sonucu yok.
    .fix = Önce 10. Adım'da “Bağlantıyı test et” düğmesine basın.
# $path: kullanıcının seçtiği dosya.
app-report-not-written = Rapor şu dosyaya yazılamadı: { $path }
    .fix = Yazabildiğiniz başka bir klasör seçin ya da bunun yerine Kopyala'yı kullanın.
# "Farklı kaydet" penceresinin başlığı ve dosya türünün adı.
app-report-dialog-title = Onay raporunu kaydet
app-report-dialog-filter = Metin

## Uygulamadaki hatalar (çözümleri uygulamanın olağan "bu bir hatadır" metnidir)

app-internal-keychain-task = Bir anahtar zinciri görevi beklenmedik biçimde durdu.
app-internal-unknown-page = Pencere, uygulamanın bilmediği bir OKX sayfası istedi.
app-internal-scoring-stopped = Parolanın puanlanması beklenmedik biçimde durdu.
app-internal-generator-stopped = Parola oluşturucu beklenmedik biçimde durdu.
app-internal-dialog-stopped = Kaydetme penceresi beklenmedik biçimde durdu.
