# "Siap untuk bot Anda": apakah akun (bukan hanya kunci) meloloskan order pertama bot.
# Jalur menu mengikuti situs OKX; nama mode seperti di OKX: "Spot", "Futures",
# "Margin multi-mata uang", "Margin portofolio"; "Beli/jual" dan "Long/short".

ready-market-spot = spot
ready-market-swap = swap perpetual
ready-position-mode-net = Mode Beli/jual
ready-position-mode-long-short = Mode Long/short

ready-bot-web-platform = platform web Anda

# $bot: nama bot; $market: ready-market-…; $site: situsnya, misalnya my.okx.com
ready-headline-ready = Siap untuk { $bot }, { $market }, di { $site }.
ready-headline-not-ready = { $count ->
        [1] Belum siap untuk { $bot } ({ $market }): ada satu hal yang perlu diubah dulu.
       *[other] Belum siap untuk { $bot } ({ $market }): ada { $count } hal yang perlu diubah dulu.
    }
ready-headline-unknown = Tidak dapat dipastikan apakah akun siap untuk { $bot } ({ $market }).

ready-account-mode-spot-only = Akun dalam mode Spot, yang tidak bisa memperdagangkan swap perpetual.
    .fix = Di situs web { -okx }, buka Trading, lalu pengaturan di kanan atas, lalu Mode akun ("Account mode"), dan pilih mode Futures (di aplikasi: Trading, menu, Pengaturan trading, Mode akun). Lalu tekan Uji lagi.
# $mode: nama mode akun
ready-account-mode-not-for-bot = { $bot } tidak bisa trading dalam mode { $mode }: mode itu hanya mengizinkan mode posisi Beli/jual untuk swap, sedangkan { $bot } membutuhkan mode Long/short.
    .fix = Di situs web { -okx }, buka Trading, lalu pengaturan di kanan atas, lalu Mode akun ("Account mode"), dan pilih mode Futures atau Margin multi-mata uang. Lalu tekan Uji lagi.
ready-account-mode-untested-spot = Akun dalam mode { $mode }. Panduan { $bot } ditulis untuk mode Spot atau mode Futures; order spot mungkin ditolak dalam mode ini.
    .fix = Jika order pertama gagal, beralihlah ke mode Futures: Trading, pengaturan di kanan atas, Mode akun.
ready-account-mode-untested-swap = Akun dalam mode { $mode }. Panduan { $bot } meminta mode Futures; mungkin berhasil, tetapi belum diuji dalam mode ini.
    .fix = Jika order pertama gagal, beralihlah ke mode Futures: Trading, pengaturan di kanan atas, Mode akun.
ready-position-mode-needs-long-short = { $bot } membutuhkan mode posisi Long/short untuk swap; akun dalam mode Beli/jual.
    .fix = Di situs web { -okx }, buka Trading, sebuah swap perpetual, lalu pengaturan di kanan atas, lalu Mode posisi ("Position mode"), dan pilih mode Long/short. Tutup dulu posisi dan order yang masih terbuka: { -okx } menolak perubahan selama masih ada yang terbuka. Lalu tekan Uji lagi.
ready-position-mode-needs-net = { $bot } membutuhkan mode posisi Beli/jual untuk swap; akun dalam mode Long/short.
    .fix = Di situs web { -okx }, buka Trading, sebuah swap perpetual, lalu pengaturan di kanan atas, lalu Mode posisi ("Position mode"), dan pilih mode Beli/jual. Tutup dulu posisi dan order yang masih terbuka: { -okx } menolak perubahan selama masih ada yang terbuka. Lalu tekan Uji lagi.
ready-position-mode-needs-net-ccxt = Akun dalam mode posisi Long/short. Program ccxt yang tidak menyebutkan sisi setiap order (long atau short) akan ditolak order swap-nya (51000) dalam mode ini.
    .fix = Sertakan sisi posisi dalam order Anda, atau pilih mode Beli/jual di { -okx }: Trading, sebuah swap perpetual, pengaturan di kanan atas, Mode posisi.
ready-market-not-offered = Akun ini tidak bisa memperdagangkan { $market } di { $site }: { -okx } tidak mencantumkan satu pun untuk akun ini (situs atau wilayah Anda tidak menyediakannya).
    .fix = Pilih spot untuk bot ini, atau gunakan akun di situs yang menyediakan { $market }.
ready-bot-market-not-on-site = Di { $site }, { $bot } hanya memperdagangkan spot.
    .fix = Pilih spot di { $bot }, atau gunakan bot yang memperdagangkan swap di situs ini.
ready-funds-in-funding-account = Akun trading kosong; uang Anda ada di akun pendanaan, tempat bot tidak bisa memakainya untuk trading.
    .fix = Di { -okx }, buka Aset, lalu Transfer, dan pindahkan uang dari akun pendanaan ke akun trading. Lalu tekan Uji lagi.
ready-no-funds = Akun trading belum berisi apa pun, jadi order pertama bot akan gagal.
    .fix = Setor atau transfer uang ke akun trading di { -okx } sebelum Anda menjalankan bot.
ready-demo-not-supported-by-bot = { $bot } tidak bisa memakai kunci Trading Demo { -okx }.
    .fix = Gunakan mode dry run milik { $bot } sendiri untuk berlatih, dan kunci live saat Anda trading sungguhan.
ready-sub-account = Kunci ini milik sub-akun: bot hanya memperdagangkan uang di sub-akun tersebut.
    .fix = Pindahkan uang ke akun trading sub-akun jika bot perlu memperdagangkan lebih banyak.
# $problem: apa yang salah dengan permintaan kesiapan, dengan kata-katanya sendiri
ready-readiness-unknown = Kesiapan tidak dapat diperiksa: { $problem }
