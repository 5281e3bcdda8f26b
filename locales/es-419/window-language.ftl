## Elegir el idioma de la ventana

# Un código de idioma que la app no tiene ($code es lo que se pidió, p. ej. "xx").
app-language-unknown = El idioma “{ $code }” no está disponible en { -app-name }.
    .fix = Elige uno de los idiomas del menú.
