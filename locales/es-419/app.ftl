# Palabras usadas en toda la app: su nombre y los nombres que OKX da a las cosas.
# Los términos (empiezan con "-") se insertan en los mensajes; nunca se muestran solos.

-app-name = OKX Key Assistant
-okx = OKX


problem-internal = Algo salió mal dentro de { -app-name }.
    .fix = Es un error de { -app-name }. Vuelve a intentarlo; si sigue pasando, repórtalo junto con el registro (log) de la app.
