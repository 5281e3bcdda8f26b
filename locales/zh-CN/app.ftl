# 全应用通用的词：应用名称和 OKX 对事物的叫法。
# 术语（以“-”开头）写进其他消息里，从不单独显示。

-app-name = OKX Key Assistant
-okx = OKX


problem-internal = { -app-name } 内部出了问题。
    .fix = 这是 { -app-name } 的一个程序错误。请再试一次；如果一直出现，请附上应用的日志报告此问题。
