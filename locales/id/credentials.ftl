# Langkah 9 dan baris perintah: memeriksa kunci API, kunci rahasia, dan frasa sandi yang
# ditempel pengguna.
#
# Variabel yang dipakai di file ini:
#   $field  nama kolom di tengah kalimat (“kunci API”, dari cred-field-*.the)
#   $Field  sama, di awal kalimat (“Kunci API”, dari cred-field-*.start)
#   $env    variabel lingkungan kolom di baris perintah (OKX_API_KEY, tidak diterjemahkan)
#   $kind   isi kolom: "key" atau "passphrase"

## Tiga kolom

cred-field-api-key = Kunci API
    .the = kunci API
    .start = Kunci API
    .bare = kunci API
cred-field-secret-key = Kunci rahasia
    .the = kunci rahasia
    .start = Kunci rahasia
    .bare = kunci rahasia
cred-field-passphrase = Frasa sandi
    .the = frasa sandi
    .start = Frasa sandi
    .bare = frasa sandi

## Daftar

cred-list-and = { $first } dan { $last }
cred-list-comma = { $first }, { $rest }

## Karakter yang tidak seharusnya ada di nilai yang ditempel

cred-char-space = spasi
    .edge = { $end ->
        [start] { $n ->
           *[other] { $n } spasi di awal
        }
       *[end] { $n ->
           *[other] { $n } spasi di akhir
        }
    }
cred-char-tab = tab
    .edge = { $end ->
        [start] { $n ->
           *[other] { $n } tab di awal
        }
       *[end] { $n ->
           *[other] { $n } tab di akhir
        }
    }
cred-char-line-break = pindah baris
    .edge = { $end ->
        [start] { $n ->
           *[other] { $n } pindah baris di awal
        }
       *[end] { $n ->
           *[other] { $n } pindah baris di akhir
        }
    }
cred-char-no-break-space = spasi tak terputus (no-break space)
    .edge = { $end ->
        [start] { $n ->
           *[other] { $n } spasi tak terputus di awal
        }
       *[end] { $n ->
           *[other] { $n } spasi tak terputus di akhir
        }
    }
cred-char-other-space = karakter kosong
    .edge = { $end ->
        [start] { $n ->
           *[other] { $n } karakter kosong di awal
        }
       *[end] { $n ->
           *[other] { $n } karakter kosong di akhir
        }
    }
cred-char-zero-width = karakter tak terlihat selebar nol
    .edge = { $end ->
        [start] { $n ->
           *[other] { $n } karakter tak terlihat selebar nol di awal
        }
       *[end] { $n ->
           *[other] { $n } karakter tak terlihat selebar nol di akhir
        }
    }
cred-char-invisible = karakter format tak terlihat
    .edge = { $end ->
        [start] { $n ->
           *[other] { $n } karakter format tak terlihat di awal
        }
       *[end] { $n ->
           *[other] { $n } karakter format tak terlihat di akhir
        }
    }
cred-char-control = karakter kontrol tersembunyi
    .edge = { $end ->
        [start] { $n ->
           *[other] { $n } karakter kontrol tersembunyi di awal
        }
       *[end] { $n ->
           *[other] { $n } karakter kontrol tersembunyi di akhir
        }
    }

## Letak karakter di dalam nilai

cred-place-start = di awal
cred-place-end = di akhir
cred-place-middle = di tengah, setelah karakter ke-{ $after }
cred-inside-what = { $count ->
    [1] { $char } { $place }
   *[other] { $count } karakter kosong atau tersembunyi di dalamnya; yang pertama adalah { $char } { $place }
}

## Yang dihapus saat membersihkan nilai yang ditempel

cred-trim-blanks = dihapus { $chars }
cred-trim-blanks-inside-quotes = dihapus { $chars } di dalam tanda kutip
cred-trim-quotes = { $pairs ->
    [1] tanda kutip di sekitar nilai dihapus
   *[other] { $pairs } pasang tanda kutip di sekitar nilai dihapus
}
cred-trimmed-line = { $field }: { $removed }

## Temuan pada satu kolom

cred-empty-api-key = Kunci API kosong.
    .fix = { $surface ->
        [cli] Atur OKX_API_KEY ke kunci API dari { -okx } (atau dari pengelola kata sandi Anda).
       *[window] Tempel kunci API dari { -okx } (atau dari pengelola kata sandi Anda) ke kolom ini.
    }
cred-empty-secret-key = Kunci rahasia kosong.
    .fix = { $surface ->
        [cli] Atur OKX_SECRET_KEY ke kunci rahasia yang Anda simpan saat membuat kunci. { -okx } hanya menampilkannya sekali: jika Anda tidak menyimpannya, hapus kunci ini di { -okx } dan buat yang baru.
       *[window] Tempel kunci rahasia yang Anda simpan saat membuat kunci. { -okx } hanya menampilkannya sekali: jika Anda tidak menyimpannya, hapus kunci ini di { -okx } dan buat yang baru.
    }
cred-empty-passphrase = Frasa sandi kosong.
    .fix = { $surface ->
        [cli] Atur OKX_PASSPHRASE ke frasa sandi API yang Anda buat bersama kunci ini, bukan kata sandi login { -okx } atau kata sandi dana Anda.
       *[window] Ketik atau tempel frasa sandi API yang Anda buat untuk kunci ini di Langkah 5, bukan kata sandi login { -okx } atau kata sandi dana Anda.
    }
cred-label-included = { $surface ->
        [cli] { $what ->
            [passphrase] { $env } juga memuat label “{ $label }” di depan frasa sandi.
           *[key] { $env } juga memuat label “{ $label }” di depan kunci.
        }
       *[window] { $what ->
            [passphrase] Kolom “{ $Field }” juga memuat label “{ $label }” di depan frasa sandi.
           *[key] Kolom “{ $Field }” juga memuat label “{ $label }” di depan kunci.
        }
    }
    .fix = { $what ->
        [passphrase] { $sure ->
            [no] Hapus label dan tanda setelahnya, sehingga hanya frasa sandi yang tersisa. Jika ini memang seluruh frasa sandi Anda, biarkan apa adanya.
           *[yes] Hapus label dan tanda setelahnya, sehingga hanya frasa sandi yang tersisa.
        }
       *[key] Hapus label dan tanda setelahnya, sehingga hanya kuncinya yang tersisa.
    }
cred-character-inside = { $Field } memuat { $what }.
    .fix = { $kind ->
        [passphrase] Frasa sandi tidak memuat spasi, pindah baris, atau karakter tersembunyi. Hapus karakter itu, atau salin lagi { $field } secara utuh dari pengelola kata sandi Anda.
       *[key] Kunci tidak memuat spasi, pindah baris, atau karakter tersembunyi. Hapus karakter itu, atau salin lagi { $field } secara utuh dari pengelola kata sandi Anda.
    }
cred-hidden-character-inside = { $Field } memuat { $what }.
    .fix = { $surface ->
        [cli] { $kind ->
            [passphrase] Frasa sandi tidak memuat karakter tersembunyi, dan karakter ini tidak terlihat: atur { $env } lagi ke { $field }, disalin langsung dari pengelola kata sandi Anda (atau dari { -okx }).
           *[key] Kunci tidak memuat karakter tersembunyi, dan karakter ini tidak terlihat: atur { $env } lagi ke { $field }, disalin langsung dari pengelola kata sandi Anda (atau dari { -okx }).
        }
       *[window] { $kind ->
            [passphrase] Frasa sandi tidak memuat karakter tersembunyi, dan karakter ini tidak terlihat: kosongkan kolom dan tempel lagi { $field }, disalin langsung dari pengelola kata sandi Anda (atau dari { -okx }).
           *[key] Kunci tidak memuat karakter tersembunyi, dan karakter ini tidak terlihat: kosongkan kolom dan tempel lagi { $field }, disalin langsung dari pengelola kata sandi Anda (atau dari { -okx }).
        }
    }
cred-masked-api-key = Kunci API memuat karakter penyamar (seperti **** atau …): ini bentuk singkat yang ditampilkan { -okx } di daftar kuncinya, bukan kunci lengkap.
    .fix = Salin kunci API lengkap dari pengelola kata sandi Anda, atau di { -okx } dari detail kunci dengan tombol salinnya.
cred-masked-secret-key = Kunci rahasia memuat karakter penyamar (seperti **** atau •••), jadi ini bukan kunci rahasia yang sebenarnya.
    .fix = Gunakan kunci rahasia yang Anda simpan saat membuat kunci. { -okx } hanya menampilkannya sekali: jika Anda tidak menyimpannya, hapus kunci ini di { -okx } dan buat yang baru.
cred-masked-passphrase = Frasa sandi hanya berisi titik atau bintang: begitulah kata sandi tersembunyi ditampilkan, bukan frasa sandinya sendiri.
    .fix = Salin frasa sandi dengan tombol salin di pengelola kata sandi Anda, atau ketik.
cred-stray-quote = { $end ->
        [start] { $Field } diawali tanda kutip yang tidak punya pasangan di ujung lainnya.
       *[end] { $Field } diakhiri tanda kutip yang tidak punya pasangan di ujung lainnya.
    }
    .fix = Jika tanda kutip itu bukan bagian dari { $field }, hapus.

## Temuan lintas kolom

cred-label-instead-of-key = Di tempat kunci API ada nama kunci (“{ $label }”), bukan kuncinya sendiri.
    .fix = Salin kunci API: di { -okx } kunci API adalah kode panjang dengan tanda hubung yang ditampilkan bersama kunci (seperti 1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d), bukan nama yang Anda berikan.
cred-same-value = { $Field } sama dengan { $other }. Ketiganya selalu berbeda.
    .fix = { $surface ->
        [cli] Atur { $other_env } ke { $other } dan { $env } ke { $field }: periksa bahwa Anda menyalin masing-masing dari barisnya sendiri.
       *[window] Tempel { $field } ke kolomnya: periksa bahwa Anda menyalin masing-masing dari barisnya sendiri.
    }

## Nilai yang tertukar

cred-swap-key-secret = Kunci API dan kunci rahasia tertukar: di tempat kunci API ada kunci rahasia (32 karakter, tanpa tanda hubung), dan di tempat kunci rahasia ada kunci API (dengan tanda hubung). { -okx } hanya akan menjawab bahwa ia tidak mengenal kunci itu.
    .fix = { $surface ->
        [cli] Taruh kunci API di OKX_API_KEY dan kunci rahasia di OKX_SECRET_KEY: saat ini masing-masing berisi yang lain. Di input standar, berikan kunci API, kunci rahasia, dan frasa sandi sesuai urutan itu.
       *[window] Tukar keduanya (ada tombol untuk itu), atau tempel masing-masing ke kolom yang lain.
    }
cred-swap-key-secret-likely = Kunci API dan kunci rahasia tampaknya tertukar: di tempat kunci API ada sesuatu yang berbentuk kunci rahasia (32 karakter, tanpa tanda hubung), dan di tempat kunci rahasia ada sesuatu yang berbentuk kunci API (dengan tanda hubung).
    .fix = { $surface ->
        [cli] Taruh kunci API di OKX_API_KEY dan kunci rahasia di OKX_SECRET_KEY: saat ini masing-masing berisi yang lain. Di input standar, berikan kunci API, kunci rahasia, dan frasa sandi sesuai urutan itu.
       *[window] Tukar keduanya (ada tombol untuk itu), atau tempel masing-masing ke kolom yang lain.
    }
cred-swap-secret-passphrase = Kunci rahasia dan frasa sandi tampaknya tertukar: di tempat frasa sandi ada sesuatu yang berbentuk kunci rahasia (32 karakter, tanpa tanda hubung).
    .fix = { $surface ->
        [cli] Taruh kunci rahasia di OKX_SECRET_KEY dan frasa sandi di OKX_PASSPHRASE: saat ini masing-masing berisi yang lain. Di input standar, berikan kunci API, kunci rahasia, dan frasa sandi sesuai urutan itu.
       *[window] Tukar keduanya (ada tombol untuk itu), atau tempel masing-masing ke kolom yang lain.
    }
cred-swap-key-passphrase = Kunci API dan frasa sandi tampaknya tertukar: di tempat frasa sandi ada sesuatu yang berbentuk kunci API (dengan tanda hubung).
    .fix = { $surface ->
        [cli] Taruh kunci API di OKX_API_KEY dan frasa sandi di OKX_PASSPHRASE: saat ini masing-masing berisi yang lain. Di input standar, berikan kunci API, kunci rahasia, dan frasa sandi sesuai urutan itu.
       *[window] Tukar keduanya (ada tombol untuk itu), atau tempel masing-masing ke kolom yang lain.
    }

## Bentuk sebuah nilai
# { -okx } tidak menjanjikan format ini, jadi ini hanya peringatan: kunci tetap dapat diuji.

cred-api-key-case = Kunci API tampak tidak biasa: ada huruf besar, padahal { -okx } menampilkan kunci API dengan huruf kecil. Huruf besar dan kecil berpengaruh: satu huruf yang berubah membuat kunci gagal.
    .fix = Salin lagi kunci API dari pengelola kata sandi Anda (atau dari { -okx }), jangan mengetiknya.
cred-secret-in-key-field = Kunci API tampak seperti kunci rahasia: 32 karakter tanpa tanda hubung. Kunci API { -okx } punya tanda hubung, seperti 1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d.
    .fix = { $surface ->
        [cli] Periksa bahwa OKX_API_KEY berisi kunci API, bukan kunci rahasia.
       *[window] Periksa bahwa Anda menempel kunci API di sini, bukan kunci rahasia.
    }
cred-api-key-shape = Kunci API tidak tampak seperti kunci API { -okx }: kunci API punya 36 karakter, huruf a-f dan angka dalam kelompok 8-4-4-4-12 yang disambung tanda hubung, dan yang ini { $n ->
        [36] memuat karakter lain.
       *[other] punya { $n } karakter.
    }
    .fix = Periksa bahwa Anda menyalin seluruh nilai dan tidak ada yang lain. Jika persis seperti yang ditampilkan { -okx }, Anda tetap dapat mengujinya.
cred-secret-key-case = Kunci rahasia memuat huruf kecil, padahal { -okx } menampilkan kunci rahasia dengan huruf besar, jadi mungkin ada yang mengubahnya. Huruf besar dan kecil berpengaruh: kunci rahasia yang berubah tidak akan berfungsi.
    .fix = Salin lagi kunci rahasia dari pengelola kata sandi Anda, persis seperti yang Anda simpan dari { -okx }.
cred-key-in-secret-field = Kunci rahasia tampak seperti kunci API: ada tanda hubung, dalam kelompok 8-4-4-4-12. Kunci rahasia { -okx } terdiri dari 32 angka dan huruf besar A-F, tanpa tanda hubung.
    .fix = { $surface ->
        [cli] Periksa bahwa OKX_SECRET_KEY berisi kunci rahasia, bukan kunci API.
       *[window] Periksa bahwa Anda menempel kunci rahasia di sini, bukan kunci API.
    }
cred-secret-key-shape = Kunci rahasia tidak tampak seperti kunci rahasia { -okx }: kunci rahasia punya 32 karakter, angka dan huruf besar A-F, dan yang ini { $n ->
        [32] memuat karakter lain.
       *[other] punya { $n } karakter.
    }
    .fix = Periksa bahwa Anda menyalin seluruh nilai dan tidak ada yang lain. Jika persis seperti yang ditampilkan { -okx }, Anda tetap dapat mengujinya.

## Frasa sandi

cred-passphrase-like-api-key = { $surface ->
        [cli] Frasa sandi tampak seperti kunci API (kode panjang dengan tanda hubung). Frasa sandi adalah yang Anda buat sendiri saat membuat kunci.
       *[window] Frasa sandi tampak seperti kunci API (kode panjang dengan tanda hubung). Frasa sandi adalah yang Anda buat sendiri di Langkah 5.
    }
    .fix = { $surface ->
        [cli] Atur OKX_PASSPHRASE ke frasa sandi API yang Anda buat untuk kunci ini.
       *[window] Ketik atau tempel frasa sandi API yang Anda buat untuk kunci ini.
    }
cred-passphrase-like-secret-key = { $surface ->
        [cli] Frasa sandi tampak seperti kunci rahasia (32 huruf dan angka). Frasa sandi adalah yang Anda buat sendiri saat membuat kunci.
       *[window] Frasa sandi tampak seperti kunci rahasia (32 huruf dan angka). Frasa sandi adalah yang Anda buat sendiri di Langkah 5.
    }
    .fix = { $surface ->
        [cli] Atur OKX_PASSPHRASE ke frasa sandi API yang Anda buat untuk kunci ini.
       *[window] Ketik atau tempel frasa sandi API yang Anda buat untuk kunci ini.
    }
cred-passphrase-length = { $n ->
       *[other] Frasa sandi punya { $n } karakter; frasa sandi { -okx } punya 8 sampai 32 karakter.
    }
    .fix = Periksa bahwa Anda menempel seluruh frasa sandi, dan hanya frasa sandi.
cred-passphrase-non-ascii = Frasa sandi memuat karakter di luar huruf, angka, dan simbol keyboard biasa (seperti é, tanda kutip melengkung ’ atau emoji). Beberapa program mengubah karakter ini di tengah jalan, dan { -okx } mungkin tidak menerimanya persis seperti yang Anda ketik.
    .fix = Jika Anda mengetiknya, periksa bahwa komputer Anda tidak mengubah tanda kutip lurus (') menjadi melengkung (’). Jika frasa sandi Anda memang memuat karakter ini, lanjutkan dan uji.
cred-passphrase-matches = Frasa sandi sama dengan yang Anda buat di Langkah 5.
cred-passphrase-case-differs = Frasa sandi berbeda dari yang Anda buat di Langkah 5 hanya pada huruf besar. Huruf besar dan kecil berpengaruh, jadi { -okx } akan menolaknya.
    .fix = Periksa Caps Lock, lalu ketik atau tempel frasa sandi persis seperti yang Anda buat di { -okx }.
cred-passphrase-differs = Frasa sandi bukan yang Anda buat di Langkah 5.
    .fix = Gunakan yang Anda ketik di { -okx } saat membuat kunci ini (bukan kata sandi login { -okx } atau kata sandi dana Anda): { -okx } hanya menerima yang itu. Jika Anda mengetik yang berbeda di sana, gunakan itu dan lanjutkan.
cred-passphrase-reminder = Gunakan frasa sandi API yang Anda buat bersama kunci ini, bukan kata sandi login { -okx } dan bukan kata sandi dana Anda.
    .fix = Jika tidak yakin, cari di pengelola kata sandi Anda di samping kunci rahasia kunci ini. Jika hilang, hapus kunci di { -okx } dan buat yang baru.

## Membagi satu tempelan ke tiga kolom

cred-split-more-than-one = Ditemukan lebih dari satu { $field }; yang pertama dipakai. Periksa bahwa itu yang benar.
cred-split-left-out = Baris berlabel “{ $label }” tidak dipakai: bot memerlukan frasa sandi API yang Anda buat bersama kunci ini, bukan kata sandi login atau kata sandi dana { -okx } Anda.
cred-split-unplaced = { $count ->
       *[other] Tidak dapat mengetahui baris mana yang merupakan { $fields }; tempel masing-masing ke kolomnya sendiri.
    }

## Ukuran tempelan
cred-paste-too-large = Yang Anda tempel lebih besar dari { $max } KiB, batas yang dibaca aplikasi sekaligus; tiga nilai itu jauh lebih kecil.
    .fix = { $surface ->
        [cli] Berikan ke save hanya API key, secret key, dan frasa sandi (atau catatan yang hanya berisi itu).
       *[window] Kolom dibiarkan seperti semula. Salin hanya API key, secret key, dan frasa sandi (atau catatan yang hanya berisi itu), lalu tempel lagi.
    }
