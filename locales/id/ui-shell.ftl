# Bingkai jendela di sekitar langkah-langkah.

## Halaman

ui-app-name = { -app-name }
ui-skip-link = Lompat ke langkah saat ini
ui-rail-label = Langkah-langkah panduan

## Rel dan baris kemajuan

ui-step-position = Langkah { $n } dari { $total }
ui-rail-done = (selesai)
ui-rail-locked = (terkunci sampai aturan emas disetujui)
ui-rail-locked-tooltip = Baca dan setujui aturan emas terlebih dahulu
ui-hint-rules-first = Baca dan setujui aturan emas sebelum Langkah 1.

## Navigasi

ui-nav-back = Kembali
ui-nav-next = Berikutnya
ui-nav-finish = Selesai
ui-start-over = Mulai ulang
ui-more-below = Masih ada di bawah

## Dialog

ui-dialog-cancel = Batal
ui-dialog-ok = OK
ui-start-over-dialog = Mulai ulang?
    .text = Ini menghapus kemajuan Anda dan semua yang sedang disimpan aplikasi di memori (frasa sandi, kunci yang ditempel, hasil uji). Kunci yang sudah disimpan di keychain Anda tetap tersimpan.
    .confirm = Mulai ulang

## Saat mesin aplikasi tidak dapat dijangkau

ui-engine-missing = Mesin aplikasi tidak tersedia.
    .fix = Mulai ulang { -app-name }.
ui-call-failed-fix = Coba lagi. Jika terus terjadi, mulai ulang aplikasi.

# The progress line at the top of the rail: the guide's Steps 1 to 10 that are done.
ui-progress-steps = { $done } dari { $total } langkah selesai
