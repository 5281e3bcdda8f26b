# A linha de comando (okx-key-assistant verify / save / list / delete / simulate).
# Mostrado num terminal, para quem roda um bot ou um script.
# Sem tradução: o nome do programa okx-key-assistant, os comandos (verify, save, list, delete,
# simulate), as opções (--site, --json, …), os valores delas (global, eea, us, tr, auto), as
# variáveis de ambiente (OKX_API_KEY, …) e os marcadores em maiúsculas da ajuda (LABEL, SITE,
# N, COMMAND, PORT): as pessoas os digitam.

## Ajuda: o que --help mostra (e o que um erro de uso repete abaixo do motivo)

cli-usage =
    { -app-name }: uma chave de API da OKX segura para o seu bot de trading, testada e guardada no seu chaveiro.

    Uso:
      { -cmd-app }                abre o app
      { -usage-verify }
      { -usage-save }
      { -usage-list }
      { -usage-delete }
      { -usage-run-brief }
      { -usage-check }
      { -usage-simulate }
      { -usage-command-help }   mais sobre um comando
      { -usage-version }

    A chave vem das variáveis de ambiente OKX_API_KEY, OKX_SECRET_KEY e OKX_PASSPHRASE
    (save também lê a entrada padrão), nunca da linha de comando. Testes e prática podem apontar
    um site para o simulador com OKX_BASE_URL_GLOBAL, OKX_BASE_URL_EEA, OKX_BASE_URL_US ou
    OKX_BASE_URL_TR (só http://127.0.0.1:PORT ou http://localhost:PORT).

    Código de saída: 0 verificada e segura (ou concluído); 1 falhou; 2 uso ou entrada inválidos;
    3 verificada, mas insegura (a chave consegue sacar).

cli-usage-languages =
    Idioma: todos os comandos aceitam --lang CODE ({ $languages }); sem ela, LC_ALL,
    LC_MESSAGES ou LANG decidem, e o inglês é usado para qualquer outro idioma.

cli-verify-usage =
    Uso: { -usage-verify }

    Testa uma chave de API da OKX com requisições assinadas e só de leitura (nada é negociado
    nem movido) e mostra o relatório de confirmação.

    A chave vem das variáveis de ambiente OKX_API_KEY, OKX_SECRET_KEY e OKX_PASSPHRASE
    (nunca da linha de comando), ou de uma chave salva no chaveiro do sistema com --keychain.
    Os valores são limpos e conferidos como no app: espaços soltos são removidos e informados.

    Opções:
      --site SITE        onde a chave foi criada: global (okx.com), eea (my.okx.com),
                         us (app.okx.com) ou tr (tr.okx.com, OKX TR). Sem ela (ou com
                         auto), o teste encontra o site da chave e diz qual é; com um site
                         indicado, uma chave de outro site falha dizendo onde ela funciona
      --demo             a chave é de Negociação demo (Demo Trading)
      --json             mostra um objeto JSON em vez do relatório
      --keychain LABEL   testa a chave salva como LABEL (com o site e o modo dela, salvo se indicados)
      -h, --help         mostra esta ajuda

    Código de saída: 0 verificada e segura; 1 a verificação falhou; 2 uso ou entrada inválidos;
    3 verificada, mas insegura (a chave consegue sacar).

cli-save-usage =
    Uso: { -usage-save }

    Testa a chave e depois a salva no chaveiro do sistema com o nome LABEL (letras, algarismos,
    '_', '-', '.'; por exemplo o nome que você deu à chave na OKX). Só é salva uma chave que a
    OKX aceita e que não consegue sacar; o item salvo é lido de volta antes de contar.

    A chave vem de OKX_API_KEY, OKX_SECRET_KEY e OKX_PASSPHRASE ou, se nenhuma delas estiver
    definida, da entrada padrão: três linhas na ordem da OKX (chave de API, chave secreta, frase
    secreta), ou uma nota, arquivo env ou JSON com valores rotulados. Nunca da linha de comando.

    Opções:
      --site SITE   onde a chave foi criada: global, eea, us ou tr. Sem ela (ou com auto),
                    o teste encontra o site da chave e a chave é salva com ele
      --demo        a chave é de Negociação demo (Demo Trading)
      --replace     substitui uma chave já salva como LABEL (a antiga fica até a nova
                    ser salva e lida de volta)
      -h, --help    mostra esta ajuda

    Um bot lê a chave salva no chaveiro: serviço { -cmd-app }, usuário LABEL, segredo =
    JSON com api_key, secret_key, passphrase, site, api_host, demo e saved_at.

    Código de saída: 0 salva; 1 não salva (o teste falhou, ou o chaveiro recusou); 2 uso ou
    entrada inválidos; 3 não salva porque a chave consegue sacar.

cli-list-usage =
    Uso: { -usage-list }

    Lista as chaves salvas no chaveiro do sistema por este app: nome, chave de API (4 primeiros
    e 4 últimos caracteres), site, real ou demo, e quando foi salva. Uma chave que o app
    lembra, mas que não está mais no chaveiro, aparece como “{ cli-list-missing }”.

    Opções:
      --json       mostra um array JSON em vez da tabela
      -h, --help   mostra esta ajuda

    Código de saída: 0 listado; 1 não foi possível ler o chaveiro; 2 uso inválido.

cli-delete-usage =
    Uso: { -usage-delete }

    Apaga do chaveiro do sistema (e da lista do app) a chave salva como LABEL. A chave em si
    continua funcionando na OKX: apague-a lá também se não for mais usá-la.

    Opções:
      -h, --help   mostra esta ajuda

    Código de saída: 0 apagada; 1 nenhuma chave salva como LABEL, ou o chaveiro recusou; 2 uso inválido.

cli-simulate-usage =
    Uso: { -usage-simulate }

    Inicia uma cópia de prática da API da OKX neste computador (só em 127.0.0.1), com chaves de
    prática para cada situação que o app explica. Mostra as chaves e as configurações
    OKX_BASE_URL_* que apontam o app (e o verify) para ela, e depois mostra cada requisição até
    você apertar Ctrl-C.

    Opções:
      --port N         a porta do primeiro site (padrão 8085); sem --site, os quatro sites
                       usam de N a N+3 (global, eea, us, tr); 0 escolhe portas livres
      --site SITE      roda só este site, em N
      --latency-ms N   espera N milissegundos antes de cada resposta (padrão 0)
      --skew-ms N      o relógio do simulador fica N milissegundos adiantado (negativo: atrasado)
      -h, --help       mostra esta ajuda

    Código de saída: 0 parado com Ctrl-C; 1 não conseguiu iniciar (por exemplo, a porta está em uso);
    2 uso inválido.

# Depois da ajuda de verify e save (e da ajuda principal). Os ids dos bots não se traduzem.
cli-ready-usage =
    Pronto para o seu bot (verify e save):
      --bot BOT          verifica também se a conta está pronta para este bot: web-platform,
                         freqtrade, hummingbot, python-ccxt, python-okx, okx-agent, passivbot
                         ou octobot (modo de conta, modo de posição, mercado, onde está o
                         dinheiro). save guarda a escolha com a chave; check e verify --keychain
                         a usam
      --market MARKET    o que o bot negocia: spot (o padrão) ou swap (swaps perpétuos)

    Código de saída 4: a chave funciona e não consegue sacar, mas a conta ainda não está pronta
    para o bot (o relatório diz o que mudar). 1 e 3 valem mais que 4.

## Erros de uso: uma linha, mostrada depois de "okx-key-assistant: " e antes da ajuda.

cli-unknown-command = Comando desconhecido (os comandos são { $commands }).
cli-unknown-flag = Opção desconhecida { $flag }.
cli-unknown-flag-credential = Opção desconhecida { $flag }: credenciais nunca são lidas da linha de comando; defina OKX_API_KEY, OKX_SECRET_KEY e OKX_PASSPHRASE.
cli-unknown-flag-hidden = Opção desconhecida (não mostrada, caso contenha um segredo).
cli-flag-given-twice = { $flag } foi informada duas vezes.
cli-bot-must-be = --bot deve ser um destes: { $bots }.
cli-market-must-be = --market deve ser um destes: { $markets }.
cli-market-needs-bot = --market vai junto com --bot: informe o bot também.
cli-flag-takes-no-value = { $flag } não aceita valor.
cli-flag-needs-value = { $flag } precisa de um valor.
cli-no-arguments = Este comando não aceita outros argumentos. Credenciais nunca são lidas da linha de comando: defina OKX_API_KEY, OKX_SECRET_KEY e OKX_PASSPHRASE.
cli-too-many-arguments = Argumentos demais (um nome não tem espaços). Credenciais nunca são lidas da linha de comando.
cli-site-must-be = --site deve ser um destes: { $sites }.
cli-save-needs-label = save precisa de um LABEL, o nome com que a chave será salva.
cli-delete-needs-label = delete precisa do LABEL da chave a apagar.
cli-port-must-be = --port deve ser um número de 0 a 65535.
cli-latency-must-be = --latency-ms deve ser um número inteiro de milissegundos.
cli-latency-too-long = --latency-ms deve ser no máximo 60000 (um minuto).
cli-skew-must-be = --skew-ms deve ser um número inteiro de milissegundos.
cli-skew-too-large = --skew-ms deve ficar dentro de um dia (86400000).
cli-usage-mistake-fix = Execute o comando com --help para ver como usá-lo.

## Como um problema é mostrado: a mensagem e, na linha seguinte (recuada), o que fazer.

cli-what-to-do = O que fazer: { $fix }
cli-note = Observação: { $note }

## De onde vem a chave: as variáveis de ambiente, a entrada padrão ou uma chave salva

cli-env-not-text = { $var } contém bytes que não são texto.
    .fix = Defina { $var } de novo colando o valor exatamente como a OKX mostrou.
cli-env-missing-one = { $var } não está definida.
    .fix = { -cli-set-all-three }
cli-env-missing-two = { $first } e { $second } não estão definidas.
    .fix = { -cli-set-all-three }
-cli-set-all-three = Defina as três: OKX_API_KEY, OKX_SECRET_KEY e OKX_PASSPHRASE (os valores que a OKX mostrou quando você criou a chave).
cli-no-key-given = Nenhuma chave de API foi informada.
    .fix = Defina OKX_API_KEY, OKX_SECRET_KEY e OKX_PASSPHRASE com os valores que a OKX mostrou quando você criou a chave, ou use --keychain LABEL para uma chave salva.
    .fix-save = Defina OKX_API_KEY, OKX_SECRET_KEY e OKX_PASSPHRASE, ou passe os três valores (um por linha, nessa ordem) para o comando pela entrada padrão.
cli-paste-prompt = Cole a chave de API, a chave secreta e a frase secreta, uma por linha, e aperte Ctrl-D (Ctrl-Z e depois Enter no Windows). O que você colar aparece na tela; para evitar isso, defina OKX_API_KEY, OKX_SECRET_KEY e OKX_PASSPHRASE.
cli-paste-prompt-hidden = Cole a chave de API, a chave secreta e a frase secreta, uma por linha, e aperte Ctrl-D. O que você colar não aparece na tela (só as quebras de linha); Ctrl-C cancela.
cli-stdin-not-text = Não foi possível ler como texto o que veio pela entrada padrão.
    .fix = Informe os três valores como texto simples, um por linha: chave de API, chave secreta, frase secreta.
cli-stdin-values-found = Foram encontrados { $found } dos três valores na entrada padrão.
    .fix = Informe a chave de API, a chave secreta e a frase secreta, uma por linha, nessa ordem (ou com rótulos, como "API key: ...").
cli-env-ignored-for-saved-key = Observação: testando a chave salva como "{ $label }"; OKX_API_KEY, OKX_SECRET_KEY e OKX_PASSPHRASE são ignoradas.
# $vars: the settings that are set, e.g. “OKX_BASE_URL_GLOBAL=http://127.0.0.1:8085, OKX_BASE_URL_EEA=http://127.0.0.1:8086”
cli-override-note = Nota: as configurações de treino estão ativas ({ $vars }): as solicitações desses sites vão para um servidor de treino neste computador, não para a { -okx }. Chaves salvas a partir da { -okx } nunca são enviadas para lá.
cli-no-data-dir = Não foi possível encontrar a sua pasta de dados, então a lista de chaves salvas não pode ser mantida.
    .fix = Verifique se HOME está definida (ou XDG_DATA_HOME no Linux) e execute o comando de novo.

## verify: o que aparece enquanto o teste roda (só no terminal)

cli-progress-reach = Verificando se a OKX responde...
cli-progress-clock = Verificando o relógio...
cli-progress-auth = Verificando a chave com requisições assinadas só de leitura...
cli-progress-other = Verificando...

## save

cli-already-saved = Já existe uma chave salva com o nome "{ $label }": a chave { $key }, salva em { $saved_at }.
    .fix = { -cli-replace-or-rename }
cli-already-saved-foreign = Já existe uma chave salva com o nome "{ $label }": um item que este app não gravou.
    .fix = { -cli-replace-or-rename }
-cli-replace-or-rename = Acrescente --replace para colocar a nova chave no lugar (a antiga fica até a nova ser salva e lida de volta), ou escolha outro nome.
cli-saved = { $replaced ->
        [yes] Salva em { $backend } (serviço "{ $service }", usuário "{ $user }"), substituindo a chave salva antes.
       *[no] Salva em { $backend } (serviço "{ $service }", usuário "{ $user }").
    }
cli-python-snippet-intro = Como um bot em Python a lê ({ -cmd-pip-install-keyring }):

## list e delete

cli-list-column-label = NOME
cli-list-column-api-key = CHAVE DE API
cli-list-column-site = SITE
cli-list-column-mode = MODO
cli-list-column-saved-at = SALVA EM
cli-list-mode-live = real
cli-list-mode-demo = demo
cli-list-missing = ausente do chaveiro
cli-list-empty = Nenhuma chave salva ainda. Salve uma com: { -cmd-save-label }
cli-deleted = A chave salva como "{ $label }" foi apagada do chaveiro. Ela continua funcionando na OKX até você apagá-la lá.

## Erros da própria linha de comando (a correção é o texto de sempre do app para erros)

cli-internal-runtime = O comando não conseguiu iniciar o trabalho em segundo plano ({ $error }).
cli-internal-json = Não foi possível escrever o resultado como JSON ({ $error }).

# `okx-key-assistant` with no subcommand could not start the window's program.
cli-window-missing = Não foi possível abrir a janela: { $program } não existe ou não consegue iniciar ({ $error }).
cli-command-line-missing = Não foi possível executar o comando: { $program } não existe ou não consegue iniciar ({ $error }).
    .fix = Reinstale o { -app-name }. Os comandos (verify, save, list, delete, run, check) funcionam sem a janela.
