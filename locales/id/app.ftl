# Kata-kata yang dipakai di seluruh aplikasi: namanya dan nama-nama OKX untuk berbagai hal.
# Term (diawali "-") disisipkan ke dalam pesan; tidak pernah ditampilkan sendiri.

-app-name = OKX Key Assistant
-okx = OKX


problem-internal = Terjadi kesalahan di dalam { -app-name }.
    .fix = Ini adalah bug di { -app-name }. Silakan coba lagi; jika terus terjadi, laporkan beserta log aplikasi.
