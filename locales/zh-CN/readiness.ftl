# “为你的机器人准备好了吗”：账户（不只是密钥）能否让机器人的第一笔订单通过。
# 菜单路径按 OKX 网站；模式名称用 OKX 中文版的叫法：“现货模式”“合约模式”
# “跨币种保证金模式”“组合保证金模式”；“买卖模式”和“开平仓模式”。

ready-market-spot = 现货
ready-market-swap = 永续合约
ready-position-mode-net = 买卖模式
ready-position-mode-long-short = 开平仓模式

ready-bot-web-platform = 你的网页平台

# $bot：机器人名称；$market：ready-market-…；$site：站点，例如 my.okx.com
ready-headline-ready = 已为 { $bot } 准备好：{ $market }，{ $site }。
ready-headline-not-ready = { $count ->
        [1] 还没有为 { $bot }（{ $market }）准备好：需要先改一处。
       *[other] 还没有为 { $bot }（{ $market }）准备好：需要先改 { $count } 处。
    }
ready-headline-unknown = 无法判断账户是否已为 { $bot }（{ $market }）准备好。

ready-account-mode-spot-only = 账户处于现货模式，无法交易永续合约。
    .fix = 在 { -okx } 网站上打开“交易”，再点右上角的设置，然后选“账户模式”（Account mode），选择合约模式（App 中：交易、菜单、交易设置、账户模式）。然后点“重新测试”。
# $mode：账户模式的名称
ready-account-mode-not-for-bot = { $bot } 无法在{ $mode }下交易：该模式下永续合约只能用买卖模式，而 { $bot } 需要开平仓模式。
    .fix = 在 { -okx } 网站上打开“交易”，再点右上角的设置，然后选“账户模式”（Account mode），选择合约模式或跨币种保证金模式。然后点“重新测试”。
ready-account-mode-untested-spot = 账户处于{ $mode }。{ $bot } 的说明是按现货模式或合约模式写的；在这个模式下现货订单可能被拒绝。
    .fix = 如果第一笔订单失败，请切换到合约模式：交易、右上角的设置、账户模式。
ready-account-mode-untested-swap = 账户处于{ $mode }。{ $bot } 的说明要求合约模式；在这个模式下也许能用，但没有测试过。
    .fix = 如果第一笔订单失败，请切换到合约模式：交易、右上角的设置、账户模式。
ready-position-mode-needs-long-short = { $bot } 交易永续合约需要开平仓模式；账户现在是买卖模式。
    .fix = 在 { -okx } 网站上打开“交易”，选一个永续合约，再点右上角的设置，然后选“持仓模式”（Position mode），选择开平仓模式。请先平掉所有持仓、撤掉所有挂单：只要还有任何一个，{ -okx } 就不允许切换。然后点“重新测试”。
ready-position-mode-needs-net = { $bot } 交易永续合约需要买卖模式；账户现在是开平仓模式。
    .fix = 在 { -okx } 网站上打开“交易”，选一个永续合约，再点右上角的设置，然后选“持仓模式”（Position mode），选择买卖模式。请先平掉所有持仓、撤掉所有挂单：只要还有任何一个，{ -okx } 就不允许切换。然后点“重新测试”。
ready-position-mode-needs-net-ccxt = 账户处于开平仓模式。用 ccxt 写的程序如果不说明每笔订单是哪一边（多或空），在这个模式下它的永续合约订单会被拒绝（51000）。
    .fix = 要么在订单中传入持仓方向，要么在 { -okx } 上选择买卖模式：交易、一个永续合约、右上角的设置、持仓模式。
ready-market-not-offered = 这个账户无法在 { $site } 上交易{ $market }：{ -okx } 没有为它列出任何此类产品（该站点或你所在的地区不提供）。
    .fix = 请为这个机器人选择现货，或者使用一个提供{ $market }的站点上的账户。
ready-bot-market-not-on-site = { $bot } 在 { $site } 上只交易现货。
    .fix = 请在 { $bot } 中选择现货，或者使用能在这个站点交易永续合约的机器人。
ready-funds-in-funding-account = 交易账户是空的；你的资金在资金账户里，机器人无法用它交易。
    .fix = 在 { -okx } 上打开“资产”，再点“划转”，把资金从资金账户划转到交易账户。然后点“重新测试”。
ready-no-funds = 交易账户里还什么都没有，所以机器人的第一笔订单会失败。
    .fix = 启动机器人之前，请先在 { -okx } 上充值或划转资金到交易账户。
ready-demo-not-supported-by-bot = { $bot } 不能使用 { -okx } 的模拟交易密钥。
    .fix = 练习时请用 { $bot } 自己的 dry run 模式，真正交易时用实盘密钥。
ready-sub-account = 这个密钥属于一个子账户：机器人只交易这个子账户里的资金。
    .fix = 如果要交易更多资金，请把资金转入该子账户的交易账户。
# $problem：就绪检查请求出了什么问题，用它自己的话说
ready-readiness-unknown = 无法检查账户是否就绪：{ $problem }
