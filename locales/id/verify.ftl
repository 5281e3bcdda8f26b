# Uji koneksi: daftar periksanya, apa yang ditemukan setiap pemeriksaan, dan masalah yang
# dilaporkannya.

## Judul daftar periksa, satu per pemeriksaan

check-reach = { -okx } merespons
check-clock = Jam sesuai dengan { -okx }
check-auth = Kunci API, kunci rahasia, dan frasa sandi diterima
check-read = Dapat membaca akun
check-trade = Dapat melakukan trading
check-withdraw = Tidak dapat melakukan penarikan
check-ip-binding = Terikat ke alamat IP
check-balance = Saldo dapat dibaca

## Temuan pemeriksaan yang lulus

verify-reach-pass = { -okx } merespons di { $host }.
verify-auth-pass = { -okx } menerima kunci di { $site }.
verify-auth-pass-found = { -okx } menerima kunci di { $site } (ditemukan secara otomatis).
verify-clock-pass = Jam komputer ini { $skew }.
verify-read-pass = Kunci punya izin Baca.
verify-trade-pass = Kunci punya izin Trading.
verify-withdraw-pass = Kunci tidak dapat menarik dana.
verify-ip-pass = Kunci hanya berfungsi dari { $ips }.
verify-ip-pass-read-only = Tidak terikat ke alamat IP; kunci hanya-baca tidak memerlukannya.
verify-ip-pass-demo = Tidak terikat ke alamat IP; kunci Trading Demo tidak pernah dihapus karena tidak aktif.
verify-balance-pass = Total ekuitas { $equity } USD dalam { $currencies }. Bandingkan dengan akun trading { -okx } Anda.
verify-balance-pass-empty = Total ekuitas { $equity } USD; akun trading tidak berisi koin. Bandingkan dengan akun trading { -okx } Anda.
verify-skipped = Tidak diperiksa, karena pemeriksaan sebelumnya gagal.

## Selisih jam komputer ini dengan jam OKX (“Jam komputer ini …”)

verify-skew-within = hanya selisih kurang dari 0,1 detik dari jam { -okx }
verify-skew-behind = { $seconds ->
       *[other] { $seconds } detik
    } lebih lambat dari jam { -okx }
verify-skew-ahead = { $seconds ->
       *[other] { $seconds } detik
    } lebih cepat dari jam { -okx }

## Mode akun, dari OKX (ditampilkan di laporan)

verify-account-mode-spot = Spot
verify-account-mode-futures = Futures
verify-account-mode-multi-currency = Margin multi-mata uang
verify-account-mode-portfolio = Margin portofolio

## Masalah yang ditemukan oleh uji koneksi itu sendiri

problem-clock-skew-warn = Jam komputer ini { $skew }. { -okx } menolak permintaan yang meleset lebih dari 30 detik.
    .fix = { problem-clock-skew-over.fix }
problem-clock-skew-over = Jam komputer ini { $skew }. { -okx } menolak permintaan yang meleset lebih dari 30 detik; uji ini sudah mengoreksinya, tetapi bot di komputer ini akan ditolak.
    .fix = Aktifkan "Atur waktu secara otomatis" (dan zona waktu yang benar) di pengaturan tanggal dan waktu sistem Anda. Lakukan hal yang sama di komputer atau server yang menjalankan bot Anda.
problem-missing-read-permission = Kunci ini tidak diizinkan membaca akun Anda, jadi bot tidak dapat melihat saldo atau order.
    .fix = Di halaman manajemen API { -okx }, edit kunci dan aktifkan "Baca" (dan "Trading" untuk bot trading), simpan, lalu uji lagi.
problem-missing-trade-permission = Kunci ini hanya-baca: bot yang memakainya dapat melihat akun Anda tetapi tidak dapat melakukan trading.
    .fix = Di halaman manajemen API { -okx }, edit kunci dan aktifkan "Trading" (biarkan "Penarikan" mati), simpan, lalu uji lagi.
problem-withdraw-enabled = Kunci ini dapat menarik dana. Siapa pun yang mendapatkannya dapat memindahkan uang Anda keluar dari { -okx }.
    .fix = Hapus kunci ini di { -okx } sekarang dan buat yang baru dengan hanya Baca dan Trading. Bot trading tidak pernah memerlukan Penarikan.
problem-no-ip-binding = Kunci ini dapat melakukan trading dan tidak terikat ke alamat IP, jadi { -okx } menghapusnya setelah 14 hari tidak dipakai.
    .fix = Jika bot Anda berjalan di server dengan alamat IP tetap, edit kunci di { -okx } dan tambahkan alamat itu. Jika tidak, biarkan bot tetap berjalan: kunci yang dipakai tidak dihapus.
problem-wrong-site = Kunci ini milik { $actual }, bukan { $chosen }. Kunci hanya berfungsi di situs tempat kunci itu dibuat.
    .fix = { $surface ->
        [cli] Uji lagi dengan --site { $id }, dan pilih { $actual } di bot Anda juga.
       *[window] Pilih { $actual } sebagai situs Anda, di sini dan di bot Anda, lalu uji lagi.
    }
problem-unknown-key-nowhere = { -okx } menyatakan kunci API ini tidak ada di { $site }, dan juga tidak ada di situs { -okx } lainnya.
problem-timeout-whole-test = Uji koneksi tidak selesai dalam { $seconds ->
       *[other] { $seconds } detik
    }.
    .fix = Periksa koneksi internet Anda dan uji lagi. Jika { -okx } sedang sibuk, tunggu beberapa menit.
problem-demo-mismatch-live-key = Ini kunci trading sungguhan, bukan kunci Trading Demo.
    .fix = { $surface ->
        [cli] Uji lagi tanpa --demo, dan matikan "Demo Trading" di bot Anda. Untuk berlatih, buat kunci terpisah di { -okx } dengan Trading Demo diaktifkan.
       *[window] Matikan "Trading Demo" di sini dan di bot Anda, lalu uji lagi. Untuk berlatih, buat kunci terpisah di { -okx } dengan Trading Demo diaktifkan.
    }
problem-demo-mismatch-demo-key = Ini kunci Trading Demo: hanya berfungsi dengan Trading Demo diaktifkan.
    .fix = { $surface ->
        [cli] Untuk berlatih, uji lagi dengan --demo dan aktifkan "Demo Trading" di bot Anda. Untuk trading sungguhan, buat kunci baru di { -okx } dengan Trading Demo dimatikan.
       *[window] Untuk berlatih, aktifkan "Trading Demo" di sini dan di bot Anda, lalu uji lagi. Untuk trading sungguhan, buat kunci baru di { -okx } dengan Trading Demo dimatikan.
    }
problem-malformed-input-empty = { $fields ->
        [api-key] Kunci API kosong.
        [secret-key] Kunci rahasia kosong.
        [passphrase] Frasa sandi kosong.
        [api-key-secret-key] Kunci API dan kunci rahasia kosong.
        [api-key-passphrase] Kunci API dan frasa sandi kosong.
        [secret-key-passphrase] Kunci rahasia dan frasa sandi kosong.
       *[all] Kunci API, kunci rahasia, dan frasa sandi kosong.
    }
    .fix = { $surface ->
        [cli] Atur OKX_API_KEY, OKX_SECRET_KEY dan OKX_PASSPHRASE ke tiga nilai yang diberikan { -okx }, lalu uji lagi.
       *[window] Tempel ketiga nilai yang diberikan { -okx } (kunci API, kunci rahasia, frasa sandi), lalu uji lagi.
    }
