# 保持已保存密钥的健康："okx-key-assistant check"（以及以后窗口中的“我的密钥”）。
# 每个已保存的密钥都会重新测试，并与应用上次看到它正常工作时的情况比较。
# 以下保持原样、不翻译：okx-key-assistant、check、save、--json、--replace、LABEL、
# JSON 键（label、okx_label、drift、idle_rule），以及 OKX 显示的权限名称。
# $site 是站点的名称（例如 "OKX (global, okx.com)"）；$url 是该站点的 API 页面；
# $before 和 $after 是 IP 列表（"127.0.0.1, 5.6.7.8"）或 OKX 备注名，从不翻译。

## 变化：自密钥上次正常工作以来，OKX 上发生了什么变化。
## 消息说明变化了什么；.fix 说明怎么做。显示在终端和窗口中。

health-drift-withdraw-turned-on =
    自上次测试以来，这个密钥开启了“提币”。能提币的密钥一旦泄露，就可能把你的账户清空。
    .fix = 请在 OKX 上编辑这个密钥，关闭“提币”（或删除这个密钥，新建一个只开启“读取”和“交易”的密钥），然后重新测试。

health-drift-trade-lost =
    这个密钥以前可以交易，现在不能了：OKX 上的“交易”权限被关闭了。机器人无法用它下单。
    .fix = 请在 OKX 上编辑这个密钥，重新开启“交易”，或新建一个开启“读取”和“交易”的密钥。

health-drift-ip-list-changed =
    绑定到这个密钥的 IP 地址变了：之前是 { $before }，现在是 { $after }。
    .fix = 如果不是你改的，请登录 OKX，查看是谁改的。请确认机器人所在服务器的地址在列表中，否则机器人会被拒绝。

health-drift-label-changed =
    这个密钥在 OKX 上的备注名从“{ $before }”改成了“{ $after }”。
    .fix = 如果是你改的名，就不用做任何事。如果不是，请登录 OKX，检查账户的安全设置。

health-drift-deleted-on-okx =
    OKX 在 { $site } 上已经不认识这个密钥了，而它以前在那里可以使用：它在 OKX 上被删除了，可能是你删的，也可能是因为 OKX 的 14 天规则（有“交易”权限但未绑定 IP 地址的密钥，闲置 14 天后会被删除）。
    .fix = { $surface ->
        [cli] 请在 { $url } 新建一个密钥，并绑定到机器人的 IP 地址，这样就不会再发生这种情况，然后用同一个名称保存它：{ -cmd-save-replace }
       *[window] 点击“替换”，用同一个名称新建一个密钥，并绑定到机器人的 IP 地址，这样就不会再发生这种情况。然后，如果 { $url } 上仍列出旧密钥，请在 OKX 上删除它。
    }

# 在 health-drift-ip-list-changed 中表示空的 IP 列表。
health-ip-none = 无
# 在 health-drift-label-changed 中表示在 OKX 上没有备注名的密钥。
health-label-none = 无名称

## 14 天规则：适用于有“交易”（或“提币”）权限、未绑定 IP 地址的实盘密钥。
## $days：应用上次看到密钥正常工作以来的整天数；$left：14 减去它（不小于 0）；
## $limit：14。

health-idle-rule =
    OKX 会删除有“交易”权限、未绑定 IP 地址、且 { $limit } 天未使用的密钥。本应用上次看到这个密钥正常工作是在{ $days ->
        [0] 今天
       *[other] { $days } 天前
    }；如果之后一直没有被使用，{ $left ->
        [0] OKX 可能已经把它删除了。
       *[other] 它还剩 { $left } 天。
    }你的机器人自己的使用也算数（任何签名请求都算），但本应用看不到。
    .fix = 长久的解决办法：在 OKX 上编辑这个密钥，把它绑定到机器人的 IP 地址（机器人所在服务器的公网地址）。绑定了 IP 地址的密钥永远不会因为闲置而被删除。

## 历史文件（应用数据文件夹中的 key-history.json；其中不含任何机密）。
## $path 是文件路径，$error 是系统给出的原因，都按原样显示。

health-history-unwritable =
    测试已经运行，但无法把历史记录写入 { $path }：{ $error }。
    .fix = 请确认这个文件夹存在，并且你有写入权限，然后重新测试。
health-history-encode-failed = 无法写入密钥历史记录（内部错误）。

## okx-key-assistant check：帮助，以及每个密钥一行。
## 保留换行和选项列表的缩进：终端会原样显示。

health-usage =
    用法：{ -usage-check }

    一次测试保存在系统钥匙串中的密钥（全部，或给出的各个 LABEL），每个都在它自己的站点、
    用它自己的模式测试，使用签名的只读请求（绝不会交易或转移任何资金）。说明自每个密钥
    上次正常工作以来发生的变化：开启了“提币”、失去了“交易”、IP 列表或备注名变了，或密钥
    在 OKX 上被删除。每次测试都会记入该密钥的简短历史（最近 50 次测试，从不包含机密），
    保存在应用的数据文件夹中。

    选项：
      --json       打印一个 JSON 数组：每个密钥的 verify --json 对象，其中 label 为保存时的
                   名称（OKX 自己的备注名移到 okx_label），另加 drift 和 idle_rule
      -h, --help   显示此帮助

    退出状态：0 每个密钥都正常；1 有密钥测试失败、在 OKX 上被删除或失去了“交易”；
    2 用法有误，或没有已保存的密钥；3 有密钥可以提币（3 优先于 1）。

# 接在 health-usage（check --help）之后。
health-usage-ready =
    保存时带了机器人的密钥（save LABEL --bot BOT）还会针对该机器人检查：账户模式、
    持仓模式、市场以及资金在哪个账户；JSON 中会多出它的 readiness 对象。
    退出状态 4：每个密钥都正常，但有账户还没有为其密钥的机器人准备好。

# 密钥那一行中的结果列。
health-result-healthy = 正常
health-result-can-withdraw = 可以提币：不能给机器人使用
# $reason：第一个问题的消息。
health-result-failed = 失败：{ $reason }
health-result-deleted = 已在 OKX 上删除
health-test-stopped = 这个密钥的测试意外停止了（内部错误）。

health-no-keys =
    还没有保存任何密钥，所以没有可检查的内容。
    .fix = 请先用这条命令保存一个：{ -cmd-save-label }

# $before, $after: the account modes' names (Spot, Futures, Multi-currency margin, Portfolio margin)
health-drift-account-mode-changed =
    账户在 { -okx } 上的模式已从 { $before } 变为 { $after }。
    .fix = 如果是你自己更改的，则无需处理。请用它的机器人重新测试密钥：有些机器人需要特定模式（参见“机器人就绪情况”）。
# $before, $after: Buy/sell mode or Long/short mode
health-drift-position-mode-changed =
    账户在 { -okx } 上的持仓模式已从 { $before } 变为 { $after }。
    .fix = 如果是你自己更改的，则无需处理。需要另一种模式的机器人，其永续合约订单会被拒绝：请用它的机器人重新测试密钥。
