# Manter saudáveis as chaves salvas: "okx-key-assistant check" (e, mais tarde, Minhas chaves na janela).
# Cada chave salva é testada de novo e comparada com o que o app viu da última vez que ela funcionou.
# Sem tradução: okx-key-assistant, check, save, --json, --replace, LABEL, as chaves JSON
# (label, okx_label, drift, idle_rule). As permissões Leitura, Negociação e Saque têm os nomes
# de ui-steps-1.ftl (ui-perm-read, ui-perm-trade, ui-perm-withdraw).
# $site é o nome de um site (p. ex. "OKX (global, okx.com)"); $url é a página de API do site;
# $before e $after são listas de IP ("127.0.0.1, 5.6.7.8") ou nomes da OKX, nunca traduzidos.

## Mudanças: o que mudou na OKX desde a última vez que a chave funcionou.
## A mensagem diz o que mudou; .fix, o que fazer. Mostrado no terminal e na janela.

health-drift-withdraw-turned-on =
    Saque foi ativado nesta chave desde o último teste. Uma chave que consegue sacar pode esvaziar a sua conta se algum dia vazar.
    .fix = Na { -okx }, edite esta chave de API e desative Saque (ou apague a chave e crie outra só com Leitura e Negociação), e depois teste de novo.

health-drift-trade-lost =
    Esta chave conseguia negociar e agora não consegue: Negociação foi desativada na { -okx }. Um bot não consegue enviar ordens com ela.
    .fix = Na { -okx }, edite esta chave de API e ative Negociação de novo, ou crie uma chave nova com Leitura e Negociação.

health-drift-ip-list-changed =
    Os endereços IP vinculados a esta chave mudaram: antes { $before }, agora { $after }.
    .fix = Se não foi você quem os mudou, entre na { -okx } e veja quem mudou. Confira se o endereço do servidor onde o seu bot roda está na lista; senão, o bot é recusado.

health-drift-label-changed =
    O nome desta chave na { -okx } mudou de “{ $before }” para “{ $after }”.
    .fix = Nada a fazer se foi você quem mudou o nome. Se não foi, entre na { -okx } e confira as configurações de segurança da sua conta.

health-drift-deleted-on-okx =
    A { -okx } não reconhece mais esta chave em { $site }, onde ela funcionava: ela foi apagada na { -okx }, por você ou pela regra dos 14 dias da { -okx } (uma chave com Negociação e sem vínculo de IP é apagada depois de 14 dias sem uso).
    .fix = { $surface ->
        [cli] Crie uma chave nova em { $url }, vinculada ao endereço IP do seu bot para que isto não aconteça de novo, e depois salve-a com o mesmo nome com: { -cmd-save-replace }
       *[window] Clique em Substituir para criar uma chave nova com o mesmo nome, vinculada ao endereço IP do seu bot para que isto não aconteça de novo. Depois apague a chave antiga na { -okx } se ela ainda aparecer em { $url }.
    }

# Representa uma lista de IP vazia em health-drift-ip-list-changed.
health-ip-none = nenhum
# Representa uma chave sem nome na OKX em health-drift-label-changed.
health-label-none = sem nome

## A regra dos 14 dias, para uma chave real com Negociação (ou Saque) e sem vínculo de IP.
## $days: dias inteiros desde que o app viu a chave funcionar pela última vez; $left: 14 menos isso
## (nunca abaixo de 0); $limit: 14.

health-idle-rule =
    A { -okx } apaga uma chave que tem Negociação e não tem vínculo de IP depois de { $limit } dias sem uso. Este app viu esta chave funcionar pela última vez { $days ->
        [0] hoje
        [one] há { $days } dia
       *[other] há { $days } dias
    }; se nada a usou desde então, { $left ->
        [0] a { -okx } pode já tê-la apagado.
        [one] ainda resta { $left } dia.
       *[other] ainda restam { $left } dias.
    } O uso pelo seu próprio bot também conta (qualquer requisição assinada conta), e este app não consegue vê-lo.
    .fix = A solução definitiva: na { -okx }, edite a chave e vincule-a ao endereço IP do seu bot (o endereço público do servidor onde ele roda). Uma chave vinculada a um endereço IP nunca é apagada por falta de uso.

## O arquivo de histórico (key-history.json na pasta de dados do app; sem segredos).
## $path é um caminho de arquivo, $error o motivo dado pelo sistema, ambos como estão.

health-history-unwritable =
    Os testes rodaram, mas o histórico deles não pôde ser gravado em { $path }: { $error }.
    .fix = Verifique se esta pasta existe e se você tem permissão para gravar nela, e depois rode o teste de novo.
health-history-encode-failed = Não foi possível gravar o histórico das chaves (um erro interno).

## okx-key-assistant check: a ajuda e uma linha por chave.
## Mantenha as quebras de linha e o recuo da lista de opções: os terminais os mostram como estão.

health-usage =
    Uso: { -usage-check }

    Testa de uma vez as chaves salvas no chaveiro do sistema (todas, ou os LABELs informados), cada
    uma no próprio site e no próprio modo, com requisições assinadas e só de leitura (nada é
    negociado nem movimentado). Diz o que mudou desde a última vez que cada chave funcionou: Saque
    ativado, Negociação perdida, lista de IP ou nome alterados, ou a chave apagada na OKX. Cada teste
    vai para o histórico curto da chave (os últimos 50 testes, nunca um segredo) na pasta de dados
    do app.

    Opções:
      --json       mostra um array JSON: o objeto verify --json de cada chave, com o nome salvo
                   como label (o nome da própria OKX vai para okx_label), mais drift e idle_rule
      -h, --help   mostra esta ajuda

    Código de saída: 0 todas as chaves estão saudáveis; 1 uma chave falhou, foi apagada na OKX ou
    perdeu Negociação; 2 uso inválido, ou nenhuma chave salva; 3 uma chave consegue sacar (3 vale
    mais que 1).

# Depois de health-usage (check --help).
health-usage-ready =
    Uma chave salva com um bot (save LABEL --bot BOT) também é testada para esse bot: modo de
    conta, modo de posição, mercado e onde está o dinheiro; o JSON ganha o objeto readiness dela.
    Código de saída 4: todas as chaves estão saudáveis, mas uma conta não está pronta para o bot
    da sua chave.

# A coluna de resultado da linha de uma chave.
health-result-healthy = saudável
health-result-can-withdraw = consegue sacar: não é segura para um bot
# $reason: a mensagem do primeiro problema.
health-result-failed = falhou: { $reason }
health-result-deleted = apagada na OKX
health-test-stopped = O teste desta chave parou inesperadamente (um erro interno).

health-no-keys =
    Nenhuma chave salva ainda, então não há nada para verificar.
    .fix = Salve uma primeiro com: { -cmd-save-label }

# $before, $after: the account modes' names (Spot, Futures, Multi-currency margin, Portfolio margin)
health-drift-account-mode-changed =
    O modo da conta na { -okx } mudou de { $before } para { $after }.
    .fix = Nada a fazer se foi você quem mudou. Teste a chave de novo com o bot dela: alguns bots precisam de um modo específico (veja “Pronto para o seu bot”).
# $before, $after: Buy/sell mode or Long/short mode
health-drift-position-mode-changed =
    O modo de posição da conta na { -okx } mudou de { $before } para { $after }.
    .fix = Nada a fazer se foi você quem mudou. Um bot que precisa do outro modo tem as ordens de swaps recusadas: teste a chave de novo com o bot dela.
