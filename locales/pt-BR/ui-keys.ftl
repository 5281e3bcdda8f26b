## Minhas chaves: a tela inicial de quem volta (src-ui/steps/my-keys.js), e substituir uma chave

# O primeiro item da barra lateral e o título da tela.
ui-keys-rail = Minhas chaves
ui-keys-title = Minhas chaves
ui-keys-lead = As chaves salvas neste computador, como o app as viu da última vez. Testar todas pergunta agora à { -okx } sobre cada chave. Ele só lê; não muda nada na sua conta.
ui-keys-test-all = Testar todas
ui-keys-new = Criar uma chave nova
ui-keys-loading = Lendo as chaves salvas…
ui-keys-none = Nenhuma chave salva neste computador ainda. Crie uma com o guia; no final, no Passo 10, salve-a aqui.
# $n: quantas chaves estão sendo testadas.
ui-keys-testing = { $n ->
        [one] Testando { $n } chave…
       *[other] Testando { $n } chaves…
    }
# $n: chaves testadas; $healthy: quantas delas estão saudáveis.
ui-keys-tested = { $n ->
        [one] Teste concluído: { $healthy } de { $n } chave está saudável.
       *[other] Teste concluído: { $healthy } de { $n } chaves estão saudáveis.
    }
# O site e o modo da chave. $site: o nome curto do site, p. ex. Global.
ui-keys-site-live = { $site } (real)
# O selo de cada chave: o que o último teste disse.
ui-keys-health-healthy = Saudável
ui-keys-health-can-withdraw = Consegue sacar: não é segura para um bot
ui-keys-health-failed = Precisa de atenção
ui-keys-health-deleted = Apagada na { -okx }
ui-keys-health-untested = Ainda não testada
ui-keys-health-testing = Testando…
# Os dados sob cada chave, segundo o último teste.
ui-keys-permissions = Permissões
ui-keys-perm-read = Leitura
ui-keys-perm-trade = Negociação
ui-keys-perm-withdraw = Saque
ui-keys-perm-none = Nenhuma
ui-keys-perm-unknown = Ainda não conhecidas
ui-keys-ip = Vínculo de IP
ui-keys-ip-none = Nenhum
ui-keys-last-tested = Último teste
ui-keys-never = Nunca
ui-keys-failed-before = O último teste desta chave falhou. Clique em Testar para ver o motivo e o que fazer.
ui-keys-idle-title = A regra dos 14 dias da { -okx }
ui-keys-no-bot = Não entregue a nenhum bot: um teste viu o Saque ativado nesta chave. O app não a entrega a nenhum bot até um teste ver o Saque desativado de novo.
ui-keys-missing = O chaveiro não tem mais esta chave. Substitua-a ou apague-a desta lista.
# Botões de cada chave.
ui-keys-test-one = Testar
ui-keys-replace = Substituir

## Substituir uma chave salva (Substituir em Minhas chaves, depois os Passos 3 a 10)

# Um aviso acima dos Passos 3 a 10. $label: o nome da chave salva.
ui-replace-banner = Você está substituindo a chave salva como “{ $label }”. Crie uma chave nova na { -okx }, cole-a no Passo 9 e teste-a no Passo 10. A chave salva só é substituída quando a nova passa no teste.
ui-replace-cancel = Parar de substituir
ui-replace-save = Substituir a chave salva
# $label: o nome da chave salva.
ui-replace-save-lead = A chave nova passou no teste. Salvar a coloca no lugar da chave salva como “{ $label }”; o seu bot a lê com o mesmo nome.
# Depois da substituição. $label: o nome da chave salva.
ui-replace-done-title = “{ $label }” agora guarda a chave nova. Apague a chave antiga na { -okx }:
# $site: o nome curto do site.
ui-replace-done-1 = Abra a página de API da { $site } (o botão abaixo) e faça login.
# $key: os quatro primeiros e os quatro últimos caracteres da chave de API antiga, p. ex. 6d2d…fd7f.
ui-replace-done-2 = Encontre a chave antiga: a chave de API dela começa e termina como { $key }.
ui-replace-done-2-unknown = Encontre a chave antiga: é a que o seu bot usava antes de hoje.
ui-replace-done-3 = Apague-a e confirme com o seu código 2FA. Se o seu bot só lê a chave quando inicia, reinicie-o agora.
ui-replace-open-api = Abrir a página de API
