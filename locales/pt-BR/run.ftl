# okx-key-assistant run: entrega uma chave salva a um programa pelo ambiente dele.
# Mostrado num terminal, na saída de erro padrão (a saída padrão é do programa que roda).
# Sem tradução: okx-key-assistant, run, as opções (--profile, --verify, --no-mask), os nomes
# de perfil (generic, freqtrade, okx-agent), as variáveis de ambiente e os marcadores em
# maiúsculas (LABEL, COMMAND, ARGS, P): as pessoas os digitam.
# $label é o nome sob o qual uma chave é salva (letras, algarismos, _ - .), nunca traduzido.

## Ajuda: o que "okx-key-assistant run --help" mostra
## Mantenha as quebras de linha e o recuo das listas: os terminais os mostram como estão.

run-usage =
    Uso: { -usage-run }

    Inicia COMMAND com a chave salva como LABEL no ambiente dele, com os nomes que o seu bot lê,
    para que a chave nunca vá para um arquivo de configuração, um arquivo .env ou o histórico do
    seu shell. Nada mais recebe a chave: os argumentos do próprio COMMAND são passados como estão.

    Perfis (--profile, padrão generic):
      generic     OKX_API_KEY, OKX_SECRET_KEY, OKX_PASSPHRASE, e onde a chave funciona:
                  OKX_SITE (global, eea, us ou tr), OKX_API_HOST (por exemplo eea.okx.com),
                  OKX_API_BASE_URL (https:// e o host; o domain do python-okx) e
                  OKX_DEMO (1 para uma chave de Negociação demo, senão 0; o flag do python-okx)
      freqtrade   FREQTRADE__EXCHANGE__KEY, FREQTRADE__EXCHANGE__SECRET,
                  FREQTRADE__EXCHANGE__PASSWORD (a frase secreta) e
                  FREQTRADE__EXCHANGE__NAME: okx, myokx (EEA) ou okxus (US)
      okx-agent   o que o Agent Trade Kit da OKX lê: OKX_API_KEY, OKX_SECRET_KEY,
                  OKX_PASSPHRASE, OKX_SITE, OKX_API_BASE_URL e OKX_DEMO

    Opções:
      --profile P   os nomes a usar (acima)
      --verify      testa a chave primeiro com requisições assinadas e só de leitura, e não
                    inicia nada se o teste falhar ou se a chave conseguir sacar
      --no-mask     passa a saída do COMMAND direto para este terminal, sem máscara.
                    Raramente necessária: num terminal o COMMAND roda num pseudoterminal
                    próprio, então cores, perguntas, teclas digitadas, tamanho da janela e
                    programas de tela cheia funcionam com a máscara (nos outros casos a
                    saída passa por pipes). Use quando o COMMAND precisar deste próprio
                    terminal, por exemplo para suspendê-lo com Ctrl-Z, sabendo que o que
                    ele imprime aparece como está
      --restart-on-change
                    quando a chave salva como LABEL é substituída (Substituir em Minhas
                    chaves, ou save --replace), para o COMMAND e o inicia de novo com a
                    chave nova em até um segundo; quando a chave é excluída, ou a nova pode
                    sacar, para o COMMAND e sai (2 ou 3)
      --grace SECONDS
                    com --restart-on-change: quanto tempo o COMMAND tem para terminar depois
                    do SIGTERM antes de ser forçado a parar (padrão 10)
      -h, --help    mostra esta ajuda

    Uma chave cujo registro salvo diz que ela consegue sacar nunca é entregue. Ctrl-C e sinais de
    término são repassados ao COMMAND. Lembre-se: qualquer programa rodando com o seu usuário pode
    ler o ambiente de um processo, e todo programa que o COMMAND iniciar herda a chave.

    O que é mascarado (sem --no-mask), na saída padrão e na saída de erros, com letras maiúsculas
    ou minúsculas, mesmo quando chega partido em várias escritas: a chave secreta e a frase secreta
    como são; os primeiros 12 caracteres ou mais da chave secreta; as duas codificadas para URL (%23
    e afins, + no lugar de um espaço), escapadas para JSON (\" \\ \uXXXX) e em base64 (alfabeto
    padrão ou seguro para URL, com ou sem o preenchimento =), sozinhas ou dentro de um texto base64
    maior (ali, tudo menos no máximo um caractere em cada ponta). O que não é: qualquer outra forma,
    por exemplo em hexadecimal, partida por uma quebra de linha, invertida, um pedaço da frase
    secreta, um pedaço da chave secreta que não seja o começo dela ou menos de 12 dos seus primeiros
    caracteres. Um programa sempre pode mostrar um segredo de um jeito que nenhum filtro conhece.

    Sinais: Ctrl-C, SIGTERM e SIGHUP chegam ao COMMAND uma vez só, também quando enviados ao grupo
    de processos inteiro (kill %1); um sinal ignorado quando o run começa (nohup) continua ignorado
    para o COMMAND.

    Código de saída: o código do próprio COMMAND (128 + N quando um sinal N o parou). Quando o
    COMMAND não é iniciado: 1 não foi possível ler o chaveiro ou o --verify falhou; 2 uso inválido
    ou nenhuma chave salva como LABEL; 3 a chave consegue sacar; 126 não foi possível iniciar o
    COMMAND; 127 o COMMAND não foi encontrado.

## Erros de uso (uma linha, mostrada acima da ajuda)

run-label-missing = run precisa do LABEL de uma chave salva, depois -- e o comando a iniciar.
run-command-missing = run precisa do comando a iniciar, depois de --: { -cmd-run-command }
run-profile-invalid = --profile deve ser generic, freqtrade ou okx-agent.
run-grace-invalid = --grace deve ser um número inteiro de segundos, de 0 a 3600.
run-grace-without-restart = --grace vai com --restart-on-change: é quanto tempo um comando parado pode levar para terminar.

## Por que uma chave não é entregue (cada um com o que fazer)

run-refused-recorded-withdraw = Não iniciado: a chave salva como “{ $label }” consegue sacar, então quem a tiver pode tirar os seus fundos da { -okx }.
    .fix = Apague esta chave na página de API da { -okx }, crie outra só com Leitura e Negociação ativadas, salve-a e rode essa.
run-refused-withdraw = Não iniciado: o teste mostra que a chave salva como “{ $label }” consegue sacar, então quem a tiver pode tirar os seus fundos da { -okx }.
    .fix = Apague esta chave na página de API da { -okx }, crie outra só com Leitura e Negociação ativadas, salve-a e rode essa.
run-refused-seen-withdraw = Não iniciado: o teste mais recente da chave salva como “{ $label }” que teve resposta da { -okx } viu Saque ativado. Ela continua recusada até que um teste que chegue à { -okx } veja Saque desativado.
    .fix = Desative Saque para esta chave na página de API da { -okx } (ou apague-a e crie outra só com Leitura e Negociação) e teste de novo: Testar em Minhas chaves, ou { -cmd-check } { $label }.
run-refused-not-verified = Não iniciado: a chave salva como “{ $label }” não passou no teste.
    .fix = Corrija o que o teste encontrou ({ -cmd-verify-keychain } { $label } mostra o relatório completo) e depois execute o comando de novo.

## Observações antes de o comando iniciar

# $label: o nome da chave salva.
run-verified = A chave salva como “{ $label }” passou no teste e não consegue sacar.
run-note-freqtrade-no-site = Observação: o Freqtrade não tem um nome de exchange para a { -okx } TR, então FREQTRADE__EXCHANGE__NAME não é definida; esta chave só funciona com tr.okx.com.
run-note-freqtrade-demo = Observação: esta é uma chave de Negociação demo (Demo Trading). O dry_run do Freqtrade é a simulação própria dele (paper trading); uma chave de Negociação demo só funciona quando as requisições levam o cabeçalho de demo da { -okx } (x-simulated-trading: 1).
run-note-agent-tr = Observação: versões antigas do Agent Trade Kit da { -okx } só conhecem os sites global, eea e us; OKX_SITE é tr e OKX_API_BASE_URL aponta para tr.okx.com.

## Quando o comando não consegue iniciar

run-command-not-found = O comando a iniciar não foi encontrado.
    .fix = Confira o nome dele, ou informe o caminho completo (por exemplo /usr/bin/python3).
# $error: o motivo dado pelo sistema operacional, em inglês.
run-command-not-started = Não foi possível iniciar o comando ({ $error }).
    .fix = Verifique se é um programa que você tem permissão para executar (para um script: chmod +x e uma linha #!).

## --restart-on-change: a chave salva como LABEL mudou enquanto o comando roda (no stderr)

# $label: o rótulo da chave salva.
run-restart-replaced = A chave salva como “{ $label }” foi substituída: parando o comando e iniciando-o de novo com a chave nova.
run-restart-deleted = A chave salva como “{ $label }” foi excluída: parando o comando.
run-restart-refused = A chave salva como “{ $label }” foi substituída por uma que não pode ser entregue: parando o comando.
run-restart-unreadable = Não foi possível ler a chave salva como “{ $label }” para ver se mudou: o comando continua rodando com a chave que tem.

## okx-key-assistant unit: um serviço de usuário do systemd que inicia um bot pelo run

# Depois da lista de comandos da ajuda principal.
unit-cli-usage =
      { -usage-run-restart }
      { -usage-unit-brief }

unit-usage =
    Uso: { -usage-unit }

    Imprime um serviço de usuário do systemd que inicia o COMMAND pelo { -cmd-run }
    com a chave salva como LABEL. O serviço não contém segredo: o run lê a chave do chaveiro
    toda vez que inicia. O systemd inicia o COMMAND de novo quando ele falha (não quando a
    chave não existe ou pode sacar) e o para do jeito que o run repassa sinais
    (KillMode=mixed).

    Instale com { -cmd-systemctl-edit } (cole o texto), ou salve
    como { -path-unit-file } e rode { -cmd-systemctl-reload }; depois,
    { -cmd-systemctl-enable }. O chaveiro precisa estar desbloqueado para o
    serviço. O COMMAND inicia na pasta em que o unit foi executado.

    Opções:
      --profile P           os nomes a usar (veja { -cmd-run-help })
      --restart-on-change   reinicia o COMMAND quando a chave é substituída (veja run --help)
      -h, --help            mostra esta ajuda

unit-label-missing = unit precisa do LABEL de uma chave salva, depois -- e o comando a iniciar.
unit-command-missing = unit precisa do comando a iniciar, depois de --: { -cmd-unit-command }
# $error: o motivo do sistema operacional, em inglês.
unit-no-program = Não foi possível saber onde este programa está instalado ({ $error }).
    .fix = Inicie o { -cmd-app } pelo caminho completo.
# A descrição de uma linha do serviço (o systemctl status mostra). $command: o nome do programa.
unit-description = { $command } com a chave salva como “{ $label }” (OKX Key Assistant)
