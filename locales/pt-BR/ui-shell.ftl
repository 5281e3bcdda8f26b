# A moldura da janela em volta dos passos: a barra de passos à esquerda, Voltar/Avançar
# embaixo, a linha de progresso, Recomeçar e a caixa de diálogo dele.

## A página

ui-app-name = { -app-name }
ui-skip-link = Ir para o passo atual
ui-rail-label = Passos do guia

## A barra lateral e a linha de progresso

ui-step-position = Passo { $n } de { $total }
ui-rail-done = (concluído)
ui-rail-locked = (bloqueado até aceitar as regras de ouro)
ui-rail-locked-tooltip = Leia e aceite as regras de ouro primeiro
ui-hint-rules-first = Leia e aceite as regras de ouro antes do Passo 1.

## Navegação

ui-nav-back = Voltar
ui-nav-next = Avançar
ui-nav-finish = Concluir
ui-start-over = Recomeçar
ui-more-below = Há mais abaixo

## Caixas de diálogo

ui-dialog-cancel = Cancelar
ui-dialog-ok = OK
ui-start-over-dialog = Recomeçar?
    .text = Isto apaga o seu progresso e tudo o que o app guarda na memória (frase secreta, chaves coladas, resultado do teste). As chaves já salvas no chaveiro continuam salvas.
    .confirm = Recomeçar

## Quando o motor do app não responde

ui-engine-missing = O motor do app não está disponível.
    .fix = Reinicie o { -app-name }.
ui-call-failed-fix = Tente de novo. Se continuar acontecendo, reinicie o app.

# The progress line at the top of the rail: the guide's Steps 1 to 10 that are done.
ui-progress-steps = { $done } de { $total } passos concluídos
