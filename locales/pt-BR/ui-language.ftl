## O menu de idioma (primeira tela e barra lateral)

ui-language-label = Idioma
