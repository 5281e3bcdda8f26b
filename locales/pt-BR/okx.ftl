# Falando com a OKX: os sites dela, o que os códigos de erro significam e o que fazer, e falhas
# da própria conexão (sem resposta, resposta cortada, resposta que não é da OKX).

# Onde o usuário gerencia as chaves de API no site da OKX; entra em várias correções.
# Sem artigo: as mensagens escrevem "na", "da" antes dele.
-okx-key-page = página de gerenciamento de API da { -okx } (Perfil > API)

## Os sites da OKX: o nome de cada um (o site e, entre parênteses, para quem é) e quem
## se cadastra nele (mostrado ao lado de cada site, onde o usuário escolhe o seu)

okx-site-name-global = { $site } (global)
okx-site-name-eea = { $site } (EEE)
okx-site-name-us = { $site } (EUA e Austrália)
okx-site-name-tr = { $site } (OKX TR, Turquia)
okx-site-region-global = A maioria dos países
okx-site-region-eea = O Espaço Econômico Europeu (EEE)
okx-site-region-us = Os Estados Unidos e a Austrália
okx-site-region-tr = Turquia (OKX TR)
okx-site-id-list = { $ids } ou { $last }
problem-malformed-input-site = "{ $value }" não é um site da { -okx }.
    .fix = Use global (você entra em okx.com), eea (my.okx.com), us (app.okx.com) ou tr (tr.okx.com).

## Uma configuração que aponta um site para um simulador de prática neste computador (OKX_BASE_URL_…)

problem-invalid-setting-override = { $var } tem um valor que o app recusa: { $why }.
    .fix = Remova { $var } para usar a própria { -okx }, ou defina um endereço de loopback como http://127.0.0.1:8085 (o simulador de prática).
# $var: the setting, e.g. OKX_BASE_URL_GLOBAL; $url: where it points
problem-real-key-to-override = { $var } está definida, então esta solicitação iria para { $url } neste computador, mas esta chave foi salva a partir da própria { -okx }. O app nunca envia uma chave real a um servidor de treino.
    .fix = Remova { $var } (no terminal: unset { $var }) e tente de novo. Defina-a só enquanto treina com o simulador.
# $var: the setting; $host: the real API host, e.g. www.okx.com
problem-practice-key-to-okx = Esta chave foi salva a partir do simulador de treino, não da { -okx }: a { -okx } não a conhece, então o app não a envia para { $host }.
    .fix = Para treinar com ela, inicie o simulador ({ -cmd-simulate }) e defina { $var } com o endereço que ele mostra. Para um bot, salve uma chave real da { -okx }.
okx-override-not-http = só é permitido http://127.0.0.1:PORT ou http://localhost:PORT
okx-override-no-port = o endereço precisa de uma porta, como http://127.0.0.1:8085
okx-override-not-loopback = não é um endereço de loopback (127.0.0.1 ou localhost)
okx-override-bad-port = a porta deve ser um número de 1 a 65535

## Os códigos de erro da OKX, o que significam e o que fazer

problem-wrong-passphrase = A { -okx } não aceitou a frase secreta.
    .fix = Digite a frase secreta que você escolheu ao criar esta chave de API na { -okx }. Ela não é a sua senha de login da { -okx } nem a sua senha de fundos, e maiúsculas fazem diferença. Copie-a de onde você a salvou. Se você a perdeu, a { -okx } não consegue recuperá-la: apague esta chave na { -okx } e crie uma nova.
problem-wrong-secret = A { -okx } não aceitou a assinatura da requisição, o que quer dizer que a chave secreta não pertence a esta chave de API.
    .fix = Copie de novo a chave secreta de onde você a salvou ao criar a chave (a { -okx } só a mostra uma vez), sem faltar nada no começo nem no fim. Se você não a tem mais, apague esta chave na { -okx } e crie uma nova.
problem-unknown-key = A { -okx } não reconhece esta chave de API.
    .fix = Copie de novo a chave de API inteira da { -okx-key-page }. Se a chave não estiver na lista, ela foi apagada: crie uma nova.
problem-unknown-key-site = A { -okx } diz que esta chave de API não existe em { $site }.
    .fix = Verifique se você escolheu o site onde entra na { -okx } (okx.com, my.okx.com, app.okx.com ou tr.okx.com): uma chave só funciona no próprio site. Depois copie a chave de API de novo da { -okx-key-page }. Se a chave não estiver mais na lista, ela foi apagada (chaves que podem negociar e não estão vinculadas a um endereço IP são apagadas depois de 14 dias sem uso): crie uma nova.
problem-demo-mismatch-not-demo = A { -okx } diz que esta chave não é de Negociação demo, mas ela foi testada como uma.
    .fix = { $surface ->
        [cli] Teste de novo sem --demo. Chaves de Negociação demo são criadas na { -okx } com o modo Negociação demo ("Demo Trading") ativado.
       *[window] Desative a "Negociação demo" e teste de novo. Chaves de Negociação demo são criadas na { -okx } com o modo Negociação demo ("Demo Trading") ativado.
    }
problem-demo-mismatch-not-live = A { -okx } diz que esta chave não é de trading real: parece uma chave de Negociação demo.
    .fix = { $surface ->
        [cli] Se você criou a chave no modo Negociação demo ("Demo Trading") da { -okx }, teste de novo com --demo. Para trading real, crie a chave com a Negociação demo desativada.
       *[window] Se você criou a chave no modo Negociação demo ("Demo Trading") da { -okx }, ative a "Negociação demo" aqui e teste de novo. Para trading real, crie a chave com a Negociação demo desativada.
    }
problem-clock-skew-rejected = A { -okx } recusou o horário da requisição: o relógio deste computador está com mais de 30 segundos de diferença.
    .fix = Ative "Definir hora automaticamente" (e o fuso horário certo) nas configurações de data e hora do sistema e teste de novo.
problem-ip-not-allowed-ip = Esta chave só funciona a partir de certos endereços IP, e o endereço deste computador ({ $ip }) não é um deles.
    .fix = Na { -okx-key-page }, edite a chave e acrescente { $ip } aos endereços IP da chave, e teste de novo. Se você vinculou a chave ao servidor do seu bot de propósito, este computador simplesmente não é esse servidor: teste a partir do servidor, ou acrescente este endereço para o teste e tire-o depois.
problem-ip-not-allowed = Esta chave só funciona a partir de certos endereços IP, e o endereço deste computador não é um deles.
    .fix = Na { -okx-key-page }, edite a chave e acrescente o endereço deste computador aos endereços IP da chave, e teste de novo. Se você vinculou a chave ao servidor do seu bot de propósito, este computador simplesmente não é esse servidor: teste a partir do servidor, ou acrescente este endereço para o teste e tire-o depois.
problem-region-restricted-ip = A { -okx } não oferece este serviço no local onde você está agora (endereço IP { $ip }).
    .fix = { problem-region-restricted.fix }
problem-region-restricted = A { -okx } não oferece este serviço no seu país ou região.
    .fix = Verifique se você escolheu o site onde se cadastrou (okx.com, my.okx.com, app.okx.com ou tr.okx.com) e confira a lista de países e regiões atendidos pela { -okx }. Se estiver viajando, teste de novo quando voltar para casa.
problem-key-frozen = A { -okx } congelou esta chave de API.
    .fix = Fale com o suporte ao cliente da { -okx } para saber o motivo, ou apague esta chave na { -okx-key-page } e crie uma nova.
problem-key-frozen-account = A { -okx } diz que esta conta está bloqueada.
    .fix = Fale com o suporte ao cliente da { -okx }. A chave não pode ser usada até eles desbloquearem a conta.
problem-missing-read-permission-code = Esta chave não tem permissão para ler a sua conta.
    .fix = Na { -okx-key-page }, edite a chave e ative "Leitura" ("Read") (e "Negociação" ("Trade") para um bot de trading), salve e teste de novo.
problem-malformed-input-okx-empty-key = A { -okx } recebeu uma chave de API vazia.
    .fix = { $surface ->
        [cli] Defina OKX_API_KEY com a chave de API e teste de novo.
       *[window] Cole a chave de API no campo dela e teste de novo.
    }
problem-malformed-input-okx-empty-passphrase = A { -okx } recebeu uma frase secreta vazia.
    .fix = { $surface ->
        [cli] Defina OKX_PASSPHRASE com a frase secreta e teste de novo.
       *[window] Cole a frase secreta no campo dela e teste de novo.
    }
problem-malformed-input-okx-empty-part = A { -okx } diz que parte da requisição assinada estava vazia.
    .fix = { $surface ->
        [cli] Verifique se OKX_API_KEY, OKX_SECRET_KEY e OKX_PASSPHRASE estão todos definidos e teste de novo. Se continuar acontecendo, informe o problema: é um erro do { -app-name }.
       *[window] Verifique se os três campos estão preenchidos e teste de novo. Se continuar acontecendo, informe o problema: é um erro do { -app-name }.
    }
problem-unexpected-response-format = A { -okx } recusou o formato da requisição. Isso não é causado pela sua chave.
    .fix = Teste de novo. Se continuar acontecendo, informe o problema: é um erro do { -app-name }.
problem-unexpected-response-unauthorised = A { -okx } se recusou a autorizar esta chave sem dizer o motivo.
    .fix = Confira os três valores e teste de novo. Se continuar acontecendo, apague esta chave na { -okx-key-page } e crie uma nova.
problem-rate-limited = A { -okx } está recebendo requisições demais desta chave ou desta rede agora.
    .fix = Espere um minuto e teste de novo. Se já houver um bot rodando com esta chave, tudo bem: o limite se renova em segundos.
problem-okx-unavailable = O serviço da { -okx } em { $host } está temporariamente indisponível (manutenção ou sobrecarga).
    .fix = Espere alguns minutos e teste de novo. A { -okx } anuncia manutenções na página de status e nas redes sociais.
problem-timeout-okx = A { -okx } demorou demais para responder desta vez.
    .fix = Espere um pouco e teste de novo. O teste só lê, então tentar de novo é seguro.

## Códigos que este app não conhece

problem-unexpected-response-unknown-code = A { -okx } respondeu com o código de erro { $code }, que este app não conhece.
    .fix = Teste de novo daqui a pouco. Se continuar acontecendo, procure o código { $code } na documentação da API da { -okx } ou pergunte ao suporte da { -okx }.
problem-unexpected-response-unknown-code-said = A { -okx } respondeu com o código de erro { $code }, que este app não conhece: "{ $said }".
    .fix = { problem-unexpected-response-unknown-code.fix }
problem-unexpected-response-unknown-error = A { -okx } respondeu com um erro que este app não conhece.
    .fix = Teste de novo daqui a pouco. Se continuar acontecendo, pergunte ao suporte da { -okx }.
problem-unexpected-response-unknown-error-said = A { -okx } respondeu com um erro que este app não conhece: "{ $said }".
    .fix = { problem-unexpected-response-unknown-error.fix }

## Respostas que não são da OKX. $host: o endereço consultado; $status: o código HTTP

problem-unexpected-response-redirect = { $host } tentou mandar a requisição para outro lugar (HTTP { $status }).
    .fix = Verifique se você escolheu o site certo. Se a sua rede pede login por uma página web (Wi-Fi de hotel ou de escritório), faça o login primeiro e teste de novo.
problem-unexpected-response-not-okx = { $kind ->
        [html] { $host } respondeu com uma página web em vez de dados da { -okx } (HTTP { $status }).
        [empty] { $host } respondeu com uma resposta vazia (HTTP { $status }).
        [json] { $host } respondeu com dados num formato que a { -okx } não usa (HTTP { $status }).
       *[garbled] { $host } respondeu com uma resposta incompleta ou corrompida (HTTP { $status }).
    }
    .fix = Teste de novo daqui a pouco. Se continuar acontecendo, um proxy, firewall ou página de login de Wi-Fi pode estar no caminho: tente outra rede e verifique se você escolheu o site certo.
problem-unexpected-response-missing = { $what ->
        [time] { $host } disse sim, mas não mandou o horário do servidor.
        [config] { $host } disse sim, mas não mandou as configurações da chave.
        [instruments] { $host } disse sim, mas não mandou a lista de instrumentos.
        [funding] { $host } disse sim, mas não mandou os saldos da conta de financiamento.
       *[balance] { $host } disse sim, mas não mandou o saldo.
    }
    .fix = Teste de novo daqui a pouco. Se continuar acontecendo, verifique se você escolheu o site certo.
problem-unexpected-response-too-big = { $host } mandou uma resposta muito maior do que a { -okx } jamais manda, então ela não foi lida.
    .fix = Verifique se você escolheu o site certo e se nenhum proxy ou página de login de Wi-Fi está no caminho, e teste de novo.

## Não foi possível preparar ou enviar a requisição

problem-malformed-input-header = { $part ->
        [api-key] A chave de API contém um caractere que não pode ser enviado à { -okx } (como uma quebra de linha).
        [passphrase] A frase secreta contém um caractere que não pode ser enviado à { -okx } (como uma quebra de linha).
        [signature] A assinatura contém um caractere que não pode ser enviado à { -okx } (como uma quebra de linha).
       *[time] O horário contém um caractere que não pode ser enviado à { -okx } (como uma quebra de linha).
    }
    .fix = { $surface ->
        [cli] { $part ->
            [api-key] Defina OKX_API_KEY de novo, exatamente como a { -okx } mostrou, e teste de novo.
            [passphrase] Defina OKX_PASSPHRASE de novo, exatamente como você a criou na { -okx }, e teste de novo.
           *[other] Teste de novo. Se continuar acontecendo, informe o problema: é um erro do { -app-name }.
        }
       *[window] { $part ->
            [api-key] Cole a chave de API de novo, exatamente como a { -okx } mostrou, e teste de novo.
            [passphrase] Cole a frase secreta de novo, exatamente como você a criou na { -okx }, e teste de novo.
           *[other] Teste de novo. Se continuar acontecendo, informe o problema: é um erro do { -app-name }.
        }
    }
problem-network-error-tls-setup = Este computador não conseguiu preparar conexões seguras (TLS).
    .fix = Reinicie o app e teste de novo. Se continuar acontecendo, informe o problema junto com o log do app.
problem-internal-signing-key = Não foi possível preparar a chave de assinatura.

## A conexão falhou. $host: o endereço consultado, p. ex. www.okx.com

problem-network-error-dns = Não foi possível encontrar { $host }: o nome não levou a nenhum endereço.
    .fix = Verifique se este computador está conectado à internet. Se estiver, a sua rede pode estar bloqueando a { -okx }: tente outra rede (por exemplo, o ponto de acesso do seu celular).
problem-network-error-refused = { $host } recusou a conexão.
    .fix = Verifique a sua conexão com a internet e as configurações de firewall, VPN ou proxy, e teste de novo. Se estiver praticando com o simulador, verifique se ele ainda está rodando.
problem-network-error-reset = A conexão com { $host } foi cortada antes de a { -okx } responder.
    .fix = Teste de novo. Se continuar acontecendo, um firewall, VPN, antivírus ou a sua rede pode estar interrompendo as conexões com a { -okx }: tente outra rede.
problem-network-error-tls = Não foi possível abrir uma conexão segura (TLS) com { $host }.
    .fix = Verifique se a data e a hora deste computador estão certas. Recursos de "proteção web" de antivírus, redes de empresas e páginas de login de Wi-Fi público podem atrapalhar conexões seguras: tente outra rede.
problem-timeout-request = { $host } não respondeu em { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }.
    .fix = Verifique a sua conexão com a internet e teste de novo. Se a { -okx } estiver sobrecarregada, espere alguns minutos.
problem-unexpected-response-cut = A resposta de { $host } foi cortada no meio.
    .fix = Teste de novo. Se continuar acontecendo, a sua rede ou um proxy pode estar interrompendo a conexão: tente outra rede.
problem-network-error-connect = Não foi possível conectar a { $host }.
    .fix = Verifique a sua conexão com a internet e as configurações de firewall, VPN ou proxy, e teste de novo.
problem-network-error-other = A requisição para { $host } não pôde ser concluída.
    .fix = Teste de novo. Se continuar acontecendo, informe o problema junto com o log do app.
