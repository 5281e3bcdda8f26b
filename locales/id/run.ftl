# okx-key-assistant run: memberikan kunci tersimpan ke satu program melalui lingkungannya.
# Ditampilkan di terminal, di error standar (output standar milik program yang dijalankan).
# Tidak diterjemahkan: okx-key-assistant, run, opsi (--profile, --verify, --no-mask), nama profil
# (generic, freqtrade, okx-agent), variabel lingkungan, dan placeholder berhuruf besar (LABEL,
# COMMAND, ARGS, P): orang mengetiknya. $label adalah nama penyimpanan kunci, tidak pernah diterjemahkan.

## Bantuan: yang dicetak "okx-key-assistant run --help"
## Pertahankan pindah baris dan indentasi daftar: terminal menampilkannya apa adanya.

run-usage =
    Penggunaan: { -usage-run }

    Menjalankan COMMAND dengan kunci yang disimpan dengan LABEL di lingkungannya, dengan nama yang
    dibaca bot Anda, sehingga kunci tidak pernah masuk ke file konfigurasi, file .env, atau riwayat
    shell Anda. Tidak ada yang lain yang menerima kunci: argumen COMMAND sendiri diteruskan apa adanya.

    Profil (--profile, bawaan generic):
      generic     OKX_API_KEY, OKX_SECRET_KEY, OKX_PASSPHRASE, dan tempat kunci berfungsi:
                  OKX_SITE (global, eea, us atau tr), OKX_API_HOST (misalnya eea.okx.com),
                  OKX_API_BASE_URL (https:// dan host; domain di python-okx) dan
                  OKX_DEMO (1 untuk kunci Trading Demo, selain itu 0; flag di python-okx)
      freqtrade   FREQTRADE__EXCHANGE__KEY, FREQTRADE__EXCHANGE__SECRET,
                  FREQTRADE__EXCHANGE__PASSWORD (frasa sandi) dan
                  FREQTRADE__EXCHANGE__NAME: okx, myokx (EEA) atau okxus (US)
      okx-agent   yang dibaca Agent Trade Kit OKX: OKX_API_KEY, OKX_SECRET_KEY,
                  OKX_PASSPHRASE, OKX_SITE, OKX_API_BASE_URL dan OKX_DEMO

    Opsi:
      --profile P   nama yang dipakai (lihat di atas)
      --verify      menguji kunci terlebih dahulu dengan permintaan hanya-baca yang ditandatangani,
                    dan tidak menjalankan apa pun jika uji gagal atau kunci dapat melakukan penarikan
      --no-mask     meneruskan output COMMAND langsung ke terminal ini, tanpa masker.
                    Jarang diperlukan: di terminal, COMMAND berjalan di pseudo-terminal
                    sendiri, jadi warna, prompt, tombol yang diketik, ukuran jendela, dan
                    program layar penuh tetap berfungsi dengan masker (di tempat lain
                    outputnya lewat pipe). Gunakan bila COMMAND memerlukan terminal ini
                    sendiri, misalnya untuk menangguhkannya dengan Ctrl-Z, dengan sadar
                    bahwa yang dicetaknya ditampilkan apa adanya
      --restart-on-change
                    saat kunci yang disimpan sebagai LABEL diganti (Ganti di Kunci saya,
                    atau save --replace), hentikan COMMAND lalu jalankan lagi dengan kunci
                    baru dalam satu detik; saat kunci dihapus, atau kunci baru bisa menarik
                    dana, hentikan COMMAND dan keluar (2 atau 3)
      --grace SECONDS
                    dengan --restart-on-change: berapa lama COMMAND boleh berakhir setelah
                    SIGTERM sebelum dihentikan paksa (bawaan 10)
      -h, --help    menampilkan bantuan ini

    Kunci yang catatan tersimpannya menyebut dapat melakukan penarikan tidak pernah diberikan. Ctrl-C
    dan sinyal penghentian diteruskan ke COMMAND. Ingat: program apa pun yang berjalan sebagai
    pengguna Anda dapat membaca lingkungan sebuah proses, dan setiap program yang dijalankan
    COMMAND mewarisi kunci.

    Yang disamarkan (tanpa --no-mask), di output standar dan output error, huruf besar atau kecil,
    juga saat terpotong di beberapa penulisan: kunci rahasia dan frasa sandi apa adanya; 12 karakter
    pertama kunci rahasia atau lebih; keduanya dalam encoding URL (%23 dan sejenisnya, + untuk
    spasi), di-escape untuk JSON (\" \\ \uXXXX) dan dalam base64 (alfabet standar atau aman-URL,
    dengan atau tanpa padding =), sendiri atau di dalam teks base64 yang lebih panjang (di sana
    semuanya kecuali paling banyak satu karakter di tiap ujung). Yang tidak: bentuk lain apa pun,
    misalnya heksadesimal, terpotong oleh baris baru, terbalik, sepotong frasa sandi, sepotong kunci
    rahasia yang bukan awalnya, atau kurang dari 12 karakter pertamanya. Sebuah program selalu bisa
    mencetak rahasia dengan cara yang tidak dikenal filter mana pun.

    Sinyal: Ctrl-C, SIGTERM dan SIGHUP sampai ke COMMAND satu kali, juga saat dikirim ke seluruh
    grup proses (kill %1); sinyal yang diabaikan saat run dimulai (nohup) tetap diabaikan untuk
    COMMAND.

    Status keluar: status COMMAND sendiri (128 + N jika dihentikan oleh sinyal N). Jika COMMAND
    tidak dijalankan: 1 keychain tidak dapat dibaca atau --verify gagal; 2 penggunaan salah atau tidak
    ada kunci yang disimpan dengan LABEL; 3 kunci dapat melakukan penarikan; 126 COMMAND tidak dapat
    dijalankan; 127 COMMAND tidak ditemukan.

## Kesalahan penggunaan (satu baris, ditampilkan di atas bantuan)

run-label-missing = run memerlukan LABEL kunci tersimpan, lalu -- dan perintah yang akan dijalankan.
run-command-missing = run memerlukan perintah yang akan dijalankan, setelah --: { -cmd-run-command }
run-profile-invalid = --profile harus generic, freqtrade atau okx-agent.
run-grace-invalid = --grace harus berupa bilangan bulat detik, dari 0 sampai 3600.
run-grace-without-restart = --grace dipakai bersama --restart-on-change: itu lama waktu yang boleh dipakai perintah yang dihentikan untuk berakhir.

## Alasan kunci tidak diberikan (masing-masing dengan yang harus dilakukan)

run-refused-recorded-withdraw = Tidak dijalankan: kunci yang disimpan sebagai “{ $label }” dapat melakukan penarikan, jadi siapa pun yang memegangnya dapat memindahkan dana Anda keluar dari { -okx }.
    .fix = Hapus kunci ini di halaman API { -okx }, buat kunci baru dengan hanya Baca dan Trading yang diaktifkan, simpan, lalu jalankan kunci baru itu.
run-refused-withdraw = Tidak dijalankan: uji menunjukkan bahwa kunci yang disimpan sebagai “{ $label }” dapat melakukan penarikan, jadi siapa pun yang memegangnya dapat memindahkan dana Anda keluar dari { -okx }.
    .fix = Hapus kunci ini di halaman API { -okx }, buat kunci baru dengan hanya Baca dan Trading yang diaktifkan, simpan, lalu jalankan kunci baru itu.
run-refused-seen-withdraw = Tidak dijalankan: uji terbaru kunci yang disimpan sebagai “{ $label }” yang mendapat jawaban dari { -okx } melihat Penarikan aktif. Kunci tetap ditolak sampai uji yang sampai ke { -okx } melihat Penarikan nonaktif.
    .fix = Matikan Penarikan untuk kunci ini di halaman API { -okx } (atau hapus dan buat kunci baru dengan hanya Baca dan Trading), lalu uji lagi: Uji di Kunci saya, atau { -cmd-check } { $label }.
run-refused-not-verified = Tidak dijalankan: kunci yang disimpan sebagai “{ $label }” tidak lulus uji.
    .fix = Perbaiki apa yang ditemukan uji ({ -cmd-verify-keychain } { $label } menampilkan laporan lengkapnya), lalu jalankan perintah lagi.

## Catatan sebelum perintah dimulai

# $label: label kunci yang tersimpan.
run-verified = Kunci yang disimpan sebagai “{ $label }” lulus uji dan tidak dapat melakukan penarikan.
run-note-freqtrade-no-site = Catatan: Freqtrade tidak memiliki nama exchange untuk { -okx } TR, jadi FREQTRADE__EXCHANGE__NAME tidak diatur; kunci ini hanya berfungsi dengan tr.okx.com.
run-note-freqtrade-demo = Catatan: ini adalah kunci Trading Demo. dry_run di Freqtrade adalah paper trading milik Freqtrade sendiri; kunci Trading Demo hanya berfungsi jika permintaan membawa header demo { -okx } (x-simulated-trading: 1).
run-note-agent-tr = Catatan: versi lama Agent Trade Kit { -okx } hanya mengenal situs global, eea dan us; OKX_SITE adalah tr dan OKX_API_BASE_URL mengarah ke tr.okx.com.

## Jika perintah tidak dapat dimulai

run-command-not-found = Perintah yang akan dijalankan tidak ditemukan.
    .fix = Periksa namanya, atau berikan path lengkapnya (misalnya /usr/bin/python3).
# $error: alasan dari sistem operasi, dalam bahasa Inggris.
run-command-not-started = Perintah tidak dapat dijalankan ({ $error }).
    .fix = Pastikan itu program yang boleh Anda jalankan (untuk skrip: chmod +x dan baris #!).

## --restart-on-change: kunci yang disimpan sebagai LABEL berubah selagi perintah berjalan (di stderr)

# $label: label kunci yang disimpan.
run-restart-replaced = Kunci yang disimpan sebagai “{ $label }” diganti: perintah dihentikan lalu dijalankan lagi dengan kunci baru.
run-restart-deleted = Kunci yang disimpan sebagai “{ $label }” dihapus: perintah dihentikan.
run-restart-refused = Kunci yang disimpan sebagai “{ $label }” diganti dengan kunci yang tidak boleh diserahkan: perintah dihentikan.
run-restart-unreadable = Kunci yang disimpan sebagai “{ $label }” tidak bisa dibaca untuk melihat apakah berubah: perintah tetap berjalan dengan kunci yang dimilikinya.

## okx-key-assistant unit: layanan pengguna systemd yang menjalankan bot lewat run

# Setelah daftar perintah di bantuan utama.
unit-cli-usage =
      { -usage-run-restart }
      { -usage-unit-brief }

unit-usage =
    Penggunaan: { -usage-unit }

    Mencetak layanan pengguna systemd yang menjalankan COMMAND lewat { -cmd-run }
    dengan kunci yang disimpan sebagai LABEL. Layanan ini tidak berisi rahasia: run membaca
    kunci dari keychain setiap kali dimulai. systemd menjalankan COMMAND lagi bila gagal
    (tidak bila kuncinya tidak ada atau bisa menarik dana) dan menghentikannya sesuai cara
    run meneruskan sinyal (KillMode=mixed).

    Pasang dengan { -cmd-systemctl-edit } (tempelkan), atau simpan
    sebagai { -path-unit-file } lalu jalankan { -cmd-systemctl-reload };
    kemudian { -cmd-systemctl-enable }. Keychain harus terbuka untuk
    layanan ini. COMMAND dimulai di folder tempat unit dijalankan.

    Opsi:
      --profile P           nama yang dipakai (lihat { -cmd-run-help })
      --restart-on-change   jalankan ulang COMMAND saat kunci diganti (lihat run --help)
      -h, --help            menampilkan bantuan ini

unit-label-missing = unit memerlukan LABEL kunci yang disimpan, lalu -- dan perintah yang dijalankan.
unit-command-missing = unit memerlukan perintah yang dijalankan, setelah --: { -cmd-unit-command }
# $error: alasan dari sistem operasi, dalam bahasa Inggris.
unit-no-program = Tidak bisa mengetahui di mana program ini terpasang ({ $error }).
    .fix = Jalankan { -cmd-app } dengan path lengkapnya.
# Deskripsi satu baris layanan (ditampilkan systemctl status). $command: nama program.
unit-description = { $command } dengan kunci yang disimpan sebagai “{ $label }” (OKX Key Assistant)
