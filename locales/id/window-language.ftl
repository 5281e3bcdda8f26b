## Memilih bahasa jendela

# Kode bahasa yang tidak dimiliki aplikasi ($code adalah yang diminta, mis. "xx").
app-language-unknown = Bahasa “{ $code }” tidak tersedia di { -app-name }.
    .fix = Pilih salah satu bahasa di menu.
