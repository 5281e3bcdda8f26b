# 第 9 步和命令行：检查用户粘贴的 API key、Secret key 和密码短语
# （src-tauri/core/src/credentials/）。
#
# 本文件通用的变量：
#   $field  字段在句中的名称（来自 cred-field-*.the）
#   $Field  同上，用在句首（来自 cred-field-*.start）
#   $env    该字段在命令行上的环境变量（OKX_API_KEY，从不翻译）
#   $kind   字段中保存的内容："key" 或 "passphrase"
# 这里的消息从不包含粘贴的值。

## 三个字段
# 值是窗口中该字段的标签；它也用在窗口中“清理了什么”各行的开头（“API key：删除了末尾的 1 个空格”）。
# .the：用在句中；.start：用在句首；.bare：用在句中、不带修饰。
cred-field-api-key = API Key
    .the = API Key
    .start = API Key
    .bare = API Key
cred-field-secret-key = Secret Key
    .the = Secret Key
    .start = Secret Key
    .bare = Secret Key
cred-field-passphrase = Passphrase
    .the = Passphrase
    .start = Passphrase
    .bare = Passphrase

## 列表
# 两项：“开头的 2 个空格和末尾的 1 个制表符”。
cred-list-and = { $first }和{ $last }
# 列表前再加一项：“开头的 1 个制表符、末尾的 2 个空格和末尾的 1 个换行符”。
cred-list-comma = { $first }、{ $rest }

## 不应出现在粘贴值中的字符
# 值：这种字符的名称，如“API key 中间有一个空格”。
# .edge：在值的一端删除了多少个。$n：个数；$end："start" 或 "end"。
cred-char-space = 空格
    .edge = { $end ->
        [start] 开头的 { $n } 个空格
       *[end] 末尾的 { $n } 个空格
    }
cred-char-tab = 制表符
    .edge = { $end ->
        [start] 开头的 { $n } 个制表符
       *[end] 末尾的 { $n } 个制表符
    }
cred-char-line-break = 换行符
    .edge = { $end ->
        [start] 开头的 { $n } 个换行符
       *[end] 末尾的 { $n } 个换行符
    }
cred-char-no-break-space = 不换行空格
    .edge = { $end ->
        [start] 开头的 { $n } 个不换行空格
       *[end] 末尾的 { $n } 个不换行空格
    }
# 其他空白字符，例如中文和日文键盘的全角空格。
cred-char-other-space = 空白字符
    .edge = { $end ->
        [start] 开头的 { $n } 个空白字符
       *[end] 末尾的 { $n } 个空白字符
    }
cred-char-zero-width = 不可见的零宽字符
    .edge = { $end ->
        [start] 开头的 { $n } 个不可见的零宽字符
       *[end] 末尾的 { $n } 个不可见的零宽字符
    }
# 例如软连字符或文字方向标记。
cred-char-invisible = 不可见的格式字符
    .edge = { $end ->
        [start] 开头的 { $n } 个不可见的格式字符
       *[end] 末尾的 { $n } 个不可见的格式字符
    }
cred-char-control = 隐藏的控制字符
    .edge = { $end ->
        [start] 开头的 { $n } 个隐藏的控制字符
       *[end] 末尾的 { $n } 个隐藏的控制字符
    }

## 字符在值中的位置
cred-place-start = 开头
cred-place-end = 末尾
# $after：它前面有多少个字符。
cred-place-middle = 中间（第 { $after } 个字符之后）
# 在值中发现了什么。$count：这类字符总数；$char：第一个（来自 cred-char-*）；
# $place：它的位置（来自 cred-place-*）。
cred-inside-what = { $count ->
    [1] { $place }有一个{ $char }
   *[other] 含有 { $count } 个空白或隐藏字符，第一个是{ $place }的{ $char }
}

## 清理从粘贴值中删除了什么
# 显示在窗口的“已清理你粘贴的内容”下，以及 `verify --json` 的 JSON 中。
# $chars：删除的字符，例如“开头的 2 个空格和末尾的 1 个换行符”。
cred-trim-blanks = 删除了{ $chars }
cred-trim-blanks-inside-quotes = 删除了引号内{ $chars }
# $pairs：值外面包了几对引号。
cred-trim-quotes = { $pairs ->
    [1] 删除了值两边的引号
   *[other] 删除了值两边的 { $pairs } 对引号
}
# 窗口列表中的一行。$field：字段名称（“API key”）；$removed：删除了什么
# （“删除了末尾的 1 个空格”）。
cred-trimmed-line = { $field }：{ $removed }

## 单个字段的检查结果
cred-empty-api-key = API Key 是空的。
    .fix = { $surface ->
        [cli] 请把 OKX_API_KEY 设置为 { -okx } 上的 API Key（或密码管理器中保存的）。
       *[window] 请把 { -okx } 上的 API Key（或密码管理器中保存的）粘贴到这个输入框。
    }
cred-empty-secret-key = Secret Key 是空的。
    .fix = { $surface ->
        [cli] 请把 OKX_SECRET_KEY 设置为创建密钥时你保存的 Secret Key。{ -okx } 只显示它一次：如果你没有保存，请在 { -okx } 上删除这个密钥并新建一个。
       *[window] 请粘贴创建密钥时你保存的 Secret Key。{ -okx } 只显示它一次：如果你没有保存，请在 { -okx } 上删除这个密钥并新建一个。
    }
cred-empty-passphrase = Passphrase 是空的。
    .fix = { $surface ->
        [cli] 请把 OKX_PASSPHRASE 设置为创建这个密钥时一起设置的 Passphrase，不是你的 { -okx } 登录密码或资金密码。
       *[window] 请输入或粘贴你在第 5 步为这个密钥设置的 Passphrase，不是你的 { -okx } 登录密码或资金密码。
    }
# 与值一起粘贴进来的标签（“API Key:”）。$label：粘贴的标签（“API Key”）；
# $what："key" 或 "passphrase"；$sure：当标签可能是密码短语的一部分时为 "no"。
cred-label-included = { $surface ->
        [cli] { $what ->
            [passphrase] { $env } 中在 Passphrase 前面还带着标签“{ $label }”。
           *[key] { $env } 中在密钥前面还带着标签“{ $label }”。
        }
       *[window] { $what ->
            [passphrase] { $Field }输入框中在 Passphrase 前面还带着标签“{ $label }”。
           *[key] { $Field } 输入框中在密钥前面还带着标签“{ $label }”。
        }
    }
    .fix = { $what ->
        [passphrase] { $sure ->
            [no] 请删除这个标签和它后面的符号，只留下 Passphrase 本身。如果这确实就是你完整的 Passphrase，就保持原样。
           *[yes] 请删除这个标签和它后面的符号，只留下 Passphrase 本身。
        }
       *[key] 请删除这个标签和它后面的符号，只留下密钥本身。
    }
# 值中有空白字符（空格、制表符、换行符）。$what：里面有什么、在哪里
# （来自 cred-inside-what，例如“中间（第 12 个字符之后）有一个空格”）。
cred-character-inside = { $Field } { $what }。
    .fix = { $kind ->
        [passphrase] Passphrase 中不会有空格、换行或隐藏字符。请删除它，或从密码管理器中重新完整复制{ $field }。
       *[key] 密钥中不会有空格、换行或隐藏字符。请删除它，或从密码管理器中重新完整复制 { $field }。
    }
# 值中有看不见的字符。$what：同上。
cred-hidden-character-inside = { $Field } { $what }。
    .fix = { $surface ->
        [cli] { $kind ->
            [passphrase] Passphrase 中不会有隐藏字符，而这个字符是看不见的：请重新设置 { $env }，值为直接从密码管理器（或 { -okx }）复制的{ $field }。
           *[key] 密钥中不会有隐藏字符，而这个字符是看不见的：请重新设置 { $env }，值为直接从密码管理器（或 { -okx }）复制的 { $field }。
        }
       *[window] { $kind ->
            [passphrase] Passphrase 中不会有隐藏字符，而这个字符是看不见的：请清空输入框，重新粘贴直接从密码管理器（或 { -okx }）复制的{ $field }。
           *[key] 密钥中不会有隐藏字符，而这个字符是看不见的：请清空输入框，重新粘贴直接从密码管理器（或 { -okx }）复制的 { $field }。
        }
    }
cred-masked-api-key = API Key 中有遮挡字符（如 **** 或 …）：这是 { -okx } 在密钥列表中显示的缩略形式，不是完整的密钥。
    .fix = 请从密码管理器中复制完整的 API Key，或在 { -okx } 上打开该密钥的详情，用复制按钮复制。
cred-masked-secret-key = Secret Key 中有遮挡字符（如 **** 或 •••），所以它不是真正的 Secret Key。
    .fix = 请使用创建密钥时你保存的 Secret Key。{ -okx } 只显示它一次：如果你没有保存，请在 { -okx } 上删除这个密钥并新建一个。
cred-masked-passphrase = Passphrase 只有圆点或星号：这是隐藏密码的显示方式，不是 Passphrase 本身。
    .fix = 请用密码管理器的复制按钮复制 Passphrase，或直接输入。
# 值的一端有一个不成对的引号。$end："start" 或 "end"。
cred-stray-quote = { $end ->
        [start] { $Field } 以一个引号开头，另一端却没有与之配对的引号。
       *[end] { $Field } 以一个引号结尾，另一端却没有与之配对的引号。
    }
    .fix = 如果这个引号不属于{ $field }，请删除它。

## 跨字段的检查结果
# $label：用户在第 4 步给密钥起的名字。
cred-label-instead-of-key = 应该填 API Key 的地方填的是密钥的名字（“{ $label }”），而不是密钥本身。
    .fix = 请复制 API Key：在 { -okx } 上，它是显示在密钥旁的一串带短横线的长代码（如 1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d），不是你起的名字。
# 两个字段的值相同。$field / $Field / $env：后一个字段；$other 和 $other_env：前一个字段。
cred-same-value = { $Field } 与 { $other } 相同。这三个值总是各不相同的。
    .fix = { $surface ->
        [cli] 请把 { $other_env } 设置为 { $other }，把 { $env } 设置为 { $field }：确认每个值都是从各自那一行复制的。
       *[window] 请把 { $field } 粘贴到它自己的输入框中：确认每个值都是从各自那一行复制的。
    }

## 值互换了
# 在窗口中，消息下方有一个按钮可以互换两个输入框的内容。
cred-swap-key-secret = API Key 和 Secret Key 填反了：API Key 的位置上是一个 Secret Key（32 个字符，没有短横线），而 Secret Key 的位置上是一个 API Key（带短横线）。{ -okx } 只会回答它不认识这个密钥。
    .fix = { $surface ->
        [cli] 请把 API Key 放进 OKX_API_KEY，把 Secret Key 放进 OKX_SECRET_KEY：现在两者正好放反了。如果用标准输入，请按 API Key、Secret Key、Passphrase 的顺序给出。
       *[window] 请互换它们（有一个按钮可以做到），或把它们分别粘贴到对方的输入框中。
    }
cred-swap-key-secret-likely = API Key 和 Secret Key 看起来填反了：API Key 的位置上是一个形似 Secret Key 的值（32 个字符，没有短横线），而 Secret Key 的位置上是一个形似 API Key 的值（带短横线）。
    .fix = { $surface ->
        [cli] 请把 API Key 放进 OKX_API_KEY，把 Secret Key 放进 OKX_SECRET_KEY：现在两者正好放反了。如果用标准输入，请按 API Key、Secret Key、Passphrase 的顺序给出。
       *[window] 请互换它们（有一个按钮可以做到），或把它们分别粘贴到对方的输入框中。
    }
cred-swap-secret-passphrase = Secret Key 和 Passphrase 看起来填反了：Passphrase 的位置上是一个形似 Secret Key 的值（32 个字符，没有短横线）。
    .fix = { $surface ->
        [cli] 请把 Secret Key 放进 OKX_SECRET_KEY，把 Passphrase 放进 OKX_PASSPHRASE：现在两者正好放反了。如果用标准输入，请按 API Key、Secret Key、Passphrase 的顺序给出。
       *[window] 请互换它们（有一个按钮可以做到），或把它们分别粘贴到对方的输入框中。
    }
cred-swap-key-passphrase = API Key 和 Passphrase 看起来填反了：Passphrase 的位置上是一个形似 API Key 的值（带短横线）。
    .fix = { $surface ->
        [cli] 请把 API Key 放进 OKX_API_KEY，把 Passphrase 放进 OKX_PASSPHRASE：现在两者正好放反了。如果用标准输入，请按 API Key、Secret Key、Passphrase 的顺序给出。
       *[window] 请互换它们（有一个按钮可以做到），或把它们分别粘贴到对方的输入框中。
    }

## 值的外形
# { -okx } 并不保证这些格式，所以这些只是警告：密钥仍然可以测试。
cred-api-key-case = API Key 看起来不太寻常：它含有大写字母，而 { -okx } 显示的 API Key 都是小写字母。大小写有区别：改动一个字母，密钥就会失效。
    .fix = 请从密码管理器（或 { -okx }）重新复制 API Key，不要手动输入。
cred-secret-in-key-field = API Key 看起来像一个 Secret Key：32 个字符，没有短横线。{ -okx } 的 API Key 带有短横线，如 1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d。
    .fix = { $surface ->
        [cli] 请确认 OKX_API_KEY 中放的是 API Key，而不是 Secret Key。
       *[window] 请确认你在这里粘贴的是 API Key，而不是 Secret Key。
    }
# $n：粘贴的值有多少个字符。
cred-api-key-shape = API Key 看起来不像 { -okx } 的 API Key：那种密钥有 36 个字符，由字母 a-f 和数字按 8-4-4-4-12 分组、用短横线连接，而这个值{ $n ->
        [36] 含有其他字符。
       *[other] 有 { $n } 个字符。
    }
    .fix = 请确认你复制了完整的值，而且没有多复制别的内容。如果它和 { -okx } 显示给你的完全一致，你仍然可以测试它。
cred-secret-key-case = Secret Key 中有小写字母，但 { -okx } 显示的 Secret Key 都是大写字母，所以它可能被改动过。大小写有区别：改动过的 Secret Key 无法使用。
    .fix = 请从密码管理器重新复制 Secret Key，要与你从 { -okx } 保存时完全一致。
cred-key-in-secret-field = Secret Key 看起来像一个 API Key：它带有短横线，按 8-4-4-4-12 分组。{ -okx } 的 Secret Key 是 32 位数字和大写字母 A-F，没有短横线。
    .fix = { $surface ->
        [cli] 请确认 OKX_SECRET_KEY 中放的是 Secret Key，而不是 API Key。
       *[window] 请确认你在这里粘贴的是 Secret Key，而不是 API Key。
    }
# $n：粘贴的值有多少个字符。
cred-secret-key-shape = Secret Key 看起来不像 { -okx } 的 Secret Key：那种密钥有 32 个字符，由数字和大写字母 A-F 组成，而这个值{ $n ->
        [32] 含有其他字符。
       *[other] 有 { $n } 个字符。
    }
    .fix = 请确认你复制了完整的值，而且没有多复制别的内容。如果它和 { -okx } 显示给你的完全一致，你仍然可以测试它。

## 密码短语
cred-passphrase-like-api-key = { $surface ->
        [cli] Passphrase 看起来像一个 API Key（一串带短横线的长代码）。Passphrase 是你创建密钥时自己设置的那个。
       *[window] Passphrase 看起来像一个 API Key（一串带短横线的长代码）。Passphrase 是你在第 5 步自己设置的那个。
    }
    .fix = { $surface ->
        [cli] 请把 OKX_PASSPHRASE 设置为你为这个密钥创建的 Passphrase。
       *[window] 请输入或粘贴你为这个密钥创建的 Passphrase。
    }
cred-passphrase-like-secret-key = { $surface ->
        [cli] Passphrase 看起来像一个 Secret Key（32 个字母和数字）。Passphrase 是你创建密钥时自己设置的那个。
       *[window] Passphrase 看起来像一个 Secret Key（32 个字母和数字）。Passphrase 是你在第 5 步自己设置的那个。
    }
    .fix = { $surface ->
        [cli] 请把 OKX_PASSPHRASE 设置为你为这个密钥创建的 Passphrase。
       *[window] 请输入或粘贴你为这个密钥创建的 Passphrase。
    }
# $n：粘贴的密码短语有多少个字符。
cred-passphrase-length = Passphrase 有 { $n } 个字符；{ -okx } 的 Passphrase 为 8 到 32 个字符。
    .fix = 请确认你粘贴了完整的 Passphrase，而且只有 Passphrase。
cred-passphrase-non-ascii = Passphrase 中含有普通字母、数字和键盘符号以外的字符（如 é、弯引号 ’ 或表情符号）。有些程序会在传递时改变这些字符，{ -okx } 收到的可能和你输入的不一样。
    .fix = 如果是手动输入的，请检查电脑有没有把直引号（'）变成弯引号（’）。如果你的 Passphrase 确实含有这些字符，请继续测试。
# 仅在窗口中：用户在第 5 步创建了密码短语，并粘贴了同一个。
cred-passphrase-matches = Passphrase 与你在第 5 步创建的一致。
cred-passphrase-case-differs = Passphrase 与你在第 5 步创建的只有大小写不同。大小写有区别，所以 { -okx } 会拒绝它。
    .fix = 请检查大写锁定键（Caps Lock），然后按你在 { -okx } 上创建时的样子准确输入或粘贴 Passphrase。
cred-passphrase-differs = Passphrase 不是你在第 5 步创建的那个。
    .fix = 请使用你创建这个密钥时在 { -okx } 上输入的那个（不是你的 { -okx } 登录密码或资金密码）：{ -okx } 只接受那一个。如果你在那里输入的是另一个，就用那个，然后继续。
# 仅当密码短语看起来有问题时，显示在其下方。
cred-passphrase-reminder = 请使用创建这个密钥时一起设置的 Passphrase，不是你的 { -okx } 登录密码，也不是资金密码。
    .fix = 如果不确定，请在密码管理器中查看这个密钥的 Secret Key 旁边。如果已经丢失，请在 { -okx } 上删除这个密钥并新建一个。

## 把一次粘贴拆分到三个输入框
# 多行粘贴被分配到各输入框后显示。$field：字段名（“Secret key”，来自 cred-field-*.bare）。
cred-split-more-than-one = 找到了不止一个 { $field }；已使用第一个。请确认它是正确的那个。
# $label：粘贴内容中该行的标签（“Login password”）。
cred-split-left-out = 已略过标签为“{ $label }”的那一行：机器人需要的是你创建这个密钥时设置的 Passphrase，不是你的 { -okx } 登录密码或资金密码。
# $fields：仍为空的字段（“Secret key 和密码短语”）；$count：有几个。
cred-split-unplaced = { $count ->
        [1] 无法判断哪一行是{ $fields }；请把它粘贴到对应的输入框中。
       *[other] 无法判断哪一行是{ $fields }；请把它们分别粘贴到对应的输入框中。
    }

## 粘贴内容的大小
cred-paste-too-large = 粘贴的内容超过 { $max } KiB，这是本应用一次读取的上限；三个值远小于此。
    .fix = { $surface ->
        [cli] 只把 API Key、Secret Key 和 Passphrase（或只包含它们的一条笔记）交给 save。
       *[window] 输入框保持原样。请只复制 API Key、Secret Key 和 Passphrase（或只包含它们的一条笔记），然后重新粘贴。
    }
