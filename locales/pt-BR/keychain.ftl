# Salvar chaves no chaveiro do sistema, os arquivos do próprio app (a lista de chaves salvas,
# o progresso no guia) e as regras para salvar uma chave testada.
# Mostrado na janela (sob o botão Salvar, na lista de chaves salvas) e na linha de comando
# (okx-key-assistant save, list, delete). $surface é "window" ou "cli".
# $os é "macos", "windows" ou outro sistema (Linux, BSDs): o chaveiro muda em cada um.
# $label é o nome sob o qual uma chave é salva (letras, algarismos, _ - .), nunca traduzido.

## Salvar uma chave testada: a regra, para o botão Salvar e para "okx-key-assistant save"

keychain-save-untested = Não salva: a chave ainda não foi testada.
    .fix = Teste a chave primeiro; só uma chave que passa no teste pode ser salva.
keychain-save-withdraw = Não salva: esta chave consegue sacar, então quem a tiver pode tirar os seus fundos da { -okx }.
    .fix = Apague esta chave na página de API da { -okx }, crie outra só com Leitura e Negociação ativadas e depois teste e salve essa.
keychain-save-not-passed = Não salva: só uma chave que passou no teste de conexão pode ser salva.
    .fix = Corrija o que o teste encontrou, teste a chave de novo e depois salve.

## A chave e o nome dela

keychain-incomplete = A chave está incompleta: são necessárias a chave de API, a chave secreta e a frase secreta.
    .fix = { $surface ->
        [cli] Informe os três valores (em OKX_API_KEY, OKX_SECRET_KEY e OKX_PASSPHRASE, ou como três linhas na entrada padrão) e execute save de novo.
       *[window] Cole os três valores, teste a conexão e depois salve.
    }
keychain-label-missing = A chave precisa de um nome para ser salva.
    .fix = { $surface ->
        [cli] Informe um nome, por exemplo o nome que você deu à chave na { -okx }: { -cmd-save-example }
       *[window] Digite um nome, por exemplo o nome que você deu à chave na { -okx }, como BitcoinEra_GridBot.
    }
keychain-label-invalid = Um nome pode ter de 1 a { $max } letras, algarismos, '_', '-' ou '.', e nada mais (sem espaços).
    .fix = Mude o nome, por exemplo para BitcoinEra_GridBot.
keychain-label-bad-start = Um nome não pode começar com '-' (num comando ele seria lido como uma opção) nem ter só pontos.
    .fix = Comece o nome com uma letra ou um algarismo, por exemplo GridBot-1 em vez de -GridBot.

## O que está salvo sob um nome

keychain-not-found = Não há chave salva com o nome “{ $label }”.
    .fix = { $surface ->
        [cli] Confira o nome com { -cmd-list }, ou salve a chave primeiro.
       *[window] Confira o nome na lista de chaves salvas, ou salve a chave primeiro.
    }
keychain-already-exists = Já existe uma chave salva com o nome “{ $label }”: { $what }.
    .fix = { $surface ->
        [cli] Acrescente --replace para colocar a nova chave no lugar (a antiga fica até a nova ser salva e lida de volta), ou escolha outro nome.
       *[window] Escolha Substituir para colocar a nova chave no lugar (a antiga fica até a nova ser salva e conferida), ou use outro nome.
    }
keychain-existing-key = a chave { $key }, salva em { $saved_at }
keychain-existing-foreign = um item que este app não gravou
keychain-mismatch = A chave salva como “{ $label }” não foi lida de volta igual ao que foi gravado, então não conta como salva.
    .fix = { $surface ->
        [cli] Execute o save de novo. Se acontecer outra vez, reinicie o seu chaveiro (saia da sessão e entre de novo) e tente outra vez.
       *[window] Tente salvar de novo; o formulário mantém os seus valores. Se acontecer outra vez, reinicie o seu chaveiro (saia da sessão e entre de novo) e tente outra vez.
    }
keychain-foreign-item = O item do chaveiro salvo como “{ $label }” não está no formato que o { -app-name } grava, então não pode ser lido.
    .fix = Salve a chave de novo com este nome para substituir o item, ou apague-o e salve a chave com um nome novo.
keychain-encode-failed = Não foi possível converter a chave para o formato do chaveiro.

## Falhas do próprio chaveiro do sistema

keychain-no-platform-store = Esta cópia do { -app-name } não tem acesso a um chaveiro do sistema de verdade, então não vai salvar chaves (ela se recusa a guardá-las só na memória).
    .fix = Use o app feito para o seu sistema (Linux, macOS ou Windows). Até lá, guarde os três valores no seu gerenciador de senhas.
keychain-no-item = Esse item não existe no chaveiro.
    .fix = { $surface ->
        [cli] Confira o nome com { -cmd-list }, ou salve a chave primeiro.
       *[window] Confira o nome na lista de chaves salvas, ou salve a chave primeiro.
    }
keychain-not-text = O item do chaveiro contém algo que não é texto, então não é uma chave salva por este app.
    .fix = Salve a chave de novo com este nome para substituí-lo, ou apague o item e salve com um nome novo.
keychain-label-refused = O chaveiro não aceita este nome.
    .fix = Use um nome mais curto, feito de letras, algarismos, '_', '-' ou '.'.
keychain-ambiguous = Há mais de um item do chaveiro salvo com este nome, então o app não sabe qual é a chave.
    .fix = Abra o app do seu chaveiro (Senhas e chaves, KWallet ou KeePassXC), apague os itens "{ -cmd-app }" a mais com este nome e tente de novo.
keychain-locked = O seu chaveiro está bloqueado, ou a janela que pedia para desbloqueá-lo foi fechada, então o app não conseguiu acessá-lo.
    .fix = { $os ->
        [macos] Desbloqueie o chaveiro de login (abra o Acesso às Chaves e desbloqueie, ou digite a sua senha quando o macOS pedir) e tente de novo.
        [windows] Entre no Windows de novo e tente outra vez.
       *[other] { $surface ->
            [cli] Desbloqueie o seu chaveiro e tente de novo: digite a sua senha quando a janela de desbloqueio aparecer, ou abra Senhas e chaves (Seahorse), KWallet ou KeePassXC e desbloqueie por lá. Talvez seja preciso criar um chaveiro novo lá primeiro.
           *[window] Desbloqueie o seu chaveiro e tente de novo: digite a sua senha quando a janela de desbloqueio aparecer, ou abra Senhas e chaves (Seahorse), KWallet ou KeePassXC e desbloqueie por lá. Talvez seja preciso criar um chaveiro novo lá primeiro. O formulário mantém os seus valores.
        }
    }
keychain-denied = O chaveiro do sistema negou ao { -app-name } o acesso ao item.
    .fix = { $os ->
        [macos] Quando o macOS perguntar, escolha Permitir (ou Permitir Sempre) para o { -app-name } e tente de novo. No Acesso às Chaves, você pode conferir a aba Controle de Acesso do item.
       *[other] Permita o { -app-name } quando o seu chaveiro perguntar e tente de novo. Se o app roda num sandbox (Flatpak ou Snap), dê a ele acesso ao Secret Service.
    }
keychain-unavailable = { $os ->
        [macos] O Acesso às Chaves do macOS não está disponível.
        [windows] O Gerenciador de Credenciais do Windows não está disponível.
       *[other] Não há nenhum chaveiro rodando neste computador (nenhum Secret Service, o cofre de senhas da área de trabalho), então a chave não pode ser guardada nele.
    }
    .fix = { $os ->
        [macos] Verifique se você entrou no macOS normalmente e se o seu chaveiro de login existe (abra o Acesso às Chaves) e tente de novo.
        [windows] Verifique se você entrou no Windows com a sua própria conta (não uma conta de serviço) e tente de novo.
       *[other] { $surface ->
            [cli] Instale e inicie um chaveiro: GNOME Keyring, o Secret Service do KWallet ou o KeePassXC com a integração Secret Service ativada, e tente de novo. Numa máquina sem área de trabalho, inicie um dentro de uma sessão D-Bus: { -cmd-keyring-session }. Até lá, guarde os três valores no seu gerenciador de senhas.
           *[window] Instale e inicie um chaveiro: GNOME Keyring, o Secret Service do KWallet ou o KeePassXC com a integração Secret Service ativada. Depois tente de novo; o formulário mantém os seus valores. Até lá, guarde os três valores no seu gerenciador de senhas.
        }
    }
keychain-unavailable-detail = Não foi possível usar o chaveiro do sistema ({ $detail }).

## Os arquivos do próprio app (não secretos): a lista de chaves salvas e o progresso no guia

file-index-unwritable = O app não conseguiu atualizar a lista de chaves salvas em { $path } ({ $error }).
    .fix = Verifique se o disco não está cheio e se esta pasta é sua, e tente de novo.
file-index-encode-failed = Não foi possível gravar a lista de chaves salvas.
progress-unwritable = O app não conseguiu gravar o arquivo de progresso em { $folder }.
    .fix = Verifique se a sua pasta pessoal não está cheia nem somente leitura, e tente de novo. O seu progresso nesta tela fica guardado.
progress-encode-failed = O app não conseguiu registrar em que ponto do guia você está.
