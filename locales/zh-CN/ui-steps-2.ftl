# 窗口中第 5、9、10 步，第 10 步之后的页面（检查是否正常、故障排除、删除或轮换、
# 速查表）、确认报告以及钥匙串中已保存密钥列表的文字。
# 来自应用检查的文字（问题、检查结果、字段消息、密码短语强度）在其他文件中；
# 这里只有窗口自己围绕它们说的话。

## 这些步骤共用

# 隐藏字段（密码短语、Secret key）旁的切换按钮。
ui-secret-show = 显示
ui-secret-hide = 隐藏

## 第 5 步：创建密码短语

ui-step5-rail = 5. 创建 Passphrase
ui-step5-title = 创建你的 Passphrase
ui-step5-lead-1 = { -okx } 现在会要求填写 Passphrase：这是你为这个密钥自己设置的密码。{ -okx } 以后不会再显示它，也无法重置它。
ui-step5-lead-2 = 在这里生成，保存到你的密码管理器中，然后把它输入到 { -okx } 的两个 Passphrase 输入框中。
ui-step5-passphrase = Passphrase
ui-step5-confirm = 再输入一次以确认
ui-step5-start = 请输入一个 Passphrase，或生成一个。
# $strength：一个词，如“强”，由应用的密码短语检查给出。
ui-step5-strength = 强度：{ $strength }
# $online 和 $offline：由应用的密码短语检查给出的时长，例如“3 年”。
ui-step5-crack-times = 猜中它需要：通过 { -okx } 逐个尝试需 { $online }，从窃取的 { -okx } 记录副本破解需 { $offline }。
# 屏幕阅读器为规则列表朗读的文字。
ui-step5-rules = { -okx } 的 Passphrase 规则
# 屏幕阅读器在每条规则后朗读的文字。
ui-step5-rule-met = （已满足）
ui-step5-rule-not-met = （未满足）
ui-step5-generate = 帮我生成一个
ui-step5-copy = 复制
ui-step5-clear = 清空
ui-step5-generated = 已生成。请保存到你的密码管理器中，然后在下面再输入一次以确认。
# $n：应用在多少秒后清空剪贴板。
ui-step5-copied = 已复制。剪贴板将在 { $n } 秒后清空。
ui-step5-cleared = 已清空。
ui-step5-stronger = 请让 Passphrase 更强一些。
ui-step5-hint = 请设置一个满足所有规则的 Passphrase，并确认它。
ui-step5-kept = 你的 Passphrase 已准备好
    .body = 应用把它保存在内存中（从不写入磁盘），用来检查你在第 9 步粘贴的内容。如果要更换，请在下面输入一个新的。
ui-step5-save-now = 现在就把它保存到密码管理器中
    .body = 如果丢失，只能删除这个密钥并重新创建。请把它和你在第 9 步得到的 API Key 和 Secret Key 保存在同一个条目中。

## 第 9 步：保存三项凭证，然后粘贴进来检查

ui-step9-rail = 9. 保存凭证
ui-step9-title = 现在就保存你的三项凭证
ui-step9-lead-1 = { -okx } 现在会显示新密钥的 API Key 和 Secret Key。你的 Passphrase 就是第 5 步设置的那个。
ui-step9-lead-2 = 先把三项都放进密码管理器的同一个条目中（例如“OKX API，网格机器人”）。然后粘贴到这里进行检查。
# 三个输入框的标签。
ui-step9-label-api-key = API Key
ui-step9-label-secret-key = Secret Key
ui-step9-label-passphrase = Passphrase（你为这个密钥设置的，不是你的 { -okx } 登录密码）
# 三个值在句子中的名称（见 ui-step9-swap-button）。
ui-step9-name-api-key = API Key
ui-step9-name-secret-key = Secret Key
ui-step9-name-passphrase = Passphrase
ui-step9-check = 检查
ui-step9-clear = 清空
ui-step9-shown-once = Secret Key 只显示一次
    .body = 关闭 { -okx } 的这个界面后，谁也无法再显示它。请先把它复制到密码管理器中，再做其他事。
ui-step9-earlier = 已检查过
    .body = 你之前检查过的值保存在内存中，供第 10 步使用。如果要更改，请重新粘贴。
ui-step9-tip = 提示：你可以把密码管理器中的整条笔记（API Key、Secret Key、Passphrase 各占一行）粘贴到任意一个输入框中。
# 应用从粘贴值中删除了什么（空格、引号等）的列表标题。
ui-step9-cleaned = 已清理你粘贴的内容
# $first 和 $second：ui-step9-name-api-key、ui-step9-name-secret-key 和
# ui-step9-name-passphrase 中的两个。
ui-step9-swap-button = 互换 { $first } 和 { $second }
ui-step9-swapped = 这两个看起来填反了
    .body = { $first } 和 { $second } 好像放进了对方的输入框。
ui-step9-ok = 三个值看起来都正确
    .body = 它们保存在内存中（从不写入磁盘），供第 10 步的连接测试使用。
ui-step9-not-ok = 有些地方需要修改
    .body = 请阅读上面各输入框下方的消息。
ui-step9-split-failed = 粘贴的内容有好几行，但应用无法判断哪个值是哪个。请把每个值分别粘贴到各自的输入框中。
# $n：填了几个输入框。
ui-step9-filled = 一次粘贴填好了 { $n } 个输入框。
ui-step9-uses-step5 = 将使用你在第 5 步创建的 Passphrase，它只保存在本应用内。如果你在 { -okx } 上填写的是另一个，请在这里输入那个。
    .placeholder = 第 5 步的 Passphrase（将直接使用）
ui-step9-saved = 三项都已保存在我的密码管理器中
    .hint = API Key、Secret Key 和 Passphrase，放在同一个条目中。保存好之后再关闭 { -okx } 的界面。
ui-step9-hint = 请把三项都保存到密码管理器中，然后勾选此框。

## 第 10 步：测试密钥，保存到钥匙串，连接机器人

ui-step10-rail = 10. 测试并连接
ui-step10-title = 测试密钥，然后连接你的机器人
# $host：OKX 服务器的地址，例如 www.okx.com。
ui-step10-lead-plain = 应用会像机器人一样向 { $host } 询问你的密钥，但只读取：它绝不会交易或转移资金。
ui-step10-lead-2 = 它会检查 API Key、Passphrase 和 Secret Key，密钥属于哪个站点，密钥能做什么，它的 IP 绑定，你的时钟，以及能否读取你的余额。
ui-step10-check-first = 请先检查三个值
    .body = 请回到第 9 步，粘贴它们，然后点击“检查”。
ui-step10-test = 测试连接
ui-step10-test-again = 重新测试
# 测试当前正在做什么。
ui-step10-starting = 正在开始测试…
ui-step10-stage-reach = 正在连接 { -okx }…
ui-step10-stage-clock = 正在检查你电脑的时钟…
ui-step10-stage-auth = 正在用密钥登录并读取其设置…
ui-step10-stage-other = 正在检查…
# 屏幕阅读器在每项检查的标题后朗读的文字。
ui-step10-status = { $status ->
        [pass] （通过）
        [warning] （警告）
        [fail] （失败）
       *[skipped] （跳过）
    }
ui-step10-safe = 密钥可以使用，而且不能提币
# $host：测试密钥时使用的 OKX 服务器地址。
ui-step10-tested-on = 在 { $host } 上测试。
ui-step10-tested-on-demo = 在 { $host } 上测试（模拟交易）。
ui-step10-unsafe = 不安全：这个密钥可以提币
    .body = 不要把它交给任何机器人。请在 { -okx } 上删除它，新建一个关闭提币的密钥。
ui-step10-failed = 密钥没有通过测试
    .body = 下面每个问题都说明了怎么做。你粘贴的值会保留：解决问题后，点击“重新测试”。
# $site：OKX 另一个站点的简称，例如“欧洲经济区”。
ui-step10-use-site = 改用 { $site } 并重新测试
ui-step10-use-demo = 切换到模拟交易并重新测试
ui-step10-use-live = 切换到实盘交易并重新测试
ui-step10-save-heading = 保存到系统钥匙串
ui-step10-save-lead = 操作系统的钥匙串会加密保存这三个值，这台电脑上的机器人可以从中读取。
ui-step10-save-label = 保存名称
ui-step10-save = 保存到我的钥匙串
ui-step10-saving = 正在保存，然后读回检查…
ui-step10-saved = 已保存并读回
ui-step10-replaced = 已替换并读回
# $backend：钥匙串的名称；$service 和 $user：密钥在其中的保存位置。
ui-step10-saved-where = 保存在 { $backend } 中：service “{ $service }”，user “{ $user }”。应用写入后读回，并逐一核对了每个值。
# 对话框中的问题；$message 说明哪个名称已被占用（来自应用的检查）。
ui-step10-replace = 要替换已保存的密钥吗？
    .body = { $message } 在新密钥保存并读回之前，旧密钥会保留。
    .button = 替换
ui-step10-not-replaced = 没有替换。如果要两个都保留，请换一个名称。
ui-step10-connect-heading = 连接你的机器人

## 钥匙串中已保存的密钥（第 10 步）

ui-saved-heading = 这台电脑上已保存的密钥
ui-saved-none = 钥匙串中还没有保存任何密钥。
# 表格的列标题。
ui-saved-col-name = 名称
ui-saved-col-api-key = API Key
ui-saved-col-site = 站点
ui-saved-col-saved = 保存时间
# $site：站点代码，例如 global。
ui-saved-site-demo = { $site }（模拟）
ui-saved-copy-api-key = 复制 API Key
ui-saved-copy-secret-key = 复制 Secret Key
ui-saved-copy-passphrase = 复制 Passphrase
# 点击复制按钮后。$field：复制的是哪个值；$label：已保存密钥的名称；$n：应用在多少秒后
# 清空剪贴板。
ui-saved-copied = 已复制“{ $label }”的{ $field ->
        [api_key] API Key
        [secret_key] Secret Key
       *[passphrase] Passphrase
    }。剪贴板将在 { $n } 秒后清空。
ui-saved-missing = 钥匙串中已不存在
ui-saved-delete = 删除
# 对话框中的问题。$label：已保存密钥的名称。
ui-saved-delete-confirm = 要从钥匙串中删除“{ $label }”吗？
    .body = 这只会删除这台电脑上保存的副本。在你到 { -okx } 上删除它之前，这个密钥在 { -okx } 上仍然有效。
ui-saved-deleted = 已从钥匙串中删除“{ $label }”。
ui-saved-python = 给机器人开发者：用 Python 读取已保存的密钥
    .body = 每个密钥是一个钥匙串条目：service 为 “{ -cmd-app }”，user 为密钥的名称，secret 为包含 api_key、secret_key、passphrase、site、api_host、demo 和 saved_at 的 JSON。安装 Python 包 keyring 和 secretstorage，然后：

## 确认报告（第 10 步和“检查是否正常”）

ui-report-heading = 确认报告
ui-report-lead = 检查了哪些内容，供你存档或发给客服。它从不包含你的 Secret Key、Passphrase 或完整的 API Key。
ui-report-copy = 复制报告
ui-report-copy-english = 复制英文版
ui-report-save = 另存为…
ui-report-copied = 已复制。其中不含任何机密：可以安全地粘贴到任何地方。
# $path：报告的保存位置。
ui-report-saved = 已保存到 { $path }。
ui-report-not-saved = 未保存。

## 检查是否正常（第 10 步之后）

ui-verify-rail = 检查是否正常
ui-verify-title = 检查一切是否正常
ui-verify-lead = 密钥放进机器人之后，请两边都看一看。每确认一项，就勾选一项。
ui-verify-bot-heading = 在你的机器人平台上
ui-verify-balance = 显示了你的 { -okx } 余额，金额正确
ui-verify-status = 机器人显示“Connected”（已连接）或“Active”（运行中）
ui-verify-no-errors = 页面上没有任何错误消息
ui-verify-okx-heading = 在 { -okx } 的 API 管理页面上
ui-verify-last-used = 这个密钥显示了最近的“最近使用”（Last used）时间
ui-verify-no-strange = 没有你不认识的访问
ui-open-api-management = 打开 { -okx } 的 API 管理

## 故障排除（第 10 步之后）
# 每个标题引用用户可能在 OKX 或机器人中看到的消息（OKX 用英文写这些消息）；
# 各属性是按顺序要做的事。

ui-trouble-rail = 故障排除
ui-trouble-title = 如果出了问题
ui-trouble-lead = 找到你看到的消息。每条都说明了怎么做。
ui-trouble-invalid-key = “Invalid API key”或“Authentication failed”（API Key 无效或认证失败）
    .step1 = 重新准确复制全部三个值：API Key、Secret Key 和 Passphrase。本应用的第 9 步会检查其中有没有多余的空格。
    .step2 = 确认这个密钥创建时选择的用途是“交易”。
    .step3 = 检查站点：在 my.okx.com 或 app.okx.com 上创建的密钥只在那里有效。第 10 步会替你找到正确的站点。
    .step4 = 在你的机器人中断开交易所连接，然后重新连接。
ui-trouble-wrong-passphrase = “Wrong passphrase”（Passphrase 错误，{ -okx } 代码 50105）
    .step1 = Passphrase 是你在第 5 步为这个密钥设置的那个，不是你的 { -okx } 登录密码，也不是资金密码。
    .step2 = 请从密码管理器中复制。大小写有区别。
    .step3 = 如果确实丢失了，请删除这个密钥并新建一个（见“删除或轮换”）。
ui-trouble-no-such-key = “API key doesn't exist”（API Key 不存在，50119）
    .step1 = 最常见的原因是密钥是在 { -okx } 的另一个站点（okx.com、my.okx.com 或 app.okx.com）上创建的。第 10 步会逐一尝试这三个站点，并告诉你哪个是对的。
    .step2 = 否则就是密钥已被删除，或因未绑定 IP 地址、闲置 14 天而被 { -okx } 删除了。请新建一个。
ui-trouble-permissions = “Insufficient permissions”（权限不足）
    .step1 = 在 { -okx } 的 API 页面编辑这个密钥，确认“读取”和“交易”已开启。保存，然后重新连接。
ui-trouble-ip = “IP address not authorized”（IP 地址未授权，50110）
    .step1 = 这个密钥被绑定到了特定 IP 地址，而机器人的地址不在其中。{ -okx } 的消息里会写出它看到的地址。
    .step2 = 在 { -okx } 上编辑这个密钥，加入该地址；或者在找到正确地址之前先取消限制。
ui-trouble-region = “This feature is not available in your region”（该功能在你所在的地区不可用）
    .step1 = { -okx } 在某些国家和地区限制部分服务。请查看 { -okx } 支持的地区列表。
    .step2 = 如果你换了国家，{ -okx } 可能已把你的账户转到另一个站点：请确认你在哪里登录。
ui-trouble-timestamp = “Timestamp request expired”（请求时间戳已过期，50102）
    .step1 = 你电脑的时钟偏差超过了 30 秒。请在系统设置中开启自动设置日期和时间。
ui-trouble-environment = “APIKey does not match current environment”（API Key 与当前环境不匹配，50101）
    .step1 = 模拟交易密钥被用于实盘交易，或实盘密钥被用于模拟交易。请在机器人中使用对应的模式。
ui-trouble-lost = 丢失了 Secret Key 或 Passphrase
    .step1 = 这两者都无法再次显示或找回，你自己不行，{ -okx } 也不行。
    .step2 = 请在 { -okx } 的 API 页面删除这个密钥，然后从第 3 步开始新建一个，并把新的值填入你的机器人。

## 删除或轮换密钥（第 10 步之后）

ui-rotate-title = 删除或替换密钥
ui-rotate-lead = 当你停用某个机器人、怀疑密钥已泄露，或只是想定期换一个新的时，就删除密钥。
ui-rotate-delete-heading = 在 { -okx } 上删除密钥
ui-rotate-delete-1 = 打开 { -okx } 的 API 管理页面。
ui-rotate-delete-2 = 按名称找到这个密钥，点击“删除”。
ui-rotate-delete-3 = 用邮箱验证码和 2FA 验证码确认。密钥会立即失效。
ui-rotate-money = 你的资金不受影响
    .body = 删除密钥不会改变你的账户或资金。机器人只是无法再交易。
ui-rotate-replace-heading = 替换（轮换）密钥
ui-rotate-replace-1 = 用本应用从第 3 步开始新建一个密钥。
ui-rotate-replace-2 = 用同一个名称把它保存到钥匙串：应用会在替换旧密钥前询问你，并在新密钥安全保存之前保留旧密钥。
ui-rotate-replace-3 = 把新的值填入你的机器人，并确认它能连接。
ui-rotate-replace-4 = 在 { -okx } 上删除旧密钥。

## 速查表（第 10 步之后）

ui-ref-rail = 速查表
ui-ref-title = 速查表
ui-ref-lead = 机器人密钥的正确设置，一目了然。
ui-ref-credentials-heading = 三项凭证
ui-ref-api-key = API Key：显示在 { -okx } 的 API 页面上；用来识别这个密钥。
ui-ref-secret-key = Secret Key：只在创建密钥时显示一次。用来给每个请求签名。
ui-ref-passphrase = Passphrase：你在第 5 步自己设置的。{ -okx } 无法找回它。
ui-ref-risk = 风险提示
    .body = 加密货币交易可能让你亏钱，而且可能亏得很快、亏光全部。机器人过去的业绩不能保证未来的结果。只用你亏得起的钱交易，并且永远不要给机器人的密钥开启提币权限。
ui-ref-about-heading = 关于
# $version：应用的版本；$logs：日志文件夹；$attribution：单词表的署名（来自应用）。
ui-ref-about = { -app-name } { $version }。日志：{ $logs }。{ $attribution }

## Step 9 and Step 10: the next thing to do, and the details for engineers

# The summary of a disclosure that holds technical details (an address, keychain attributes).
ui-details = 详细信息
# A button beside a fix made on the key's page on OKX (a key that can withdraw, a changed key).
ui-open-key-page = 在 { -okx } 上打开这个密钥的页面
# Step 10's primary button after a test found the key can withdraw (it goes back to Step 3).
ui-step10-next-new-key = 新建一个不带提币权限的密钥
# Step 10's primary button after a failed test (it goes back to Step 9).
ui-step10-next-fix = 回到第 9 步修正这些值
# Under “Saved and read back”; the keychain's own names are behind “Details”.
ui-step10-saved-plain = 它现在已保存在系统钥匙串中。应用写入后读回，并逐一核对了每个值。
# The footer hint on Step 9 while two values are swapped; $button: the swap button's words.
ui-step9-hint-swap = 有两个值填反了：请点击 API Key 下方的“{ $button }”。
