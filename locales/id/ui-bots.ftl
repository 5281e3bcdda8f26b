# Panel "Hubungkan bot Anda" di jendela: di Langkah 10 setelah kunci disimpan, dan di bawah daftar
# kunci tersimpan (tombol "Hubungkan"). Langkah dan nilai setiap bot berasal dari bots.ftl.
# Nama produk tetap apa adanya: Freqtrade, Hummingbot, ccxt, python-okx, BitcoinEra, 3Commas.
# $label adalah nama kunci tersimpan dan $site situs web seperti my.okx.com: tidak diterjemahkan.

## Panel

ui-bot-heading-for = Hubungkan “{ $label }” ke bot Anda
ui-bot-lead-live = Pilih jenis bot yang akan memakai kunci ini. Langkah dan nilainya dibuat untuk kunci ini: kunci live dari { $site }.
ui-bot-lead-demo = Pilih jenis bot yang akan memakai kunci ini. Langkah dan nilainya dibuat untuk kunci ini: kunci Trading Demo dari { $site }.
ui-bot-question = Bot mana yang akan memakai kunci ini?
ui-bot-choose = Pilih bot di atas untuk melihat cara menghubungkannya.
ui-bot-loading = Menyiapkan langkah untuk kunci ini…
ui-bot-after-save = Setelah kunci lulus uji dan tersimpan, langkah untuk menghubungkannya ke bot Anda tampil di sini.

## Jenis bot (tombol radio: nama dan petunjuk)

ui-bot-kind-web = Platform web
    .hint = BitcoinEra, 3Commas, dan situs lain tempat Anda menempel kunci ke formulir
ui-bot-kind-freqtrade = Freqtrade
    .hint = Bot trading sumber terbuka yang Anda jalankan di terminal
ui-bot-kind-hummingbot = Hummingbot
    .hint = Bot sumber terbuka yang Anda hubungkan dengan “connect okx”
ui-bot-kind-ccxt = Python dengan ccxt
    .hint = Program Python Anda sendiri, dengan pustaka ccxt
ui-bot-kind-python-okx = Python dengan python-okx
    .hint = Program Python Anda sendiri, dengan pustaka python-okx dari { -okx }
ui-bot-kind-agent = Agent Trade Kit { -okx }
    .hint = Baris perintah { -okx } (okx) dan server MCP-nya untuk aplikasi AI (okx-trade-mcp)

## Resep

ui-bot-warnings-heading = Yang bisa salah, dan yang harus dilakukan
ui-bot-steps-heading = Langkah-langkah
ui-bot-credentials-heading = Tiga nilai kunci
# $n: detik sampai papan klip dikosongkan.
ui-bot-credentials-hint = Setiap tombol menyalin satu nilai dari keychain. Nilai itu dijauhkan dari riwayat papan klip dan dihapus setelah { $n ->
       *[other] { $n } detik
    }.
ui-bot-not-saved = Simpan kunci terlebih dahulu: tombol-tombol ini menyalin nilainya dari keychain.
ui-bot-values-heading = Nilai untuk kunci ini
ui-bot-copy = Salin
ui-bot-copied = Disalin.

## Daftar kunci tersimpan

ui-bot-connect = Hubungkan
