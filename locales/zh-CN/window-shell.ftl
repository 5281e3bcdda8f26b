# 窗口外壳的文字：启动应用，以及窗口命令（剪贴板、链接、钥匙串、报告、密码短语、连接测试）
# 无法完成请求时的提示。
# 问题：值是出了什么问题，.fix 是该怎么做。

## 启动应用（如果是从终端启动的，会打印在该终端里）

# 没有桌面会话：窗口无法打开。保留 `okx-key-assistant --help`：这是一条命令。
app-no-display =
    { -app-name } 需要打开一个窗口，但当前会话没有图形显示（DISPLAY 和 WAYLAND_DISPLAY 都未设置）。
    请从桌面的应用菜单启动它，或在桌面会话中的终端里启动。
    没有桌面时，命令行可以做同样的检查：运行 { -cmd-help }。
# 再次启动时发现应用已打开，但已打开的窗口没有响应。
app-window-not-answering = { -app-name } 已经打开，但它的窗口没有响应。请关闭它（或在任务管理器中结束 { -cmd-app }），然后重新打开应用。
# $error：系统自己的原话（英文）。
app-could-not-start = { -app-name } 无法启动：{ $error }
app-could-not-start-again = { -app-name } 无法重新启动：{ $error }

## 窗口的命令

app-clipboard-failed = 无法写入剪贴板。
    .fix = 请选中文字，改用 Ctrl+C 复制。
app-no-credentials = 还没有已检查过的凭证可以测试。
    .fix = 请回到第 9 步，粘贴 API Key、Secret Key 和 Passphrase，然后点击“检查”。
app-no-passphrase = 还没有可复制的 Passphrase。
    .fix = 请生成一个，或输入一个并再次输入确认。
app-browser-failed = 无法打开你的网页浏览器。
    .fix = 请自己在浏览器中打开 { $url }。
app-no-test-result = 还没有可以生成报告的测试结果。
    .fix = 请先在第 10 步点击“测试连接”。
# $path：用户选择的文件。
app-report-not-written = 无法把报告写入 { $path }。
    .fix = 请选择另一个（你有写入权限的）文件夹，或改用“复制”。
# “另存为”对话框的标题，以及其文件类型的名称。
app-report-dialog-title = 保存确认报告
app-report-dialog-filter = 文本

## 应用的程序错误（其解决办法是应用通用的“这是程序错误”文字）

app-internal-keychain-task = 一个钥匙串任务意外停止了。
app-internal-unknown-page = 窗口请求了一个应用不认识的 OKX 页面。
app-internal-scoring-stopped = Passphrase 强度评估意外停止了。
app-internal-generator-stopped = Passphrase 生成器意外停止了。
app-internal-dialog-stopped = 保存对话框意外停止了。
