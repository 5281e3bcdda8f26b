# "Hubungkan bot Anda": langkah, nama, dan peringatan resep setiap bot (dibuat oleh inti dari
# situs dan mode satu kunci tersimpan, ditampilkan di panel "Hubungkan bot Anda" di jendela).
# Tidak diterjemahkan: nama produk (Freqtrade, Hummingbot, ccxt, python-okx, BitcoinEra,
# 3Commas), kode (connect okx, set_sandbox_mode, exchange.name, config.json), variabel
# lingkungan berhuruf besar, dan nomor kesalahan OKX (50119, 50105, 50101, 50110).
# $site adalah situs web seperti my.okx.com; $name, $sub dan $packages adalah kode, tidak diterjemahkan.
# Pesan kesalahan OKX dalam “ ” dibiarkan dalam bahasa Inggris: begitulah platform menampilkannya.

# Commands and paths (-cmd-run, …) are terms defined in commands.ftl.

## Nama nilai yang ditampilkan dengan tombol Salin

bot-value-site = Situs tempat Anda masuk
bot-value-api-host = Host API
bot-value-exchange-name = Nama exchange (exchange.name)
bot-value-env-key = Variabel lingkungan untuk kunci API
bot-value-env-secret = Variabel lingkungan untuk kunci rahasia
bot-value-env-password = Variabel lingkungan untuk frasa sandi (Freqtrade menyebutnya “password”)
bot-value-env-passphrase = Variabel lingkungan untuk frasa sandi
bot-value-sub-domain = Subdomain (okx_registration_sub_domain)
bot-value-ccxt-class = Kelas ccxt
bot-value-hostname = Opsi hostname ccxt
bot-value-sandbox = Sakelar Trading Demo
bot-value-domain = domain python-okx
bot-value-flag = flag python-okx (1 adalah Trading Demo, 0 adalah live)
bot-value-env-site = Situs, untuk kit
bot-value-env-demo = Mode trading, untuk kit
bot-value-env-base-url = Alamat API, untuk kit

## Keterangan blok kode

bot-code-config = Bagian exchange di config.json Freqtrade (tanpa rahasia di dalamnya)
bot-code-run = Jalankan dengan kunci dari keychain
bot-code-docker = Atau di Docker (Docker menyalin ketiga variabel dari run ke dalam kontainer; tidak ada nilai yang diketik)
bot-code-hummingbot = Ketik ini di Hummingbot
bot-code-keyring = Program yang membaca kunci dari keychain
bot-code-env = Program yang sama, membaca kunci yang diberikan { -cmd-run }
bot-code-install = Pasang kit
bot-code-mcp = Untuk aplikasi AI (Claude, Cursor, dan lainnya): pengaturan server MCP-nya

## Platform web (BitcoinEra, 3Commas, dan sejenisnya)

bot-web-step-open = Di platform, buka halaman untuk menambahkan exchange (sering disebut “Exchanges”, “API keys” atau “Connect exchange”).
bot-web-step-exchange-global = Pilih { -okx }. Jika diminta memilih wilayah atau situs web, pilih yang global ({ $site }).
bot-web-step-exchange-eea = Pilih entri { -okx } untuk Eropa ({ $site }; mungkin bernama “{ -okx } EEA” atau “MyOKX”). “{ -okx }” biasa mengirim kunci Anda ke www.okx.com, tempat kunci itu tidak ada.
bot-web-step-exchange-us = Pilih “{ -okx } US” ({ $site }). “{ -okx }” biasa mengirim kunci Anda ke www.okx.com, tempat kunci itu tidak ada.
bot-web-step-exchange-tr = Pilih “{ -okx } TR” ({ $site }). Jika platform tidak punya { -okx } TR, platform tidak dapat memakai kunci ini.
bot-web-step-mode-demo = Ini adalah kunci Trading Demo: pilih mode demo atau paper trading platform dengan Trading Demo { -okx }, jika ada.
bot-web-step-mode-live = Ini adalah kunci live: pilih trading sungguhan, bukan mode demo platform.
bot-web-step-values = Tempel ketiga nilai sesuai urutan ini, masing-masing dengan tombol Salin di bawah: kunci API, kunci rahasia, lalu frasa sandi.
bot-web-step-ip = Jika platform mencantumkan alamat IP yang perlu diizinkan, tambahkan ke kunci ini di halaman API { -okx } ({ $site }).
bot-web-step-check = Tekan tombol platform yang memeriksa atau menyimpan koneksi: saldo Anda atau “Connected” seharusnya tampil.

## Yang tampil saat pemeriksaan menemukan masalah (platform web, Hummingbot)

bot-check-50119 = “API key doesn't exist” (50119): platform mengirim kunci ke situs { -okx } yang lain. Pilih entri untuk { $site }.
bot-check-50105 = “Wrong passphrase” (50105): tempel frasa sandi yang Anda buat untuk kunci API ini, bukan kata sandi login { -okx } Anda.
bot-check-50101-demo = “APIKey does not match current environment” (50101): platform memakai trading sungguhan, sedangkan kunci ini untuk Trading Demo.
bot-check-50101-live = “APIKey does not match current environment” (50101): platform memakai Trading Demo, sedangkan kunci ini untuk trading sungguhan.
bot-check-50110 = “Your IP is not included in your API key's IP whitelist” (50110): tambahkan alamat IP platform ke kunci di { -okx }, atau hapus daftar IP kunci.

## Freqtrade

bot-freqtrade-step-config = Taruh bagian exchange ini di config.json Anda: namanya { $name }, dan key, secret serta password dibiarkan kosong.
bot-freqtrade-step-run = Jalankan Freqtrade dengan baris di bawah. Baris ini menaruh kunci di variabel lingkungan yang dibaca Freqtrade, hanya untuk sekali jalan ini, sehingga kunci tidak pernah masuk ke file.
bot-freqtrade-step-password = “password” di Freqtrade adalah frasa sandi API, bukan kata sandi login { -okx } Anda.
bot-freqtrade-no-tr = Freqtrade tidak punya apa pun untuk { -okx } TR ({ $site }): exchange okx, myokx dan okxus miliknya berbicara dengan situs { -okx } lain, tempat kunci ini tidak ada (50119).
bot-freqtrade-us-spot = Untuk { -okx } US, exchange Freqtrade adalah okxus, dan hanya untuk trading spot: tanpa futures.
bot-freqtrade-demo = Ini adalah kunci Trading Demo. dry run di Freqtrade adalah paper trading milik Freqtrade sendiri; kunci Trading Demo hanya berfungsi jika permintaan membawa header demo { -okx } (x-simulated-trading: 1).

## Hummingbot

bot-hummingbot-step-connect = Di Hummingbot, ketik connect okx.
bot-hummingbot-step-values = Saat diminta kunci API, kunci rahasia, dan frasa sandi, tempel masing-masing dengan tombol Salin di bawah.
bot-hummingbot-step-sub-domain = Saat ditanya subdomain tempat Anda mendaftar, jawab { $sub } (Anda masuk di { $site }).
bot-hummingbot-step-check = Hummingbot lalu memeriksa kunci: “You are now connected to okx” berarti kunci berfungsi.
bot-hummingbot-no-tr = Hummingbot tidak punya apa pun untuk { -okx } TR ({ $site }): subdomain www, my dan app miliknya adalah situs { -okx } lain, tempat kunci ini tidak ada (50119).
bot-hummingbot-demo = Ini adalah kunci Trading Demo, sedangkan konektor { -okx } di Hummingbot melakukan trading sungguhan: jawabannya akan 50101. Gunakan kunci live, atau paper trading milik Hummingbot sendiri.

## Python (ccxt dan python-okx)

bot-python-step-install = Pasang paketnya: { -cmd-pip-install } { $packages } (di Linux juga { -cmd-secretstorage }).
bot-python-step-keyring = Program pertama membaca kunci dari keychain, tempat aplikasi ini menyimpannya; kunci tidak pernah masuk ke kode Anda atau ke file.
bot-python-step-env = Atau biarkan { -cmd-run } memberikan kunci ke program kedua untuk sekali jalan, di lingkungannya.
bot-ccxt-step-password = ccxt menyebut frasa sandi API “password”: di situlah frasa sandi dimasukkan, bukan kata sandi login { -okx } Anda.
bot-python-okx-step-flag = flag python-okx memilih mode trading: “1” adalah Trading Demo, “0” adalah live; jika salah, jawabannya 50101. domain-nya harus domain situs Anda, atau { -okx } menjawab 50119.

## Agent Trade Kit OKX

bot-agent-step-install = Pasang Agent Trade Kit { -okx } (memerlukan Node.js 18 atau yang lebih baru).
bot-agent-step-run = Jalankan dengan { -cmd-run }: kit membaca kunci, situs, dan mode trading dari lingkungan, jadi tidak memerlukan { -cmd-okx-config }.
bot-agent-step-mcp = Untuk aplikasi AI, taruh pengaturan di bawah di daftar server MCP-nya: aplikasi itu lalu menjalankan kit melalui { -cmd-run }.
bot-agent-tr = Versi lama Agent Trade Kit { -okx } hanya mengenal situs global, eea dan us; OKX_SITE adalah tr dan OKX_API_BASE_URL mengarah ke tr.okx.com.

## Jendela diminta menyalin, sebagai teks biasa, sesuatu yang tampak seperti rahasia

bot-copy-refused = Ini tampak seperti rahasia, jadi tidak disalin sebagai teks biasa.
    .fix = Gunakan tombol Salin untuk kunci API, kunci rahasia, dan frasa sandi: tombol itu menjauhkan nilai dari riwayat papan klip dan menghapusnya setelah 30 detik.

## Passivbot
bot-value-user = Nama entri (user di konfigurasi Passivbot)
bot-passivbot-step-file = Di folder Passivbot, buka api-keys.json (jika belum ada, salin api-keys.json.example menjadi api-keys.json).
bot-passivbot-step-entry = Tambahkan entri yang ditampilkan di bawah, bernama “{ $user }”, di dalam kurung kurawal terluar file tersebut.
bot-passivbot-step-values = Isi key, secret, dan passphrase, masing-masing dengan tombol Salin di bawah: kunci API, kunci rahasia, lalu frasa sandi.
bot-passivbot-step-private = File ini sekarang berisi kunci rahasia Anda: simpan hanya di komputer ini, hanya bisa dibaca oleh Anda, dan jangan pernah membagikan atau mengunggahnya.
bot-passivbot-step-config = Di konfigurasi Passivbot, atur user menjadi “{ $user }”, lalu jalankan Passivbot.
bot-passivbot-code-entry = Entri untuk api-keys.json (ketiga nilai dibiarkan kosong di sini: tempelkan dengan tombol Salin)
bot-passivbot-warn-hedge = Passivbot memperdagangkan swap perpetual dalam mode posisi Long/short. Aturlah di { -okx } sebelum Anda menjalankan bot; uji di bawah memberi tahu apakah sudah diatur.
bot-passivbot-warn-site = Passivbot terhubung ke www.okx.com. Kunci ini milik { $site }: periksa dokumentasi Passivbot untuk situs Anda sebelum mulai.

## OctoBot
bot-octobot-step-open = Buka antarmuka web OctoBot dan masuk ke Accounts, lalu Exchanges.
bot-octobot-step-exchange = Tambahkan { -okx } sebagai exchange. Kunci ini milik { $site }: pilih entri { -okx } yang sesuai jika OctoBot menawarkan lebih dari satu.
bot-octobot-step-values = Tempel ketiga nilai dengan tombol Salin di bawah: API key (kunci API), API secret (kunci rahasia), lalu password (frasa sandi).
bot-octobot-step-demo = Ini adalah kunci Trading Demo: aktifkan opsi sandbox OctoBot untuk { -okx }, jika versi Anda memilikinya.
bot-octobot-step-restart = Simpan, lalu mulai ulang OctoBot agar terhubung dengan kunci baru.
bot-octobot-warn-net = Untuk swap perpetual, OctoBot memakai mode posisi Beli/jual (satu arah). Jika akun Anda dalam mode Long/short, ubah dulu di { -okx }; uji di bawah akan memberi tahu Anda.
