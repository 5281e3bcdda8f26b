# Layar-layar pertama panduan: sebelum mulai, aturan emas, Langkah 1-4 dan Langkah 6-8.
# Kata dalam “ ” dan nama izin OKX mengikuti halaman OKX berbahasa Indonesia
# (okx.com/id/help/api-faq): Kunci API, Frasa Sandi, Izin, Baca, Trading, Allowlist Alamat IP.

## Sebelum mulai

ui-start-rail = Sebelum mulai
ui-start-title = Sebelum mulai
ui-start-lead-1 = Aplikasi ini memandu Anda membuat kunci API di { -okx } untuk bot trading Anda, lalu membuktikan bahwa kunci itu diatur dengan aman.
ui-start-lead-2 = Sediakan sekitar 10 menit tanpa gangguan. Centang yang sudah Anda miliki:
ui-start-needs = Yang Anda perlukan
ui-start-verified = Akun { -okx } yang sudah terverifikasi
    .hint = Verifikasi identitas sudah selesai. { -okx } tidak mengizinkan akun yang belum terverifikasi membuat kunci API.
ui-start-2fa = Autentikasi dua faktor (2FA) aktif
    .hint = Aplikasi autentikator atau kode SMS melindungi login { -okx } Anda.
ui-start-bot = Akun di platform bot Anda, dengan bot yang sudah dipilih
    .hint = Di akhir, Anda akan menempel kunci baru ke bot tersebut.
ui-start-passphrase = Rencana untuk frasa sandi Anda
    .hint = Anda akan membuat sendiri frasa sandi untuk kunci ini. Siapkan pengelola kata sandi yang terbuka untuk menyimpannya.
ui-start-no-account = Belum punya akun { -okx }?
    .text = Daftar di { -okx } dan selesaikan verifikasi identitas terlebih dahulu, lalu kembali ke sini. Kemajuan Anda di sini tetap tersimpan.

## Aturan emas

ui-rules-rail = Aturan emas
ui-rules-next = Saya mengerti
ui-rules-title = Empat aturan yang menjaga uang Anda tetap aman
ui-rules-lead = Baca ini sebelum Anda menyentuh apa pun di { -okx }. Aplikasi memeriksa aturan pertama untuk Anda di akhir.
ui-rules-ack = Saya sudah membaca keempat aturan dan akan mengikutinya
ui-rules-ack-needed = Centang “Saya sudah membaca keempat aturan” untuk melanjutkan.

## Membuka halaman OKX di browser

ui-okx-opened = Dibuka di browser Anda.

## Langkah 1: masuk

ui-step1-rail = 1. Masuk ke { -okx }
ui-step1-title = Masuk ke { -okx }
ui-step1-lead-1 = Masuk di situs web { -okx } dengan email dan kata sandi Anda, lalu masukkan kode 2FA saat diminta.
ui-step1-lead-2 = Tetap di akun utama Anda. Gunakan sub akun hanya jika Anda memang ingin bot melakukan trading di sana.
ui-step1-site-question = Di mana Anda masuk ke { -okx }?
ui-step1-site-hint = Setiap situs punya alamat API sendiri, dan kunci hanya berfungsi di situs tempat kunci itu dibuat. Aplikasi mengingat pilihan Anda.
ui-step1-demo = Saya berlatih dengan kunci Trading Demo
    .hint = Kunci demo dibuat di menu “Trade › Demo Trading” (Trading › Trading Demo) dan melakukan trading dengan uang pura-pura. Biarkan ini mati untuk bot sungguhan.
ui-step1-open = Buka { -okx } di browser saya
ui-step1-site-needed = Pilih tempat Anda masuk ke { -okx }.

## Langkah 2: manajemen API

ui-step2-rail = 2. Buka manajemen API
ui-step2-title = Buka manajemen API
ui-step2-lead-1 = Di { -okx }, klik foto profil Anda di pojok kanan atas dan pilih Profil.
ui-step2-lead-2 = Di menu sebelah kiri, klik API (atau “API dan Koneksi”). Halaman itu menampilkan daftar kunci API Anda.
ui-step2-open = Buka manajemen API { -okx }
ui-step2-address = Tombol ini membuka { $address } di browser Anda.
ui-step2-seen = Saya dapat melihat halaman manajemen API

## Langkah 3: kunci Trading

ui-step3-rail = 3. Buat kunci Trading
ui-step3-title = Buat kunci Trading
ui-step3-lead-1 = Klik “Buat Kunci API”. { -okx } menanyakan untuk apa kunci ini (“Digunakan Untuk”).
ui-step3-lead-2 = Pilih Trading. Itu jenis yang tepat untuk bot yang memasang order. “Hanya baca” untuk aplikasi yang hanya memantau portofolio Anda.
ui-step3-why = Mengapa Trading?
    .text = Kunci Trading dapat membaca saldo Anda serta memasang atau membatalkan order. Anda memilih izin pastinya di Langkah 6, dan izin penarikan tetap mati.
ui-step3-chose = Saya memilih Trading

## Langkah 4: nama kunci

ui-step4-rail = 4. Beri nama kunci
ui-step4-title = Beri nama kunci API Anda
ui-step4-lead-1 = { -okx } meminta nama untuk kunci ini. Hanya Anda yang melihatnya; nama itu membedakan kunci-kunci Anda bila Anda punya beberapa bot.
ui-step4-lead-2 = Gunakan nama bot agar Anda selalu tahu kunci mana milik bot mana.
ui-step4-bot = Untuk bot mana kunci ini?
    .placeholder = mis. Grid Bot 1
ui-step4-label = Nama kunci di { -okx }
ui-step4-copy = Salin nama
ui-step4-copied = Disalin. Tempel ke kolom nama di { -okx }.
ui-step4-examples = Contoh nama yang baik: GridBotBTC, TrendRider2026, DcaBotMain. Paling banyak 50 huruf atau angka.
ui-step4-label-ok = { $count } dari { $max } karakter. Sudah baik.

## Apa yang salah dengan nama kunci

ui-label-empty = Ketik nama untuk kunci.
ui-label-too-long = Nama ini { $count } karakter; { -okx } mengizinkan paling banyak { $max }.
ui-label-not-alphanumeric = { -okx } hanya mengizinkan huruf dan angka di nama: hapus spasi dan simbol.

## Langkah 6: izin

ui-step6-rail = 6. Atur izin
ui-step6-title = Atur izin kunci
ui-step6-lead = Ini layar yang paling penting. Aktifkan Baca dan Trading. Biarkan yang lain mati.
ui-perm-caption = Izin untuk kunci bot
ui-perm-col-name = Izin
ui-perm-col-setting = Pengaturan
ui-perm-col-why = Alasan
ui-perm-read = Baca
    .why = Memungkinkan bot melihat saldo, posisi, dan riwayat order.
ui-perm-trade = Trading
    .why = Memungkinkan bot memasang dan membatalkan order.
ui-perm-withdraw = Penarikan (“Withdraw”)
    .why = Akan memungkinkan uang keluar dari akun Anda. Jangan pernah aktifkan untuk bot.
ui-perm-transfer = Transfer
    .why = Memindahkan dana antar-akun: bot tidak memerlukannya.
ui-perm-earn = Earn
    .why = Produk tabungan dan staking: tidak diperlukan.
ui-perm-subaccount = Transfer sub akun
    .why = Memindahkan dana ke sub akun: tidak diperlukan.
ui-perm-turn-on = ✓ Aktifkan
ui-perm-never = ✗ Jangan pernah
ui-perm-leave-off = ✗ Biarkan mati
ui-step6-withdraw-off = Penarikan tetap mati
    .text = Dengan penarikan mati, tidak ada uang yang dapat keluar dari akun { -okx } Anda melalui kunci ini, bahkan jika kunci dicuri. Langkah 10 memeriksa ini untuk Anda.
ui-step6-ticks = Izin yang Anda atur
ui-step6-read-trade = Baca dan Trading aktif
ui-step6-rest-off = Penarikan mati, begitu juga Transfer, Earn, dan Transfer sub akun

## Langkah 7: pembatasan IP

ui-step7-rail = 7. Pembatasan IP
ui-step7-title = Batasi kunci ke alamat IP (disarankan)
ui-step7-lead-1 = { -okx } dapat mengunci kunci ke satu atau beberapa alamat IP, sehingga kunci hanya berfungsi dari tempat yang Anda setujui.
ui-step7-lead-2 = Platform bot yang menjalankan bot untuk Anda biasanya mencantumkan alamat servernya di halaman bantuannya: gunakan alamat itu.
ui-step7-question = Di mana bot Anda akan berjalan?
ui-step7-fixed = Di server dengan alamat IP tetap
    .hint = Masukkan alamat IP itu di kolom “Allowlist Alamat IP” di { -okx }. Hanya alamat itu yang dapat memakai kunci: pengaturan paling aman.
ui-step7-changing = Di komputer rumah, atau di tempat yang alamat IP-nya berubah-ubah
    .hint = Biarkan kolom itu kosong untuk sekarang, agar bot tetap berjalan saat alamatnya berubah. Anda dapat menambahkan alamat nanti.
ui-step7-idle = { -okx } menghapus kunci tak aktif yang tidak punya alamat IP
    .text = Kunci yang dapat melakukan trading dan tidak terikat ke alamat IP dihapus oleh { -okx } setelah 14 hari tidak dipakai. Biarkan bot tetap berjalan, atau ikat alamat IP begitu Anda punya alamat tetap. Kunci Trading Demo tidak terpengaruh.
ui-step7-limit = { -okx } menerima paling banyak 20 alamat per kunci, dipisahkan dengan koma.

## Langkah 8: kode keamanan OKX

ui-step8-rail = 8. Konfirmasi di { -okx }
ui-step8-title = Konfirmasi dengan kode keamanan Anda
ui-step8-lead = Sebelum membuat kunci, { -okx } meminta Anda membuktikan bahwa ini memang Anda. Masukkan setiap kode yang diminta, lalu klik Konfirmasi.
ui-step8-email = Kode email: 6 angka yang dikirim ke alamat email { -okx } Anda.
ui-step8-authenticator = Kode autentikator: dari Google Authenticator, Authy, atau aplikasi serupa.
ui-step8-sms = Kode SMS, jika Anda mengaktifkan verifikasi telepon.
ui-step8-keep-open = Biarkan layar berikutnya tetap terbuka
    .text = { -okx } sekarang menampilkan detail kunci baru, dan kunci rahasia hanya ditampilkan kali ini saja. Langkah 9 memberi tahu apa yang harus disimpan sebelum Anda menutupnya.
ui-step8-accepted = { -okx } menerima kode saya dan menampilkan kunci baru
