# As palavras da janela para os Passos 5, 9 e 10, as páginas depois do Passo 10 (Confira se
# funciona, Solução de problemas, Apagar ou renovar, Referência rápida), o relatório de
# confirmação e a lista de chaves salvas no chaveiro.

## Comum a estes passos

ui-secret-show = Mostrar
ui-secret-hide = Ocultar

## Passo 5: criar uma frase secreta

ui-step5-rail = 5. Crie uma frase secreta
ui-step5-title = Crie a sua frase secreta
ui-step5-lead-1 = A { -okx } agora pede uma frase secreta (“Passphrase”): uma senha para esta chave, inventada por você. A { -okx } nunca a mostra de novo e não consegue redefini-la.
ui-step5-lead-2 = Crie-a aqui, salve-a no seu gerenciador de senhas e depois digite-a nos dois campos de frase secreta da { -okx } (no formulário da { -okx } eles podem se chamar “Paráfrase” ou “Passphrase”).
ui-step5-passphrase = Frase secreta
ui-step5-confirm = Digite de novo para confirmar
ui-step5-start = Digite uma frase secreta, ou gere uma.
ui-step5-strength = Força: { $strength }
ui-step5-crack-times = Tempo para adivinhá-la: { $online } tentando pela { -okx }, { $offline } a partir de uma cópia roubada dos registros da { -okx }.
ui-step5-rules = Regras da { -okx } para a frase secreta
ui-step5-rule-met = (cumprida)
ui-step5-rule-not-met = (não cumprida)
ui-step5-generate = Gerar uma para mim
ui-step5-copy = Copiar
ui-step5-clear = Limpar
ui-step5-generated = Gerada. Salve-a no seu gerenciador de senhas e depois digite-a de novo abaixo para confirmar.
ui-step5-copied = Copiada. A área de transferência será limpa em { $n ->
        [one] { $n } segundo
       *[other] { $n } segundos
    }.
ui-step5-cleared = Limpo.
ui-step5-stronger = Deixe a frase secreta mais forte.
ui-step5-hint = Crie uma frase secreta que cumpra todas as regras e confirme-a.
ui-step5-kept = A sua frase secreta está pronta
    .body = O app a guarda na memória (nunca no disco) para conferir o que você colar no Passo 9. Digite uma nova abaixo para trocá-la.
ui-step5-save-now = Salve-a agora no seu gerenciador de senhas
    .body = Se ela se perder, a chave terá de ser apagada e criada de novo. Guarde-a na mesma entrada da chave de API e da chave secreta que você recebe no Passo 9.

## Passo 9: salvar as três credenciais e colá-las para conferir

ui-step9-rail = 9. Salve as credenciais
ui-step9-title = Salve agora as suas três credenciais
ui-step9-lead-1 = A { -okx } agora mostra a chave de API e a chave secreta da nova chave. A sua frase secreta é a do Passo 5.
ui-step9-lead-2 = Primeiro, coloque as três numa única entrada do gerenciador de senhas (por exemplo “OKX API, Grid bot”). Depois cole-as aqui para conferir.
ui-step9-label-api-key = Chave de API
ui-step9-label-secret-key = Chave secreta
ui-step9-label-passphrase = Frase secreta (a que você criou para esta chave, não a sua senha de login da { -okx })
ui-step9-name-api-key = chave de API
ui-step9-name-secret-key = chave secreta
ui-step9-name-passphrase = frase secreta
ui-step9-check = Verificar
ui-step9-clear = Limpar
ui-step9-shown-once = A chave secreta só aparece uma vez
    .body = Depois que você fechar a tela da { -okx }, ninguém consegue mostrá-la de novo. Copie-a para o seu gerenciador de senhas antes de fazer qualquer outra coisa.
ui-step9-earlier = Já verificado
    .body = Os valores que você verificou antes estão guardados na memória para o Passo 10. Cole-os de novo para trocá-los.
ui-step9-tip = Dica: você pode colar em qualquer campo uma nota inteira do gerenciador de senhas (chave de API, chave secreta e frase secreta em linhas separadas).
ui-step9-cleaned = Limpeza do que você colou
ui-step9-swap-button = Trocar a { $first } e a { $second }
ui-step9-swapped = Estas duas parecem trocadas
    .body = Parece que a { $first } e a { $second } foram parar uma no campo da outra.
ui-step9-ok = Os três valores parecem certos
    .body = Eles ficam guardados na memória (nunca no disco) para o teste de conexão no Passo 10.
ui-step9-not-ok = Algo precisa ser corrigido
    .body = Leia as mensagens sob os campos acima.
ui-step9-split-failed = Essa colagem tem várias linhas, mas o app não conseguiu saber qual valor é qual. Cole cada valor no próprio campo.
ui-step9-filled = { $n ->
        [one] { $n } campo preenchido
       *[other] { $n } campos preenchidos
    } com uma só colagem.
ui-step9-uses-step5 = A frase secreta que você criou no passo 5 será usada; ela não sai do app. Se você informou outra na { -okx }, digite-a aqui.
    .placeholder = Frase secreta do passo 5 (usada como está)
ui-step9-saved = As três estão salvas no meu gerenciador de senhas
    .hint = Chave de API, chave secreta e frase secreta, numa única entrada. Só então feche a tela da { -okx }.
ui-step9-hint = Salve as três no seu gerenciador de senhas e depois marque a caixa.

## Passo 10: testar a chave, salvá-la no chaveiro, conectar o bot

ui-step10-rail = 10. Teste e conecte
ui-step10-title = Teste a chave e depois conecte o seu bot
ui-step10-lead-plain = O app pergunta a { $host } sobre a sua chave, como um bot faria, mas só lê: nunca pode negociar nem mover dinheiro.
ui-step10-lead-2 = Ele confere a chave, a frase secreta e a chave secreta, a qual site a chave pertence, o que a chave pode fazer, o vínculo de IP, o seu relógio e se o seu saldo pode ser lido.
ui-step10-check-first = Verifique os três valores primeiro
    .body = Volte ao Passo 9, cole-os e clique em Verificar.
ui-step10-test = Testar conexão
ui-step10-test-again = Testar de novo
ui-step10-starting = Iniciando o teste…
ui-step10-stage-reach = Acessando a { -okx }…
ui-step10-stage-clock = Verificando o relógio do seu computador…
ui-step10-stage-auth = Entrando com a chave e lendo as configurações dela…
ui-step10-stage-other = Verificando…
ui-step10-status = { $status ->
        [pass] (passou)
        [warning] (aviso)
        [fail] (falhou)
       *[skipped] (pulada)
    }
ui-step10-safe = A chave funciona e não consegue sacar
ui-step10-tested-on = Testada em { $host }.
ui-step10-tested-on-demo = Testada em { $host } (Negociação demo).
ui-step10-unsafe = Insegura: esta chave consegue sacar dinheiro
    .body = Não a entregue a nenhum bot. Apague-a na { -okx } e crie uma nova com o Saque desativado.
ui-step10-failed = A chave não passou no teste
    .body = Cada problema abaixo diz o que fazer. Os valores colados ficam guardados: corrija a causa e clique em Testar de novo.
ui-step10-use-site = Usar { $site } e testar de novo
ui-step10-use-demo = Mudar para Negociação demo e testar de novo
ui-step10-use-live = Mudar para trading real e testar de novo
ui-step10-save-heading = Salve-a no chaveiro do sistema
ui-step10-save-lead = O chaveiro do seu sistema operacional guarda os três valores criptografados, onde um bot neste computador pode lê-los.
ui-step10-save-label = Salvar com o nome
ui-step10-save = Salvar no meu chaveiro
ui-step10-saving = Salvando e lendo de volta…
ui-step10-saved = Salva e lida de volta
ui-step10-replaced = Substituída e lida de volta
ui-step10-saved-where = Em { $backend }: serviço “{ $service }”, usuário “{ $user }”. O app gravou, leu de volta e comparou cada valor.
ui-step10-replace = Substituir a chave salva?
    .body = { $message } A antiga fica até a nova ser salva e lida de volta.
    .button = Substituir
ui-step10-not-replaced = Não substituída. Escolha outro nome para manter as duas.
ui-step10-connect-heading = Conecte o seu bot

## As chaves salvas no chaveiro (Passo 10)

ui-saved-heading = Chaves salvas neste computador
ui-saved-none = Nenhuma chave salva no chaveiro ainda.
ui-saved-col-name = Nome
ui-saved-col-api-key = Chave de API
ui-saved-col-site = Site
ui-saved-col-saved = Salva em
ui-saved-site-demo = { $site } (demo)
ui-saved-copy-api-key = Copiar chave de API
ui-saved-copy-secret-key = Copiar chave secreta
ui-saved-copy-passphrase = Copiar frase secreta
ui-saved-copied = { $field ->
        [api_key] Chave de API
        [secret_key] Chave secreta
       *[passphrase] Frase secreta
    } copiada de “{ $label }”. A área de transferência será limpa em { $n ->
        [one] { $n } segundo
       *[other] { $n } segundos
    }.
ui-saved-missing = Ausente do chaveiro
ui-saved-delete = Apagar
ui-saved-delete-confirm = Apagar “{ $label }” do chaveiro?
    .body = Isto remove só a cópia salva neste computador. A chave em si continua funcionando na { -okx } até você apagá-la lá também.
ui-saved-deleted = “{ $label }” foi apagada do chaveiro.
ui-saved-python = Para quem programa bots: ler uma chave salva em Python
    .body = Cada chave é um item do chaveiro: serviço “{ -cmd-app }”, usuário = o nome da chave, segredo = JSON com api_key, secret_key, passphrase, site, api_host, demo e saved_at. Instale os pacotes Python keyring e secretstorage e depois:

## O relatório de confirmação (Passo 10 e Confira se funciona)

ui-report-heading = Relatório de confirmação
ui-report-lead = O que foi verificado, para os seus registros ou para um suporte. Ele nunca contém a sua chave secreta, a sua frase secreta nem a sua chave de API completa.
ui-report-copy = Copiar relatório
ui-report-copy-english = Copiar em inglês
ui-report-save = Salvar como…
ui-report-copied = Copiado. Não contém nenhum segredo: pode colar em qualquer lugar.
ui-report-saved = Salvo em { $path }.
ui-report-not-saved = Não salvo.

## Confira se funciona (depois do Passo 10)

ui-verify-rail = Confira se funciona
ui-verify-title = Confira se tudo funciona
ui-verify-lead = Depois que a chave estiver no seu bot, olhe os dois lados. Marque cada item à medida que confirmar.
ui-verify-bot-heading = Na plataforma do seu bot
ui-verify-balance = O seu saldo da { -okx } aparece, com o valor certo
ui-verify-status = O bot diz Conectado ou Ativo (“Connected”, “Active”)
ui-verify-no-errors = Nenhuma mensagem de erro em lugar nenhum da página
ui-verify-okx-heading = Na página de gerenciamento de API da { -okx }
ui-verify-last-used = A chave mostra um horário recente de “Último uso” (“Last used”)
ui-verify-no-strange = Nenhum acesso que você não reconheça
ui-open-api-management = Abrir o gerenciamento de API da { -okx }

## Solução de problemas (depois do Passo 10)
# Cada título cita uma mensagem que o usuário pode ver na OKX ou num bot (a OKX as escreve em
# inglês); os atributos dizem o que fazer, em ordem.

ui-trouble-rail = Solução de problemas
ui-trouble-title = Se algo der errado
ui-trouble-lead = Encontre a mensagem que você está vendo. Cada uma diz o que fazer.
ui-trouble-invalid-key = “Invalid API key” ou “Authentication failed” (chave inválida, falha de autenticação)
    .step1 = Copie de novo os três valores, exatamente: chave de API, chave secreta e frase secreta. O Passo 9 deste app confere se há espaços soltos.
    .step2 = Verifique se a chave foi criada como chave de Negociação.
    .step3 = Confira o site: uma chave criada em my.okx.com ou app.okx.com só funciona lá. O Passo 10 encontra o site certo para você.
    .step4 = Desconecte a corretora no seu bot e conecte de novo.
ui-trouble-wrong-passphrase = “Wrong passphrase” (frase secreta errada, código 50105 da { -okx })
    .step1 = A frase secreta é a que você criou para esta chave no Passo 5, não a sua senha de login da { -okx } nem a sua senha de fundos.
    .step2 = Copie-a do seu gerenciador de senhas. Maiúsculas fazem diferença.
    .step3 = Se ela se perdeu de vez, apague a chave e crie uma nova (veja Apagar ou renovar).
ui-trouble-no-such-key = “API key doesn't exist” (a chave de API não existe, 50119)
    .step1 = Na maioria das vezes a chave foi criada em outro site da { -okx } (okx.com, my.okx.com ou app.okx.com). O Passo 10 tenta os três e diz qual é o certo.
    .step2 = Senão, a chave foi apagada, ou a { -okx } a removeu depois de 14 dias sem uso e sem endereço IP. Crie uma nova.
ui-trouble-permissions = “Insufficient permissions” (permissões insuficientes)
    .step1 = Na página de API da { -okx }, edite a chave e verifique se Leitura e Negociação estão ativadas. Salve e conecte de novo.
ui-trouble-ip = “IP address not authorized” (endereço IP não autorizado, 50110)
    .step1 = A chave está travada em endereços IP, e o endereço do bot não é um deles. A mensagem da { -okx } diz qual endereço ela viu.
    .step2 = Edite a chave na { -okx } e acrescente esse endereço, ou tire a restrição enquanto descobre o endereço certo.
ui-trouble-region = “This feature is not available in your region” (recurso indisponível na sua região)
    .step1 = A { -okx } limita alguns serviços em alguns países e regiões. Confira a lista de regiões atendidas pela { -okx }.
    .step2 = Se você mudou de país, a { -okx } pode ter passado a sua conta para outro site: confira onde você faz login.
ui-trouble-timestamp = “Timestamp request expired” (horário da requisição expirado, 50102)
    .step1 = O relógio do seu computador está mais de 30 segundos errado. Ative a data e hora automáticas nas configurações do sistema.
ui-trouble-environment = “APIKey does not match current environment” (a chave não corresponde ao ambiente, 50101)
    .step1 = Uma chave de Negociação demo está sendo usada para trading real, ou uma chave real para demo. Use o modo correspondente no seu bot.
ui-trouble-lost = Perdi a chave secreta ou a frase secreta
    .step1 = Nenhuma das duas pode ser mostrada de novo nem recuperada, nem por você nem pela { -okx }.
    .step2 = Apague a chave na página de API da { -okx }, crie uma nova a partir do Passo 3 e coloque os novos valores no seu bot.

## Apagar ou renovar uma chave (depois do Passo 10)

ui-rotate-title = Apagar ou substituir uma chave
ui-rotate-lead = Apague uma chave quando parar um bot, quando achar que ela foi exposta, ou simplesmente para trocá-la por uma nova de vez em quando.
ui-rotate-delete-heading = Apagar uma chave na { -okx }
ui-rotate-delete-1 = Abra a página de gerenciamento de API da { -okx }.
ui-rotate-delete-2 = Encontre a chave pelo nome e clique em Excluir (“Delete”).
ui-rotate-delete-3 = Confirme com os códigos do e-mail e do 2FA. A chave para de funcionar na hora.
ui-rotate-money = O seu dinheiro não é afetado
    .body = Apagar uma chave não muda nada na sua conta nem nos seus fundos. O bot simplesmente não consegue mais negociar.
ui-rotate-replace-heading = Substituir (renovar) uma chave
ui-rotate-replace-1 = Crie uma nova chave com este app, a partir do Passo 3.
ui-rotate-replace-2 = Salve-a no chaveiro com o mesmo nome: o app pergunta antes de substituir a antiga e a mantém até a nova estar guardada com segurança.
ui-rotate-replace-3 = Coloque os novos valores no seu bot e confira se ele conecta.
ui-rotate-replace-4 = Apague a chave antiga na { -okx }.

## Referência rápida (depois do Passo 10)

ui-ref-rail = Referência rápida
ui-ref-title = Referência rápida
ui-ref-lead = As configurações certas para a chave de um bot, num relance.
ui-ref-credentials-heading = Três credenciais
ui-ref-api-key = Chave de API: aparece na página de API da { -okx }; identifica a chave.
ui-ref-secret-key = Chave secreta: aparece uma vez, quando a chave é criada. Assina cada requisição.
ui-ref-passphrase = Frase secreta: inventada por você no Passo 5. A { -okx } não consegue recuperá-la.
ui-ref-risk = Aviso de risco
    .body = Negociar criptomoedas pode fazer você perder dinheiro, rápido e por completo. Resultados passados de um bot não garantem resultados futuros. Só negocie o que você pode perder, e nunca dê à chave de um bot permissão de saque.
ui-ref-about-heading = Sobre
ui-ref-about = { -app-name } { $version }. Logs: { $logs }. { $attribution }

## Step 9 and Step 10: the next thing to do, and the details for engineers

# The summary of a disclosure that holds technical details (an address, keychain attributes).
ui-details = Detalhes
# A button beside a fix made on the key's page on OKX (a key that can withdraw, a changed key).
ui-open-key-page = Abrir a página desta chave na { -okx }
# Step 10's primary button after a test found the key can withdraw (it goes back to Step 3).
ui-step10-next-new-key = Criar uma chave nova sem Saque
# Step 10's primary button after a failed test (it goes back to Step 9).
ui-step10-next-fix = Corrigir os valores no passo 9
# Under “Saved and read back”; the keychain's own names are behind “Details”.
ui-step10-saved-plain = Agora ela está no chaveiro do seu sistema. O app gravou, leu de volta e comparou cada valor.
# The footer hint on Step 9 while two values are swapped; $button: the swap button's words.
ui-step9-hint-swap = Dois valores estão um no campo do outro: clique em “{ $button }” abaixo da chave de API.
