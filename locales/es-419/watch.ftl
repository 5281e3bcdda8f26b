# La vigilancia: una prueba diaria de las claves guardadas con la app cerrada (check --notify,
# notificaciones de escritorio), métricas para servidores (check --prometheus) y el interruptor
# de la prueba diaria (watch on|off|status y el interruptor en Mis claves).
# No se traducen: okx-key-assistant, check, watch, on, off, status, --notify, --prometheus,
# --via, systemd, autostart, --json, FILE, LABEL.
# $label es el nombre guardado de la clave (no se traduce); $reason, el mensaje del problema.

# El nombre del remitente que muestra el escritorio.
watch-notification-app = { -app-name }

## Notificaciones: el título nombra la clave y lo que pasó; .fix es lo único que hay que hacer.

watch-event-withdraw-on = { $label }: esta clave puede retirar fondos
    .fix = En OKX, edita esta clave de API y desactiva Retiro, o elimínala. Mientras tanto, la app no se la entrega a ningún bot.
watch-event-deleted = { $label }: OKX eliminó esta clave
    .fix = Crea una clave nueva solo con Lectura y Trading, vinculada a la dirección IP de tu bot, y vuelve a guardarla en la app.
# $reason: por qué falló la prueba, con las palabras del propio problema.
watch-event-failed = { $label }: la prueba falló. { $reason }
# $days: de 0 a 3.
watch-event-days-left = { $days ->
        [0] { $label }: OKX puede eliminar esta clave hoy
        [one] { $label }: OKX puede eliminar esta clave en { $days } día
       *[other] { $label }: OKX puede eliminar esta clave en { $days } días
    }
# $bot: el nombre del bot.
watch-event-not-ready = { $label }: no está lista para { $bot }. { $reason }
watch-event-recovered = { $label }: la clave vuelve a funcionar
    .fix = No hay nada que hacer: la última prueba la encontró en buen estado.
# El botón de la notificación (donde el escritorio muestra botones).
watch-action-open-my-keys = Abrir Mis claves

## Ayuda de check: las opciones de la vigilancia (se agregan al final de check --help).

watch-check-usage =
    Vigilancia (Linux):
      --notify           enviar una notificación de escritorio por cada clave que te necesita
                         (Retiro activado, eliminada en OKX, la prueba falló, 3 días o menos según
                         la regla de 14 días) y nada si todas están bien; una notificación que sigue
                         siendo cierta se repite al día siguiente solo hasta que abras Mis claves
      --prometheus FILE  escribir el estado de las claves en FILE con el formato de archivo de
                         texto de node_exporter (de forma atómica; apunta
                         --collector.textfile.directory a su carpeta)

## Las líneas de la vigilancia en la ayuda principal.

watch-cli-usage =
    Probar las claves todos los días (Linux):
      { -usage-check-notify }
      { -usage-watch-brief }

## watch --help

watch-usage =
    Uso: { -usage-watch }

    Prueba tus claves guardadas todos los días con la app cerrada y te avisa (con una notificación
    de escritorio) cuando una te necesita. Lo mismo que el interruptor de Mis claves.

      on       instalar un temporizador y un servicio de usuario de systemd (diario, recuperado si
               la computadora estaba apagada) en { -path-systemd-user } que ejecutan
               "{ -cmd-check-notify }"; donde no corre un gestor de usuario de systemd,
               una entrada de inicio automático que lo ejecuta en cada inicio de sesión
      off      quitar exactamente lo que instaló "on"
      status   decir si está activado, cuándo se ejecutó por última vez y qué encontró

    Opciones:
      --via systemd|autostart   con on: cómo iniciar la prueba diaria (sin ella: systemd si corre
                                un gestor de usuario, si no autostart)
      --json                    imprimir un objeto JSON
      -h, --help                mostrar esta ayuda

    Solo Linux: Windows (Programador de tareas) y macOS (launchd) aún no son compatibles.

watch-usage-missing = Indica on, off o status.
watch-via-unknown = --via acepta systemd o autostart.

## Lo que dicen watch on|off|status.

watch-on-systemd = La prueba diaria de claves está activada: un temporizador de systemd la ejecuta una vez al día.
watch-on-autostart = La prueba diaria de claves está activada: se ejecuta cada vez que inicias sesión.
# $files: los archivos escritos.
watch-installed-files = Instalado: { $files }
watch-off = La prueba diaria de claves está desactivada. Se quitó: { $files }
watch-off-already = La prueba diaria de claves ya estaba desactivada; no hay nada que quitar.
watch-status-on = Activada: las claves guardadas se prueban todos los días.
watch-status-off = Desactivada: las claves guardadas no se prueban con la app cerrada.
# $when: una fecha y hora (ISO-8601, UTC).
watch-status-last-run = Última ejecución: { $when }.
watch-status-never-run = Todavía no se ha ejecutado.
# $checked: claves probadas; $found: claves que te necesitaban.
watch-status-found = Claves probadas: { $checked }. Te necesitan: { $found }.
watch-notify-unavailable = No se pudo enviar ninguna notificación de escritorio: { $error }
    .fix = La prueba en sí se hizo; sus resultados están arriba. Las notificaciones necesitan una sesión de escritorio con un servicio de notificaciones.

# $path: un archivo o carpeta; $error: el motivo del sistema.
watch-error-write = No se pudo escribir ni quitar { $path }: { $error }
    .fix = Revisa que tu carpeta de configuración ({ -path-config }) sea tuya y se pueda escribir, y vuelve a intentarlo.

## El interruptor de Mis claves (la ventana).

watch-switch-label = Probar mis claves todos los días y avisarme cuando una me necesite
watch-switch-state-on = Activado.
watch-switch-state-off = Desactivado.
watch-switch-stopped = Activar o desactivar la revisión diaria de claves se detuvo de forma inesperada.
