## Khóa của tôi: màn hình chính của người dùng quay lại (src-ui/steps/my-keys.js), và việc thay một khóa

# Mục đầu tiên của thanh bên và tiêu đề màn hình.
ui-keys-rail = Khóa của tôi
ui-keys-title = Khóa của tôi
ui-keys-lead = Các khóa đã lưu trên máy tính này, theo lần cuối ứng dụng thấy chúng. Kiểm tra tất cả sẽ hỏi { -okx } về từng khóa ngay bây giờ. Nó chỉ đọc; nó không thay đổi gì trong tài khoản của bạn.
ui-keys-test-all = Kiểm tra tất cả
ui-keys-new = Tạo khóa mới
ui-keys-loading = Đang đọc các khóa đã lưu…
ui-keys-none = Chưa có khóa nào được lưu trên máy tính này. Hãy tạo một khóa theo hướng dẫn; ở cuối hướng dẫn, tại Bước 10, hãy lưu nó vào đây.
# $n: số khóa đang được kiểm tra.
ui-keys-testing = { $n ->
       *[other] Đang kiểm tra { $n } khóa…
    }
# $n: số khóa đã kiểm tra; $healthy: số khóa trong đó đang ổn.
ui-keys-tested = { $n ->
       *[other] Đã kiểm tra xong: { $healthy }/{ $n } khóa ổn.
    }
# Trang và chế độ của khóa. $site: tên ngắn của trang, ví dụ Global.
ui-keys-site-live = { $site } (thật)
# Nhãn trên mỗi khóa: kết quả của lần kiểm tra gần nhất.
ui-keys-health-healthy = Ổn
ui-keys-health-can-withdraw = Có thể rút tiền: không an toàn cho bot
ui-keys-health-failed = Cần xử lý
ui-keys-health-deleted = Đã bị xóa trên { -okx }
ui-keys-health-untested = Chưa kiểm tra
ui-keys-health-testing = Đang kiểm tra…
# Các thông tin dưới mỗi khóa, theo lần kiểm tra gần nhất.
ui-keys-permissions = Quyền
ui-keys-perm-read = Đọc
ui-keys-perm-trade = Giao dịch
ui-keys-perm-withdraw = Rút tiền
ui-keys-perm-none = Không có
ui-keys-perm-unknown = Chưa thấy
ui-keys-ip = Gắn IP
ui-keys-ip-none = Không có
ui-keys-last-tested = Lần kiểm tra gần nhất
ui-keys-never = Chưa bao giờ
ui-keys-failed-before = Lần kiểm tra gần nhất của khóa này không đạt. Hãy nhấn Kiểm tra để xem lý do và cần làm gì.
ui-keys-idle-title = Quy tắc 14 ngày của { -okx }
ui-keys-no-bot = Không giao cho bot: một lần kiểm tra thấy quyền Rút tiền đang bật cho khóa này. Ứng dụng không đưa nó cho bot nào cho đến khi một lần kiểm tra thấy Rút tiền đã tắt.
ui-keys-missing = Chuỗi khóa không còn giữ khóa này. Hãy thay thế nó, hoặc xóa nó khỏi danh sách này.
# Các nút trên mỗi khóa.
ui-keys-test-one = Kiểm tra
ui-keys-replace = Thay thế

## Thay một khóa đã lưu (nút Thay thế trong Khóa của tôi, rồi Bước 3 đến 10)

# Biểu ngữ phía trên Bước 3 đến 10. $label: tên của khóa đã lưu.
ui-replace-banner = Bạn đang thay khóa đã lưu dưới tên “{ $label }”. Hãy tạo khóa mới trên { -okx }, dán nó ở Bước 9 và kiểm tra ở Bước 10. Khóa đã lưu chỉ được thay khi khóa mới vượt qua bài kiểm tra.
ui-replace-cancel = Dừng thay thế
ui-replace-save = Thay khóa đã lưu
# $label: tên của khóa đã lưu.
ui-replace-save-lead = Khóa mới đã vượt qua bài kiểm tra. Khi lưu, nó sẽ thế chỗ khóa đã lưu dưới tên “{ $label }”; bot của bạn đọc nó dưới cùng tên đó.
# Sau khi thay. $label: tên của khóa đã lưu.
ui-replace-done-title = “{ $label }” giờ giữ khóa mới. Hãy xóa khóa cũ trên { -okx }:
# $site: tên ngắn của trang.
ui-replace-done-1 = Mở trang API của { $site } (nút bên dưới) và đăng nhập.
# $key: bốn ký tự đầu và bốn ký tự cuối của khóa API cũ, ví dụ 6d2d…fd7f.
ui-replace-done-2 = Tìm khóa cũ: khóa API của nó bắt đầu và kết thúc giống { $key }.
ui-replace-done-2-unknown = Tìm khóa cũ: đó là khóa bot của bạn đã dùng trước hôm nay.
ui-replace-done-3 = Xóa nó và xác nhận bằng mã 2FA. Nếu bot của bạn chỉ đọc khóa khi khởi động, hãy khởi động lại bot ngay.
ui-replace-open-api = Mở trang API
