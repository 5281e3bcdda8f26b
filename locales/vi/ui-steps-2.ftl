# Lời của cửa sổ cho Bước 5, 9 và 10, các trang sau Bước 10, báo cáo xác nhận và danh sách
# khóa đã lưu trong chuỗi khóa.

## Dùng chung cho các bước này

ui-secret-show = Hiện
ui-secret-hide = Ẩn

## Bước 5: tạo cụm mật khẩu

ui-step5-rail = 5. Tạo cụm mật khẩu
ui-step5-title = Tạo cụm mật khẩu của bạn
ui-step5-lead-1 = { -okx } giờ yêu cầu một cụm mật khẩu: mật khẩu riêng cho khóa này, do bạn tự đặt. { -okx } không bao giờ hiển thị lại và không thể đặt lại nó.
ui-step5-lead-2 = Hãy tạo nó ở đây, lưu vào trình quản lý mật khẩu, rồi nhập vào cả hai ô cụm mật khẩu của { -okx }.
ui-step5-passphrase = Cụm mật khẩu
ui-step5-confirm = Nhập lại để xác nhận
ui-step5-start = Hãy nhập một cụm mật khẩu, hoặc tạo tự động.
ui-step5-strength = Độ mạnh: { $strength }
ui-step5-crack-times = Thời gian để đoán ra: { $online } nếu thử qua { -okx }, { $offline } nếu từ bản sao bị đánh cắp của dữ liệu { -okx }.
ui-step5-rules = Quy tắc cụm mật khẩu của { -okx }
ui-step5-rule-met = (đạt)
ui-step5-rule-not-met = (chưa đạt)
ui-step5-generate = Tạo giúp tôi
ui-step5-copy = Sao chép
ui-step5-clear = Xóa
ui-step5-generated = Đã tạo. Hãy lưu vào trình quản lý mật khẩu, rồi nhập lại bên dưới để xác nhận.
ui-step5-copied = Đã sao chép. Bộ nhớ tạm sẽ được xóa sau { $n ->
       *[other] { $n } giây
    }.
ui-step5-cleared = Đã xóa.
ui-step5-stronger = Hãy làm cụm mật khẩu mạnh hơn.
ui-step5-hint = Hãy đặt một cụm mật khẩu đạt mọi quy tắc và xác nhận nó.
ui-step5-kept = Cụm mật khẩu của bạn đã sẵn sàng
    .body = Ứng dụng giữ nó trong bộ nhớ (không bao giờ ghi ra đĩa) để kiểm tra những gì bạn dán ở Bước 9. Nhập cụm mới bên dưới nếu muốn đổi.
ui-step5-save-now = Hãy lưu nó vào trình quản lý mật khẩu ngay
    .body = Nếu bị mất, khóa phải bị xóa và tạo lại. Hãy lưu nó cùng mục với khóa API và khóa bí mật bạn nhận ở Bước 9.

## Bước 9: lưu ba thông tin xác thực, rồi dán vào để kiểm tra

ui-step9-rail = 9. Lưu thông tin xác thực
ui-step9-title = Lưu ngay ba thông tin xác thực
ui-step9-lead-1 = { -okx } giờ hiển thị khóa API và khóa bí mật của khóa mới. Cụm mật khẩu là cụm bạn đặt ở Bước 5.
ui-step9-lead-2 = Trước tiên, hãy lưu cả ba vào một mục trong trình quản lý mật khẩu (ví dụ “OKX API, Grid bot”). Sau đó dán vào đây để kiểm tra.
ui-step9-label-api-key = Khóa API
ui-step9-label-secret-key = Khóa bí mật
ui-step9-label-passphrase = Cụm mật khẩu (cụm bạn đặt cho khóa này, không phải mật khẩu đăng nhập { -okx })
ui-step9-name-api-key = khóa API
ui-step9-name-secret-key = khóa bí mật
ui-step9-name-passphrase = cụm mật khẩu
ui-step9-check = Kiểm tra
ui-step9-clear = Xóa
ui-step9-shown-once = Khóa bí mật chỉ hiện một lần
    .body = Sau khi bạn đóng màn hình của { -okx }, không ai có thể hiển thị lại nó. Hãy sao chép nó vào trình quản lý mật khẩu trước khi làm bất cứ việc gì khác.
ui-step9-earlier = Đã kiểm tra
    .body = Các giá trị bạn kiểm tra trước đó được giữ trong bộ nhớ cho Bước 10. Dán lại để thay đổi.
ui-step9-tip = Mẹo: bạn có thể dán cả một ghi chú từ trình quản lý mật khẩu (khóa API, khóa bí mật, cụm mật khẩu trên các dòng riêng) vào bất kỳ ô nào.
ui-step9-cleaned = Đã làm sạch những gì bạn dán
ui-step9-swap-button = Đổi chỗ { $first } và { $second }
ui-step9-swapped = Hai giá trị này có vẻ bị đổi chỗ
    .body = Có vẻ { $first } và { $second } đã bị dán nhầm vào ô của nhau.
ui-step9-ok = Ba giá trị có vẻ đúng
    .body = Chúng được giữ trong bộ nhớ (không bao giờ ghi ra đĩa) cho bước kiểm tra kết nối ở Bước 10.
ui-step9-not-ok = Có chỗ cần sửa
    .body = Hãy đọc các thông báo dưới các ô ở trên.
ui-step9-split-failed = Nội dung dán có nhiều dòng, nhưng ứng dụng không phân biệt được giá trị nào là giá trị nào. Hãy dán từng giá trị vào ô riêng của nó.
ui-step9-filled = Đã điền { $n ->
       *[other] { $n } ô
    } từ một lần dán.
ui-step9-uses-step5 = Cụm mật khẩu bạn tạo ở bước 5 sẽ được dùng; nó không rời khỏi ứng dụng. Nếu bạn đã nhập cụm khác trên { -okx }, hãy gõ cụm đó vào đây.
    .placeholder = Cụm mật khẩu từ bước 5 (dùng nguyên vẹn)
ui-step9-saved = Cả ba đã được lưu trong trình quản lý mật khẩu của tôi
    .hint = Khóa API, khóa bí mật và cụm mật khẩu, trong cùng một mục. Chỉ khi đó mới đóng màn hình của { -okx }.
ui-step9-hint = Hãy lưu cả ba vào trình quản lý mật khẩu, rồi đánh dấu ô này.

## Bước 10: kiểm tra khóa, lưu vào chuỗi khóa, kết nối bot

ui-step10-rail = 10. Kiểm tra và kết nối
ui-step10-title = Kiểm tra khóa, rồi kết nối bot
ui-step10-lead-plain = Ứng dụng hỏi { $host } về khóa của bạn, như một bot sẽ làm, nhưng chỉ đọc: nó không bao giờ giao dịch hay chuyển tiền.
ui-step10-lead-2 = Nó kiểm tra khóa, cụm mật khẩu và khóa bí mật, khóa thuộc trang nào, khóa được phép làm gì, việc gắn IP, đồng hồ máy tính của bạn, và việc đọc được số dư.
ui-step10-check-first = Hãy kiểm tra ba giá trị trước
    .body = Quay lại Bước 9, dán chúng và nhấn Kiểm tra.
ui-step10-test = Kiểm tra kết nối
ui-step10-test-again = Kiểm tra lại
ui-step10-starting = Đang bắt đầu kiểm tra…
ui-step10-stage-reach = Đang kết nối với { -okx }…
ui-step10-stage-clock = Đang kiểm tra đồng hồ máy tính của bạn…
ui-step10-stage-auth = Đang đăng nhập bằng khóa và đọc thiết lập của nó…
ui-step10-stage-other = Đang kiểm tra…
ui-step10-status = { $status ->
        [pass] (đạt)
        [warning] (cảnh báo)
        [fail] (không đạt)
       *[skipped] (bỏ qua)
    }
ui-step10-safe = Khóa hoạt động, và nó không thể rút tiền
ui-step10-tested-on = Đã kiểm tra trên { $host }.
ui-step10-tested-on-demo = Đã kiểm tra trên { $host } (Giao dịch demo).
ui-step10-unsafe = Không an toàn: khóa này có thể rút tiền
    .body = Đừng đưa nó cho bất kỳ bot nào. Hãy xóa nó trên { -okx } và tạo khóa mới với quyền Rút tiền tắt.
ui-step10-failed = Khóa chưa vượt qua bài kiểm tra
    .body = Mỗi vấn đề bên dưới cho biết cần làm gì. Các giá trị bạn đã dán vẫn được giữ: hãy sửa nguyên nhân, rồi nhấn Kiểm tra lại.
ui-step10-use-site = Dùng { $site } và kiểm tra lại
ui-step10-use-demo = Chuyển sang Giao dịch demo và kiểm tra lại
ui-step10-use-live = Chuyển sang giao dịch thật và kiểm tra lại
ui-step10-save-heading = Lưu vào chuỗi khóa của hệ thống
ui-step10-save-lead = Chuỗi khóa của hệ điều hành giữ ba giá trị ở dạng mã hóa, nơi bot trên máy tính này có thể đọc chúng.
ui-step10-save-label = Lưu dưới tên
ui-step10-save = Lưu vào chuỗi khóa
ui-step10-saving = Đang lưu, rồi đọc lại…
ui-step10-saved = Đã lưu và đọc lại
ui-step10-replaced = Đã thay thế và đọc lại
ui-step10-saved-where = Trong { $backend }: dịch vụ “{ $service }”, người dùng “{ $user }”. Ứng dụng đã ghi, đọc lại và so sánh từng giá trị.
ui-step10-replace = Thay thế khóa đã lưu?
    .body = { $message } Khóa cũ vẫn được giữ cho đến khi khóa mới được lưu và đọc lại.
    .button = Thay thế
ui-step10-not-replaced = Chưa thay thế. Hãy chọn tên khác để giữ cả hai.
ui-step10-connect-heading = Kết nối bot của bạn

## Các khóa đã lưu trong chuỗi khóa (Bước 10)

ui-saved-heading = Các khóa đã lưu trên máy tính này
ui-saved-none = Chưa có khóa nào được lưu trong chuỗi khóa.
ui-saved-col-name = Tên
ui-saved-col-api-key = Khóa API
ui-saved-col-site = Trang
ui-saved-col-saved = Đã lưu
ui-saved-site-demo = { $site } (demo)
ui-saved-copy-api-key = Sao chép khóa API
ui-saved-copy-secret-key = Sao chép khóa bí mật
ui-saved-copy-passphrase = Sao chép cụm mật khẩu
ui-saved-copied = Đã sao chép { $field ->
        [api_key] khóa API
        [secret_key] khóa bí mật
       *[passphrase] cụm mật khẩu
    } của “{ $label }”. Bộ nhớ tạm sẽ được xóa sau { $n ->
       *[other] { $n } giây
    }.
ui-saved-missing = Không có trong chuỗi khóa
ui-saved-delete = Xóa
ui-saved-delete-confirm = Xóa “{ $label }” khỏi chuỗi khóa?
    .body = Thao tác này chỉ xóa bản sao đã lưu trên máy tính này. Bản thân khóa vẫn hoạt động trên { -okx } cho đến khi bạn xóa nó ở đó.
ui-saved-deleted = Đã xóa “{ $label }” khỏi chuỗi khóa.
ui-saved-python = Dành cho người viết bot: đọc khóa đã lưu từ Python
    .body = Mỗi khóa là một mục trong chuỗi khóa: dịch vụ “{ -cmd-app }”, người dùng = tên của khóa, bí mật = JSON gồm api_key, secret_key, passphrase, site, api_host, demo và saved_at. Cài các gói Python keyring và secretstorage, rồi:

## Báo cáo xác nhận (Bước 10 và Kiểm tra hoạt động)

ui-report-heading = Báo cáo xác nhận
ui-report-lead = Những gì đã được kiểm tra, để bạn lưu lại hoặc gửi bộ phận hỗ trợ. Báo cáo không bao giờ chứa khóa bí mật, cụm mật khẩu hay toàn bộ khóa API của bạn.
ui-report-copy = Sao chép báo cáo
ui-report-copy-english = Sao chép bằng tiếng Anh
ui-report-save = Lưu thành…
ui-report-copied = Đã sao chép. Báo cáo không chứa bí mật nào: có thể dán ở bất cứ đâu.
ui-report-saved = Đã lưu vào { $path }.
ui-report-not-saved = Chưa lưu.

## Kiểm tra hoạt động (sau Bước 10)

ui-verify-rail = Kiểm tra hoạt động
ui-verify-title = Kiểm tra mọi thứ đều hoạt động
ui-verify-lead = Khi khóa đã ở trong bot, hãy xem cả hai phía. Đánh dấu từng mục khi bạn xác nhận xong.
ui-verify-bot-heading = Trên nền tảng bot
ui-verify-balance = Số dư { -okx } của bạn hiện ra, đúng số tiền
ui-verify-status = Bot báo Đã kết nối hoặc Đang hoạt động (“Connected”, “Active”)
ui-verify-no-errors = Không có thông báo lỗi nào trên trang
ui-verify-okx-heading = Trên trang quản lý API của { -okx }
ui-verify-last-used = Khóa hiển thị thời gian “Lần dùng gần nhất” (“Last used”) gần đây
ui-verify-no-strange = Không có truy cập nào bạn không nhận ra
ui-open-api-management = Mở trang quản lý API của { -okx }

## Khắc phục sự cố (sau Bước 10)

ui-trouble-rail = Khắc phục sự cố
ui-trouble-title = Nếu có gì không ổn
ui-trouble-lead = Hãy tìm thông báo bạn thấy. Mỗi mục cho biết cần làm gì.
ui-trouble-invalid-key = “Invalid API key” hoặc “Authentication failed” (khóa API không hợp lệ, xác thực thất bại)
    .step1 = Sao chép lại chính xác cả ba giá trị: khóa API, khóa bí mật và cụm mật khẩu. Bước 9 của ứng dụng này kiểm tra xem có dấu cách thừa không.
    .step2 = Đảm bảo khóa được tạo là khóa Giao dịch.
    .step3 = Kiểm tra trang: khóa tạo trên my.okx.com hoặc app.okx.com chỉ dùng được ở đó. Bước 10 tìm đúng trang giúp bạn.
    .step4 = Ngắt kết nối sàn trong bot của bạn rồi kết nối lại.
ui-trouble-wrong-passphrase = “Wrong passphrase” (sai cụm mật khẩu, mã { -okx } 50105)
    .step1 = Cụm mật khẩu là cụm bạn đặt cho khóa này ở Bước 5, không phải mật khẩu đăng nhập { -okx } và không phải mật khẩu quỹ.
    .step2 = Hãy sao chép nó từ trình quản lý mật khẩu. Chữ hoa và chữ thường là khác nhau.
    .step3 = Nếu thật sự đã mất, hãy xóa khóa và tạo khóa mới (xem Xóa hoặc thay khóa).
ui-trouble-no-such-key = “API key doesn't exist” (khóa API không tồn tại, 50119)
    .step1 = Thường gặp nhất là khóa được tạo trên một trang { -okx } khác (okx.com, my.okx.com hoặc app.okx.com). Bước 10 thử cả ba và cho bạn biết trang nào đúng.
    .step2 = Nếu không, khóa đã bị xóa, hoặc { -okx } đã xóa nó sau 14 ngày không dùng mà không có địa chỉ IP. Hãy tạo khóa mới.
ui-trouble-permissions = “Insufficient permissions” (không đủ quyền)
    .step1 = Trên trang API của { -okx }, chỉnh sửa khóa và đảm bảo Đọc và Giao dịch đã bật. Lưu, rồi kết nối lại.
ui-trouble-ip = “IP address not authorized” (địa chỉ IP chưa được cấp quyền, 50110)
    .step1 = Khóa bị khóa vào các địa chỉ IP và địa chỉ của bot không nằm trong số đó. Thông báo của { -okx } có ghi địa chỉ mà nó thấy.
    .step2 = Chỉnh sửa khóa trên { -okx } và thêm địa chỉ đó, hoặc bỏ giới hạn trong lúc bạn tìm đúng địa chỉ.
ui-trouble-region = “This feature is not available in your region” (tính năng không khả dụng ở khu vực của bạn)
    .step1 = { -okx } giới hạn một số dịch vụ ở một số quốc gia và khu vực. Hãy xem danh sách khu vực được hỗ trợ của { -okx }.
    .step2 = Nếu bạn đã chuyển sang nước khác, { -okx } có thể đã chuyển tài khoản của bạn sang trang khác: hãy kiểm tra nơi bạn đăng nhập.
ui-trouble-timestamp = “Timestamp request expired” (dấu thời gian của yêu cầu đã hết hạn, 50102)
    .step1 = Đồng hồ máy tính của bạn lệch hơn 30 giây. Hãy bật ngày và giờ tự động trong cài đặt hệ thống.
ui-trouble-environment = “APIKey does not match current environment” (khóa API không khớp môi trường hiện tại, 50101)
    .step1 = Khóa Giao dịch demo đang được dùng cho giao dịch thật, hoặc khóa thật đang dùng cho demo. Hãy dùng chế độ tương ứng trong bot.
ui-trouble-lost = Mất khóa bí mật hoặc cụm mật khẩu
    .step1 = Cả hai đều không thể hiển thị lại hay khôi phục, kể cả bởi bạn hay bởi { -okx }.
    .step2 = Xóa khóa trên trang API của { -okx }, rồi tạo khóa mới bắt đầu từ Bước 3, và đưa các giá trị mới vào bot.

## Xóa hoặc thay khóa (sau Bước 10)

ui-rotate-title = Xóa hoặc thay thế một khóa
ui-rotate-lead = Hãy xóa khóa khi bạn dừng bot, khi bạn nghĩ nó đã bị lộ, hoặc đơn giản để thay bằng khóa mới theo định kỳ.
ui-rotate-delete-heading = Xóa khóa trên { -okx }
ui-rotate-delete-1 = Mở trang quản lý API của { -okx }.
ui-rotate-delete-2 = Tìm khóa theo tên và nhấp Xóa (“Delete”).
ui-rotate-delete-3 = Xác nhận bằng mã email và mã 2FA. Khóa ngừng hoạt động ngay lập tức.
ui-rotate-money = Tiền của bạn không bị ảnh hưởng
    .body = Xóa khóa không thay đổi gì trong tài khoản hay tiền của bạn. Bot chỉ đơn giản là không thể giao dịch nữa.
ui-rotate-replace-heading = Thay thế (xoay vòng) khóa
ui-rotate-replace-1 = Tạo khóa mới bằng ứng dụng này, bắt đầu từ Bước 3.
ui-rotate-replace-2 = Lưu nó vào chuỗi khóa dưới cùng tên: ứng dụng sẽ hỏi trước khi thay khóa cũ, và giữ khóa cũ cho đến khi khóa mới được lưu an toàn.
ui-rotate-replace-3 = Đưa các giá trị mới vào bot và kiểm tra xem nó đã kết nối chưa.
ui-rotate-replace-4 = Xóa khóa cũ trên { -okx }.

## Tra cứu nhanh (sau Bước 10)

ui-ref-rail = Tra cứu nhanh
ui-ref-title = Tra cứu nhanh
ui-ref-lead = Thiết lập đúng cho khóa của bot, xem nhanh trong một trang.
ui-ref-credentials-heading = Ba thông tin xác thực
ui-ref-api-key = Khóa API: hiển thị trên trang API của { -okx }; dùng để nhận diện khóa.
ui-ref-secret-key = Khóa bí mật: chỉ hiện một lần, khi khóa được tạo. Dùng để ký mọi yêu cầu.
ui-ref-passphrase = Cụm mật khẩu: do bạn tự đặt ở Bước 5. { -okx } không thể khôi phục nó.
ui-ref-risk = Cảnh báo rủi ro
    .body = Giao dịch tiền mã hóa có thể khiến bạn mất tiền, nhanh chóng và mất hết. Kết quả trong quá khứ của bot không đảm bảo kết quả tương lai. Chỉ giao dịch số tiền bạn chấp nhận mất được, và đừng bao giờ cấp quyền rút tiền cho khóa của bot.
ui-ref-about-heading = Giới thiệu
ui-ref-about = { -app-name } { $version }. Nhật ký: { $logs }. { $attribution }

## Step 9 and Step 10: the next thing to do, and the details for engineers

# The summary of a disclosure that holds technical details (an address, keychain attributes).
ui-details = Chi tiết
# A button beside a fix made on the key's page on OKX (a key that can withdraw, a changed key).
ui-open-key-page = Mở trang của khóa này trên { -okx }
# Step 10's primary button after a test found the key can withdraw (it goes back to Step 3).
ui-step10-next-new-key = Tạo khóa mới không có quyền Rút tiền
# Step 10's primary button after a failed test (it goes back to Step 9).
ui-step10-next-fix = Sửa các giá trị ở Bước 9
# Under “Saved and read back”; the keychain's own names are behind “Details”.
ui-step10-saved-plain = Khóa giờ đã nằm trong chuỗi khóa của hệ thống. Ứng dụng đã ghi, đọc lại và so sánh từng giá trị.
# The footer hint on Step 9 while two values are swapped; $button: the swap button's words.
ui-step9-hint-swap = Hai giá trị nằm nhầm ô của nhau: hãy bấm “{ $button }” bên dưới khóa API.
