# "Ready for your bot" in the window: Step 10's "What will this key run?" (a bot and a market),
# the card with the readiness the test found, and My keys' line for a key's saved bot. The
# headline and the reasons come from readiness.ftl. Product names stay as they are.

## The two bots the readiness rule added to Connect your bot's list (a name and a hint)

ui-bot-kind-passivbot = Passivbot
    .hint = 用于永续合约的开源机器人；需要开平仓模式
ui-bot-kind-octobot = OctoBot
    .hint = 带网页界面的开源机器人；使用买卖模式

## Step 10, after the key passed

ui-ready-question = 这个密钥将用于什么？
ui-ready-lead = 选择机器人及其交易的市场。测试随后还会检查账户是否已为机器人的第一笔订单做好准备。
ui-ready-bot = 机器人
ui-ready-bot-none = 未选择
ui-ready-market = 市场
ui-ready-test-again = 按此选择重新测试
ui-ready-untested = 点击“按此选择重新测试”，为这个机器人检查账户。
ui-ready-none = 选择一个机器人，检查账户是否已为它准备就绪。
# $fix: where on OKX's site to change it (from readiness.ftl)
ui-ready-fix = 处理方法：{ $fix }

## My keys

# $bot: the bot's name; $market: spot or perpetual swaps
ui-ready-saved-for = 已保存用于 { $bot }（{ $market }）。测试密钥即可知道账户是否就绪。
