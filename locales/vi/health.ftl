# Giữ các khóa đã lưu hoạt động tốt: "okx-key-assistant check" (và mục Khóa của tôi trong cửa
# sổ, sau này). Mỗi khóa đã lưu được kiểm tra lại và so sánh với những gì ứng dụng thấy ở lần
# cuối khóa hoạt động.
# Giữ nguyên, không dịch: okx-key-assistant, check, save, --json, --replace, LABEL, các khóa
# JSON (label, okx_label, drift, idle_rule).
# $site là tên một trang (ví dụ "OKX (global, okx.com)"); $url là trang API của trang đó;
# $before và $after là danh sách IP ("127.0.0.1, 5.6.7.8") hoặc tên khóa trên OKX, không dịch.

## Thay đổi: những gì đã thay đổi trên OKX kể từ lần cuối khóa hoạt động.
## Thông báo cho biết cái gì đã đổi; .fix cho biết cần làm gì. Hiện trong terminal và cửa sổ.

health-drift-withdraw-turned-on =
    Quyền Rút tiền đã được bật cho khóa này kể từ lần kiểm tra trước. Khóa có thể rút tiền có thể làm trống tài khoản của bạn nếu nó bị lộ.
    .fix = Trên OKX, hãy chỉnh sửa khóa API này và tắt Rút tiền (hoặc xóa khóa và tạo khóa mới chỉ với Đọc và Giao dịch), rồi kiểm tra lại.

health-drift-trade-lost =
    Khóa này từng giao dịch được và giờ thì không: quyền Giao dịch đã bị tắt trên OKX. Bot không thể đặt lệnh bằng khóa này.
    .fix = Trên OKX, hãy chỉnh sửa khóa API này và bật lại Giao dịch, hoặc tạo khóa mới với Đọc và Giao dịch.

health-drift-ip-list-changed =
    Các địa chỉ IP gắn với khóa này đã thay đổi: trước đây là { $before }, giờ là { $after }.
    .fix = Nếu bạn không thay đổi chúng, hãy đăng nhập OKX và kiểm tra ai đã làm. Hãy đảm bảo địa chỉ của máy chủ chạy bot có trong danh sách, nếu không bot sẽ bị từ chối.

health-drift-label-changed =
    Tên của khóa này trên OKX đã đổi từ “{ $before }” thành “{ $after }”.
    .fix = Không cần làm gì nếu bạn đã đổi tên nó. Nếu không phải bạn, hãy đăng nhập OKX và kiểm tra thiết lập bảo mật của tài khoản.

health-drift-deleted-on-okx =
    OKX không còn nhận ra khóa này trên { $site }, nơi nó từng hoạt động: khóa đã bị xóa trên OKX, do bạn hoặc do quy tắc 14 ngày của OKX (khóa có quyền Giao dịch mà không gắn với địa chỉ IP sẽ bị xóa sau 14 ngày không dùng).
    .fix = { $surface ->
        [cli] Hãy tạo khóa mới tại { $url }, gắn với địa chỉ IP của bot để việc này không lặp lại, rồi lưu nó dưới cùng tên bằng: { -cmd-save-replace }
       *[window] Nhấn Thay thế để tạo khóa mới dưới cùng tên, gắn với địa chỉ IP của bot để việc này không lặp lại. Sau đó xóa khóa cũ trên OKX nếu nó vẫn còn trong danh sách tại { $url }.
    }

# Thay cho danh sách IP trống trong health-drift-ip-list-changed.
health-ip-none = không có
# Thay cho khóa không có tên trên OKX trong health-drift-label-changed.
health-label-none = không có tên

## Quy tắc 14 ngày, cho khóa thật có quyền Giao dịch (hoặc Rút tiền) và không gắn IP.
## $days: số ngày tròn kể từ lần cuối ứng dụng thấy khóa hoạt động; $left: 14 trừ số đó
## (không nhỏ hơn 0); $limit: 14.

health-idle-rule =
    OKX xóa khóa có quyền Giao dịch mà không gắn IP sau { $limit } ngày không dùng. Lần cuối ứng dụng này thấy khóa hoạt động là { $days ->
        [0] hôm nay
       *[other] { $days } ngày trước
    }; nếu từ đó đến nay không có gì dùng nó, { $left ->
        [0] có thể OKX đã xóa nó rồi.
       *[other] nó còn { $left } ngày.
    } Việc chính bot của bạn dùng khóa cũng được tính (mọi yêu cầu đã ký đều tính), và ứng dụng này không thấy được việc đó.
    .fix = Cách khắc phục lâu dài: trên OKX, hãy chỉnh sửa khóa và gắn nó với địa chỉ IP của bot (địa chỉ công khai của máy chủ chạy bot). Khóa đã gắn với địa chỉ IP không bao giờ bị xóa vì không dùng.

## Tệp lịch sử (key-history.json trong thư mục dữ liệu của ứng dụng; không chứa bí mật nào).
## $path là đường dẫn tệp, $error là lý do của hệ thống, cả hai giữ nguyên.

health-history-unwritable =
    Các bài kiểm tra đã chạy, nhưng không ghi được lịch sử vào { $path }: { $error }.
    .fix = Hãy kiểm tra thư mục này tồn tại và bạn được phép ghi vào đó, rồi chạy lại bài kiểm tra.
health-history-encode-failed = Không ghi được lịch sử khóa (lỗi nội bộ).

## okx-key-assistant check: trợ giúp và một dòng cho mỗi khóa.
## Giữ các dấu xuống dòng và thụt lề của danh sách tùy chọn: terminal hiển thị nguyên vẹn.

health-usage =
    Cách dùng: { -usage-check }

    Kiểm tra cùng lúc các khóa đã lưu trong chuỗi khóa của hệ thống (tất cả, hoặc các LABEL được
    đưa), mỗi khóa trên trang và ở chế độ của riêng nó, bằng các yêu cầu đã ký, chỉ đọc (không bao
    giờ giao dịch hay chuyển tiền). Cho biết những gì đã thay đổi kể từ lần cuối mỗi khóa hoạt động:
    Rút tiền được bật, mất quyền Giao dịch, danh sách IP hoặc tên thay đổi, hoặc khóa bị xóa trên
    OKX. Mỗi lần kiểm tra được ghi vào lịch sử ngắn của khóa (50 lần kiểm tra gần nhất, không bao
    giờ có bí mật) trong thư mục dữ liệu của ứng dụng.

    Tùy chọn:
      --json       in một mảng JSON: đối tượng verify --json của mỗi khóa, với tên đã lưu của nó
                   làm label (tên riêng của OKX chuyển sang okx_label), cùng drift và idle_rule
      -h, --help   hiện trợ giúp này

    Mã thoát: 0 mọi khóa đều ổn; 1 có khóa thất bại, bị xóa trên OKX hoặc mất quyền Giao dịch;
    2 sai cách dùng, hoặc không có khóa nào đã lưu; 3 có khóa có thể rút tiền (3 được ưu tiên hơn 1).

# Sau health-usage (check --help).
health-usage-ready =
    Khóa được lưu kèm một bot (save LABEL --bot BOT) cũng được kiểm tra cho bot đó: chế độ tài
    khoản, chế độ vị thế, thị trường và tiền đang nằm ở đâu; JSON có thêm đối tượng readiness.
    Mã thoát 4: mọi khóa đều ổn, nhưng có tài khoản chưa sẵn sàng cho bot của khóa đó.

# Cột kết quả trong dòng của một khóa.
health-result-healthy = ổn
health-result-can-withdraw = có thể rút tiền: không an toàn cho bot
# $reason: thông báo của vấn đề đầu tiên.
health-result-failed = thất bại: { $reason }
health-result-deleted = đã bị xóa trên OKX
health-test-stopped = Bài kiểm tra khóa này đã dừng bất ngờ (lỗi nội bộ).

health-no-keys =
    Chưa có khóa nào được lưu, nên không có gì để kiểm tra.
    .fix = Hãy lưu một khóa trước bằng: { -cmd-save-label }

# $before, $after: the account modes' names (Spot, Futures, Multi-currency margin, Portfolio margin)
health-drift-account-mode-changed =
    Chế độ tài khoản trên { -okx } đã đổi từ { $before } sang { $after }.
    .fix = Không cần làm gì nếu chính bạn đã đổi. Hãy kiểm tra lại khóa với bot của nó: một số bot cần một chế độ nhất định (xem “Sẵn sàng cho bot của bạn”).
# $before, $after: Buy/sell mode or Long/short mode
health-drift-position-mode-changed =
    Chế độ vị thế của tài khoản trên { -okx } đã đổi từ { $before } sang { $after }.
    .fix = Không cần làm gì nếu chính bạn đã đổi. Bot cần chế độ kia sẽ bị từ chối lệnh swap: hãy kiểm tra lại khóa với bot của nó.
