# A vigilância: um teste diário das chaves salvas com o app fechado (check --notify, notificações
# na área de trabalho), métricas para servidores (check --prometheus) e a chave que liga e
# desliga o teste diário (watch on|off|status e a chave em Minhas chaves).
# Não traduzir: okx-key-assistant, check, watch, on, off, status, --notify, --prometheus,
# --via, systemd, autostart, --json, FILE, LABEL.
# $label é o nome salvo da chave (não se traduz); $reason, a mensagem do próprio problema.

# O nome do remetente que a área de trabalho mostra.
watch-notification-app = { -app-name }

## Notificações: o título nomeia a chave e o que aconteceu; .fix é a única coisa a fazer.

watch-event-withdraw-on = { $label }: esta chave pode sacar
    .fix = Na OKX, edite esta chave de API e desative Saque, ou exclua a chave. Até lá, o app não a entrega a nenhum bot.
watch-event-deleted = { $label }: a OKX excluiu esta chave
    .fix = Crie uma chave nova só com Leitura e Negociação, vinculada ao endereço IP do seu bot, e salve-a no app de novo.
# $reason: por que o teste falhou, nas palavras do próprio problema.
watch-event-failed = { $label }: o teste falhou. { $reason }
# $days: de 0 a 3.
watch-event-days-left = { $days ->
        [0] { $label }: a OKX pode excluir esta chave hoje
        [one] { $label }: a OKX pode excluir esta chave em { $days } dia
       *[other] { $label }: a OKX pode excluir esta chave em { $days } dias
    }
# $bot: o nome do bot.
watch-event-not-ready = { $label }: não está pronta para { $bot }. { $reason }
watch-event-recovered = { $label }: a chave voltou a funcionar
    .fix = Nada a fazer: o último teste a encontrou em bom estado.
# O botão da notificação (onde a área de trabalho mostra botões).
watch-action-open-my-keys = Abrir Minhas chaves

## Ajuda de check: as opções da vigilância (adicionadas ao fim de check --help).

watch-check-usage =
    Vigilância (Linux):
      --notify           enviar uma notificação na área de trabalho para cada chave que precisa
                         de você (Saque ativado, excluída na OKX, o teste falhou, 3 dias ou menos
                         pela regra dos 14 dias) e nada quando todas estão bem; uma notificação
                         que continua valendo é repetida no dia seguinte só até você abrir
                         Minhas chaves
      --prometheus FILE  gravar a saúde das chaves em FILE no formato de arquivo de texto do
                         node_exporter (de forma atômica; aponte --collector.textfile.directory
                         para a pasta dele)

## As linhas da vigilância na ajuda principal.

watch-cli-usage =
    Testar as chaves todos os dias (Linux):
      { -usage-check-notify }
      { -usage-watch-brief }

## watch --help

watch-usage =
    Uso: { -usage-watch }

    Testa as suas chaves salvas todos os dias com o app fechado e avisa (com uma notificação na
    área de trabalho) quando uma precisa de você. O mesmo que a chave em Minhas chaves.

      on       instalar um timer e um serviço de usuário do systemd (diário, recuperado se o
               computador estava desligado) em { -path-systemd-user } que executam
               "{ -cmd-check-notify }"; onde não há gerenciador de usuário do systemd,
               uma entrada de início automático que o executa a cada login
      off      remover exatamente o que "on" instalou
      status   dizer se está ligado, quando rodou pela última vez e o que encontrou

    Opções:
      --via systemd|autostart   com on: como iniciar o teste diário (sem ela: systemd quando há
                                um gerenciador de usuário, senão autostart)
      --json                    imprimir um objeto JSON
      -h, --help                mostrar esta ajuda

    Só Linux: Windows (Agendador de Tarefas) e macOS (launchd) ainda não são suportados.

watch-usage-missing = Informe on, off ou status.
watch-via-unknown = --via aceita systemd ou autostart.

## O que dizem watch on|off|status.

watch-on-systemd = O teste diário das chaves está ligado: um timer do systemd o executa uma vez por dia.
watch-on-autostart = O teste diário das chaves está ligado: ele roda a cada login.
# $files: os arquivos gravados.
watch-installed-files = Instalado: { $files }
watch-off = O teste diário das chaves está desligado. Removido: { $files }
watch-off-already = O teste diário das chaves já estava desligado; nada a remover.
watch-status-on = Ligado: as chaves salvas são testadas todos os dias.
watch-status-off = Desligado: as chaves salvas não são testadas com o app fechado.
# $when: uma data e hora (ISO-8601, UTC).
watch-status-last-run = Última execução: { $when }.
watch-status-never-run = Ainda não rodou.
# $checked: chaves testadas; $found: chaves que precisavam de você.
watch-status-found = Chaves testadas: { $checked }. Precisando de você: { $found }.
watch-notify-unavailable = Não foi possível enviar nenhuma notificação: { $error }
    .fix = O teste em si rodou; os resultados estão acima. As notificações precisam de uma sessão de área de trabalho com um serviço de notificações.

# $path: um arquivo ou pasta; $error: o motivo do sistema.
watch-error-write = Não foi possível gravar ou remover { $path }: { $error }
    .fix = Confira se a sua pasta de configuração ({ -path-config }) é sua e permite gravação, e tente de novo.

## A chave em Minhas chaves (a janela).

watch-switch-label = Testar minhas chaves todos os dias e me avisar quando uma precisar de mim
watch-switch-state-on = Ligado.
watch-switch-state-off = Desligado.
watch-switch-stopped = Ligar ou desligar a verificação diária das chaves parou de forma inesperada.
