# Laporan konfirmasi: teks biasa yang disalin, disimpan, atau dicetak oleh
# `okx-key-assistant verify`, dan aman ditempel di mana saja.
# Judul bagian dan label kolom harus tetap satu baris dan pendek (label muat 14 karakter).

## Judul dan hasil di bagian atas

report-title = { -app-name } - laporan konfirmasi

report-result-verified = HASIL: TERVERIFIKASI. { -okx } menerima kunci ini. Kunci ini { $abilities }, dan tidak dapat melakukan penarikan.
report-result-not-ready =
    HASIL: TERVERIFIKASI, TETAPI BELUM SIAP UNTUK BOT. { -okx } menerima kunci ini dan kunci ini
    tidak dapat melakukan penarikan, tetapi: { $reasons }. Lihat masalah di bawah.
report-result-unsafe =
    HASIL: TIDAK AMAN - KUNCI INI DAPAT MELAKUKAN PENARIKAN. { -okx } menerima kunci ini, dan kunci
    ini punya izin Penarikan (Withdraw): siapa pun yang memegangnya dapat memindahkan dana Anda
    keluar dari { -okx }. Jangan berikan ke bot. Lihat "{ report-heading-next }".
report-result-unconfirmed =
    HASIL: BELUM DIPASTIKAN AMAN. { -okx } menerima kunci ini, tetapi uji tidak dapat melihat
    apakah kunci dapat melakukan penarikan. Uji lagi sebelum Anda memberikannya ke bot.
report-result-not-verified =
    HASIL: TIDAK TERVERIFIKASI. Kunci tidak lulus uji: { $reasons }. Setiap masalah dan
    perbaikannya tercantum di bawah.
report-result-practice =
    { $result } UJI LATIHAN: uji ini berbicara dengan simulator aplikasi di komputer ini, bukan
    dengan { -okx }, jadi tidak mengatakan apa pun tentang kunci sungguhan.
report-reasons-unknown-not-ready = lihat di bawah
report-reasons-unknown-not-verified = uji tidak selesai

## Apa yang dapat dilakukan kunci

report-abilities-read-trade = dapat membaca dan melakukan trading
report-abilities-read-only = dapat membaca tetapi tidak dapat melakukan trading
report-abilities-trade-only = dapat melakukan trading tetapi tidak dapat membaca
report-abilities-neither = tidak dapat membaca maupun melakukan trading
report-abilities-unknown = izin tidak diketahui

## Alasan singkat

report-reason-wrong-passphrase = frasa sandi salah
report-reason-wrong-secret = kunci rahasia salah
report-reason-unknown-key = { -okx } tidak mengenal kunci API ini
report-reason-wrong-site = kunci milik situs { -okx } lain
report-reason-demo-mismatch = trading sungguhan dan demo tertukar
report-reason-clock-skew = jam komputer ini meleset
report-reason-ip-not-allowed = alamat IP komputer ini tidak diizinkan untuk kunci
report-reason-region-restricted = { -okx } tidak tersedia di wilayah ini
report-reason-key-frozen = kunci dibekukan
report-reason-missing-read = kunci tidak punya izin Baca
report-reason-missing-trade = kunci tidak punya izin Trading
report-reason-withdraw-enabled = kunci dapat melakukan penarikan
report-reason-no-ip-binding = kunci tidak terikat ke alamat IP
report-reason-rate-limited = { -okx } meminta kami memperlambat
report-reason-okx-unavailable = { -okx } tidak tersedia
report-reason-network-error = tidak dapat menjangkau { -okx }
report-reason-timeout = { -okx } tidak merespons tepat waktu
report-reason-unexpected-response = { -okx } memberi jawaban yang tidak dipahami aplikasi
report-reason-malformed-input = nilai yang ditempel tidak dalam bentuk yang benar
report-reason-invalid-setting = pengaturan aplikasi ditolak
report-reason-keychain-unavailable = tidak ada keychain yang tersedia
report-reason-keychain-locked = keychain terkunci
report-reason-keychain-denied = keychain menolak akses
report-reason-keychain-mismatch = keychain mengembalikan sesuatu yang lain
report-reason-not-found = tidak ada kunci tersimpan dengan label itu
report-reason-already-exists = kunci dengan label itu sudah tersimpan
report-reason-not-allowed = tidak diizinkan
report-reason-storage = tidak dapat membaca atau menulis file aplikasi
report-reason-browser-unavailable = browser web tidak dapat dibuka
report-reason-internal = kesalahan di aplikasi

report-reasons-two = { $first }; { $second }
report-reasons-more = { $first }; { $second } (dan { $more } lainnya)

## Ringkasan satu baris

report-summary-verified = Terverifikasi: aman, { $abilities }, tanpa penarikan
report-summary-verified-but = Terverifikasi: aman, { $abilities }, tanpa penarikan; tetapi { $reasons }
report-summary-unsafe = Tidak aman: kunci ini dapat melakukan penarikan
report-summary-unconfirmed = Belum dipastikan aman: izin Penarikan tidak dapat diperiksa
report-summary-not-verified = Tidak terverifikasi: { $reasons }
report-summary-not-finished = Tidak terverifikasi: uji tidak selesai
report-summary-practice = { $summary } (uji latihan dengan simulator, bukan { -okx })

## Judul bagian

report-heading-when = Waktu
report-heading-key = Kunci
report-heading-found = Temuan uji
report-heading-checks = Pemeriksaan
report-heading-problems = Masalah dan peringatan
report-heading-ready = Siap untuk bot Anda
report-heading-saved = Penyimpanan
report-heading-rules = Aturan emas
report-heading-confirmed = Yang Anda konfirmasi
report-heading-next = Langkah selanjutnya
report-heading-risk = Risiko

## Label kolom (pendek)

report-field-tested = Diuji
report-field-made = Laporan dibuat
report-field-app = Aplikasi
report-field-site = Situs
report-field-host = Host API
report-field-mode = Mode
report-field-label = Label
report-field-api-key = Kunci API
report-field-account = Akun
report-field-read = Baca
report-field-trade = Trading
report-field-withdraw = Penarikan
report-field-permissions = Izin
report-field-ip = Ikatan IP
report-field-balance = Saldo
report-field-clock = Jam
report-field-pasted = Nilai tempelan
report-field-saved-in = Disimpan di
report-field-service = Layanan
report-field-user = Pengguna
report-field-saved-at = Waktu simpan

## Waktu

report-time-utc = { $time } UTC
report-time-local = { $time } waktu setempat (UTC{ $offset })
report-time-unknown = tidak diketahui
report-time-as-recorded = { $time } (sesuai catatan)
report-app-version = { -app-name } { $version }

## Kunci

report-site-detected = { $site } (ditemukan oleh uji: kunci ini milik situs ini)
report-mode-demo = Trading demo (uang latihan, bukan dana sungguhan)
report-mode-live = Sungguhan (dana sungguhan)
report-label-none = (tidak ada)
report-api-key-shortened = { $key } (hanya 4 karakter pertama dan 4 terakhir)
report-api-key-not-shown = (tidak ditampilkan)
report-account-main = akun utama
report-account-sub = sub akun
report-account-with-mode = { $account }, mode: { $mode }

## Temuan uji

report-perm-yes = ya
report-read-missing = TIDAK - bot memerlukannya untuk melihat akun Anda
report-trade-missing = TIDAK - bot memerlukannya untuk memasang order
report-withdraw-on = AKTIF - BAHAYA
report-withdraw-danger = !! BAHAYA: kunci ini dapat memindahkan dana Anda keluar dari { -okx }. Jangan pakai dengan bot.
report-withdraw-off = mati (aman): tidak ada dana yang dapat keluar dari { -okx } melalui kunci ini
report-not-known = tidak diketahui
report-not-checked = tidak diperiksa (uji berhenti sebelum ini)
report-ip-bound = terikat ke { $addresses }
report-ip-none-demo = tidak ada (tidak masalah untuk kunci demo: { -okx } tidak menghapus kunci demo yang tidak aktif)
report-ip-none-live = tidak ada. Peringatan: { -report-idle-deletion }
-report-idle-deletion =
    { -okx } menghapus kunci yang dapat melakukan trading dan tidak terikat ke alamat IP setelah
    14 hari tidak dipakai.
report-balance =
    { $count ->
        [0] dapat dibaca: total ekuitas { $total } USD; tidak ada mata uang yang bersaldo
       *[other] dapat dibaca: total ekuitas { $total } USD, dalam { $count } mata uang: { $currencies }
    }
report-balance-not-read = tidak terbaca (lihat masalah di bawah)
report-clock = komputer ini { $skew } ({ $verdict })
report-clock-fine = baik
report-clock-warning = peringatan: lihat di bawah
report-clock-too-far = terlalu jauh: { -okx } menolak ini
report-clock-not-measured = tidak diukur
report-list-more = { $list } dan { $more } lainnya
report-list-separator = {", "}

## Yang dibersihkan dari nilai tempelan


## Pemeriksaan (tanda dalam kurung tetap pendek)

report-mark-pass = ok
report-mark-warning = awas
report-mark-fail = GAGAL
report-mark-skipped = lewat
report-check-line = { $title }: { $detail }

## Masalah dan peringatan

report-problems-none = Tidak ada.
report-tag-danger = BAHAYA
report-tag-problem = Masalah
report-tag-warning = Peringatan
report-tag-info = Catatan
report-problem = { $tag }: { $message }
report-problem-with-code = { $tag }: { $message } (kode { -okx } { $code })
report-what-to-do = Yang harus dilakukan:

## Masalah yang ditambahkan laporan sendiri

report-problem-withdraw = Kunci ini punya izin Penarikan: siapa pun yang memegangnya dapat memindahkan dana Anda keluar dari { -okx }.
    .fix = Jangan berikan ke bot. Hapus di { $page } (atau edit dan matikan Penarikan), lalu uji lagi.
report-problem-no-read = Kunci tidak dapat membaca akun Anda, jadi bot tidak dapat melihat saldo atau order Anda.
    .fix = Edit kunci di { $page }, aktifkan Baca, lalu uji lagi.
report-problem-no-trade = Kunci tidak dapat melakukan trading, jadi bot tidak dapat memasang order.
    .fix = Edit kunci di { $page }, aktifkan Trading, lalu uji lagi.
report-problem-no-ip = Kunci tidak terikat ke alamat IP. { -report-idle-deletion }
    .fix =
        Jika bot Anda berjalan di server dengan alamat IP tetap, tambahkan alamat itu ke kunci di
        { $page }. Jika tidak, pastikan bot memakai kunci setidaknya sekali setiap 14 hari.
report-problem-clock-warning =
    Jam komputer ini { $skew }. { -okx } menolak permintaan yang meleset lebih dari 30 detik,
    jadi ini bisa mulai gagal.
    .fix = { -report-clock-fix }
report-problem-clock-refused =
    Jam komputer ini { $skew }. { -okx } menolak permintaan yang waktunya meleset lebih dari
    30 detik.
    .fix = { -report-clock-fix }
-report-clock-fix =
    Aktifkan tanggal dan waktu otomatis (dan zona waktu yang benar) di pengaturan sistem Anda,
    lalu uji lagi.

## Penyimpanan

report-saved-user = { $user } (label kunci)
report-saved-replaced = Kunci ini menggantikan kunci yang sebelumnya disimpan dengan label yang sama.
report-saved-python = Bot yang ditulis dengan Python dapat membacanya dengan { $code }.
report-not-saved = Tidak disimpan di keychain sistem.
report-not-saved-unsafe = Tidak disimpan: aplikasi hanya menyimpan kunci terverifikasi yang tidak dapat melakukan penarikan.

## Aturan emas (juga ditampilkan di jendela sebelum Langkah 1)

report-rule-withdraw = Jangan pernah mengaktifkan penarikan.
    .why =
        Bot hanya perlu membaca dan melakukan trading. Dengan penarikan mati, tidak ada uang
        yang dapat keluar dari akun { -okx } Anda melalui kunci ini, apa pun yang terjadi padanya.
report-rule-share = Jangan pernah membagikan ketiga kredensial.
    .why =
        Kunci API, kunci rahasia, dan frasa sandi hanya masuk ke bot dan pengelola kata sandi
        Anda, tidak ke tempat lain. Staf { -okx } tidak akan pernah memintanya.
report-rule-one-bot = Satu kunci untuk satu bot.
    .why = Jika satu bot dihentikan atau dibobol, Anda menghapus kuncinya dan bot lain tetap berjalan.
report-rule-passphrase = Simpan frasa sandi di pengelola kata sandi.
    .why =
        { -okx } tidak dapat menampilkannya lagi atau mengatur ulangnya. Jika hilang, kunci harus
        dihapus dan dibuat ulang.

## Yang dikonfirmasi pengguna di jendela

report-confirm-legend = { $yes } dikonfirmasi   { $no } tidak dikonfirmasi   { $unasked } tidak ditanyakan
report-confirm-not-confirmed = { $item } (tidak dikonfirmasi)
report-confirm-not-asked = { $item } (tidak ditanyakan)
report-confirm-nothing-asked =
    Tidak ada yang ditanyakan (laporan ini tidak dibuat di jendela). Periksa sendiri hal-hal ini:
report-confirm-rules = Anda sudah membaca aturan ini dan akan mengikutinya.
report-confirm-withdraw =
    { $test ->
        [on] Penarikan (dan Transfer) dibiarkan mati saat membuat kunci. Uji menemukan Penarikan AKTIF.
        [off] Penarikan (dan Transfer) dibiarkan mati saat membuat kunci. Uji memastikan Penarikan mati.
       *[unknown] Penarikan (dan Transfer) dibiarkan mati saat membuat kunci.
    }
report-confirm-password-manager = Kunci API, kunci rahasia, dan frasa sandi tersimpan di pengelola kata sandi Anda.
report-confirm-one-bot = Kunci ini dipakai oleh satu bot saja.
report-confirm-after = Setelah menghubungkan bot:
report-confirm-balance = Dasbor bot menampilkan saldo { -okx } Anda.
report-confirm-connected = Bot menampilkan "Connected" atau "Active".
report-confirm-no-errors = Tidak ada pesan kesalahan di dasbor bot.
report-confirm-last-used = Halaman API { -okx } menampilkan waktu "Terakhir digunakan" yang baru untuk kunci ini.
report-confirm-no-suspicious = Halaman API { -okx } tidak menampilkan akses yang tak terduga atau mencurigakan.

## Langkah selanjutnya

report-next-fix-then-test = Perbaiki masalah yang tercantum di atas, lalu uji kunci lagi.
report-next-paste-saved =
    Berikan ketiga nilai ke bot Anda: kunci API, kunci rahasia, frasa sandi. Ketiganya ada di
    pengelola kata sandi Anda, dan di keychain sistem (layanan "{ $service }", pengguna
    "{ $user }"). Tempel nilainya; jangan mengetiknya.
report-next-paste =
    Berikan ketiga nilai ke bot Anda: kunci API, kunci rahasia, frasa sandi. Salin dari
    pengelola kata sandi Anda dan tempel; jangan mengetiknya.
report-next-last-used =
    Setelah bot berjalan, buka { $page } dan periksa bahwa "Terakhir digunakan" menunjukkan
    waktu yang baru untuk kunci ini.
report-next-idle =
    Pastikan bot memakai kunci setidaknya sekali setiap 14 hari, atau ikat kunci ke alamat IP
    bot Anda di { $page }: { -okx } menghapus kunci tanpa ikatan yang tidak dipakai.
report-next-leaked =
    Jika Anda menghentikan bot atau menduga ada nilai yang bocor, hapus kunci di { $page }. Dana
    Anda tetap di tempatnya.
report-next-unsafe-keep = Jangan berikan kunci ini ke bot, dan jangan tempel di mana pun.
report-next-unsafe-delete =
    Buka { $page } dan hapus kunci ini. (Anda bisa juga mengeditnya dan mematikan Penarikan,
    tetapi kunci baru adalah pilihan paling aman.)
report-next-unsafe-remove = Hapus salinan yang tersimpan: { $command } (atau Hapus di aplikasi).
report-next-unsafe-new = Buat kunci baru dengan hanya Baca dan Trading yang diaktifkan, lalu uji di sini.
report-next-unconfirmed-test = Uji kunci lagi: aplikasi harus melihat bahwa Penarikan mati.
report-next-unconfirmed-check = Anda juga dapat memeriksa di { $page } bahwa Penarikan mati untuk kunci ini.
report-next-fix-each = Perbaiki masalah yang tercantum di atas; masing-masing menjelaskan apa yang harus dilakukan.
report-next-test-again = Uji kunci lagi.
report-next-lost =
    Jika Anda kehilangan kunci rahasia atau frasa sandi, hapus kunci di { $page } dan buat yang
    baru: { -okx } tidak dapat menampilkan keduanya lagi.

## Risiko, dan baris penutup tentang rahasia

report-disclaimer =
    Trading mata uang kripto mengandung risiko nyata kehilangan uang, mungkin seluruhnya, dan bot
    dapat merugi sama seperti dapat meraih untung. Hasil bot mana pun di masa lalu tidak menjanjikan
    apa pun tentang masa depan. Biarkan Penarikan mati di setiap kunci yang dipakai bot, dan
    tradinglah hanya dengan uang yang sanggup Anda relakan hilang. Laporan ini menjelaskan cara
    kunci diatur; ini bukan nasihat keuangan.
report-no-secrets =
    Laporan ini tidak memuat kunci rahasia, tidak memuat frasa sandi, dan hanya memuat 4 karakter
    pertama dan 4 terakhir dari kunci API, jadi aman dibagikan, misalnya ke layanan bantuan.
