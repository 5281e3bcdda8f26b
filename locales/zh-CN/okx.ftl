# 与 OKX 通信：它的站点、错误代码的含义和处理办法，以及连接本身的故障
# （没有应答、应答被截断、应答不是来自 OKX）。

# 用户在 OKX 网站上管理 API key 的位置；写进多条解决办法中。
-okx-key-page = { -okx } 的 API 管理页面（头像 > API）

## OKX 的站点：每个站点的名称（网址，括号里是面向的用户）以及谁在那里注册
## （显示在用户选择站点时的各站点旁）

# $site：网址，例如 okx.com
okx-site-name-global = { $site }（全球）
okx-site-name-eea = { $site }（欧洲经济区）
okx-site-name-us = { $site }（美国和澳大利亚）
okx-site-name-tr = { $site }（OKX TR，土耳其）
okx-site-region-global = 大多数国家和地区
okx-site-region-eea = 欧洲经济区（EEA）
okx-site-region-us = 美国和澳大利亚
okx-site-region-tr = 土耳其（OKX TR）
# --site 值的列表：$ids 是除最后一个外的所有值，用逗号分隔（“global, eea, us”）；
# $last 是最后一个（“tr”）
okx-site-id-list = { $ids } 或 { $last }
# $value：用户给出的值（最多 40 个字符）
problem-malformed-input-site = "{ $value }" 不是 { -okx } 的站点。
    .fix = 请使用 global（在 okx.com 登录）、eea（my.okx.com）、us（app.okx.com）或 tr（tr.okx.com）。

## 把某个站点指向本机练习模拟器的设置（OKX_BASE_URL_…）

# $var：设置的名称，例如 OKX_BASE_URL_GLOBAL；$why：下面的某条 okx-override-…
problem-invalid-setting-override = { $var } 被设置为应用拒绝的值：{ $why }。
    .fix = 取消设置 { $var } 以使用真正的 { -okx }，或把它设置为本机回环地址，如 http://127.0.0.1:8085（练习模拟器）。
# $var: the setting, e.g. OKX_BASE_URL_GLOBAL; $url: where it points
problem-real-key-to-override = 已设置 { $var }，因此这个请求会发往本机的 { $url }，但这个密钥是从 { -okx } 本身保存的。应用绝不会把真实密钥发给练习服务器。
    .fix = 取消设置 { $var }（在终端中运行：unset { $var }），然后重试。只在用模拟器练习时设置它。
# $var: the setting; $host: the real API host, e.g. www.okx.com
problem-practice-key-to-okx = 这个密钥是从练习模拟器保存的，不是从 { -okx }：{ -okx } 不认识它，所以应用不会把它发往 { $host }。
    .fix = 若要用它练习，请启动模拟器（{ -cmd-simulate }），并把 { $var } 设为它显示的地址。给机器人用，请从 { -okx } 保存真实密钥。
okx-override-not-http = 只允许 http://127.0.0.1:PORT 或 http://localhost:PORT
okx-override-no-port = 地址需要带端口，如 http://127.0.0.1:8085
okx-override-not-loopback = 它不是本机回环地址（127.0.0.1 或 localhost）
okx-override-bad-port = 端口必须是 1 到 65535 之间的数字

## OKX 的错误代码、含义和处理办法

problem-wrong-passphrase = { -okx } 不接受这个 Passphrase。
    .fix = 请输入你在 { -okx } 上创建这个密钥时设置的 Passphrase。它不是你的 { -okx } 登录密码，也不是资金密码，而且区分大小写。请从你保存它的地方复制。如果已经丢失，{ -okx } 无法找回：请在 { -okx } 上删除这个密钥并新建一个。
problem-wrong-secret = { -okx } 不接受请求的签名，这说明这个 Secret Key 不属于这个 API Key。
    .fix = 请从创建密钥时你保存它的地方重新复制 Secret Key（{ -okx } 只显示一次），两端都不要少复制。如果已经没有了，请在 { -okx } 上删除这个密钥并新建一个。
problem-unknown-key = { -okx } 不认识这个 API Key。
    .fix = 请从 { -okx-key-page } 重新完整复制 API Key。如果那里没有列出这个密钥，说明它已被删除：请新建一个。
# $site：被测试站点的名称，例如“my.okx.com（欧洲经济区）”
problem-unknown-key-site = { -okx } 说这个 API Key 在 { $site } 上不存在。
    .fix = 请确认你选择的是你登录 { -okx } 的站点（okx.com、my.okx.com、app.okx.com 或 tr.okx.com）：密钥只在它自己的站点上有效。然后从 { -okx-key-page } 重新复制 API Key。如果这个密钥已不在列表中，说明它已被删除（有交易权限但未绑定 IP 地址的密钥，闲置 14 天后会被删除）：请新建一个。
# 以模拟交易请求发送，但密钥是实盘密钥。
problem-demo-mismatch-not-demo = { -okx } 说这个密钥不是模拟交易密钥，但它是按模拟交易密钥测试的。
    .fix = { $surface ->
        [cli] 请去掉 --demo 重新测试。模拟交易密钥要在 { -okx } 开启模拟交易模式时创建。
       *[window] 请关闭“模拟交易”，重新测试。模拟交易密钥要在 { -okx } 开启模拟交易模式时创建。
    }
# 以实盘请求发送，但密钥是模拟交易密钥。
problem-demo-mismatch-not-live = { -okx } 说这个密钥不是实盘交易密钥：它看起来是模拟交易密钥。
    .fix = { $surface ->
        [cli] 如果你是在 { -okx } 的模拟交易模式下创建的密钥，请加上 --demo 重新测试。如果要真实交易，请在关闭模拟交易的情况下创建密钥。
       *[window] 如果你是在 { -okx } 的模拟交易模式下创建的密钥，请在这里开启“模拟交易”，重新测试。如果要真实交易，请在关闭模拟交易的情况下创建密钥。
    }
problem-clock-skew-rejected = { -okx } 拒绝了请求中的时间：这台电脑的时钟偏差超过了 30 秒。
    .fix = 请在系统的日期和时间设置中开启“自动设置时间”（并选择正确的时区），然后重新测试。
# $ip：OKX 看到的这台电脑的地址
problem-ip-not-allowed-ip = 这个密钥只能从特定的 IP 地址使用，而这台电脑的地址（{ $ip }）不在其中。
    .fix = 请在 { -okx-key-page } 编辑这个密钥，把 { $ip } 加入它的 IP 地址白名单，然后重新测试。如果你是有意把密钥绑定到机器人所在服务器的，那么这台电脑只是不是那台服务器：请在服务器上测试，或为测试临时加入这个地址，测试后再删除。
problem-ip-not-allowed = 这个密钥只能从特定的 IP 地址使用，而这台电脑的地址不在其中。
    .fix = 请在 { -okx-key-page } 编辑这个密钥，把这台电脑的地址加入它的 IP 地址白名单，然后重新测试。如果你是有意把密钥绑定到机器人所在服务器的，那么这台电脑只是不是那台服务器：请在服务器上测试，或为测试临时加入这个地址，测试后再删除。
# $ip：OKX 看到的这台电脑的地址
problem-region-restricted-ip = { -okx } 不在你当前所在的位置（IP 地址 { $ip }）提供这项服务。
    .fix = { problem-region-restricted.fix }
problem-region-restricted = { -okx } 不在你所在的国家或地区提供这项服务。
    .fix = 请确认你选择的是你注册的站点（okx.com、my.okx.com、app.okx.com 或 tr.okx.com），并查看 { -okx } 支持的国家和地区列表。如果你正在旅行，请回家后再测试。
problem-key-frozen = { -okx } 冻结了这个密钥。
    .fix = 请联系 { -okx } 客服了解原因，或在 { -okx-key-page } 删除这个密钥并新建一个。
problem-key-frozen-account = { -okx } 说这个账户已被冻结。
    .fix = 请联系 { -okx } 客服。在他们解冻账户之前，这个密钥无法使用。
problem-missing-read-permission-code = 这个密钥没有读取你账户的权限。
    .fix = 请在 { -okx-key-page } 编辑这个密钥，开启“读取”（交易机器人还要开启“交易”），保存后重新测试。
problem-malformed-input-okx-empty-key = { -okx } 收到的 API Key 是空的。
    .fix = { $surface ->
        [cli] 请把 OKX_API_KEY 设置为 API Key，然后重新测试。
       *[window] 请把 API Key 粘贴到它的输入框中，然后重新测试。
    }
problem-malformed-input-okx-empty-passphrase = { -okx } 收到的 Passphrase 是空的。
    .fix = { $surface ->
        [cli] 请把 OKX_PASSPHRASE 设置为 Passphrase，然后重新测试。
       *[window] 请把 Passphrase 粘贴到它的输入框中，然后重新测试。
    }
problem-malformed-input-okx-empty-part = { -okx } 说签名请求中有一部分是空的。
    .fix = { $surface ->
        [cli] 请确认 OKX_API_KEY、OKX_SECRET_KEY 和 OKX_PASSPHRASE 都已设置，然后重新测试。如果一直出现，请报告此问题：这是 { -app-name } 的程序错误。
       *[window] 请确认三个输入框都已填写，然后重新测试。如果一直出现，请报告此问题：这是 { -app-name } 的程序错误。
    }
problem-unexpected-response-format = { -okx } 拒绝了请求的格式。这不是你的密钥造成的。
    .fix = 请重新测试。如果一直出现，请报告此问题：这是 { -app-name } 的程序错误。
problem-unexpected-response-unauthorised = { -okx } 拒绝授权这个密钥，但没有说明原因。
    .fix = 请检查全部三个值，然后重新测试。如果一直出现，请在 { -okx-key-page } 删除这个密钥并新建一个。
problem-rate-limited = { -okx } 目前从这个密钥或这个网络收到的请求太多了。
    .fix = 请等一分钟再测试。如果已经有机器人在用这个密钥运行，没关系：限制几秒内就会重置。
# $host：请求的地址，例如 www.okx.com
problem-okx-unavailable = { -okx } 位于 { $host } 的服务暂时不可用（维护中或负载过高）。
    .fix = 请等几分钟再测试。{ -okx } 会在其状态页面和社交媒体上公布维护信息。
problem-timeout-okx = { -okx } 这次应答太慢了。
    .fix = 请稍等片刻再测试。测试只读取数据，所以重试是安全的。

## 本应用不认识的代码

# $code：OKX 的错误代码，例如 51000
problem-unexpected-response-unknown-code = { -okx } 返回了错误代码 { $code }，本应用不认识这个代码。
    .fix = 请稍后再测试。如果一直出现，请在 { -okx } 的 API 文档中查找代码 { $code }，或咨询 { -okx } 客服。
# $code：OKX 的错误代码；$said：OKX 自己的消息，按原样引用（通常是英文）
problem-unexpected-response-unknown-code-said = { -okx } 返回了错误代码 { $code }，本应用不认识这个代码："{ $said }"。
    .fix = { problem-unexpected-response-unknown-code.fix }
problem-unexpected-response-unknown-error = { -okx } 返回了一个本应用不认识的错误。
    .fix = 请稍后再测试。如果一直出现，请咨询 { -okx } 客服。
# $said：OKX 自己的消息，按原样引用（通常是英文）
problem-unexpected-response-unknown-error-said = { -okx } 返回了一个本应用不认识的错误："{ $said }"。
    .fix = { problem-unexpected-response-unknown-error.fix }

## 不是来自 OKX 的应答。$host：请求的地址，例如 www.okx.com；$status：HTTP
## 状态码，例如 200

problem-unexpected-response-redirect = { $host } 试图把请求转到别处（HTTP { $status }）。
    .fix = 请确认你选择了正确的站点。如果你的网络需要通过网页登录（酒店或办公室的 Wi-Fi），请先登录，然后重新测试。
# $kind 表示返回了什么（是一个键，不是文字）。
problem-unexpected-response-not-okx = { $kind ->
        [html] { $host } 返回了一个网页，而不是 { -okx } 的数据（HTTP { $status }）。
        [empty] { $host } 返回了一个空应答（HTTP { $status }）。
        [json] { $host } 返回的数据格式不是 { -okx } 使用的格式（HTTP { $status }）。
       *[garbled] { $host } 返回了一个不完整或乱码的应答（HTTP { $status }）。
    }
    .fix = 请稍后再测试。如果一直出现，可能是代理、防火墙或 Wi-Fi 登录页面在中间拦截：请换一个网络试试，并确认你选择了正确的站点。
# $what 表示 OKX 应答中缺少了哪一部分（是一个键，不是文字）。
problem-unexpected-response-missing = { $what ->
        [time] { $host } 回答成功，但没有包含服务器时间。
        [config] { $host } 回答成功，但没有包含密钥的设置。
        [instruments] { $host } 回答成功，但没有包含交易产品列表。
        [funding] { $host } 回答成功，但没有包含资金账户的余额。
       *[balance] { $host } 回答成功，但没有包含余额。
    }
    .fix = 请稍后再测试。如果一直出现，请确认你选择了正确的站点。
problem-unexpected-response-too-big = { $host } 发来的应答比 { -okx } 正常的大得多，所以没有读取它。
    .fix = 请确认你选择了正确的站点，并且没有代理或 Wi-Fi 登录页面在中间拦截，然后重新测试。

## 请求无法准备或发送

# $part 表示哪个值无法发送（是一个键，不是文字）。
problem-malformed-input-header = { $part ->
        [api-key] API Key 中含有无法发送给 { -okx } 的字符（如换行符）。
        [passphrase] Passphrase 中含有无法发送给 { -okx } 的字符（如换行符）。
        [signature] 签名中含有无法发送给 { -okx } 的字符（如换行符）。
       *[time] 时间中含有无法发送给 { -okx } 的字符（如换行符）。
    }
    .fix = { $surface ->
        [cli] { $part ->
            [api-key] 请按 { -okx } 显示的原样重新设置 OKX_API_KEY，然后重新测试。
            [passphrase] 请按 { -okx } 显示的原样重新设置 OKX_PASSPHRASE，然后重新测试。
           *[other] 请重新测试。如果一直出现，请报告此问题：这是 { -app-name } 的程序错误。
        }
       *[window] { $part ->
            [api-key] 请按 { -okx } 显示的原样重新粘贴 API Key，然后重新测试。
            [passphrase] 请按 { -okx } 显示的原样重新粘贴 Passphrase，然后重新测试。
           *[other] 请重新测试。如果一直出现，请报告此问题：这是 { -app-name } 的程序错误。
        }
    }
problem-network-error-tls-setup = 这台电脑无法准备安全（TLS）连接。
    .fix = 请重启应用后重新测试。如果一直出现，请附上应用的日志报告此问题。
problem-internal-signing-key = 无法准备签名密钥。

## 连接失败。$host：请求的地址，例如 www.okx.com

problem-network-error-dns = 找不到 { $host }：这个名称无法解析到地址。
    .fix = 请确认这台电脑已连接到互联网。如果已连接，可能是你的网络屏蔽了 { -okx }：请换一个网络试试（例如手机热点）。
problem-network-error-refused = { $host } 拒绝了连接。
    .fix = 请检查网络连接，以及防火墙、VPN 或代理设置，然后重新测试。如果你在用模拟器练习，请确认它仍在运行。
problem-network-error-reset = 在 { -okx } 应答之前，与 { $host } 的连接被中断了。
    .fix = 请重新测试。如果一直出现，可能是防火墙、VPN、杀毒软件或你的网络中断了与 { -okx } 的连接：请换一个网络试试。
problem-network-error-tls = 无法与 { $host } 建立安全（TLS）连接。
    .fix = 请确认这台电脑的日期和时间正确。杀毒软件的“网页防护”功能、公司网络和公共 Wi-Fi 的登录页面都可能破坏安全连接：请换一个网络试试。
# $seconds：单个请求允许的时间，整数
problem-timeout-request = { $host } 在 { $seconds } 秒内没有应答。
    .fix = 请检查网络连接，然后重新测试。如果 { -okx } 正忙，请等几分钟。
problem-unexpected-response-cut = 来自 { $host } 的应答在中途被截断了。
    .fix = 请重新测试。如果一直出现，可能是你的网络或代理中断了连接：请换一个网络试试。
problem-network-error-connect = 无法连接到 { $host }。
    .fix = 请检查网络连接，以及防火墙、VPN 或代理设置，然后重新测试。
problem-network-error-other = 发往 { $host } 的请求无法完成。
    .fix = 请重新测试。如果一直出现，请附上应用的日志报告此问题。
