# 命令行（okx-key-assistant verify / save / list / delete / simulate）。
# 显示在终端里，给运行机器人或脚本的人看：写环境变量和选项，不写按钮、输入框或步骤。
# 以下保持原样、不翻译：程序名 okx-key-assistant、命令名（verify、save、list、delete、
# simulate）、选项（--site、--json 等）、选项的值（global、eea、us、tr、auto）、环境变量
# （OKX_API_KEY 等）以及帮助中的大写占位符（LABEL、SITE、N、COMMAND）：用户要照着输入。

## 帮助：--help 打印的内容（用法错误时也会在原因下方重复）
## 保留换行和选项列表的缩进：终端会原样显示。

cli-usage =
    { -app-name }：为你的交易机器人准备一个安全的 OKX API Key，测试它，并保存在钥匙串中。

    用法：
      { -cmd-app }                打开应用
      { -usage-verify }
      { -usage-save }
      { -usage-list }
      { -usage-delete }
      { -usage-run-brief }
      { -usage-check }
      { -usage-simulate }
      { -usage-command-help }   查看某个命令的详细说明
      { -usage-version }

    密钥从环境变量 OKX_API_KEY、OKX_SECRET_KEY 和 OKX_PASSPHRASE 读取（save 也会读取标准输入），
    从不从命令行参数读取。测试和练习时，可以用 OKX_BASE_URL_GLOBAL、OKX_BASE_URL_EEA、
    OKX_BASE_URL_US 或 OKX_BASE_URL_TR 把某个站点指向模拟器
    （只允许 http://127.0.0.1:PORT 或 http://localhost:PORT）。

    退出状态：0 已验证且安全（或已完成）；1 失败；2 用法或输入有误；
    3 已验证但不安全（该密钥可以提币）。

# 主帮助之后。$languages：语言代码，例如 "en, zh-CN, es-419, ar"。
cli-usage-languages =
    语言：每个命令都接受 --lang CODE（{ $languages }）；不加此选项时，由 LC_ALL、
    LC_MESSAGES 或 LANG 决定，其他语言一律使用英文。

cli-verify-usage =
    用法：{ -usage-verify }

    用签名的只读请求测试一个 OKX API Key（绝不会交易或转移任何资金），并打印确认报告。

    密钥从环境变量 OKX_API_KEY、OKX_SECRET_KEY 和 OKX_PASSPHRASE 读取（从不从命令行参数读取），
    或用 --keychain 读取保存在系统钥匙串中的密钥。
    这些值会像在应用中一样被清理和检查：多余的空格会被去掉并报告。

    选项：
      --site SITE        创建密钥的站点：global（okx.com）、eea（my.okx.com）、
                         us（app.okx.com）或 tr（tr.okx.com，OKX TR）。不加此选项（或用
                         auto）时，测试会自动找出密钥所属的站点并说明；指定了站点时，
                         属于其他站点的密钥会失败，并说明它在哪个站点可用
      --demo             该密钥是模拟交易密钥
      --json             打印一个 JSON 对象，而不是报告
      --keychain LABEL   测试保存在 LABEL 下的密钥（除非另行指定，使用其保存的站点和模式）
      -h, --help         显示此帮助

    退出状态：0 已验证且安全；1 验证失败；2 用法或输入有误；
    3 已验证但不安全（该密钥可以提币）。

cli-save-usage =
    用法：{ -usage-save }

    先测试密钥，再把它保存到系统钥匙串的 LABEL 名下（字母、数字、'_'、'-'、'.'；
    例如你在 OKX 上给密钥起的备注名）。只有 OKX 接受且不能提币的密钥才会被保存；
    保存后会读回一次，读回无误才算保存成功。

    密钥从 OKX_API_KEY、OKX_SECRET_KEY 和 OKX_PASSPHRASE 读取；如果这三个都未设置，
    则从标准输入读取：按 OKX 的顺序写三行（API Key、Secret Key、Passphrase），
    或一段带标签的笔记、env 文件或 JSON。从不从命令行参数读取。

    选项：
      --site SITE   创建密钥的站点：global、eea、us 或 tr。不加此选项（或用 auto）时，
                    测试会找出密钥所属的站点，并随密钥一起保存
      --demo        该密钥是模拟交易密钥
      --replace     替换已保存在 LABEL 下的密钥（在新密钥保存并读回之前，旧密钥会保留）
      -h, --help    显示此帮助

    机器人从钥匙串读取保存的密钥：service 为 { -cmd-app }，user 为 LABEL，secret 为
    包含 api_key、secret_key、passphrase、site、api_host、demo 和 saved_at 的 JSON。

    退出状态：0 已保存；1 未保存（测试失败，或钥匙串拒绝）；2 用法或输入有误；
    3 未保存，因为该密钥可以提币。

cli-list-usage =
    用法：{ -usage-list }

    列出本应用保存在系统钥匙串中的密钥：标签、API Key（前 4 位和后 4 位字符）、站点、
    实盘或模拟，以及保存时间。应用记得、但钥匙串中已不存在的密钥会标为“{ cli-list-missing }”。

    选项：
      --json       打印一个 JSON 数组，而不是表格
      -h, --help   显示此帮助

    退出状态：0 已列出；1 无法读取钥匙串；2 用法有误。

cli-delete-usage =
    用法：{ -usage-delete }

    从系统钥匙串（以及应用的列表）中删除保存在 LABEL 下的密钥。该密钥本身在 OKX 上
    仍然有效：如果不再使用，请也在 OKX 上删除它。

    选项：
      -h, --help   显示此帮助

    退出状态：0 已删除；1 LABEL 下没有保存密钥，或钥匙串拒绝；2 用法有误。

cli-simulate-usage =
    用法：{ -usage-simulate }

    在这台电脑上（仅 127.0.0.1）启动一个 OKX API 的练习副本，附带应用能解释的各种情况的
    练习密钥。它会打印这些密钥，以及把应用（和 verify）指向它的 OKX_BASE_URL_* 设置，
    然后显示每个请求，直到你按下 Ctrl-C。

    选项：
      --port N         第一个站点的端口（默认 8085）；不加 --site 时，四个站点使用
                       N 到 N+3（global、eea、us、tr）；0 表示自动选择空闲端口
      --site SITE      只在 N 上运行这一个站点
      --latency-ms N   每次应答前等待 N 毫秒（默认 0）
      --skew-ms N      模拟器的时钟快 N 毫秒（负数表示慢）
      -h, --help       显示此帮助

    退出状态：0 用 Ctrl-C 停止；1 无法启动（例如端口已被占用）；2 用法有误。

# 放在 verify 和 save 的帮助（以及主帮助）之后。机器人的 id 保持原样。
cli-ready-usage =
    机器人就绪检查（verify 和 save）：
      --bot BOT          同时检查账户是否已为该机器人准备好：web-platform、freqtrade、
                         hummingbot、python-ccxt、python-okx、okx-agent、passivbot 或 octobot
                         （账户模式、持仓模式、市场、资金在哪个账户）。save 会把这个选择
                         与密钥一起保存；check 和 verify --keychain 会使用它
      --market MARKET    机器人交易什么：spot（默认）或 swap（永续合约）

    退出状态 4：密钥可用且不能提币，但账户还没有为该机器人准备好（报告会说明要改什么）。
    1 和 3 优先于 4。

## 用法错误：一行，打印在 "okx-key-assistant: " 之后、帮助之前。
## 从不重复用户输入的内容（那可能是粘贴错位置的密钥），只写程序认识的选项名。

# $commands：命令名，用逗号分隔（verify, save, list, delete, simulate）。
cli-unknown-command = 未知命令（可用的命令有 { $commands }）。
# $flag：选项名，例如 --site。
cli-unknown-flag = 未知选项 { $flag }。
cli-unknown-flag-credential = 未知选项 { $flag }：凭证从不从命令行参数读取；请改为设置 OKX_API_KEY、OKX_SECRET_KEY 和 OKX_PASSPHRASE。
cli-unknown-flag-hidden = 未知选项（不显示内容，以防其中含有密钥）。
cli-flag-given-twice = { $flag } 重复给出了两次。
# $bots：机器人的 id，用逗号分隔。
cli-bot-must-be = --bot 必须是以下之一：{ $bots }。
# $markets：spot, swap
cli-market-must-be = --market 必须是以下之一：{ $markets }。
cli-market-needs-bot = --market 要和 --bot 一起用：请同时指定机器人。
cli-flag-takes-no-value = { $flag } 不接受值。
cli-flag-needs-value = { $flag } 需要一个值。
cli-no-arguments = 此命令不接受其他参数。凭证从不从命令行参数读取：请改为设置 OKX_API_KEY、OKX_SECRET_KEY 和 OKX_PASSPHRASE。
cli-too-many-arguments = 参数太多（标签中不能有空格）。凭证从不从命令行参数读取。
# $sites：--site 接受的值，用逗号分隔（global, eea, us, tr, auto）。
cli-site-must-be = --site 必须是以下之一：{ $sites }。
cli-save-needs-label = save 需要一个 LABEL，用来保存密钥。
cli-delete-needs-label = delete 需要要删除的密钥的 LABEL。
cli-port-must-be = --port 必须是 0 到 65535 之间的数字。
cli-latency-must-be = --latency-ms 必须是整数毫秒。
cli-latency-too-long = --latency-ms 最多为 60000（一分钟）。
cli-skew-must-be = --skew-ms 必须是整数毫秒。
cli-skew-too-large = --skew-ms 必须在一天（86400000）以内。
# --json 输出中用法错误的解决办法（其消息是上面的某一行）。
cli-usage-mistake-fix = 用 --help 运行该命令，查看用法。

## 问题的打印方式：先是消息，下一行（缩进）是该怎么做。

# $fix：该怎么做（一句或几句完整的话）。
cli-what-to-do = 怎么做：{ $fix }
# 打印在结果前的提示，不会中断命令。$note：提示内容。
cli-note = 注意：{ $note }

## 密钥从哪里来：环境变量、标准输入或已保存的密钥

# $var：一个环境变量的名称，例如 OKX_PASSPHRASE。
cli-env-not-text = { $var } 中含有不是文本的字节。
    .fix = 请重新设置 { $var }，粘贴与 OKX 显示完全一致的值。
# $var：缺少的那一个环境变量的名称。
cli-env-missing-one = { $var } 未设置。
    .fix = { -cli-set-all-three }
# $first、$second：缺少的两个环境变量的名称。
cli-env-missing-two = { $first } 和 { $second } 未设置。
    .fix = { -cli-set-all-three }
-cli-set-all-three = 请把三个都设置好：OKX_API_KEY、OKX_SECRET_KEY 和 OKX_PASSPHRASE（即创建密钥时 OKX 显示的值）。
# .fix 用于 verify；.fix-save 用于 save，它也可以读取标准输入。
cli-no-key-given = 没有提供 API Key。
    .fix = 请把 OKX_API_KEY、OKX_SECRET_KEY 和 OKX_PASSPHRASE 设置为创建密钥时 OKX 显示的值，或用 --keychain LABEL 使用已保存的密钥。
    .fix-save = 请设置 OKX_API_KEY、OKX_SECRET_KEY 和 OKX_PASSPHRASE，或把这三个值（每行一个，按此顺序）通过管道传给该命令。
# save 等待在终端中输入或粘贴这些值时显示。
cli-paste-prompt = 请粘贴 API Key、Secret Key 和 Passphrase，每行一个，然后按 Ctrl-D（Windows 上按 Ctrl-Z 再按回车）。粘贴的内容会显示在屏幕上；如果不想显示，请改为设置 OKX_API_KEY、OKX_SECRET_KEY 和 OKX_PASSPHRASE。
cli-paste-prompt-hidden = 请粘贴 API Key、Secret Key 和 Passphrase，每行一个，然后按 Ctrl-D。粘贴的内容不会显示在屏幕上（只显示换行）；按 Ctrl-C 可取消。
cli-stdin-not-text = 标准输入中给出的内容无法作为文本读取。
    .fix = 请以纯文本给出这三个值，每行一个：API Key、Secret Key、Passphrase。
# $found：三个值中找到了几个（0、1 或 2）。
cli-stdin-values-found = 在标准输入中只找到了三个值中的 { $found } 个。
    .fix = 请按顺序给出 API Key、Secret Key 和 Passphrase，每行一个（或带上标签，如 "API Key: ..."）。
# $label：已保存密钥的标签。
cli-env-ignored-for-saved-key = 注意：正在测试保存为 "{ $label }" 的密钥；OKX_API_KEY、OKX_SECRET_KEY 和 OKX_PASSPHRASE 将被忽略。
# $vars: the settings that are set, e.g. “OKX_BASE_URL_GLOBAL=http://127.0.0.1:8085, OKX_BASE_URL_EEA=http://127.0.0.1:8086”
cli-override-note = 注意：练习设置已开启（{ $vars }）：这些站点的请求会发往本机的练习服务器，而不是 { -okx }。从 { -okx } 保存的密钥绝不会发往那里。
cli-no-data-dir = 找不到你的数据文件夹，因此无法保存已存密钥的列表。
    .fix = 请确认已设置 HOME（Linux 上也可以是 XDG_DATA_HOME），然后重新运行该命令。

## verify：测试进行时打印的内容（仅在终端上）

cli-progress-reach = 正在检查 OKX 是否有响应...
cli-progress-clock = 正在检查时钟...
cli-progress-auth = 正在用签名的只读请求检查密钥...
cli-progress-other = 正在检查...

## save

# $label：输入的标签；$key：已保存密钥的 API key，缩短为前 4 位和后 4 位字符
# （6d2d…fd7f）；$saved_at：保存时间（2026-11-26T18:00:00.000Z）。
cli-already-saved = 标签 "{ $label }" 下已经保存了一个密钥：{ $saved_at } 保存的密钥 { $key }。
    .fix = { -cli-replace-or-rename }
# 该标签已被一个不是本应用写入的钥匙串条目占用。$label：输入的标签。
cli-already-saved-foreign = 标签 "{ $label }" 下已经保存了一个条目：它不是本应用写入的。
    .fix = { -cli-replace-or-rename }
-cli-replace-or-rename = 加上 --replace 用新密钥替换它（在新密钥保存并读回之前，旧密钥会保留），或换一个标签。
# $backend：钥匙串的名称，例如 "Secret Service (GNOME Keyring)"；$service 和 $user
# 是钥匙串条目的名称（okx-key-assistant 和标签）；$replaced："yes" 或 "no"。
cli-saved = { $replaced ->
        [yes] 已保存到 { $backend }（service "{ $service }"，user "{ $user }"），替换了之前保存的密钥。
       *[no] 已保存到 { $backend }（service "{ $service }"，user "{ $user }"）。
    }
# 打印在几行 Python 代码上方（保留 "pip install keyring"：这是一条命令）。
cli-python-snippet-intro = Python 机器人这样读取它（{ -cmd-pip-install-keyring }）：

## list 和 delete

# 已保存密钥表格的列标题（像终端表格一样简短）。
cli-list-column-label = 标签
cli-list-column-api-key = API KEY
cli-list-column-site = 站点
cli-list-column-mode = 模式
cli-list-column-saved-at = 保存时间
# “模式”列：实盘（真实资金）密钥或模拟交易密钥。
cli-list-mode-live = 实盘
cli-list-mode-demo = 模拟
# 最后一列，用于应用记得、但钥匙串中已没有的密钥。
cli-list-missing = 钥匙串中已不存在
cli-list-empty = 还没有保存任何密钥。用这条命令保存一个：{ -cmd-save-label }
# $label：被删除密钥的标签。
cli-deleted = 已从钥匙串中删除保存为 "{ $label }" 的密钥。在你到 OKX 上删除它之前，它在 OKX 上仍然有效。

## 命令行本身的程序错误（其解决办法是应用通用的“这是程序错误”文字）

# $error：系统自己的原话（英文）。
cli-internal-runtime = 该命令无法启动其后台任务（{ $error }）。
cli-internal-json = 无法把结果写成 JSON（{ $error }）。

# `okx-key-assistant` with no subcommand could not start the window's program.
cli-window-missing = 无法打开窗口：{ $program } 不存在或无法启动（{ $error }）。
cli-command-line-missing = 无法执行命令：{ $program } 不存在或无法启动（{ $error }）。
    .fix = 请重新安装 { -app-name }。命令（verify、save、list、delete、run、check）不需要窗口也能使用。
