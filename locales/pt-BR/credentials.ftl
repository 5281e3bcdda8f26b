# Passo 9 e a linha de comando: verificação da chave de API, da chave secreta e da frase
# secreta que o usuário colou.
#
# Variáveis usadas neste arquivo:
#   $field  o nome de um campo no meio da frase (“a chave de API”, de cred-field-*.the)
#   $Field  o mesmo no início da frase (“A chave de API”, de cred-field-*.start)
#   $env    a variável de ambiente do campo na linha de comando (OKX_API_KEY, nunca traduzida)
#   $kind   o que o campo contém: "key" ou "passphrase"
# Os três campos são femininos (a chave de API, a chave secreta, a frase secreta).
# Nenhuma mensagem aqui contém um valor colado.

## Os três campos

cred-field-api-key = Chave de API
    .the = a chave de API
    .start = A chave de API
    .bare = chave de API
cred-field-secret-key = Chave secreta
    .the = a chave secreta
    .start = A chave secreta
    .bare = chave secreta
cred-field-passphrase = Frase secreta
    .the = a frase secreta
    .start = A frase secreta
    .bare = frase secreta

## Listas

cred-list-and = { $first } e { $last }
cred-list-comma = { $first }, { $rest }

## Caracteres que não pertencem a um valor colado

cred-char-space = um espaço
    .edge = { $end ->
        [start] { $n ->
            [one] { $n } espaço no início
           *[other] { $n } espaços no início
        }
       *[end] { $n ->
            [one] { $n } espaço no final
           *[other] { $n } espaços no final
        }
    }
cred-char-tab = uma tabulação
    .edge = { $end ->
        [start] { $n ->
            [one] { $n } tabulação no início
           *[other] { $n } tabulações no início
        }
       *[end] { $n ->
            [one] { $n } tabulação no final
           *[other] { $n } tabulações no final
        }
    }
cred-char-line-break = uma quebra de linha
    .edge = { $end ->
        [start] { $n ->
            [one] { $n } quebra de linha no início
           *[other] { $n } quebras de linha no início
        }
       *[end] { $n ->
            [one] { $n } quebra de linha no final
           *[other] { $n } quebras de linha no final
        }
    }
cred-char-no-break-space = um espaço não separável
    .edge = { $end ->
        [start] { $n ->
            [one] { $n } espaço não separável no início
           *[other] { $n } espaços não separáveis no início
        }
       *[end] { $n ->
            [one] { $n } espaço não separável no final
           *[other] { $n } espaços não separáveis no final
        }
    }
cred-char-other-space = um caractere em branco
    .edge = { $end ->
        [start] { $n ->
            [one] { $n } caractere em branco no início
           *[other] { $n } caracteres em branco no início
        }
       *[end] { $n ->
            [one] { $n } caractere em branco no final
           *[other] { $n } caracteres em branco no final
        }
    }
cred-char-zero-width = um caractere invisível de largura zero
    .edge = { $end ->
        [start] { $n ->
            [one] um caractere invisível de largura zero no início
           *[other] { $n } caracteres invisíveis de largura zero no início
        }
       *[end] { $n ->
            [one] um caractere invisível de largura zero no final
           *[other] { $n } caracteres invisíveis de largura zero no final
        }
    }
cred-char-invisible = um caractere de formatação invisível
    .edge = { $end ->
        [start] { $n ->
            [one] um caractere de formatação invisível no início
           *[other] { $n } caracteres de formatação invisíveis no início
        }
       *[end] { $n ->
            [one] um caractere de formatação invisível no final
           *[other] { $n } caracteres de formatação invisíveis no final
        }
    }
cred-char-control = um caractere de controle oculto
    .edge = { $end ->
        [start] { $n ->
            [one] um caractere de controle oculto no início
           *[other] { $n } caracteres de controle ocultos no início
        }
       *[end] { $n ->
            [one] um caractere de controle oculto no final
           *[other] { $n } caracteres de controle ocultos no final
        }
    }

## Onde um caractere está dentro de um valor

cred-place-start = no início
cred-place-end = no final
cred-place-middle = no meio, depois do caractere { $after }
cred-inside-what = { $count ->
    [one] { $char } { $place }
   *[other] { $count } caracteres em branco ou ocultos; o primeiro é { $char } { $place }
}

## O que a limpeza tirou de um valor colado

cred-trim-blanks = remoção de { $chars }
cred-trim-blanks-inside-quotes = remoção de { $chars } dentro das aspas
cred-trim-quotes = { $pairs ->
    [one] remoção das aspas em volta do valor
   *[other] remoção de { $pairs } pares de aspas em volta do valor
}
cred-trimmed-line = { $field }: { $removed }

## O que foi encontrado num campo

cred-empty-api-key = A chave de API está vazia.
    .fix = { $surface ->
        [cli] Defina OKX_API_KEY com a chave de API da { -okx } (ou do seu gerenciador de senhas).
       *[window] Cole neste campo a chave de API da { -okx } (ou do seu gerenciador de senhas).
    }
cred-empty-secret-key = A chave secreta está vazia.
    .fix = { $surface ->
        [cli] Defina OKX_SECRET_KEY com a chave secreta que você salvou ao criar a chave. A { -okx } só a mostra uma vez: se você não a salvou, apague esta chave na { -okx } e crie uma nova.
       *[window] Cole a chave secreta que você salvou ao criar a chave. A { -okx } só a mostra uma vez: se você não a salvou, apague esta chave na { -okx } e crie uma nova.
    }
cred-empty-passphrase = A frase secreta está vazia.
    .fix = { $surface ->
        [cli] Defina OKX_PASSPHRASE com a frase secreta da API que você criou junto com esta chave, não com a sua senha de login nem a senha de fundos da { -okx }.
       *[window] Digite ou cole a frase secreta da API que você criou para esta chave no Passo 5, não a sua senha de login nem a senha de fundos da { -okx }.
    }
cred-label-included = { $surface ->
        [cli] { $what ->
            [passphrase] { $env } também contém o rótulo “{ $label }” antes da frase secreta.
           *[key] { $env } também contém o rótulo “{ $label }” antes da chave.
        }
       *[window] { $what ->
            [passphrase] { $Field } foi colada junto com o rótulo “{ $label }” na frente da frase secreta.
           *[key] { $Field } foi colada junto com o rótulo “{ $label }” na frente da chave.
        }
    }
    .fix = { $what ->
        [passphrase] { $sure ->
            [no] Apague o rótulo e o sinal depois dele, para sobrar só a frase secreta. Se esta for mesmo a sua frase secreta inteira, deixe como está.
           *[yes] Apague o rótulo e o sinal depois dele, para sobrar só a frase secreta.
        }
       *[key] Apague o rótulo e o sinal depois dele, para sobrar só a chave.
    }
cred-character-inside = { $Field } tem { $what }.
    .fix = { $kind ->
        [passphrase] Uma frase secreta não tem espaços, quebras de linha nem caracteres ocultos. Apague o caractere, ou copie { $field } de novo, inteira, do seu gerenciador de senhas.
       *[key] Uma chave não tem espaços, quebras de linha nem caracteres ocultos. Apague o caractere, ou copie { $field } de novo, inteira, do seu gerenciador de senhas.
    }
cred-hidden-character-inside = { $Field } tem { $what }.
    .fix = { $surface ->
        [cli] { $kind ->
            [passphrase] Uma frase secreta não tem caracteres ocultos, e este não dá para ver: defina { $env } de novo com { $field }, copiada direto do seu gerenciador de senhas (ou da { -okx }).
           *[key] Uma chave não tem caracteres ocultos, e este não dá para ver: defina { $env } de novo com { $field }, copiada direto do seu gerenciador de senhas (ou da { -okx }).
        }
       *[window] { $kind ->
            [passphrase] Uma frase secreta não tem caracteres ocultos, e este não dá para ver: limpe o campo e cole { $field } de novo, copiada direto do seu gerenciador de senhas (ou da { -okx }).
           *[key] Uma chave não tem caracteres ocultos, e este não dá para ver: limpe o campo e cole { $field } de novo, copiada direto do seu gerenciador de senhas (ou da { -okx }).
        }
    }
cred-masked-api-key = A chave de API tem caracteres de mascaramento (como **** ou …): esta é a forma abreviada que a { -okx } mostra na lista de chaves, não a chave completa.
    .fix = Copie a chave de API completa do seu gerenciador de senhas, ou, na { -okx }, dos detalhes da chave com o botão de copiar.
cred-masked-secret-key = A chave secreta tem caracteres de mascaramento (como **** ou •••), então não é a chave secreta de verdade.
    .fix = Use a chave secreta que você salvou ao criar a chave. A { -okx } só a mostra uma vez: se você não a salvou, apague esta chave na { -okx } e crie uma nova.
cred-masked-passphrase = A frase secreta é só pontos ou asteriscos: é assim que uma senha oculta aparece na tela, não é a frase secreta em si.
    .fix = Copie a frase secreta com o botão de copiar do seu gerenciador de senhas, ou digite-a.
cred-stray-quote = { $end ->
        [start] { $Field } começa com aspas que não se fecham no outro extremo.
       *[end] { $Field } termina com aspas que não foram abertas no outro extremo.
    }
    .fix = Apague essas aspas, a menos que { $field } realmente as contenha.

## O que foi encontrado comparando os campos

cred-label-instead-of-key = No lugar da chave de API está o nome da chave (“{ $label }”), não a chave em si.
    .fix = Copie a chave de API: na { -okx } é o código longo com hifens que aparece com a chave (como 1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d), não o nome que você deu a ela.
cred-same-value = { $Field } e { $other } são iguais. Os três valores são sempre diferentes.
    .fix = { $surface ->
        [cli] Coloque { $other } em { $other_env } e { $field } em { $env }: confira se você copiou cada um da própria linha.
       *[window] Cole { $field } no campo certo: confira se você copiou cada um da própria linha.
    }

## Valores trocados

cred-swap-key-secret = A chave de API e a chave secreta estão trocadas: no lugar da chave de API há uma chave secreta (32 caracteres, sem hifens), e no lugar da chave secreta há uma chave de API (com hifens). A { -okx } só responderia que não conhece a chave.
    .fix = { $surface ->
        [cli] Coloque a chave de API em OKX_API_KEY e a chave secreta em OKX_SECRET_KEY: agora cada uma está com a outra. Na entrada padrão, informe a chave de API, a chave secreta e a frase secreta, nessa ordem.
       *[window] Troque as duas (há um botão para isso), ou cole cada uma no outro campo.
    }
cred-swap-key-secret-likely = A chave de API e a chave secreta parecem trocadas: no lugar da chave de API há algo com cara de chave secreta (32 caracteres, sem hifens), e no lugar da chave secreta algo com cara de chave de API (com hifens).
    .fix = { $surface ->
        [cli] Coloque a chave de API em OKX_API_KEY e a chave secreta em OKX_SECRET_KEY: agora cada uma está com a outra. Na entrada padrão, informe a chave de API, a chave secreta e a frase secreta, nessa ordem.
       *[window] Troque as duas (há um botão para isso), ou cole cada uma no outro campo.
    }
cred-swap-secret-passphrase = A chave secreta e a frase secreta parecem trocadas: no lugar da frase secreta há algo com cara de chave secreta (32 caracteres, sem hifens).
    .fix = { $surface ->
        [cli] Coloque a chave secreta em OKX_SECRET_KEY e a frase secreta em OKX_PASSPHRASE: agora cada uma está com a outra. Na entrada padrão, informe a chave de API, a chave secreta e a frase secreta, nessa ordem.
       *[window] Troque as duas (há um botão para isso), ou cole cada uma no outro campo.
    }
cred-swap-key-passphrase = A chave de API e a frase secreta parecem trocadas: no lugar da frase secreta há algo com cara de chave de API (com hifens).
    .fix = { $surface ->
        [cli] Coloque a chave de API em OKX_API_KEY e a frase secreta em OKX_PASSPHRASE: agora cada uma está com a outra. Na entrada padrão, informe a chave de API, a chave secreta e a frase secreta, nessa ordem.
       *[window] Troque as duas (há um botão para isso), ou cole cada uma no outro campo.
    }

## A aparência de um valor

cred-api-key-case = A chave de API parece estranha: ela tem letras maiúsculas, e a { -okx } mostra as chaves de API em minúsculas. Maiúsculas fazem diferença: uma letra mudada faz a chave falhar.
    .fix = Copie a chave de API de novo do seu gerenciador de senhas (ou da { -okx }) em vez de digitá-la.
cred-secret-in-key-field = A chave de API parece uma chave secreta: 32 caracteres sem hifens. As chaves de API da { -okx } têm hifens, como 1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d.
    .fix = { $surface ->
        [cli] Verifique se OKX_API_KEY contém a chave de API, não a chave secreta.
       *[window] Verifique se você colou aqui a chave de API, não a chave secreta.
    }
cred-api-key-shape = A chave de API não parece uma chave de API da { -okx }: elas têm 36 caracteres, letras de a-f e algarismos em grupos de 8-4-4-4-12 ligados por hifens, e esta { $n ->
        [36] tem outros caracteres.
       *[other] tem { $n }.
    }
    .fix = Verifique se você copiou o valor inteiro e nada mais. Se for exatamente o que a { -okx } mostrou, você ainda pode testá-la.
cred-secret-key-case = A chave secreta tem letras minúsculas, mas a { -okx } mostra as chaves secretas em maiúsculas, então algo pode tê-la alterado. Maiúsculas fazem diferença: uma chave secreta alterada não funciona.
    .fix = Copie a chave secreta de novo do seu gerenciador de senhas, exatamente como você a salvou da { -okx }.
cred-key-in-secret-field = A chave secreta parece uma chave de API: ela tem hifens, em grupos de 8-4-4-4-12. As chaves secretas da { -okx } têm 32 algarismos e letras maiúsculas de A-F, sem hifens.
    .fix = { $surface ->
        [cli] Verifique se OKX_SECRET_KEY contém a chave secreta, não a chave de API.
       *[window] Verifique se você colou aqui a chave secreta, não a chave de API.
    }
cred-secret-key-shape = A chave secreta não parece uma chave secreta da { -okx }: elas têm 32 caracteres, algarismos e letras maiúsculas de A-F, e esta { $n ->
        [32] tem outros caracteres.
       *[other] tem { $n }.
    }
    .fix = Verifique se você copiou o valor inteiro e nada mais. Se for exatamente o que a { -okx } mostrou, você ainda pode testá-la.

## A frase secreta

cred-passphrase-like-api-key = { $surface ->
        [cli] A frase secreta parece uma chave de API (um código longo com hifens). A frase secreta é aquela que você mesmo inventou ao criar a chave.
       *[window] A frase secreta parece uma chave de API (um código longo com hifens). A frase secreta é aquela que você mesmo inventou no Passo 5.
    }
    .fix = { $surface ->
        [cli] Defina OKX_PASSPHRASE com a frase secreta da API que você criou para esta chave.
       *[window] Digite ou cole a frase secreta da API que você criou para esta chave.
    }
cred-passphrase-like-secret-key = { $surface ->
        [cli] A frase secreta parece uma chave secreta (32 letras e algarismos). A frase secreta é aquela que você mesmo inventou ao criar a chave.
       *[window] A frase secreta parece uma chave secreta (32 letras e algarismos). A frase secreta é aquela que você mesmo inventou no Passo 5.
    }
    .fix = { $surface ->
        [cli] Defina OKX_PASSPHRASE com a frase secreta da API que você criou para esta chave.
       *[window] Digite ou cole a frase secreta da API que você criou para esta chave.
    }
cred-passphrase-length = { $n ->
        [one] A frase secreta tem { $n } caractere; as frases secretas da { -okx } têm de 8 a 32.
       *[other] A frase secreta tem { $n } caracteres; as frases secretas da { -okx } têm de 8 a 32.
    }
    .fix = Verifique se você colou a frase secreta inteira, e só ela.
cred-passphrase-non-ascii = A frase secreta tem caracteres além de letras simples, algarismos e símbolos do teclado (como é, um apóstrofo curvo ’ ou um emoji). Alguns programas mudam esses caracteres no caminho, e a { -okx } pode não recebê-los como você digitou.
    .fix = Se você a digitou, confira se o computador não transformou um apóstrofo reto (') num curvo (’). Se a sua frase secreta tem mesmo esses caracteres, siga em frente e teste.
cred-passphrase-matches = A frase secreta é igual à que você criou no Passo 5.
cred-passphrase-case-differs = A frase secreta só difere da que você criou no Passo 5 nas letras maiúsculas. Maiúsculas fazem diferença, então a { -okx } a recusaria.
    .fix = Confira o Caps Lock e digite ou cole a frase secreta exatamente como você a criou na { -okx }.
cred-passphrase-differs = A frase secreta não é a que você criou no Passo 5.
    .fix = Use a que você digitou na { -okx } ao criar esta chave (não a sua senha de login nem a senha de fundos da { -okx }): a { -okx } só aceita essa. Se você digitou outra lá, use essa e siga em frente.
cred-passphrase-reminder = Use a frase secreta da API que você criou junto com esta chave, não a sua senha de login da { -okx } nem a sua senha de fundos.
    .fix = Se não tiver certeza, procure no seu gerenciador de senhas, ao lado da chave secreta desta chave. Se ela se perdeu, apague a chave na { -okx } e crie uma nova.

## Dividir uma colagem entre os três campos

cred-split-more-than-one = Foi encontrada mais de uma { $field }; foi usada a primeira. Confira se é a certa.
cred-split-left-out = A linha com o rótulo “{ $label }” ficou de fora: o bot precisa da frase secreta da API que você criou com esta chave, não da sua senha de login nem da senha de fundos da { -okx }.
cred-split-unplaced = { $count ->
        [one] Não foi possível saber qual linha é a { $fields }; cole-a no campo dela.
       *[other] Não foi possível saber quais linhas são: { $fields }; cole cada uma no campo dela.
    }

## O tamanho de uma colagem
cred-paste-too-large = O que você colou passa de { $max } KiB, o máximo que o app lê de uma vez; os três valores ocupam bem menos.
    .fix = { $surface ->
        [cli] Passe ao save só a chave de API, a chave secreta e a frase secreta (ou uma nota que tenha só isso).
       *[window] Os campos ficaram como estavam. Copie só a chave de API, a chave secreta e a frase secreta (ou uma nota que tenha só isso) e cole de novo.
    }
