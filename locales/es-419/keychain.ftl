# Guardar claves en el llavero del sistema, los archivos propios de la app (la lista de claves
# guardadas, el avance en la guía) y las reglas para guardar una clave probada.
# Se muestra en la ventana (bajo el botón Guardar, en la lista de claves guardadas) y en la línea
# de comandos (okx-key-assistant save, list, delete). $surface es "window" o "cli".
# $os es "macos", "windows" u otro sistema (Linux, los BSD): el llavero es distinto en cada uno.
# $label es el nombre con el que se guarda una clave (letras, dígitos, _ - .), nunca se traduce.

## Guardar una clave probada: la única regla, para el botón Guardar y para "okx-key-assistant save"

keychain-save-untested = No se guardó: la clave todavía no se probó.
    .fix = Prueba la clave primero; solo se puede guardar una clave que pase la prueba.
keychain-save-withdraw = No se guardó: esta clave puede retirar fondos, así que quien la tenga puede sacar tu dinero de { -okx }.
    .fix = Elimina esta clave en la página de API de { -okx }, crea una nueva con solo Lectura y Trading activados, y luego prueba y guarda esa.
keychain-save-not-passed = No se guardó: solo se puede guardar una clave que pasó la prueba de conexión.
    .fix = Corrige lo que encontró la prueba, vuelve a probar la clave y luego guárdala.

## La clave y su etiqueta

keychain-incomplete = La clave está incompleta: se necesitan la clave de API, la clave secreta y la frase de contraseña.
    .fix = { $surface ->
        [cli] Indica los tres valores (en OKX_API_KEY, OKX_SECRET_KEY y OKX_PASSPHRASE, o como tres líneas en la entrada estándar) y vuelve a ejecutar save.
       *[window] Pega los tres valores, prueba la conexión y luego guarda.
    }
keychain-label-missing = La clave necesita una etiqueta con la que guardarse.
    .fix = { $surface ->
        [cli] Indica una etiqueta, por ejemplo el nombre que le diste a la clave en { -okx }: { -cmd-save-example }
       *[window] Escribe una etiqueta, por ejemplo el nombre que le diste a la clave en { -okx }, como BitcoinEra_GridBot.
    }
# $max: la etiqueta más larga, en caracteres (50). La etiqueta nunca se repite aquí: podría
# haberse pegado un secreto en el lugar equivocado.
keychain-label-invalid = Una etiqueta puede tener de 1 a { $max } letras, dígitos, '_', '-' o '.', y nada más (sin espacios).
    .fix = Cambia la etiqueta, por ejemplo a BitcoinEra_GridBot.
keychain-label-bad-start = Una etiqueta no puede empezar con '-' (en un comando se leería como una opción) ni tener solo puntos.
    .fix = Empieza la etiqueta con una letra o un dígito, por ejemplo GridBot-1 en lugar de -GridBot.

## Lo que hay guardado con una etiqueta

keychain-not-found = No hay ninguna clave guardada con la etiqueta “{ $label }”.
    .fix = { $surface ->
        [cli] Revisa la etiqueta con { -cmd-list }, o guarda la clave primero.
       *[window] Revisa la etiqueta en la lista de claves guardadas, o guarda la clave primero.
    }
# $what: keychain-existing-key o keychain-existing-foreign, justo abajo.
keychain-already-exists = Ya hay una clave guardada con la etiqueta “{ $label }”: { $what }.
    .fix = { $surface ->
        [cli] Agrega --replace para poner la nueva clave en su lugar (la anterior se conserva hasta que la nueva esté guardada y vuelta a leer), o elige otra etiqueta.
       *[window] Elige Reemplazar para poner la nueva clave en su lugar (la anterior se conserva hasta que la nueva esté guardada y comprobada), o usa otra etiqueta.
    }
# Completa keychain-already-exists. $key: la clave de API guardada, acortada ("6f1c…5a41");
# $saved_at: cuándo se guardó (2026-11-26T18:00:00.000Z).
keychain-existing-key = la clave { $key }, guardada el { $saved_at }
# Completa keychain-already-exists: un elemento con esa etiqueta que escribió otro programa.
keychain-existing-foreign = un elemento que esta app no escribió
keychain-mismatch = La clave guardada como “{ $label }” no se leyó igual a como se escribió, así que no cuenta como guardada.
    .fix = { $surface ->
        [cli] Vuelve a ejecutar save. Si pasa otra vez, reinicia tu llavero (cierra sesión y vuelve a entrar) e inténtalo de nuevo.
       *[window] Intenta guardar de nuevo; el formulario conserva tus valores. Si pasa otra vez, reinicia tu llavero (cierra sesión y vuelve a entrar) e inténtalo de nuevo.
    }
keychain-foreign-item = El elemento del llavero guardado como “{ $label }” no tiene el formato que escribe { -app-name }, así que no se puede leer.
    .fix = Vuelve a guardar la clave con esta etiqueta para reemplazar el elemento, o elimínalo y guarda la clave con otra etiqueta.
# Un error de la app, nunca culpa del usuario; la solución es la general de la app para errores.
keychain-encode-failed = La clave no se pudo convertir al formato del llavero.

## Fallas del propio llavero del sistema

keychain-no-platform-store = Esta copia de { -app-name } no tiene acceso a un llavero real del sistema, así que no guardará claves (se niega a guardarlas solo en memoria).
    .fix = Usa la app hecha para tu sistema (Linux, macOS o Windows). Mientras tanto, guarda los tres valores en tu administrador de contraseñas.
keychain-no-item = Ese elemento no existe en el llavero.
    .fix = { $surface ->
        [cli] Revisa la etiqueta con { -cmd-list }, o guarda la clave primero.
       *[window] Revisa la etiqueta en la lista de claves guardadas, o guarda la clave primero.
    }
keychain-not-text = El elemento del llavero contiene algo que no es texto, así que no es una clave que haya guardado esta app.
    .fix = Vuelve a guardar la clave con esta etiqueta para reemplazarlo, o elimina el elemento y guarda con otra etiqueta.
keychain-label-refused = El llavero no acepta esta etiqueta.
    .fix = Usa una etiqueta más corta hecha de letras, dígitos, '_', '-' o '.'.
# "okx-key-assistant" es el nombre de los elementos de la app en el llavero: se deja tal cual.
keychain-ambiguous = Hay más de un elemento del llavero guardado con esta etiqueta, así que la app no puede saber cuál es la clave.
    .fix = Abre tu app de llavero (Contraseñas y claves, KWallet o KeePassXC), elimina los elementos "{ -cmd-app }" sobrantes de esta etiqueta y vuelve a intentarlo.
keychain-locked = Tu llavero está bloqueado, o se cerró la ventana que pedía desbloquearlo, así que la app no pudo acceder a él.
    .fix = { $os ->
        [macos] Desbloquea tu llavero de inicio de sesión (abre Acceso a Llaveros y desbloquéalo, o escribe tu contraseña cuando macOS te la pida) y vuelve a intentarlo.
        [windows] Vuelve a iniciar sesión en Windows y vuelve a intentarlo.
       *[other] { $surface ->
            [cli] Desbloquea tu llavero y vuelve a intentarlo: escribe tu contraseña cuando aparezca la ventana de desbloqueo, o abre Contraseñas y claves (Seahorse), KWallet o KeePassXC y desbloquéalo. Puede que primero haya que crear allí un llavero nuevo.
           *[window] Desbloquea tu llavero y vuelve a intentarlo: escribe tu contraseña cuando aparezca la ventana de desbloqueo, o abre Contraseñas y claves (Seahorse), KWallet o KeePassXC y desbloquéalo. Puede que primero haya que crear allí un llavero nuevo. El formulario conserva tus valores.
        }
    }
keychain-denied = El llavero del sistema le negó a { -app-name } el acceso al elemento.
    .fix = { $os ->
        [macos] Cuando macOS pregunte, elige Permitir (o Permitir siempre) para { -app-name } y vuelve a intentarlo. En Acceso a Llaveros puedes revisar la pestaña Control de acceso del elemento.
       *[other] Permite el acceso a { -app-name } cuando tu llavero lo pregunte y vuelve a intentarlo. Si la app se ejecuta en un entorno aislado (Flatpak o Snap), dale acceso al Secret Service.
    }
# No hay ningún servicio de llavero en ejecución. Su .fix también es el de keychain-unavailable-detail.
keychain-unavailable = { $os ->
        [macos] El Llavero de macOS no está disponible.
        [windows] El Administrador de credenciales de Windows no está disponible.
       *[other] No hay ningún llavero en ejecución en esta computadora (ningún Secret Service, el almacén de contraseñas del escritorio), así que la clave no se puede guardar en él.
    }
    .fix = { $os ->
        [macos] Asegúrate de haber iniciado sesión en macOS de forma normal y de que exista tu llavero de inicio de sesión (abre Acceso a Llaveros), y vuelve a intentarlo.
        [windows] Asegúrate de haber iniciado sesión en Windows con tu propia cuenta (no una cuenta de servicio) y vuelve a intentarlo.
       *[other] { $surface ->
            [cli] Instala e inicia un llavero: GNOME Keyring, el Secret Service de KWallet o KeePassXC con la integración de Secret Service activada, y vuelve a intentarlo. En una máquina sin escritorio, inicia uno dentro de una sesión D-Bus: { -cmd-keyring-session }. Mientras tanto, guarda los tres valores en tu administrador de contraseñas.
           *[window] Instala e inicia un llavero: GNOME Keyring, el Secret Service de KWallet o KeePassXC con la integración de Secret Service activada. Luego vuelve a intentarlo; el formulario conserva tus valores. Mientras tanto, guarda los tres valores en tu administrador de contraseñas.
        }
    }
# Otra falla del llavero. $detail: las palabras del propio sistema (primera línea, en su idioma).
keychain-unavailable-detail = No se pudo usar el llavero del sistema ({ $detail }).

## Los archivos propios de la app (no secretos): la lista de claves guardadas y el avance en la guía

# $path: el archivo (saved-keys.json en la carpeta de datos de la app); $error: las palabras del sistema.
file-index-unwritable = La app no pudo actualizar su lista de claves guardadas en { $path } ({ $error }).
    .fix = Revisa que el disco no esté lleno y que esta carpeta sea tuya, y vuelve a intentarlo.
# Un error de la app, nunca culpa del usuario; la solución es la general de la app para errores.
file-index-encode-failed = No se pudo escribir la lista de claves guardadas.
# $folder: la carpeta de datos de la app. Solo se muestra en la ventana.
progress-unwritable = La app no pudo escribir su archivo de avance en { $folder }.
    .fix = Revisa que tu carpeta personal no esté llena ni sea de solo lectura, y vuelve a intentarlo. Tu avance en esta pantalla se conserva.
# Un error de la app, nunca culpa del usuario; la solución es la general de la app para errores.
progress-encode-failed = La app no pudo registrar en qué parte de la guía estás.
