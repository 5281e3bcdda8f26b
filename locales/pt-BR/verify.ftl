# O teste de conexão: a lista de verificações (mostrada depois de um teste, no Passo 10 da
# janela e na saída da linha de comando), o que cada uma encontrou e os problemas que relata.

## Os títulos das verificações, na ordem em que aparecem

check-reach = A { -okx } responde
check-clock = O relógio bate com o da { -okx }
check-auth = Chave, chave secreta e frase secreta aceitas
check-read = Consegue ler a conta
check-trade = Consegue negociar
check-withdraw = Não consegue sacar
check-ip-binding = Vinculada a endereços IP
check-balance = Saldo legível

## O que uma verificação encontrou quando passou (a linha sob o título)

verify-reach-pass = A { -okx } respondeu em { $host }.
verify-auth-pass = A { -okx } aceitou a chave em { $site }.
verify-auth-pass-found = A { -okx } aceitou a chave em { $site } (encontrado automaticamente).
verify-clock-pass = O relógio deste computador está { $skew }.
verify-read-pass = A chave tem a permissão de Leitura.
verify-trade-pass = A chave tem a permissão de Negociação.
verify-withdraw-pass = A chave não consegue sacar fundos.
verify-ip-pass = A chave só funciona a partir de { $ips }.
verify-ip-pass-read-only = Não vinculada a um endereço IP; chaves só de leitura não precisam disso.
verify-ip-pass-demo = Não vinculada a um endereço IP; chaves de Negociação demo nunca são apagadas por falta de uso.
verify-balance-pass = Patrimônio total de { $equity } USD em { $currencies }. Compare com a sua conta de trading na { -okx }.
verify-balance-pass-empty = Patrimônio total de { $equity } USD; a conta de trading não tem moedas. Compare com a sua conta de trading na { -okx }.
verify-skipped = Não verificado, porque uma verificação anterior falhou.

## A distância entre o relógio deste computador e o da OKX. Entra dentro de outras frases
## (“O relógio deste computador está …”), na lista, no relatório e nos avisos.

verify-skew-within = a menos de 0,1 segundo do relógio da { -okx }
verify-skew-behind = { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    } atrasado em relação ao relógio da { -okx }
verify-skew-ahead = { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    } adiantado em relação ao relógio da { -okx }

## O modo da conta, segundo a OKX (mostrado no relatório)

verify-account-mode-spot = Spot
verify-account-mode-futures = Futuros
verify-account-mode-multi-currency = Margem multimoeda
verify-account-mode-portfolio = Margem de portfólio

## Problemas encontrados pelo próprio teste de conexão

problem-clock-skew-warn = O relógio deste computador está { $skew }. A { -okx } recusa requisições com mais de 30 segundos de diferença.
    .fix = { problem-clock-skew-over.fix }
problem-clock-skew-over = O relógio deste computador está { $skew }. A { -okx } recusa requisições com mais de 30 segundos de diferença; este teste compensou isso, mas um bot neste computador seria recusado.
    .fix = Ative "Definir hora automaticamente" (e o fuso horário certo) nas configurações de data e hora do sistema. Faça o mesmo no computador ou servidor que roda o seu bot.
problem-missing-read-permission = Esta chave não tem permissão para ler a sua conta, então um bot não consegue ver saldos nem ordens.
    .fix = Na página de gerenciamento de API da { -okx }, edite a chave e ative "Leitura" ("Read") (e "Negociação" ("Trade") para um bot de trading), salve e teste de novo.
problem-missing-trade-permission = Esta chave é só de leitura: um bot com ela vê a sua conta, mas não consegue negociar.
    .fix = Na página de gerenciamento de API da { -okx }, edite a chave e ative "Negociação" ("Trade") (deixe "Saque" ("Withdraw") desativado), salve e teste de novo.
problem-withdraw-enabled = Esta chave consegue sacar fundos. Quem conseguir a chave pode tirar o seu dinheiro da { -okx }.
    .fix = Apague esta chave na { -okx } agora e crie outra só com Leitura e Negociação. Um bot de trading nunca precisa de Saque.
problem-no-ip-binding = Esta chave pode negociar e não está vinculada a um endereço IP, então a { -okx } a apaga depois de 14 dias sem uso.
    .fix = Se o seu bot roda num servidor com endereço IP fixo, edite a chave na { -okx } e acrescente esse endereço. Senão, mantenha o bot rodando: uma chave em uso não é apagada.
problem-wrong-site = Esta chave pertence a { $actual }, não a { $chosen }. Uma chave só funciona no site onde foi criada.
    .fix = { $surface ->
        [cli] Teste de novo com --site { $id } e escolha { $actual } também no seu bot.
       *[window] Escolha { $actual } como o seu site, aqui e no seu bot, e teste de novo.
    }
problem-unknown-key-nowhere = A { -okx } diz que esta chave de API não existe em { $site }, nem em nenhum outro site da { -okx }.
problem-timeout-whole-test = O teste de conexão não terminou em { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }.
    .fix = Verifique a sua conexão com a internet e teste de novo. Se a { -okx } estiver sobrecarregada, espere alguns minutos.
problem-demo-mismatch-live-key = Esta é uma chave de trading real, não uma chave de Negociação demo.
    .fix = { $surface ->
        [cli] Teste de novo sem --demo e desative a "Negociação demo" no seu bot. Para praticar, crie uma chave separada na { -okx } com a Negociação demo ("Demo Trading") ativada.
       *[window] Desative a "Negociação demo" aqui e no seu bot e teste de novo. Para praticar, crie uma chave separada na { -okx } com a Negociação demo ("Demo Trading") ativada.
    }
problem-demo-mismatch-demo-key = Esta é uma chave de Negociação demo: ela só funciona com a Negociação demo ativada.
    .fix = { $surface ->
        [cli] Para praticar, teste de novo com --demo e ative a "Negociação demo" no seu bot. Para trading real, crie uma nova chave na { -okx } com a Negociação demo ("Demo Trading") desativada.
       *[window] Para praticar, ative a "Negociação demo" aqui e no seu bot e teste de novo. Para trading real, crie uma nova chave na { -okx } com a Negociação demo ("Demo Trading") desativada.
    }
problem-malformed-input-empty = { $fields ->
        [api-key] A chave de API está vazia.
        [secret-key] A chave secreta está vazia.
        [passphrase] A frase secreta está vazia.
        [api-key-secret-key] A chave de API e a chave secreta estão vazias.
        [api-key-passphrase] A chave de API e a frase secreta estão vazias.
        [secret-key-passphrase] A chave secreta e a frase secreta estão vazias.
       *[all] A chave de API, a chave secreta e a frase secreta estão vazias.
    }
    .fix = { $surface ->
        [cli] Defina OKX_API_KEY, OKX_SECRET_KEY e OKX_PASSPHRASE com os três valores que a { -okx } deu a você e teste de novo.
       *[window] Cole os três valores que a { -okx } deu a você (chave de API, chave secreta, frase secreta) e teste de novo.
    }
