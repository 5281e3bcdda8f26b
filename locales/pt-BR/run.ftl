# okx-key-assistant run: entrega uma chave salva a um programa pelo ambiente dele.
# Mostrado num terminal, na saída de erro padrão (a saída padrão é do programa que roda).
# Sem tradução: okx-key-assistant, run, as opções (--profile, --verify, --no-mask), os nomes
# de perfil (generic, freqtrade, okx-agent), as variáveis de ambiente e os marcadores em
# maiúsculas (LABEL, COMMAND, ARGS, P): as pessoas os digitam.
# $label é o nome sob o qual uma chave é salva (letras, algarismos, _ - .), nunca traduzido.

## Ajuda: o que "okx-key-assistant run --help" mostra
## Mantenha as quebras de linha e o recuo das listas: os terminais os mostram como estão.

run-usage =
    Uso: okx-key-assistant run LABEL [--profile generic|freqtrade|okx-agent] [--verify] [--no-mask] -- COMMAND [ARGS...]

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
      --no-mask     passa a saída do COMMAND direto para este terminal. Sem ela, a chave
                    secreta e a frase secreta são trocadas por
                    <redacted by okx-key-assistant> onde quer que o COMMAND as mostre, e a
                    saída dele passa por um pipe. Use --no-mask para um programa que precisa
                    de um terminal (um programa de tela cheia, uma pergunta que espera
                    resposta, cores que só aparecem num terminal), sabendo que o que ele
                    mostra aparece como está
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
run-command-missing = run precisa do comando a iniciar, depois de --: okx-key-assistant run LABEL -- COMMAND
run-profile-invalid = --profile deve ser generic, freqtrade ou okx-agent.

## Por que uma chave não é entregue (cada um com o que fazer)

run-refused-recorded-withdraw = Não iniciado: a chave salva como “{ $label }” consegue sacar, então quem a tiver pode tirar os seus fundos da { -okx }.
    .fix = Apague esta chave na página de API da { -okx }, crie outra só com Leitura e Negociação ativadas, salve-a e rode essa.
run-refused-withdraw = Não iniciado: o teste mostra que a chave salva como “{ $label }” consegue sacar, então quem a tiver pode tirar os seus fundos da { -okx }.
    .fix = Apague esta chave na página de API da { -okx }, crie outra só com Leitura e Negociação ativadas, salve-a e rode essa.
run-refused-seen-withdraw = Não iniciado: o teste mais recente da chave salva como “{ $label }” que teve resposta da { -okx } viu Saque ativado. Ela continua recusada até que um teste que chegue à { -okx } veja Saque desativado.
    .fix = Desative Saque para esta chave na página de API da { -okx } (ou apague-a e crie outra só com Leitura e Negociação) e teste de novo: Testar em Minhas chaves, ou okx-key-assistant check { $label }.
run-refused-not-verified = Não iniciado: a chave salva como “{ $label }” não passou no teste.
    .fix = Corrija o que o teste encontrou (okx-key-assistant verify --keychain { $label } mostra o relatório completo) e depois execute o comando de novo.

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
