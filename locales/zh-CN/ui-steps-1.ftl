# 指南的前几个界面（src-ui/steps/intro.js、okx-setup.js、okx-security.js）：开始之前、
# 黄金法则、第 1-4 步（登录、API 管理、交易用密钥、备注名）和第 6-8 步（权限、IP 限制、
# 安全验证码）。
# 引号中的文字和 OKX 权限的名称采用 OKX 自己页面上的叫法。
# 消息的 .hint 是勾选框或选项下方较小的那行字。

## 开始之前

# 该步骤在侧栏和进度行中的名称。
ui-start-rail = 开始之前
ui-start-title = 开始之前
ui-start-lead-1 = 本应用会一步步带你在 { -okx } 上为交易机器人创建一个密钥，然后证明这个密钥设置得安全。
ui-start-lead-2 = 请预留大约 10 分钟不受打扰的时间。勾选你已经具备的：
# 屏幕阅读器为下面这组勾选框朗读的文字。
ui-start-needs = 你需要准备的
ui-start-verified = 一个已认证的 { -okx } 账户
    .hint = 已完成身份认证。{ -okx } 不允许未认证的账户创建密钥。
ui-start-2fa = 已开启双重验证（2FA）
    .hint = 用身份验证器应用或短信验证码保护你的 { -okx } 登录。
ui-start-bot = 一个机器人平台的账户，并已选好机器人
    .hint = 最后你要把新密钥粘贴到那个机器人中。
ui-start-passphrase = 想好如何处理 Passphrase
    .hint = 你要为密钥自己设置一个 Passphrase。请打开密码管理器，以便保存它。
ui-start-no-account = 还没有 { -okx } 账户？
    .text = 请先在 { -okx } 上注册并完成身份认证，然后再回来。你在这里的进度会保留。

## 黄金法则（法则本身来自应用的报告文字）

ui-rules-rail = 黄金法则
# 这个界面上的“下一步”按钮。
ui-rules-next = 我明白了
ui-rules-title = 保护你资金安全的四条法则
ui-rules-lead = 在 { -okx } 上动手之前，请先阅读这些法则。最后，应用会替你检查第一条。
ui-rules-ack = 我已阅读这四条法则，并会遵守
# 显示在禁用的“下一步”按钮旁；引号中的文字是 ui-rules-ack 的开头。
ui-rules-ack-needed = 请勾选“我已阅读这四条法则”以继续。

## 在浏览器中打开 OKX 的页面（多个步骤上都有的按钮）

ui-okx-opened = 已在浏览器中打开。

## 第 1 步：登录

ui-step1-rail = 1. 登录 { -okx }
ui-step1-title = 登录 { -okx }
ui-step1-lead-1 = 在 { -okx } 网站上用你的邮箱和密码登录，并在提示时输入 2FA 验证码。
ui-step1-lead-2 = 请留在主账户中。只有当你确实要让机器人在子账户中交易时，才使用子账户。
# OKX 站点列表上方（站点名称来自应用的站点表）。
ui-step1-site-question = 你在哪里登录 { -okx }？
ui-step1-site-hint = 每个站点都有自己的 API 地址，密钥只在创建它的站点上有效。应用会记住你的选择。
# “交易 › 模拟交易”是 OKX 的菜单。
ui-step1-demo = 我正在用模拟交易密钥练习
    .hint = 模拟密钥在“交易 › 模拟交易”中创建，用模拟资金交易。真实的机器人请不要勾选。
ui-step1-open = 在浏览器中打开 { -okx }
ui-step1-site-needed = 请选择你登录 { -okx } 的站点。

## 第 2 步：API 管理

ui-step2-rail = 2. 打开 API 管理
ui-step2-title = 打开 API 管理
ui-step2-lead-1 = 在 { -okx } 上，点击右上角的头像，选择“账户”（Account）。
ui-step2-lead-2 = 在左侧菜单中点击“API”。这个页面列出了你的密钥。
ui-step2-open = 打开 { -okx } 的 API 管理
# $address 是一个网址，例如 www.okx.com/account/my-api。
ui-step2-address = 这个按钮会在浏览器中打开 { $address }。
ui-step2-seen = 我能看到 API 管理页面

## 第 3 步：交易用密钥

ui-step3-rail = 3. 创建交易用密钥
ui-step3-title = 创建交易用密钥
ui-step3-lead-1 = 点击“创建 API Key”。{ -okx } 会问这个密钥的用途。
ui-step3-lead-2 = 选择“交易”（Trading）。这是适合下单机器人的类型。“只读”（Read only）是给只查看资产的应用用的。
ui-step3-why = 为什么选“交易”？
    .text = 交易用密钥可以读取你的余额，也可以下单和撤单。它的具体权限在第 6 步设置，提币权限会保持关闭。
ui-step3-chose = 我选择了“交易”

## 第 4 步：密钥的备注名

ui-step4-rail = 4. 给密钥起名
ui-step4-title = 给你的密钥起个名字
ui-step4-lead-1 = { -okx } 会要求你填写密钥的备注名。只有你自己能看到它；当你有多个机器人时，它可以区分各个密钥。
ui-step4-lead-2 = 用机器人的名字，这样你总能知道哪个密钥属于哪个机器人。
ui-step4-bot = 这个密钥是给哪个机器人用的？
    .placeholder = 例如 Grid Bot 1
ui-step4-label = 在 { -okx } 上的备注名
ui-step4-copy = 复制名称
ui-step4-copied = 已复制。请粘贴到 { -okx } 的“备注名”输入框中。
# 这些名称是 OKX 接受的名称示例（只有字母和数字）：保持原样。
ui-step4-examples = 好的名称：GridBotBTC、TrendRider2026、DcaBotMain。最多 50 个字母或数字。
# 名称没有问题时显示在名称输入框下方；$count 是其长度，$max 是 OKX 允许的最大长度。
ui-step4-label-ok = { $count }/{ $max } 个字符。看起来不错。

## 密钥名称有什么问题（显示在名称输入框下方，以及禁用的“下一步”旁）

ui-label-empty = 请输入密钥的名称。
ui-label-too-long = 这个名称有 { $count } 个字符；{ -okx } 最多允许 { $max } 个。
ui-label-not-alphanumeric = { -okx } 只允许名称中有字母和数字：请去掉空格和符号。

## 第 6 步：权限

ui-step6-rail = 6. 设置权限
ui-step6-title = 设置密钥的权限
ui-step6-lead = 这是最重要的一个界面。开启“读取”和“交易”，其他全部保持关闭。
ui-perm-caption = 机器人密钥的权限
# 权限表格的列标题。
ui-perm-col-name = 权限
ui-perm-col-setting = 设置
ui-perm-col-why = 原因
# 权限，使用 OKX 的叫法；.why 是最后一列。
ui-perm-read = 读取
    .why = 让机器人查看余额、持仓和订单历史。
ui-perm-trade = 交易
    .why = 让机器人下单和撤单。
ui-perm-withdraw = 提币
    .why = 会让资金离开你的账户。永远不要为机器人开启。
ui-perm-transfer = 划转
    .why = 在账户之间转移资金：机器人不需要。
ui-perm-earn = 赚币
    .why = 理财和质押产品：不需要。
ui-perm-subaccount = 子账户划转
    .why = 把资金转到子账户：不需要。
# 设置列的标记。
ui-perm-turn-on = ✓ 开启
ui-perm-never = ✗ 永不开启
ui-perm-leave-off = ✗ 保持关闭
ui-step6-withdraw-off = 提币保持关闭
    .text = 关闭提币后，即使密钥被盗，也不会有钱通过它离开你的 { -okx } 账户。第 10 步会替你检查这一点。
# 屏幕阅读器为下面这组勾选框朗读的文字。
ui-step6-ticks = 你设置的权限
ui-step6-read-trade = “读取”和“交易”已开启
ui-step6-rest-off = “提币”已关闭，“划转”、“赚币”和“子账户划转”也都已关闭

## 第 7 步：IP 限制

ui-step7-rail = 7. IP 限制
ui-step7-title = 把密钥限制到 IP 地址（推荐）
ui-step7-lead-1 = { -okx } 可以把密钥绑定到一个或多个 IP 地址，这样它只能从你认可的地方使用。
ui-step7-lead-2 = 替你运行机器人的平台通常会在帮助页面列出其服务器地址：请使用这些地址。
ui-step7-question = 你的机器人将在哪里运行？
ui-step7-fixed = 在有固定 IP 地址的服务器上
    .hint = 把该 IP 地址填入 { -okx } 的“IP 地址白名单”输入框。只有这个地址能使用该密钥：这是最安全的设置。
ui-step7-changing = 在家用电脑上，或 IP 地址会变化的地方
    .hint = 暂时把这个输入框留空，这样地址变化时机器人仍能工作。以后你可以再添加地址。
ui-step7-idle = { -okx } 会删除没有 IP 地址的闲置密钥
    .text = 可以交易但没有绑定 IP 地址的密钥，闲置 14 天后会被 { -okx } 删除。请让机器人持续运行，或在有了固定地址后绑定 IP 地址。模拟交易密钥不受影响。
ui-step7-limit = { -okx } 每个密钥最多接受 20 个地址，用逗号分隔。

## 第 8 步：OKX 的安全验证码

ui-step8-rail = 8. 在 { -okx } 上确认
ui-step8-title = 用安全验证码确认
ui-step8-lead = 在创建密钥之前，{ -okx } 会要求你证明是你本人。请输入它要求的每一个验证码，然后点击“确认”。
ui-step8-email = 邮箱验证码：发送到你 { -okx } 邮箱的 6 位数字。
ui-step8-authenticator = 身份验证器验证码：来自谷歌验证器（Google Authenticator）、Authy 或类似的应用。
ui-step8-sms = 短信验证码（如果你开启了手机验证）。
ui-step8-keep-open = 不要关闭下一个界面
    .text = { -okx } 现在会显示新密钥的详情，而 Secret Key 只显示这一次。第 9 步会告诉你在关闭它之前要保存什么。
ui-step8-accepted = { -okx } 接受了我的验证码，并显示了新密钥
