# As primeiras telas do guia: antes de começar, as regras de ouro, Passos 1-4 (login,
# gerenciamento de API, chave de Negociação, nome) e Passos 6-8 (permissões, restrição de IP,
# códigos de segurança).
# Palavras entre “ ” e os nomes das permissões são o que as páginas da OKX mostram; quando não
# encontramos o termo da OKX em português, o nome em inglês vem ao lado, entre aspas.
# O .hint de uma mensagem é a linha menor sob uma caixa de seleção ou opção.

## Antes de começar

ui-start-rail = Antes de começar
ui-start-title = Antes de começar
ui-start-lead-1 = Este app guia você na criação de uma chave de API na { -okx } para o seu bot de trading e depois comprova que a chave está configurada com segurança.
ui-start-lead-2 = Reserve uns 10 minutos sem interrupções. Marque o que você já tem:
ui-start-needs = O que você precisa
ui-start-verified = Uma conta verificada na { -okx }
    .hint = A verificação de identidade está concluída. A { -okx } não deixa contas não verificadas criarem chaves de API.
ui-start-2fa = Autenticação de dois fatores (2FA) ativada
    .hint = Um app autenticador ou código por SMS protege o seu login na { -okx }.
ui-start-bot = Uma conta na plataforma do seu bot, com um bot escolhido
    .hint = No final, você vai colar a nova chave nesse bot.
ui-start-passphrase = Um plano para a sua frase secreta
    .hint = Você vai inventar uma frase secreta para a chave. Deixe um gerenciador de senhas aberto para salvá-la.
ui-start-no-account = Ainda não tem conta na { -okx }?
    .text = Cadastre-se na { -okx } e conclua a verificação de identidade primeiro, depois volte. O seu progresso aqui fica guardado.

## As regras de ouro (as regras em si vêm com as palavras do relatório)

ui-rules-rail = Regras de ouro
ui-rules-next = Entendi
ui-rules-title = Quatro regras que mantêm o seu dinheiro seguro
ui-rules-lead = Leia estas regras antes de mexer em qualquer coisa na { -okx }. O app confere a primeira para você no final.
ui-rules-ack = Li as quatro regras e vou segui-las
ui-rules-ack-needed = Marque “Li as quatro regras” para continuar.

## Abrindo as páginas da OKX no navegador (um botão em vários passos)

ui-okx-opened = Aberto no seu navegador.

## Passo 1: login

ui-step1-rail = 1. Entre na { -okx }
ui-step1-title = Entre na { -okx }
ui-step1-lead-1 = Faça login no site da { -okx } com o seu e-mail e senha, e digite o código 2FA quando for pedido.
ui-step1-lead-2 = Fique na sua conta principal. Só use uma subconta se você quer mesmo que o bot negocie lá.
ui-step1-site-question = Onde você faz login na { -okx }?
ui-step1-site-hint = Cada site tem o próprio endereço de API, e uma chave só funciona no site onde foi criada. O app lembra a sua escolha.
ui-step1-demo = Estou praticando com uma chave de Negociação demo
    .hint = Chaves demo são criadas em Negociar › Negociação demo (“Trade › Demo Trading”) e negociam com dinheiro de mentira. Deixe isto desmarcado para um bot real.
ui-step1-open = Abrir a { -okx } no navegador
ui-step1-site-needed = Escolha onde você faz login na { -okx }.

## Passo 2: gerenciamento de API

ui-step2-rail = 2. Abra o gerenciamento de API
ui-step2-title = Abra o gerenciamento de API
ui-step2-lead-1 = Na { -okx }, clique na sua foto de perfil no canto superior direito e escolha Conta (“Account”).
ui-step2-lead-2 = No menu à esquerda, clique em API (às vezes “API e conexões”). Essa página lista as suas chaves de API.
ui-step2-open = Abrir o gerenciamento de API da { -okx }
ui-step2-address = O botão abre { $address } no seu navegador.
ui-step2-seen = Estou vendo a página de gerenciamento de API

## Passo 3: uma chave de Negociação

ui-step3-rail = 3. Crie uma chave de Negociação
ui-step3-title = Crie uma chave de Negociação
ui-step3-lead-1 = Clique em “Criar chave de API”. A { -okx } pergunta para que serve a chave.
ui-step3-lead-2 = Escolha Negociação (“Trading”). É o tipo certo para um bot que envia ordens. “Somente leitura” (“Read only”) é para apps que só acompanham a sua carteira.
ui-step3-why = Por que Negociação?
    .text = Uma chave de Negociação consegue ler o seu saldo e enviar ou cancelar ordens. Você escolhe as permissões exatas dela no Passo 6, onde o saque fica desativado.
ui-step3-chose = Escolhi Negociação

## Passo 4: o nome da chave

ui-step4-rail = 4. Dê um nome à chave
ui-step4-title = Dê um nome à sua chave de API
ui-step4-lead-1 = A { -okx } pede um nome para a chave. Só você o vê; ele separa as suas chaves quando você tem vários bots.
ui-step4-lead-2 = Use o nome do bot, para sempre saber qual chave é de qual bot.
ui-step4-bot = Para qual bot é esta chave?
    .placeholder = p. ex. Grid Bot 1
ui-step4-label = Nome da chave na { -okx }
ui-step4-copy = Copiar nome
ui-step4-copied = Copiado. Cole no campo de nome da { -okx }.
ui-step4-examples = Bons nomes: GridBotBTC, TrendRider2026, DcaBotMain. Até 50 letras ou algarismos.
ui-step4-label-ok = { $count } de { $max } caracteres. Tudo certo.

## O que há de errado com o nome de uma chave (sob o campo, e ao lado do Avançar desativado)

ui-label-empty = Digite um nome para a chave.
ui-label-too-long = O nome tem { $count } caracteres; a { -okx } permite até { $max }.
ui-label-not-alphanumeric = A { -okx } só permite letras e algarismos no nome: tire espaços e símbolos.

## Passo 6: permissões

ui-step6-rail = 6. Defina as permissões
ui-step6-title = Defina as permissões da chave
ui-step6-lead = Esta é a tela mais importante. Ative Leitura e Negociação. Deixe todo o resto desativado.
ui-perm-caption = Permissões para a chave de um bot
ui-perm-col-name = Permissão
ui-perm-col-setting = Configuração
ui-perm-col-why = Por quê
ui-perm-read = Leitura (“Read”)
    .why = Deixa o bot ver saldos, posições e histórico de ordens.
ui-perm-trade = Negociação (“Trade”)
    .why = Deixa o bot enviar e cancelar ordens.
ui-perm-withdraw = Saque (“Withdraw”)
    .why = Deixaria o dinheiro sair da sua conta. Nunca ative para um bot.
ui-perm-transfer = Transferência (“Transfer”)
    .why = Movimenta fundos entre contas: um bot não precisa disso.
ui-perm-earn = Earn
    .why = Produtos de poupança e staking: não é necessário.
ui-perm-subaccount = Transferência de subconta (“Sub-account transfer”)
    .why = Movimenta fundos para subcontas: não é necessário.
ui-perm-turn-on = ✓ Ativar
ui-perm-never = ✗ Nunca
ui-perm-leave-off = ✗ Deixar desativado
ui-step6-withdraw-off = O saque fica desativado
    .text = Com o saque desativado, nenhum dinheiro pode sair da sua conta da { -okx } por esta chave, mesmo que a chave seja roubada. O Passo 10 confere isso para você.
ui-step6-ticks = Permissões que você definiu
ui-step6-read-trade = Leitura e Negociação estão ativadas
ui-step6-rest-off = Saque está desativado, assim como Transferência, Earn e Transferência de subconta

## Passo 7: restrição de IP

ui-step7-rail = 7. Restrição de IP
ui-step7-title = Restrinja a chave a um endereço IP (recomendado)
ui-step7-lead-1 = A { -okx } pode travar a chave em um ou mais endereços IP, para que ela só funcione de lugares que você aprova.
ui-step7-lead-2 = Uma plataforma que roda o bot para você costuma listar os endereços dos servidores dela nas páginas de ajuda: use esses.
ui-step7-question = Onde o seu bot vai rodar?
ui-step7-fixed = Num servidor com endereço IP fixo
    .hint = Digite esse endereço IP no campo “Lista de permissões de endereços IP” da { -okx }. Só esse endereço poderá usar a chave: a configuração mais segura.
ui-step7-changing = Num computador de casa, ou num lugar onde o endereço IP muda
    .hint = Deixe o campo vazio por enquanto, para o bot continuar funcionando quando o endereço mudar. Você pode acrescentar um endereço depois.
ui-step7-idle = A { -okx } apaga chaves sem uso que não têm endereço IP
    .text = Uma chave que pode negociar e não está vinculada a um endereço IP é apagada pela { -okx } depois de 14 dias sem uso. Mantenha o bot rodando, ou vincule um endereço IP quando tiver um fixo. Chaves de Negociação demo não são afetadas.
ui-step7-limit = A { -okx } aceita até 20 endereços por chave, separados por vírgulas.

## Passo 8: os códigos de segurança da OKX

ui-step8-rail = 8. Confirme na { -okx }
ui-step8-title = Confirme com os seus códigos de segurança
ui-step8-lead = Antes de criar a chave, a { -okx } pede que você prove que é você. Digite todos os códigos pedidos e clique em Confirmar.
ui-step8-email = Um código por e-mail: 6 algarismos enviados para o seu e-mail da { -okx }.
ui-step8-authenticator = Um código do autenticador: do Google Authenticator, Authy ou app parecido.
ui-step8-sms = Um código por SMS, se você ativou a verificação por telefone.
ui-step8-keep-open = Mantenha a próxima tela aberta
    .text = A { -okx } agora mostra os detalhes da nova chave, e a chave secreta só aparece esta vez. O Passo 9 diz o que salvar antes de fechá-la.
ui-step8-accepted = A { -okx } aceitou os meus códigos e mostra a nova chave
