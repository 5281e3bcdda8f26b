# Menyimpan kunci di keychain sistem, file milik aplikasi sendiri, dan aturan untuk menyimpan
# kunci yang sudah diuji. $surface adalah "window" atau "cli"; $os adalah "macos", "windows",
# atau sistem lain. $label adalah nama penyimpanan kunci, tidak pernah diterjemahkan.

## Menyimpan kunci yang sudah diuji

keychain-save-untested = Tidak disimpan: kunci belum diuji.
    .fix = Uji kunci terlebih dahulu; hanya kunci yang lulus uji yang dapat disimpan.
keychain-save-withdraw = Tidak disimpan: kunci ini dapat melakukan penarikan, jadi siapa pun yang memegangnya dapat memindahkan dana Anda keluar dari { -okx }.
    .fix = Hapus kunci ini di halaman API { -okx }, buat kunci baru dengan hanya Baca dan Trading yang diaktifkan, lalu uji dan simpan kunci baru itu.
keychain-save-not-passed = Tidak disimpan: hanya kunci yang lulus uji koneksi yang dapat disimpan.
    .fix = Perbaiki apa yang ditemukan uji, uji kunci lagi, lalu simpan.

## Kunci dan labelnya

keychain-incomplete = Kunci belum lengkap: kunci API, kunci rahasia, dan frasa sandi semuanya diperlukan.
    .fix = { $surface ->
        [cli] Berikan ketiga nilai (di OKX_API_KEY, OKX_SECRET_KEY dan OKX_PASSPHRASE, atau sebagai tiga baris di input standar), lalu jalankan save lagi.
       *[window] Tempel ketiga nilai, uji koneksi, lalu simpan.
    }
keychain-label-missing = Kunci memerlukan label untuk disimpan.
    .fix = { $surface ->
        [cli] Berikan label, misalnya nama yang Anda berikan untuk kunci di { -okx }: { -cmd-save-example }
       *[window] Ketik label, misalnya nama yang Anda berikan untuk kunci di { -okx }, seperti BitcoinEra_GridBot.
    }
keychain-label-invalid = Label boleh berisi 1 sampai { $max } huruf, angka, '_', '-' atau '.', dan tidak ada yang lain (tanpa spasi).
    .fix = Ubah labelnya, misalnya menjadi BitcoinEra_GridBot.
keychain-label-bad-start = Label tidak boleh diawali '-' (dalam perintah akan terbaca sebagai opsi) atau hanya berisi titik.
    .fix = Awali label dengan huruf atau angka, misalnya GridBot-1, bukan -GridBot.

## Apa yang tersimpan di bawah sebuah label

keychain-not-found = Tidak ada kunci yang tersimpan dengan label “{ $label }”.
    .fix = { $surface ->
        [cli] Periksa label dengan { -cmd-list }, atau simpan kunci terlebih dahulu.
       *[window] Periksa label di daftar kunci tersimpan, atau simpan kunci terlebih dahulu.
    }
keychain-already-exists = Sudah ada kunci yang tersimpan dengan label “{ $label }”: { $what }.
    .fix = { $surface ->
        [cli] Tambahkan --replace untuk menaruh kunci baru di tempatnya (kunci lama tetap ada sampai kunci baru tersimpan dan terbaca kembali), atau pilih label lain.
       *[window] Pilih Ganti untuk menaruh kunci baru di tempatnya (kunci lama tetap ada sampai kunci baru tersimpan dan diperiksa), atau gunakan label lain.
    }
keychain-existing-key = kunci { $key } yang disimpan { $saved_at }
keychain-existing-foreign = item yang tidak ditulis oleh aplikasi ini
keychain-mismatch = Kunci yang disimpan sebagai “{ $label }” tidak terbaca kembali sama seperti saat ditulis, jadi tidak dianggap tersimpan.
    .fix = { $surface ->
        [cli] Jalankan save lagi. Jika terjadi lagi, mulai ulang keyring Anda (keluar lalu masuk lagi) dan coba lagi.
       *[window] Coba simpan lagi; formulir tetap menyimpan nilai Anda. Jika terjadi lagi, mulai ulang keyring Anda (keluar lalu masuk lagi) dan coba lagi.
    }
keychain-foreign-item = Item keychain yang disimpan sebagai “{ $label }” tidak dalam format yang ditulis { -app-name }, jadi tidak dapat dibaca.
    .fix = Simpan kunci lagi dengan label ini untuk mengganti item tersebut, atau hapus item itu dan simpan kunci dengan label baru.
keychain-encode-failed = Kunci tidak dapat diubah ke format keychain.

## Kegagalan keychain sistem sendiri

keychain-no-platform-store = Salinan { -app-name } ini tidak memiliki akses ke keychain sistem yang sebenarnya, jadi tidak akan menyimpan kunci (aplikasi menolak menyimpannya hanya di memori).
    .fix = Gunakan aplikasi yang dibuat untuk sistem Anda (Linux, macOS, atau Windows). Sampai saat itu, simpan ketiga nilai di pengelola kata sandi Anda.
keychain-no-item = Tidak ada item seperti itu di keychain.
    .fix = { $surface ->
        [cli] Periksa label dengan { -cmd-list }, atau simpan kunci terlebih dahulu.
       *[window] Periksa label di daftar kunci tersimpan, atau simpan kunci terlebih dahulu.
    }
keychain-not-text = Item keychain berisi sesuatu yang bukan teks, jadi itu bukan kunci yang disimpan aplikasi ini.
    .fix = Simpan kunci lagi dengan label ini untuk menggantinya, atau hapus item itu dan simpan dengan label baru.
keychain-label-refused = Keychain tidak menerima label ini.
    .fix = Gunakan label yang lebih pendek, terdiri dari huruf, angka, '_', '-' atau '.'.
keychain-ambiguous = Ada lebih dari satu item keychain dengan label ini, jadi aplikasi tidak dapat mengetahui mana yang merupakan kuncinya.
    .fix = Buka aplikasi keyring Anda (Passwords and Keys, KWallet, atau KeePassXC), hapus item "{ -cmd-app }" yang berlebih untuk label ini, lalu coba lagi.
keychain-locked = Keyring Anda terkunci, atau jendela yang meminta membukanya ditutup, jadi aplikasi tidak dapat menjangkaunya.
    .fix = { $os ->
        [macos] Buka kunci login keychain Anda (buka Akses Keychain dan buka kuncinya, atau masukkan kata sandi saat macOS meminta), lalu coba lagi.
        [windows] Masuk ke Windows lagi, lalu coba lagi.
       *[other] { $surface ->
            [cli] Buka kunci keyring Anda, lalu coba lagi: masukkan kata sandi saat jendela buka kunci muncul, atau buka Passwords and Keys (Seahorse), KWallet, atau KeePassXC dan buka kuncinya. Mungkin perlu membuat keyring baru di sana terlebih dahulu.
           *[window] Buka kunci keyring Anda, lalu coba lagi: masukkan kata sandi saat jendela buka kunci muncul, atau buka Passwords and Keys (Seahorse), KWallet, atau KeePassXC dan buka kuncinya. Mungkin perlu membuat keyring baru di sana terlebih dahulu. Formulir tetap menyimpan nilai Anda.
        }
    }
keychain-denied = Keychain sistem menolak akses { -app-name } ke item tersebut.
    .fix = { $os ->
        [macos] Saat macOS meminta, pilih Izinkan (Allow) atau Selalu Izinkan (Always Allow) untuk { -app-name }, lalu coba lagi. Di Akses Keychain Anda dapat memeriksa tab Kontrol Akses (Access Control) pada item tersebut.
       *[other] Izinkan { -app-name } saat keyring Anda meminta, lalu coba lagi. Jika aplikasi berjalan di sandbox (Flatpak atau Snap), berikan akses ke Secret Service.
    }
keychain-unavailable = { $os ->
        [macos] Keychain macOS tidak tersedia.
        [windows] Windows Credential Manager tidak tersedia.
       *[other] Tidak ada keyring yang berjalan di komputer ini (tidak ada Secret Service, penyimpanan kata sandi desktop), jadi kunci tidak dapat disimpan di sana.
    }
    .fix = { $os ->
        [macos] Pastikan Anda masuk ke macOS seperti biasa dan login keychain Anda ada (buka Akses Keychain), lalu coba lagi.
        [windows] Pastikan Anda masuk ke Windows dengan akun Anda sendiri (bukan akun layanan), lalu coba lagi.
       *[other] { $surface ->
            [cli] Pasang dan jalankan keyring: GNOME Keyring, Secret Service dari KWallet, atau KeePassXC dengan integrasi Secret Service diaktifkan, lalu coba lagi. Di mesin tanpa desktop, jalankan keyring di dalam sesi D-Bus: { -cmd-keyring-session }. Sampai saat itu, simpan ketiga nilai di pengelola kata sandi Anda.
           *[window] Pasang dan jalankan keyring: GNOME Keyring, Secret Service dari KWallet, atau KeePassXC dengan integrasi Secret Service diaktifkan. Lalu coba lagi; formulir tetap menyimpan nilai Anda. Sampai saat itu, simpan ketiga nilai di pengelola kata sandi Anda.
        }
    }
keychain-unavailable-detail = Keychain sistem tidak dapat digunakan ({ $detail }).

## File milik aplikasi sendiri (bukan rahasia)

file-index-unwritable = Aplikasi tidak dapat memperbarui daftar kunci tersimpannya di { $path } ({ $error }).
    .fix = Periksa bahwa disk tidak penuh dan folder ini milik Anda, lalu coba lagi.
file-index-encode-failed = Daftar kunci tersimpan tidak dapat ditulis.
progress-unwritable = Aplikasi tidak dapat menulis file kemajuannya di { $folder }.
    .fix = Periksa bahwa folder home Anda tidak penuh atau hanya-baca, lalu coba lagi. Kemajuan Anda di layar ini tetap tersimpan.
progress-encode-failed = Aplikasi tidak dapat mencatat posisi Anda di panduan.
