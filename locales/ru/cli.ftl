# Командная строка (okx-key-assistant verify / save / list / delete / simulate).
# Не переводятся: имя программы, команды, опции, их значения, переменные окружения
# и заглавные заполнители в справке (LABEL, SITE, N, COMMAND).

## Справка: что выводит --help

cli-usage =
    { -app-name }: безопасный API-ключ OKX для вашего торгового бота — проверенный и сохранённый в хранилище ключей.

    Использование:
      okx-key-assistant                открыть приложение
      okx-key-assistant verify [--site global|eea|us|tr|auto] [--demo] [--json] [--keychain LABEL]
      okx-key-assistant save LABEL [--site global|eea|us|tr|auto] [--demo] [--replace]
      okx-key-assistant list [--json]
      okx-key-assistant delete LABEL
      okx-key-assistant run LABEL [--profile generic|freqtrade|okx-agent] [--verify] [--no-mask] -- COMMAND [ARGS...]
      okx-key-assistant check [LABEL...] [--json]
      okx-key-assistant simulate [--port N] [--site global|eea|us|tr] [--latency-ms N] [--skew-ms N]
      okx-key-assistant COMMAND --help   подробнее об одной команде
      okx-key-assistant --version

    Ключ берётся из переменных окружения OKX_API_KEY, OKX_SECRET_KEY и OKX_PASSPHRASE
    (save читает ещё и стандартный ввод), но никогда из командной строки. Для тестов и тренировки
    сайт можно направить на симулятор через OKX_BASE_URL_GLOBAL, OKX_BASE_URL_EEA, OKX_BASE_URL_US
    или OKX_BASE_URL_TR (только http://127.0.0.1:PORT или http://localhost:PORT).

    Код выхода: 0 — проверено и безопасно (или выполнено); 1 — не удалось; 2 — неверное
    использование или ввод; 3 — проверено, но опасно (ключ может выводить средства).

cli-usage-languages =
    Язык: каждая команда принимает --lang CODE ({ $languages }); без неё язык определяют LC_ALL,
    LC_MESSAGES или LANG, а для любого другого языка используется английский.

cli-verify-usage =
    Использование: okx-key-assistant verify [--site global|eea|us|tr|auto] [--demo] [--json] [--keychain LABEL]

    Проверяет API-ключ OKX подписанными запросами только на чтение (ничего не покупается,
    не продаётся и не перемещается) и выводит отчёт о проверке.

    Ключ берётся из переменных окружения OKX_API_KEY, OKX_SECRET_KEY и OKX_PASSPHRASE
    (никогда из командной строки) или из ключа, сохранённого в системном хранилище ключей, с --keychain.
    Значения очищаются и проверяются так же, как в приложении: лишние пробелы убираются, и об этом сообщается.

    Опции:
      --site SITE        где создан ключ: global (okx.com), eea (my.okx.com),
                         us (app.okx.com) или tr (tr.okx.com, OKX TR). Без неё (или с
                         auto) проверка сама находит сайт ключа и называет его; если сайт
                         указан, ключ другого сайта не проходит, и сообщается, где он работает
      --demo             ключ демо-торговли
      --json             вывести один объект JSON вместо отчёта
      --keychain LABEL   проверить ключ, сохранённый под LABEL (с его сайтом и режимом, если не заданы)
      -h, --help         показать эту справку

    Код выхода: 0 — проверено и безопасно; 1 — проверка не пройдена; 2 — неверное
    использование или ввод; 3 — проверено, но опасно (ключ может выводить средства).

cli-save-usage =
    Использование: okx-key-assistant save LABEL [--site global|eea|us|tr|auto] [--demo] [--replace]

    Проверяет ключ, затем сохраняет его в системном хранилище ключей под LABEL (латинские буквы,
    цифры, '_', '-', '.'; например название, которое вы дали ключу на OKX). Сохраняется только ключ,
    который OKX принимает и который не может выводить средства; сохранённый элемент читается
    обратно, прежде чем считаться сохранённым.

    Ключ берётся из OKX_API_KEY, OKX_SECRET_KEY и OKX_PASSPHRASE, а если ни одна из них не задана, —
    со стандартного ввода: три строки в порядке OKX (API-ключ, секретный ключ, парольная фраза)
    или заметка, env-файл или JSON с подписанными значениями. Никогда из командной строки.

    Опции:
      --site SITE   где создан ключ: global, eea, us или tr. Без неё (или с auto)
                    проверка сама находит сайт ключа, и ключ сохраняется вместе с ним
      --demo        ключ демо-торговли
      --replace     заменить ключ, уже сохранённый под LABEL (старый остаётся, пока новый
                    не будет сохранён и прочитан обратно)
      -h, --help    показать эту справку

    Бот читает сохранённый ключ из хранилища ключей: служба okx-key-assistant, пользователь LABEL,
    секрет — JSON с полями api_key, secret_key, passphrase, site, api_host, demo и saved_at.

    Код выхода: 0 — сохранено; 1 — не сохранено (проверка не пройдена или хранилище ключей
    отказало); 2 — неверное использование или ввод; 3 — не сохранено, потому что ключ может
    выводить средства.

cli-list-usage =
    Использование: okx-key-assistant list [--json]

    Показывает ключи, сохранённые этим приложением в системном хранилище ключей: метку, API-ключ
    (первые 4 и последние 4 символа), сайт, реальный или демо, и когда он сохранён. Ключ, который
    приложение помнит, но которого больше нет в хранилище ключей, помечается «{ cli-list-missing }».

    Опции:
      --json       вывести массив JSON вместо таблицы
      -h, --help   показать эту справку

    Код выхода: 0 — список выведен; 1 — не удалось прочитать хранилище ключей; 2 — неверное использование.

cli-delete-usage =
    Использование: okx-key-assistant delete LABEL

    Удаляет ключ, сохранённый под LABEL, из системного хранилища ключей (и из списка приложения).
    Сам ключ продолжает работать на OKX: удалите его и там, если больше им не пользуетесь.

    Опции:
      -h, --help   показать эту справку

    Код выхода: 0 — удалено; 1 — под LABEL нет сохранённого ключа или хранилище ключей отказало;
    2 — неверное использование.

cli-simulate-usage =
    Использование: okx-key-assistant simulate [--port N] [--site global|eea|us|tr] [--latency-ms N] [--skew-ms N]

    Запускает учебную копию API OKX на этом компьютере (только 127.0.0.1) с учебными ключами
    для каждой ситуации, которую объясняет приложение. Выводит ключи и настройки OKX_BASE_URL_*,
    которые направляют на неё приложение (и verify), затем показывает каждый запрос, пока
    вы не нажмёте Ctrl-C.

    Опции:
      --port N         порт первого сайта (по умолчанию 8085); без --site четыре сайта
                       используют порты с N по N+3 (global, eea, us, tr); 0 — выбрать свободные порты
      --site SITE      запустить только этот сайт на порту N
      --latency-ms N   ждать N миллисекунд перед каждым ответом (по умолчанию 0)
      --skew-ms N      часы симулятора спешат на N миллисекунд (отрицательное — отстают)
      -h, --help       показать эту справку

    Код выхода: 0 — остановлен через Ctrl-C; 1 — не удалось запустить (например, порт занят);
    2 — неверное использование.

# После справки verify и save (и основной справки). Идентификаторы ботов не переводятся.
cli-ready-usage =
    Готовность для вашего бота (verify и save):
      --bot BOT          также проверить, что аккаунт готов для этого бота: web-platform,
                         freqtrade, hummingbot, python-ccxt, python-okx, okx-agent, passivbot
                         или octobot (режим аккаунта, режим позиции, рынок, где лежат деньги).
                         save сохраняет выбор вместе с ключом; check и verify --keychain
                         используют его
      --market MARKET    чем торгует бот: spot (по умолчанию) или swap (бессрочные свопы)

    Код выхода 4: ключ работает и не может выводить средства, но аккаунт ещё не готов для бота
    (в отчёте сказано, что изменить). 1 и 3 важнее, чем 4.

## Ошибки использования: одна строка после "okx-key-assistant: " и перед справкой.

cli-unknown-command = Неизвестная команда (команды: { $commands }).
cli-unknown-flag = Неизвестная опция { $flag }.
cli-unknown-flag-credential = Неизвестная опция { $flag }: данные ключа никогда не читаются из командной строки; вместо этого задайте OKX_API_KEY, OKX_SECRET_KEY и OKX_PASSPHRASE.
cli-unknown-flag-hidden = Неизвестная опция (не показана: в ней может быть секрет).
cli-flag-given-twice = { $flag } указана дважды.
cli-bot-must-be = --bot должна быть одной из: { $bots }.
cli-market-must-be = --market должна быть одной из: { $markets }.
cli-market-needs-bot = --market указывается вместе с --bot: назовите и бота.
cli-flag-takes-no-value = { $flag } не принимает значения.
cli-flag-needs-value = { $flag } требует значения.
cli-no-arguments = Эта команда не принимает других аргументов. Данные ключа никогда не читаются из командной строки: вместо этого задайте OKX_API_KEY, OKX_SECRET_KEY и OKX_PASSPHRASE.
cli-too-many-arguments = Слишком много аргументов (в метке не бывает пробелов). Данные ключа никогда не читаются из командной строки.
cli-site-must-be = --site должна быть одной из: { $sites }.
cli-save-needs-label = save нужна метка LABEL, под которой сохранить ключ.
cli-delete-needs-label = delete нужна метка LABEL ключа, который нужно удалить.
cli-port-must-be = --port должна быть числом от 0 до 65535.
cli-latency-must-be = --latency-ms должна быть целым числом миллисекунд.
cli-latency-too-long = --latency-ms должна быть не больше 60000 (одна минута).
cli-skew-must-be = --skew-ms должна быть целым числом миллисекунд.
cli-skew-too-large = --skew-ms должна быть в пределах одних суток (86400000).
cli-usage-mistake-fix = Запустите команду с --help, чтобы узнать, как ею пользоваться.

## Как выводится проблема

cli-what-to-do = Что делать: { $fix }
cli-note = Примечание: { $note }

## Откуда берётся ключ

cli-env-not-text = В { $var } лежат байты, которые не являются текстом.
    .fix = Задайте { $var } заново, вставив значение точно так, как показал OKX.
cli-env-missing-one = { $var } не задана.
    .fix = { -cli-set-all-three }
cli-env-missing-two = { $first } и { $second } не заданы.
    .fix = { -cli-set-all-three }
-cli-set-all-three = Задайте все три: OKX_API_KEY, OKX_SECRET_KEY и OKX_PASSPHRASE (значения, которые OKX показал при создании ключа).
cli-no-key-given = API-ключ не передан.
    .fix = Задайте OKX_API_KEY, OKX_SECRET_KEY и OKX_PASSPHRASE — значения, которые OKX показал при создании ключа, — или используйте --keychain LABEL для сохранённого ключа.
    .fix-save = Задайте OKX_API_KEY, OKX_SECRET_KEY и OKX_PASSPHRASE или передайте команде три значения через канал (по одному на строку, в этом порядке).
cli-paste-prompt = Вставьте API-ключ, секретный ключ и парольную фразу, по одному на строку, затем нажмите Ctrl-D (в Windows — Ctrl-Z, затем Enter). Вставленное видно на экране; чтобы этого избежать, задайте вместо этого OKX_API_KEY, OKX_SECRET_KEY и OKX_PASSPHRASE.
cli-paste-prompt-hidden = Вставьте API-ключ, секретный ключ и парольную фразу, по одному на строку, затем нажмите Ctrl-D. Вставленное не видно на экране (видны только переводы строк); Ctrl-C отменяет ввод.
cli-stdin-not-text = То, что подано на стандартный ввод, не удалось прочитать как текст.
    .fix = Передайте три значения простым текстом, по одному на строку: API-ключ, секретный ключ, парольная фраза.
cli-stdin-values-found = На стандартном вводе найдено значений: { $found } из трёх.
    .fix = Передайте API-ключ, секретный ключ и парольную фразу по одному на строку в этом порядке (или с подписями, например "API key: ...").
cli-env-ignored-for-saved-key = Примечание: проверяется ключ, сохранённый как "{ $label }"; OKX_API_KEY, OKX_SECRET_KEY и OKX_PASSPHRASE не учитываются.
# $vars: the settings that are set, e.g. “OKX_BASE_URL_GLOBAL=http://127.0.0.1:8085, OKX_BASE_URL_EEA=http://127.0.0.1:8086”
cli-override-note = Примечание: включены учебные настройки ({ $vars }): запросы к этим сайтам идут на учебный сервер на этом компьютере, а не на { -okx }. Ключи, сохранённые с { -okx }, туда никогда не отправляются.
cli-no-data-dir = Не удалось найти папку данных, поэтому список сохранённых ключей вести нельзя.
    .fix = Убедитесь, что задана HOME (или XDG_DATA_HOME в Linux), затем снова запустите команду.

## verify: что выводится во время проверки

cli-progress-reach = Проверяем, что OKX отвечает...
cli-progress-clock = Проверяем часы...
cli-progress-auth = Проверяем ключ подписанными запросами только на чтение...
cli-progress-other = Проверяем...

## save

cli-already-saved = Под меткой "{ $label }" уже сохранён ключ: ключ { $key }, сохранённый { $saved_at }.
    .fix = { -cli-replace-or-rename }
cli-already-saved-foreign = Под меткой "{ $label }" уже что-то сохранено: элемент, записанный не этим приложением.
    .fix = { -cli-replace-or-rename }
-cli-replace-or-rename = Добавьте --replace, чтобы записать новый ключ на его место (старый останется, пока новый не будет сохранён и прочитан обратно), или выберите другую метку.
cli-saved = { $replaced ->
        [yes] Сохранено в { $backend } (служба "{ $service }", пользователь "{ $user }"), вместо ранее сохранённого ключа.
       *[no] Сохранено в { $backend } (служба "{ $service }", пользователь "{ $user }").
    }
cli-python-snippet-intro = Как бот на Python читает его (pip install keyring):

## list и delete

cli-list-column-label = МЕТКА
cli-list-column-api-key = API-КЛЮЧ
cli-list-column-site = САЙТ
cli-list-column-mode = РЕЖИМ
cli-list-column-saved-at = СОХРАНЁН
cli-list-mode-live = реальный
cli-list-mode-demo = демо
cli-list-missing = нет в хранилище ключей
cli-list-empty = Сохранённых ключей пока нет. Сохраните ключ командой: okx-key-assistant save LABEL
cli-deleted = Ключ, сохранённый как "{ $label }", удалён из хранилища ключей. На OKX он продолжит работать, пока вы не удалите его там.

## Ошибки в самой командной строке

cli-internal-runtime = Команде не удалось запустить фоновую работу ({ $error }).
cli-internal-json = Не удалось записать результат в JSON ({ $error }).

# `okx-key-assistant` with no subcommand could not start the window's program.
cli-window-missing = Не удалось открыть окно: { $program } отсутствует или не запускается ({ $error }).
cli-command-line-missing = Не удалось выполнить команду: { $program } отсутствует или не запускается ({ $error }).
    .fix = Переустановите { -app-name }. Команды (verify, save, list, delete, run, check) работают и без окна.
