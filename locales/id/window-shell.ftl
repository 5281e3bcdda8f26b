# Kata-kata cangkang jendela: memulai aplikasi, dan perintah jendela saat tidak dapat
# melakukan yang diminta. Masalah: nilainya adalah apa yang salah, .fix apa yang harus dilakukan.

## Memulai aplikasi (dicetak di terminal tempat aplikasi dijalankan, jika ada)

app-no-display =
    { -app-name } membuka jendela, tetapi sesi ini tidak memiliki tampilan grafis (DISPLAY maupun WAYLAND_DISPLAY tidak diatur).
    Jalankan dari menu aplikasi desktop Anda, atau dari terminal di dalam sesi desktop Anda.
    Tanpa desktop, baris perintah melakukan pemeriksaan yang sama: jalankan { -cmd-help }.
app-window-not-answering = { -app-name } sudah terbuka, tetapi jendelanya tidak merespons. Tutup jendela itu (atau hentikan { -cmd-app } di pengelola tugas), lalu buka aplikasi lagi.
app-could-not-start = { -app-name } tidak dapat dimulai: { $error }
app-could-not-start-again = { -app-name } tidak dapat dimulai lagi: { $error }

## Perintah jendela

app-clipboard-failed = Papan klip tidak dapat ditulisi.
    .fix = Pilih teksnya dan salin dengan Ctrl+C.
app-no-credentials = Belum ada kredensial yang sudah diperiksa untuk diuji.
    .fix = Kembali ke Langkah 9, tempel kunci API, kunci rahasia, dan frasa sandi, lalu tekan Periksa.
app-no-passphrase = Belum ada frasa sandi untuk disalin.
    .fix = Buat satu, atau ketik satu beserta konfirmasinya.
app-browser-failed = Browser web Anda tidak dapat dibuka.
    .fix = Buka { $url } di browser Anda sendiri.
app-no-test-result = Belum ada hasil uji untuk dilaporkan.
    .fix = Tekan “Uji koneksi” di Langkah 10 terlebih dahulu.
app-report-not-written = Laporan tidak dapat ditulis ke { $path }.
    .fix = Pilih folder lain (yang dapat Anda tulisi), atau gunakan Salin.
app-report-dialog-title = Simpan laporan konfirmasi
app-report-dialog-filter = Teks

## Bug di aplikasi (perbaikannya adalah teks "ini bug" yang biasa)

app-internal-keychain-task = Tugas keychain berhenti secara tak terduga.
app-internal-unknown-page = Jendela meminta halaman OKX yang tidak dikenal aplikasi.
app-internal-scoring-stopped = Penilaian frasa sandi berhenti secara tak terduga.
app-internal-generator-stopped = Pembuat frasa sandi berhenti secara tak terduga.
app-internal-dialog-stopped = Dialog simpan berhenti secara tak terduga.
