# Lời của vỏ cửa sổ: khởi động ứng dụng và các lệnh của cửa sổ khi không làm được việc được yêu cầu.

## Khởi động ứng dụng (in ra terminal đã khởi động nó, nếu có)

app-no-display =
    { -app-name } mở một cửa sổ, nhưng phiên này không có màn hình đồ họa (cả DISPLAY lẫn WAYLAND_DISPLAY đều chưa được đặt).
    Hãy mở ứng dụng từ menu ứng dụng của màn hình nền, hoặc từ một terminal trong phiên màn hình nền của bạn.
    Không có màn hình nền, dòng lệnh cũng kiểm tra y như vậy: hãy chạy { -cmd-help }.
app-window-not-answering = { -app-name } đã mở, nhưng cửa sổ của nó không phản hồi. Hãy đóng nó (hoặc kết thúc { -cmd-app } trong trình quản lý tác vụ), rồi mở lại ứng dụng.
app-could-not-start = Không khởi động được { -app-name }: { $error }
app-could-not-start-again = Không khởi động lại được { -app-name }: { $error }

## Các lệnh của cửa sổ

app-clipboard-failed = Không ghi được vào bộ nhớ tạm.
    .fix = Hãy chọn văn bản và sao chép bằng Ctrl+C.
app-no-credentials = Chưa có thông tin xác thực nào đã được kiểm tra để thử.
    .fix = Hãy quay lại Bước 9, dán khóa API, khóa bí mật và cụm mật khẩu, rồi nhấn Kiểm tra.
app-no-passphrase = Chưa có cụm mật khẩu nào để sao chép.
    .fix = Hãy tạo một cụm, hoặc nhập một cụm và nhập lại để xác nhận.
app-browser-failed = Không mở được trình duyệt web của bạn.
    .fix = Hãy tự mở { $url } trong trình duyệt.
app-no-test-result = Chưa có kết quả kiểm tra nào để báo cáo.
    .fix = Hãy nhấn “Kiểm tra kết nối” ở Bước 10 trước.
app-report-not-written = Không ghi được báo cáo vào { $path }.
    .fix = Hãy chọn thư mục khác (thư mục bạn có quyền ghi), hoặc dùng Sao chép.
app-report-dialog-title = Lưu báo cáo xác nhận
app-report-dialog-filter = Văn bản

## Lỗi trong ứng dụng (cách khắc phục là lời "đây là lỗi" thông thường của ứng dụng)

app-internal-keychain-task = Một tác vụ chuỗi khóa đã dừng bất ngờ.
app-internal-unknown-page = Cửa sổ yêu cầu một trang OKX mà ứng dụng không biết.
app-internal-scoring-stopped = Việc chấm điểm cụm mật khẩu đã dừng bất ngờ.
app-internal-generator-stopped = Bộ tạo cụm mật khẩu đã dừng bất ngờ.
app-internal-dialog-stopped = Hộp thoại lưu đã dừng bất ngờ.
