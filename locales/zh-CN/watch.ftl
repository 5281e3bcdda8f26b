# 值守：应用关闭时每天测试已保存的密钥（check --notify，桌面通知）、供服务器使用的指标
# （check --prometheus），以及开关每日测试的开关（watch on|off|status 和“我的密钥”里的开关）。
# 保持原样，不翻译：okx-key-assistant、check、watch、on、off、status、--notify、--prometheus、
# --via、systemd、autostart、--json、FILE、LABEL。
# $label 是密钥保存时的名称（不翻译）；$reason 是问题本身的说明。

# 桌面显示的发送者名称。
watch-notification-app = { -app-name }

## 通知：标题写明密钥和发生了什么；.fix 是要做的那一件事。

watch-event-withdraw-on = { $label }：这个密钥可以提币
    .fix = 在 OKX 上编辑这个 密钥并关闭“提币”，或删除它。在此之前，本应用不会把它交给任何机器人。
watch-event-deleted = { $label }：OKX 删除了这个密钥
    .fix = 新建一个只有“读取”和“交易”权限、绑定机器人 IP 地址的密钥，再在应用里保存一次。
# $reason：测试失败的原因，用问题本身的说法。
watch-event-failed = { $label }：测试失败。{ $reason }
# $days：0 到 3。
watch-event-days-left = { $days ->
        [0] { $label }：OKX 可能在今天删除这个密钥
       *[other] { $label }：OKX 可能在 { $days } 天后删除这个密钥
    }
# $bot：机器人的名称。
watch-event-not-ready = { $label }：尚未准备好用于 { $bot }。{ $reason }
watch-event-recovered = { $label }：密钥又能用了
    .fix = 无需操作：最近一次测试显示它状态良好。
# 通知上的按钮（桌面支持按钮时显示）。
watch-action-open-my-keys = 打开“我的密钥”

## check 的帮助：值守选项（附在 check --help 末尾）。

watch-check-usage =
    值守（Linux）：
      --notify           为每个需要你处理的密钥发送一条桌面通知（开启了提币、已在 OKX 上被删除、
                         测试失败、按 14 天规则只剩 3 天或更少），全部正常时不发送；
                         仍然成立的通知只会在你打开“我的密钥”之前于第二天再次发送
      --prometheus FILE  以 node_exporter 的 textfile 格式把密钥状态写入 FILE
                         （原子写入；把 --collector.textfile.directory 指向它所在的文件夹）

## 主帮助里的值守行。

watch-cli-usage =
    每天测试密钥（Linux）：
      { -usage-check-notify }
      { -usage-watch-brief }

## watch --help

watch-usage =
    用法：{ -usage-watch }

    在应用关闭时每天测试你保存的密钥，某个密钥需要你处理时（用桌面通知）告诉你。
    与“我的密钥”里的开关相同。

      on       在 { -path-systemd-user } 安装 systemd 用户定时器和服务（每天一次，电脑关机
               错过的会补上），运行 "{ -cmd-check-notify }"；没有运行 systemd
               用户管理器时，改为安装一个在每次登录时运行它的自动启动项
      off      删除 "on" 安装的全部内容，且只删除这些
      status   说明是否开启、上次运行的时间以及发现了什么

    选项：
      --via systemd|autostart   配合 on：如何启动每日测试（不指定时：有用户管理器则用
                                systemd，否则用 autostart）
      --json                    输出一个 JSON 对象
      -h, --help                显示此帮助

    仅限 Linux：尚不支持 Windows（任务计划程序）和 macOS（launchd）。

watch-usage-missing = 请指定 on、off 或 status。
watch-via-unknown = --via 只接受 systemd 或 autostart。

## watch on|off|status 的输出。

watch-on-systemd = 每日密钥测试已开启：systemd 定时器每天运行一次。
watch-on-autostart = 每日密钥测试已开启：每次登录时运行。
# $files：写入的文件。
watch-installed-files = 已安装：{ $files }
watch-off = 每日密钥测试已关闭。已删除：{ $files }
watch-off-already = 每日密钥测试本来就是关闭的；没有要删除的内容。
watch-status-on = 已开启：每天测试已保存的密钥。
watch-status-off = 已关闭：应用关闭时不测试已保存的密钥。
# $when：日期和时间（ISO-8601，UTC）。
watch-status-last-run = 上次运行：{ $when }。
watch-status-never-run = 尚未运行过。
# $checked：测试的密钥数；$found：需要你处理的密钥数。
watch-status-found = 已测试密钥：{ $checked } 个。需要你处理：{ $found } 个。
watch-notify-unavailable = 无法发送桌面通知：{ $error }
    .fix = 测试本身已完成，结果见上方。桌面通知需要一个带通知服务的桌面会话。

# $path：文件或文件夹；$error：系统给出的原因。
watch-error-write = 无法写入或删除 { $path }：{ $error }
    .fix = 请确认你的配置文件夹（{ -path-config }）属于你且可写，然后重试。

## “我的密钥”里的开关（窗口）。

watch-switch-label = 每天测试我的密钥，有需要我处理的就告诉我
watch-switch-state-on = 已开启。
watch-switch-state-off = 已关闭。
watch-switch-stopped = 开启或关闭每日密钥检查时意外中止。
