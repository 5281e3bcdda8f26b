# Theo dõi: kiểm tra hằng ngày các khóa đã lưu khi ứng dụng đóng (check --notify, thông báo trên
# màn hình), chỉ số cho máy chủ (check --prometheus) và công tắc bật/tắt kiểm tra hằng ngày
# (watch on|off|status và công tắc trong Khóa của tôi).
# Giữ nguyên, không dịch: okx-key-assistant, check, watch, on, off, status, --notify,
# --prometheus, --via, systemd, autostart, --json, FILE, LABEL.
# $label là tên đã lưu của khóa (không dịch); $reason là thông điệp của chính vấn đề.

# Tên người gửi mà màn hình hiển thị.
watch-notification-app = { -app-name }

## Thông báo: tiêu đề nêu khóa và điều đã xảy ra; .fix là một việc cần làm.

watch-event-withdraw-on = { $label }: khóa này có thể rút tiền
    .fix = Trên OKX, hãy sửa khóa API này và tắt quyền Rút tiền, hoặc xóa khóa. Trước khi đó, ứng dụng không giao khóa cho bot nào.
watch-event-deleted = { $label }: OKX đã xóa khóa này
    .fix = Hãy tạo khóa mới chỉ có quyền Đọc và Giao dịch, gắn với địa chỉ IP của bot, rồi lưu lại vào ứng dụng.
# $reason: vì sao kiểm tra thất bại, bằng lời của chính vấn đề.
watch-event-failed = { $label }: kiểm tra thất bại. { $reason }
# $days: từ 0 đến 3.
watch-event-days-left = { $days ->
        [0] { $label }: OKX có thể xóa khóa này ngay hôm nay
       *[other] { $label }: OKX có thể xóa khóa này sau { $days } ngày
    }
# $bot: tên bot.
watch-event-not-ready = { $label }: chưa sẵn sàng cho { $bot }. { $reason }
watch-event-recovered = { $label }: khóa đã hoạt động trở lại
    .fix = Không cần làm gì: lần kiểm tra gần nhất thấy khóa ổn.
# Nút trên thông báo (nơi màn hình có hiển thị nút).
watch-action-open-my-keys = Mở Khóa của tôi

## Trợ giúp của check: các tùy chọn theo dõi (thêm vào cuối check --help).

watch-check-usage =
    Theo dõi (Linux):
      --notify           gửi một thông báo trên màn hình cho mỗi khóa cần bạn (Rút tiền bật, bị
                         xóa trên OKX, kiểm tra thất bại, còn 3 ngày trở xuống theo quy tắc 14
                         ngày), và không gửi gì khi mọi khóa đều ổn; thông báo vẫn còn đúng chỉ
                         được gửi lại vào hôm sau cho đến khi bạn mở Khóa của tôi
      --prometheus FILE  ghi tình trạng các khóa vào FILE theo định dạng textfile của
                         node_exporter (ghi nguyên tử; trỏ --collector.textfile.directory vào
                         thư mục của nó)

## Các dòng theo dõi trong trợ giúp chính.

watch-cli-usage =
    Kiểm tra khóa mỗi ngày (Linux):
      { -usage-check-notify }
      { -usage-watch-brief }

## watch --help

watch-usage =
    Cách dùng: { -usage-watch }

    Kiểm tra các khóa đã lưu mỗi ngày khi ứng dụng đóng và báo cho bạn (bằng thông báo trên màn
    hình) khi có khóa cần bạn. Giống công tắc trong Khóa của tôi.

      on       cài bộ hẹn giờ và dịch vụ người dùng systemd (hằng ngày, chạy bù nếu máy đã tắt)
               vào { -path-systemd-user } để chạy "{ -cmd-check-notify }"; nơi không
               có trình quản lý người dùng systemd, một mục tự khởi động chạy lệnh đó mỗi lần
               đăng nhập
      off      gỡ đúng những gì "on" đã cài
      status   cho biết đang bật hay tắt, lần chạy gần nhất và kết quả tìm thấy

    Tùy chọn:
      --via systemd|autostart   với on: cách khởi động kiểm tra hằng ngày (không có: systemd nếu
                                trình quản lý người dùng đang chạy, nếu không thì autostart)
      --json                    in một đối tượng JSON
      -h, --help                hiện trợ giúp này

    Chỉ Linux: Windows (Task Scheduler) và macOS (launchd) chưa được hỗ trợ.

watch-usage-missing = Hãy nêu on, off hoặc status.
watch-via-unknown = --via nhận systemd hoặc autostart.

## Điều watch on|off|status cho biết.

watch-on-systemd = Kiểm tra khóa hằng ngày đã bật: bộ hẹn giờ systemd chạy nó mỗi ngày một lần.
watch-on-autostart = Kiểm tra khóa hằng ngày đã bật: nó chạy mỗi lần bạn đăng nhập.
# $files: các tệp đã ghi.
watch-installed-files = Đã cài: { $files }
watch-off = Kiểm tra khóa hằng ngày đã tắt. Đã gỡ: { $files }
watch-off-already = Kiểm tra khóa hằng ngày vốn đã tắt; không có gì để gỡ.
watch-status-on = Bật: các khóa đã lưu được kiểm tra mỗi ngày.
watch-status-off = Tắt: các khóa đã lưu không được kiểm tra khi ứng dụng đóng.
# $when: ngày giờ (ISO-8601, UTC).
watch-status-last-run = Lần chạy gần nhất: { $when }.
watch-status-never-run = Chưa chạy lần nào.
# $checked: số khóa đã kiểm tra; $found: số khóa cần bạn.
watch-status-found = Số khóa đã kiểm tra: { $checked }. Cần bạn: { $found }.
watch-notify-unavailable = Không gửi được thông báo trên màn hình: { $error }
    .fix = Bản thân việc kiểm tra đã chạy; kết quả ở phía trên. Thông báo cần một phiên màn hình có dịch vụ thông báo.

# $path: tệp hoặc thư mục; $error: lý do từ hệ thống.
watch-error-write = Không thể ghi hoặc gỡ { $path }: { $error }
    .fix = Hãy kiểm tra thư mục cấu hình ({ -path-config }) thuộc về bạn và ghi được, rồi thử lại.

## Công tắc trong Khóa của tôi (cửa sổ).

watch-switch-label = Kiểm tra các khóa của tôi mỗi ngày và báo khi có khóa cần tôi
watch-switch-state-on = Bật.
watch-switch-state-off = Tắt.
watch-switch-stopped = Việc bật hoặc tắt kiểm tra khóa hằng ngày đã dừng đột ngột.
