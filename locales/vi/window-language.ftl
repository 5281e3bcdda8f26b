## Chọn ngôn ngữ của cửa sổ

# Mã ngôn ngữ mà ứng dụng không có ($code là mã được yêu cầu, ví dụ "xx").
app-language-unknown = Ngôn ngữ “{ $code }” chưa có trong { -app-name }.
    .fix = Hãy chọn một ngôn ngữ trong menu.
