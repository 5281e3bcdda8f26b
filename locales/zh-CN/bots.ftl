# “连接你的机器人”：每种机器人的步骤、值的名称和警告（由核心根据一个已保存密钥的站点和模式
# 生成，显示在窗口的“连接你的机器人”面板中）。
# 以下保持原样、不翻译：产品名（Freqtrade、Hummingbot、ccxt、python-okx、BitcoinEra、
# 3Commas）、代码（connect okx、set_sandbox_mode、exchange.name、config.json）、大写的环境变量，
# 以及 OKX 的错误代码（50119、50105、50101、50110）。
# $site 是网址，例如 my.okx.com；$name、$sub 和 $packages 是代码，从不翻译。

# Commands and paths (-cmd-run, …) are terms defined in commands.ftl.

## 带“复制”按钮的各个值的名称

bot-value-site = 你登录的站点
bot-value-api-host = API 主机
bot-value-exchange-name = 交易所名称（exchange.name）
bot-value-env-key = API Key 的环境变量
bot-value-env-secret = Secret Key 的环境变量
bot-value-env-password = Passphrase 的环境变量（Freqtrade 称它为“password”）
bot-value-env-passphrase = Passphrase 的环境变量
bot-value-sub-domain = 子域名（okx_registration_sub_domain）
bot-value-ccxt-class = ccxt 类
bot-value-hostname = ccxt 的 hostname 选项
bot-value-sandbox = 模拟交易开关
bot-value-domain = python-okx 的 domain
bot-value-flag = python-okx 的 flag（1 为模拟交易，0 为实盘）
bot-value-env-site = 站点（供 kit 使用）
bot-value-env-demo = 交易模式（供 kit 使用）
bot-value-env-base-url = API 地址（供 kit 使用）

## 代码块的说明文字

bot-code-config = Freqtrade 的 config.json 中交易所部分（其中不含任何机密）
bot-code-run = 用钥匙串中的密钥启动它
bot-code-docker = 或在 Docker 中运行（Docker 会把 run 提供的三个变量复制到容器中，无需输入任何值）
bot-code-hummingbot = 在 Hummingbot 中输入以下内容
bot-code-keyring = 从钥匙串读取密钥的程序
bot-code-env = 同一个程序，改为读取 { -cmd-run } 交给它的密钥
bot-code-install = 安装 kit
bot-code-mcp = 用于 AI 应用（Claude、Cursor 等）：它的 MCP 服务器设置

## 网页平台（BitcoinEra、3Commas 等）

bot-web-step-open = 在平台上，打开添加交易所的页面（通常叫“Exchanges”、“API keys”或“Connect exchange”）。
bot-web-step-exchange-global = 选择 { -okx }。如果要求选择地区或网站，请选择全球站（{ $site }）。
bot-web-step-exchange-eea = 选择面向欧洲的 { -okx } 选项（{ $site }；可能叫“{ -okx } EEA”或“MyOKX”）。普通的“{ -okx }”会把你的密钥发到 www.okx.com，而那里没有这个密钥。
bot-web-step-exchange-us = 选择“{ -okx } US”（{ $site }）。普通的“{ -okx }”会把你的密钥发到 www.okx.com，而那里没有这个密钥。
bot-web-step-exchange-tr = 选择“{ -okx } TR”（{ $site }）。如果平台没有 { -okx } TR，就无法使用这个密钥。
bot-web-step-mode-demo = 这是一个模拟交易密钥：如果平台有模拟盘或纸面交易（paper trading）并支持 { -okx } 模拟交易，请选择它。
bot-web-step-mode-live = 这是一个实盘密钥：请选择实盘交易，不要选平台的模拟盘。
bot-web-step-values = 按以下顺序粘贴三个值，每个值都用下面对应的“复制”按钮：API Key、Secret Key，然后是 Passphrase。
bot-web-step-ip = 如果平台列出了需要允许的 IP 地址，请在 { -okx } 的 API 页面（{ $site }）把它们加到这个密钥上。
bot-web-step-check = 点击平台上检查或保存连接的按钮：它应显示你的余额或“Connected”（已连接）。

## 检查出问题时会显示的内容（网页平台、Hummingbot）

bot-check-50119 = “API key doesn't exist”（API Key 不存在，50119）：平台把密钥发到了 { -okx } 的另一个站点。请选择 { $site } 对应的选项。
bot-check-50105 = “Wrong passphrase”（Passphrase 错误，50105）：请粘贴你为这个密钥设置的 Passphrase，而不是你的 { -okx } 登录密码。
bot-check-50101-demo = “APIKey does not match current environment”（API Key 与当前环境不匹配，50101）：平台使用的是实盘交易，而这个密钥是模拟交易密钥。
bot-check-50101-live = “APIKey does not match current environment”（API Key 与当前环境不匹配，50101）：平台使用的是模拟交易，而这个密钥是实盘交易密钥。
bot-check-50110 = “Your IP is not included in your API key's IP whitelist”（你的 IP 不在 API Key 的 IP 白名单中，50110）：请在 { -okx } 上把平台的 IP 地址加到这个密钥上，或删除这个密钥的 IP 列表。

## Freqtrade

bot-freqtrade-step-config = 把这段交易所设置放进你的 config.json：名称为 { $name }，key、secret 和 password 保持为空。
bot-freqtrade-step-run = 用下面这行命令启动 Freqtrade。它只在这次运行中把密钥放进 Freqtrade 读取的环境变量，所以密钥永远不会写进文件。
bot-freqtrade-step-password = Freqtrade 的“password”就是 Passphrase，不是你的 { -okx } 登录密码。
bot-freqtrade-no-tr = Freqtrade 不支持 { -okx } TR（{ $site }）：它的交易所 okx、myokx 和 okxus 连接的是 { -okx } 的其他站点，而那里没有这个密钥（50119）。
bot-freqtrade-us-spot = 对于 { -okx } US，Freqtrade 的交易所是 okxus，而且只能交易现货，不能交易合约。
bot-freqtrade-demo = 这是一个模拟交易密钥。Freqtrade 的 dry run 是它自己的模拟下单（paper trading）；模拟交易密钥只有在请求带上 { -okx } 的模拟交易请求头（x-simulated-trading: 1）时才有效。

## Hummingbot

bot-hummingbot-step-connect = 在 Hummingbot 中输入 connect okx。
bot-hummingbot-step-values = 当它要求输入 API Key、Secret Key 和 Passphrase 时，用下面对应的“复制”按钮逐个粘贴。
bot-hummingbot-step-sub-domain = 当它问你注册时使用的子域名时，回答 { $sub }（你在 { $site } 上登录）。
bot-hummingbot-step-check = 随后 Hummingbot 会检查密钥：显示“You are now connected to okx”就说明可以使用。
bot-hummingbot-no-tr = Hummingbot 不支持 { -okx } TR（{ $site }）：它的子域名 www、my 和 app 是 { -okx } 的其他站点，而那里没有这个密钥（50119）。
bot-hummingbot-demo = 这是一个模拟交易密钥，而 Hummingbot 的 { -okx } 连接器进行的是实盘交易：它会返回 50101。请使用实盘密钥，或使用 Hummingbot 自己的纸面交易（paper trading）。

## Python（ccxt 和 python-okx）

bot-python-step-install = 安装这些包：{ -cmd-pip-install } { $packages }（Linux 上还要安装 { -cmd-secretstorage }）。
bot-python-step-keyring = 第一个程序从钥匙串读取密钥（本应用把它保存在那里）；密钥永远不会出现在你的代码或文件中。
bot-python-step-env = 或者，让 { -cmd-run } 在某一次运行中通过环境变量把密钥交给第二个程序。
bot-ccxt-step-password = ccxt 把 Passphrase 称为“password”：Passphrase 就填在那里，不是你的 { -okx } 登录密码。
bot-python-okx-step-flag = python-okx 的 flag 决定交易模式：“1”为模拟交易，“0”为实盘；选错会返回 50101。它的 domain 必须是你所在站点的地址，否则 { -okx } 会返回 50119。

## OKX 的 agent trade kit

bot-agent-step-install = 安装 { -okx } 的 agent trade kit（需要 Node.js 18 或更高版本）。
bot-agent-step-run = 用 { -cmd-run } 启动它：kit 从环境变量读取密钥、站点和交易模式，所以不需要 { -cmd-okx-config }。
bot-agent-step-mcp = 对于 AI 应用，请把下面的设置放进它的 MCP 服务器列表：该应用随后会通过 { -cmd-run } 启动 kit。
bot-agent-tr = 旧版本的 { -okx } agent trade kit 只认识 global、eea 和 us 这几个站点；OKX_SITE 为 tr，OKX_API_BASE_URL 指向 tr.okx.com。

## 窗口被要求以纯文本复制一个看起来像机密的内容

bot-copy-refused = 这看起来像是机密，所以没有以纯文本复制。
    .fix = 请使用 API Key、Secret Key 和 Passphrase 各自的“复制”按钮：它们不会让值进入剪贴板历史，并在 30 秒后清空。

## Passivbot
bot-value-user = 条目名称（Passivbot 配置中的 user）
bot-passivbot-step-file = 在 Passivbot 的文件夹中打开 api-keys.json（如果没有，就把 api-keys.json.example 复制为 api-keys.json）。
bot-passivbot-step-entry = 把下面显示的条目（名为“{ $user }”）加到文件最外层的大括号里面。
bot-passivbot-step-values = 用下面各自的“复制”按钮填入 key、secret 和 passphrase：API Key、Secret Key，然后是 Passphrase。
bot-passivbot-step-private = 这个文件现在保存着你的 Secret Key：只把它放在这台电脑上，只让你自己能读取，绝不要分享或上传。
bot-passivbot-step-config = 在 Passivbot 的配置中把 user 设为“{ $user }”，然后启动 Passivbot。
bot-passivbot-code-entry = api-keys.json 的条目（这里三个值留空：用“复制”按钮粘贴进去）
bot-passivbot-warn-hedge = Passivbot 以开平仓模式交易永续合约。启动机器人之前请在 { -okx } 上设置好；下面的测试会告诉你是否已设置。
bot-passivbot-warn-site = Passivbot 连接的是 www.okx.com。这个密钥属于 { $site }：开始之前，请查看 Passivbot 文档中关于你的站点的说明。

## OctoBot
bot-octobot-step-open = 打开 OctoBot 的网页界面，进入 Accounts，然后 Exchanges。
bot-octobot-step-exchange = 把 { -okx } 添加为交易所。这个密钥属于 { $site }：如果 OctoBot 提供了不止一个 { -okx } 选项，请选与之对应的那个。
bot-octobot-step-values = 用下面的“复制”按钮粘贴三个值：API Key、API secret（即 Secret Key），然后是 password（即 Passphrase）。
bot-octobot-step-demo = 这是一个模拟交易密钥：如果你的 OctoBot 版本有 { -okx } 的 sandbox 选项，请打开它。
bot-octobot-step-restart = 保存，然后重启 OctoBot，让它用新密钥连接。
bot-octobot-warn-net = 对永续合约，OctoBot 使用买卖模式（单向持仓）。如果你的账户是开平仓模式，请先在 { -okx } 上切换；下面的测试会告诉你。
