# O relatório de confirmação: texto simples que o usuário copia, salva ou vê impresso por
# `okx-key-assistant verify`, seguro para colar em qualquer lugar (por exemplo num suporte).
# O app quebra as linhas em 78 colunas; títulos e rótulos de campo ficam numa linha só e curtos
# (no máximo 14 caracteres). Aspas retas (") e apóstrofos retos (').

## O título e o resultado no topo

report-title = { -app-name } - relatório de confirmação

report-result-verified = RESULTADO: VERIFICADA. A { -okx } aceitou esta chave. Ela { $abilities }, e não consegue sacar.
report-result-not-ready =
    RESULTADO: VERIFICADA, MAS NÃO PRONTA PARA UM BOT. A { -okx } aceitou esta chave e ela não
    consegue sacar, mas: { $reasons }. Veja os problemas abaixo.
report-result-unsafe =
    RESULTADO: INSEGURA - ESTA CHAVE CONSEGUE SACAR. A { -okx } aceitou esta chave, e ela tem a
    permissão de Saque: quem a tiver pode tirar os seus fundos da { -okx }. Não a entregue a um bot.
    Veja "{ report-heading-next }".
report-result-unconfirmed =
    RESULTADO: SEGURANÇA NÃO CONFIRMADA. A { -okx } aceitou esta chave, mas o teste não conseguiu
    ver se ela consegue sacar. Teste de novo antes de entregá-la a um bot.
report-result-not-verified =
    RESULTADO: NÃO VERIFICADA. A chave não passou no teste: { $reasons }. Cada problema e a
    correção dele estão listados abaixo.
report-result-practice =
    { $result } TESTE DE PRÁTICA: este teste falou com o simulador do app neste computador, não
    com a { -okx }, então não diz nada sobre uma chave real.
report-reasons-unknown-not-ready = veja abaixo
report-reasons-unknown-not-verified = o teste não terminou

## O que a chave pode fazer (entra no resultado e na linha de resumo)

report-abilities-read-trade = consegue ler e negociar
report-abilities-read-only = consegue ler, mas não negociar
report-abilities-trade-only = consegue negociar, mas não ler
report-abilities-neither = não consegue ler nem negociar
report-abilities-unknown = tem permissões desconhecidas

## Motivos curtos: poucas palavras para cada problema, como em "Não verificada: frase secreta errada"

report-reason-wrong-passphrase = frase secreta errada
report-reason-wrong-secret = chave secreta errada
report-reason-unknown-key = a { -okx } não conhece esta chave de API
report-reason-wrong-site = a chave pertence a outro site da { -okx }
report-reason-demo-mismatch = real e demo trocados
report-reason-clock-skew = o relógio deste computador está errado
report-reason-ip-not-allowed = o endereço IP deste computador não é permitido para a chave
report-reason-region-restricted = a { -okx } não está disponível nesta região
report-reason-key-frozen = a chave está congelada
report-reason-missing-read = falta à chave a permissão de Leitura
report-reason-missing-trade = falta à chave a permissão de Negociação
report-reason-withdraw-enabled = a chave consegue sacar
report-reason-no-ip-binding = a chave não está vinculada a um endereço IP
report-reason-rate-limited = a { -okx } pediu para irmos mais devagar
report-reason-okx-unavailable = a { -okx } está indisponível
report-reason-network-error = não foi possível acessar a { -okx }
report-reason-timeout = a { -okx } não respondeu a tempo
report-reason-unexpected-response = a { -okx } deu uma resposta que o app não entendeu
report-reason-malformed-input = um valor colado não está no formato certo
report-reason-invalid-setting = uma configuração do app foi recusada
report-reason-keychain-unavailable = nenhum chaveiro disponível
report-reason-keychain-locked = o chaveiro está bloqueado
report-reason-keychain-denied = o chaveiro negou o acesso
report-reason-keychain-mismatch = o chaveiro devolveu outra coisa
report-reason-not-found = nenhuma chave salva com esse nome
report-reason-already-exists = já existe uma chave salva com esse nome
report-reason-not-allowed = não permitido
report-reason-storage = não foi possível ler ou gravar os arquivos do app
report-reason-browser-unavailable = não foi possível abrir o navegador
report-reason-internal = um erro no app

report-reasons-two = { $first }; { $second }
report-reasons-more = { $first }; { $second } (e mais { $more })

## O resumo de uma linha (a manchete da janela)

report-summary-verified = Verificada: segura, { $abilities }, sem saque
report-summary-verified-but = Verificada: segura, { $abilities }, sem saque; mas { $reasons }
report-summary-unsafe = Insegura: esta chave consegue sacar
report-summary-unconfirmed = Segurança não confirmada: não foi possível verificar a permissão de Saque
report-summary-not-verified = Não verificada: { $reasons }
report-summary-not-finished = Não verificada: o teste não terminou
report-summary-practice = { $summary } (teste de prática com o simulador, não com a { -okx })

## Títulos das seções (sublinhados no relatório; numa linha só)

report-heading-when = Quando
report-heading-key = A chave
report-heading-found = O que o teste encontrou
report-heading-checks = Verificações
report-heading-problems = Problemas e avisos
report-heading-ready = Pronto para o seu bot
report-heading-saved = Salva
report-heading-rules = Regras de ouro
report-heading-confirmed = O que você confirmou
report-heading-next = O que fazer agora
report-heading-risk = Risco

## Rótulos de campo ("  Rótulo:  valor"; o app põe os dois-pontos; curtos)

report-field-tested = Testada em
report-field-made = Gerado em
report-field-app = App
report-field-site = Site
report-field-host = Host da API
report-field-mode = Modo
report-field-label = Nome
report-field-api-key = Chave de API
report-field-account = Conta
report-field-read = Leitura
report-field-trade = Negociação
report-field-withdraw = Saque
report-field-permissions = Permissões
report-field-ip = Vínculo de IP
report-field-balance = Saldo
report-field-clock = Relógio
report-field-pasted = Colagem
report-field-saved-in = Chaveiro
report-field-service = Serviço
report-field-user = Usuário
report-field-saved-at = Salva em

## Quando

report-time-utc = { $time } UTC
report-time-local = { $time } hora local (UTC{ $offset })
report-time-unknown = desconhecido
report-time-as-recorded = { $time } (como registrado)
report-app-version = { -app-name } { $version }

## A chave

report-site-detected = { $site } (encontrado pelo teste: esta chave pertence a este site)
report-mode-demo = Negociação demo (dinheiro de prática, não fundos reais)
report-mode-live = Real (fundos reais)
report-label-none = (nenhum)
report-api-key-shortened = { $key } (só os 4 primeiros e os 4 últimos caracteres)
report-api-key-not-shown = (não mostrada)
report-account-main = conta principal
report-account-sub = subconta
report-account-with-mode = { $account }, modo: { $mode }

## O que o teste encontrou

report-perm-yes = sim
report-read-missing = NÃO - um bot precisa dela para ver a sua conta
report-trade-missing = NÃO - um bot precisa dela para enviar ordens
report-withdraw-on = ATIVADA - PERIGO
report-withdraw-danger = !! PERIGO: esta chave pode tirar os seus fundos da { -okx }. Não a use com um bot.
report-withdraw-off = desativada (seguro): nenhum fundo pode sair da { -okx } por esta chave
report-not-known = desconhecido
report-not-checked = não verificado (o teste parou antes disto)
report-ip-bound = vinculada a { $addresses }
report-ip-none-demo = nenhum (tudo bem para uma chave demo: a { -okx } não apaga chaves demo sem uso)
report-ip-none-live = nenhum. Aviso: { -report-idle-deletion }
-report-idle-deletion =
    a { -okx } apaga uma chave que pode negociar e não está vinculada a um endereço IP depois de
    14 dias sem uso.
report-balance =
    { $count ->
        [0] legível: patrimônio total de { $total } USD; nenhuma moeda tem saldo
        [one] legível: patrimônio total de { $total } USD, em { $count } moeda: { $currencies }
       *[other] legível: patrimônio total de { $total } USD, em { $count } moedas: { $currencies }
    }
report-balance-not-read = não lido (veja os problemas abaixo)
report-clock = este computador está { $skew } ({ $verdict })
report-clock-fine = tudo bem
report-clock-warning = aviso: veja abaixo
report-clock-too-far = longe demais: a { -okx } recusa isso
report-clock-not-measured = não medido
report-list-more = { $list } e mais { $more }
report-list-separator = {", "}

## O que foi limpo nos valores colados ("Chave de API: remoção de 1 espaço no final")


## Verificações (cada linha começa com uma marca entre colchetes; marcas curtas)

report-mark-pass = ok
report-mark-warning = aviso
report-mark-fail = FALHA
report-mark-skipped = pulou
report-check-line = { $title }: { $detail }

## Problemas e avisos

report-problems-none = Nenhum.
report-tag-danger = PERIGO
report-tag-problem = Problema
report-tag-warning = Aviso
report-tag-info = Observação
report-problem = { $tag }: { $message }
report-problem-with-code = { $tag }: { $message } (código { $code } da { -okx })
report-what-to-do = O que fazer:

## Problemas que o próprio relatório acrescenta, quando os fatos do teste os indicam

report-problem-withdraw = Esta chave tem a permissão de Saque: quem a tiver pode tirar os seus fundos da { -okx }.
    .fix = Não a entregue a um bot. Apague-a em { $page } (ou edite-a e desative o Saque) e teste de novo.
report-problem-no-read = A chave não consegue ler a sua conta, então um bot não vê o seu saldo nem as suas ordens.
    .fix = Edite a chave em { $page }, ative a Leitura e teste de novo.
report-problem-no-trade = A chave não consegue negociar, então um bot não consegue enviar ordens.
    .fix = Edite a chave em { $page }, ative a Negociação e teste de novo.
report-problem-no-ip = A chave não está vinculada a um endereço IP: { -report-idle-deletion }
    .fix =
        Se o seu bot roda num servidor com endereço IP fixo, acrescente esse endereço à chave em
        { $page }. Senão, garanta que o bot use a chave pelo menos uma vez a cada 14 dias.
report-problem-clock-warning =
    O relógio deste computador está { $skew }. A { -okx } recusa requisições com mais de 30
    segundos de diferença, então isto pode começar a falhar.
    .fix = { -report-clock-fix }
report-problem-clock-refused =
    O relógio deste computador está { $skew }. A { -okx } recusa requisições cujo horário tenha
    mais de 30 segundos de diferença.
    .fix = { -report-clock-fix }
-report-clock-fix =
    Ative a data e hora automáticas (e o fuso horário certo) nas configurações do sistema e
    teste de novo.

## Salva

report-saved-user = { $user } (o nome da chave)
report-saved-replaced = Ela substituiu uma chave salva antes com o mesmo nome.
report-saved-python = Um bot escrito em Python pode lê-la com { $code }.
report-not-saved = Não salva no chaveiro do sistema.
report-not-saved-unsafe = Não salva: o app só salva uma chave verificada que não consegue sacar.

## Regras de ouro (também mostradas na janela antes do Passo 1: a regra e o porquê)

report-rule-withdraw = Nunca ative o saque.
    .why =
        Um bot só precisa ler e negociar. Com o saque desativado, nenhum dinheiro pode sair da
        sua conta da { -okx } por esta chave, aconteça o que acontecer com ela.
report-rule-share = Nunca compartilhe as três credenciais.
    .why =
        A chave de API, a chave secreta e a frase secreta vão para o seu bot e para o seu
        gerenciador de senhas, e para nenhum outro lugar. A equipe da { -okx } nunca vai pedi-las.
report-rule-one-bot = Uma chave por bot.
    .why = Se um bot for parado ou comprometido, você apaga a chave dele e os outros continuam rodando.
report-rule-passphrase = Guarde a frase secreta num gerenciador de senhas.
    .why =
        A { -okx } não consegue mostrá-la de novo nem redefini-la. Se ela se perder, a chave tem
        de ser apagada e criada de novo.

## O que o usuário confirmou na janela

report-confirm-legend = { $yes } confirmado   { $no } não confirmado   { $unasked } não perguntado
report-confirm-not-confirmed = { $item } (não confirmado)
report-confirm-not-asked = { $item } (não perguntado)
report-confirm-nothing-asked =
    Nada foi perguntado (este relatório não foi feito na janela). Confira você mesmo:
report-confirm-rules = Você leu estas regras e vai segui-las.
report-confirm-withdraw =
    { $test ->
        [on] Saque (e Transferência) deixados desativados ao criar a chave. O teste encontrou o Saque ATIVADO.
        [off] Saque (e Transferência) deixados desativados ao criar a chave. O teste confirma que o Saque está desativado.
       *[unknown] Saque (e Transferência) deixados desativados ao criar a chave.
    }
report-confirm-password-manager = A chave de API, a chave secreta e a frase secreta estão salvas no seu gerenciador de senhas.
report-confirm-one-bot = Esta chave é usada por um único bot.
report-confirm-after = Depois de conectar o bot:
report-confirm-balance = O painel do bot mostra o seu saldo da { -okx }.
report-confirm-connected = O bot mostra "Connected" ou "Active" (Conectado ou Ativo).
report-confirm-no-errors = Nenhuma mensagem de erro no painel do bot.
report-confirm-last-used = A página de API da { -okx } mostra um horário recente de "Último uso" ("Last used") para esta chave.
report-confirm-no-suspicious = A página de API da { -okx } não mostra nenhum acesso inesperado ou suspeito.

## O que fazer agora ($page: a página de gerenciamento de API da OKX, um endereço web)

report-next-fix-then-test = Corrija os problemas listados acima e teste a chave de novo.
report-next-paste-saved =
    Entregue ao seu bot os três valores: chave de API, chave secreta, frase secreta. Eles estão
    no seu gerenciador de senhas e no chaveiro do sistema (serviço "{ $service }", usuário
    "{ $user }"). Cole-os; não os digite.
report-next-paste =
    Entregue ao seu bot os três valores: chave de API, chave secreta, frase secreta. Copie-os do
    seu gerenciador de senhas e cole-os; não os digite.
report-next-last-used =
    Depois que o bot rodar, abra { $page } e confira se "Último uso" ("Last used") mostra um
    horário recente para esta chave.
report-next-idle =
    Garanta que o bot use a chave pelo menos uma vez a cada 14 dias, ou vincule a chave ao
    endereço IP do seu bot em { $page }: a { -okx } apaga chaves sem vínculo que ficam sem uso.
report-next-leaked =
    Se você parar o bot ou achar que um valor vazou, apague a chave em { $page }. Os seus
    fundos continuam onde estão.
report-next-unsafe-keep = Não entregue esta chave a um bot e não a cole em lugar nenhum.
report-next-unsafe-delete =
    Abra { $page } e apague esta chave. (Você poderia editá-la e desativar o Saque, mas uma
    chave nova é a opção mais segura.)
report-next-unsafe-remove = Remova a cópia salva: { $command } (ou Apagar no app).
report-next-unsafe-new = Crie uma nova chave só com Leitura e Negociação ativadas e teste-a aqui.
report-next-unconfirmed-test = Teste a chave de novo: o app precisa ver que o Saque está desativado.
report-next-unconfirmed-check = Você também pode conferir em { $page } se o Saque está desativado para esta chave.
report-next-fix-each = Corrija os problemas listados acima; cada um diz o que fazer.
report-next-test-again = Teste a chave de novo.
report-next-lost =
    Se você perdeu a chave secreta ou a frase secreta, apague a chave em { $page } e crie uma
    nova: a { -okx } não consegue mostrar nenhuma das duas de novo.

## Risco, e a linha final sobre segredos

report-disclaimer =
    Negociar criptomoedas traz um risco real de perder dinheiro, talvez todo ele, e um bot pode
    perder dinheiro tanto quanto ganhar. Resultados passados de qualquer bot não garantem nada
    sobre o futuro. Deixe o Saque desativado em toda chave usada por um bot e negocie só com
    dinheiro que você pode perder. Este relatório descreve como a chave está configurada; não é
    uma recomendação financeira.
report-no-secrets =
    Este relatório não contém a chave secreta nem a frase secreta, e só os 4 primeiros e os 4
    últimos caracteres da chave de API, então é seguro compartilhá-lo, por exemplo com um suporte.
