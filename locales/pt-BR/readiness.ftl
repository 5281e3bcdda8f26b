# “Pronto para o seu bot”: se a conta (não só a chave) deixa passar a primeira ordem do bot.
# Os caminhos de menu seguem o site da OKX; nomes dos modos como na OKX em português:
# “Spot”, “Futuros”, “Margem multimoeda”, “Margem de portfólio”; “Compra/venda” e “Long/short”.

ready-market-spot = spot
ready-market-swap = swaps perpétuos
ready-position-mode-net = Modo compra/venda
ready-position-mode-long-short = Modo long/short

ready-bot-web-platform = sua plataforma web

# $bot: o nome do bot; $market: ready-market-…; $site: o site, p. ex. my.okx.com
ready-headline-ready = Pronto para o { $bot }, { $market }, em { $site }.
ready-headline-not-ready = { $count ->
        [one] Ainda não está pronto para o { $bot } ({ $market }): uma coisa precisa mudar antes.
       *[other] Ainda não está pronto para o { $bot } ({ $market }): { $count } coisas precisam mudar antes.
    }
ready-headline-unknown = Não foi possível saber se a conta está pronta para o { $bot } ({ $market }).

ready-account-mode-spot-only = A conta está no modo Spot, que não negocia swaps perpétuos.
    .fix = No site da { -okx }, abra Negociar (“Trade”), depois as configurações no canto superior direito, depois Modo de conta (“Account mode”), e escolha o modo Futuros (no app: Negociar, o menu, Configurações de trading, Modo de conta). Depois toque em Testar de novo.
# $mode: o nome do modo de conta
ready-account-mode-not-for-bot = O { $bot } não negocia no modo { $mode }: esse modo só permite o modo de posição Compra/venda para swaps, e o { $bot } precisa de Long/short.
    .fix = No site da { -okx }, abra Negociar (“Trade”), depois as configurações no canto superior direito, depois Modo de conta (“Account mode”), e escolha o modo Futuros ou Margem multimoeda. Depois toque em Testar de novo.
ready-account-mode-untested-spot = A conta está no modo { $mode }. O guia do { $bot } foi escrito para o modo Spot ou o modo Futuros; ordens spot podem ser recusadas neste modo.
    .fix = Se a primeira ordem falhar, mude para o modo Futuros: Negociar, as configurações no canto superior direito, Modo de conta.
ready-account-mode-untested-swap = A conta está no modo { $mode }. O guia do { $bot } pede o modo Futuros; pode funcionar, mas não foi testado neste modo.
    .fix = Se a primeira ordem falhar, mude para o modo Futuros: Negociar, as configurações no canto superior direito, Modo de conta.
ready-position-mode-needs-long-short = O { $bot } precisa do modo de posição Long/short para swaps; a conta está em Compra/venda.
    .fix = No site da { -okx }, abra Negociar (“Trade”), um swap perpétuo, depois as configurações no canto superior direito, depois Modo de posição (“Position mode”), e escolha Long/short. Antes, feche as posições e ordens abertas: a { -okx } recusa a mudança enquanto houver alguma. Depois toque em Testar de novo.
ready-position-mode-needs-net = O { $bot } precisa do modo de posição Compra/venda para swaps; a conta está em Long/short.
    .fix = No site da { -okx }, abra Negociar (“Trade”), um swap perpétuo, depois as configurações no canto superior direito, depois Modo de posição (“Position mode”), e escolha Compra/venda. Antes, feche as posições e ordens abertas: a { -okx } recusa a mudança enquanto houver alguma. Depois toque em Testar de novo.
ready-position-mode-needs-net-ccxt = A conta está no modo de posição Long/short. Um programa com ccxt que não diz de que lado é cada ordem (long ou short) tem as ordens de swap recusadas (51000) neste modo.
    .fix = Informe o lado da posição nas suas ordens, ou escolha Compra/venda na { -okx }: Negociar, um swap perpétuo, as configurações no canto superior direito, Modo de posição.
ready-market-not-offered = Esta conta não pode negociar { $market } em { $site }: a { -okx } não lista nenhum para ela (o site ou a sua região não oferece).
    .fix = Escolha spot para este bot, ou use uma conta num site que ofereça { $market }.
ready-bot-market-not-on-site = Em { $site }, o { $bot } negocia só spot.
    .fix = Escolha spot no { $bot }, ou use um bot que negocie swaps neste site.
ready-funds-in-funding-account = A conta de trading está vazia; o seu dinheiro está na conta de financiamento, onde um bot não consegue negociar.
    .fix = Na { -okx }, abra Ativos, depois Transferir, e passe o dinheiro da conta de financiamento para a conta de trading. Depois toque em Testar de novo.
ready-no-funds = A conta de trading ainda não tem nada, então a primeira ordem do bot falharia.
    .fix = Deposite ou transfira dinheiro para a conta de trading na { -okx } antes de iniciar o bot.
ready-demo-not-supported-by-bot = O { $bot } não consegue usar chaves de Negociação demo da { -okx }.
    .fix = Para praticar, use o modo dry run do próprio { $bot }, e uma chave real quando for negociar.
ready-sub-account = A chave pertence a uma subconta: o bot negocia só o dinheiro dessa subconta.
    .fix = Se ele deve negociar mais, passe dinheiro para a conta de trading da subconta.
# $problem: o que deu errado na consulta de prontidão, nas palavras dela
ready-readiness-unknown = Não foi possível verificar se a conta está pronta: { $problem }
