# Palavras da moldura da janela: abrir o app e os comandos da janela (área de transferência,
# links, chaveiro, relatório, frase secreta, teste de conexão) quando não conseguem fazer o pedido.
# Problemas: o valor é o que deu errado, .fix é o que fazer.

## Abrindo o app (mostrado no terminal de onde ele foi aberto, se houver)

app-no-display =
    O { -app-name } abre uma janela, e esta sessão não tem tela gráfica (nem DISPLAY nem WAYLAND_DISPLAY estão definidos).
    Abra-o pelo menu de aplicativos da sua área de trabalho, ou por um terminal dentro da sua sessão gráfica.
    Sem área de trabalho, a linha de comando faz as mesmas verificações: execute { -cmd-help }.
app-window-not-answering = O { -app-name } já está aberto, mas a janela dele não responde. Feche-o (ou encerre { -cmd-app } no gerenciador de tarefas) e abra o app de novo.
app-could-not-start = O { -app-name } não conseguiu iniciar: { $error }
app-could-not-start-again = O { -app-name } não conseguiu iniciar de novo: { $error }

## Os comandos da janela

app-clipboard-failed = Não foi possível escrever na área de transferência.
    .fix = Selecione o texto e copie com Ctrl+C.
app-no-credentials = Ainda não há credenciais verificadas para testar.
    .fix = Volte ao Passo 9, cole a chave de API, a chave secreta e a frase secreta e clique em Verificar.
app-no-passphrase = Ainda não há frase secreta para copiar.
    .fix = Gere uma, ou digite uma e a confirmação dela.
app-browser-failed = Não foi possível abrir o navegador.
    .fix = Abra { $url } no navegador você mesmo.
app-no-test-result = Ainda não há resultado de teste para o relatório.
    .fix = Clique primeiro em “Testar conexão” no Passo 10.
app-report-not-written = Não foi possível gravar o relatório em { $path }.
    .fix = Escolha outra pasta (uma em que você possa gravar), ou use Copiar.
app-report-dialog-title = Salvar o relatório de confirmação
app-report-dialog-filter = Texto

## Erros do app (a correção é o texto de sempre do app para erros)

app-internal-keychain-task = Uma tarefa do chaveiro parou de forma inesperada.
app-internal-unknown-page = A janela pediu uma página da OKX que o app não conhece.
app-internal-scoring-stopped = A avaliação da frase secreta parou de forma inesperada.
app-internal-generator-stopped = O gerador de frase secreta parou de forma inesperada.
app-internal-dialog-stopped = A janela de salvar parou de forma inesperada.
