# 确认报告：纯文本，用户可以复制、保存，或由 `okx-key-assistant verify` 打印出来，
# 可以安全地粘贴到任何地方（例如发给客服）。
#
# 译者注：
# - 报告是纯文本，由应用按 78 列换行；消息内部的换行不重要（应用会重新换行），
#   但标题和字段标签必须保持在一行内，且要简短（标签应不超过 14 个字符宽）。
# - 尽量使用纯 ASCII 引号：直引号（"）和撇号（'）。
# - 占位符中的值从不翻译：主机名、网址、标签、代码、日期和应用已格式化的数字。
# - 中文文字之间没有空格，应用在空格处换行，所以每段中文写在一行里。

## 顶部的标题和结果

report-title = { -app-name } - 确认报告

# $abilities 是某条 report-abilities-* 短语（"可以读取和交易"）。
report-result-verified = 结果：已验证。{ -okx } 接受了这个密钥。它{ $abilities }，而且不能提币。
# $reasons：一两条简短原因（report-reason-*），或 report-reasons-unknown-not-ready。
report-result-not-ready =
    结果：已验证，但还不能交给机器人使用。{ -okx } 接受了这个密钥，它也不能提币，但是：{ $reasons }。请看下面的问题。
report-result-unsafe =
    结果：不安全 - 这个密钥可以提币。{ -okx } 接受了这个密钥，而它有"提币"权限：谁拿到它都能把你的资金转出 { -okx }。不要把它交给机器人。请看"{ report-heading-next }"。
report-result-unconfirmed =
    结果：未确认安全。{ -okx } 接受了这个密钥，但测试无法看出它能否提币。在把它交给机器人之前，请重新测试。
# $reasons：一两条简短原因（report-reason-*），或 report-reasons-unknown-not-verified。
report-result-not-verified =
    结果：未通过验证。这个密钥没有通过测试：{ $reasons }。每个问题及其解决办法都列在下面。
# 当测试连接的是应用内置的模拟器时，加在结果（$result）之后。
report-result-practice =
    { $result } 练习运行：本次测试连接的是这台电脑上的应用模拟器，不是 { -okx }，所以它对真实密钥说明不了任何问题。
report-reasons-unknown-not-ready = 见下文
report-reasons-unknown-not-verified = 测试没有完成

## 密钥能做什么（写进结果和摘要行）

report-abilities-read-trade = 可以读取和交易
report-abilities-read-only = 可以读取但不能交易
report-abilities-trade-only = 可以交易但不能读取
report-abilities-neither = 不能读取也不能交易
report-abilities-unknown = 权限未知

## 简短原因：每个问题几个字，用于"未通过验证：密码短语错误"

report-reason-wrong-passphrase = Passphrase 错误
report-reason-wrong-secret = Secret Key 错误
report-reason-unknown-key = { -okx } 不认识这个 API Key
report-reason-wrong-site = 密钥属于 { -okx } 的另一个站点
report-reason-demo-mismatch = 实盘和模拟弄混了
report-reason-clock-skew = 这台电脑的时钟不准
report-reason-ip-not-allowed = 这台电脑的 IP 地址不在密钥的允许范围内
report-reason-region-restricted = { -okx } 在该地区不可用
report-reason-key-frozen = 密钥已被冻结
report-reason-missing-read = 密钥缺少"读取"权限
report-reason-missing-trade = 密钥缺少"交易"权限
report-reason-withdraw-enabled = 密钥可以提币
report-reason-no-ip-binding = 密钥没有绑定 IP 地址
report-reason-rate-limited = { -okx } 要求降低请求频率
report-reason-okx-unavailable = { -okx } 不可用
report-reason-network-error = 无法连接 { -okx }
report-reason-timeout = { -okx } 没有及时应答
report-reason-unexpected-response = { -okx } 的应答应用无法理解
report-reason-malformed-input = 粘贴的某个值格式不对
report-reason-invalid-setting = 应用的某项设置被拒绝
report-reason-keychain-unavailable = 没有可用的钥匙串
report-reason-keychain-locked = 钥匙串已锁定
report-reason-keychain-denied = 钥匙串拒绝访问
report-reason-keychain-mismatch = 钥匙串读回的内容不一致
report-reason-not-found = 该标签下没有保存密钥
report-reason-already-exists = 该标签下已经保存了一个密钥
report-reason-not-allowed = 不允许
report-reason-storage = 无法读写应用的文件
report-reason-browser-unavailable = 无法打开网页浏览器
report-reason-internal = 应用内部错误

# 并列两条原因，以及超过两条时（$more：未显示的条数）。
report-reasons-two = { $first }；{ $second }
report-reasons-more = { $first }；{ $second }（另有 { $more } 条）

## 一行摘要（窗口的标题行）

report-summary-verified = 已验证：安全，{ $abilities }，不能提币
# $reasons：仍然妨碍机器人使用的简短原因。
report-summary-verified-but = 已验证：安全，{ $abilities }，不能提币；但{ $reasons }
report-summary-unsafe = 不安全：这个密钥可以提币
report-summary-unconfirmed = 未确认安全：无法检查"提币"权限
report-summary-not-verified = 未通过验证：{ $reasons }
report-summary-not-finished = 未通过验证：测试没有完成
report-summary-practice = { $summary }（针对模拟器的练习运行，不是 { -okx }）

## 章节标题（报告中每个都有下划线；保持在一行内）

report-heading-when = 时间
report-heading-key = 密钥
report-heading-found = 测试结果
report-heading-checks = 检查项
report-heading-problems = 问题和警告
report-heading-ready = 机器人就绪情况
report-heading-saved = 保存
report-heading-rules = 黄金法则
report-heading-confirmed = 你确认过的事项
report-heading-next = 下一步做什么
report-heading-risk = 风险

## 字段标签（"  标签：  值"；应用会加冒号；保持简短）

report-field-tested = 测试时间
report-field-made = 报告生成
report-field-app = 应用
report-field-site = 站点
report-field-host = API 主机
report-field-mode = 模式
report-field-label = 标签
report-field-api-key = API Key
report-field-account = 账户
report-field-read = 读取
report-field-trade = 交易
report-field-withdraw = 提币
report-field-permissions = 权限
report-field-ip = IP 绑定
report-field-balance = 余额
report-field-clock = 时钟
report-field-pasted = 粘贴的值
report-field-saved-in = 保存位置
report-field-service = 服务
report-field-user = 用户
report-field-saved-at = 保存时间

## 时间

# $time：UTC 日期和时间，由应用格式化（"2026-11-26 18:00:00"）。
report-time-utc = { $time } UTC
# $time：电脑所在时区的同一时刻；$offset：与 UTC 的时差（"+05:30"）。
report-time-local = { $time } 本地时间（UTC{ $offset }）
report-time-unknown = 未知
# $time：按原样记录的测试时间（应用无法把它识别为日期）。
report-time-as-recorded = { $time }（按原样记录）
# $version：应用的版本号（"1.4.0"）。
report-app-version = { -app-name } { $version }

## 密钥

# $site：OKX 站点的名称（"okx.com（全球）"）。
report-site-detected = { $site }（由测试找到：这个密钥属于该站点）
report-mode-demo = 模拟交易（练习用的模拟资金，不是真实资金）
report-mode-live = 实盘（真实资金）
report-label-none = （无）
# $key：API key 的前 4 位和后 4 位字符（"6f1c…5a41"）。
report-api-key-shortened = { $key }（只显示前 4 位和后 4 位字符）
report-api-key-not-shown = （不显示）
report-account-main = 主账户
report-account-sub = 子账户
# $account：report-account-main 或 report-account-sub；$mode：OKX 对账户模式的叫法。
report-account-with-mode = { $account }，模式：{ $mode }

## 测试结果

report-perm-yes = 是
report-read-missing = 否 - 机器人需要它才能查看你的账户
report-trade-missing = 否 - 机器人需要它才能下单
report-withdraw-on = 开启 - 危险
report-withdraw-danger = !! 危险：这个密钥可以把你的资金转出 { -okx }。不要把它用在机器人上。
report-withdraw-off = 关闭（安全）：没有任何资金能通过这个密钥离开 { -okx }
report-not-known = 未知
report-not-checked = 未检查（测试在此之前已停止）
# $addresses：密钥绑定的 IP 地址列表。
report-ip-bound = 已绑定 { $addresses }
report-ip-none-demo = 无（模拟密钥没关系：{ -okx } 不会删除闲置的模拟密钥）
report-ip-none-live = 无。警告：{ -report-idle-deletion }
# 用在上下两条消息中（术语：从不单独显示）。
-report-idle-deletion =
    可以交易但没有绑定 IP 地址的密钥，闲置 14 天后会被 { -okx } 删除。
# $total：账户的总权益（美元），由应用格式化（"1,234.57"）；
# $count：有余额的币种数量；$currencies：这些币种的代码列表。
report-balance =
    { $count ->
        [0] 可读取：总权益 { $total } USD；没有任何币种有余额
       *[other] 可读取：总权益 { $total } USD，分布在 { $count } 个币种：{ $currencies }
    }
report-balance-not-read = 未读取（见下面的问题）
# $skew：这台电脑的时钟与 OKX 相差多少（"比 OKX 的时钟快 1.3 秒"）；
# $verdict：report-clock-fine、-warning 或 -too-far 之一。
report-clock = 这台电脑{ $skew }（{ $verdict }）
report-clock-fine = 正常
report-clock-warning = 警告：见下文
report-clock-too-far = 偏差过大：{ -okx } 会拒绝
report-clock-not-measured = 未测量
# 被截短的列表：$list 是前几项，$more 是省略的项数。
report-list-more = { $list } 以及另外 { $more } 项
# 列表各项之间的分隔符（"USDT, BTC"）。
report-list-separator = {", "}

## 从粘贴值中清理了什么（"API key：删除了末尾的 1 个空格"）


## 检查项（每行以方括号中的标记开头；标记要简短）

report-mark-pass = 通过
report-mark-warning = 警告
report-mark-fail = 失败
report-mark-skipped = 跳过
# $title：检查项名称；$detail：发现的情况。
report-check-line = { $title }：{ $detail }

## 问题和警告

report-problems-none = 无。
report-tag-danger = 危险
report-tag-problem = 问题
report-tag-warning = 警告
report-tag-info = 说明
# $tag：上面的某个标记；$message：用应用的话描述的问题。
report-problem = { $tag }：{ $message }
# 同上，附带 OKX 给出的错误代码（$code，例如 "50105"）。
report-problem-with-code = { $tag }：{ $message }（{ -okx } 代码 { $code }）
# 写在每个问题的解决办法之前。
report-what-to-do = 怎么做：

## 报告根据测试结果自行补充的问题

report-problem-withdraw = 这个密钥有"提币"权限：谁拿到它都能把你的资金转出 { -okx }。
    .fix = 不要把它交给机器人。请在 { $page } 删除它（或编辑它并关闭"提币"），然后重新测试。
report-problem-no-read = 这个密钥不能读取你的账户，所以机器人看不到你的余额和订单。
    .fix = 请在 { $page } 编辑这个密钥，开启"读取"，然后重新测试。
report-problem-no-trade = 这个密钥不能交易，所以机器人无法下单。
    .fix = 请在 { $page } 编辑这个密钥，开启"交易"，然后重新测试。
report-problem-no-ip = 这个密钥没有绑定 IP 地址。{ -report-idle-deletion }
    .fix =
        如果你的机器人运行在有固定 IP 地址的服务器上，请在 { $page } 把该地址加到这个密钥上。否则请确保机器人至少每 14 天使用一次这个密钥。
# $skew：时钟偏差（"比 OKX 的时钟快 12 秒"）。
report-problem-clock-warning =
    这台电脑的时钟{ $skew }。{ -okx } 会拒绝时间偏差超过 30 秒的请求，所以这可能会开始失败。
    .fix = { -report-clock-fix }
report-problem-clock-refused =
    这台电脑的时钟{ $skew }。{ -okx } 会拒绝时间偏差超过 30 秒的请求。
    .fix = { -report-clock-fix }
-report-clock-fix =
    请在系统设置中开启自动设置日期和时间（并选择正确的时区），然后重新测试。

## 保存

# $user：密钥的标签，密钥以此名称保存。
report-saved-user = { $user }（密钥的标签）
report-saved-replaced = 它替换了之前保存在同一标签下的密钥。
# $code：一行读取密钥的 Python 代码（不翻译）。
report-saved-python = 用 Python 编写的机器人可以用 { $code } 读取它。
report-not-saved = 没有保存到系统钥匙串。
report-not-saved-unsafe = 未保存：应用只保存已验证且不能提币的密钥。

## 黄金法则（也在窗口第 1 步之前显示：先是法则，再是原因）

report-rule-withdraw = 永远不要开启提币。
    .why =
        机器人只需要读取和交易。关闭提币后，无论这个密钥遭遇什么，都不会有钱通过它离开你的 { -okx } 账户。
report-rule-share = 永远不要泄露这三项凭证。
    .why =
        API Key、Secret Key 和 Passphrase 只放进你的机器人和密码管理器，别处都不要放。{ -okx } 工作人员绝不会向你索要它们。
report-rule-one-bot = 一个机器人一个密钥。
    .why = 如果某个机器人被停用或被攻破，你只需删除它的密钥，其他机器人照常运行。
report-rule-passphrase = 把 Passphrase 保存在密码管理器中。
    .why =
        { -okx } 无法再次显示或重置它。如果丢失，只能删除这个密钥并重新创建。

## 用户在窗口中确认过的事项

# 图例；$yes、$no 和 $unasked 是标记 "[x]"、"[ ]" 和 "[-]"。
report-confirm-legend = { $yes } 已确认   { $no } 未确认   { $unasked } 未询问
# 用户看到但没有勾选的事项之后（$item）。
report-confirm-not-confirmed = { $item }（未确认）
# 没有询问用户的事项之后（$item）。
report-confirm-not-asked = { $item }（未询问）
report-confirm-nothing-asked =
    没有询问任何事项（这份报告不是在窗口中生成的）。请自己检查以下几项：
report-confirm-rules = 你已阅读这些法则，并会遵守。
# $test：测试对"提币"的结论："on"、"off" 或 "unknown"（未测试）。
report-confirm-withdraw =
    { $test ->
        [on] 创建密钥时没有开启"提币"（和"划转"）。测试发现"提币"已开启。
        [off] 创建密钥时没有开启"提币"（和"划转"）。测试确认"提币"已关闭。
       *[unknown] 创建密钥时没有开启"提币"（和"划转"）。
    }
report-confirm-password-manager = API Key、Secret Key 和 Passphrase 已保存在你的密码管理器中。
report-confirm-one-bot = 这个密钥只给一个机器人使用。
report-confirm-after = 连接机器人之后：
report-confirm-balance = 机器人的控制面板显示了你的 { -okx } 余额。
report-confirm-connected = 机器人显示"Connected"（已连接）或"Active"（运行中）。
report-confirm-no-errors = 机器人的控制面板中没有错误消息。
report-confirm-last-used = { -okx } 的 API 页面显示这个密钥最近有"最近使用"（Last used）时间。
report-confirm-no-suspicious = { -okx } 的 API 页面没有显示意外或可疑的访问。

## 下一步做什么（$page：OKX 的 API 管理页面，一个网址）

report-next-fix-then-test = 请解决上面列出的问题，然后重新测试密钥。
# $service 和 $user：密钥在系统钥匙串中的保存位置。
report-next-paste-saved =
    把这三个值交给你的机器人：API Key、Secret Key、Passphrase。它们在你的密码管理器中，也在系统钥匙串中（service "{ $service }"，user "{ $user }"）。请粘贴，不要手动输入。
report-next-paste =
    把这三个值交给你的机器人：API Key、Secret Key、Passphrase。请从密码管理器中复制并粘贴，不要手动输入。
report-next-last-used =
    机器人运行之后，打开 { $page }，确认这个密钥的"最近使用"（Last used）显示的是最近的时间。
report-next-idle =
    请确保机器人至少每 14 天使用一次这个密钥，或在 { $page } 把这个密钥绑定到机器人的 IP 地址：{ -okx } 会删除闲置的未绑定密钥。
report-next-leaked =
    如果你停用了机器人，或怀疑某个值已经泄露，请在 { $page } 删除这个密钥。你的资金不会受到影响。
report-next-unsafe-keep = 不要把这个密钥交给机器人，也不要把它粘贴到任何地方。
report-next-unsafe-delete =
    打开 { $page } 并删除这个密钥。（你也可以编辑它并关闭"提币"，但新建一个密钥是最安全的选择。）
# $command：删除已保存副本的命令行（不翻译）。
report-next-unsafe-remove = 删除已保存的副本：{ $command }（或在应用中点击"删除"）。
report-next-unsafe-new = 新建一个只开启"读取"和"交易"的密钥，并在这里测试它。
report-next-unconfirmed-test = 请重新测试这个密钥：应用必须确认"提币"已关闭。
report-next-unconfirmed-check = 你也可以在 { $page } 检查这个密钥的"提币"是否已关闭。
report-next-fix-each = 请解决上面列出的问题；每个问题都说明了怎么做。
report-next-test-again = 请重新测试这个密钥。
report-next-lost =
    如果你丢失了 Secret Key 或 Passphrase，请在 { $page } 删除这个密钥并新建一个：{ -okx } 无法再次显示其中任何一个。

## 风险，以及关于机密的结束语

report-disclaimer =
    加密货币交易有真实的亏损风险，可能亏光全部本金；机器人可能赚钱，也可能亏钱。任何机器人过去的业绩都不能保证未来的结果。机器人使用的每个密钥都要保持"提币"关闭，并且只用你亏得起的钱交易。本报告说明的是密钥的设置情况，不构成投资建议。
report-no-secrets =
    本报告不含 Secret Key、不含 Passphrase，API Key 也只含前 4 位和后 4 位字符，所以可以安全地分享，例如发给客服。
