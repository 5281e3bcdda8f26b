# okx-key-assistant run：通过环境变量把一个已保存的密钥交给一个程序。
# 显示在终端里，输出到标准错误（标准输出属于被运行的程序）。
# 以下保持原样、不翻译：okx-key-assistant、run、选项（--profile、--verify、--no-mask）、
# 预设名（generic、freqtrade、okx-agent）、环境变量，以及大写占位符（LABEL、COMMAND、ARGS、P）：
# 用户要照着输入。
# $label 是密钥保存时用的名称（字母、数字、_ - .），从不翻译。

## 帮助："okx-key-assistant run --help" 打印的内容
## 保留换行和列表的缩进：终端会原样显示。

run-usage =
    用法：{ -usage-run }

    启动 COMMAND，并把保存在 LABEL 下的密钥放进它的环境变量，使用你的机器人读取的变量名，
    这样密钥就不会写进配置文件、.env 文件或 shell 历史记录。除此之外，密钥不会交给任何地方：
    COMMAND 自己的参数会原样传递。

    预设（--profile，默认为 generic）：
      generic     OKX_API_KEY、OKX_SECRET_KEY、OKX_PASSPHRASE，以及密钥可用的站点：
                  OKX_SITE（global、eea、us 或 tr）、OKX_API_HOST（例如 eea.okx.com）、
                  OKX_API_BASE_URL（https:// 加主机名；即 python-okx 的 domain）和
                  OKX_DEMO（模拟交易密钥为 1，否则为 0；即 python-okx 的 flag）
      freqtrade   FREQTRADE__EXCHANGE__KEY、FREQTRADE__EXCHANGE__SECRET、
                  FREQTRADE__EXCHANGE__PASSWORD（Passphrase）和
                  FREQTRADE__EXCHANGE__NAME：okx、myokx（EEA）或 okxus（US）
      okx-agent   OKX 的 agent trade kit 读取的变量：OKX_API_KEY、OKX_SECRET_KEY、
                  OKX_PASSPHRASE、OKX_SITE、OKX_API_BASE_URL 和 OKX_DEMO

    选项：
      --profile P   要使用的变量名（见上）
      --verify      先用签名的只读请求测试密钥；如果测试失败，或密钥可以提币，
                    就什么都不启动
      --no-mask     把 COMMAND 的输出不经遮盖直接传到这个终端。很少需要：在终端上
                    COMMAND 运行在自己的伪终端里，颜色、提示、按键、窗口大小和全屏程序
                    在遮盖开启时都能正常工作（其他情况下输出经由管道）。当 COMMAND
                    必须直接使用这个终端时才用它，例如要用 Ctrl-Z 挂起它；请注意它打印
                    的内容会原样显示
      --restart-on-change
                    当以 LABEL 保存的密钥被替换（在“我的密钥”中替换，或 save --replace）
                    时，停止 COMMAND，并在一秒内用新密钥重新启动它；当密钥被删除，或新
                    密钥可以提现时，停止 COMMAND 并退出（2 或 3）
      --grace SECONDS
                    配合 --restart-on-change：COMMAND 收到 SIGTERM 后可用多长时间结束，
                    超时则被强制停止（默认 10）
      -h, --help    显示此帮助

    已保存记录显示可以提币的密钥，绝不会被交出。Ctrl-C 和终止信号会转发给 COMMAND。
    请注意：以你的用户身份运行的任何程序都能读取一个进程的环境变量，而且 COMMAND 启动的
    每个程序都会继承这个密钥。

    会被遮盖的内容（不加 --no-mask 时），在标准输出和标准错误上，不分字母大小写，即使被拆成
    多次写入：原样的 Secret Key 和 Passphrase；Secret Key 的前 12 个或更多字符；两者的 URL 编码
    形式（%23 之类，空格写成 +）、JSON 转义形式（\" \\ \uXXXX）和 base64 形式（标准或 URL
    安全字母表，带或不带 = 填充），单独出现或在更长的 base64 文本中（此时除两端各最多一个
    字符外全部遮盖）。不会被遮盖的：其他任何形式，例如十六进制、被换行拆开、倒序、Passphrase
    的一部分、不是从开头开始的 Secret Key 片段，或少于 12 个的开头字符。程序总能用某种
    过滤器不认识的方式打印出密钥。

    信号：Ctrl-C、SIGTERM 和 SIGHUP 只会送达 COMMAND 一次，发给整个进程组时也是如此
    （kill %1）；run 启动时被忽略的信号（nohup）对 COMMAND 仍然被忽略。

    退出状态：COMMAND 自己的退出状态（被信号 N 停止时为 128 + N）。COMMAND 未启动时：
    1 无法读取钥匙串或 --verify 失败；2 用法有误或 LABEL 下没有保存密钥；
    3 该密钥可以提币；126 COMMAND 无法启动；
    127 找不到 COMMAND。

## 用法错误（一行，显示在帮助上方）

run-label-missing = run 需要一个已保存密钥的 LABEL，然后是 -- 和要启动的命令。
run-command-missing = run 需要在 -- 之后给出要启动的命令：{ -cmd-run-command }
run-profile-invalid = --profile 必须是 generic、freqtrade 或 okx-agent。
run-grace-invalid = --grace 必须是 0 到 3600 之间的整数秒。
run-grace-without-restart = --grace 需与 --restart-on-change 一起使用：它是被停止的命令可用来结束的时间。

## 密钥为什么没有交出（每条都附有该怎么做）

run-refused-recorded-withdraw = 未启动：保存为“{ $label }”的密钥可以提币，任何拿到它的人都能把你的资金转出 { -okx }。
    .fix = 请在 { -okx } 的 API 页面删除这个密钥，新建一个只开启“读取”和“交易”的密钥，保存它，然后运行新的这个。
run-refused-withdraw = 未启动：测试显示，保存为“{ $label }”的密钥可以提币，任何拿到它的人都能把你的资金转出 { -okx }。
    .fix = 请在 { -okx } 的 API 页面删除这个密钥，新建一个只开启“读取”和“交易”的密钥，保存它，然后运行新的这个。
run-refused-seen-withdraw = 未启动：保存为“{ $label }”的密钥最近一次得到 { -okx } 回应的测试显示“提币”权限已开启。在某次到达 { -okx } 的测试看到“提币”已关闭之前，它会一直被拒绝。
    .fix = 请在 { -okx } 的 API 页面为这个密钥关闭“提币”（或删除它，新建一个只开启“读取”和“交易”的密钥），然后重新测试：在“我的密钥”中点“测试”，或运行 { -cmd-check } { $label }。
run-refused-not-verified = 未启动：保存为“{ $label }”的密钥没有通过测试。
    .fix = 请先解决测试发现的问题（{ -cmd-verify-keychain } { $label } 会显示完整报告），然后重新运行该命令。

## 命令启动前的提示

# $label：已保存密钥的标签。
run-verified = 保存为“{ $label }”的密钥通过了测试，不能提币。
run-note-freqtrade-no-site = 注意：Freqtrade 没有对应 { -okx } TR 的交易所名称，因此不会设置 FREQTRADE__EXCHANGE__NAME；这个密钥只能在 tr.okx.com 上使用。
run-note-freqtrade-demo = 注意：这是一个模拟交易密钥。Freqtrade 的 dry_run 是它自己的模拟下单（paper trading）；模拟交易密钥只有在请求带上 { -okx } 的模拟交易请求头（x-simulated-trading: 1）时才有效。
run-note-agent-tr = 注意：旧版本的 { -okx } agent trade kit 只认识 global、eea 和 us 这几个站点；OKX_SITE 为 tr，OKX_API_BASE_URL 指向 tr.okx.com。

## 命令无法启动时

run-command-not-found = 找不到要启动的命令。
    .fix = 请检查命令名，或给出它的完整路径（例如 /usr/bin/python3）。
# $error：操作系统给出的原因（英文）。
run-command-not-started = 无法启动该命令（{ $error }）。
    .fix = 请确认它是你有权运行的程序（如果是脚本：需要 chmod +x，并且第一行是 #! 行）。

## --restart-on-change：命令运行期间，以 LABEL 保存的密钥发生了变化（输出到 stderr）

# $label：已保存密钥的标签。
run-restart-replaced = 以“{ $label }”保存的密钥已被替换：正在停止命令，并用新密钥重新启动。
run-restart-deleted = 以“{ $label }”保存的密钥已被删除：正在停止命令。
run-restart-refused = 以“{ $label }”保存的密钥被替换为一个不能交出的密钥：正在停止命令。
run-restart-unreadable = 无法读取以“{ $label }”保存的密钥来确认它是否变化：命令继续使用现有的密钥运行。

## okx-key-assistant unit：通过 run 启动机器人的 systemd 用户服务

# 在主帮助的命令列表之后。
unit-cli-usage =
      { -usage-run-restart }
      { -usage-unit-brief }

unit-usage =
    用法：{ -usage-unit }

    打印一个 systemd 用户服务，它通过 { -cmd-run } 用以 LABEL 保存的密钥启动
    COMMAND。服务中不含任何机密：run 每次启动时从钥匙串读取密钥。COMMAND 失败时 systemd
    会重新启动它（密钥不存在或可以提现时不会），并按 run 转发信号的方式停止它
    （KillMode=mixed）。

    安装：{ -cmd-systemctl-edit }（粘贴进去），或保存为
    { -path-unit-file } 并运行 { -cmd-systemctl-reload }；然后运行
    { -cmd-systemctl-enable }。服务运行时钥匙串必须已解锁。COMMAND 在
    运行 unit 时所在的文件夹中启动。

    选项：
      --profile P           使用的变量名（见 { -cmd-run-help }）
      --restart-on-change   密钥被替换时重新启动 COMMAND（见 run --help）
      -h, --help            显示此帮助

unit-label-missing = unit 需要一个已保存密钥的 LABEL，然后是 -- 和要启动的命令。
unit-command-missing = unit 需要在 -- 之后给出要启动的命令：{ -cmd-unit-command }
# $error：操作系统给出的原因（英文）。
unit-no-program = 无法确定本程序的安装位置（{ $error }）。
    .fix = 请用完整路径启动 { -cmd-app }。
# 服务的一行描述（systemctl status 会显示）。$command：程序名。
unit-description = 使用以“{ $label }”保存的密钥运行 { $command }（OKX Key Assistant）
