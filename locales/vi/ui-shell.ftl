# Khung cửa sổ quanh các bước: thanh bước bên trái, Quay lại/Tiếp ở dưới, dòng tiến độ, Làm lại từ đầu và hộp thoại của nó.

## Trang

ui-app-name = { -app-name }
ui-skip-link = Chuyển đến bước hiện tại
ui-rail-label = Các bước của hướng dẫn

## Thanh bước và dòng tiến độ

ui-step-position = Bước { $n }/{ $total }
ui-rail-done = (đã xong)
ui-rail-locked = (bị khóa cho đến khi bạn chấp nhận các quy tắc vàng)
ui-rail-locked-tooltip = Hãy đọc và chấp nhận các quy tắc vàng trước
ui-hint-rules-first = Hãy đọc và chấp nhận các quy tắc vàng trước Bước 1.

## Điều hướng

ui-nav-back = Quay lại
ui-nav-next = Tiếp
ui-nav-finish = Hoàn tất
ui-start-over = Làm lại từ đầu
ui-more-below = Còn nữa bên dưới

## Hộp thoại

ui-dialog-cancel = Hủy
ui-dialog-ok = OK
ui-start-over-dialog = Làm lại từ đầu?
    .text = Thao tác này xóa tiến độ của bạn và mọi thứ ứng dụng đang giữ trong bộ nhớ (cụm mật khẩu, các khóa đã dán, kết quả kiểm tra). Các khóa đã lưu trong chuỗi khóa (keychain) vẫn được giữ nguyên.
    .confirm = Làm lại từ đầu

## Khi không kết nối được với bộ máy của ứng dụng

ui-engine-missing = Bộ máy của ứng dụng không sẵn sàng.
    .fix = Hãy khởi động lại { -app-name }.
ui-call-failed-fix = Hãy thử lại. Nếu lỗi vẫn lặp lại, hãy khởi động lại ứng dụng.

# The progress line at the top of the rail: the guide's Steps 1 to 10 that are done.
ui-progress-steps = Đã xong { $done }/{ $total } bước
