## Pencerenin dilini seçme

# Uygulamada olmayan bir dil kodu ($code istenen koddur, ör. "xx").
app-language-unknown = “{ $code }” dili { -app-name } uygulamasında yok.
    .fix = Menüdeki dillerden birini seçin.
