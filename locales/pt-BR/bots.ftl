# "Conecte o seu bot": os passos, nomes e avisos da receita de cada bot (montados pelo núcleo a
# partir do site e do modo de uma chave salva, mostrados no painel "Conecte o seu bot" da janela).
# Sem tradução: nomes de produtos (Freqtrade, Hummingbot, ccxt, python-okx,
# BitcoinEra, 3Commas), código (connect okx, set_sandbox_mode, exchange.name, config.json),
# variáveis de ambiente em maiúsculas e os números de erro da OKX (50119, 50105, 50101, 50110).
# $site é um site como my.okx.com; $name, $sub e $packages são código, nunca traduzidos.

# Commands and paths (-cmd-run, …) are terms defined in commands.ftl.

## Nomes dos valores mostrados com um botão Copiar

bot-value-site = O site onde você faz login
bot-value-api-host = O host da API
bot-value-exchange-name = Nome da exchange (exchange.name)
bot-value-env-key = Variável de ambiente da chave de API
bot-value-env-secret = Variável de ambiente da chave secreta
bot-value-env-password = Variável de ambiente da frase secreta (o Freqtrade a chama de “password”)
bot-value-env-passphrase = Variável de ambiente da frase secreta
bot-value-sub-domain = Subdomínio (okx_registration_sub_domain)
bot-value-ccxt-class = Classe do ccxt
bot-value-hostname = Opção hostname do ccxt
bot-value-sandbox = Opção liga/desliga da Negociação demo
bot-value-domain = O domain do python-okx
bot-value-flag = O flag do python-okx (1 é Negociação demo, 0 é real)
bot-value-env-site = O site, para o kit
bot-value-env-demo = O modo de negociação, para o kit
bot-value-env-base-url = O endereço da API, para o kit

## Legendas dos blocos de código

bot-code-config = A parte da exchange no config.json do Freqtrade (sem segredos)
bot-code-run = Inicie-o com a chave do chaveiro
bot-code-docker = Ou no Docker (o Docker copia as três variáveis do run para o contêiner; nenhum valor é digitado)
bot-code-hummingbot = Digite isto no Hummingbot
bot-code-keyring = Um programa que lê a chave do chaveiro
bot-code-env = O mesmo programa, lendo a chave que o { -cmd-run } entrega a ele
bot-code-install = Instale o kit
bot-code-mcp = Para um app de IA (Claude, Cursor e outros): as configurações do servidor MCP dele

## Uma plataforma web (BitcoinEra, 3Commas e parecidas)

bot-web-step-open = Na plataforma, abra a página onde se adiciona uma corretora (costuma se chamar “Exchanges”, “API keys” ou “Connect exchange”).
bot-web-step-exchange-global = Escolha { -okx }. Se ela pedir uma região ou um site, escolha o global ({ $site }).
bot-web-step-exchange-eea = Escolha a opção da { -okx } para a Europa ({ $site }; pode se chamar “{ -okx } EEA” ou “MyOKX”). A opção “{ -okx }” simples envia a sua chave para www.okx.com, onde ela não existe.
bot-web-step-exchange-us = Escolha “{ -okx } US” ({ $site }). A opção “{ -okx }” simples envia a sua chave para www.okx.com, onde ela não existe.
bot-web-step-exchange-tr = Escolha “{ -okx } TR” ({ $site }). Se a plataforma não tiver { -okx } TR, ela não consegue usar esta chave.
bot-web-step-mode-demo = Esta é uma chave de Negociação demo: escolha o modo demo ou de simulação (paper trading) da plataforma com a Negociação demo da { -okx }, se ela tiver.
bot-web-step-mode-live = Esta é uma chave real: escolha trading real, não o modo demo da plataforma.
bot-web-step-values = Cole os três valores nesta ordem, cada um com o botão Copiar dele abaixo: a chave de API, a chave secreta e depois a frase secreta.
bot-web-step-ip = Se a plataforma listar endereços IP para liberar, acrescente-os a esta chave na página de API da { -okx } ({ $site }).
bot-web-step-check = Clique no botão da plataforma que testa ou salva a conexão: ela deve mostrar o seu saldo ou “Connected” (conectado).

## O que um teste mostra quando algo está errado (plataformas web, Hummingbot)

bot-check-50119 = “API key doesn't exist” (a chave de API não existe, 50119): a plataforma enviou a chave para outro site da { -okx }. Escolha a opção de { $site }.
bot-check-50105 = “Wrong passphrase” (frase secreta errada, 50105): cole a frase secreta que você criou para esta chave de API, não a sua senha de login da { -okx }.
bot-check-50101-demo = “APIKey does not match current environment” (a chave não corresponde ao ambiente, 50101): a plataforma usa trading real, e esta chave é de Negociação demo.
bot-check-50101-live = “APIKey does not match current environment” (a chave não corresponde ao ambiente, 50101): a plataforma usa Negociação demo, e esta chave é para trading real.
bot-check-50110 = “Your IP is not included in your API key's IP whitelist” (o seu IP não está na lista de permissões da chave, 50110): acrescente os endereços IP da plataforma à chave na { -okx }, ou tire a lista de IPs da chave.

## Freqtrade

bot-freqtrade-step-config = Coloque esta parte da exchange no seu config.json: o nome é { $name }, e key, secret e password ficam vazios.
bot-freqtrade-step-run = Inicie o Freqtrade com a linha abaixo. Ela coloca a chave nas variáveis de ambiente que o Freqtrade lê, só para esta execução, então a chave nunca vai para um arquivo.
bot-freqtrade-step-password = O “password” do Freqtrade é a frase secreta da API, não a sua senha de login da { -okx }.
bot-freqtrade-no-tr = O Freqtrade não tem nada para a { -okx } TR ({ $site }): as exchanges okx, myokx e okxus dele falam com outros sites da { -okx }, onde esta chave não existe (50119).
bot-freqtrade-us-spot = Para a { -okx } US, a exchange do Freqtrade é okxus, e ela só negocia spot: nada de futuros.
bot-freqtrade-demo = Esta é uma chave de Negociação demo. O dry run do Freqtrade é a simulação própria dele (paper trading); uma chave de Negociação demo só funciona quando as requisições levam o cabeçalho de demo da { -okx } (x-simulated-trading: 1).

## Hummingbot

bot-hummingbot-step-connect = No Hummingbot, digite connect okx.
bot-hummingbot-step-values = Quando ele pedir a chave de API, a chave secreta e a frase secreta, cole cada uma com o botão Copiar dela abaixo.
bot-hummingbot-step-sub-domain = Quando ele pedir o subdomínio em que você se cadastrou, responda { $sub } (você faz login em { $site }).
bot-hummingbot-step-check = Depois o Hummingbot testa a chave: “You are now connected to okx” quer dizer que funciona.
bot-hummingbot-no-tr = O Hummingbot não tem nada para a { -okx } TR ({ $site }): os subdomínios www, my e app dele são outros sites da { -okx }, onde esta chave não existe (50119).
bot-hummingbot-demo = Esta é uma chave de Negociação demo, e o conector da { -okx } do Hummingbot negocia no real: ele vai responder 50101. Use uma chave real, ou a simulação própria do Hummingbot (paper trading).

## Python (ccxt e python-okx)

bot-python-step-install = Instale os pacotes: { -cmd-pip-install } { $packages } (no Linux, também { -cmd-secretstorage }).
bot-python-step-keyring = O primeiro programa lê a chave do chaveiro, onde este app a salvou; a chave nunca vai para o seu código nem para um arquivo.
bot-python-step-env = Ou deixe o { -cmd-run } entregar a chave ao segundo programa durante uma execução, no ambiente dele.
bot-ccxt-step-password = O ccxt chama a frase secreta da API de “password”: é ali que vai a frase secreta, não a sua senha de login da { -okx }.
bot-python-okx-step-flag = O flag do python-okx escolhe o modo de negociação: “1” é Negociação demo, “0” é real; um valor errado responde 50101. O domain dele precisa ser o do seu site, ou a { -okx } responde 50119.

## O Agent Trade Kit da OKX

bot-agent-step-install = Instale o Agent Trade Kit da { -okx } (ele precisa do Node.js 18 ou mais novo).
bot-agent-step-run = Inicie-o com { -cmd-run }: o kit lê a chave, o site e o modo de negociação do ambiente, então não precisa de { -cmd-okx-config }.
bot-agent-step-mcp = Para um app de IA, coloque as configurações abaixo na lista de servidores MCP dele: o app então inicia o kit pelo { -cmd-run }.
bot-agent-tr = Versões antigas do Agent Trade Kit da { -okx } só conhecem os sites global, eea e us; OKX_SITE é tr e OKX_API_BASE_URL aponta para tr.okx.com.

## A janela pediu para copiar, como texto simples, algo que parece um segredo

bot-copy-refused = Isto parece um segredo, então não foi copiado como texto simples.
    .fix = Use os botões Copiar da chave de API, da chave secreta e da frase secreta: eles mantêm o valor fora do histórico da área de transferência e o apagam depois de 30 segundos.

## Passivbot
bot-value-user = O nome da entrada (user na configuração do Passivbot)
bot-passivbot-step-file = Na pasta do Passivbot, abra o api-keys.json (se ele não existir, copie api-keys.json.example para api-keys.json).
bot-passivbot-step-entry = Adicione a entrada mostrada abaixo, chamada “{ $user }”, dentro das chaves externas do arquivo.
bot-passivbot-step-values = Preencha key, secret e passphrase, cada um com o botão Copiar dele abaixo: a chave de API, a chave secreta e depois a frase secreta.
bot-passivbot-step-private = Agora este arquivo guarda a sua chave secreta: mantenha-o só neste computador, legível só por você, e nunca o compartilhe nem o envie para lugar nenhum.
bot-passivbot-step-config = Na configuração do Passivbot, defina user como “{ $user }” e depois inicie o Passivbot.
bot-passivbot-code-entry = A entrada para o api-keys.json (os três valores ficam vazios aqui: cole-os com os botões Copiar)
bot-passivbot-warn-hedge = O Passivbot negocia swaps perpétuos no modo de posição Long/short. Ative-o na { -okx } antes de iniciar o bot; o teste abaixo mostra se está ativado.
bot-passivbot-warn-site = O Passivbot se conecta a www.okx.com. Esta chave pertence a { $site }: antes de começar, veja na documentação do Passivbot o que fazer no seu site.

## OctoBot
bot-octobot-step-open = Abra a interface web do OctoBot e vá em Accounts, depois Exchanges.
bot-octobot-step-exchange = Adicione a { -okx } como exchange. A chave pertence a { $site }: se o OctoBot oferecer mais de uma opção da { -okx }, escolha a correspondente.
bot-octobot-step-values = Cole os três valores com os botões Copiar abaixo: a API key (a chave de API), o API secret (a chave secreta) e depois o password (a frase secreta).
bot-octobot-step-demo = Esta é uma chave de Negociação demo: ative a opção sandbox do OctoBot para a { -okx }, se a sua versão tiver.
bot-octobot-step-restart = Salve e depois reinicie o OctoBot para que ele se conecte com a chave nova.
bot-octobot-warn-net = Para swaps perpétuos, o OctoBot usa o modo de posição Compra/venda (unidirecional). Se a sua conta estiver em Long/short, mude-a primeiro na { -okx }; o teste abaixo mostra isso.
