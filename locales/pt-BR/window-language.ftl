## Escolha do idioma da janela

# Um código de idioma que o app não tem ($code é o que foi pedido, p. ex. "xx").
app-language-unknown = O idioma “{ $code }” não está disponível no { -app-name }.
    .fix = Escolha um dos idiomas do menu.
