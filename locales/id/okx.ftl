# Berbicara dengan OKX: situs-situsnya, arti kode kesalahannya dan apa yang harus dilakukan, serta
# kegagalan koneksi itu sendiri.

# Tempat pengguna mengelola kunci API di situs web OKX; disisipkan ke beberapa perbaikan.
-okx-key-page = halaman manajemen API { -okx } (Profil > API)

## Situs-situs OKX

okx-site-name-global = { $site } (global)
okx-site-name-eea = { $site } (EEA)
okx-site-name-us = { $site } (AS dan Australia)
okx-site-name-tr = { $site } (OKX TR, Türkiye)
okx-site-region-global = Sebagian besar negara
okx-site-region-eea = Wilayah Ekonomi Eropa (EEA)
okx-site-region-us = Amerika Serikat dan Australia
okx-site-region-tr = Türkiye (OKX TR)
okx-site-id-list = { $ids } atau { $last }
problem-malformed-input-site = "{ $value }" bukan situs { -okx }.
    .fix = Gunakan global (Anda masuk di okx.com), eea (my.okx.com), us (app.okx.com) atau tr (tr.okx.com).

## Pengaturan yang mengarahkan situs ke simulator latihan di komputer ini (OKX_BASE_URL_…)

problem-invalid-setting-override = { $var } diatur ke nilai yang ditolak aplikasi: { $why }.
    .fix = Hapus pengaturan { $var } untuk memakai { -okx } yang sebenarnya, atau atur ke alamat loopback seperti http://127.0.0.1:8085 (simulator latihan).
# $var: the setting, e.g. OKX_BASE_URL_GLOBAL; $url: where it points
problem-real-key-to-override = { $var } diatur, jadi permintaan ini akan pergi ke { $url } di komputer ini, padahal kunci ini disimpan dari { -okx } sendiri. Aplikasi tidak pernah mengirim kunci asli ke server latihan.
    .fix = Hapus { $var } (di terminal: unset { $var }) lalu coba lagi. Atur hanya saat Anda berlatih dengan simulator.
# $var: the setting; $host: the real API host, e.g. www.okx.com
problem-practice-key-to-okx = Kunci ini disimpan dari simulator latihan, bukan dari { -okx }: { -okx } tidak mengenalnya, jadi aplikasi tidak mengirimnya ke { $host }.
    .fix = Untuk berlatih dengannya, jalankan simulator ({ -cmd-simulate }) dan atur { $var } ke alamat yang ditampilkannya. Untuk bot, simpan kunci asli dari { -okx }.
okx-override-not-http = hanya http://127.0.0.1:PORT atau http://localhost:PORT yang diizinkan
okx-override-no-port = alamat memerlukan port, seperti http://127.0.0.1:8085
okx-override-not-loopback = ini bukan alamat loopback (127.0.0.1 atau localhost)
okx-override-bad-port = port harus berupa angka dari 1 sampai 65535

## Kode kesalahan OKX, artinya, dan apa yang harus dilakukan

problem-wrong-passphrase = { -okx } tidak menerima frasa sandi.
    .fix = Masukkan frasa sandi yang Anda pilih saat membuat kunci API ini di { -okx }. Itu bukan kata sandi login { -okx } atau kata sandi dana Anda, dan huruf besar berpengaruh. Salin dari tempat Anda menyimpannya. Jika hilang, { -okx } tidak dapat memulihkannya: hapus kunci ini di { -okx } dan buat yang baru.
problem-wrong-secret = { -okx } tidak menerima tanda tangan permintaan, artinya kunci rahasia bukan milik kunci API ini.
    .fix = Salin lagi kunci rahasia dari tempat Anda menyimpannya saat membuat kunci ({ -okx } hanya menampilkannya sekali), tanpa ada yang terpotong di kedua ujungnya. Jika sudah tidak ada, hapus kunci ini di { -okx } dan buat yang baru.
problem-unknown-key = { -okx } tidak mengenali kunci API ini.
    .fix = Salin lagi kunci API dari { -okx-key-page }, secara lengkap. Jika kunci tidak tercantum di sana, kunci sudah dihapus: buat yang baru.
problem-unknown-key-site = { -okx } menyatakan kunci API ini tidak ada di { $site }.
    .fix = Periksa bahwa Anda memilih situs tempat Anda masuk ke { -okx } (okx.com, my.okx.com, app.okx.com atau tr.okx.com): kunci hanya berfungsi di situsnya sendiri. Lalu salin lagi kunci API dari { -okx-key-page }. Jika kunci sudah tidak tercantum, kunci sudah dihapus (kunci yang dapat melakukan trading dan tidak terikat ke alamat IP dihapus setelah 14 hari tidak dipakai): buat yang baru.
problem-demo-mismatch-not-demo = { -okx } menyatakan kunci ini bukan kunci Trading Demo, tetapi diuji sebagai kunci demo.
    .fix = { $surface ->
        [cli] Uji lagi tanpa --demo. Kunci untuk Trading Demo dibuat di { -okx } saat mode Trading Demo diaktifkan.
       *[window] Matikan "Trading Demo" dan uji lagi. Kunci untuk Trading Demo dibuat di { -okx } saat mode Trading Demo diaktifkan.
    }
problem-demo-mismatch-not-live = { -okx } menyatakan kunci ini bukan kunci trading sungguhan: tampaknya kunci Trading Demo.
    .fix = { $surface ->
        [cli] Jika Anda membuat kunci dalam mode Trading Demo { -okx }, uji lagi dengan --demo. Untuk trading sungguhan, buat kunci dengan Trading Demo dimatikan.
       *[window] Jika Anda membuat kunci dalam mode Trading Demo { -okx }, aktifkan "Trading Demo" di sini dan uji lagi. Untuk trading sungguhan, buat kunci dengan Trading Demo dimatikan.
    }
problem-clock-skew-rejected = { -okx } menolak waktu permintaan: jam komputer ini meleset lebih dari 30 detik.
    .fix = Aktifkan "Atur waktu secara otomatis" (dan zona waktu yang benar) di pengaturan tanggal dan waktu sistem Anda, lalu uji lagi.
problem-ip-not-allowed-ip = Kunci ini hanya berfungsi dari alamat IP tertentu, dan alamat komputer ini ({ $ip }) tidak termasuk.
    .fix = Di { -okx-key-page }, edit kunci dan tambahkan { $ip } ke alamat IP kunci, lalu uji lagi. Jika Anda sengaja mengikat kunci ke server bot Anda, komputer ini memang bukan server itu: uji dari server, atau tambahkan alamat ini untuk uji lalu hapus setelahnya.
problem-ip-not-allowed = Kunci ini hanya berfungsi dari alamat IP tertentu, dan alamat komputer ini tidak termasuk.
    .fix = Di { -okx-key-page }, edit kunci dan tambahkan alamat komputer ini ke alamat IP kunci, lalu uji lagi. Jika Anda sengaja mengikat kunci ke server bot Anda, komputer ini memang bukan server itu: uji dari server, atau tambahkan alamat ini untuk uji lalu hapus setelahnya.
problem-region-restricted-ip = { -okx } tidak menyediakan layanan ini untuk lokasi Anda saat ini (alamat IP { $ip }).
    .fix = { problem-region-restricted.fix }
problem-region-restricted = { -okx } tidak menyediakan layanan ini di negara atau wilayah Anda.
    .fix = Periksa bahwa Anda memilih situs tempat Anda mendaftar (okx.com, my.okx.com, app.okx.com atau tr.okx.com), dan daftar negara serta wilayah yang didukung { -okx }. Jika Anda sedang bepergian, uji lagi dari rumah.
problem-key-frozen = { -okx } telah membekukan kunci API ini.
    .fix = Hubungi layanan pelanggan { -okx } untuk mengetahui alasannya, atau hapus kunci ini di { -okx-key-page } dan buat yang baru.
problem-key-frozen-account = { -okx } menyatakan akun ini diblokir.
    .fix = Hubungi layanan pelanggan { -okx }. Kunci tidak dapat dipakai sampai mereka membuka blokir akun.
problem-missing-read-permission-code = Kunci ini tidak diizinkan membaca akun Anda.
    .fix = Di { -okx-key-page }, edit kunci dan aktifkan "Baca" (dan "Trading" untuk bot trading), simpan, lalu uji lagi.
problem-malformed-input-okx-empty-key = { -okx } menerima kunci API yang kosong.
    .fix = { $surface ->
        [cli] Atur OKX_API_KEY ke kunci API dan uji lagi.
       *[window] Tempel kunci API ke kolomnya dan uji lagi.
    }
problem-malformed-input-okx-empty-passphrase = { -okx } menerima frasa sandi yang kosong.
    .fix = { $surface ->
        [cli] Atur OKX_PASSPHRASE ke frasa sandi dan uji lagi.
       *[window] Tempel frasa sandi ke kolomnya dan uji lagi.
    }
problem-malformed-input-okx-empty-part = { -okx } menyatakan sebagian dari permintaan bertanda tangan kosong.
    .fix = { $surface ->
        [cli] Periksa bahwa OKX_API_KEY, OKX_SECRET_KEY dan OKX_PASSPHRASE semuanya diatur, lalu uji lagi. Jika terus terjadi, laporkan: ini bug di { -app-name }.
       *[window] Periksa bahwa ketiga kolom sudah diisi, lalu uji lagi. Jika terus terjadi, laporkan: ini bug di { -app-name }.
    }
problem-unexpected-response-format = { -okx } menolak format permintaan. Ini tidak disebabkan oleh kunci Anda.
    .fix = Uji lagi. Jika terus terjadi, laporkan: ini bug di { -app-name }.
problem-unexpected-response-unauthorised = { -okx } menolak mengotorisasi kunci ini tanpa menyebutkan alasannya.
    .fix = Periksa ketiga nilai dan uji lagi. Jika terus terjadi, hapus kunci ini di { -okx-key-page } dan buat yang baru.
problem-rate-limited = { -okx } saat ini menerima terlalu banyak permintaan dari kunci ini atau dari jaringan ini.
    .fix = Tunggu satu menit dan uji lagi. Jika bot sudah berjalan dengan kunci ini, itu tidak masalah: batasnya pulih dalam hitungan detik.
problem-okx-unavailable = Layanan { -okx } di { $host } sementara tidak tersedia (pemeliharaan atau kelebihan beban).
    .fix = Tunggu beberapa menit dan uji lagi. { -okx } mengumumkan pemeliharaan di halaman statusnya dan kanal media sosialnya.
problem-timeout-okx = { -okx } terlalu lama merespons kali ini.
    .fix = Tunggu sebentar dan uji lagi. Uji ini hanya membaca, jadi mencoba lagi itu aman.

## Kode yang tidak dikenal aplikasi ini

problem-unexpected-response-unknown-code = { -okx } merespons dengan kode kesalahan { $code }, yang tidak dikenal aplikasi ini.
    .fix = Uji lagi sebentar lagi. Jika terus terjadi, cari kode { $code } di dokumentasi API { -okx } atau tanyakan ke dukungan { -okx }.
problem-unexpected-response-unknown-code-said = { -okx } merespons dengan kode kesalahan { $code }, yang tidak dikenal aplikasi ini: "{ $said }".
    .fix = { problem-unexpected-response-unknown-code.fix }
problem-unexpected-response-unknown-error = { -okx } merespons dengan kesalahan yang tidak dikenal aplikasi ini.
    .fix = Uji lagi sebentar lagi. Jika terus terjadi, tanyakan ke dukungan { -okx }.
problem-unexpected-response-unknown-error-said = { -okx } merespons dengan kesalahan yang tidak dikenal aplikasi ini: "{ $said }".
    .fix = { problem-unexpected-response-unknown-error.fix }

## Jawaban yang bukan dari OKX

problem-unexpected-response-redirect = { $host } mencoba mengirim permintaan ke tempat lain (HTTP { $status }).
    .fix = Periksa bahwa Anda memilih situs yang benar. Jika jaringan Anda meminta masuk lewat halaman web (Wi-Fi hotel atau kantor), masuk dulu, lalu uji lagi.
problem-unexpected-response-not-okx = { $kind ->
        [html] { $host } merespons dengan halaman web, bukan data { -okx } (HTTP { $status }).
        [empty] { $host } merespons dengan balasan kosong (HTTP { $status }).
        [json] { $host } merespons dengan data dalam bentuk yang tidak dipakai { -okx } (HTTP { $status }).
       *[garbled] { $host } merespons dengan balasan yang tidak lengkap atau rusak (HTTP { $status }).
    }
    .fix = Uji lagi sebentar lagi. Jika terus terjadi, proxy, firewall, atau halaman masuk Wi-Fi mungkin menghalangi: coba jaringan lain, dan periksa bahwa Anda memilih situs yang benar.
problem-unexpected-response-missing = { $what ->
        [time] { $host } menjawab ya tetapi tidak menyertakan waktu server.
        [config] { $host } menjawab ya tetapi tidak menyertakan pengaturan kunci.
        [instruments] { $host } menjawab ya tetapi tidak menyertakan daftar instrumen.
        [funding] { $host } menjawab ya tetapi tidak menyertakan saldo akun pendanaan.
       *[balance] { $host } menjawab ya tetapi tidak menyertakan saldo.
    }
    .fix = Uji lagi sebentar lagi. Jika terus terjadi, periksa bahwa Anda memilih situs yang benar.
problem-unexpected-response-too-big = { $host } mengirim jawaban yang jauh lebih besar daripada yang pernah dikirim { -okx }, jadi tidak dibaca.
    .fix = Periksa bahwa Anda memilih situs yang benar, dan tidak ada proxy atau halaman masuk Wi-Fi yang menghalangi, lalu uji lagi.

## Permintaan tidak dapat disiapkan atau dikirim

problem-malformed-input-header = { $part ->
        [api-key] Kunci API memuat karakter yang tidak dapat dikirim ke { -okx } (seperti pindah baris).
        [passphrase] Frasa sandi memuat karakter yang tidak dapat dikirim ke { -okx } (seperti pindah baris).
        [signature] Tanda tangan memuat karakter yang tidak dapat dikirim ke { -okx } (seperti pindah baris).
       *[time] Waktu memuat karakter yang tidak dapat dikirim ke { -okx } (seperti pindah baris).
    }
    .fix = { $surface ->
        [cli] { $part ->
            [api-key] Atur OKX_API_KEY lagi, persis seperti yang ditampilkan { -okx }, lalu uji lagi.
            [passphrase] Atur OKX_PASSPHRASE lagi, persis seperti yang ditampilkan { -okx }, lalu uji lagi.
           *[other] Uji lagi. Jika terus terjadi, laporkan: ini bug di { -app-name }.
        }
       *[window] { $part ->
            [api-key] Tempel kunci API lagi, persis seperti yang ditampilkan { -okx }, lalu uji lagi.
            [passphrase] Tempel frasa sandi lagi, persis seperti yang ditampilkan { -okx }, lalu uji lagi.
           *[other] Uji lagi. Jika terus terjadi, laporkan: ini bug di { -app-name }.
        }
    }
problem-network-error-tls-setup = Komputer ini tidak dapat menyiapkan koneksi aman (TLS).
    .fix = Mulai ulang aplikasi dan uji lagi. Jika terus terjadi, laporkan beserta log aplikasi.
problem-internal-signing-key = Kunci penanda tangan tidak dapat disiapkan.

## Koneksi gagal

problem-network-error-dns = Tidak dapat menemukan { $host }: nama itu tidak mengarah ke alamat mana pun.
    .fix = Periksa bahwa komputer ini terhubung ke internet. Jika sudah, jaringan Anda mungkin memblokir { -okx }: coba jaringan lain (misalnya hotspot ponsel Anda).
problem-network-error-refused = { $host } menolak koneksi.
    .fix = Periksa koneksi internet Anda serta pengaturan firewall, VPN, atau proxy, lalu uji lagi. Jika Anda berlatih dengan simulator, pastikan simulator masih berjalan.
problem-network-error-reset = Koneksi ke { $host } terputus sebelum { -okx } merespons.
    .fix = Uji lagi. Jika terus terjadi, firewall, VPN, antivirus, atau jaringan Anda mungkin mengganggu koneksi ke { -okx }: coba jaringan lain.
problem-network-error-tls = Tidak dapat membuat koneksi aman (TLS) ke { $host }.
    .fix = Periksa bahwa tanggal dan waktu komputer ini benar. Fitur "web shield" antivirus, jaringan kantor, dan halaman masuk Wi-Fi publik dapat merusak koneksi aman: coba jaringan lain.
problem-timeout-request = { $host } tidak merespons dalam { $seconds ->
       *[other] { $seconds } detik
    }.
    .fix = Periksa koneksi internet Anda dan uji lagi. Jika { -okx } sedang sibuk, tunggu beberapa menit.
problem-unexpected-response-cut = Jawaban dari { $host } terpotong di tengah jalan.
    .fix = Uji lagi. Jika terus terjadi, jaringan Anda atau proxy mungkin mengganggu koneksi: coba jaringan lain.
problem-network-error-connect = Tidak dapat terhubung ke { $host }.
    .fix = Periksa koneksi internet Anda serta pengaturan firewall, VPN, atau proxy, lalu uji lagi.
problem-network-error-other = Permintaan ke { $host } tidak dapat diselesaikan.
    .fix = Uji lagi. Jika terus terjadi, laporkan beserta log aplikasi.
