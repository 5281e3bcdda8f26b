# Kata-kata jendela untuk Langkah 5, 9 dan 10, halaman setelah Langkah 10, laporan konfirmasi,
# dan daftar kunci yang disimpan di keychain.

## Dipakai bersama oleh langkah-langkah ini

ui-secret-show = Tampilkan
ui-secret-hide = Sembunyikan

## Langkah 5: buat frasa sandi

ui-step5-rail = 5. Buat frasa sandi
ui-step5-title = Buat frasa sandi Anda
ui-step5-lead-1 = { -okx } sekarang meminta frasa sandi (Passphrase): kata sandi untuk kunci ini yang Anda buat sendiri. { -okx } tidak pernah menampilkannya lagi dan tidak dapat mengatur ulangnya.
ui-step5-lead-2 = Buat di sini, simpan di pengelola kata sandi Anda, lalu ketik ke kedua kolom frasa sandi di { -okx }.
ui-step5-passphrase = Frasa sandi
ui-step5-confirm = Ketik lagi untuk konfirmasi
ui-step5-start = Ketik frasa sandi, atau buatkan satu.
ui-step5-strength = Kekuatan: { $strength }
ui-step5-crack-times = Waktu untuk menebaknya: { $online } dengan mencoba lewat { -okx }, { $offline } dari salinan curian catatan { -okx }.
ui-step5-rules = Aturan frasa sandi { -okx }
ui-step5-rule-met = (terpenuhi)
ui-step5-rule-not-met = (belum terpenuhi)
ui-step5-generate = Buatkan untuk saya
ui-step5-copy = Salin
ui-step5-clear = Hapus
ui-step5-generated = Sudah dibuat. Simpan di pengelola kata sandi Anda, lalu ketik lagi di bawah untuk konfirmasi.
ui-step5-copied = Disalin. Papan klip dikosongkan dalam { $n ->
       *[other] { $n } detik
    }.
ui-step5-cleared = Dihapus.
ui-step5-stronger = Buat frasa sandi lebih kuat.
ui-step5-hint = Buat frasa sandi yang memenuhi semua aturan dan konfirmasikan.
ui-step5-kept = Frasa sandi Anda sudah siap
    .body = Aplikasi menyimpannya di memori (tidak pernah di disk) untuk memeriksa apa yang Anda tempel di Langkah 9. Ketik yang baru di bawah untuk menggantinya.
ui-step5-save-now = Simpan di pengelola kata sandi Anda sekarang
    .body = Jika hilang, kunci harus dihapus dan dibuat ulang. Simpan di entri yang sama dengan kunci API dan kunci rahasia yang Anda dapatkan di Langkah 9.

## Langkah 9: simpan tiga kredensial, lalu tempel untuk diperiksa

ui-step9-rail = 9. Simpan kredensial
ui-step9-title = Simpan tiga kredensial Anda sekarang
ui-step9-lead-1 = { -okx } sekarang menampilkan kunci API dan kunci rahasia dari kunci baru. Frasa sandi Anda adalah yang dari Langkah 5.
ui-step9-lead-2 = Pertama, taruh ketiganya dalam satu entri pengelola kata sandi (misalnya “OKX API, Grid bot”). Lalu tempel di sini untuk diperiksa.
ui-step9-label-api-key = Kunci API
ui-step9-label-secret-key = Kunci rahasia (Secret key)
ui-step9-label-passphrase = Frasa sandi (yang Anda buat untuk kunci ini, bukan kata sandi login { -okx } Anda)
ui-step9-name-api-key = kunci API
ui-step9-name-secret-key = kunci rahasia
ui-step9-name-passphrase = frasa sandi
ui-step9-check = Periksa
ui-step9-clear = Hapus
ui-step9-shown-once = Kunci rahasia hanya ditampilkan sekali
    .body = Setelah Anda menutup layar { -okx }, tidak ada yang dapat menampilkannya lagi. Salin ke pengelola kata sandi Anda sebelum melakukan hal lain.
ui-step9-earlier = Sudah diperiksa
    .body = Nilai yang Anda periksa sebelumnya disimpan di memori untuk Langkah 10. Tempel lagi untuk menggantinya.
ui-step9-tip = Tips: Anda dapat menempel seluruh catatan pengelola kata sandi (kunci API, kunci rahasia, frasa sandi di baris terpisah) ke kolom mana pun.
ui-step9-cleaned = Yang dibersihkan dari tempelan Anda
ui-step9-swap-button = Tukar { $first } dan { $second }
ui-step9-swapped = Kedua nilai ini tampaknya tertukar
    .body = Tampaknya { $first } dan { $second } masuk ke kolom satu sama lain.
ui-step9-ok = Ketiga nilai tampak benar
    .body = Nilai-nilai itu disimpan di memori (tidak pernah di disk) untuk uji koneksi di Langkah 10.
ui-step9-not-ok = Ada yang perlu diperbaiki
    .body = Baca pesan di bawah kolom di atas.
ui-step9-split-failed = Tempelan itu punya beberapa baris, tetapi aplikasi tidak dapat mengetahui nilai mana yang mana. Tempel setiap nilai ke kolomnya sendiri.
ui-step9-filled = { $n ->
       *[other] { $n } kolom
    } terisi dari satu tempelan.
ui-step9-uses-step5 = Frasa sandi yang Anda buat di langkah 5 akan dipakai; frasa itu tidak keluar dari aplikasi. Jika Anda memasukkan frasa lain di { -okx }, ketik frasa itu di sini.
    .placeholder = Frasa sandi dari langkah 5 (dipakai apa adanya)
ui-step9-saved = Ketiganya sudah tersimpan di pengelola kata sandi saya
    .hint = Kunci API, kunci rahasia, dan frasa sandi, dalam satu entri. Baru setelah itu tutup layar { -okx }.
ui-step9-hint = Simpan ketiganya di pengelola kata sandi Anda, lalu centang kotaknya.

## Langkah 10: uji kunci, simpan di keychain, hubungkan bot

ui-step10-rail = 10. Uji dan hubungkan
ui-step10-title = Uji kunci, lalu hubungkan bot Anda
ui-step10-lead-plain = Aplikasi menanyakan kunci Anda ke { $host }, seperti yang dilakukan bot, tetapi hanya membaca: tidak pernah bisa melakukan trading atau memindahkan uang.
ui-step10-lead-2 = Aplikasi memeriksa kunci, frasa sandi, dan kunci rahasia, situs tempat kunci berada, apa yang boleh dilakukan kunci, ikatan IP-nya, jam komputer Anda, dan apakah saldo Anda dapat dibaca.
ui-step10-check-first = Periksa ketiga nilai terlebih dahulu
    .body = Kembali ke Langkah 9, tempel nilai-nilainya, lalu tekan Periksa.
ui-step10-test = Uji koneksi
ui-step10-test-again = Uji lagi
ui-step10-starting = Memulai uji…
ui-step10-stage-reach = Menghubungi { -okx }…
ui-step10-stage-clock = Memeriksa jam komputer Anda…
ui-step10-stage-auth = Masuk dengan kunci dan membaca pengaturannya…
ui-step10-stage-other = Memeriksa…
ui-step10-status = { $status ->
        [pass] (lulus)
        [warning] (peringatan)
        [fail] (gagal)
       *[skipped] (dilewati)
    }
ui-step10-safe = Kunci berfungsi, dan tidak dapat melakukan penarikan
ui-step10-tested-on = Diuji di { $host }.
ui-step10-tested-on-demo = Diuji di { $host } (Trading Demo).
ui-step10-unsafe = Tidak aman: kunci ini dapat menarik uang
    .body = Jangan berikan ke bot mana pun. Hapus di { -okx } dan buat yang baru dengan izin Penarikan mati.
ui-step10-failed = Kunci tidak lulus uji
    .body = Setiap masalah di bawah menjelaskan apa yang harus dilakukan. Nilai yang Anda tempel tetap tersimpan: perbaiki penyebabnya, lalu tekan Uji lagi.
ui-step10-use-site = Gunakan { $site } dan uji lagi
ui-step10-use-demo = Beralih ke Trading Demo dan uji lagi
ui-step10-use-live = Beralih ke trading sungguhan dan uji lagi
ui-step10-save-heading = Simpan di keychain sistem Anda
ui-step10-save-lead = Keychain sistem operasi Anda menyimpan ketiga nilai dalam keadaan terenkripsi, di tempat bot di komputer ini dapat membacanya.
ui-step10-save-label = Simpan dengan nama
ui-step10-save = Simpan ke keychain saya
ui-step10-saving = Menyimpan, lalu membacanya kembali…
ui-step10-saved = Tersimpan dan terbaca kembali
ui-step10-replaced = Diganti dan terbaca kembali
ui-step10-saved-where = Di { $backend }: layanan “{ $service }”, pengguna “{ $user }”. Aplikasi menulisnya, membacanya kembali, dan membandingkan setiap nilai.
ui-step10-replace = Ganti kunci yang tersimpan?
    .body = { $message } Kunci lama tetap ada sampai kunci baru tersimpan dan terbaca kembali.
    .button = Ganti
ui-step10-not-replaced = Tidak diganti. Pilih nama lain untuk menyimpan keduanya.
ui-step10-connect-heading = Hubungkan bot Anda

## Kunci yang disimpan di keychain (Langkah 10)

ui-saved-heading = Kunci yang tersimpan di komputer ini
ui-saved-none = Belum ada kunci yang tersimpan di keychain.
ui-saved-col-name = Nama
ui-saved-col-api-key = Kunci API
ui-saved-col-site = Situs
ui-saved-col-saved = Disimpan
ui-saved-site-demo = { $site } (demo)
ui-saved-copy-api-key = Salin kunci API
ui-saved-copy-secret-key = Salin kunci rahasia
ui-saved-copy-passphrase = Salin frasa sandi
ui-saved-copied = { $field ->
        [api_key] Kunci API
        [secret_key] Kunci rahasia
       *[passphrase] Frasa sandi
    } untuk “{ $label }” disalin. Papan klip dikosongkan dalam { $n ->
       *[other] { $n } detik
    }.
ui-saved-missing = Tidak ada di keychain
ui-saved-delete = Hapus
ui-saved-delete-confirm = Hapus “{ $label }” dari keychain?
    .body = Ini hanya menghapus salinan yang tersimpan di komputer ini. Kuncinya sendiri tetap berfungsi di { -okx } sampai Anda menghapusnya juga di sana.
ui-saved-deleted = “{ $label }” dihapus dari keychain.
ui-saved-python = Untuk pembuat bot: baca kunci tersimpan dari Python
    .body = Setiap kunci adalah satu item keychain: layanan “{ -cmd-app }”, pengguna = nama kunci, rahasia = JSON dengan api_key, secret_key, passphrase, site, api_host, demo dan saved_at. Pasang paket Python keyring dan secretstorage, lalu:

## Laporan konfirmasi (Langkah 10 dan Periksa apakah berfungsi)

ui-report-heading = Laporan konfirmasi
ui-report-lead = Apa saja yang diperiksa, untuk catatan Anda atau untuk layanan bantuan. Laporan ini tidak pernah memuat kunci rahasia, frasa sandi, atau kunci API lengkap Anda.
ui-report-copy = Salin laporan
ui-report-copy-english = Salin dalam bahasa Inggris
ui-report-save = Simpan sebagai…
ui-report-copied = Disalin. Tidak memuat rahasia apa pun: aman ditempel di mana saja.
ui-report-saved = Disimpan ke { $path }.
ui-report-not-saved = Tidak disimpan.

## Periksa apakah berfungsi (setelah Langkah 10)

ui-verify-rail = Periksa apakah berfungsi
ui-verify-title = Periksa bahwa semuanya berfungsi
ui-verify-lead = Setelah kunci ada di bot Anda, periksa kedua sisi. Centang setiap butir saat Anda memastikannya.
ui-verify-bot-heading = Di platform bot Anda
ui-verify-balance = Saldo { -okx } Anda tampil, dengan jumlah yang benar
ui-verify-status = Bot menyatakan Connected atau Active (Terhubung atau Aktif)
ui-verify-no-errors = Tidak ada pesan kesalahan di mana pun di halaman
ui-verify-okx-heading = Di halaman manajemen API { -okx }
ui-verify-last-used = Kunci menampilkan waktu “Terakhir digunakan” yang baru
ui-verify-no-strange = Tidak ada akses yang tidak Anda kenali
ui-open-api-management = Buka manajemen API { -okx }

## Pemecahan masalah (setelah Langkah 10)
# Setiap judul mengutip pesan yang mungkin dilihat pengguna di OKX atau di bot (OKX menulisnya
# dalam bahasa Inggris), jadi kutipannya dibiarkan dalam bahasa Inggris.

ui-trouble-rail = Pemecahan masalah
ui-trouble-title = Jika ada yang salah
ui-trouble-lead = Cari pesan yang Anda lihat. Masing-masing menjelaskan apa yang harus dilakukan.
ui-trouble-invalid-key = “Invalid API key” atau “Authentication failed”
    .step1 = Salin lagi ketiga nilai dengan tepat: kunci API, kunci rahasia, dan frasa sandi. Langkah 9 di aplikasi ini memeriksa spasi yang nyasar.
    .step2 = Pastikan kunci dibuat sebagai kunci Trading.
    .step3 = Periksa situsnya: kunci yang dibuat di my.okx.com atau app.okx.com hanya berfungsi di sana. Langkah 10 menemukan situs yang benar untuk Anda.
    .step4 = Putuskan koneksi exchange di bot Anda lalu hubungkan lagi.
ui-trouble-wrong-passphrase = “Wrong passphrase” (kode { -okx } 50105)
    .step1 = Frasa sandi adalah yang Anda buat untuk kunci ini di Langkah 5, bukan kata sandi login { -okx } dan bukan kata sandi dana Anda.
    .step2 = Salin dari pengelola kata sandi Anda. Huruf besar dan kecil berpengaruh.
    .step3 = Jika benar-benar hilang, hapus kunci dan buat yang baru (lihat Hapus atau ganti).
ui-trouble-no-such-key = “API key doesn't exist” (50119)
    .step1 = Paling sering kunci dibuat di situs { -okx } lain (okx.com, my.okx.com atau app.okx.com). Langkah 10 mencoba ketiganya dan memberi tahu mana yang benar.
    .step2 = Jika tidak, kunci sudah dihapus, atau { -okx } menghapusnya setelah 14 hari tidak aktif tanpa alamat IP. Buat yang baru.
ui-trouble-permissions = “Insufficient permissions”
    .step1 = Di halaman API { -okx }, edit kunci dan pastikan Baca dan Trading aktif. Simpan, lalu hubungkan lagi.
ui-trouble-ip = “IP address not authorized” (50110)
    .step1 = Kunci dikunci ke alamat IP tertentu dan alamat bot tidak termasuk. Pesan { -okx } menyebutkan alamat yang dilihatnya.
    .step2 = Edit kunci di { -okx } dan tambahkan alamat itu, atau hapus pembatasan sementara Anda mencari alamat yang benar.
ui-trouble-region = “This feature is not available in your region”
    .step1 = { -okx } membatasi beberapa layanan di beberapa negara dan wilayah. Periksa daftar wilayah yang didukung { -okx }.
    .step2 = Jika Anda pindah negara, { -okx } mungkin telah memindahkan akun Anda ke situs lain: periksa tempat Anda masuk.
ui-trouble-timestamp = “Timestamp request expired” (50102)
    .step1 = Jam komputer Anda meleset lebih dari 30 detik. Aktifkan tanggal dan waktu otomatis di pengaturan sistem Anda.
ui-trouble-environment = “APIKey does not match current environment” (50101)
    .step1 = Kunci Trading Demo dipakai untuk trading sungguhan, atau kunci sungguhan dipakai untuk demo. Gunakan mode yang sesuai di bot Anda.
ui-trouble-lost = Kunci rahasia atau frasa sandi hilang
    .step1 = Keduanya tidak dapat ditampilkan lagi atau dipulihkan, baik oleh Anda maupun oleh { -okx }.
    .step2 = Hapus kunci di halaman API { -okx }, lalu buat yang baru mulai dari Langkah 3, dan masukkan nilai-nilai baru ke bot Anda.

## Hapus atau ganti kunci (setelah Langkah 10)

ui-rotate-title = Hapus atau ganti kunci
ui-rotate-lead = Hapus kunci saat Anda menghentikan bot, saat Anda menduga kunci itu bocor, atau sekadar untuk menggantinya dengan yang baru sesekali.
ui-rotate-delete-heading = Hapus kunci di { -okx }
ui-rotate-delete-1 = Buka halaman manajemen API { -okx }.
ui-rotate-delete-2 = Cari kunci berdasarkan namanya dan klik Hapus.
ui-rotate-delete-3 = Konfirmasi dengan kode email dan 2FA Anda. Kunci langsung berhenti berfungsi.
ui-rotate-money = Uang Anda tidak terpengaruh
    .body = Menghapus kunci tidak mengubah apa pun di akun atau dana Anda. Bot hanya tidak dapat lagi melakukan trading.
ui-rotate-replace-heading = Ganti (rotasi) kunci
ui-rotate-replace-1 = Buat kunci baru dengan aplikasi ini, mulai dari Langkah 3.
ui-rotate-replace-2 = Simpan di keychain dengan nama yang sama: aplikasi bertanya sebelum mengganti yang lama, dan menyimpan yang lama sampai yang baru tersimpan dengan aman.
ui-rotate-replace-3 = Masukkan nilai-nilai baru ke bot Anda dan periksa bahwa bot terhubung.
ui-rotate-replace-4 = Hapus kunci lama di { -okx }.

## Referensi cepat (setelah Langkah 10)

ui-ref-rail = Referensi cepat
ui-ref-title = Referensi cepat
ui-ref-lead = Pengaturan yang tepat untuk kunci bot, sekilas.
ui-ref-credentials-heading = Tiga kredensial
ui-ref-api-key = Kunci API: ditampilkan di halaman API { -okx }; mengenali kunci.
ui-ref-secret-key = Kunci rahasia: ditampilkan sekali, saat kunci dibuat. Menandatangani setiap permintaan.
ui-ref-passphrase = Frasa sandi: Anda buat sendiri di Langkah 5. { -okx } tidak dapat memulihkannya.
ui-ref-risk = Penafian risiko
    .body = Trading mata uang kripto dapat membuat Anda kehilangan uang, dengan cepat dan seluruhnya. Hasil bot di masa lalu tidak menjanjikan hasil di masa depan. Tradinglah hanya dengan dana yang sanggup Anda relakan hilang, dan jangan pernah memberi kunci bot izin penarikan.
ui-ref-about-heading = Tentang
ui-ref-about = { -app-name } { $version }. Log: { $logs }. { $attribution }

## Step 9 and Step 10: the next thing to do, and the details for engineers

# The summary of a disclosure that holds technical details (an address, keychain attributes).
ui-details = Detail
# A button beside a fix made on the key's page on OKX (a key that can withdraw, a changed key).
ui-open-key-page = Buka halaman kunci ini di { -okx }
# Step 10's primary button after a test found the key can withdraw (it goes back to Step 3).
ui-step10-next-new-key = Buat kunci baru tanpa izin Penarikan
# Step 10's primary button after a failed test (it goes back to Step 9).
ui-step10-next-fix = Perbaiki nilainya di Langkah 9
# Under “Saved and read back”; the keychain's own names are behind “Details”.
ui-step10-saved-plain = Kunci kini ada di keychain sistem Anda. Aplikasi menulisnya, membacanya kembali, dan membandingkan setiap nilai.
# The footer hint on Step 9 while two values are swapped; $button: the swap button's words.
ui-step9-hint-swap = Dua nilai tertukar kolomnya: tekan “{ $button }” di bawah kunci API.
