# «Подключите бота»: шаги, названия и предупреждения рецепта для каждого бота (ядро собирает их
# по сайту и режиму одного сохранённого ключа; показываются в панели окна «Подключите бота»).
# Не переводятся: названия продуктов (Freqtrade, Hummingbot, ccxt, python-okx,
# BitcoinEra, 3Commas), код (connect okx, set_sandbox_mode, exchange.name, config.json),
# переменные окружения заглавными буквами и номера ошибок OKX (50119, 50105, 50101, 50110).
# $site — сайт, например my.okx.com; $name, $sub и $packages — код, не переводятся.

# Commands and paths (-cmd-run, …) are terms defined in commands.ftl.

## Названия значений, показанных с кнопкой «Копировать»

bot-value-site = Сайт, на котором вы входите
bot-value-api-host = Хост API
bot-value-exchange-name = Название биржи (exchange.name)
bot-value-env-key = Переменная окружения для API-ключа
bot-value-env-secret = Переменная окружения для секретного ключа
bot-value-env-password = Переменная окружения для парольной фразы (в Freqtrade она называется «password»)
bot-value-env-passphrase = Переменная окружения для парольной фразы
bot-value-sub-domain = Поддомен (okx_registration_sub_domain)
bot-value-ccxt-class = Класс ccxt
bot-value-hostname = Параметр hostname в ccxt
bot-value-sandbox = Переключатель демо-торговли
bot-value-domain = domain в python-okx
bot-value-flag = flag в python-okx (1 — демо-торговля, 0 — реальная)
bot-value-env-site = Сайт — для kit
bot-value-env-demo = Режим торговли — для kit
bot-value-env-base-url = Адрес API — для kit

## Подписи к блокам кода

bot-code-config = Раздел биржи в config.json для Freqtrade (секретов в нём нет)
bot-code-run = Запустите его с ключом из хранилища ключей
bot-code-docker = Или в Docker (Docker копирует три переменные из run в контейнер; значения нигде не вводятся)
bot-code-hummingbot = Введите это в Hummingbot
bot-code-keyring = Программа, которая читает ключ из хранилища ключей
bot-code-env = Та же программа, которая получает ключ от { -cmd-run }
bot-code-install = Установите kit
bot-code-mcp = Для ИИ-приложения (Claude, Cursor и других): настройки его MCP-сервера

## Веб-платформа (BitcoinEra, 3Commas и подобные)

bot-web-step-open = На платформе откройте страницу, где добавляется биржа (часто она называется «Биржи», «API-ключи» или «Подключить биржу»; на английском — «Exchanges», «API keys» или «Connect exchange»).
bot-web-step-exchange-global = Выберите { -okx }. Если платформа спрашивает регион или сайт, выберите глобальный ({ $site }).
bot-web-step-exchange-eea = Выберите вариант { -okx } для Европы ({ $site }; он может называться «{ -okx } EEA» или «MyOKX»). Простой «{ -okx }» отправит ваш ключ на www.okx.com, где его нет.
bot-web-step-exchange-us = Выберите «{ -okx } US» ({ $site }). Простой «{ -okx }» отправит ваш ключ на www.okx.com, где его нет.
bot-web-step-exchange-tr = Выберите «{ -okx } TR» ({ $site }). Если на платформе нет { -okx } TR, она не сможет пользоваться этим ключом.
bot-web-step-mode-demo = Это ключ демо-торговли: выберите на платформе демо- или бумажную торговлю с демо-торговлей { -okx }, если она есть.
bot-web-step-mode-live = Это ключ для реальной торговли: выберите реальную торговлю, а не демо-режим платформы.
bot-web-step-values = Вставьте три значения в таком порядке, каждое — своей кнопкой «Копировать» ниже: API-ключ, секретный ключ, затем парольную фразу.
bot-web-step-ip = Если платформа перечисляет IP-адреса, которые нужно разрешить, добавьте их к этому ключу на странице API { -okx } ({ $site }).
bot-web-step-check = Нажмите на платформе кнопку, которая проверяет или сохраняет подключение: должен появиться ваш баланс или «Подключено» («Connected»).

## Что показывает проверка, если что-то не так (веб-платформы, Hummingbot)

bot-check-50119 = «API key doesn't exist» (50119): платформа отправила ключ на другой сайт { -okx }. Выберите вариант для { $site }.
bot-check-50105 = «Wrong passphrase» (50105): вставьте парольную фразу, которую вы придумали для этого API-ключа, а не пароль для входа в { -okx }.
bot-check-50101-demo = «APIKey does not match current environment» (50101): платформа работает в режиме реальной торговли, а этот ключ — для демо-торговли.
bot-check-50101-live = «APIKey does not match current environment» (50101): платформа работает в режиме демо-торговли, а этот ключ — для реальной торговли.
bot-check-50110 = «Your IP is not included in your API key's IP whitelist» (50110): добавьте IP-адреса платформы к ключу на { -okx } или уберите у ключа список IP-адресов.

## Freqtrade

bot-freqtrade-step-config = Вставьте этот раздел биржи в свой config.json: название — { $name }, а key, secret и password остаются пустыми.
bot-freqtrade-step-run = Запустите Freqtrade строкой ниже. Она передаёт ключ в переменные окружения, которые читает Freqtrade, только на этот запуск, так что ключ никогда не попадает в файл.
bot-freqtrade-step-password = «password» в Freqtrade — это парольная фраза API, а не пароль для входа в { -okx }.
bot-freqtrade-no-tr = В Freqtrade ничего нет для { -okx } TR ({ $site }): его биржи okx, myokx и okxus работают с другими сайтами { -okx }, где этого ключа нет (50119).
bot-freqtrade-us-spot = Для { -okx } US биржа в Freqtrade — okxus, и она торгует только на споте: без фьючерсов.
bot-freqtrade-demo = Это ключ демо-торговли. Dry run в Freqtrade — это его собственная имитация торговли; ключ демо-торговли работает, только когда в запросах есть демо-заголовок { -okx } (x-simulated-trading: 1).

## Hummingbot

bot-hummingbot-step-connect = В Hummingbot введите connect okx.
bot-hummingbot-step-values = Когда он спросит API-ключ, секретный ключ и парольную фразу, вставьте каждое значение его кнопкой «Копировать» ниже.
bot-hummingbot-step-sub-domain = Когда он спросит поддомен, на котором вы зарегистрированы, ответьте { $sub } (вы входите на { $site }).
bot-hummingbot-step-check = Затем Hummingbot проверяет ключ: «You are now connected to okx» означает, что всё работает.
bot-hummingbot-no-tr = В Hummingbot ничего нет для { -okx } TR ({ $site }): его поддомены www, my и app — это другие сайты { -okx }, где этого ключа нет (50119).
bot-hummingbot-demo = Это ключ демо-торговли, а коннектор { -okx } в Hummingbot торгует по-настоящему: он ответит 50101. Используйте ключ для реальной торговли или собственную бумажную торговлю Hummingbot.

## Python (ccxt и python-okx)

bot-python-step-install = Установите пакеты: { -cmd-pip-install } { $packages } (в Linux ещё { -cmd-secretstorage }).
bot-python-step-keyring = Первая программа читает ключ из хранилища ключей, куда его сохранило это приложение; ключ никогда не попадает ни в ваш код, ни в файл.
bot-python-step-env = Или пусть { -cmd-run } передаст ключ второй программе на один запуск, в её окружении.
bot-ccxt-step-password = В ccxt парольная фраза API называется «password»: именно туда идёт парольная фраза, а не пароль для входа в { -okx }.
bot-python-okx-step-flag = flag в python-okx выбирает режим торговли: «1» — демо-торговля, «0» — реальная; при неверном значении придёт ответ 50101. Его domain должен быть доменом вашего сайта, иначе { -okx } ответит 50119.

## agent trade kit от OKX

bot-agent-step-install = Установите agent trade kit от { -okx } (нужен Node.js 18 или новее).
bot-agent-step-run = Запускайте его через { -cmd-run }: kit читает ключ, сайт и режим торговли из окружения, поэтому { -cmd-okx-config } ему не нужен.
bot-agent-step-mcp = Для ИИ-приложения добавьте настройки ниже в его список MCP-серверов: тогда приложение будет запускать kit через { -cmd-run }.
bot-agent-tr = Старые версии agent trade kit от { -okx } знают только сайты global, eea и us; OKX_SITE задана как tr, а OKX_API_BASE_URL указывает на tr.okx.com.

## Окно попросило скопировать простым текстом что-то похожее на секрет

bot-copy-refused = Это похоже на секрет, поэтому оно не скопировано простым текстом.
    .fix = Пользуйтесь кнопками «Копировать» у API-ключа, секретного ключа и парольной фразы: они не пускают значение в историю буфера обмена и очищают его через 30 секунд.

## Passivbot
bot-value-user = Имя записи (user в конфиге Passivbot)
bot-passivbot-step-file = В папке Passivbot откройте api-keys.json (если его нет, скопируйте api-keys.json.example в api-keys.json).
bot-passivbot-step-entry = Добавьте запись, показанную ниже, с именем «{ $user }» внутрь внешних фигурных скобок файла.
bot-passivbot-step-values = Заполните key, secret и passphrase, каждое — своей кнопкой «Копировать» ниже: API-ключ, секретный ключ, затем парольную фразу.
bot-passivbot-step-private = Теперь в этом файле лежит ваш секретный ключ: держите его только на этом компьютере, доступным для чтения только вам, и никому его не отправляйте и никуда не загружайте.
bot-passivbot-step-config = В конфиге Passivbot укажите user «{ $user }», затем запустите Passivbot.
bot-passivbot-code-entry = Запись для api-keys.json (три значения здесь пустые: вставьте их кнопками «Копировать»)
bot-passivbot-warn-hedge = Passivbot торгует бессрочными свопами в режиме позиции «Лонг/шорт». Включите его на { -okx } до запуска бота; проверка ниже покажет, включён ли он.
bot-passivbot-warn-site = Passivbot подключается к www.okx.com. Этот ключ принадлежит { $site }: перед запуском проверьте в документации Passivbot, как работать с вашим сайтом.

## OctoBot
bot-octobot-step-open = Откройте веб-интерфейс OctoBot и перейдите в Accounts, затем Exchanges.
bot-octobot-step-exchange = Добавьте { -okx } как биржу. Ключ принадлежит { $site }: если OctoBot предлагает несколько вариантов { -okx }, выберите подходящий.
bot-octobot-step-values = Вставьте три значения кнопками «Копировать» ниже: API key (API-ключ), API secret (секретный ключ), затем password (парольная фраза).
bot-octobot-step-demo = Это ключ демо-торговли: включите в OctoBot режим sandbox для { -okx }, если в вашей версии он есть.
bot-octobot-step-restart = Сохраните и перезапустите OctoBot, чтобы он подключился с новым ключом.
bot-octobot-warn-net = Для бессрочных свопов OctoBot использует режим позиции «Покупка/продажа» (односторонний). Если аккаунт в режиме «Лонг/шорт», сначала переключите его на { -okx }; проверка ниже это покажет.
