# Giao tiếp với OKX: các trang của OKX, ý nghĩa mã lỗi và cách xử lý, và lỗi của chính kết nối.

-okx-key-page = trang quản lý API của { -okx } (Hồ sơ > API)

## Các trang của OKX

okx-site-name-global = { $site } (toàn cầu)
okx-site-name-eea = { $site } (EEA)
okx-site-name-us = { $site } (Mỹ và Úc)
okx-site-name-tr = { $site } (OKX TR, Thổ Nhĩ Kỳ)
okx-site-region-global = Hầu hết các quốc gia
okx-site-region-eea = Khu vực Kinh tế Châu Âu (EEA)
okx-site-region-us = Hoa Kỳ và Úc
okx-site-region-tr = Thổ Nhĩ Kỳ (OKX TR)
okx-site-id-list = { $ids } hoặc { $last }
problem-malformed-input-site = "{ $value }" không phải là một trang của { -okx }.
    .fix = Dùng global (bạn đăng nhập tại okx.com), eea (my.okx.com), us (app.okx.com) hoặc tr (tr.okx.com).

## Thiết lập trỏ một trang đến trình mô phỏng luyện tập trên máy này (OKX_BASE_URL_…)

problem-invalid-setting-override = { $var } được đặt một giá trị mà ứng dụng từ chối: { $why }.
    .fix = Bỏ đặt { $var } để dùng chính { -okx }, hoặc đặt nó thành địa chỉ loopback như http://127.0.0.1:8085 (trình mô phỏng luyện tập).
# $var: the setting, e.g. OKX_BASE_URL_GLOBAL; $url: where it points
problem-real-key-to-override = { $var } đang được đặt, nên yêu cầu này sẽ đi tới { $url } trên máy này, nhưng khóa này được lưu từ chính { -okx }. Ứng dụng không bao giờ gửi khóa thật tới máy chủ luyện tập.
    .fix = Hãy bỏ { $var } (trong terminal: unset { $var }) rồi thử lại. Chỉ đặt nó khi bạn luyện tập với trình mô phỏng.
# $var: the setting; $host: the real API host, e.g. www.okx.com
problem-practice-key-to-okx = Khóa này được lưu từ trình mô phỏng luyện tập, không phải từ { -okx }: { -okx } không biết nó, nên ứng dụng không gửi nó tới { $host }.
    .fix = Để luyện tập với nó, hãy chạy trình mô phỏng ({ -cmd-simulate }) và đặt { $var } thành địa chỉ nó in ra. Với bot, hãy lưu một khóa thật từ { -okx }.
okx-override-not-http = chỉ cho phép http://127.0.0.1:PORT hoặc http://localhost:PORT
okx-override-no-port = địa chỉ cần có cổng, như http://127.0.0.1:8085
okx-override-not-loopback = đây không phải địa chỉ loopback (127.0.0.1 hoặc localhost)
okx-override-bad-port = cổng phải là số từ 1 đến 65535

## Mã lỗi của OKX, ý nghĩa và cách xử lý

problem-wrong-passphrase = { -okx } không chấp nhận cụm mật khẩu.
    .fix = Hãy nhập cụm mật khẩu bạn đã chọn khi tạo khóa API này trên { -okx }. Đó không phải mật khẩu đăng nhập { -okx } hay mật khẩu quỹ, và chữ hoa là khác chữ thường. Hãy sao chép nó từ nơi bạn đã lưu. Nếu bạn đã mất nó, { -okx } không thể khôi phục: hãy xóa khóa này trên { -okx } và tạo khóa mới.
problem-wrong-secret = { -okx } không chấp nhận chữ ký của yêu cầu, nghĩa là khóa bí mật không thuộc về khóa API này.
    .fix = Hãy sao chép lại khóa bí mật từ nơi bạn đã lưu khi tạo khóa ({ -okx } chỉ hiển thị nó một lần), không thiếu ký tự nào ở hai đầu. Nếu bạn không còn nó, hãy xóa khóa này trên { -okx } và tạo khóa mới.
problem-unknown-key = { -okx } không nhận ra khóa API này.
    .fix = Hãy sao chép lại toàn bộ khóa API từ { -okx-key-page }. Nếu khóa không có trong danh sách ở đó, nó đã bị xóa: hãy tạo khóa mới.
problem-unknown-key-site = { -okx } cho biết khóa API này không tồn tại trên { $site }.
    .fix = Hãy kiểm tra bạn đã chọn đúng trang nơi bạn đăng nhập { -okx } (okx.com, my.okx.com, app.okx.com hoặc tr.okx.com): một khóa chỉ dùng được trên trang của nó. Rồi sao chép lại khóa API từ { -okx-key-page }. Nếu khóa không còn trong danh sách, nó đã bị xóa (khóa có quyền giao dịch mà không gắn địa chỉ IP sẽ bị xóa sau 14 ngày không dùng): hãy tạo khóa mới.
problem-demo-mismatch-not-demo = { -okx } cho biết khóa này không phải khóa Giao dịch demo, nhưng nó đã được kiểm tra như khóa demo.
    .fix = { $surface ->
        [cli] Hãy kiểm tra lại mà không có --demo. Khóa Giao dịch demo được tạo trên { -okx } khi chế độ Giao dịch demo đang bật.
       *[window] Hãy tắt "Giao dịch demo" và kiểm tra lại. Khóa Giao dịch demo được tạo trên { -okx } khi chế độ Giao dịch demo đang bật.
    }
problem-demo-mismatch-not-live = { -okx } cho biết khóa này không phải khóa giao dịch thật: có vẻ đây là khóa Giao dịch demo.
    .fix = { $surface ->
        [cli] Nếu bạn tạo khóa trong chế độ Giao dịch demo của { -okx }, hãy kiểm tra lại với --demo. Để giao dịch thật, hãy tạo khóa khi Giao dịch demo đang tắt.
       *[window] Nếu bạn tạo khóa trong chế độ Giao dịch demo của { -okx }, hãy bật "Giao dịch demo" ở đây và kiểm tra lại. Để giao dịch thật, hãy tạo khóa khi Giao dịch demo đang tắt.
    }
problem-clock-skew-rejected = { -okx } từ chối thời gian của yêu cầu: đồng hồ máy tính này lệch hơn 30 giây.
    .fix = Hãy bật "Đặt giờ tự động" (và đúng múi giờ) trong cài đặt ngày giờ của hệ thống, rồi kiểm tra lại.
problem-ip-not-allowed-ip = Khóa này chỉ hoạt động từ một số địa chỉ IP nhất định, và địa chỉ của máy tính này ({ $ip }) không nằm trong số đó.
    .fix = Trên { -okx-key-page }, chỉnh sửa khóa và thêm { $ip } vào các địa chỉ IP của khóa, rồi kiểm tra lại. Nếu bạn cố ý gắn khóa với máy chủ của bot, thì máy tính này đơn giản không phải máy chủ đó: hãy kiểm tra từ máy chủ, hoặc thêm địa chỉ này để kiểm tra rồi xóa đi sau đó.
problem-ip-not-allowed = Khóa này chỉ hoạt động từ một số địa chỉ IP nhất định, và địa chỉ của máy tính này không nằm trong số đó.
    .fix = Trên { -okx-key-page }, chỉnh sửa khóa và thêm địa chỉ của máy tính này vào các địa chỉ IP của khóa, rồi kiểm tra lại. Nếu bạn cố ý gắn khóa với máy chủ của bot, thì máy tính này đơn giản không phải máy chủ đó: hãy kiểm tra từ máy chủ, hoặc thêm địa chỉ này để kiểm tra rồi xóa đi sau đó.
problem-region-restricted-ip = { -okx } không cung cấp dịch vụ này ở vị trí hiện tại của bạn (địa chỉ IP { $ip }).
    .fix = { problem-region-restricted.fix }
problem-region-restricted = { -okx } không cung cấp dịch vụ này ở quốc gia hoặc khu vực của bạn.
    .fix = Hãy kiểm tra bạn đã chọn đúng trang nơi bạn đăng ký (okx.com, my.okx.com, app.okx.com hoặc tr.okx.com), và xem danh sách quốc gia, khu vực được hỗ trợ của { -okx }. Nếu bạn đang đi du lịch, hãy kiểm tra lại khi về nhà.
problem-key-frozen = { -okx } đã đóng băng khóa API này.
    .fix = Hãy liên hệ bộ phận hỗ trợ khách hàng của { -okx } để biết lý do, hoặc xóa khóa này trên { -okx-key-page } và tạo khóa mới.
problem-key-frozen-account = { -okx } cho biết tài khoản này đã bị chặn.
    .fix = Hãy liên hệ bộ phận hỗ trợ khách hàng của { -okx }. Không thể dùng khóa cho đến khi họ bỏ chặn tài khoản.
problem-missing-read-permission-code = Khóa này không được phép đọc tài khoản của bạn.
    .fix = Trên { -okx-key-page }, chỉnh sửa khóa và bật "Đọc" (và "Giao dịch" cho bot giao dịch), lưu, rồi kiểm tra lại.
problem-malformed-input-okx-empty-key = { -okx } nhận được khóa API trống.
    .fix = { $surface ->
        [cli] Hãy đặt OKX_API_KEY thành khóa API và kiểm tra lại.
       *[window] Hãy dán khóa API vào ô của nó và kiểm tra lại.
    }
problem-malformed-input-okx-empty-passphrase = { -okx } nhận được cụm mật khẩu trống.
    .fix = { $surface ->
        [cli] Hãy đặt OKX_PASSPHRASE thành cụm mật khẩu và kiểm tra lại.
       *[window] Hãy dán cụm mật khẩu vào ô của nó và kiểm tra lại.
    }
problem-malformed-input-okx-empty-part = { -okx } cho biết một phần của yêu cầu đã ký bị trống.
    .fix = { $surface ->
        [cli] Hãy kiểm tra OKX_API_KEY, OKX_SECRET_KEY và OKX_PASSPHRASE đều đã được đặt, rồi kiểm tra lại. Nếu vẫn lặp lại, hãy báo lỗi: đây là lỗi của { -app-name }.
       *[window] Hãy kiểm tra cả ba ô đều đã điền, rồi kiểm tra lại. Nếu vẫn lặp lại, hãy báo lỗi: đây là lỗi của { -app-name }.
    }
problem-unexpected-response-format = { -okx } từ chối định dạng của yêu cầu. Lỗi này không phải do khóa của bạn.
    .fix = Hãy kiểm tra lại. Nếu vẫn lặp lại, hãy báo lỗi: đây là lỗi của { -app-name }.
problem-unexpected-response-unauthorised = { -okx } từ chối cấp quyền cho khóa này mà không nói lý do.
    .fix = Hãy kiểm tra cả ba giá trị và kiểm tra lại. Nếu vẫn lặp lại, hãy xóa khóa này trên { -okx-key-page } và tạo khóa mới.
problem-rate-limited = { -okx } đang nhận quá nhiều yêu cầu từ khóa này hoặc mạng này.
    .fix = Hãy chờ một phút rồi kiểm tra lại. Nếu đã có bot chạy bằng khóa này thì không sao: giới hạn sẽ được đặt lại trong vài giây.
problem-okx-unavailable = Dịch vụ của { -okx } tại { $host } tạm thời không khả dụng (đang bảo trì hoặc quá tải).
    .fix = Hãy chờ vài phút rồi kiểm tra lại. { -okx } thông báo bảo trì trên trang trạng thái và các kênh mạng xã hội.
problem-timeout-okx = Lần này { -okx } trả lời quá lâu.
    .fix = Hãy chờ một chút rồi kiểm tra lại. Bài kiểm tra chỉ đọc, nên thử lại là an toàn.

## Các mã mà ứng dụng này không biết

problem-unexpected-response-unknown-code = { -okx } trả lời với mã lỗi { $code }, mà ứng dụng này không biết.
    .fix = Hãy kiểm tra lại sau một lát. Nếu vẫn lặp lại, hãy tra mã { $code } trong tài liệu API của { -okx } hoặc hỏi bộ phận hỗ trợ của { -okx }.
problem-unexpected-response-unknown-code-said = { -okx } trả lời với mã lỗi { $code }, mà ứng dụng này không biết: "{ $said }".
    .fix = { problem-unexpected-response-unknown-code.fix }
problem-unexpected-response-unknown-error = { -okx } trả lời với một lỗi mà ứng dụng này không biết.
    .fix = Hãy kiểm tra lại sau một lát. Nếu vẫn lặp lại, hãy hỏi bộ phận hỗ trợ của { -okx }.
problem-unexpected-response-unknown-error-said = { -okx } trả lời với một lỗi mà ứng dụng này không biết: "{ $said }".
    .fix = { problem-unexpected-response-unknown-error.fix }

## Các câu trả lời không phải của OKX

problem-unexpected-response-redirect = { $host } đã cố chuyển yêu cầu đi nơi khác (HTTP { $status }).
    .fix = Hãy kiểm tra bạn đã chọn đúng trang. Nếu mạng của bạn yêu cầu đăng nhập qua một trang web (Wi-Fi khách sạn hoặc văn phòng), hãy đăng nhập trước, rồi kiểm tra lại.
problem-unexpected-response-not-okx = { $kind ->
        [html] { $host } trả về một trang web thay vì dữ liệu của { -okx } (HTTP { $status }).
        [empty] { $host } trả về câu trả lời trống (HTTP { $status }).
        [json] { $host } trả về dữ liệu có dạng mà { -okx } không dùng (HTTP { $status }).
       *[garbled] { $host } trả về câu trả lời không đầy đủ hoặc bị lỗi (HTTP { $status }).
    }
    .fix = Hãy kiểm tra lại sau một lát. Nếu vẫn lặp lại, có thể proxy, tường lửa hoặc trang đăng nhập Wi-Fi đang cản trở: hãy thử mạng khác, và kiểm tra bạn đã chọn đúng trang.
problem-unexpected-response-missing = { $what ->
        [time] { $host } đồng ý nhưng không gửi kèm giờ máy chủ.
        [config] { $host } đồng ý nhưng không gửi kèm thiết lập của khóa.
        [instruments] { $host } đồng ý nhưng không gửi kèm danh sách sản phẩm giao dịch.
        [funding] { $host } đồng ý nhưng không gửi kèm số dư của tài khoản funding.
       *[balance] { $host } đồng ý nhưng không gửi kèm số dư.
    }
    .fix = Hãy kiểm tra lại sau một lát. Nếu vẫn lặp lại, hãy kiểm tra bạn đã chọn đúng trang.
problem-unexpected-response-too-big = { $host } gửi câu trả lời lớn hơn nhiều so với { -okx } từng gửi, nên nó không được đọc.
    .fix = Hãy kiểm tra bạn đã chọn đúng trang, và không có proxy hay trang đăng nhập Wi-Fi nào cản trở, rồi kiểm tra lại.

## Không chuẩn bị hoặc gửi được yêu cầu

problem-malformed-input-header = { $part ->
        [api-key] Khóa API chứa một ký tự không gửi được đến { -okx } (như dấu xuống dòng).
        [passphrase] Cụm mật khẩu chứa một ký tự không gửi được đến { -okx } (như dấu xuống dòng).
        [signature] Chữ ký chứa một ký tự không gửi được đến { -okx } (như dấu xuống dòng).
       *[time] Thời gian chứa một ký tự không gửi được đến { -okx } (như dấu xuống dòng).
    }
    .fix = { $surface ->
        [cli] { $part ->
            [api-key] Hãy đặt lại OKX_API_KEY, đúng như { -okx } đã hiển thị, rồi kiểm tra lại.
            [passphrase] Hãy đặt lại OKX_PASSPHRASE, đúng như { -okx } đã hiển thị, rồi kiểm tra lại.
           *[other] Hãy kiểm tra lại. Nếu vẫn lặp lại, hãy báo lỗi: đây là lỗi của { -app-name }.
        }
       *[window] { $part ->
            [api-key] Hãy dán lại khóa API, đúng như { -okx } đã hiển thị, rồi kiểm tra lại.
            [passphrase] Hãy dán lại cụm mật khẩu, đúng như { -okx } đã hiển thị, rồi kiểm tra lại.
           *[other] Hãy kiểm tra lại. Nếu vẫn lặp lại, hãy báo lỗi: đây là lỗi của { -app-name }.
        }
    }
problem-network-error-tls-setup = Máy tính này không chuẩn bị được kết nối an toàn (TLS).
    .fix = Hãy khởi động lại ứng dụng và kiểm tra lại. Nếu vẫn lặp lại, hãy báo lỗi kèm nhật ký của ứng dụng.
problem-internal-signing-key = Không chuẩn bị được khóa ký.

## Kết nối thất bại

problem-network-error-dns = Không tìm thấy { $host }: tên này không dẫn đến địa chỉ nào.
    .fix = Hãy kiểm tra máy tính này đã kết nối internet. Nếu đã kết nối, có thể mạng của bạn đang chặn { -okx }: hãy thử mạng khác (ví dụ điểm phát sóng từ điện thoại).
problem-network-error-refused = { $host } từ chối kết nối.
    .fix = Hãy kiểm tra kết nối internet và mọi thiết lập tường lửa, VPN hoặc proxy, rồi kiểm tra lại. Nếu bạn đang luyện tập với trình mô phỏng, hãy đảm bảo nó vẫn đang chạy.
problem-network-error-reset = Kết nối đến { $host } bị ngắt trước khi { -okx } trả lời.
    .fix = Hãy kiểm tra lại. Nếu vẫn lặp lại, có thể tường lửa, VPN, phần mềm diệt virus hoặc mạng của bạn đang làm gián đoạn kết nối đến { -okx }: hãy thử mạng khác.
problem-network-error-tls = Không thiết lập được kết nối an toàn (TLS) đến { $host }.
    .fix = Hãy kiểm tra ngày giờ của máy tính này là đúng. Tính năng "bảo vệ web" của phần mềm diệt virus, mạng công ty và trang đăng nhập Wi-Fi công cộng có thể làm hỏng kết nối an toàn: hãy thử mạng khác.
problem-timeout-request = { $host } không trả lời trong vòng { $seconds ->
       *[other] { $seconds } giây
    }.
    .fix = Hãy kiểm tra kết nối internet và kiểm tra lại. Nếu { -okx } đang bận, hãy chờ vài phút.
problem-unexpected-response-cut = Câu trả lời từ { $host } bị cắt giữa chừng.
    .fix = Hãy kiểm tra lại. Nếu vẫn lặp lại, có thể mạng hoặc proxy đang làm gián đoạn kết nối: hãy thử mạng khác.
problem-network-error-connect = Không kết nối được đến { $host }.
    .fix = Hãy kiểm tra kết nối internet và mọi thiết lập tường lửa, VPN hoặc proxy, rồi kiểm tra lại.
problem-network-error-other = Không hoàn tất được yêu cầu đến { $host }.
    .fix = Hãy kiểm tra lại. Nếu vẫn lặp lại, hãy báo lỗi kèm nhật ký của ứng dụng.
