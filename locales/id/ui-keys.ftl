## Kunci saya: layar utama pengguna yang kembali (src-ui/steps/my-keys.js), dan mengganti kunci

# Butir pertama di panel samping dan judul layar.
ui-keys-rail = Kunci saya
ui-keys-title = Kunci saya
ui-keys-lead = Kunci yang tersimpan di komputer ini, seperti terakhir dilihat aplikasi. Uji semua menanyakan setiap kunci ke { -okx } sekarang. Uji ini hanya membaca; tidak ada yang diubah di akun Anda.
ui-keys-test-all = Uji semua
ui-keys-new = Buat kunci baru
ui-keys-loading = Membaca kunci yang tersimpan…
ui-keys-none = Belum ada kunci yang tersimpan di komputer ini. Buat satu dengan panduan; di akhir panduan, di Langkah 10, simpan di sini.
# $n: jumlah kunci yang sedang diuji.
ui-keys-testing = { $n ->
       *[other] Menguji { $n } kunci…
    }
# $n: kunci yang diuji; $healthy: berapa di antaranya yang sehat.
ui-keys-tested = { $n ->
       *[other] Uji selesai: { $healthy } dari { $n } kunci sehat.
    }
# Situs dan mode kunci. $site: nama pendek situs, mis. Global.
ui-keys-site-live = { $site } (live)
# Lencana di setiap kunci: hasil uji terakhirnya.
ui-keys-health-healthy = Sehat
ui-keys-health-can-withdraw = Dapat melakukan penarikan: tidak aman untuk bot
ui-keys-health-failed = Perlu perhatian
ui-keys-health-deleted = Dihapus di { -okx }
ui-keys-health-untested = Belum diuji
ui-keys-health-testing = Menguji…
# Fakta di bawah setiap kunci, seperti yang dilihat uji terakhir.
ui-keys-permissions = Izin
ui-keys-perm-read = Baca
ui-keys-perm-trade = Trading
ui-keys-perm-withdraw = Penarikan
ui-keys-perm-none = Tidak ada
ui-keys-perm-unknown = Belum terlihat
ui-keys-ip = Ikatan IP
ui-keys-ip-none = Tidak ada
ui-keys-last-tested = Terakhir diuji
ui-keys-never = Belum pernah
ui-keys-failed-before = Uji terakhir kunci ini gagal. Tekan Uji untuk melihat sebabnya dan apa yang harus dilakukan.
ui-keys-idle-title = Aturan 14 hari { -okx }
ui-keys-no-bot = Tidak diberikan ke bot: sebuah uji melihat Penarikan aktif untuk kunci ini. Aplikasi tidak memberikannya ke bot mana pun sampai sebuah uji melihat Penarikan mati lagi.
ui-keys-missing = Keychain tidak lagi menyimpan kunci ini. Ganti kunci ini, atau hapus dari daftar ini.
# Tombol di setiap kunci.
ui-keys-test-one = Uji
ui-keys-replace = Ganti

## Mengganti kunci tersimpan (Ganti di Kunci saya, lalu Langkah 3 sampai 10)

# Spanduk di atas Langkah 3 sampai 10. $label: nama kunci tersimpan.
ui-replace-banner = Anda sedang mengganti kunci yang tersimpan sebagai “{ $label }”. Buat kunci baru di { -okx }, tempel di Langkah 9, lalu uji di Langkah 10. Kunci tersimpan baru diganti jika kunci baru lulus uji.
ui-replace-cancel = Berhenti mengganti
ui-replace-save = Ganti kunci tersimpan
# $label: nama kunci tersimpan.
ui-replace-save-lead = Kunci baru lulus uji. Menyimpan akan menaruhnya di tempat kunci yang tersimpan sebagai “{ $label }”; bot Anda membacanya dengan nama yang sama.
# Setelah penggantian. $label: nama kunci tersimpan.
ui-replace-done-title = “{ $label }” sekarang berisi kunci baru. Hapus kunci lama di { -okx }:
# $site: nama pendek situs.
ui-replace-done-1 = Buka halaman API { $site } (tombol di bawah), lalu masuk.
# $key: empat karakter pertama dan terakhir kunci API lama, mis. 6d2d…fd7f.
ui-replace-done-2 = Cari kunci lama: kunci API-nya diawali dan diakhiri seperti { $key }.
ui-replace-done-2-unknown = Cari kunci lama: kunci yang dipakai bot Anda sebelum hari ini.
ui-replace-done-3 = Hapus kunci itu dan konfirmasi dengan kode 2FA Anda. Jika bot Anda membaca kunci hanya saat dimulai, jalankan ulang bot sekarang.
ui-replace-open-api = Buka halaman API
