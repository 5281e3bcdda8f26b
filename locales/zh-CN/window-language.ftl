## 选择窗口的语言

# 应用没有的语言代码（$code 是请求的代码，例如 "xx"）。
app-language-unknown = { -app-name } 没有“{ $code }”这种语言。
    .fix = 请从菜单中选择一种语言。
