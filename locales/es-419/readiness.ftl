# “Listo para tu bot”: si la cuenta (no solo la clave) deja pasar la primera orden del bot.
# Las rutas de menú siguen el sitio de OKX; nombres de los modos como en OKX en español:
# “Spot”, “Futuros”, “Margen multicripto”, “Margen de portafolio”; “Compra/venta” y “Largo/corto”.

ready-market-spot = spot
ready-market-swap = swaps perpetuos
ready-position-mode-net = Modo compra/venta
ready-position-mode-long-short = Modo largo/corto

ready-bot-web-platform = tu plataforma web

# $bot: el nombre del bot; $market: ready-market-…; $site: el sitio, p. ej. my.okx.com
ready-headline-ready = Listo para { $bot }, { $market }, en { $site }.
ready-headline-not-ready = { $count ->
        [one] Todavía no está listo para { $bot } ({ $market }): primero hay que cambiar una cosa.
       *[other] Todavía no está listo para { $bot } ({ $market }): primero hay que cambiar { $count } cosas.
    }
ready-headline-unknown = No se pudo saber si la cuenta está lista para { $bot } ({ $market }).

ready-account-mode-spot-only = La cuenta está en modo Spot, que no permite operar swaps perpetuos.
    .fix = En el sitio web de { -okx } abre Trading, luego la configuración arriba a la derecha, luego Modo de cuenta (“Account mode”), y elige el modo Futuros (en la app: Trading, el menú, Configuración de trading, Modo de cuenta). Después presiona Volver a probar.
# $mode: el nombre del modo de cuenta
ready-account-mode-not-for-bot = { $bot } no puede operar en el modo { $mode }: ese modo solo permite el modo de posición Compra/venta para swaps, y { $bot } necesita Largo/corto.
    .fix = En el sitio web de { -okx } abre Trading, luego la configuración arriba a la derecha, luego Modo de cuenta (“Account mode”), y elige el modo Futuros o Margen multicripto. Después presiona Volver a probar.
ready-account-mode-untested-spot = La cuenta está en el modo { $mode }. La guía de { $bot } está escrita para el modo Spot o el modo Futuros; en este modo se pueden rechazar órdenes spot.
    .fix = Si la primera orden falla, cambia al modo Futuros: Trading, la configuración arriba a la derecha, Modo de cuenta.
ready-account-mode-untested-swap = La cuenta está en el modo { $mode }. La guía de { $bot } pide el modo Futuros; puede funcionar, pero no se ha probado en este modo.
    .fix = Si la primera orden falla, cambia al modo Futuros: Trading, la configuración arriba a la derecha, Modo de cuenta.
ready-position-mode-needs-long-short = { $bot } necesita el modo de posición Largo/corto para swaps; la cuenta está en Compra/venta.
    .fix = En el sitio web de { -okx } abre Trading, un swap perpetuo, luego la configuración arriba a la derecha, luego Modo de posición (“Position mode”), y elige Largo/corto. Primero cierra las posiciones y órdenes abiertas: { -okx } no permite el cambio mientras haya alguna. Después presiona Volver a probar.
ready-position-mode-needs-net = { $bot } necesita el modo de posición Compra/venta para swaps; la cuenta está en Largo/corto.
    .fix = En el sitio web de { -okx } abre Trading, un swap perpetuo, luego la configuración arriba a la derecha, luego Modo de posición (“Position mode”), y elige Compra/venta. Primero cierra las posiciones y órdenes abiertas: { -okx } no permite el cambio mientras haya alguna. Después presiona Volver a probar.
ready-position-mode-needs-net-ccxt = La cuenta está en el modo de posición Largo/corto. Si un programa con ccxt no indica para qué lado es cada orden (largo o corto), en este modo se rechazan sus órdenes de swaps (51000).
    .fix = Indica el lado de la posición en tus órdenes, o elige Compra/venta en { -okx }: Trading, un swap perpetuo, la configuración arriba a la derecha, Modo de posición.
ready-market-not-offered = Esta cuenta no puede operar { $market } en { $site }: { -okx } no le muestra ninguno (el sitio o tu región no los ofrece).
    .fix = Elige spot para este bot, o usa una cuenta en un sitio que ofrezca { $market }.
ready-bot-market-not-on-site = En { $site }, { $bot } solo opera spot.
    .fix = Elige spot en { $bot }, o usa un bot que opere swaps en este sitio.
ready-funds-in-funding-account = La cuenta de trading está vacía; tu dinero está en la cuenta de fondos, donde un bot no puede operarlo.
    .fix = En { -okx } abre Activos, luego Transferir, y mueve el dinero de la cuenta de fondos a la cuenta de trading. Después presiona Volver a probar.
ready-no-funds = La cuenta de trading todavía no tiene nada, así que la primera orden del bot fallaría.
    .fix = Deposita o transfiere dinero a la cuenta de trading en { -okx } antes de iniciar el bot.
ready-demo-not-supported-by-bot = { $bot } no puede usar claves de Trading demo de { -okx }.
    .fix = Para practicar, usa el modo dry run propio de { $bot }, y una clave real cuando operes de verdad.
ready-sub-account = La clave pertenece a una subcuenta: el bot solo opera con el dinero de esa subcuenta.
    .fix = Si debe operar con más, mueve dinero a la cuenta de trading de la subcuenta.
# $problem: qué falló en la consulta de preparación, con sus propias palabras
ready-readiness-unknown = No se pudo comprobar si la cuenta está lista: { $problem }
