# 把密钥保存到系统钥匙串、应用自己的文件（已保存密钥的列表、指南进度），以及保存已测试
# 密钥的规则。
# 显示在窗口中（“保存”按钮下方、已保存密钥列表中）和命令行中
# （okx-key-assistant save、list、delete）。$surface 为 "window" 或 "cli"。
# $os 为 "macos"、"windows" 或其他系统（Linux、BSD）：各系统的钥匙串不同。
# $label 是密钥保存时使用的名称（字母、数字、_ - .），从不翻译。

## 保存已测试的密钥：唯一的规则，适用于“保存”按钮和 "okx-key-assistant save"

keychain-save-untested = 未保存：这个密钥还没有测试过。
    .fix = 请先测试密钥；只有通过测试的密钥才能保存。
keychain-save-withdraw = 未保存：这个密钥可以提币，谁拿到它都能把你的资金转出 { -okx }。
    .fix = 请在 { -okx } 的 API 页面删除这个密钥，新建一个只开启“读取”和“交易”的密钥，然后测试并保存新的那个。
keychain-save-not-passed = 未保存：只有通过连接测试的密钥才能保存。
    .fix = 请先解决测试发现的问题，重新测试密钥，然后再保存。

## 密钥及其标签

keychain-incomplete = 密钥不完整：API Key、Secret Key 和 Passphrase 缺一不可。
    .fix = { $surface ->
        [cli] 请给出全部三个值（用 OKX_API_KEY、OKX_SECRET_KEY 和 OKX_PASSPHRASE，或在标准输入中写三行），然后再次运行 save。
       *[window] 请粘贴全部三个值，测试连接，然后保存。
    }
keychain-label-missing = 保存密钥需要一个标签。
    .fix = { $surface ->
        [cli] 请给出一个标签，例如你在 { -okx } 上给这个密钥起的备注名：{ -cmd-save-example }
       *[window] 请输入一个标签，例如你在 { -okx } 上给这个密钥起的备注名，如 BitcoinEra_GridBot。
    }
# $max：标签的最大长度（50 个字符）。这里从不重复标签本身：可能有密钥被粘贴到了错误的位置。
keychain-label-invalid = 标签只能包含 1 到 { $max } 个字母、数字、'_'、'-' 或 '.'，不能有其他字符（也不能有空格）。
    .fix = 请修改标签，例如改为 BitcoinEra_GridBot。
keychain-label-bad-start = 标签不能以 '-' 开头（在命令中它会被当作选项），也不能只由点组成。
    .fix = 请以字母或数字开头，例如用 GridBot-1 代替 -GridBot。

## 某个标签下保存了什么

keychain-not-found = 标签“{ $label }”下没有保存任何密钥。
    .fix = { $surface ->
        [cli] 请用 { -cmd-list } 检查标签，或先保存密钥。
       *[window] 请在已保存密钥的列表中检查标签，或先保存密钥。
    }
# $what：下面的 keychain-existing-key 或 keychain-existing-foreign。
keychain-already-exists = 标签“{ $label }”下已经保存了：{ $what }。
    .fix = { $surface ->
        [cli] 加上 --replace 用新密钥替换它（在新密钥保存并读回之前，旧密钥会保留），或换一个标签。
       *[window] 选择“替换”，用新密钥替换它（在新密钥保存并检查无误之前，旧密钥会保留），或换一个标签。
    }
# 补全 keychain-already-exists。$key：缩短的已保存 API key（"6f1c…5a41"）；
# $saved_at：保存时间（2026-11-26T18:00:00.000Z）。
keychain-existing-key = { $saved_at } 保存的密钥 { $key }
# 补全 keychain-already-exists：该标签下由其他程序写入的条目。
keychain-existing-foreign = 一个不是本应用写入的条目
keychain-mismatch = 保存为“{ $label }”的密钥读回的内容与写入的不一致，所以不算保存成功。
    .fix = { $surface ->
        [cli] 请重新运行 save。如果再次出现，请重启你的密钥环（注销后重新登录），然后重试。
       *[window] 请再保存一次；表单会保留你填的值。如果再次出现，请重启你的密钥环（注销后重新登录），然后重试。
    }
keychain-foreign-item = 保存为“{ $label }”的钥匙串条目不是 { -app-name } 写入的格式，因此无法读取。
    .fix = 请在这个标签下重新保存密钥以替换该条目，或删除它，再用新标签保存密钥。
# 程序错误，绝非用户造成；其解决办法是应用通用的程序错误说明。
keychain-encode-failed = 无法把密钥转换成钥匙串的格式。

## 系统钥匙串自身的故障

keychain-no-platform-store = 这个版本的 { -app-name } 无法访问真正的系统钥匙串，所以不会保存密钥（它拒绝只把密钥存在内存中）。
    .fix = 请使用为你的系统（Linux、macOS 或 Windows）构建的应用。在此之前，请把这三个值保存在密码管理器中。
keychain-no-item = 钥匙串中没有这个条目。
    .fix = { $surface ->
        [cli] 请用 { -cmd-list } 检查标签，或先保存密钥。
       *[window] 请在已保存密钥的列表中检查标签，或先保存密钥。
    }
keychain-not-text = 这个钥匙串条目中保存的不是文本，所以它不是本应用保存的密钥。
    .fix = 请在这个标签下重新保存密钥以替换它，或删除该条目，再用新标签保存。
keychain-label-refused = 钥匙串不接受这个标签。
    .fix = 请使用由字母、数字、'_'、'-' 或 '.' 组成的较短标签。
# "okx-key-assistant" 是应用在密钥环中条目的名称：保持原样。
keychain-ambiguous = 这个标签下保存了不止一个钥匙串条目，应用无法判断哪个才是密钥。
    .fix = 请打开你的密钥环应用（“密码和密钥”、KWallet 或 KeePassXC），删除这个标签下多余的 "{ -cmd-app }" 条目，然后重试。
keychain-locked = 你的密钥环已锁定，或者请求解锁的窗口被关闭了，所以应用无法访问它。
    .fix = { $os ->
        [macos] 请解锁你的登录钥匙串（打开“钥匙串访问”并解锁，或在 macOS 询问时输入密码），然后重试。
        [windows] 请重新登录 Windows，然后重试。
       *[other] { $surface ->
            [cli] 请解锁你的密钥环，然后重试：在解锁窗口出现时输入密码，或打开“密码和密钥”（Seahorse）、KWallet 或 KeePassXC 解锁。可能需要先在那里新建一个密钥环。
           *[window] 请解锁你的密钥环，然后重试：在解锁窗口出现时输入密码，或打开“密码和密钥”（Seahorse）、KWallet 或 KeePassXC 解锁。可能需要先在那里新建一个密钥环。表单会保留你填的值。
        }
    }
keychain-denied = 系统钥匙串拒绝 { -app-name } 访问该条目。
    .fix = { $os ->
        [macos] 当 macOS 询问时，为 { -app-name } 选择“允许”（或“始终允许”），然后重试。你可以在“钥匙串访问”中查看该条目的“访问控制”标签页。
       *[other] 当你的密钥环询问时，允许 { -app-name } 访问，然后重试。如果应用运行在沙盒中（Flatpak 或 Snap），请授予它访问 Secret Service 的权限。
    }
# 根本没有运行任何钥匙串服务。它的 .fix 也用作 keychain-unavailable-detail 的解决办法。
keychain-unavailable = { $os ->
        [macos] macOS 钥匙串不可用。
        [windows] Windows 凭据管理器不可用。
       *[other] 这台电脑上没有运行任何密钥环（没有 Secret Service，即桌面的密码存储），所以无法把密钥保存在其中。
    }
    .fix = { $os ->
        [macos] 请确认你正常登录了 macOS，并且你的登录钥匙串存在（打开“钥匙串访问”查看），然后重试。
        [windows] 请确认你用自己的账户（不是服务账户）登录了 Windows，然后重试。
       *[other] { $surface ->
            [cli] 请安装并启动一个密钥环：GNOME Keyring、KWallet 的 Secret Service，或开启了 Secret Service 集成的 KeePassXC，然后重试。在没有桌面的机器上，请在 D-Bus 会话中启动一个：{ -cmd-keyring-session }。在此之前，请把这三个值保存在密码管理器中。
           *[window] 请安装并启动一个密钥环：GNOME Keyring、KWallet 的 Secret Service，或开启了 Secret Service 集成的 KeePassXC。然后重试；表单会保留你填的值。在此之前，请把这三个值保存在密码管理器中。
        }
    }
# 其他钥匙串故障。$detail：系统自己的原话（第一行，使用系统的语言）。
keychain-unavailable-detail = 无法使用系统钥匙串（{ $detail }）。

## 应用自己的文件（不含机密）：已保存密钥的列表和指南进度

# $path：文件（应用数据文件夹中的 saved-keys.json）；$error：系统自己的原话。
file-index-unwritable = 应用无法更新位于 { $path } 的已保存密钥列表（{ $error }）。
    .fix = 请确认磁盘没有满、这个文件夹属于你，然后重试。
# 程序错误，绝非用户造成；其解决办法是应用通用的程序错误说明。
file-index-encode-failed = 无法写入已保存密钥的列表。
# $folder：应用的数据文件夹。仅在窗口中显示。
progress-unwritable = 应用无法在 { $folder } 中写入进度文件。
    .fix = 请确认你的主文件夹没有满、也不是只读的，然后重试。你在这个界面上的进度会保留。
# 程序错误，绝非用户造成；其解决办法是应用通用的程序错误说明。
progress-encode-failed = 应用无法记录你在指南中的位置。
