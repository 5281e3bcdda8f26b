# Cụm mật khẩu API (Bước 5 của hướng dẫn): danh sách kiểm tra dưới ô cụm mật khẩu, độ mạnh,
# thời gian để đoán ra, những gì cần đổi, và ô xác nhận. Chỉ hiện trong cửa sổ.

## Danh sách kiểm tra: quy tắc của OKX và hai quy tắc của ứng dụng.

pass-rule-length = Từ { $min } đến { $max } ký tự (hiện có { $length })
    .too-short = Hãy làm nó dài ít nhất { $min } ký tự (hiện có { $length }).
    .too-long = Hãy làm nó dài tối đa { $max } ký tự (hiện có { $length }): { -okx } không nhận dài hơn.
pass-rule-upper = Một chữ hoa (A-Z)
    .advice = Thêm một chữ hoa (A-Z).
pass-rule-lower = Một chữ thường (a-z)
    .advice = Thêm một chữ thường (a-z).
pass-rule-digit = Một chữ số (0-9)
    .advice = Thêm một chữ số (0-9).
pass-rule-special = Một ký tự đặc biệt, như - . _ + @ ~
    .advice = Thêm một ký tự đặc biệt, như - . _ + @ hoặc ~ (dấu cách không tính).
pass-rule-context-none = Không chứa nhãn của khóa, tên bot hay “okx”
pass-rule-context-label = Chứa nhãn của khóa “{ $word }”
    .advice = Hãy bỏ nhãn của khóa “{ $word }”: đó là một trong những thứ kẻ tấn công thử đầu tiên.
pass-rule-context-bot = Chứa tên bot “{ $word }”
    .advice = Hãy bỏ tên bot “{ $word }”: đó là một trong những thứ kẻ tấn công thử đầu tiên.
pass-rule-context-okx = Chứa “okx”
    .advice = Hãy bỏ “okx”: đó là một trong những thứ kẻ tấn công thử đầu tiên.
pass-rule-ascii = Chỉ chữ cái, chữ số và ký hiệu trên bàn phím tiếng Anh: không dấu cách, không dấu tiếng Việt, không emoji (nó được gửi trong header của yêu cầu web, nơi các ký tự đó gây lỗi)
    .advice = Chỉ dùng chữ cái A-Z, chữ số và ký hiệu trên bàn phím tiếng Anh: không dấu cách, không chữ có dấu, không emoji.

## Những gì cần đổi, ngoài các quy tắc chưa đạt

pass-advice-empty = Hãy nhập một cụm mật khẩu, hoặc dùng nút Tạo để có một cụm mạnh.
pass-advice-too-guessable = Hãy thêm một từ nữa hoặc vài ký tự: nó vẫn quá dễ đoán. Tốt nhất là những từ không liên quan đến nhau.

## Độ mạnh: hiện sau "Độ mạnh:" dưới ô cụm mật khẩu

pass-strength-very-weak = Rất yếu
pass-strength-weak = Yếu
pass-strength-fair = Trung bình
pass-strength-strong = Mạnh
pass-strength-very-strong = Rất mạnh
pass-strength-empty = Trống
pass-strength-too-long = Quá dài để chấm điểm

## Thời gian để đoán ra

pass-time-instant = dưới một giây
pass-time-seconds = { $n ->
       *[other] { $n } giây
    }
pass-time-minutes = { $n ->
       *[other] { $n } phút
    }
pass-time-hours = { $n ->
       *[other] { $n } giờ
    }
pass-time-days = { $n ->
       *[other] { $n } ngày
    }
pass-time-months = { $n ->
       *[other] { $n } tháng
    }
pass-time-years = { $n ->
       *[other] { $n } năm
    }
pass-time-centuries = hàng thế kỷ

## Những gì bộ ước lượng độ mạnh (zxcvbn) tìm thấy

pass-warning-straight-rows = Các hàng phím liền nhau rất dễ đoán.
pass-warning-short-keyboard-pattern = Các mẫu phím ngắn rất dễ đoán.
pass-warning-repeats = Lặp lại như “aaa” rất dễ đoán.
pass-warning-repeated-groups = Lặp lại như “abcabcabc” chỉ khó đoán hơn “abc” một chút.
pass-warning-top-10 = Đây là một trong 10 mật khẩu phổ biến nhất.
pass-warning-top-100 = Đây là một trong 100 mật khẩu phổ biến nhất.
pass-warning-very-common = Đây là một mật khẩu rất phổ biến.
pass-warning-similar-to-common = Mật khẩu này giống một mật khẩu hay được dùng.
pass-warning-sequences = Các dãy như abc hay 6543 rất dễ đoán.
pass-warning-recent-years = Các năm gần đây rất dễ đoán.
pass-warning-single-word = Một từ đứng riêng rất dễ đoán.
pass-warning-dates = Ngày tháng thường dễ đoán.
pass-warning-names-alone = Tên và họ đứng riêng rất dễ đoán.
pass-warning-common-names = Tên và họ phổ biến rất dễ đoán.

## Mẹo của bộ ước lượng độ mạnh

pass-tip-few-words = Hãy dùng vài từ, và tránh các cụm từ quen thuộc.
pass-tip-symbols-help-little = Ký hiệu, chữ số và chữ hoa giúp ít hơn so với thêm một từ.
pass-tip-another-word = Hãy thêm một hai từ nữa. Từ ít gặp thì tốt hơn.
pass-tip-capitals = Chữ hoa không giúp nhiều lắm.
pass-tip-all-capitals = Viết hoa toàn bộ gần như dễ đoán như không viết hoa.
pass-tip-reversed-words = Từ viết ngược không khó đoán hơn bao nhiêu.
pass-tip-substitutions = Những thay thế dễ đoán, như “@” thay cho “a”, không giúp nhiều lắm.
pass-tip-longer-keyboard-pattern = Hãy dùng mẫu phím dài hơn và có nhiều chỗ rẽ hơn.
pass-tip-repeats = Tránh lặp lại từ và ký tự.
pass-tip-sequences = Tránh các dãy liên tiếp.
pass-tip-recent-years = Tránh các năm gần đây.
pass-tip-your-years = Tránh các năm gắn với bạn.
pass-tip-your-dates = Tránh ngày tháng và năm gắn với bạn.

## Ô xác nhận, bên dưới nó

pass-confirm-empty = Nhập lại cụm mật khẩu ở đây để xác nhận.
pass-confirm-matches = Hai cụm mật khẩu khớp nhau.
pass-confirm-case-only = Gần đúng: các chữ giống nhau nhưng một số chữ hoa khác, và { -okx } phân biệt chữ hoa với chữ thường. Hãy kiểm tra Caps Lock và nhập lại.
pass-confirm-differs = Hai cụm mật khẩu khác nhau. Hãy nhập lại cẩn thận, hoặc dán từ trình quản lý mật khẩu.

## Bộ tạo cụm mật khẩu

pass-eff-attribution = Cụm mật khẩu được tạo dùng EFF Long Wordlist của Electronic Frontier Foundation (https://www.eff.org/dice), theo giấy phép CC BY 3.0 US.
