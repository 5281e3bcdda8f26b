# La prueba de conexión: su lista de comprobaciones (se muestra tras una prueba, en el Paso 10 de
# la ventana y en la salida de la línea de comandos), lo que encontró cada una y los problemas
# que informa.

## Los títulos de la lista, uno por comprobación, en el orden en que se muestran

check-reach = { -okx } responde
check-clock = El reloj coincide con { -okx }
check-auth = Clave, clave secreta y frase de contraseña aceptadas
check-read = Puede leer la cuenta
check-trade = Puede operar
check-withdraw = No puede retirar fondos
check-ip-binding = Vinculada a direcciones IP
check-balance = Saldo legible

## Lo que encontró una comprobación que pasó (la línea bajo su título)

# $host: la dirección que respondió, p. ej. www.okx.com
verify-reach-pass = { -okx } respondió en { $host }.
# $site: el nombre del sitio, p. ej. “my.okx.com (EEE)”
verify-auth-pass = { -okx } aceptó la clave en { $site }.
# $site: el nombre del sitio. El usuario no indicó un sitio; la prueba lo encontró.
verify-auth-pass-found = { -okx } aceptó la clave en { $site } (encontrado automáticamente).
# $skew: cuánto se desfasa el reloj, p. ej. “1.2 segundos atrasado respecto del reloj de OKX” (verify-skew-…)
verify-clock-pass = El reloj de esta computadora está { $skew }.
verify-read-pass = La clave tiene el permiso de Lectura.
verify-trade-pass = La clave tiene el permiso de Trading.
verify-withdraw-pass = La clave no puede retirar fondos.
# $ips: las direcciones IP vinculadas a la clave, separadas por comas
verify-ip-pass = La clave solo funciona desde { $ips }.
verify-ip-pass-read-only = No está vinculada a una dirección IP; las claves de solo lectura no lo necesitan.
verify-ip-pass-demo = No está vinculada a una dirección IP; las claves de Trading demo nunca se eliminan por inactividad.
# $equity: la cifra de OKX, un número decimal como 1234.5678; $currencies: códigos de moneda
# separados por comas, p. ej. “USDT, BTC”
verify-balance-pass = Patrimonio total { $equity } USD en { $currencies }. Compáralo con tu cuenta de trading de { -okx }.
# $equity: la cifra de OKX, un número decimal como 1234.5678
verify-balance-pass-empty = Patrimonio total { $equity } USD; la cuenta de trading no tiene monedas. Compáralo con tu cuenta de trading de { -okx }.
# Una comprobación que no se hizo.
verify-skipped = No se revisó, porque falló una comprobación anterior.

## Cuánto se aleja el reloj de esta computadora del de OKX. Va dentro de otras oraciones
## (“El reloj de esta computadora está …”), en la lista, el informe y sus advertencias.

verify-skew-within = a menos de 0.1 segundos del reloj de { -okx }
# $seconds: un número decimal menor que 10 (p. ej. 1.2), o un número entero de segundos desde 10
verify-skew-behind = { $seconds ->
        [one] { $seconds } segundo atrasado
       *[other] { $seconds } segundos atrasado
    } respecto del reloj de { -okx }
# $seconds: un número decimal menor que 10 (p. ej. 1.2), o un número entero de segundos desde 10
verify-skew-ahead = { $seconds ->
        [one] { $seconds } segundo adelantado
       *[other] { $seconds } segundos adelantado
    } respecto del reloj de { -okx }

## El modo de la cuenta, según OKX (se muestra en el informe)

verify-account-mode-spot = Spot
verify-account-mode-futures = Futuros
verify-account-mode-multi-currency = Margen multidivisa
verify-account-mode-portfolio = Margen de portafolio

## Problemas que encuentra la propia prueba de conexión

# $skew: cuánto se desfasa el reloj (verify-skew-…)
problem-clock-skew-warn = El reloj de esta computadora está { $skew }. { -okx } rechaza las solicitudes con más de 30 segundos de desfase.
    .fix = { problem-clock-skew-over.fix }
# $skew: cuánto se desfasa el reloj (verify-skew-…)
problem-clock-skew-over = El reloj de esta computadora está { $skew }. { -okx } rechaza las solicitudes con más de 30 segundos de desfase; esta prueba lo compensó, pero un bot en esta computadora sería rechazado.
    .fix = Activa "Establecer la hora automáticamente" (y la zona horaria correcta) en la configuración de fecha y hora de tu sistema. Haz lo mismo en la computadora o el servidor donde funciona tu bot.
problem-missing-read-permission = Esta clave no tiene permiso para leer tu cuenta, así que un bot no puede ver saldos ni órdenes.
    .fix = En la página de administración de API de { -okx }, edita la clave y activa "Lectura" ("Read") (y "Trading" ("Trade") para un bot de trading), guarda y vuelve a probar.
problem-missing-trade-permission = Esta clave es de solo lectura: un bot que la use puede ver tu cuenta pero no puede operar.
    .fix = En la página de administración de API de { -okx }, edita la clave y activa "Trading" ("Trade") (deja "Retiro" ("Withdraw") desactivado), guarda y vuelve a probar.
problem-withdraw-enabled = Esta clave puede retirar fondos. Cualquiera que la consiga puede sacar tu dinero de { -okx }.
    .fix = Elimina ahora esta clave en { -okx } y crea una nueva con solo Lectura y Trading. Un bot de trading nunca necesita Retiro.
problem-no-ip-binding = Esta clave puede operar y no está vinculada a una dirección IP, así que { -okx } la elimina tras 14 días sin uso.
    .fix = Si tu bot funciona en un servidor con una dirección IP fija, edita la clave en { -okx } y agrega esa dirección. Si no, mantén el bot funcionando: una clave en uso no se elimina.
# $actual: el nombre del sitio donde funciona la clave; $chosen: el sitio que se probó;
# $id: el valor de --site del sitio correcto (global, eea, us o tr)
problem-wrong-site = Esta clave es de { $actual }, no de { $chosen }. Una clave solo funciona en el sitio donde se creó.
    .fix = { $surface ->
        [cli] Vuelve a probar con --site { $id }, y elige { $actual } también en tu bot.
       *[window] Elige { $actual } como tu sitio, aquí y en tu bot, y vuelve a probar.
    }
# Reemplaza el “esta clave no existe” de OKX cuando todos los demás sitios dijeron lo mismo.
# $site: el nombre del sitio probado
problem-unknown-key-nowhere = { -okx } dice que esta clave de API no existe en { $site }, ni en ninguno de los otros sitios de { -okx }.
# $seconds: el tiempo permitido para toda la prueba, un número entero
problem-timeout-whole-test = La prueba de conexión no terminó en { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }.
    .fix = Revisa tu conexión a internet y vuelve a probar. Si { -okx } está ocupado, espera unos minutos.
# Se probó como Trading demo, pero la clave es real.
problem-demo-mismatch-live-key = Esta es una clave para trading real, no una clave de Trading demo.
    .fix = { $surface ->
        [cli] Vuelve a probar sin --demo, y desactiva "Trading demo" en tu bot. Para practicar, crea una clave aparte en { -okx } con Trading demo activado.
       *[window] Desactiva "Trading demo" aquí y en tu bot, y vuelve a probar. Para practicar, crea una clave aparte en { -okx } con Trading demo activado.
    }
# Se probó como real, pero la clave es de Trading demo.
problem-demo-mismatch-demo-key = Esta es una clave de Trading demo: solo funciona con Trading demo activado.
    .fix = { $surface ->
        [cli] Para practicar, vuelve a probar con --demo y activa "Trading demo" en tu bot. Para trading real, crea una clave nueva en { -okx } con Trading demo desactivado.
       *[window] Para practicar, activa "Trading demo" aquí y en tu bot, y vuelve a probar. Para trading real, crea una clave nueva en { -okx } con Trading demo desactivado.
    }
# Se detecta antes de enviar nada. $fields dice qué valores están vacíos (una clave, no palabras).
problem-malformed-input-empty = { $fields ->
        [api-key] La clave de API está vacía.
        [secret-key] La clave secreta está vacía.
        [passphrase] La frase de contraseña está vacía.
        [api-key-secret-key] La clave de API y la clave secreta están vacías.
        [api-key-passphrase] La clave de API y la frase de contraseña están vacías.
        [secret-key-passphrase] La clave secreta y la frase de contraseña están vacías.
       *[all] La clave de API, la clave secreta y la frase de contraseña están vacías.
    }
    .fix = { $surface ->
        [cli] Define OKX_API_KEY, OKX_SECRET_KEY y OKX_PASSPHRASE con los tres valores que te dio { -okx }, y vuelve a probar.
       *[window] Pega los tres valores que te dio { -okx } (clave de API, clave secreta, frase de contraseña) y vuelve a probar.
    }
