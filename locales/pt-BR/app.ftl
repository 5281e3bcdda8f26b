# Palavras usadas em todo o app: o nome dele e os nomes que a OKX dá às coisas.
# Termos (começam com "-") entram nas mensagens; nunca aparecem sozinhos.

-app-name = OKX Key Assistant
-okx = OKX


problem-internal = Algo deu errado dentro do { -app-name }.
    .fix = Isto é um erro do { -app-name }. Tente de novo; se continuar acontecendo, informe o problema junto com o log do app.
