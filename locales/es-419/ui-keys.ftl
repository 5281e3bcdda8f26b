## Mis claves: la pantalla de inicio de quien vuelve (src-ui/steps/my-keys.js), y reemplazar una clave

# El primer elemento de la barra lateral y el título de la pantalla.
ui-keys-rail = Mis claves
ui-keys-title = Mis claves
ui-keys-lead = Las claves guardadas en esta computadora, tal como la app las vio la última vez. Probar todas le pregunta ahora a { -okx } por cada clave. Solo lee; no cambia nada en tu cuenta.
ui-keys-test-all = Probar todas
ui-keys-new = Crear una clave nueva
ui-keys-loading = Leyendo las claves guardadas…
ui-keys-none = Todavía no hay ninguna clave guardada en esta computadora. Crea una con la guía; al final, en el Paso 10, guárdala aquí.
# $n: cuántas claves se están probando.
ui-keys-testing = { $n ->
        [one] Probando { $n } clave…
       *[other] Probando { $n } claves…
    }
# $n: claves probadas; $healthy: cuántas de ellas están sanas.
ui-keys-tested = { $n ->
        [one] Prueba terminada: { $healthy } de { $n } clave está sana.
       *[other] Prueba terminada: { $healthy } de { $n } claves están sanas.
    }
# El sitio y el modo de la clave. $site: el nombre corto del sitio, p. ej. Global.
ui-keys-site-live = { $site } (real)
# La insignia de cada clave: lo que dijo su última prueba.
ui-keys-health-healthy = Sana
ui-keys-health-can-withdraw = Puede retirar fondos: no es segura para un bot
ui-keys-health-failed = Requiere atención
ui-keys-health-deleted = Eliminada en { -okx }
ui-keys-health-untested = Todavía sin probar
ui-keys-health-testing = Probando…
# Los datos bajo cada clave, según la última prueba.
ui-keys-permissions = Permisos
ui-keys-perm-read = Lectura
ui-keys-perm-trade = Trading
ui-keys-perm-withdraw = Retiro
ui-keys-perm-none = Ninguno
ui-keys-perm-unknown = Todavía no se conocen
ui-keys-ip = Vínculo de IP
ui-keys-ip-none = Ninguno
ui-keys-last-tested = Última prueba
ui-keys-never = Nunca
ui-keys-failed-before = La última prueba de esta clave falló. Presiona Probar para ver por qué y qué hacer.
ui-keys-idle-title = La regla de 14 días de { -okx }
ui-keys-no-bot = No se entrega a ningún bot: una prueba vio Retiro activado en esta clave. La app no se la da a ningún bot hasta que una prueba vea Retiro desactivado otra vez.
ui-keys-missing = El llavero ya no tiene esta clave. Reemplázala o elimínala de esta lista.
# Botones de cada clave.
ui-keys-test-one = Probar
ui-keys-replace = Reemplazar

## Reemplazar una clave guardada (Reemplazar en Mis claves, luego los Pasos 3 a 10)

# Un aviso sobre los Pasos 3 a 10. $label: el nombre de la clave guardada.
ui-replace-banner = Estás reemplazando la clave guardada como “{ $label }”. Crea una clave nueva en { -okx }, pégala en el Paso 9 y pruébala en el Paso 10. La clave guardada se reemplaza solo cuando la nueva pasa la prueba.
ui-replace-cancel = Dejar de reemplazar
ui-replace-save = Reemplazar la clave guardada
# $label: el nombre de la clave guardada.
ui-replace-save-lead = La clave nueva pasó la prueba. Al guardarla, ocupa el lugar de la clave guardada como “{ $label }”; tu bot la lee con el mismo nombre.
# Después del reemplazo. $label: el nombre de la clave guardada.
ui-replace-done-title = “{ $label }” ahora tiene la clave nueva. Elimina la clave anterior en { -okx }:
# $site: el nombre corto del sitio.
ui-replace-done-1 = Abre la página de API de { $site } (el botón de abajo) e inicia sesión.
# $key: los primeros y los últimos cuatro caracteres de la clave de API anterior, p. ej. 6d2d…fd7f.
ui-replace-done-2 = Busca la clave anterior: su clave de API empieza y termina como { $key }.
ui-replace-done-2-unknown = Busca la clave anterior: es la que tu bot usaba antes de hoy.
ui-replace-done-3 = Elimínala y confirma con tu código 2FA. Si tu bot lee la clave solo al iniciarse, reinícialo ahora.
ui-replace-open-api = Abrir la página de API
