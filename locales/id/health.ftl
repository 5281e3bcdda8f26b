# Menjaga kunci tersimpan tetap sehat: "okx-key-assistant check" (dan nanti Kunci saya di jendela).
# Setiap kunci tersimpan diuji lagi dan dibandingkan dengan yang dilihat aplikasi saat terakhir kali
# kunci berfungsi.
# Tidak diterjemahkan: okx-key-assistant, check, save, --json, --replace, LABEL, kunci JSON
# (label, okx_label, drift, idle_rule). Nama izin mengikuti halaman OKX berbahasa Indonesia
# (okx.com/id/help/api-faq), seperti di file lain: Baca, Trading, Penarikan.
# $site adalah nama situs (mis. "OKX (global, okx.com)"); $url adalah halaman API situs itu;
# $before dan $after adalah daftar IP ("127.0.0.1, 5.6.7.8") atau label OKX, tidak diterjemahkan.

## Perubahan: apa yang berubah di OKX sejak kunci terakhir berfungsi.
## Pesan menyebutkan apa yang berubah; .fix apa yang harus dilakukan. Tampil di terminal dan di jendela.

health-drift-withdraw-turned-on =
    Penarikan diaktifkan untuk kunci ini sejak terakhir kali diuji. Kunci yang dapat melakukan penarikan dapat mengosongkan akun Anda jika sampai bocor.
    .fix = Di { -okx }, edit kunci API ini dan matikan Penarikan (atau hapus kunci dan buat yang baru dengan hanya Baca dan Trading), lalu uji lagi.

health-drift-trade-lost =
    Kunci ini tadinya dapat melakukan trading dan sekarang tidak: Trading dimatikan di { -okx }. Bot tidak dapat memasang order dengannya.
    .fix = Di { -okx }, edit kunci API ini dan aktifkan lagi Trading, atau buat kunci baru dengan Baca dan Trading.

health-drift-ip-list-changed =
    Alamat IP yang terikat ke kunci ini berubah: sebelumnya { $before }, sekarang { $after }.
    .fix = Jika bukan Anda yang mengubahnya, masuk ke { -okx } dan periksa siapa yang mengubahnya. Pastikan alamat server tempat bot Anda berjalan ada di daftar, atau bot akan ditolak.

health-drift-label-changed =
    Nama kunci ini di { -okx } berubah dari “{ $before }” menjadi “{ $after }”.
    .fix = Tidak perlu melakukan apa pun jika Anda yang mengganti namanya. Jika bukan, masuk ke { -okx } dan periksa pengaturan keamanan akun Anda.

health-drift-deleted-on-okx =
    { -okx } tidak lagi mengenali kunci ini di { $site }, tempat kunci ini dulu berfungsi: kunci sudah dihapus di { -okx }, oleh Anda atau oleh aturan 14 hari { -okx } (kunci dengan Trading dan tanpa ikatan IP dihapus setelah 14 hari tidak dipakai).
    .fix = { $surface ->
        [cli] Buat kunci baru di { $url }, terikat ke alamat IP bot Anda agar ini tidak terjadi lagi, lalu simpan dengan nama yang sama: { -cmd-save-replace }
       *[window] Tekan Ganti untuk membuat kunci baru dengan nama yang sama, terikat ke alamat IP bot Anda agar ini tidak terjadi lagi. Lalu hapus kunci lama di { -okx } jika masih tercantum di { $url }.
    }

# Menggantikan daftar IP yang kosong di health-drift-ip-list-changed.
health-ip-none = tidak ada
# Menggantikan kunci tanpa nama di OKX di health-drift-label-changed.
health-label-none = tanpa nama

## Aturan 14 hari, untuk kunci live dengan Trading (atau Penarikan) dan tanpa ikatan IP.
## $days: jumlah hari penuh sejak aplikasi terakhir melihat kunci berfungsi; $left: 14 dikurangi
## itu (tidak pernah di bawah 0); $limit: 14.

health-idle-rule =
    { -okx } menghapus kunci yang punya Trading dan tanpa ikatan IP setelah { $limit } hari tidak dipakai. Aplikasi ini terakhir melihat kunci ini berfungsi { $days ->
        [0] hari ini
       *[other] { $days } hari yang lalu
    }; jika sejak itu tidak ada yang memakainya, { $left ->
        [0] { -okx } mungkin sudah menghapusnya.
       *[other] sisa waktunya { $left } hari.
    } Pemakaian oleh bot Anda sendiri juga dihitung (setiap permintaan bertanda tangan dihitung), dan aplikasi ini tidak dapat melihatnya.
    .fix = Perbaikan yang bertahan: di { -okx }, edit kunci dan ikat ke alamat IP bot Anda (alamat publik server tempat bot berjalan). Kunci yang terikat ke alamat IP tidak pernah dihapus karena tidak dipakai.

## File riwayat (key-history.json di folder data aplikasi; tanpa rahasia di dalamnya).
## $path adalah path file, $error alasan dari sistem, keduanya apa adanya.

health-history-unwritable =
    Uji sudah berjalan, tetapi riwayatnya tidak dapat ditulis ke { $path }: { $error }.
    .fix = Periksa bahwa folder ini ada dan Anda boleh menulis ke dalamnya, lalu jalankan uji lagi.
health-history-encode-failed = Riwayat kunci tidak dapat ditulis (kesalahan internal).

## okx-key-assistant check: bantuan dan satu baris per kunci.
## Pertahankan pindah baris dan indentasi daftar opsi: terminal menampilkannya apa adanya.

health-usage =
    Penggunaan: { -usage-check }

    Menguji kunci yang disimpan di keychain sistem (semuanya, atau LABEL yang diberikan) sekaligus,
    masing-masing di situsnya sendiri dan dalam modenya sendiri, dengan permintaan hanya-baca yang
    ditandatangani (tidak ada yang pernah diperdagangkan atau dipindahkan). Menyebutkan apa yang
    berubah sejak setiap kunci terakhir berfungsi: Penarikan diaktifkan, Trading hilang, daftar IP
    atau nama berubah, atau kunci dihapus di OKX. Setiap uji masuk ke riwayat singkat kunci (50 uji
    terakhirnya, tidak pernah berisi rahasia) di folder data aplikasi.

    Opsi:
      --json       mencetak satu larik JSON: objek verify --json setiap kunci, dengan nama
                   simpanannya sebagai label (nama dari OKX sendiri pindah ke okx_label), ditambah
                   drift dan idle_rule
      -h, --help   menampilkan bantuan ini

    Status keluar: 0 setiap kunci sehat; 1 ada kunci yang gagal, dihapus di OKX, atau kehilangan
    Trading; 2 penggunaan salah, atau tidak ada kunci tersimpan; 3 ada kunci yang dapat melakukan
    penarikan (3 lebih diutamakan daripada 1).

# Setelah health-usage (check --help).
health-usage-ready =
    Kunci yang disimpan dengan bot (save LABEL --bot BOT) juga diuji untuk bot itu: mode akun,
    mode posisi, pasar, dan letak uangnya; JSON-nya mendapat objek readiness.
    Status keluar 4: setiap kunci sehat, tetapi ada akun yang belum siap untuk bot kuncinya.

# Kolom hasil di baris sebuah kunci.
health-result-healthy = sehat
health-result-can-withdraw = dapat melakukan penarikan: tidak aman untuk bot
# $reason: pesan masalah pertama.
health-result-failed = gagal: { $reason }
health-result-deleted = dihapus di OKX
health-test-stopped = Uji kunci ini berhenti secara tak terduga (kesalahan internal).

health-no-keys =
    Belum ada kunci yang tersimpan, jadi tidak ada yang perlu diperiksa.
    .fix = Simpan satu terlebih dahulu dengan: { -cmd-save-label }

# $before, $after: the account modes' names (Spot, Futures, Multi-currency margin, Portfolio margin)
health-drift-account-mode-changed =
    Mode akun di { -okx } berubah dari { $before } menjadi { $after }.
    .fix = Tidak perlu apa-apa jika Anda yang mengubahnya. Uji lagi kunci dengan bot-nya: beberapa bot memerlukan satu mode tertentu (lihat “Siap untuk bot Anda”).
# $before, $after: Buy/sell mode or Long/short mode
health-drift-position-mode-changed =
    Mode posisi akun di { -okx } berubah dari { $before } menjadi { $after }.
    .fix = Tidak perlu apa-apa jika Anda yang mengubahnya. Bot yang memerlukan mode lainnya akan ditolak order swap-nya: uji lagi kunci dengan bot-nya.
