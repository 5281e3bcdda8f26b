# Отчёт о проверке: простой текст, который пользователь копирует, сохраняет или видит в выводе
# `okx-key-assistant verify`; его безопасно вставлять куда угодно (например, в службу поддержки).
# Заголовки и подписи полей — в одну строку и коротко (подпись — до 14 символов).
# Кавычки — прямые (").

## Заголовок и результат вверху

report-title = { -app-name } — отчёт о проверке

report-result-verified = РЕЗУЛЬТАТ: ПРОВЕРЕНО. { -okx } принял этот ключ. Ключ { $abilities } и не может выводить средства.
report-result-not-ready =
    РЕЗУЛЬТАТ: ПРОВЕРЕНО, НО ДЛЯ БОТА НЕ ГОТОВО. { -okx } принял этот ключ, и он не может выводить
    средства, но: { $reasons }. См. проблемы ниже.
report-result-unsafe =
    РЕЗУЛЬТАТ: ОПАСНО — ЭТОТ КЛЮЧ МОЖЕТ ВЫВОДИТЬ СРЕДСТВА. { -okx } принял этот ключ, и у него есть
    разрешение на вывод средств: тот, у кого он окажется, сможет вывести ваши деньги с { -okx }.
    Не давайте его боту. См. "{ report-heading-next }".
report-result-unconfirmed =
    РЕЗУЛЬТАТ: БЕЗОПАСНОСТЬ НЕ ПОДТВЕРЖДЕНА. { -okx } принял этот ключ, но проверка не смогла
    увидеть, может ли он выводить средства. Проверьте его снова, прежде чем давать боту.
report-result-not-verified =
    РЕЗУЛЬТАТ: НЕ ПРОВЕРЕНО. Ключ не прошёл проверку: { $reasons }. Каждая проблема и способ
    её устранить перечислены ниже.
report-result-practice =
    { $result } УЧЕБНЫЙ ЗАПУСК: эта проверка связывалась с симулятором приложения на этом
    компьютере, а не с { -okx }, поэтому о настоящем ключе она ничего не говорит.
report-reasons-unknown-not-ready = см. ниже
report-reasons-unknown-not-verified = проверка не завершилась

## Что может ключ

report-abilities-read-trade = может читать и торговать
report-abilities-read-only = может читать, но не торговать
report-abilities-trade-only = может торговать, но не читать
report-abilities-neither = не может ни читать, ни торговать
report-abilities-unknown = с неизвестными разрешениями

## Короткие причины

report-reason-wrong-passphrase = неверная парольная фраза
report-reason-wrong-secret = неверный секретный ключ
report-reason-unknown-key = { -okx } не знает этот API-ключ
report-reason-wrong-site = ключ относится к другому сайту { -okx }
report-reason-demo-mismatch = перепутаны реальный и демо-режим
report-reason-clock-skew = часы этого компьютера отличаются
report-reason-ip-not-allowed = IP-адрес этого компьютера не разрешён для ключа
report-reason-region-restricted = { -okx } недоступен в этом регионе
report-reason-key-frozen = ключ заморожен
report-reason-missing-read = у ключа нет разрешения "Чтение"
report-reason-missing-trade = у ключа нет разрешения "Торговля"
report-reason-withdraw-enabled = ключ может выводить средства
report-reason-no-ip-binding = ключ не привязан к IP-адресу
report-reason-rate-limited = { -okx } попросил снизить частоту запросов
report-reason-okx-unavailable = { -okx } недоступен
report-reason-network-error = не удалось связаться с { -okx }
report-reason-timeout = { -okx } не ответил вовремя
report-reason-unexpected-response = { -okx } дал ответ, который приложение не поняло
report-reason-malformed-input = вставленное значение в неверном виде
report-reason-invalid-setting = настройка приложения отклонена
report-reason-keychain-unavailable = нет доступного хранилища ключей
report-reason-keychain-locked = хранилище ключей заблокировано
report-reason-keychain-denied = хранилище ключей отказало в доступе
report-reason-keychain-mismatch = хранилище ключей вернуло не то, что было записано
report-reason-not-found = под этой меткой нет сохранённого ключа
report-reason-already-exists = ключ с этой меткой уже сохранён
report-reason-not-allowed = не разрешено
report-reason-storage = не удалось прочитать или записать файлы приложения
report-reason-browser-unavailable = не удалось открыть веб-браузер
report-reason-internal = ошибка в приложении

report-reasons-two = { $first }; { $second }
report-reasons-more = { $first }; { $second } (и ещё { $more })

## Итог в одну строку (заголовок в окне)

report-summary-verified = Проверено: безопасно, ключ { $abilities }, без вывода средств
report-summary-verified-but = Проверено: безопасно, ключ { $abilities }, без вывода средств; но { $reasons }
report-summary-unsafe = Опасно: этот ключ может выводить средства
report-summary-unconfirmed = Безопасность не подтверждена: не удалось проверить разрешение на вывод средств
report-summary-not-verified = Не проверено: { $reasons }
report-summary-not-finished = Не проверено: проверка не завершилась
report-summary-practice = { $summary } (учебный запуск на симуляторе, не { -okx })

## Заголовки разделов (в одну строку)

report-heading-when = Когда
report-heading-key = Ключ
report-heading-found = Что нашла проверка
report-heading-checks = Проверки
report-heading-problems = Проблемы и предупреждения
report-heading-ready = Готовность для вашего бота
report-heading-saved = Сохранение
report-heading-rules = Золотые правила
report-heading-confirmed = Что вы подтвердили
report-heading-next = Что делать дальше
report-heading-risk = Риски

## Подписи полей (коротко; двоеточие добавляет приложение)

report-field-tested = Проверен
report-field-made = Отчёт создан
report-field-app = Приложение
report-field-site = Сайт
report-field-host = Хост API
report-field-mode = Режим
report-field-label = Метка
report-field-api-key = API-ключ
report-field-account = Аккаунт
report-field-read = Чтение
report-field-trade = Торговля
report-field-withdraw = Вывод средств
report-field-permissions = Разрешения
report-field-ip = Привязка к IP
report-field-balance = Баланс
report-field-clock = Часы
report-field-pasted = Вставлено
report-field-saved-in = Где сохранён
report-field-service = Служба
report-field-user = Пользователь
report-field-saved-at = Когда сохранён

## Когда

report-time-utc = { $time } UTC
report-time-local = { $time } по местному времени (UTC{ $offset })
report-time-unknown = неизвестно
report-time-as-recorded = { $time } (как записано)
report-app-version = { -app-name } { $version }

## Ключ

report-site-detected = { $site } (найден проверкой: ключ относится к этому сайту)
report-mode-demo = Демо-торговля (учебные деньги, не настоящие средства)
report-mode-live = Реальная торговля (настоящие средства)
report-label-none = (нет)
report-api-key-shortened = { $key } (только первые 4 и последние 4 символа)
report-api-key-not-shown = (не показан)
report-account-main = основной аккаунт
report-account-sub = субаккаунт
report-account-with-mode = { $account }, режим: { $mode }

## Что нашла проверка

report-perm-yes = да
report-read-missing = НЕТ — боту это нужно, чтобы видеть аккаунт
report-trade-missing = НЕТ — боту это нужно, чтобы выставлять ордера
report-withdraw-on = ВКЛЮЧЁН — ОПАСНО
report-withdraw-danger = !! ОПАСНО: этот ключ может вывести ваши средства с { -okx }. Не используйте его с ботом.
report-withdraw-off = выключен (безопасно): через этот ключ средства не могут уйти с { -okx }
report-not-known = неизвестно
report-not-checked = не проверено (проверка остановилась раньше)
report-ip-bound = привязан к { $addresses }
report-ip-none-demo = нет (для демо-ключа это нормально: { -okx } не удаляет неиспользуемые демо-ключи)
report-ip-none-live = нет. Внимание: { -report-idle-deletion }
-report-idle-deletion =
    { -okx } удаляет ключ, который может торговать и не привязан к IP-адресу, после 14 дней
    без использования.
report-balance =
    { $count ->
        [0] читается: общий капитал { $total } USD; ни в одной валюте нет баланса
        [one] читается: общий капитал { $total } USD, в { $count } валюте: { $currencies }
        [few] читается: общий капитал { $total } USD, в { $count } валютах: { $currencies }
        [many] читается: общий капитал { $total } USD, в { $count } валютах: { $currencies }
       *[other] читается: общий капитал { $total } USD, в { $count } валютах: { $currencies }
    }
report-balance-not-read = не прочитан (см. проблемы ниже)
report-clock = часы этого компьютера { $skew } ({ $verdict })
report-clock-fine = нормально
report-clock-warning = предупреждение: см. ниже
report-clock-too-far = слишком сильно: { -okx } такое отклоняет
report-clock-not-measured = не измерено
report-list-more = { $list } и ещё { $more }
report-list-separator = {", "}

## Что было убрано из вставленных значений


## Проверки (метки в скобках — коротко)

report-mark-pass = ок
report-mark-warning = вним.
report-mark-fail = ОШИБКА
report-mark-skipped = пропуск
report-check-line = { $title }: { $detail }

## Проблемы и предупреждения

report-problems-none = Нет.
report-tag-danger = ОПАСНО
report-tag-problem = Проблема
report-tag-warning = Предупреждение
report-tag-info = Примечание
report-problem = { $tag }: { $message }
report-problem-with-code = { $tag }: { $message } (код { -okx } { $code })
report-what-to-do = Что делать:

## Проблемы, которые отчёт добавляет сам

report-problem-withdraw = У этого ключа есть разрешение на вывод средств: тот, у кого он окажется, сможет вывести ваши деньги с { -okx }.
    .fix = Не давайте его боту. Удалите его на { $page } (или измените и выключите вывод средств), затем проверьте снова.
report-problem-no-read = Ключ не может читать ваш аккаунт, поэтому бот не увидит баланс и ордера.
    .fix = Измените ключ на { $page }, включите "Чтение", затем проверьте снова.
report-problem-no-trade = Ключ не может торговать, поэтому бот не сможет выставлять ордера.
    .fix = Измените ключ на { $page }, включите "Торговля", затем проверьте снова.
report-problem-no-ip = Ключ не привязан к IP-адресу. { -report-idle-deletion }
    .fix =
        Если бот работает на сервере с постоянным IP-адресом, добавьте этот адрес к ключу на
        { $page }. Иначе следите, чтобы бот пользовался ключом хотя бы раз в 14 дней.
report-problem-clock-warning =
    Часы этого компьютера { $skew }. { -okx } отклоняет запросы, время которых отличается больше
    чем на 30 секунд, поэтому запросы могут начать отклоняться.
    .fix = { -report-clock-fix }
report-problem-clock-refused =
    Часы этого компьютера { $skew }. { -okx } отклоняет запросы, время которых отличается больше
    чем на 30 секунд.
    .fix = { -report-clock-fix }
-report-clock-fix =
    Включите автоматическую установку даты и времени (и правильный часовой пояс) в настройках
    системы, затем проверьте снова.

## Сохранение

report-saved-user = { $user } (метка ключа)
report-saved-replaced = Он заменил ключ, сохранённый ранее под той же меткой.
report-saved-python = Бот на Python может прочитать его так: { $code }.
report-not-saved = Не сохранён в системном хранилище ключей.
report-not-saved-unsafe = Не сохранён: приложение сохраняет только проверенный ключ, который не может выводить средства.

## Золотые правила (также показываются в окне перед шагом 1: правило, затем почему)

report-rule-withdraw = Никогда не включайте вывод средств.
    .why =
        Боту нужно только читать и торговать. Когда вывод выключен, через этот ключ деньги не
        могут уйти с вашего аккаунта { -okx }, что бы с ключом ни случилось.
report-rule-share = Никому не передавайте три значения ключа.
    .why =
        API-ключ, секретный ключ и парольная фраза хранятся в боте и в менеджере паролей — и
        больше нигде. Сотрудники { -okx } никогда их не попросят.
report-rule-one-bot = Один ключ — один бот.
    .why = Если один бот остановлен или взломан, вы удаляете его ключ, а остальные продолжают работать.
report-rule-passphrase = Храните парольную фразу в менеджере паролей.
    .why =
        { -okx } не может показать её снова или сбросить. Если она потеряется, ключ придётся
        удалить и создать заново.

## Что пользователь подтвердил в окне

report-confirm-legend = { $yes } подтверждено   { $no } не подтверждено   { $unasked } не спрашивалось
report-confirm-not-confirmed = { $item } (не подтверждено)
report-confirm-not-asked = { $item } (не спрашивалось)
report-confirm-nothing-asked =
    Ничего не спрашивалось (отчёт создан не в окне). Проверьте это сами:
report-confirm-rules = Вы прочитали эти правила и будете их соблюдать.
report-confirm-withdraw =
    { $test ->
        [on] Вывод средств (и перевод) не включены при создании ключа. Проверка нашла: вывод средств ВКЛЮЧЁН.
        [off] Вывод средств (и перевод) не включены при создании ключа. Проверка подтверждает: вывод средств выключен.
       *[unknown] Вывод средств (и перевод) не включены при создании ключа.
    }
report-confirm-password-manager = API-ключ, секретный ключ и парольная фраза сохранены в вашем менеджере паролей.
report-confirm-one-bot = Этим ключом пользуется только один бот.
report-confirm-after = После подключения бота:
report-confirm-balance = Панель бота показывает ваш баланс на { -okx }.
report-confirm-connected = Бот показывает "Подключено" или "Активен".
report-confirm-no-errors = На панели бота нет сообщений об ошибках.
report-confirm-last-used = На странице API { -okx } у этого ключа недавнее время последнего использования ("Last used").
report-confirm-no-suspicious = На странице API { -okx } нет неожиданного или подозрительного доступа.

## Что делать дальше ($page: страница управления API OKX, веб-адрес)

report-next-fix-then-test = Устраните перечисленные выше проблемы, затем проверьте ключ снова.
report-next-paste-saved =
    Передайте боту три значения: API-ключ, секретный ключ, парольную фразу. Они есть в вашем
    менеджере паролей и в системном хранилище ключей (служба "{ $service }", пользователь
    "{ $user }"). Вставляйте их, а не вводите вручную.
report-next-paste =
    Передайте боту три значения: API-ключ, секретный ключ, парольную фразу. Скопируйте их из
    менеджера паролей и вставьте; не вводите вручную.
report-next-last-used =
    Когда бот поработает, откройте { $page } и проверьте, что у этого ключа недавнее время
    последнего использования ("Last used").
report-next-idle =
    Следите, чтобы бот пользовался ключом хотя бы раз в 14 дней, или привяжите ключ к IP-адресу
    бота на { $page }: { -okx } удаляет непривязанные ключи, которыми не пользуются.
report-next-leaked =
    Если вы останавливаете бота или думаете, что какое-то значение утекло, удалите ключ на
    { $page }. Ваши средства останутся на месте.
report-next-unsafe-keep = Не давайте этот ключ боту и никуда его не вставляйте.
report-next-unsafe-delete =
    Откройте { $page } и удалите этот ключ. (Можно вместо этого изменить его и выключить вывод
    средств, но новый ключ — самый безопасный выбор.)
report-next-unsafe-remove = Удалите сохранённую копию: { $command } (или кнопкой "Удалить" в приложении).
report-next-unsafe-new = Создайте новый ключ, включив только "Чтение" и "Торговля", и проверьте его здесь.
report-next-unconfirmed-test = Проверьте ключ снова: приложение должно увидеть, что вывод средств выключен.
report-next-unconfirmed-check = Можно также проверить на { $page }, что у этого ключа выключен вывод средств.
report-next-fix-each = Устраните перечисленные выше проблемы; для каждой сказано, что делать.
report-next-test-again = Проверьте ключ снова.
report-next-lost =
    Если вы потеряли секретный ключ или парольную фразу, удалите ключ на { $page } и создайте
    новый: { -okx } не может показать ни то, ни другое снова.

## Риски и заключительная строка о секретах

report-disclaimer =
    Торговля криптовалютой несёт реальный риск потерять деньги, возможно все, и бот может как
    заработать, так и потерять. Прошлые результаты любого бота ничего не обещают на будущее.
    Держите вывод средств выключенным на каждом ключе, которым пользуется бот, и торгуйте только
    теми деньгами, которые можете позволить себе потерять. Этот отчёт описывает настройку ключа;
    это не финансовый совет.
report-no-secrets =
    В этом отчёте нет секретного ключа, нет парольной фразы и есть только первые 4 и последние 4
    символа API-ключа, поэтому им безопасно делиться, например со службой поддержки.
