# Frasa sandi API (Langkah 5 panduan): daftar periksa di bawah kolom frasa sandi, kekuatannya,
# berapa lama untuk menebaknya, apa yang perlu diubah, dan kolom konfirmasi.
# Hanya ditampilkan di jendela.

## Daftar periksa: aturan OKX dan dua aturan kami.

pass-rule-length = { $min } sampai { $max } karakter (sekarang { $length })
    .too-short = Buat setidaknya { $min } karakter (sekarang { $length }).
    .too-long = Buat paling banyak { $max } karakter (sekarang { $length }): { -okx } tidak menerima lebih dari itu.
pass-rule-upper = Satu huruf besar (A-Z)
    .advice = Tambahkan huruf besar (A-Z).
pass-rule-lower = Satu huruf kecil (a-z)
    .advice = Tambahkan huruf kecil (a-z).
pass-rule-digit = Satu angka (0-9)
    .advice = Tambahkan angka (0-9).
pass-rule-special = Satu karakter khusus, seperti - . _ + @ ~
    .advice = Tambahkan karakter khusus, seperti - . _ + @ atau ~ (spasi tidak dihitung).
pass-rule-context-none = Tidak memuat label kunci, nama bot, atau “okx”
pass-rule-context-label = Memuat label kunci “{ $word }”
    .advice = Hapus label kunci “{ $word }”: itu termasuk hal pertama yang akan dicoba penyerang.
pass-rule-context-bot = Memuat nama bot “{ $word }”
    .advice = Hapus nama bot “{ $word }”: itu termasuk hal pertama yang akan dicoba penyerang.
pass-rule-context-okx = Memuat “okx”
    .advice = Hapus “okx”: itu termasuk hal pertama yang akan dicoba penyerang.
pass-rule-ascii = Hanya huruf, angka, dan simbol keyboard Inggris: tanpa spasi, aksen, atau emoji (frasa sandi dikirim di header permintaan web, dan karakter itu merusaknya)
    .advice = Gunakan hanya huruf A-Z, angka, dan simbol keyboard Inggris: tanpa spasi, aksen, atau emoji.

## Apa yang perlu diubah, selain aturan yang gagal

pass-advice-empty = Ketik frasa sandi, atau gunakan Buatkan untuk mendapatkan frasa sandi yang kuat.
pass-advice-too-guessable = Tambahkan satu kata lagi atau beberapa karakter: masih terlalu mudah ditebak. Kata-kata yang tidak berhubungan satu sama lain paling baik.

## Kekuatan: ditampilkan setelah "Kekuatan:" di bawah kolom frasa sandi

pass-strength-very-weak = Sangat lemah
pass-strength-weak = Lemah
pass-strength-fair = Cukup
pass-strength-strong = Kuat
pass-strength-very-strong = Sangat kuat
pass-strength-empty = Kosong
pass-strength-too-long = Terlalu panjang untuk dinilai

## Berapa lama menebaknya. $n adalah bilangan bulat.

pass-time-instant = kurang dari satu detik
pass-time-seconds = { $n ->
       *[other] { $n } detik
    }
pass-time-minutes = { $n ->
       *[other] { $n } menit
    }
pass-time-hours = { $n ->
       *[other] { $n } jam
    }
pass-time-days = { $n ->
       *[other] { $n } hari
    }
pass-time-months = { $n ->
       *[other] { $n } bulan
    }
pass-time-years = { $n ->
       *[other] { $n } tahun
    }
pass-time-centuries = berabad-abad

## Temuan penaksir kekuatan (zxcvbn): paling banyak satu peringatan

pass-warning-straight-rows = Deretan tombol yang lurus mudah ditebak.
pass-warning-short-keyboard-pattern = Pola keyboard yang pendek mudah ditebak.
pass-warning-repeats = Pengulangan seperti “aaa” mudah ditebak.
pass-warning-repeated-groups = Pengulangan seperti “abcabcabc” hanya sedikit lebih sulit ditebak daripada “abc”.
pass-warning-top-10 = Ini salah satu dari 10 kata sandi paling umum.
pass-warning-top-100 = Ini salah satu dari 100 kata sandi paling umum.
pass-warning-very-common = Ini kata sandi yang sangat umum.
pass-warning-similar-to-common = Ini mirip dengan kata sandi yang umum dipakai.
pass-warning-sequences = Urutan seperti abc atau 6543 mudah ditebak.
pass-warning-recent-years = Tahun-tahun terakhir mudah ditebak.
pass-warning-single-word = Satu kata saja mudah ditebak.
pass-warning-dates = Tanggal sering mudah ditebak.
pass-warning-names-alone = Nama depan dan nama keluarga saja mudah ditebak.
pass-warning-common-names = Nama depan dan nama keluarga yang umum mudah ditebak.

## Saran penaksir kekuatan

pass-tip-few-words = Gunakan beberapa kata, dan hindari ungkapan yang umum.
pass-tip-symbols-help-little = Simbol, angka, dan huruf besar menambah lebih sedikit daripada satu kata tambahan.
pass-tip-another-word = Tambahkan satu atau dua kata lagi. Kata yang jarang dipakai lebih baik.
pass-tip-capitals = Huruf besar tidak terlalu membantu.
pass-tip-all-capitals = Semua huruf besar hampir sama mudahnya ditebak dengan tanpa huruf besar.
pass-tip-reversed-words = Kata yang ditulis terbalik tidak jauh lebih sulit ditebak.
pass-tip-substitutions = Penggantian yang mudah diduga, seperti “@” untuk “a”, tidak terlalu membantu.
pass-tip-longer-keyboard-pattern = Gunakan pola keyboard yang lebih panjang dengan lebih banyak belokan.
pass-tip-repeats = Hindari kata dan karakter yang berulang.
pass-tip-sequences = Hindari urutan.
pass-tip-recent-years = Hindari tahun-tahun terakhir.
pass-tip-your-years = Hindari tahun yang berhubungan dengan Anda.
pass-tip-your-dates = Hindari tanggal dan tahun yang berhubungan dengan Anda.

## Kolom konfirmasi, di bawahnya

pass-confirm-empty = Ketik frasa sandi sekali lagi di sini untuk mengonfirmasinya.
pass-confirm-matches = Kedua frasa sandi sama.
pass-confirm-case-only = Hampir: hurufnya sama tetapi beberapa huruf besarnya berbeda, dan { -okx } membedakan huruf besar dan kecil. Periksa Caps Lock dan ketik lagi.
pass-confirm-differs = Kedua frasa sandi berbeda. Ketik lagi dengan teliti, atau tempel dari pengelola kata sandi Anda.

## Pembuat frasa sandi

pass-eff-attribution = Frasa sandi yang dibuat memakai EFF Long Wordlist dari Electronic Frontier Foundation (https://www.eff.org/dice), berlisensi CC BY 3.0 US.
