## 我的密钥：再次使用的用户的首页（src-ui/steps/my-keys.js），以及替换密钥

# 侧栏的第一项和这个界面的标题。
ui-keys-rail = 我的密钥
ui-keys-title = 我的密钥
ui-keys-lead = 这台电脑上保存的密钥，以及应用上次看到的状态。“全部测试”会立即向 { -okx } 查询每个密钥。它只读取，不会更改你账户上的任何内容。
ui-keys-test-all = 全部测试
ui-keys-new = 新建一个密钥
ui-keys-loading = 正在读取已保存的密钥…
ui-keys-none = 这台电脑上还没有保存任何密钥。请按指南新建一个；在指南最后的第 10 步，把它保存到这里。
# $n：正在测试的密钥数量。
ui-keys-testing = { $n ->
       *[other] 正在测试 { $n } 个密钥…
    }
# $n：已测试的密钥数；$healthy：其中正常的数量。
ui-keys-tested = { $n ->
       *[other] 测试完成：{ $n } 个密钥中有 { $healthy } 个正常。
    }
# 密钥的站点和模式。$site：站点的简称，例如 Global。
ui-keys-site-live = { $site }（实盘）
# 每个密钥上的标记：最近一次测试的结果。
ui-keys-health-healthy = 正常
ui-keys-health-can-withdraw = 可以提币：不能给机器人使用
ui-keys-health-failed = 需要处理
ui-keys-health-deleted = 已在 { -okx } 上删除
ui-keys-health-untested = 尚未测试
ui-keys-health-testing = 正在测试…
# 每个密钥下方的信息，来自最近一次测试。
ui-keys-permissions = 权限
ui-keys-perm-read = 读取
ui-keys-perm-trade = 交易
ui-keys-perm-withdraw = 提币
ui-keys-perm-none = 无
ui-keys-perm-unknown = 尚不清楚
ui-keys-ip = IP 绑定
ui-keys-ip-none = 无
ui-keys-last-tested = 上次测试
ui-keys-never = 从未
ui-keys-failed-before = 这个密钥上次测试失败了。点击“测试”，查看原因和解决办法。
ui-keys-idle-title = { -okx } 的 14 天规则
ui-keys-no-bot = 不会交给机器人：测试发现这个密钥开启了“提币”。在测试看到“提币”重新关闭之前，应用不会把它交给任何机器人。
ui-keys-missing = 钥匙串中已不再有这个密钥。请替换它，或把它从这个列表中删除。
# 每个密钥上的按钮。
ui-keys-test-one = 测试
ui-keys-replace = 替换

## 替换已保存的密钥（“我的密钥”中的“替换”，然后是第 3 到 10 步）

# 第 3 到 10 步上方的横幅。$label：已保存密钥的名称。
ui-replace-banner = 你正在替换保存为“{ $label }”的密钥。请在 { -okx } 上新建一个密钥，在第 9 步粘贴它，并在第 10 步测试它。只有新密钥通过测试后，已保存的密钥才会被替换。
ui-replace-cancel = 停止替换
ui-replace-save = 替换已保存的密钥
# $label：已保存密钥的名称。
ui-replace-save-lead = 新密钥已通过测试。保存后，它会取代保存为“{ $label }”的密钥；你的机器人仍用同一个名称读取它。
# 替换之后。$label：已保存密钥的名称。
ui-replace-done-title = “{ $label }”现在保存的是新密钥。请在 { -okx } 上删除旧密钥：
# $site：站点的简称。
ui-replace-done-1 = 打开 { $site } 的 API 页面（下面的按钮），然后登录。
# $key：旧 API key 的前四个和后四个字符，例如 6d2d…fd7f。
ui-replace-done-2 = 找到旧密钥：它的 API Key 开头和结尾与 { $key } 相同。
ui-replace-done-2-unknown = 找到旧密钥：就是你的机器人今天之前使用的那个。
ui-replace-done-3 = 删除它，并用 2FA 验证码确认。如果你的机器人只在启动时读取密钥，请现在重启它。
ui-replace-open-api = 打开 API 页面
