# Palabras del armazón de la ventana: el inicio de la app y los comandos de la ventana
# (portapapeles, enlaces, llavero, informe, frase de contraseña, prueba de conexión) cuando no
# pueden hacer lo que se pidió. Problemas: el valor es lo que salió mal, .fix qué hacer.

## Inicio de la app (se imprime en la terminal desde la que se inició, si hay una)

# Sin sesión de escritorio: la ventana no puede abrirse. Se deja `okx-key-assistant --help`: es un comando.
app-no-display =
    { -app-name } abre una ventana, y esta sesión no tiene pantalla gráfica (no están definidas DISPLAY ni WAYLAND_DISPLAY).
    Iníciala desde el menú de apps de tu escritorio, o desde una terminal dentro de tu sesión de escritorio.
    Sin escritorio, la línea de comandos hace las mismas revisiones: ejecuta { -cmd-help }.
# Un segundo inicio encontró la app abierta, pero la ventana abierta no responde.
app-window-not-answering = { -app-name } ya está abierta, pero su ventana no responde. Ciérrala (o finaliza { -cmd-app } en tu administrador de tareas) y vuelve a abrir la app.
# $error: las palabras del propio sistema, en inglés.
app-could-not-start = { -app-name } no pudo iniciar: { $error }
app-could-not-start-again = { -app-name } no pudo volver a iniciar: { $error }

## Los comandos de la ventana

app-clipboard-failed = No se pudo escribir en el portapapeles.
    .fix = Selecciona el texto y cópialo con Ctrl+C.
app-no-credentials = Todavía no hay credenciales revisadas para probar.
    .fix = Vuelve al Paso 9, pega la clave de API, la clave secreta y la frase de contraseña, y presiona Revisar.
app-no-passphrase = Todavía no hay ninguna frase de contraseña para copiar.
    .fix = Genera una, o escribe una y su confirmación.
app-browser-failed = No se pudo abrir tu navegador web.
    .fix = Abre { $url } tú mismo en tu navegador.
app-no-test-result = Todavía no hay un resultado de prueba para informar.
    .fix = Presiona primero “Probar conexión” en el Paso 10.
# $path: el archivo que eligió el usuario.
app-report-not-written = No se pudo escribir el informe en { $path }.
    .fix = Elige otra carpeta (una en la que puedas escribir), o usa Copiar.
# El título del diálogo "Guardar como" y el nombre de su tipo de archivo.
app-report-dialog-title = Guardar el informe de confirmación
app-report-dialog-filter = Texto

## Errores de la app (su solución es el texto habitual de "es un error")

app-internal-keychain-task = Una tarea del llavero se detuvo de forma inesperada.
app-internal-unknown-page = La ventana pidió una página de OKX que la app no conoce.
app-internal-scoring-stopped = La evaluación de la frase de contraseña se detuvo de forma inesperada.
app-internal-generator-stopped = El generador de frases de contraseña se detuvo de forma inesperada.
app-internal-dialog-stopped = El diálogo de guardado se detuvo de forma inesperada.
