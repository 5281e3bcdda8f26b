# Báo cáo xác nhận: văn bản thuần mà người dùng sao chép, lưu hoặc thấy khi chạy
# `okx-key-assistant verify`, an toàn để dán ở bất cứ đâu.
# Tiêu đề mục và nhãn trường phải nằm trên một dòng và ngắn.

## Tiêu đề và kết quả ở đầu

report-title = { -app-name } - báo cáo xác nhận

report-result-verified = KẾT QUẢ: ĐÃ XÁC MINH. { -okx } đã chấp nhận khóa này. Khóa { $abilities }, và không thể rút tiền.
report-result-not-ready =
    KẾT QUẢ: ĐÃ XÁC MINH, NHƯNG CHƯA SẴN SÀNG CHO BOT. { -okx } đã chấp nhận khóa này và khóa không
    thể rút tiền, nhưng: { $reasons }. Xem các vấn đề bên dưới.
report-result-unsafe =
    KẾT QUẢ: KHÔNG AN TOÀN - KHÓA NÀY CÓ THỂ RÚT TIỀN. { -okx } đã chấp nhận khóa này, và nó có quyền
    Rút tiền: bất kỳ ai giữ nó đều có thể chuyển tiền của bạn ra khỏi { -okx }. Đừng đưa nó cho bot.
    Xem "{ report-heading-next }".
report-result-unconfirmed =
    KẾT QUẢ: CHƯA XÁC NHẬN AN TOÀN. { -okx } đã chấp nhận khóa này, nhưng bài kiểm tra không thấy được
    khóa có thể rút tiền hay không. Hãy kiểm tra lại trước khi đưa nó cho bot.
report-result-not-verified =
    KẾT QUẢ: CHƯA XÁC MINH. Khóa chưa vượt qua bài kiểm tra: { $reasons }. Mỗi vấn đề và cách khắc
    phục được liệt kê bên dưới.
report-result-practice =
    { $result } CHẠY THỬ: bài kiểm tra này giao tiếp với trình mô phỏng của ứng dụng trên máy tính
    này, không phải với { -okx }, nên nó không nói lên điều gì về một khóa thật.
report-reasons-unknown-not-ready = xem bên dưới
report-reasons-unknown-not-verified = bài kiểm tra chưa hoàn tất

## Khóa có thể làm gì

report-abilities-read-trade = có thể đọc và giao dịch
report-abilities-read-only = có thể đọc nhưng không thể giao dịch
report-abilities-trade-only = có thể giao dịch nhưng không thể đọc
report-abilities-neither = không thể đọc hay giao dịch
report-abilities-unknown = chưa rõ quyền

## Lý do ngắn gọn

report-reason-wrong-passphrase = sai cụm mật khẩu
report-reason-wrong-secret = sai khóa bí mật
report-reason-unknown-key = { -okx } không biết khóa API này
report-reason-wrong-site = khóa thuộc một trang { -okx } khác
report-reason-demo-mismatch = nhầm lẫn giữa thật và demo
report-reason-clock-skew = đồng hồ máy tính này bị lệch
report-reason-ip-not-allowed = địa chỉ IP của máy tính này không được phép dùng khóa
report-reason-region-restricted = { -okx } không khả dụng ở khu vực này
report-reason-key-frozen = khóa bị đóng băng
report-reason-missing-read = khóa thiếu quyền Đọc
report-reason-missing-trade = khóa thiếu quyền Giao dịch
report-reason-withdraw-enabled = khóa có thể rút tiền
report-reason-no-ip-binding = khóa không gắn với địa chỉ IP
report-reason-rate-limited = { -okx } yêu cầu chậm lại
report-reason-okx-unavailable = { -okx } không khả dụng
report-reason-network-error = không kết nối được với { -okx }
report-reason-timeout = { -okx } không trả lời kịp
report-reason-unexpected-response = { -okx } trả lời điều ứng dụng không hiểu
report-reason-malformed-input = một giá trị đã dán không đúng dạng
report-reason-invalid-setting = một thiết lập của ứng dụng bị từ chối
report-reason-keychain-unavailable = không có chuỗi khóa nào
report-reason-keychain-locked = chuỗi khóa đang bị khóa
report-reason-keychain-denied = chuỗi khóa từ chối truy cập
report-reason-keychain-mismatch = chuỗi khóa trả về giá trị khác
report-reason-not-found = không có khóa nào được lưu dưới nhãn đó
report-reason-already-exists = đã có khóa được lưu với nhãn đó
report-reason-not-allowed = không được phép
report-reason-storage = không đọc hoặc ghi được tệp của ứng dụng
report-reason-browser-unavailable = không mở được trình duyệt web
report-reason-internal = lỗi trong ứng dụng

report-reasons-two = { $first }; { $second }
report-reasons-more = { $first }; { $second } (và { $more } lý do khác)

## Dòng tóm tắt

report-summary-verified = Đã xác minh: an toàn, { $abilities }, không rút tiền
report-summary-verified-but = Đã xác minh: an toàn, { $abilities }, không rút tiền; nhưng { $reasons }
report-summary-unsafe = Không an toàn: khóa này có thể rút tiền
report-summary-unconfirmed = Chưa xác nhận an toàn: không kiểm tra được quyền Rút tiền
report-summary-not-verified = Chưa xác minh: { $reasons }
report-summary-not-finished = Chưa xác minh: bài kiểm tra chưa hoàn tất
report-summary-practice = { $summary } (chạy thử với trình mô phỏng, không phải { -okx })

## Tiêu đề các mục

report-heading-when = Thời gian
report-heading-key = Khóa
report-heading-found = Bài kiểm tra tìm thấy gì
report-heading-checks = Các mục kiểm tra
report-heading-problems = Vấn đề và cảnh báo
report-heading-ready = Sẵn sàng cho bot của bạn
report-heading-saved = Đã lưu
report-heading-rules = Quy tắc vàng
report-heading-confirmed = Những gì bạn đã xác nhận
report-heading-next = Việc cần làm tiếp theo
report-heading-risk = Rủi ro

## Nhãn trường (ngắn)

report-field-tested = Kiểm tra lúc
report-field-made = Lập báo cáo
report-field-app = Ứng dụng
report-field-site = Trang
report-field-host = Máy chủ API
report-field-mode = Chế độ
report-field-label = Nhãn
report-field-api-key = Khóa API
report-field-account = Tài khoản
report-field-read = Đọc
report-field-trade = Giao dịch
report-field-withdraw = Rút tiền
report-field-permissions = Quyền
report-field-ip = Gắn IP
report-field-balance = Số dư
report-field-clock = Đồng hồ
report-field-pasted = Giá trị đã dán
report-field-saved-in = Lưu trong
report-field-service = Dịch vụ
report-field-user = Người dùng
report-field-saved-at = Lưu lúc

## Thời gian

report-time-utc = { $time } UTC
report-time-local = { $time } giờ địa phương (UTC{ $offset })
report-time-unknown = không rõ
report-time-as-recorded = { $time } (như đã ghi)
report-app-version = { -app-name } { $version }

## Khóa

report-site-detected = { $site } (bài kiểm tra tìm thấy: khóa này thuộc trang này)
report-mode-demo = Giao dịch demo (tiền ảo để luyện tập, không phải tiền thật)
report-mode-live = Thật (tiền thật)
report-label-none = (không có)
report-api-key-shortened = { $key } (chỉ 4 ký tự đầu và 4 ký tự cuối)
report-api-key-not-shown = (không hiển thị)
report-account-main = tài khoản chính
report-account-sub = tài khoản phụ
report-account-with-mode = { $account }, chế độ: { $mode }

## Bài kiểm tra tìm thấy gì

report-perm-yes = có
report-read-missing = KHÔNG - bot cần quyền này để xem tài khoản của bạn
report-trade-missing = KHÔNG - bot cần quyền này để đặt lệnh
report-withdraw-on = BẬT - NGUY HIỂM
report-withdraw-danger = !! NGUY HIỂM: khóa này có thể chuyển tiền của bạn ra khỏi { -okx }. Đừng dùng nó với bot.
report-withdraw-off = tắt (an toàn): không có tiền nào có thể rời { -okx } qua khóa này
report-not-known = không rõ
report-not-checked = chưa kiểm tra (bài kiểm tra đã dừng trước mục này)
report-ip-bound = gắn với { $addresses }
report-ip-none-demo = không có (ổn với khóa demo: { -okx } không xóa khóa demo không dùng)
report-ip-none-live = không có. Cảnh báo: { -report-idle-deletion }
-report-idle-deletion =
    { -okx } xóa khóa có quyền giao dịch và không gắn với địa chỉ IP sau 14 ngày
    không dùng.
report-balance =
    { $count ->
        [0] đọc được: tổng giá trị tài sản { $total } USD; không có loại tiền nào có số dư
       *[other] đọc được: tổng giá trị tài sản { $total } USD, trong { $count } loại tiền: { $currencies }
    }
report-balance-not-read = chưa đọc được (xem các vấn đề bên dưới)
report-clock = máy tính này { $skew } ({ $verdict })
report-clock-fine = ổn
report-clock-warning = cảnh báo: xem bên dưới
report-clock-too-far = lệch quá xa: { -okx } từ chối
report-clock-not-measured = chưa đo
report-list-more = { $list } và { $more } mục khác
report-list-separator = {", "}

## Những gì đã được làm sạch khỏi giá trị đã dán


## Các mục kiểm tra

report-mark-pass = ok
report-mark-warning = chú ý
report-mark-fail = LỖI
report-mark-skipped = bỏ qua
report-check-line = { $title }: { $detail }

## Vấn đề và cảnh báo

report-problems-none = Không có.
report-tag-danger = NGUY HIỂM
report-tag-problem = Vấn đề
report-tag-warning = Cảnh báo
report-tag-info = Ghi chú
report-problem = { $tag }: { $message }
report-problem-with-code = { $tag }: { $message } (mã { -okx } { $code })
report-what-to-do = Cần làm gì:

## Các vấn đề báo cáo tự thêm vào

report-problem-withdraw = Khóa này có quyền Rút tiền: bất kỳ ai giữ nó đều có thể chuyển tiền của bạn ra khỏi { -okx }.
    .fix = Đừng đưa nó cho bot. Hãy xóa nó trên { $page } (hoặc chỉnh sửa và tắt Rút tiền), rồi kiểm tra lại.
report-problem-no-read = Khóa không thể đọc tài khoản của bạn, nên bot không thể xem số dư hay lệnh.
    .fix = Hãy chỉnh sửa khóa trên { $page }, bật Đọc, rồi kiểm tra lại.
report-problem-no-trade = Khóa không thể giao dịch, nên bot không thể đặt lệnh.
    .fix = Hãy chỉnh sửa khóa trên { $page }, bật Giao dịch, rồi kiểm tra lại.
report-problem-no-ip = Khóa không gắn với địa chỉ IP. { -report-idle-deletion }
    .fix =
        Nếu bot chạy trên máy chủ có địa chỉ IP cố định, hãy thêm địa chỉ đó vào khóa trên
        { $page }. Nếu không, hãy đảm bảo bot dùng khóa ít nhất 14 ngày một lần.
report-problem-clock-warning =
    Đồng hồ máy tính này { $skew }. { -okx } từ chối các yêu cầu lệch quá 30 giây, nên việc này
    có thể bắt đầu thất bại.
    .fix = { -report-clock-fix }
report-problem-clock-refused =
    Đồng hồ máy tính này { $skew }. { -okx } từ chối các yêu cầu có thời gian lệch quá
    30 giây.
    .fix = { -report-clock-fix }
-report-clock-fix =
    Hãy bật ngày giờ tự động (và đúng múi giờ) trong cài đặt hệ thống, rồi
    kiểm tra lại.

## Đã lưu

report-saved-user = { $user } (nhãn của khóa)
report-saved-replaced = Khóa này đã thay thế một khóa được lưu trước đó dưới cùng nhãn.
report-saved-python = Bot viết bằng Python có thể đọc nó bằng { $code }.
report-not-saved = Chưa lưu trong chuỗi khóa của hệ thống.
report-not-saved-unsafe = Chưa lưu: ứng dụng chỉ lưu khóa đã xác minh và không thể rút tiền.

## Quy tắc vàng (quy tắc, rồi lý do)

report-rule-withdraw = Đừng bao giờ bật quyền rút tiền.
    .why =
        Bot chỉ cần đọc và giao dịch. Khi tắt quyền rút tiền, không có đồng nào có thể rời tài khoản
        { -okx } của bạn qua khóa này, dù chuyện gì xảy ra với nó.
report-rule-share = Đừng bao giờ chia sẻ ba thông tin xác thực.
    .why =
        Khóa API, khóa bí mật và cụm mật khẩu chỉ được đưa vào bot và trình quản lý mật khẩu của bạn,
        không ở đâu khác. Nhân viên { -okx } sẽ không bao giờ hỏi chúng.
report-rule-one-bot = Mỗi bot một khóa.
    .why = Nếu một bot bị dừng hoặc bị xâm nhập, bạn xóa khóa của nó và các bot khác vẫn chạy.
report-rule-passphrase = Giữ cụm mật khẩu trong trình quản lý mật khẩu.
    .why =
        { -okx } không thể hiển thị lại hay đặt lại nó. Nếu bị mất, khóa phải bị xóa và
        tạo lại.

## Những gì người dùng đã xác nhận trong cửa sổ

report-confirm-legend = { $yes } đã xác nhận   { $no } chưa xác nhận   { $unasked } không được hỏi
report-confirm-not-confirmed = { $item } (chưa xác nhận)
report-confirm-not-asked = { $item } (không được hỏi)
report-confirm-nothing-asked =
    Không có gì được hỏi (báo cáo này không được tạo trong cửa sổ). Hãy tự kiểm tra những điều sau:
report-confirm-rules = Bạn đã đọc các quy tắc này và sẽ làm theo.
report-confirm-withdraw =
    { $test ->
        [on] Đã để tắt Rút tiền (và Chuyển tiền) khi tạo khóa. Bài kiểm tra thấy Rút tiền đang BẬT.
        [off] Đã để tắt Rút tiền (và Chuyển tiền) khi tạo khóa. Bài kiểm tra xác nhận Rút tiền đang tắt.
       *[unknown] Đã để tắt Rút tiền (và Chuyển tiền) khi tạo khóa.
    }
report-confirm-password-manager = Khóa API, khóa bí mật và cụm mật khẩu đã được lưu trong trình quản lý mật khẩu.
report-confirm-one-bot = Khóa này chỉ được một bot dùng.
report-confirm-after = Sau khi kết nối bot:
report-confirm-balance = Bảng điều khiển của bot hiển thị số dư { -okx } của bạn.
report-confirm-connected = Bot hiển thị "Connected" hoặc "Active" (Đã kết nối hoặc Đang hoạt động).
report-confirm-no-errors = Không có thông báo lỗi trong bảng điều khiển của bot.
report-confirm-last-used = Trang API của { -okx } hiển thị thời gian "Lần dùng gần nhất" ("Last used") gần đây cho khóa này.
report-confirm-no-suspicious = Trang API của { -okx } không cho thấy truy cập bất thường hay đáng ngờ nào.

## Việc cần làm tiếp theo

report-next-fix-then-test = Hãy sửa các vấn đề liệt kê ở trên, rồi kiểm tra lại khóa.
report-next-paste-saved =
    Hãy đưa cho bot ba giá trị: khóa API, khóa bí mật, cụm mật khẩu. Chúng nằm trong trình quản lý
    mật khẩu, và trong chuỗi khóa của hệ thống (dịch vụ "{ $service }", người dùng "{ $user }"). Hãy
    dán chúng; đừng tự gõ.
report-next-paste =
    Hãy đưa cho bot ba giá trị: khóa API, khóa bí mật, cụm mật khẩu. Sao chép chúng từ trình quản lý
    mật khẩu và dán vào; đừng tự gõ.
report-next-last-used =
    Khi bot đã chạy, hãy mở { $page } và kiểm tra "Lần dùng gần nhất" ("Last used") hiển thị thời
    gian gần đây cho khóa này.
report-next-idle =
    Hãy đảm bảo bot dùng khóa ít nhất 14 ngày một lần, hoặc gắn khóa với địa chỉ IP của bot trên
    { $page }: { -okx } xóa các khóa không gắn IP bị bỏ không.
report-next-leaked =
    Nếu bạn dừng bot hoặc nghĩ một giá trị đã bị lộ, hãy xóa khóa trên { $page }. Tiền của bạn
    vẫn ở nguyên chỗ cũ.
report-next-unsafe-keep = Đừng đưa khóa này cho bot, và đừng dán nó ở bất cứ đâu.
report-next-unsafe-delete =
    Hãy mở { $page } và xóa khóa này. (Bạn có thể chỉnh sửa và tắt Rút tiền thay vào đó, nhưng
    tạo khóa mới là lựa chọn an toàn nhất.)
report-next-unsafe-remove = Xóa bản sao đã lưu: { $command } (hoặc Xóa trong ứng dụng).
report-next-unsafe-new = Hãy tạo khóa mới chỉ bật Đọc và Giao dịch, và kiểm tra nó ở đây.
report-next-unconfirmed-test = Hãy kiểm tra lại khóa: ứng dụng phải thấy được Rút tiền đang tắt.
report-next-unconfirmed-check = Bạn cũng có thể kiểm tra trên { $page } rằng Rút tiền đang tắt cho khóa này.
report-next-fix-each = Hãy sửa các vấn đề liệt kê ở trên; mỗi vấn đề cho biết cần làm gì.
report-next-test-again = Hãy kiểm tra lại khóa.
report-next-lost =
    Nếu bạn đã mất khóa bí mật hoặc cụm mật khẩu, hãy xóa khóa trên { $page } và tạo khóa
    mới: { -okx } không thể hiển thị lại cả hai.

## Rủi ro, và dòng kết về bí mật

report-disclaimer =
    Giao dịch tiền mã hóa có rủi ro thật sự mất tiền, có thể mất hết, và bot có thể làm mất tiền
    cũng như kiếm ra tiền. Kết quả trong quá khứ của bất kỳ bot nào không hứa hẹn gì cho tương lai.
    Hãy để tắt Rút tiền trên mọi khóa mà bot dùng, và chỉ giao dịch bằng số tiền bạn chấp nhận mất
    được. Báo cáo này mô tả cách khóa được thiết lập; đây không phải lời khuyên tài chính.
report-no-secrets =
    Báo cáo này không chứa khóa bí mật, không chứa cụm mật khẩu và chỉ có 4 ký tự đầu và 4 ký tự
    cuối của khóa API, nên an toàn để chia sẻ, ví dụ với bộ phận hỗ trợ.
