# La frase de contraseña de la API (Paso 5 de la guía): la lista de reglas bajo el campo de la
# frase de contraseña, su seguridad, cuánto tardarían en adivinarla, qué cambiar y el campo de
# confirmación. Solo se muestra en la ventana.

## La lista de reglas: las de OKX y dos nuestras. El valor de cada línea se muestra con una marca
## o una cruz; su .advice se muestra cuando la regla no se cumple y dice qué cambiar.

# $min y $max: la frase de contraseña más corta y la más larga que acepta OKX (8 y 32);
# $length: cuántos caracteres tiene ahora la frase de contraseña.
pass-rule-length = De { $min } a { $max } caracteres (ahora { $length })
    .too-short = Hazla de al menos { $min } caracteres (tiene { $length }).
    .too-long = Hazla de { $max } caracteres o menos (tiene { $length }): { -okx } no acepta más.
pass-rule-upper = Una letra mayúscula (A-Z)
    .advice = Agrega una letra mayúscula (A-Z).
pass-rule-lower = Una letra minúscula (a-z)
    .advice = Agrega una letra minúscula (a-z).
pass-rule-digit = Un dígito (0-9)
    .advice = Agrega un dígito (0-9).
# Los símbolos son ejemplos de lo que OKX cuenta como especial: se dejan tal cual.
pass-rule-special = Un carácter especial, como - . _ + @ ~
    .advice = Agrega un carácter especial, como - . _ + @ o ~ (un espacio no cuenta).
# La regla se cumple. “okx” entre comillas es la palabra que se busca, en mayúsculas o minúsculas.
pass-rule-context-none = No contiene la etiqueta de la clave, el nombre del bot ni “okx”
# La regla no se cumple. $word: la etiqueta o el nombre del bot tal como lo escribió el usuario.
pass-rule-context-label = Contiene la etiqueta de la clave “{ $word }”
    .advice = Quita la etiqueta de la clave “{ $word }”: es de lo primero que probaría un atacante.
pass-rule-context-bot = Contiene el nombre del bot “{ $word }”
    .advice = Quita el nombre del bot “{ $word }”: es de lo primero que probaría un atacante.
pass-rule-context-okx = Contiene “okx”
    .advice = Quita “okx”: es de lo primero que probaría un atacante.
pass-rule-ascii = Solo letras, dígitos y símbolos de un teclado en inglés: sin espacios, acentos, ñ ni emoji (se envía en un encabezado de una solicitud web, donde esos caracteres fallan)
    .advice = Usa solo letras A-Z, dígitos y los símbolos de un teclado en inglés: sin espacios, acentos, ñ ni emoji.

## Qué cambiar, además de las reglas que no se cumplen

pass-advice-empty = Escribe una frase de contraseña, o usa Generar para obtener una segura.
pass-advice-too-guessable = Agrega otra palabra o algunos caracteres más: todavía es demasiado fácil de adivinar. Lo mejor son palabras que no tengan relación entre sí.

## Seguridad: se muestra después de "Seguridad:" bajo el campo de la frase de contraseña

pass-strength-very-weak = Muy débil
pass-strength-weak = Débil
pass-strength-fair = Aceptable
pass-strength-strong = Fuerte
pass-strength-very-strong = Muy fuerte
# Se muestra sola, cuando todavía no hay nada escrito.
pass-strength-empty = Vacía
# Se muestra sola, para una frase de contraseña de más de 32 caracteres (OKX la rechaza, así que no se evalúa).
pass-strength-too-long = Demasiado larga para evaluarla

## Cuánto tardarían en adivinarla. Cada una llena un hueco de la oración de la ventana "Tiempo
## para adivinarla: … probando a través de OKX, … con una copia robada de los registros de OKX."
## $n es un número entero.

pass-time-instant = menos de un segundo
pass-time-seconds = { $n ->
        [one] { $n } segundo
       *[other] { $n } segundos
    }
pass-time-minutes = { $n ->
        [one] { $n } minuto
       *[other] { $n } minutos
    }
pass-time-hours = { $n ->
        [one] { $n } hora
       *[other] { $n } horas
    }
pass-time-days = { $n ->
        [one] { $n } día
       *[other] { $n } días
    }
pass-time-months = { $n ->
        [one] { $n } mes
       *[other] { $n } meses
    }
pass-time-years = { $n ->
        [one] { $n } año
       *[other] { $n } años
    }
pass-time-centuries = siglos

## Lo que encontró el evaluador de seguridad (zxcvbn): como mucho una advertencia, resaltada

pass-warning-straight-rows = Las filas seguidas de teclas son fáciles de adivinar.
pass-warning-short-keyboard-pattern = Los patrones de teclado cortos son fáciles de adivinar.
pass-warning-repeats = Las repeticiones como “aaa” son fáciles de adivinar.
pass-warning-repeated-groups = Las repeticiones como “abcabcabc” son apenas un poco más difíciles de adivinar que “abc”.
pass-warning-top-10 = Esta es una de las 10 contraseñas más comunes.
pass-warning-top-100 = Esta es una de las 100 contraseñas más comunes.
pass-warning-very-common = Esta es una contraseña muy común.
pass-warning-similar-to-common = Esta se parece a una contraseña muy usada.
pass-warning-sequences = Las secuencias como abc o 6543 son fáciles de adivinar.
pass-warning-recent-years = Los años recientes son fáciles de adivinar.
pass-warning-single-word = Una palabra sola es fácil de adivinar.
pass-warning-dates = Las fechas suelen ser fáciles de adivinar.
pass-warning-names-alone = Los nombres y apellidos solos son fáciles de adivinar.
pass-warning-common-names = Los nombres y apellidos comunes son fáciles de adivinar.

## Los consejos del evaluador de seguridad: se muestran como sugerencias bajo la advertencia

pass-tip-few-words = Usa varias palabras y evita las frases comunes.
# OKX igual exige uno de cada uno: este consejo solo dice que suman menos que más palabras.
pass-tip-symbols-help-little = Los símbolos, dígitos y mayúsculas suman menos que otra palabra.
pass-tip-another-word = Agrega una o dos palabras más. Las palabras poco comunes son mejores.
pass-tip-capitals = Las mayúsculas no ayudan mucho.
pass-tip-all-capitals = Todo en mayúsculas es casi tan fácil de adivinar como todo en minúsculas.
pass-tip-reversed-words = Las palabras escritas al revés no son mucho más difíciles de adivinar.
pass-tip-substitutions = Los cambios previsibles, como “@” en lugar de “a”, no ayudan mucho.
pass-tip-longer-keyboard-pattern = Usa un patrón de teclado más largo y con más giros.
pass-tip-repeats = Evita repetir palabras y caracteres.
pass-tip-sequences = Evita las secuencias.
pass-tip-recent-years = Evita los años recientes.
pass-tip-your-years = Evita los años relacionados contigo.
pass-tip-your-dates = Evita las fechas y los años relacionados contigo.

## El campo de confirmación, debajo

pass-confirm-empty = Vuelve a escribir aquí la frase de contraseña para confirmarla.
pass-confirm-matches = Las dos frases de contraseña coinciden.
pass-confirm-case-only = Casi: las letras son las mismas, pero algunas mayúsculas no coinciden, y { -okx } distingue entre mayúsculas y minúsculas. Revisa Bloq Mayús y vuelve a escribirla.
pass-confirm-differs = Las dos frases de contraseña son distintas. Vuelve a escribirla con cuidado, o pégala desde tu administrador de contraseñas.

## El generador

# El crédito que pide la licencia de la lista de palabras (cuadro Acerca de). Se dejan tal cual
# los nombres, la dirección y el nombre de la licencia.
pass-eff-attribution = Las frases de contraseña generadas usan la EFF Long Wordlist de la Electronic Frontier Foundation (https://www.eff.org/dice), con licencia CC BY 3.0 US.
