# Baris perintah (okx-key-assistant verify / save / list / delete / simulate).
# Nama program, nama perintah, opsi, nilainya, variabel lingkungan, dan placeholder berhuruf
# besar (LABEL, SITE, N, COMMAND) tidak diterjemahkan: orang mengetiknya.

## Bantuan: yang dicetak --help

cli-usage =
    { -app-name }: kunci API OKX yang aman untuk bot trading Anda, diuji dan disimpan di keychain Anda.

    Penggunaan:
      { -cmd-app }                membuka aplikasi
      { -usage-verify }
      { -usage-save }
      { -usage-list }
      { -usage-delete }
      { -usage-run-brief }
      { -usage-check }
      { -usage-simulate }
      { -usage-command-help }   info lebih lanjut tentang satu perintah
      { -usage-version }

    Kunci diambil dari variabel lingkungan OKX_API_KEY, OKX_SECRET_KEY dan OKX_PASSPHRASE
    (save juga membaca input standar), tidak pernah dari baris perintah. Uji dan latihan dapat
    mengarahkan situs ke simulator dengan OKX_BASE_URL_GLOBAL, OKX_BASE_URL_EEA, OKX_BASE_URL_US atau
    OKX_BASE_URL_TR (hanya http://127.0.0.1:PORT atau http://localhost:PORT).

    Status keluar: 0 terverifikasi dan aman (atau selesai); 1 gagal; 2 penggunaan atau input salah;
    3 terverifikasi tetapi tidak aman (kunci dapat melakukan penarikan).

cli-usage-languages =
    Bahasa: setiap perintah menerima --lang CODE ({ $languages }); tanpa itu, LC_ALL,
    LC_MESSAGES atau LANG yang menentukan, dan bahasa Inggris dipakai untuk bahasa lain.

cli-verify-usage =
    Penggunaan: { -usage-verify }

    Menguji kunci API OKX dengan permintaan hanya-baca yang ditandatangani (tidak ada yang
    pernah diperdagangkan atau dipindahkan) dan mencetak laporan konfirmasi.

    Kunci diambil dari variabel lingkungan OKX_API_KEY, OKX_SECRET_KEY dan OKX_PASSPHRASE
    (tidak pernah dari baris perintah), atau dari kunci yang disimpan di keychain sistem dengan
    --keychain. Nilai dibersihkan dan diperiksa seperti di aplikasi: spasi yang nyasar dipangkas
    dan dilaporkan.

    Opsi:
      --site SITE        tempat kunci dibuat: global (okx.com), eea (my.okx.com),
                         us (app.okx.com) atau tr (tr.okx.com, OKX TR). Tanpa opsi ini (atau
                         dengan auto) uji menemukan situs kunci dan menyebutkannya; jika situs
                         disebutkan, kunci dari situs lain gagal dengan keterangan situs yang benar
      --demo             kunci adalah kunci Trading Demo
      --json             mencetak satu objek JSON, bukan laporan
      --keychain LABEL   menguji kunci yang disimpan dengan LABEL (situs dan modenya, kecuali diberikan)
      -h, --help         menampilkan bantuan ini

    Status keluar: 0 terverifikasi dan aman; 1 verifikasi gagal; 2 penggunaan atau input salah;
    3 terverifikasi tetapi tidak aman (kunci dapat melakukan penarikan).

cli-save-usage =
    Penggunaan: { -usage-save }

    Menguji kunci, lalu menyimpannya di keychain sistem dengan LABEL (huruf, angka, '_', '-', '.';
    misalnya nama yang Anda berikan untuk kunci di OKX). Hanya kunci yang diterima OKX dan tidak
    dapat melakukan penarikan yang disimpan; item yang disimpan dibaca kembali sebelum dihitung.

    Kunci diambil dari OKX_API_KEY, OKX_SECRET_KEY dan OKX_PASSPHRASE, atau, jika tidak ada yang
    diatur, dari input standar: tiga baris sesuai urutan OKX (kunci API, kunci rahasia, frasa
    sandi), atau catatan, file env, atau JSON dengan nilai berlabel. Tidak pernah dari baris perintah.

    Opsi:
      --site SITE   tempat kunci dibuat: global, eea, us atau tr. Tanpa opsi ini (atau dengan auto)
                    uji menemukan situs kunci dan kunci disimpan bersamanya
      --demo        kunci adalah kunci Trading Demo
      --replace     mengganti kunci yang sudah disimpan dengan LABEL (kunci lama tetap ada sampai
                    kunci baru tersimpan dan terbaca kembali)
      -h, --help    menampilkan bantuan ini

    Bot membaca kunci tersimpan dari keychain: service { -cmd-app }, user LABEL, secret =
    JSON dengan api_key, secret_key, passphrase, site, api_host, demo dan saved_at.

    Status keluar: 0 tersimpan; 1 tidak tersimpan (uji gagal, atau keychain menolak); 2 penggunaan
    atau input salah; 3 tidak tersimpan karena kunci dapat melakukan penarikan.

cli-list-usage =
    Penggunaan: { -usage-list }

    Menampilkan daftar kunci yang disimpan aplikasi ini di keychain sistem: label, kunci API (4
    karakter pertama dan 4 terakhir), situs, Live atau Demo, dan kapan disimpan. Kunci yang diingat
    aplikasi tetapi sudah tidak ada di keychain ditandai “{ cli-list-missing }”.

    Opsi:
      --json       mencetak larik JSON, bukan tabel
      -h, --help   menampilkan bantuan ini

    Status keluar: 0 ditampilkan; 1 keychain tidak dapat dibaca; 2 penggunaan salah.

cli-delete-usage =
    Penggunaan: { -usage-delete }

    Menghapus kunci yang disimpan dengan LABEL dari keychain sistem (dan dari daftar aplikasi).
    Kuncinya sendiri tetap berfungsi di OKX: hapus juga di sana jika Anda tidak memakainya lagi.

    Opsi:
      -h, --help   menampilkan bantuan ini

    Status keluar: 0 dihapus; 1 tidak ada kunci dengan LABEL, atau keychain menolak; 2 penggunaan salah.

cli-simulate-usage =
    Penggunaan: { -usage-simulate }

    Menjalankan salinan latihan API OKX di komputer ini (hanya 127.0.0.1), dengan kunci latihan
    untuk setiap situasi yang dijelaskan aplikasi. Perintah ini mencetak kunci-kunci itu dan
    pengaturan OKX_BASE_URL_* yang mengarahkan aplikasi (dan verify) ke simulator, lalu
    menampilkan setiap permintaan sampai Anda menekan Ctrl-C.

    Opsi:
      --port N         port situs pertama (bawaan 8085); tanpa --site keempat situs memakai
                       N sampai N+3 (global, eea, us, tr); 0 memilih port yang bebas
      --site SITE      hanya menjalankan situs ini di N
      --latency-ms N   menunggu N milidetik sebelum setiap jawaban (bawaan 0)
      --skew-ms N      jam simulator lebih cepat N milidetik (negatif: lebih lambat)
      -h, --help       menampilkan bantuan ini

    Status keluar: 0 dihentikan dengan Ctrl-C; 1 tidak dapat dimulai (misalnya, port sudah
    dipakai); 2 penggunaan salah.

# Setelah bantuan verify dan save (dan bantuan utama). Id bot tidak diterjemahkan.
cli-ready-usage =
    Siap untuk bot Anda (verify dan save):
      --bot BOT          juga memeriksa bahwa akun siap untuk bot ini: web-platform, freqtrade,
                         hummingbot, python-ccxt, python-okx, okx-agent, passivbot atau octobot
                         (mode akun, mode posisi, pasar, letak uangnya). save menyimpan pilihan
                         ini bersama kunci; check dan verify --keychain memakainya
      --market MARKET    apa yang diperdagangkan bot: spot (bawaan) atau swap (swap perpetual)

    Status keluar 4: kunci berfungsi dan tidak dapat melakukan penarikan, tetapi akun belum siap
    untuk bot (laporan menyebutkan apa yang perlu diubah). 1 dan 3 lebih diutamakan daripada 4.

## Kesalahan penggunaan: satu baris, dicetak setelah "okx-key-assistant: "

cli-unknown-command = Perintah tidak dikenal (perintah yang ada: { $commands }).
cli-unknown-flag = Opsi tidak dikenal { $flag }.
cli-unknown-flag-credential = Opsi tidak dikenal { $flag }: kredensial tidak pernah dibaca dari baris perintah; atur OKX_API_KEY, OKX_SECRET_KEY dan OKX_PASSPHRASE sebagai gantinya.
cli-unknown-flag-hidden = Opsi tidak dikenal (tidak ditampilkan, karena mungkin memuat rahasia).
cli-flag-given-twice = { $flag } diberikan dua kali.
cli-bot-must-be = --bot harus salah satu dari: { $bots }.
cli-market-must-be = --market harus salah satu dari: { $markets }.
cli-market-needs-bot = --market dipakai bersama --bot: sebutkan juga botnya.
cli-flag-takes-no-value = { $flag } tidak menerima nilai.
cli-flag-needs-value = { $flag } memerlukan nilai.
cli-no-arguments = Perintah ini tidak menerima argumen lain. Kredensial tidak pernah dibaca dari baris perintah: atur OKX_API_KEY, OKX_SECRET_KEY dan OKX_PASSPHRASE sebagai gantinya.
cli-too-many-arguments = Terlalu banyak argumen (label tidak memuat spasi). Kredensial tidak pernah dibaca dari baris perintah.
cli-site-must-be = --site harus salah satu dari: { $sites }.
cli-save-needs-label = save memerlukan LABEL untuk menyimpan kunci.
cli-delete-needs-label = delete memerlukan LABEL kunci yang akan dihapus.
cli-port-must-be = --port harus berupa angka dari 0 sampai 65535.
cli-latency-must-be = --latency-ms harus berupa bilangan bulat milidetik.
cli-latency-too-long = --latency-ms paling banyak 60000 (satu menit).
cli-skew-must-be = --skew-ms harus berupa bilangan bulat milidetik.
cli-skew-too-large = --skew-ms harus dalam rentang satu hari (86400000).
cli-usage-mistake-fix = Jalankan perintah dengan --help untuk melihat cara memakainya.

## Cara masalah dicetak

cli-what-to-do = Yang harus dilakukan: { $fix }
cli-note = Catatan: { $note }

## Asal kunci: variabel lingkungan, input standar, atau kunci tersimpan

cli-env-not-text = { $var } berisi byte yang bukan teks.
    .fix = Atur { $var } lagi dengan menempel nilainya persis seperti yang ditampilkan OKX.
cli-env-missing-one = { $var } belum diatur.
    .fix = { -cli-set-all-three }
cli-env-missing-two = { $first } dan { $second } belum diatur.
    .fix = { -cli-set-all-three }
-cli-set-all-three = Atur ketiganya: OKX_API_KEY, OKX_SECRET_KEY dan OKX_PASSPHRASE (nilai yang ditampilkan OKX saat Anda membuat kunci).
cli-no-key-given = Tidak ada kunci API yang diberikan.
    .fix = Atur OKX_API_KEY, OKX_SECRET_KEY dan OKX_PASSPHRASE ke nilai yang ditampilkan OKX saat Anda membuat kunci, atau gunakan --keychain LABEL untuk kunci tersimpan.
    .fix-save = Atur OKX_API_KEY, OKX_SECRET_KEY dan OKX_PASSPHRASE, atau alirkan ketiga nilai (satu per baris, sesuai urutan itu) ke perintah.
cli-paste-prompt = Tempel kunci API, kunci rahasia, dan frasa sandi, satu per baris, lalu tekan Ctrl-D (Ctrl-Z lalu Enter di Windows). Yang Anda tempel akan tampil di layar; untuk menghindarinya, atur OKX_API_KEY, OKX_SECRET_KEY dan OKX_PASSPHRASE sebagai gantinya.
cli-paste-prompt-hidden = Tempel kunci API, kunci rahasia, dan frasa sandi, satu per baris, lalu tekan Ctrl-D. Yang Anda tempel tidak tampil di layar (hanya pergantian barisnya); Ctrl-C membatalkan.
cli-stdin-not-text = Yang diberikan di input standar tidak dapat dibaca sebagai teks.
    .fix = Berikan ketiga nilai sebagai teks biasa, satu per baris: kunci API, kunci rahasia, frasa sandi.
cli-stdin-values-found = Ditemukan { $found } dari tiga nilai di input standar.
    .fix = Berikan kunci API, kunci rahasia, dan frasa sandi, satu per baris sesuai urutan itu (atau berlabel, seperti "API key: ...").
cli-env-ignored-for-saved-key = Catatan: menguji kunci yang disimpan sebagai "{ $label }"; OKX_API_KEY, OKX_SECRET_KEY dan OKX_PASSPHRASE diabaikan.
# $vars: the settings that are set, e.g. “OKX_BASE_URL_GLOBAL=http://127.0.0.1:8085, OKX_BASE_URL_EEA=http://127.0.0.1:8086”
cli-override-note = Catatan: pengaturan latihan aktif ({ $vars }): permintaan untuk situs-situs itu pergi ke server latihan di komputer ini, bukan ke { -okx }. Kunci yang disimpan dari { -okx } tidak pernah dikirim ke sana.
cli-no-data-dir = Folder data Anda tidak dapat ditemukan, jadi daftar kunci tersimpan tidak dapat dipertahankan.
    .fix = Pastikan HOME diatur (atau XDG_DATA_HOME di Linux), lalu jalankan perintah lagi.

## verify: yang dicetak selama uji berjalan

cli-progress-reach = Memeriksa bahwa OKX merespons...
cli-progress-clock = Memeriksa jam...
cli-progress-auth = Memeriksa kunci dengan permintaan hanya-baca yang ditandatangani...
cli-progress-other = Memeriksa...

## save

cli-already-saved = Sudah ada kunci yang tersimpan dengan label "{ $label }": kunci { $key } yang disimpan { $saved_at }.
    .fix = { -cli-replace-or-rename }
cli-already-saved-foreign = Sudah ada kunci yang tersimpan dengan label "{ $label }": item yang tidak ditulis oleh aplikasi ini.
    .fix = { -cli-replace-or-rename }
-cli-replace-or-rename = Tambahkan --replace untuk menaruh kunci baru di tempatnya (kunci lama tetap ada sampai kunci baru tersimpan dan terbaca kembali), atau pilih label lain.
cli-saved = { $replaced ->
        [yes] Tersimpan di { $backend } (service "{ $service }", user "{ $user }"), menggantikan kunci yang disimpan sebelumnya.
       *[no] Tersimpan di { $backend } (service "{ $service }", user "{ $user }").
    }
cli-python-snippet-intro = Cara bot Python membacanya ({ -cmd-pip-install-keyring }):

## list dan delete

cli-list-column-label = LABEL
cli-list-column-api-key = KUNCI API
cli-list-column-site = SITUS
cli-list-column-mode = MODE
cli-list-column-saved-at = DISIMPAN
cli-list-mode-live = live
cli-list-mode-demo = demo
cli-list-missing = tidak ada di keychain
cli-list-empty = Belum ada kunci yang tersimpan. Simpan satu dengan: { -cmd-save-label }
cli-deleted = Kunci yang disimpan sebagai "{ $label }" dihapus dari keychain. Kunci tetap berfungsi di OKX sampai Anda menghapusnya di sana.

## Bug di baris perintah itu sendiri

cli-internal-runtime = Perintah tidak dapat memulai pekerjaan latar belakangnya ({ $error }).
cli-internal-json = Hasil tidak dapat ditulis sebagai JSON ({ $error }).

# `okx-key-assistant` with no subcommand could not start the window's program.
cli-window-missing = Jendela tidak dapat dibuka: { $program } tidak ada atau tidak dapat dijalankan ({ $error }).
cli-command-line-missing = Perintah tidak dapat dijalankan: { $program } tidak ada atau tidak dapat dijalankan ({ $error }).
    .fix = Pasang ulang { -app-name }. Perintah (verify, save, list, delete, run, check) tetap berjalan tanpa jendela.
