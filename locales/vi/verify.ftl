# Bài kiểm tra kết nối: danh sách kiểm tra, những gì mỗi mục tìm thấy, và các vấn đề nó báo cáo.

## Tiêu đề của danh sách kiểm tra

check-reach = { -okx } trả lời
check-clock = Đồng hồ khớp với { -okx }
check-auth = Khóa API, khóa bí mật và cụm mật khẩu được chấp nhận
check-read = Đọc được tài khoản
check-trade = Giao dịch được
check-withdraw = Không rút tiền được
check-ip-binding = Gắn với địa chỉ IP
check-balance = Đọc được số dư

## Những gì một mục tìm thấy khi đạt

verify-reach-pass = { -okx } đã trả lời tại { $host }.
verify-auth-pass = { -okx } đã chấp nhận khóa trên { $site }.
verify-auth-pass-found = { -okx } đã chấp nhận khóa trên { $site } (tự động tìm thấy).
verify-clock-pass = Đồng hồ máy tính này { $skew }.
verify-read-pass = Khóa có quyền Đọc.
verify-trade-pass = Khóa có quyền Giao dịch.
verify-withdraw-pass = Khóa không thể rút tiền.
verify-ip-pass = Khóa chỉ hoạt động từ { $ips }.
verify-ip-pass-read-only = Không gắn với địa chỉ IP; khóa chỉ đọc không cần điều này.
verify-ip-pass-demo = Không gắn với địa chỉ IP; khóa Giao dịch demo không bao giờ bị xóa vì không dùng.
verify-balance-pass = Tổng giá trị tài sản { $equity } USD, gồm { $currencies }. Hãy so sánh với tài khoản giao dịch { -okx } của bạn.
verify-balance-pass-empty = Tổng giá trị tài sản { $equity } USD; tài khoản giao dịch không có coin nào. Hãy so sánh với tài khoản giao dịch { -okx } của bạn.
verify-skipped = Chưa kiểm tra, vì một mục trước đó không đạt.

## Đồng hồ máy tính này lệch bao nhiêu so với OKX (nằm trong câu “Đồng hồ máy tính này …”)

verify-skew-within = lệch không quá 0,1 giây so với đồng hồ của { -okx }
verify-skew-behind = chậm { $seconds ->
       *[other] { $seconds } giây
    } so với đồng hồ của { -okx }
verify-skew-ahead = nhanh { $seconds ->
       *[other] { $seconds } giây
    } so với đồng hồ của { -okx }

## Chế độ tài khoản, theo OKX (hiện trong báo cáo)

verify-account-mode-spot = Giao ngay
verify-account-mode-futures = Hợp đồng tương lai
verify-account-mode-multi-currency = Ký quỹ đa tiền tệ
verify-account-mode-portfolio = Ký quỹ danh mục

## Các vấn đề do chính bài kiểm tra kết nối tìm thấy

problem-clock-skew-warn = Đồng hồ máy tính này { $skew }. { -okx } từ chối các yêu cầu lệch quá 30 giây.
    .fix = { problem-clock-skew-over.fix }
problem-clock-skew-over = Đồng hồ máy tính này { $skew }. { -okx } từ chối các yêu cầu lệch quá 30 giây; bài kiểm tra này đã bù cho độ lệch, nhưng bot trên máy tính này sẽ bị từ chối.
    .fix = Hãy bật "Đặt giờ tự động" (và đúng múi giờ) trong cài đặt ngày giờ của hệ thống. Làm tương tự trên máy tính hoặc máy chủ chạy bot của bạn.
problem-missing-read-permission = Khóa này không được phép đọc tài khoản của bạn, nên bot không thể xem số dư hay lệnh.
    .fix = Trên trang quản lý API của { -okx }, chỉnh sửa khóa và bật "Đọc" (và "Giao dịch" cho bot giao dịch), lưu, rồi kiểm tra lại.
problem-missing-trade-permission = Khóa này chỉ đọc: bot dùng nó có thể xem tài khoản nhưng không thể giao dịch.
    .fix = Trên trang quản lý API của { -okx }, chỉnh sửa khóa và bật "Giao dịch" (để "Rút tiền" tắt), lưu, rồi kiểm tra lại.
problem-withdraw-enabled = Khóa này có thể rút tiền. Bất kỳ ai có được nó đều có thể chuyển tiền của bạn ra khỏi { -okx }.
    .fix = Hãy xóa khóa này trên { -okx } ngay và tạo khóa mới chỉ với Đọc và Giao dịch. Bot giao dịch không bao giờ cần quyền Rút tiền.
problem-no-ip-binding = Khóa này có quyền giao dịch và không gắn với địa chỉ IP, nên { -okx } sẽ xóa nó sau 14 ngày không dùng.
    .fix = Nếu bot chạy trên máy chủ có địa chỉ IP cố định, hãy chỉnh sửa khóa trên { -okx } và thêm địa chỉ đó. Nếu không, hãy giữ bot chạy: khóa đang được dùng sẽ không bị xóa.
problem-wrong-site = Khóa này thuộc { $actual }, không phải { $chosen }. Một khóa chỉ dùng được trên trang đã tạo ra nó.
    .fix = { $surface ->
        [cli] Hãy kiểm tra lại với --site { $id }, và chọn { $actual } cả trong bot của bạn.
       *[window] Hãy chọn { $actual } làm trang của bạn, ở đây và trong bot, rồi kiểm tra lại.
    }
problem-unknown-key-nowhere = { -okx } cho biết khóa API này không tồn tại trên { $site }, cũng như trên bất kỳ trang nào khác của { -okx }.
problem-timeout-whole-test = Bài kiểm tra kết nối không xong trong vòng { $seconds ->
       *[other] { $seconds } giây
    }.
    .fix = Hãy kiểm tra kết nối internet và kiểm tra lại. Nếu { -okx } đang bận, hãy chờ vài phút.
problem-demo-mismatch-live-key = Đây là khóa giao dịch thật, không phải khóa Giao dịch demo.
    .fix = { $surface ->
        [cli] Hãy kiểm tra lại mà không có --demo, và tắt "Giao dịch demo" trong bot. Để luyện tập, hãy tạo một khóa riêng trên { -okx } khi Giao dịch demo đang bật.
       *[window] Hãy tắt "Giao dịch demo" ở đây và trong bot, rồi kiểm tra lại. Để luyện tập, hãy tạo một khóa riêng trên { -okx } khi Giao dịch demo đang bật.
    }
problem-demo-mismatch-demo-key = Đây là khóa Giao dịch demo: nó chỉ hoạt động khi Giao dịch demo đang bật.
    .fix = { $surface ->
        [cli] Để luyện tập, hãy kiểm tra lại với --demo và bật "Giao dịch demo" trong bot. Để giao dịch thật, hãy tạo khóa mới trên { -okx } khi Giao dịch demo đang tắt.
       *[window] Để luyện tập, hãy bật "Giao dịch demo" ở đây và trong bot, rồi kiểm tra lại. Để giao dịch thật, hãy tạo khóa mới trên { -okx } khi Giao dịch demo đang tắt.
    }
problem-malformed-input-empty = { $fields ->
        [api-key] Khóa API đang trống.
        [secret-key] Khóa bí mật đang trống.
        [passphrase] Cụm mật khẩu đang trống.
        [api-key-secret-key] Khóa API và khóa bí mật đang trống.
        [api-key-passphrase] Khóa API và cụm mật khẩu đang trống.
        [secret-key-passphrase] Khóa bí mật và cụm mật khẩu đang trống.
       *[all] Khóa API, khóa bí mật và cụm mật khẩu đang trống.
    }
    .fix = { $surface ->
        [cli] Hãy đặt OKX_API_KEY, OKX_SECRET_KEY và OKX_PASSPHRASE thành ba giá trị { -okx } đã cấp cho bạn, rồi kiểm tra lại.
       *[window] Hãy dán cả ba giá trị { -okx } đã cấp cho bạn (khóa API, khóa bí mật, cụm mật khẩu) rồi kiểm tra lại.
    }
