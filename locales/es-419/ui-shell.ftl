# El marco de la ventana alrededor de los pasos (src-ui/main.js, ui/index.html, src-ui/ipc.js): la
# barra de pasos a la izquierda, Atrás/Siguiente abajo, la línea de avance, Empezar de nuevo y su diálogo.

## La página

# El título de la ventana, y el nombre junto al ícono arriba de la barra.
ui-app-name = { -app-name }
# Un enlace para quienes usan el teclado, visible solo cuando tiene el foco; salta la barra.
ui-skip-link = Ir al paso actual
# Lo leen los lectores de pantalla para la barra (la lista de pasos de la izquierda).
ui-rail-label = Pasos de la guía

## La barra y la línea de avance

# Qué paso es una pantalla, sobre su barra de avance y en la línea de avance; $n va de 1 a $total.
ui-step-position = Paso { $n } de { $total }
# Lo leen los lectores de pantalla después del nombre de un paso en la barra, entre paréntesis.
ui-rail-done = (listo)
ui-rail-locked = (bloqueado hasta aceptar las reglas de oro)
# Se muestra cuando el mouse se posa sobre un paso que el usuario todavía no puede abrir.
ui-rail-locked-tooltip = Primero lee y acepta las reglas de oro
# Se muestra junto a Siguiente cuando el usuario intenta abrir un paso posterior sin aceptar las reglas.
ui-hint-rules-first = Lee y acepta las reglas de oro antes del Paso 1.

## Navegación

ui-nav-back = Atrás
ui-nav-next = Siguiente
# El botón Siguiente en la última pantalla.
ui-nav-finish = Terminar
ui-start-over = Empezar de nuevo
ui-more-below = Hay más abajo

## Diálogos

ui-dialog-cancel = Cancelar
ui-dialog-ok = Aceptar
ui-start-over-dialog = ¿Empezar de nuevo?
    .text = Esto borra tu avance y todo lo que la app tiene en memoria (frase de contraseña, claves pegadas, resultado de la prueba). Las claves ya guardadas en tu llavero siguen guardadas.
    .confirm = Empezar de nuevo

## Cuando no se puede acceder al motor de la app

ui-engine-missing = El motor de la app no está disponible.
    .fix = Reinicia { -app-name }.
# La solución que se muestra bajo un error inesperado del motor de la app (sus palabras vienen del motor).
ui-call-failed-fix = Vuelve a intentarlo. Si sigue pasando, reinicia la app.

# The progress line at the top of the rail: the guide's Steps 1 to 10 that are done.
ui-progress-steps = { $done } de { $total } pasos listos
