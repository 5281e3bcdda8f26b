# O painel "Conecte o seu bot" da janela: no Passo 10 depois que uma chave é salva, e sob a lista de
# chaves salvas (o botão "Conectar" dela). Os passos e valores de cada bot vêm de bots.ftl.
# Nomes de produtos ficam como estão: Freqtrade, Hummingbot, ccxt, python-okx, BitcoinEra, 3Commas.
# $label é o nome de uma chave salva e $site um site como my.okx.com: nunca traduzidos.

## O painel

ui-bot-heading-for = Conecte “{ $label }” ao seu bot
ui-bot-lead-live = Escolha o tipo de bot que vai usar esta chave. Os passos e valores são feitos para esta chave: uma chave real de { $site }.
ui-bot-lead-demo = Escolha o tipo de bot que vai usar esta chave. Os passos e valores são feitos para esta chave: uma chave de Negociação demo de { $site }.
ui-bot-question = Qual bot vai usar esta chave?
ui-bot-choose = Escolha um bot acima para ver como conectá-lo.
ui-bot-loading = Preparando os passos para esta chave…
ui-bot-after-save = Quando a chave passar no teste e estiver salva, os passos para conectá-la ao seu bot aparecem aqui.

## Os tipos de bot (botões de opção: um nome e uma dica)

ui-bot-kind-web = Uma plataforma web
    .hint = BitcoinEra, 3Commas e outros sites onde você cola a chave num formulário
ui-bot-kind-freqtrade = Freqtrade
    .hint = O bot de trading de código aberto que você inicia num terminal
ui-bot-kind-hummingbot = Hummingbot
    .hint = O bot de código aberto que você conecta com “connect okx”
ui-bot-kind-ccxt = Python com ccxt
    .hint = O seu próprio programa em Python, com a biblioteca ccxt
ui-bot-kind-python-okx = Python com python-okx
    .hint = O seu próprio programa em Python, com a biblioteca python-okx da { -okx }
ui-bot-kind-agent = Agent Trade Kit da { -okx }
    .hint = A linha de comando da { -okx } (okx) e o servidor MCP dela para apps de IA (okx-trade-mcp)

## A receita

ui-bot-warnings-heading = O que pode dar errado, e o que fazer
ui-bot-steps-heading = Passos
ui-bot-credentials-heading = Os três valores da chave
# $n: segundos até a área de transferência ser limpa.
ui-bot-credentials-hint = Cada botão copia um valor do chaveiro. Ele fica fora do histórico da área de transferência e é apagado depois de { $n } segundos.
ui-bot-not-saved = Salve a chave primeiro: estes botões copiam os valores dela do chaveiro.
ui-bot-values-heading = Valores para esta chave
ui-bot-copy = Copiar
ui-bot-copied = Copiado.

## A lista de chaves salvas

ui-bot-connect = Conectar
