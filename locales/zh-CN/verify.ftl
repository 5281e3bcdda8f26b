# 连接测试：它的检查清单（测试后显示在窗口第 10 步和命令行输出中）、每项检查的结果，
# 以及它报告的问题。

## 检查清单的标题，每项检查一条，按显示顺序排列

check-reach = { -okx } 有响应
check-clock = 时钟与 { -okx } 一致
check-auth = API Key、Secret Key 和 Passphrase 已被接受
check-read = 可以读取账户
check-trade = 可以交易
check-withdraw = 不能提币
check-ip-binding = 已绑定 IP 地址
check-balance = 可以读取余额

## 检查通过时发现的情况（标题下的一行）

# $host：应答的地址，例如 www.okx.com
verify-reach-pass = { -okx } 在 { $host } 作出了应答。
# $site：站点名称，例如“my.okx.com（欧洲经济区）”
verify-auth-pass = { -okx } 在 { $site } 上接受了这个密钥。
# $site：站点名称。用户没有指定站点，是测试找到的。
verify-auth-pass-found = { -okx } 在 { $site } 上接受了这个密钥（自动找到）。
# $skew：时钟偏差，例如“比 OKX 的时钟慢 1.2 秒”（verify-skew-…）
verify-clock-pass = 这台电脑的时钟{ $skew }。
verify-read-pass = 这个密钥有“读取”权限。
verify-trade-pass = 这个密钥有“交易”权限。
verify-withdraw-pass = 这个密钥不能提币。
# $ips：绑定到密钥的 IP 地址，用逗号分隔
verify-ip-pass = 这个密钥只能从 { $ips } 使用。
verify-ip-pass-read-only = 未绑定 IP 地址；只读密钥不需要绑定。
verify-ip-pass-demo = 未绑定 IP 地址；模拟交易密钥不会因闲置而被删除。
# $equity：OKX 给出的数字，小数，如 1234.5678；$currencies：币种代码，
# 用逗号分隔，例如“USDT, BTC”
verify-balance-pass = 总权益 { $equity } USD，币种：{ $currencies }。请与你的 { -okx } 交易账户核对。
# $equity：OKX 给出的数字，小数，如 1234.5678
verify-balance-pass-empty = 总权益 { $equity } USD；交易账户中没有任何币。请与你的 { -okx } 交易账户核对。
# 没有运行的检查。
verify-skipped = 未检查，因为前面的检查失败了。

## 这台电脑的时钟与 OKX 相差多少。放在其他句子中（“这台电脑的时钟……”），
## 用于检查清单、报告及其警告。

verify-skew-within = 与 { -okx } 的时钟相差不到 0.1 秒
# $seconds：小于 10 的小数（例如 1.2），或 10 及以上的整数秒
verify-skew-behind = 比 { -okx } 的时钟慢 { $seconds } 秒
# $seconds：小于 10 的小数（例如 1.2），或 10 及以上的整数秒
verify-skew-ahead = 比 { -okx } 的时钟快 { $seconds } 秒

## 账户模式，来自 OKX（显示在报告中）

verify-account-mode-spot = 现货模式
verify-account-mode-futures = 合约模式
verify-account-mode-multi-currency = 跨币种保证金模式
verify-account-mode-portfolio = 组合保证金模式

## 连接测试本身发现的问题

# $skew：时钟偏差（verify-skew-…）
problem-clock-skew-warn = 这台电脑的时钟{ $skew }。{ -okx } 会拒绝时间偏差超过 30 秒的请求。
    .fix = { problem-clock-skew-over.fix }
# $skew：时钟偏差（verify-skew-…）
problem-clock-skew-over = 这台电脑的时钟{ $skew }。{ -okx } 会拒绝时间偏差超过 30 秒的请求；本次测试已做了校正，但这台电脑上的机器人会被拒绝。
    .fix = 请在系统的日期和时间设置中开启“自动设置时间”（并选择正确的时区）。在运行机器人的电脑或服务器上也这样做。
problem-missing-read-permission = 这个密钥没有读取你账户的权限，所以机器人看不到余额和订单。
    .fix = 请在 { -okx } 的 API 管理页面编辑这个密钥，开启“读取”（交易机器人还要开启“交易”），保存后重新测试。
problem-missing-trade-permission = 这个密钥是只读的：用它的机器人能看到你的账户，但不能交易。
    .fix = 请在 { -okx } 的 API 管理页面编辑这个密钥，开启“交易”（保持“提币”关闭），保存后重新测试。
problem-withdraw-enabled = 这个密钥可以提币。任何拿到它的人都能把你的钱转出 { -okx }。
    .fix = 请立即在 { -okx } 上删除这个密钥，新建一个只有“读取”和“交易”权限的密钥。交易机器人永远不需要“提币”权限。
problem-no-ip-binding = 这个密钥可以交易，但没有绑定 IP 地址，所以 { -okx } 会在它闲置 14 天后删除它。
    .fix = 如果你的机器人运行在有固定 IP 地址的服务器上，请在 { -okx } 上编辑这个密钥，加入该地址。否则请让机器人持续运行：正在使用的密钥不会被删除。
# $actual：密钥可用的站点名称；$chosen：被测试的站点；
# $id：正确站点的 --site 值（global、eea、us 或 tr）
problem-wrong-site = 这个密钥属于 { $actual }，而不是 { $chosen }。密钥只在创建它的站点上有效。
    .fix = { $surface ->
        [cli] 请用 --site { $id } 重新测试，并在你的机器人中也选择 { $actual }。
       *[window] 请在这里和你的机器人中都选择 { $actual } 作为站点，然后重新测试。
    }
# 当其他所有站点也都这么说时，替换 OKX 的“此密钥不存在”。$site：被测试站点的名称
problem-unknown-key-nowhere = { -okx } 说这个 API Key 在 { $site } 上不存在，在 { -okx } 的其他站点上也都不存在。
# $seconds：整个测试允许的时间，整数
problem-timeout-whole-test = 连接测试没有在 { $seconds } 秒内完成。
    .fix = 请检查网络连接，然后重新测试。如果 { -okx } 正忙，请等几分钟。
# 按模拟交易测试，但密钥是实盘密钥。
problem-demo-mismatch-live-key = 这是一个实盘交易密钥，不是模拟交易密钥。
    .fix = { $surface ->
        [cli] 请去掉 --demo 重新测试，并在你的机器人中关闭“模拟交易”。如果要练习，请在 { -okx } 上开启模拟交易后另建一个密钥。
       *[window] 请在这里和你的机器人中都关闭“模拟交易”，然后重新测试。如果要练习，请在 { -okx } 上开启模拟交易后另建一个密钥。
    }
# 按实盘测试，但密钥是模拟交易密钥。
problem-demo-mismatch-demo-key = 这是一个模拟交易密钥：它只能在开启模拟交易时使用。
    .fix = { $surface ->
        [cli] 如果要练习，请加上 --demo 重新测试，并在你的机器人中开启“模拟交易”。如果要真实交易，请在 { -okx } 上关闭模拟交易后新建一个密钥。
       *[window] 如果要练习，请在这里和你的机器人中都开启“模拟交易”，然后重新测试。如果要真实交易，请在 { -okx } 上关闭模拟交易后新建一个密钥。
    }
# 在发送任何内容之前发现。$fields 表示哪些值是空的（是一个键，不是文字）。
problem-malformed-input-empty = { $fields ->
        [api-key] API Key 是空的。
        [secret-key] Secret Key 是空的。
        [passphrase] Passphrase 是空的。
        [api-key-secret-key] API Key 和 Secret Key 是空的。
        [api-key-passphrase] API Key 和 Passphrase 是空的。
        [secret-key-passphrase] Secret Key 和 Passphrase 是空的。
       *[all] API Key、Secret Key 和 Passphrase 都是空的。
    }
    .fix = { $surface ->
        [cli] 请把 OKX_API_KEY、OKX_SECRET_KEY 和 OKX_PASSPHRASE 设置为 { -okx } 给你的三个值，然后重新测试。
       *[window] 请粘贴 { -okx } 给你的全部三个值（API Key、Secret Key、Passphrase），然后重新测试。
    }
