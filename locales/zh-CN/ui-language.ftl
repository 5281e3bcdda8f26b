## 语言菜单（第一个界面和侧栏）

ui-language-label = 语言
