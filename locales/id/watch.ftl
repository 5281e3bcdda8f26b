# Pengawasan: uji harian kunci yang tersimpan saat aplikasi tertutup (check --notify, notifikasi
# desktop), metrik untuk server (check --prometheus), dan sakelar uji harian (watch on|off|status
# dan sakelar di Kunci saya).
# Jangan diterjemahkan: okx-key-assistant, check, watch, on, off, status, --notify, --prometheus,
# --via, systemd, autostart, --json, FILE, LABEL.
# $label adalah nama kunci yang disimpan (tidak diterjemahkan); $reason, pesan masalahnya sendiri.

# Nama pengirim yang ditampilkan desktop.
watch-notification-app = { -app-name }

## Notifikasi: judul menyebut kunci dan apa yang terjadi; .fix adalah satu hal yang perlu dilakukan.

watch-event-withdraw-on = { $label }: kunci ini dapat melakukan penarikan
    .fix = Di OKX, edit kunci API ini dan matikan Penarikan, atau hapus kuncinya. Sampai saat itu aplikasi tidak memberikannya ke bot mana pun.
watch-event-deleted = { $label }: OKX menghapus kunci ini
    .fix = Buat kunci baru hanya dengan Baca dan Trading, terikat ke alamat IP bot Anda, lalu simpan lagi di aplikasi.
# $reason: mengapa uji gagal, dengan kata-kata masalahnya sendiri.
watch-event-failed = { $label }: uji gagal. { $reason }
# $days: 0 sampai 3.
watch-event-days-left = { $days ->
        [0] { $label }: OKX dapat menghapus kunci ini hari ini
       *[other] { $label }: OKX dapat menghapus kunci ini dalam { $days } hari
    }
# $bot: nama bot.
watch-event-not-ready = { $label }: belum siap untuk { $bot }. { $reason }
watch-event-recovered = { $label }: kunci berfungsi lagi
    .fix = Tidak ada yang perlu dilakukan: uji terakhir mendapati kunci ini sehat.
# Tombol notifikasi (di desktop yang menampilkan tombol).
watch-action-open-my-keys = Buka Kunci saya

## Bantuan check: opsi pengawasan (ditambahkan di akhir check --help).

watch-check-usage =
    Pengawasan (Linux):
      --notify           kirim notifikasi desktop untuk setiap kunci yang membutuhkan Anda
                         (Penarikan aktif, dihapus di OKX, uji gagal, 3 hari atau kurang menurut
                         aturan 14 hari), dan tidak ada apa pun jika semuanya baik; notifikasi yang
                         masih berlaku dikirim lagi keesokan harinya hanya sampai Anda membuka
                         Kunci saya
      --prometheus FILE  tulis kesehatan kunci ke FILE dalam format textfile node_exporter
                         (secara atomik; arahkan --collector.textfile.directory ke foldernya)

## Baris pengawasan di bantuan utama.

watch-cli-usage =
    Menguji kunci setiap hari (Linux):
      { -usage-check-notify }
      { -usage-watch-brief }

## watch --help

watch-usage =
    Penggunaan: { -usage-watch }

    Menguji kunci yang Anda simpan setiap hari saat aplikasi tertutup dan memberi tahu Anda
    (notifikasi desktop) saat ada yang membutuhkan Anda. Sama dengan sakelar di Kunci saya.

      on       pasang timer dan layanan pengguna systemd (harian, disusulkan jika komputer mati)
               di { -path-systemd-user } yang menjalankan "{ -cmd-check-notify }";
               jika manajer pengguna systemd tidak berjalan, entri autostart yang menjalankannya
               setiap kali masuk
      off      hapus tepat apa yang dipasang oleh "on"
      status   sebutkan apakah aktif, kapan terakhir berjalan, dan apa yang ditemukan

    Opsi:
      --via systemd|autostart   dengan on: cara memulai uji harian (tanpanya: systemd jika
                                manajer pengguna berjalan, selain itu autostart)
      --json                    cetak satu objek JSON
      -h, --help                tampilkan bantuan ini

    Hanya Linux: Windows (Task Scheduler) dan macOS (launchd) belum didukung.

watch-usage-missing = Sebutkan on, off, atau status.
watch-via-unknown = --via menerima systemd atau autostart.

## Yang dikatakan watch on|off|status.

watch-on-systemd = Uji harian kunci aktif: timer systemd menjalankannya sekali sehari.
watch-on-autostart = Uji harian kunci aktif: uji berjalan setiap kali Anda masuk.
# $files: berkas yang ditulis.
watch-installed-files = Terpasang: { $files }
watch-off = Uji harian kunci nonaktif. Dihapus: { $files }
watch-off-already = Uji harian kunci memang sudah nonaktif; tidak ada yang dihapus.
watch-status-on = Aktif: kunci yang tersimpan diuji setiap hari.
watch-status-off = Nonaktif: kunci yang tersimpan tidak diuji saat aplikasi tertutup.
# $when: tanggal dan waktu (ISO-8601, UTC).
watch-status-last-run = Terakhir berjalan: { $when }.
watch-status-never-run = Belum pernah berjalan.
# $checked: kunci yang diuji; $found: kunci yang membutuhkan Anda.
watch-status-found = Kunci diuji: { $checked }. Membutuhkan Anda: { $found }.
watch-notify-unavailable = Tidak ada notifikasi desktop yang dapat dikirim: { $error }
    .fix = Uji itu sendiri sudah berjalan; hasilnya ada di atas. Notifikasi memerlukan sesi desktop dengan layanan notifikasi.

# $path: berkas atau folder; $error: alasan dari sistem.
watch-error-write = Tidak dapat menulis atau menghapus { $path }: { $error }
    .fix = Pastikan folder konfigurasi Anda ({ -path-config }) milik Anda dan dapat ditulisi, lalu coba lagi.

## Sakelar di Kunci saya (jendela).

watch-switch-label = Uji kunci saya setiap hari dan beri tahu saya saat ada yang membutuhkan saya
watch-switch-state-on = Aktif.
watch-switch-state-off = Nonaktif.
watch-switch-stopped = Menyalakan atau mematikan pemeriksaan kunci harian berhenti secara tak terduga.
