# API 密码短语（指南第 5 步）：密码短语输入框下的检查清单、强度、猜中它需要多久、
# 需要修改什么，以及确认输入框。
# 仅在窗口中显示。

## 检查清单：OKX 的规则加上我们自己的两条。每行的值显示为打勾或打叉；
## 规则不满足时显示其 .advice，说明要改什么。

# $min 和 $max：OKX 接受的密码短语最短和最长长度（8 和 32）；
# $length：密码短语现在有多少个字符。
pass-rule-length = { $min } 到 { $max } 个字符（现在 { $length } 个）
    .too-short = 请至少使用 { $min } 个字符（现在有 { $length } 个）。
    .too-long = 请最多使用 { $max } 个字符（现在有 { $length } 个）：{ -okx } 不接受更长的。
pass-rule-upper = 一个大写字母（A-Z）
    .advice = 请加一个大写字母（A-Z）。
pass-rule-lower = 一个小写字母（a-z）
    .advice = 请加一个小写字母（a-z）。
pass-rule-digit = 一个数字（0-9）
    .advice = 请加一个数字（0-9）。
# 这些符号是 OKX 视为特殊字符的示例：保持原样。
pass-rule-special = 一个特殊字符，如 - . _ + @ ~
    .advice = 请加一个特殊字符，如 - . _ + @ 或 ~（空格不算）。
# 规则满足。引号中的 “okx” 是要检查的词，不分大小写。
pass-rule-context-none = 不包含密钥的标签、机器人的名字或 “okx”
# 规则不满足。$word：用户输入的标签或机器人名字。
pass-rule-context-label = 包含密钥的标签“{ $word }”
    .advice = 请去掉密钥的标签“{ $word }”：攻击者最先尝试的就是这类内容。
pass-rule-context-bot = 包含机器人的名字“{ $word }”
    .advice = 请去掉机器人的名字“{ $word }”：攻击者最先尝试的就是这类内容。
pass-rule-context-okx = 包含 “okx”
    .advice = 请去掉 “okx”：攻击者最先尝试的就是这类内容。
pass-rule-ascii = 只用英文键盘上的字母、数字和符号：不要空格、带音调的字母、中文或表情符号（它会放在网络请求头中发送，这些字符在那里会出错）
    .advice = 请只使用字母 A-Z、数字和英文键盘上的符号：不要空格、带音调的字母、中文或表情符号。

## 除了不满足的规则外，还要修改什么

pass-advice-empty = 请输入一个 Passphrase，或点击“生成”得到一个强 Passphrase。
pass-advice-too-guessable = 请再加一个单词或几个字符：它仍然太容易被猜中。最好用几个互不相关的单词。

## 强度：显示在密码短语输入框下方的“强度：”之后

pass-strength-very-weak = 非常弱
pass-strength-weak = 弱
pass-strength-fair = 一般
pass-strength-strong = 强
pass-strength-very-strong = 非常强
# 还没有输入任何内容时单独显示。
pass-strength-empty = 空
# 密码短语超过 32 个字符时单独显示（OKX 会拒绝它，所以不评分）。
pass-strength-too-long = 太长，无法评分

## 猜中它需要多久。每条填入窗口中的句子“猜中它需要：通过 OKX 尝试需 …，
## 从窃取的 OKX 记录副本破解需 …。”$n 是整数。

pass-time-instant = 不到 1 秒
pass-time-seconds = { $n } 秒
pass-time-minutes = { $n } 分钟
pass-time-hours = { $n } 小时
pass-time-days = { $n } 天
pass-time-months = { $n } 个月
pass-time-years = { $n } 年
pass-time-centuries = 几个世纪

## 强度评估器（zxcvbn）发现的问题：最多一条警告，突出显示

pass-warning-straight-rows = 键盘上连成一排的按键很容易被猜中。
pass-warning-short-keyboard-pattern = 简短的键盘图案很容易被猜中。
pass-warning-repeats = 像 “aaa” 这样的重复很容易被猜中。
pass-warning-repeated-groups = 像 “abcabcabc” 这样的重复只比 “abc” 稍微难猜一点。
pass-warning-top-10 = 这是最常用的 10 个密码之一。
pass-warning-top-100 = 这是最常用的 100 个密码之一。
pass-warning-very-common = 这是一个非常常见的密码。
pass-warning-similar-to-common = 这和一个常用密码很相似。
pass-warning-sequences = 像 abc 或 6543 这样的序列很容易被猜中。
pass-warning-recent-years = 最近的年份很容易被猜中。
pass-warning-single-word = 单独一个单词很容易被猜中。
pass-warning-dates = 日期通常很容易被猜中。
pass-warning-names-alone = 单独的名字和姓氏很容易被猜中。
pass-warning-common-names = 常见的名字和姓氏很容易被猜中。

## 强度评估器的建议：作为提示显示在警告下方

pass-tip-few-words = 用几个单词，避免常见的短语。
# OKX 仍然要求每类字符各至少一个：这条建议只是说它们的作用不如多加单词。
pass-tip-symbols-help-little = 符号、数字和大写字母的作用不如多加一个单词。
pass-tip-another-word = 再加一两个单词。不常见的单词更好。
pass-tip-capitals = 大写字母的帮助不大。
pass-tip-all-capitals = 全部大写和完全不用大写几乎一样容易被猜中。
pass-tip-reversed-words = 倒着写的单词并不会难猜多少。
pass-tip-substitutions = 可预见的替换（如用 “@” 代替 “a”）帮助不大。
pass-tip-longer-keyboard-pattern = 用更长、转折更多的键盘图案。
pass-tip-repeats = 避免重复的单词和字符。
pass-tip-sequences = 避免序列。
pass-tip-recent-years = 避免最近的年份。
pass-tip-your-years = 避免与你相关的年份。
pass-tip-your-dates = 避免与你相关的日期和年份。

## 确认输入框，显示在其下方

pass-confirm-empty = 请在这里再输入一次 Passphrase 以确认。
pass-confirm-matches = 两次输入的 Passphrase 一致。
pass-confirm-case-only = 差一点：字母相同，但有些大小写不同，而 { -okx } 区分大小写。请检查大写锁定键（Caps Lock），然后重新输入。
pass-confirm-differs = 两次输入的 Passphrase 不一致。请仔细重新输入，或从密码管理器中粘贴。

## 生成器

# 单词表许可证要求的署名（“关于”框）。名称、网址和许可证名称保持原样。
pass-eff-attribution = 生成的 Passphrase 使用电子前哨基金会（Electronic Frontier Foundation）的 EFF Long Wordlist（https://www.eff.org/dice），按 CC BY 3.0 US 许可使用。
