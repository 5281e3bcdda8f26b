# Gözetim: uygulama kapalıyken kayıtlı anahtarların günlük testi (check --notify, masaüstü
# bildirimleri), sunucular için metrikler (check --prometheus) ve günlük testin anahtarı
# (watch on|off|status ve Anahtarlarım'daki anahtar).
# Çevrilmez: okx-key-assistant, check, watch, on, off, status, --notify, --prometheus,
# --via, systemd, autostart, --json, FILE, LABEL.
# $label anahtarın kayıtlı adıdır (çevrilmez); $reason, sorunun kendi iletisidir.

# Masaüstünün gösterdiği gönderen adı.
watch-notification-app = { -app-name }

## Bildirimler: başlık anahtarı ve olanı söyler; .fix yapılacak tek şeydir.

watch-event-withdraw-on = { $label }: bu anahtar para çekebilir
    .fix = OKX'te bu API anahtarını düzenleyip Para çekme iznini kapatın ya da anahtarı silin. O zamana kadar uygulama onu hiçbir bota vermez.
watch-event-deleted = { $label }: OKX bu anahtarı sildi
    .fix = Yalnızca Okuma ve İşlem izinli, botunuzun IP adresine bağlı yeni bir anahtar oluşturup uygulamaya yeniden kaydedin.
# $reason: testin neden başarısız olduğu, sorunun kendi sözleriyle.
watch-event-failed = { $label }: test başarısız oldu. { $reason }
# $days: 0 ile 3 arası.
watch-event-days-left = { $days ->
        [0] { $label }: OKX bu anahtarı bugün silebilir
       *[other] { $label }: OKX bu anahtarı { $days } gün içinde silebilir
    }
# $bot: botun adı.
watch-event-not-ready = { $label }: { $bot } için hazır değil. { $reason }
watch-event-recovered = { $label }: anahtar yeniden çalışıyor
    .fix = Yapılacak bir şey yok: son test onu sağlıklı buldu.
# Bildirimin düğmesi (masaüstü düğme gösteriyorsa).
watch-action-open-my-keys = Anahtarlarım'ı aç

## check yardımı: gözetim seçenekleri (check --help'in sonuna eklenir).

watch-check-usage =
    Gözetim (Linux):
      --notify           ilgilenmeniz gereken her anahtar için bir masaüstü bildirimi gönder
                         (Para çekme açık, OKX'te silinmiş, test başarısız, 14 gün kuralına 3 gün
                         ya da daha az kalmış) ve hepsi yolundaysa hiçbir şey gönderme; hâlâ geçerli
                         bir bildirim ertesi gün yalnızca Anahtarlarım'ı açana kadar yinelenir
      --prometheus FILE  anahtarların durumunu FILE dosyasına node_exporter'ın textfile
                         biçiminde yaz (atomik olarak; --collector.textfile.directory'yi
                         klasörüne yönlendirin)

## Ana yardımdaki gözetim satırları.

watch-cli-usage =
    Anahtarları her gün test etmek (Linux):
      { -usage-check-notify }
      { -usage-watch-brief }

## watch --help

watch-usage =
    Kullanım: { -usage-watch }

    Uygulama kapalıyken kayıtlı anahtarlarınızı her gün test eder ve birinin size ihtiyacı
    olduğunda haber verir (masaüstü bildirimiyle). Anahtarlarım'daki anahtarla aynıdır.

      on       { -path-systemd-user } içine "{ -cmd-check-notify }" komutunu
               çalıştıran bir systemd kullanıcı zamanlayıcısı ve hizmeti kur (günlük, bilgisayar
               kapalıyken kaçırılırsa sonradan çalışır); systemd kullanıcı yöneticisi yoksa her
               oturum açışta çalıştıran bir otomatik başlatma girdisi
      off      "on" komutunun kurduğunu tam olarak kaldır
      status   açık olup olmadığını, en son ne zaman çalıştığını ve ne bulduğunu söyle

    Seçenekler:
      --via systemd|autostart   on ile: günlük testin nasıl başlatılacağı (verilmezse: kullanıcı
                                yöneticisi çalışıyorsa systemd, yoksa autostart)
      --json                    tek bir JSON nesnesi yazdır
      -h, --help                bu yardımı göster

    Yalnızca Linux: Windows (Görev Zamanlayıcı) ve macOS (launchd) henüz desteklenmiyor.

watch-usage-missing = on, off ya da status yazın.
watch-via-unknown = --via, systemd ya da autostart alır.

## watch on|off|status'un söyledikleri.

watch-on-systemd = Günlük anahtar testi açık: bir systemd zamanlayıcısı onu günde bir kez çalıştırır.
watch-on-autostart = Günlük anahtar testi açık: her oturum açışınızda çalışır.
# $files: yazılan dosyalar.
watch-installed-files = Kuruldu: { $files }
watch-off = Günlük anahtar testi kapalı. Kaldırıldı: { $files }
watch-off-already = Günlük anahtar testi zaten kapalıydı; kaldırılacak bir şey yok.
watch-status-on = Açık: kayıtlı anahtarlar her gün test ediliyor.
watch-status-off = Kapalı: uygulama kapalıyken kayıtlı anahtarlar test edilmiyor.
# $when: bir tarih ve saat (ISO-8601, UTC).
watch-status-last-run = Son çalışma: { $when }.
watch-status-never-run = Henüz çalışmadı.
# $checked: test edilen anahtarlar; $found: size ihtiyacı olanlar.
watch-status-found = Test edilen anahtar: { $checked }. Size ihtiyacı olan: { $found }.
watch-notify-unavailable = Masaüstü bildirimi gönderilemedi: { $error }
    .fix = Testin kendisi çalıştı; sonuçları yukarıda. Bildirimler için bildirim hizmeti olan bir masaüstü oturumu gerekir.

# $path: bir dosya ya da klasör; $error: sistemin belirttiği neden.
watch-error-write = { $path } yazılamadı ya da kaldırılamadı: { $error }
    .fix = Yapılandırma klasörünüzün ({ -path-config }) size ait ve yazılabilir olduğunu kontrol edip yeniden deneyin.

## Anahtarlarım'daki anahtar (pencere).

watch-switch-label = Anahtarlarımı her gün test et ve birinin bana ihtiyacı olduğunda haber ver
watch-switch-state-on = Açık.
watch-switch-state-off = Kapalı.
watch-switch-stopped = Günlük anahtar kontrolünü açma veya kapatma beklenmedik şekilde durdu.
