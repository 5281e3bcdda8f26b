# 窗口的“连接你的机器人”面板：在第 10 步保存密钥之后，以及已保存密钥列表下方（其“连接”
# 按钮）。每种机器人的步骤和值来自 bots.ftl。
# 产品名保持原样：Freqtrade、Hummingbot、ccxt、python-okx、BitcoinEra、3Commas。
# $label 是已保存密钥的名称，$site 是网址，例如 my.okx.com：从不翻译。

## 面板

ui-bot-heading-for = 把“{ $label }”连接到你的机器人
ui-bot-lead-live = 请选择将使用这个密钥的机器人类型。下面的步骤和值是为这个密钥准备的：{ $site } 的实盘密钥。
ui-bot-lead-demo = 请选择将使用这个密钥的机器人类型。下面的步骤和值是为这个密钥准备的：{ $site } 的模拟交易密钥。
ui-bot-question = 哪个机器人将使用这个密钥？
ui-bot-choose = 在上面选择一个机器人，查看如何连接它。
ui-bot-loading = 正在为这个密钥生成步骤…
ui-bot-after-save = 密钥通过测试并保存后，把它连接到机器人的步骤会显示在这里。

## 机器人类型（单选按钮：名称和提示）

ui-bot-kind-web = 网页平台
    .hint = BitcoinEra、3Commas 以及其他需要把密钥粘贴到表单中的网站
ui-bot-kind-freqtrade = Freqtrade
    .hint = 在终端中启动的开源交易机器人
ui-bot-kind-hummingbot = Hummingbot
    .hint = 用“connect okx”连接的开源机器人
ui-bot-kind-ccxt = Python + ccxt
    .hint = 你自己的 Python 程序，使用 ccxt 库
ui-bot-kind-python-okx = Python + python-okx
    .hint = 你自己的 Python 程序，使用 { -okx } 的 python-okx 库
ui-bot-kind-agent = { -okx } 的 agent trade kit
    .hint = { -okx } 的命令行工具（okx）及其面向 AI 应用的 MCP 服务器（okx-trade-mcp）

## 连接步骤

ui-bot-warnings-heading = 可能出什么问题，以及怎么办
ui-bot-steps-heading = 步骤
ui-bot-credentials-heading = 密钥的三个值
# $n：剪贴板被清空前的秒数。
ui-bot-credentials-hint = 每个按钮从钥匙串复制一个值。它不会进入剪贴板历史，并在 { $n } 秒后清空。
ui-bot-not-saved = 请先保存密钥：这些按钮是从钥匙串复制它的值。
ui-bot-values-heading = 这个密钥的设置值
ui-bot-copy = 复制
ui-bot-copied = 已复制。

## 已保存密钥列表

ui-bot-connect = 连接
