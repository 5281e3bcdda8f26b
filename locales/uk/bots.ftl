# «Підключіть бота»: кроки, назви й застереження рецепта для кожного бота (ядро складає їх
# за сайтом і режимом одного збереженого ключа; показуються в панелі вікна «Підключіть бота»).
# Не перекладаються: назви продуктів (Freqtrade, Hummingbot, ccxt, python-okx,
# BitcoinEra, 3Commas), код (connect okx, set_sandbox_mode, exchange.name, config.json),
# змінні середовища великими літерами і номери помилок OKX (50119, 50105, 50101, 50110).
# $site — сайт, напр. my.okx.com; $name, $sub і $packages — код, не перекладаються.

# Commands and paths (-cmd-run, …) are terms defined in commands.ftl.

## Назви значень, показаних із кнопкою «Копіювати»

bot-value-site = Сайт, на якому ви входите
bot-value-api-host = Хост API
bot-value-exchange-name = Назва біржі (exchange.name)
bot-value-env-key = Змінна середовища для API-ключа
bot-value-env-secret = Змінна середовища для секретного ключа
bot-value-env-password = Змінна середовища для парольної фрази (у Freqtrade вона називається «password»)
bot-value-env-passphrase = Змінна середовища для парольної фрази
bot-value-sub-domain = Піддомен (okx_registration_sub_domain)
bot-value-ccxt-class = Клас ccxt
bot-value-hostname = Параметр hostname у ccxt
bot-value-sandbox = Перемикач демо-торгівлі
bot-value-domain = domain у python-okx
bot-value-flag = flag у python-okx (1 — демо-торгівля, 0 — реальна)
bot-value-env-site = Сайт — для kit
bot-value-env-demo = Режим торгівлі — для kit
bot-value-env-base-url = Адреса API — для kit

## Підписи до блоків коду

bot-code-config = Розділ біржі в config.json для Freqtrade (секретів у ньому немає)
bot-code-run = Запустіть його з ключем зі сховища ключів
bot-code-docker = Або в Docker (Docker копіює три змінні з run у контейнер; значення ніде не вводяться)
bot-code-hummingbot = Введіть це в Hummingbot
bot-code-keyring = Програма, яка читає ключ зі сховища ключів
bot-code-env = Та сама програма, яка отримує ключ від { -cmd-run }
bot-code-install = Установіть kit
bot-code-mcp = Для ШІ-застосунку (Claude, Cursor та інших): налаштування його MCP-сервера

## Вебплатформа (BitcoinEra, 3Commas і подібні)

bot-web-step-open = На платформі відкрийте сторінку, де додається біржа (часто вона називається «Біржі», «API-ключі» або «Підключити біржу»; англійською — «Exchanges», «API keys» або «Connect exchange»).
bot-web-step-exchange-global = Виберіть { -okx }. Якщо платформа питає регіон або сайт, виберіть глобальний ({ $site }).
bot-web-step-exchange-eea = Виберіть варіант { -okx } для Європи ({ $site }; він може називатися «{ -okx } EEA» або «MyOKX»). Звичайний «{ -okx }» надішле ваш ключ на www.okx.com, де його немає.
bot-web-step-exchange-us = Виберіть «{ -okx } US» ({ $site }). Звичайний «{ -okx }» надішле ваш ключ на www.okx.com, де його немає.
bot-web-step-exchange-tr = Виберіть «{ -okx } TR» ({ $site }). Якщо на платформі немає { -okx } TR, вона не зможе користуватися цим ключем.
bot-web-step-mode-demo = Це ключ для демо-торгівлі: виберіть на платформі демо- або паперову торгівлю з демо-торгівлею { -okx }, якщо вона є.
bot-web-step-mode-live = Це ключ для реальної торгівлі: виберіть реальну торгівлю, а не демо-режим платформи.
bot-web-step-values = Вставте три значення в такому порядку, кожне — його кнопкою «Копіювати» нижче: API-ключ, секретний ключ, потім парольну фразу.
bot-web-step-ip = Якщо платформа наводить IP-адреси, які треба дозволити, додайте їх до цього ключа на сторінці API { -okx } ({ $site }).
bot-web-step-check = Натисніть на платформі кнопку, яка перевіряє або зберігає підключення: має з'явитися ваш баланс або «Підключено» ("Connected").

## Що показує перевірка, коли щось не так (вебплатформи, Hummingbot)

bot-check-50119 = «API key doesn't exist» (50119): платформа надіслала ключ на інший сайт { -okx }. Виберіть варіант для { $site }.
bot-check-50105 = «Wrong passphrase» (50105): вставте парольну фразу, яку ви створили для цього API-ключа, а не пароль для входу в { -okx }.
bot-check-50101-demo = «APIKey does not match current environment» (50101): платформа працює в режимі реальної торгівлі, а цей ключ — для демо-торгівлі.
bot-check-50101-live = «APIKey does not match current environment» (50101): платформа працює в режимі демо-торгівлі, а цей ключ — для реальної торгівлі.
bot-check-50110 = «Your IP is not included in your API key's IP whitelist» (50110): додайте IP-адреси платформи до ключа на { -okx } або приберіть у ключа список IP-адрес.

## Freqtrade

bot-freqtrade-step-config = Вставте цей розділ біржі у свій config.json: назва — { $name }, а key, secret і password залишаються порожніми.
bot-freqtrade-step-run = Запустіть Freqtrade рядком нижче. Він передає ключ у змінні середовища, які читає Freqtrade, лише на цей запуск, тож ключ ніколи не потрапляє у файл.
bot-freqtrade-step-password = «password» у Freqtrade — це парольна фраза API, а не пароль для входу в { -okx }.
bot-freqtrade-no-tr = У Freqtrade немає нічого для { -okx } TR ({ $site }): його біржі okx, myokx і okxus працюють з іншими сайтами { -okx }, де цього ключа немає (50119).
bot-freqtrade-us-spot = Для { -okx } US біржа у Freqtrade — okxus, і вона торгує лише на споті: без ф'ючерсів.
bot-freqtrade-demo = Це ключ для демо-торгівлі. Dry run у Freqtrade — це його власна імітація торгівлі; ключ для демо-торгівлі працює, лише коли запити містять демо-заголовок { -okx } (x-simulated-trading: 1).

## Hummingbot

bot-hummingbot-step-connect = У Hummingbot введіть connect okx.
bot-hummingbot-step-values = Коли він запитає API-ключ, секретний ключ і парольну фразу, вставте кожне значення його кнопкою «Копіювати» нижче.
bot-hummingbot-step-sub-domain = Коли він запитає піддомен, на якому ви зареєстровані, відповідайте { $sub } (ви входите на { $site }).
bot-hummingbot-step-check = Потім Hummingbot перевіряє ключ: «You are now connected to okx» означає, що все працює.
bot-hummingbot-no-tr = У Hummingbot немає нічого для { -okx } TR ({ $site }): його піддомени www, my і app — це інші сайти { -okx }, де цього ключа немає (50119).
bot-hummingbot-demo = Це ключ для демо-торгівлі, а конектор { -okx } у Hummingbot торгує по-справжньому: він відповість 50101. Використайте ключ для реальної торгівлі або власну паперову торгівлю Hummingbot.

## Python (ccxt і python-okx)

bot-python-step-install = Установіть пакети: { -cmd-pip-install } { $packages } (у Linux ще { -cmd-secretstorage }).
bot-python-step-keyring = Перша програма читає ключ зі сховища ключів, куди його зберіг цей застосунок; ключ ніколи не потрапляє ні у ваш код, ні у файл.
bot-python-step-env = Або нехай { -cmd-run } передасть ключ другій програмі на один запуск, у її середовищі.
bot-ccxt-step-password = У ccxt парольна фраза API називається «password»: саме туди йде парольна фраза, а не пароль для входу в { -okx }.
bot-python-okx-step-flag = flag у python-okx вибирає режим торгівлі: «1» — демо-торгівля, «0» — реальна; за неправильного значення прийде відповідь 50101. Його domain має бути доменом вашого сайту, інакше { -okx } відповість 50119.

## agent trade kit від OKX

bot-agent-step-install = Установіть agent trade kit від { -okx } (потрібен Node.js 18 або новіший).
bot-agent-step-run = Запускайте його через { -cmd-run }: kit читає ключ, сайт і режим торгівлі із середовища, тож { -cmd-okx-config } йому не потрібен.
bot-agent-step-mcp = Для ШІ-застосунку додайте налаштування нижче до його списку MCP-серверів: тоді застосунок запускатиме kit через { -cmd-run }.
bot-agent-tr = Старі версії agent trade kit від { -okx } знають лише сайти global, eea і us; OKX_SITE має значення tr, а OKX_API_BASE_URL вказує на tr.okx.com.

## Вікно попросило скопіювати простим текстом щось схоже на секрет

bot-copy-refused = Це схоже на секрет, тому його не скопійовано простим текстом.
    .fix = Користуйтеся кнопками «Копіювати» біля API-ключа, секретного ключа і парольної фрази: вони не пускають значення в історію буфера обміну й очищають його через 30 секунд.

## Passivbot
bot-value-user = Назва запису (user у конфігурації Passivbot)
bot-passivbot-step-file = У теці Passivbot відкрийте api-keys.json (якщо його немає, скопіюйте api-keys.json.example в api-keys.json).
bot-passivbot-step-entry = Додайте запис, показаний нижче, з назвою «{ $user }» усередину зовнішніх фігурних дужок файлу.
bot-passivbot-step-values = Заповніть key, secret і passphrase, кожне — його кнопкою «Копіювати» нижче: API-ключ, секретний ключ, потім парольну фразу.
bot-passivbot-step-private = Тепер у цьому файлі ваш секретний ключ: тримайте його лише на цьому комп'ютері, доступним для читання лише вам, і нікому не надсилайте й нікуди не завантажуйте.
bot-passivbot-step-config = У конфігурації Passivbot вкажіть user «{ $user }», потім запустіть Passivbot.
bot-passivbot-code-entry = Запис для api-keys.json (три значення тут порожні: вставте їх кнопками «Копіювати»)
bot-passivbot-warn-hedge = Passivbot торгує безстроковими свопами в режимі позиції «Лонг/шорт». Увімкніть його на { -okx } до запуску бота; перевірка нижче покаже, чи його ввімкнено.
bot-passivbot-warn-site = Passivbot підключається до www.okx.com. Цей ключ належить { $site }: перед запуском перевірте в документації Passivbot, як працювати з вашим сайтом.

## OctoBot
bot-octobot-step-open = Відкрийте веб-інтерфейс OctoBot і перейдіть до Accounts, потім Exchanges.
bot-octobot-step-exchange = Додайте { -okx } як біржу. Ключ належить { $site }: якщо OctoBot пропонує кілька варіантів { -okx }, виберіть відповідний.
bot-octobot-step-values = Вставте три значення кнопками «Копіювати» нижче: API key (API-ключ), API secret (секретний ключ), потім password (парольна фраза).
bot-octobot-step-demo = Це ключ для демо-торгівлі: увімкніть в OctoBot режим sandbox для { -okx }, якщо у вашій версії він є.
bot-octobot-step-restart = Збережіть і перезапустіть OctoBot, щоб він підключився з новим ключем.
bot-octobot-warn-net = Для безстрокових свопів OctoBot використовує режим позиції «Купівля/продаж» (односторонній). Якщо акаунт у режимі «Лонг/шорт», спершу перемкніть його на { -okx }; перевірка нижче це покаже.
