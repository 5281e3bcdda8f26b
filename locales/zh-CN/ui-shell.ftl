# 窗口中步骤外围的框架（src-ui/main.js、ui/index.html、src-ui/ipc.js）：左侧的步骤侧栏、
# 底部的“上一步/下一步”、进度行、“重新开始”及其对话框。

## 页面

# 窗口标题，以及侧栏顶部图标旁的名称。
ui-app-name = { -app-name }
# 供键盘用户使用的链接，仅在获得焦点时显示；它会跳过侧栏。
ui-skip-link = 跳到当前步骤
# 屏幕阅读器为侧栏（左侧的步骤列表）朗读的文字。
ui-rail-label = 指南的步骤

## 侧栏和进度行

# 某个界面是第几步，显示在其进度条上方和进度行中；$n 为 1 到 $total。
ui-step-position = 第 { $n } 步，共 { $total } 步
# 屏幕阅读器在侧栏中某步名称后朗读，放在括号中。
ui-rail-done = （已完成）
ui-rail-locked = （接受黄金法则后解锁）
# 鼠标停在用户还不能打开的步骤上时显示。
ui-rail-locked-tooltip = 请先阅读并接受黄金法则
# 用户在接受法则前试图打开后面的步骤时，显示在“下一步”旁。
ui-hint-rules-first = 开始第 1 步之前，请先阅读并接受黄金法则。

## 导航

ui-nav-back = 上一步
ui-nav-next = 下一步
# 最后一个界面上的“下一步”按钮。
ui-nav-finish = 完成
ui-start-over = 重新开始
ui-more-below = 下方还有内容

## 对话框

ui-dialog-cancel = 取消
ui-dialog-ok = 确定
ui-start-over-dialog = 要重新开始吗？
    .text = 这会清除你的进度，以及应用保存在内存中的所有内容（Passphrase、粘贴的密钥、测试结果）。已保存在钥匙串中的密钥仍会保留。
    .confirm = 重新开始

## 无法连接应用的引擎时

ui-engine-missing = 应用的引擎不可用。
    .fix = 请重新启动 { -app-name }。
# 应用引擎出现意外错误时显示在下方的解决办法（错误文字来自引擎）。
ui-call-failed-fix = 请再试一次。如果一直出现，请重新启动应用。

# The progress line at the top of the rail: the guide's Steps 1 to 10 that are done.
ui-progress-steps = 已完成 { $done }/{ $total } 步
