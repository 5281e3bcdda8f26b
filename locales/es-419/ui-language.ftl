## El menú de idioma (primera pantalla y barra lateral)

ui-language-label = Idioma
