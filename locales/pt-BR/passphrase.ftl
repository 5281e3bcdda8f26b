# A frase secreta da API (Passo 5 do guia): a lista de regras sob o campo, a força, quanto
# tempo levaria para adivinhá-la, o que mudar e o campo de confirmação.
# Mostrado só na janela.

## A lista de regras: as da OKX e duas nossas. Cada linha aparece marcada ou não;
## o .advice aparece quando a regra falha, dizendo o que mudar.

pass-rule-length = De { $min } a { $max } caracteres (agora { $length })
    .too-short = Use pelo menos { $min } caracteres (agora tem { $length }).
    .too-long = Use no máximo { $max } caracteres (agora tem { $length }): a { -okx } não aceita mais que isso.
pass-rule-upper = Uma letra maiúscula (A-Z)
    .advice = Acrescente uma letra maiúscula (A-Z).
pass-rule-lower = Uma letra minúscula (a-z)
    .advice = Acrescente uma letra minúscula (a-z).
pass-rule-digit = Um algarismo (0-9)
    .advice = Acrescente um algarismo (0-9).
pass-rule-special = Um caractere especial, como - . _ + @ ~
    .advice = Acrescente um caractere especial, como - . _ + @ ou ~ (espaço não conta).
pass-rule-context-none = Não contém o nome da chave, o nome do bot nem “okx”
pass-rule-context-label = Contém o nome da chave “{ $word }”
    .advice = Tire o nome da chave “{ $word }”: é uma das primeiras coisas que um invasor tentaria.
pass-rule-context-bot = Contém o nome do bot “{ $word }”
    .advice = Tire o nome do bot “{ $word }”: é uma das primeiras coisas que um invasor tentaria.
pass-rule-context-okx = Contém “okx”
    .advice = Tire o “okx”: é uma das primeiras coisas que um invasor tentaria.
pass-rule-ascii = Só letras, algarismos e símbolos de um teclado inglês: sem espaços, acentos nem emojis (ela vai no cabeçalho de uma requisição web, onde eles dão problema)
    .advice = Use só letras de A-Z, algarismos e os símbolos de um teclado inglês: sem espaços, acentos nem emojis.

## O que mudar, além das regras que falharam

pass-advice-empty = Digite uma frase secreta, ou use Gerar para obter uma forte.
pass-advice-too-guessable = Acrescente mais uma palavra ou mais alguns caracteres: ainda é fácil demais de adivinhar. O melhor são palavras que não combinam entre si.

## Força: aparece depois de "Força:" sob o campo

pass-strength-very-weak = Muito fraca
pass-strength-weak = Fraca
pass-strength-fair = Razoável
pass-strength-strong = Forte
pass-strength-very-strong = Muito forte
pass-strength-empty = Vazia
pass-strength-too-long = Longa demais para avaliar

## Quanto tempo levaria para adivinhar. Cada um completa a frase da janela "Tempo para
## adivinhá-la: … tentando pela OKX, … a partir de uma cópia roubada dos registros da OKX."

pass-time-instant = menos de um segundo
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
        [one] { $n } dia
       *[other] { $n } dias
    }
pass-time-months = { $n ->
        [one] { $n } mês
       *[other] { $n } meses
    }
pass-time-years = { $n ->
        [one] { $n } ano
       *[other] { $n } anos
    }
pass-time-centuries = séculos

## O que o avaliador de força (zxcvbn) encontrou: no máximo um aviso, em destaque

pass-warning-straight-rows = Sequências retas de teclas são fáceis de adivinhar.
pass-warning-short-keyboard-pattern = Padrões curtos de teclado são fáceis de adivinhar.
pass-warning-repeats = Repetições como “aaa” são fáceis de adivinhar.
pass-warning-repeated-groups = Repetições como “abcabcabc” são só um pouco mais difíceis de adivinhar que “abc”.
pass-warning-top-10 = Esta é uma das 10 senhas mais comuns.
pass-warning-top-100 = Esta é uma das 100 senhas mais comuns.
pass-warning-very-common = Esta é uma senha muito comum.
pass-warning-similar-to-common = Esta senha é parecida com uma senha muito usada.
pass-warning-sequences = Sequências como abc ou 6543 são fáceis de adivinhar.
pass-warning-recent-years = Anos recentes são fáceis de adivinhar.
pass-warning-single-word = Uma palavra sozinha é fácil de adivinhar.
pass-warning-dates = Datas costumam ser fáceis de adivinhar.
pass-warning-names-alone = Nomes e sobrenomes sozinhos são fáceis de adivinhar.
pass-warning-common-names = Nomes e sobrenomes comuns são fáceis de adivinhar.

## As dicas do avaliador de força: aparecem sob o aviso

pass-tip-few-words = Use algumas palavras e evite frases comuns.
pass-tip-symbols-help-little = Símbolos, algarismos e maiúsculas ajudam menos que mais uma palavra.
pass-tip-another-word = Acrescente mais uma ou duas palavras. Palavras incomuns são melhores.
pass-tip-capitals = Maiúsculas não ajudam muito.
pass-tip-all-capitals = Tudo em maiúsculas é quase tão fácil de adivinhar quanto nada em maiúsculas.
pass-tip-reversed-words = Palavras escritas de trás para frente não são muito mais difíceis de adivinhar.
pass-tip-substitutions = Trocas previsíveis, como “@” no lugar de “a”, não ajudam muito.
pass-tip-longer-keyboard-pattern = Use um padrão de teclado mais longo, com mais curvas.
pass-tip-repeats = Evite palavras e caracteres repetidos.
pass-tip-sequences = Evite sequências.
pass-tip-recent-years = Evite anos recentes.
pass-tip-your-years = Evite anos ligados a você.
pass-tip-your-dates = Evite datas e anos ligados a você.

## O campo de confirmação, embaixo dele

pass-confirm-empty = Digite a frase secreta de novo aqui para confirmar.
pass-confirm-matches = As duas frases secretas são iguais.
pass-confirm-case-only = Quase: as letras são as mesmas, mas algumas maiúsculas diferem, e para a { -okx } maiúsculas e minúsculas são diferentes. Confira o Caps Lock e digite de novo.
pass-confirm-differs = As duas frases secretas são diferentes. Digite de novo com cuidado, ou cole do seu gerenciador de senhas.

## O gerador

pass-eff-attribution = As frases secretas geradas usam a EFF Long Wordlist da Electronic Frontier Foundation (https://www.eff.org/dice), sob a licença CC BY 3.0 US.
