# Paso 9 y la línea de comandos: revisión de la clave de API, la clave secreta y la frase de
# contraseña que pegó el usuario (src-tauri/core/src/credentials/).
#
# Variables usadas en este archivo:
#   $field  el nombre de un campo dentro de una oración (“la clave de API”, de cred-field-*.the)
#   $Field  lo mismo al inicio de una oración (“La clave de API”, de cred-field-*.start)
#   $env    la variable de entorno del campo en la línea de comandos (OKX_API_KEY, sin traducir)
#   $kind   lo que contiene el campo: "key" o "passphrase"
# Ningún mensaje de aquí contiene jamás un valor pegado.

## Los tres campos
# El valor es el nombre del campo como lo rotula la ventana; también inicia las líneas de la
# ventana que dicen qué se limpió (“Clave de API: ...”).
# .the: dentro de una oración; .start: al inicio de una oración; .bare: sin artículo.
cred-field-api-key = Clave de API
    .the = la clave de API
    .start = La clave de API
    .bare = clave de API
cred-field-secret-key = Clave secreta
    .the = la clave secreta
    .start = La clave secreta
    .bare = clave secreta
cred-field-passphrase = Frase de contraseña
    .the = la frase de contraseña
    .start = La frase de contraseña
    .bare = frase de contraseña

## Listas
# Dos elementos: “2 espacios al inicio y 1 tabulación al final”.
cred-list-and = { $first } y { $last }
# Un elemento más delante de una lista: “1 tabulación al inicio, 2 espacios al final y 1 salto de línea al final”.
cred-list-comma = { $first }, { $rest }

## Caracteres que no deben estar en un valor pegado
# El valor: uno de esos caracteres con su artículo, como en “La clave de API tiene un espacio en el medio”.
# .edge: cuántos se quitaron en un extremo del valor. $n: cuántos; $end: "start" o "end".
cred-char-space = un espacio
    .edge = { $end ->
        [start] { $n ->
            [one] { $n } espacio al inicio
           *[other] { $n } espacios al inicio
        }
       *[end] { $n ->
            [one] { $n } espacio al final
           *[other] { $n } espacios al final
        }
    }
cred-char-tab = una tabulación
    .edge = { $end ->
        [start] { $n ->
            [one] { $n } tabulación al inicio
           *[other] { $n } tabulaciones al inicio
        }
       *[end] { $n ->
            [one] { $n } tabulación al final
           *[other] { $n } tabulaciones al final
        }
    }
cred-char-line-break = un salto de línea
    .edge = { $end ->
        [start] { $n ->
            [one] { $n } salto de línea al inicio
           *[other] { $n } saltos de línea al inicio
        }
       *[end] { $n ->
            [one] { $n } salto de línea al final
           *[other] { $n } saltos de línea al final
        }
    }
cred-char-no-break-space = un espacio de no separación
    .edge = { $end ->
        [start] { $n ->
            [one] { $n } espacio de no separación al inicio
           *[other] { $n } espacios de no separación al inicio
        }
       *[end] { $n ->
            [one] { $n } espacio de no separación al final
           *[other] { $n } espacios de no separación al final
        }
    }
# Cualquier otro espacio en blanco, como el espacio ancho de los teclados chinos y japoneses.
cred-char-other-space = un carácter en blanco
    .edge = { $end ->
        [start] { $n ->
            [one] { $n } carácter en blanco al inicio
           *[other] { $n } caracteres en blanco al inicio
        }
       *[end] { $n ->
            [one] { $n } carácter en blanco al final
           *[other] { $n } caracteres en blanco al final
        }
    }
cred-char-zero-width = un carácter invisible de ancho cero
    .edge = { $end ->
        [start] { $n ->
            [one] un carácter invisible de ancho cero al inicio
           *[other] { $n } caracteres invisibles de ancho cero al inicio
        }
       *[end] { $n ->
            [one] un carácter invisible de ancho cero al final
           *[other] { $n } caracteres invisibles de ancho cero al final
        }
    }
# Como un guion suave o una marca de dirección del texto.
cred-char-invisible = un carácter de formato invisible
    .edge = { $end ->
        [start] { $n ->
            [one] un carácter de formato invisible al inicio
           *[other] { $n } caracteres de formato invisibles al inicio
        }
       *[end] { $n ->
            [one] un carácter de formato invisible al final
           *[other] { $n } caracteres de formato invisibles al final
        }
    }
cred-char-control = un carácter de control oculto
    .edge = { $end ->
        [start] { $n ->
            [one] un carácter de control oculto al inicio
           *[other] { $n } caracteres de control ocultos al inicio
        }
       *[end] { $n ->
            [one] un carácter de control oculto al final
           *[other] { $n } caracteres de control ocultos al final
        }
    }

## Dónde está un carácter dentro de un valor
cred-place-start = al inicio
cred-place-end = al final
# $after: cuántos caracteres del valor hay antes de él.
cred-place-middle = en el medio, después del carácter { $after }
# Lo que se encontró dentro de un valor. $count: cuántos caracteres así hay en total; $char: el
# primero (“un espacio”, de cred-char-*); $place: dónde está (de cred-place-*).
cred-inside-what = { $count ->
    [one] { $char } { $place }
   *[other] { $count } caracteres en blanco u ocultos; el primero es { $char } { $place }
}

## Lo que la limpieza quitó de un valor pegado
# Se muestra en la ventana bajo “Se limpió lo que pegaste”, y en el JSON de `verify --json`.
# $chars: los caracteres quitados, p. ej. “2 espacios al inicio y 1 salto de línea al final”.
cred-trim-blanks = se quitaron caracteres sobrantes: { $chars }
cred-trim-blanks-inside-quotes = se quitaron caracteres sobrantes dentro de las comillas: { $chars }
# $pairs: cuántos pares de comillas rodeaban el valor.
cred-trim-quotes = { $pairs ->
    [one] se quitaron las comillas alrededor del valor
   *[other] se quitaron { $pairs } pares de comillas alrededor del valor
}
# Una línea de la lista de la ventana. $field: el nombre del campo (“Clave de API”); $removed: lo
# que se quitó.
cred-trimmed-line = { $field }: { $removed }

## Hallazgos en un campo
cred-empty-api-key = La clave de API está vacía.
    .fix = { $surface ->
        [cli] Define OKX_API_KEY con la clave de API de { -okx } (o de tu administrador de contraseñas).
       *[window] Pega en este campo la clave de API de { -okx } (o de tu administrador de contraseñas).
    }
cred-empty-secret-key = La clave secreta está vacía.
    .fix = { $surface ->
        [cli] Define OKX_SECRET_KEY con la clave secreta que guardaste al crear la clave. { -okx } la muestra una sola vez: si no la guardaste, elimina esta clave en { -okx } y crea una nueva.
       *[window] Pega la clave secreta que guardaste al crear la clave. { -okx } la muestra una sola vez: si no la guardaste, elimina esta clave en { -okx } y crea una nueva.
    }
cred-empty-passphrase = La frase de contraseña está vacía.
    .fix = { $surface ->
        [cli] Define OKX_PASSPHRASE con la frase de contraseña de la API que creaste junto con esta clave, no con tu contraseña de inicio de sesión de { -okx } ni con tu contraseña de fondos.
       *[window] Escribe o pega la frase de contraseña de la API que creaste para esta clave en el Paso 5, no tu contraseña de inicio de sesión de { -okx } ni tu contraseña de fondos.
    }
# La etiqueta que nombra el valor (“API Key:”) se pegó junto con él. $label: esa etiqueta, tal
# como se pegó (“API Key”); $what: "key" o "passphrase"; $sure: "no" cuando la etiqueta podría ser
# parte de la frase de contraseña.
cred-label-included = { $surface ->
        [cli] { $what ->
            [passphrase] { $env } también contiene la etiqueta “{ $label }” delante de la frase de contraseña.
           *[key] { $env } también contiene la etiqueta “{ $label }” delante de la clave.
        }
       *[window] { $what ->
            [passphrase] { $Field } también lleva pegada la etiqueta “{ $label }” delante de la frase de contraseña.
           *[key] { $Field } también lleva pegada la etiqueta “{ $label }” delante de la clave.
        }
    }
    .fix = { $what ->
        [passphrase] { $sure ->
            [no] Borra la etiqueta y el signo que le sigue, para que quede solo la frase de contraseña. Si de verdad esa es toda tu frase de contraseña, déjala como está.
           *[yes] Borra la etiqueta y el signo que le sigue, para que quede solo la frase de contraseña.
        }
       *[key] Borra la etiqueta y el signo que le sigue, para que quede solo la clave.
    }
# Un espacio en blanco (espacio, tabulación, salto de línea) dentro del valor. $what: qué hay y
# dónde (de cred-inside-what, p. ej. “un espacio en el medio, después del carácter 12”).
cred-character-inside = { $Field } tiene { $what }.
    .fix = { $kind ->
        [passphrase] Una frase de contraseña no lleva espacios, saltos de línea ni caracteres ocultos. Bórralo, o vuelve a copiar { $field } completa desde tu administrador de contraseñas.
       *[key] Una clave no lleva espacios, saltos de línea ni caracteres ocultos. Bórralo, o vuelve a copiar { $field } completa desde tu administrador de contraseñas.
    }
# Un carácter que no se ve dentro del valor. $what: como arriba.
cred-hidden-character-inside = { $Field } tiene { $what }.
    .fix = { $surface ->
        [cli] { $kind ->
            [passphrase] Una frase de contraseña no lleva caracteres ocultos, y este no se ve: vuelve a definir { $env } con { $field }, copiada directamente de tu administrador de contraseñas (o de { -okx }).
           *[key] Una clave no lleva caracteres ocultos, y este no se ve: vuelve a definir { $env } con { $field }, copiada directamente de tu administrador de contraseñas (o de { -okx }).
        }
       *[window] { $kind ->
            [passphrase] Una frase de contraseña no lleva caracteres ocultos, y este no se ve: vacía el campo y vuelve a pegar { $field }, copiada directamente de tu administrador de contraseñas (o de { -okx }).
           *[key] Una clave no lleva caracteres ocultos, y este no se ve: vacía el campo y vuelve a pegar { $field }, copiada directamente de tu administrador de contraseñas (o de { -okx }).
        }
    }
cred-masked-api-key = La clave de API tiene caracteres de enmascarado (como **** o …): es la forma abreviada que { -okx } muestra en su lista de claves, no la clave completa.
    .fix = Copia la clave de API completa desde tu administrador de contraseñas o, en { -okx }, desde los detalles de la clave con su botón de copiar.
cred-masked-secret-key = La clave secreta tiene caracteres de enmascarado (como **** o •••), así que no es la clave secreta real.
    .fix = Usa la clave secreta que guardaste al crear la clave. { -okx } la muestra una sola vez: si no la guardaste, elimina esta clave en { -okx } y crea una nueva.
cred-masked-passphrase = La frase de contraseña son solo puntos o asteriscos: así se muestra una contraseña oculta, no es la frase de contraseña en sí.
    .fix = Copia la frase de contraseña con el botón de copiar de tu administrador de contraseñas, o escríbela.
# Un extremo del valor es una comilla sin su pareja. $end: "start" o "end".
cred-stray-quote = { $end ->
        [start] { $Field } empieza con una comilla que no tiene pareja en el otro extremo.
       *[end] { $Field } termina con una comilla que no tiene pareja en el otro extremo.
    }
    .fix = Si la comilla no es parte de { $field }, bórrala.

## Hallazgos entre campos
# $label: el nombre que el usuario le dio a la clave en el Paso 4.
cred-label-instead-of-key = Donde va la clave de API está el nombre de la clave (“{ $label }”), no la clave en sí.
    .fix = Copia la clave de API: en { -okx } es el código largo con guiones que aparece con la clave (como 1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d), no el nombre que le diste.
# Dos campos tienen el mismo valor. $field / $Field / $env: el campo posterior; $other y
# $other_env: el anterior.
cred-same-value = { $Field } es igual a { $other }. Las tres siempre son distintas.
    .fix = { $surface ->
        [cli] Define { $other_env } con { $other } y { $env } con { $field }: revisa que copiaste cada una de su propia línea.
       *[window] Pega { $field } en su campo: revisa que copiaste cada una de su propia línea.
    }

## Valores intercambiados
# En la ventana, un botón debajo del mensaje intercambia los dos campos.
cred-swap-key-secret = La clave de API y la clave secreta están intercambiadas: donde va la clave de API hay una clave secreta (32 caracteres, sin guiones), y donde va la clave secreta, una clave de API (con guiones). { -okx } solo respondería que no conoce la clave.
    .fix = { $surface ->
        [cli] Pon la clave de API en OKX_API_KEY y la clave secreta en OKX_SECRET_KEY: ahora cada una tiene la otra. En la entrada estándar, indica la clave de API, la clave secreta y la frase de contraseña en ese orden.
       *[window] Intercámbialas (hay un botón para eso), o pega cada una en el otro campo.
    }
cred-swap-key-secret-likely = Parece que la clave de API y la clave secreta están intercambiadas: donde va la clave de API hay algo con forma de clave secreta (32 caracteres, sin guiones), y donde va la clave secreta, algo con forma de clave de API (con guiones).
    .fix = { $surface ->
        [cli] Pon la clave de API en OKX_API_KEY y la clave secreta en OKX_SECRET_KEY: ahora cada una tiene la otra. En la entrada estándar, indica la clave de API, la clave secreta y la frase de contraseña en ese orden.
       *[window] Intercámbialas (hay un botón para eso), o pega cada una en el otro campo.
    }
cred-swap-secret-passphrase = Parece que la clave secreta y la frase de contraseña están intercambiadas: donde va la frase de contraseña hay algo con forma de clave secreta (32 caracteres, sin guiones).
    .fix = { $surface ->
        [cli] Pon la clave secreta en OKX_SECRET_KEY y la frase de contraseña en OKX_PASSPHRASE: ahora cada una tiene la otra. En la entrada estándar, indica la clave de API, la clave secreta y la frase de contraseña en ese orden.
       *[window] Intercámbialas (hay un botón para eso), o pega cada una en el otro campo.
    }
cred-swap-key-passphrase = Parece que la clave de API y la frase de contraseña están intercambiadas: donde va la frase de contraseña hay algo con forma de clave de API (con guiones).
    .fix = { $surface ->
        [cli] Pon la clave de API en OKX_API_KEY y la frase de contraseña en OKX_PASSPHRASE: ahora cada una tiene la otra. En la entrada estándar, indica la clave de API, la clave secreta y la frase de contraseña en ese orden.
       *[window] Intercámbialas (hay un botón para eso), o pega cada una en el otro campo.
    }

## Cómo se ve un valor
# { -okx } no garantiza estos formatos, así que son solo advertencias: la clave igual se puede probar.
cred-api-key-case = La clave de API se ve inusual: tiene mayúsculas, y { -okx } muestra las claves de API en minúsculas. Las mayúsculas importan: una letra cambiada hace que la clave falle.
    .fix = Vuelve a copiar la clave de API desde tu administrador de contraseñas (o desde { -okx }) en lugar de escribirla.
cred-secret-in-key-field = La clave de API parece una clave secreta: 32 caracteres sin guiones. Las claves de API de { -okx } tienen guiones, como 1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d.
    .fix = { $surface ->
        [cli] Revisa que OKX_API_KEY tenga la clave de API, no la clave secreta.
       *[window] Revisa que pegaste aquí la clave de API, no la clave secreta.
    }
# $n: cuántos caracteres tiene el valor pegado.
cred-api-key-shape = La clave de API no parece una clave de API de { -okx }: esas tienen 36 caracteres, letras a-f y dígitos en grupos de 8-4-4-4-12 unidos por guiones, y esta { $n ->
        [36] tiene otros caracteres.
        [one] tiene { $n } carácter.
       *[other] tiene { $n }.
    }
    .fix = Revisa que copiaste el valor completo y nada más. Si es exactamente lo que te mostró { -okx }, igual puedes probarla.
cred-secret-key-case = La clave secreta tiene minúsculas, pero { -okx } muestra las claves secretas en mayúsculas, así que algo pudo haberla cambiado. Las mayúsculas importan: una clave secreta cambiada no funcionará.
    .fix = Vuelve a copiar la clave secreta desde tu administrador de contraseñas, exactamente como la guardaste desde { -okx }.
cred-key-in-secret-field = La clave secreta parece una clave de API: tiene guiones, en grupos de 8-4-4-4-12. Las claves secretas de { -okx } son 32 dígitos y letras mayúsculas A-F, sin guiones.
    .fix = { $surface ->
        [cli] Revisa que OKX_SECRET_KEY tenga la clave secreta, no la clave de API.
       *[window] Revisa que pegaste aquí la clave secreta, no la clave de API.
    }
# $n: cuántos caracteres tiene el valor pegado.
cred-secret-key-shape = La clave secreta no parece una clave secreta de { -okx }: esas tienen 32 caracteres, dígitos y letras mayúsculas A-F, y esta { $n ->
        [32] tiene otros caracteres.
        [one] tiene { $n } carácter.
       *[other] tiene { $n }.
    }
    .fix = Revisa que copiaste el valor completo y nada más. Si es exactamente lo que te mostró { -okx }, igual puedes probarla.

## La frase de contraseña
cred-passphrase-like-api-key = { $surface ->
        [cli] La frase de contraseña parece una clave de API (un código largo con guiones). La frase de contraseña es la que tú mismo inventaste al crear la clave.
       *[window] La frase de contraseña parece una clave de API (un código largo con guiones). La frase de contraseña es la que tú mismo inventaste en el Paso 5.
    }
    .fix = { $surface ->
        [cli] Define OKX_PASSPHRASE con la frase de contraseña de la API que creaste para esta clave.
       *[window] Escribe o pega la frase de contraseña de la API que creaste para esta clave.
    }
cred-passphrase-like-secret-key = { $surface ->
        [cli] La frase de contraseña parece una clave secreta (32 letras y dígitos). La frase de contraseña es la que tú mismo inventaste al crear la clave.
       *[window] La frase de contraseña parece una clave secreta (32 letras y dígitos). La frase de contraseña es la que tú mismo inventaste en el Paso 5.
    }
    .fix = { $surface ->
        [cli] Define OKX_PASSPHRASE con la frase de contraseña de la API que creaste para esta clave.
       *[window] Escribe o pega la frase de contraseña de la API que creaste para esta clave.
    }
# $n: cuántos caracteres tiene la frase de contraseña pegada.
cred-passphrase-length = { $n ->
        [one] La frase de contraseña tiene { $n } carácter; las frases de contraseña de { -okx } tienen de 8 a 32.
       *[other] La frase de contraseña tiene { $n } caracteres; las frases de contraseña de { -okx } tienen de 8 a 32.
    }
    .fix = Revisa que pegaste la frase de contraseña completa, y solo la frase de contraseña.
cred-passphrase-non-ascii = La frase de contraseña tiene caracteres que no son letras, dígitos ni símbolos de teclado comunes (como é, una comilla curva ’ o un emoji). Algunos programas los cambian en el camino, y puede que { -okx } no los reciba como los escribiste.
    .fix = Si la escribiste, revisa que tu computadora no haya convertido una comilla recta (') en una curva (’). Si tu frase de contraseña realmente tiene estos caracteres, sigue y pruébala.
# Solo en la ventana, cuando el usuario creó una frase de contraseña en el Paso 5 y pegó la misma.
cred-passphrase-matches = La frase de contraseña coincide con la que creaste en el Paso 5.
cred-passphrase-case-differs = La frase de contraseña se diferencia de la que creaste en el Paso 5 solo en mayúsculas y minúsculas. Las mayúsculas importan, así que { -okx } la rechazaría.
    .fix = Revisa Bloq Mayús y luego escribe o pega la frase de contraseña exactamente como la creaste en { -okx }.
cred-passphrase-differs = La frase de contraseña no es la que creaste en el Paso 5.
    .fix = Usa la que escribiste en { -okx } al crear esta clave (no tu contraseña de inicio de sesión de { -okx } ni tu contraseña de fondos): { -okx } solo acepta esa. Si allí escribiste otra distinta, usa esa y sigue.
# Se muestra bajo la frase de contraseña solo cuando algo en ella parece raro.
cred-passphrase-reminder = Usa la frase de contraseña de la API que creaste junto con esta clave, no tu contraseña de inicio de sesión de { -okx } ni tu contraseña de fondos.
    .fix = Si no estás seguro, búscala en tu administrador de contraseñas junto a la clave secreta de esta clave. Si se perdió, elimina la clave en { -okx } y crea una nueva.

## Repartir un solo pegado entre los tres campos
# Se muestra después de repartir un pegado de varias líneas entre los campos. $field: el campo
# sin artículo (“clave secreta”, de cred-field-*.bare).
cred-split-more-than-one = Se encontró más de una { $field }; se usó la primera. Revisa que sea la correcta.
# $label: la etiqueta de la línea, tal como se pegó (“Login password”).
cred-split-left-out = Se omitió la línea con la etiqueta “{ $label }”: el bot necesita la frase de contraseña de la API que creaste con esta clave, no tu contraseña de inicio de sesión ni tu contraseña de fondos de { -okx }.
# $fields: los campos que siguen vacíos (“clave secreta y frase de contraseña”); $count: cuántos.
cred-split-unplaced = { $count ->
        [one] No se pudo saber qué línea es la { $fields }; pégala en su propio campo.
       *[other] No se pudo saber qué líneas corresponden a { $fields }; pega cada una en su propio campo.
    }

## El tamaño de un pegado
cred-paste-too-large = Lo que pegaste supera los { $max } KiB, lo máximo que la app lee de una vez; los tres valores ocupan mucho menos.
    .fix = { $surface ->
        [cli] Dale a save solo la clave API, la clave secreta y la frase de contraseña (o una nota que tenga solo eso).
       *[window] Los campos quedaron como estaban. Copia solo la clave API, la clave secreta y la frase de contraseña (o una nota que tenga solo eso) y vuelve a pegar.
    }
