# Các màn hình đầu của hướng dẫn: trước khi bắt đầu, các quy tắc vàng, Bước 1-4 và Bước 6-8.
# .hint là dòng chữ nhỏ dưới ô đánh dấu hoặc lựa chọn.

## Trước khi bắt đầu

ui-start-rail = Trước khi bắt đầu
ui-start-title = Trước khi bắt đầu
ui-start-lead-1 = Ứng dụng này hướng dẫn bạn tạo khóa API trên { -okx } cho bot giao dịch, rồi chứng minh khóa đã được thiết lập an toàn.
ui-start-lead-2 = Hãy dành khoảng 10 phút không bị gián đoạn. Đánh dấu những gì bạn đã có:
ui-start-needs = Những gì bạn cần
ui-start-verified = Một tài khoản { -okx } đã xác minh
    .hint = Đã hoàn tất xác minh danh tính. { -okx } không cho tài khoản chưa xác minh tạo khóa API.
ui-start-2fa = Đã bật xác thực hai yếu tố (2FA)
    .hint = Ứng dụng xác thực hoặc mã SMS bảo vệ việc đăng nhập { -okx } của bạn.
ui-start-bot = Một tài khoản trên nền tảng bot, với bot đã chọn
    .hint = Cuối cùng, bạn sẽ dán khóa mới vào bot đó.
ui-start-passphrase = Một kế hoạch cho cụm mật khẩu
    .hint = Bạn sẽ tự đặt một cụm mật khẩu cho khóa. Hãy mở sẵn trình quản lý mật khẩu để lưu nó.
ui-start-no-account = Chưa có tài khoản { -okx }?
    .text = Hãy đăng ký trên { -okx } và hoàn tất xác minh danh tính trước, rồi quay lại. Tiến độ của bạn ở đây vẫn được giữ.

## Các quy tắc vàng

ui-rules-rail = Quy tắc vàng
ui-rules-next = Tôi đã hiểu
ui-rules-title = Bốn quy tắc giữ tiền của bạn an toàn
ui-rules-lead = Hãy đọc các quy tắc này trước khi thao tác bất cứ gì trên { -okx }. Cuối cùng, ứng dụng sẽ kiểm tra giúp bạn quy tắc đầu tiên.
ui-rules-ack = Tôi đã đọc bốn quy tắc và sẽ làm theo
ui-rules-ack-needed = Đánh dấu “Tôi đã đọc bốn quy tắc” để tiếp tục.

## Mở các trang của OKX trong trình duyệt

ui-okx-opened = Đã mở trong trình duyệt của bạn.

## Bước 1: đăng nhập

ui-step1-rail = 1. Đăng nhập { -okx }
ui-step1-title = Đăng nhập { -okx }
ui-step1-lead-1 = Đăng nhập trang web của { -okx } bằng email và mật khẩu, rồi nhập mã 2FA khi được hỏi.
ui-step1-lead-2 = Hãy ở lại tài khoản chính. Chỉ dùng tài khoản phụ nếu bạn thật sự muốn bot giao dịch ở đó.
ui-step1-site-question = Bạn đăng nhập { -okx } ở trang nào?
ui-step1-site-hint = Mỗi trang có địa chỉ API riêng, và một khóa chỉ dùng được trên trang đã tạo ra nó. Ứng dụng sẽ nhớ lựa chọn của bạn.
ui-step1-demo = Tôi đang tập với khóa Giao dịch demo
    .hint = Khóa demo được tạo trong Giao dịch › Giao dịch demo (“Trade › Demo Trading”) và giao dịch bằng tiền ảo. Đừng đánh dấu mục này nếu dùng bot thật.
ui-step1-open = Mở { -okx } trong trình duyệt
ui-step1-site-needed = Hãy chọn nơi bạn đăng nhập { -okx }.

## Bước 2: quản lý API

ui-step2-rail = 2. Mở trang quản lý API
ui-step2-title = Mở trang quản lý API
ui-step2-lead-1 = Trên { -okx }, nhấp vào ảnh hồ sơ ở góc trên bên phải và chọn Tài khoản (“Account”).
ui-step2-lead-2 = Trong menu bên trái, nhấp API. Trang đó liệt kê các khóa API của bạn.
ui-step2-open = Mở trang quản lý API của { -okx }
ui-step2-address = Nút này mở { $address } trong trình duyệt của bạn.
ui-step2-seen = Tôi đã thấy trang quản lý API

## Bước 3: khóa Giao dịch

ui-step3-rail = 3. Tạo khóa Giao dịch
ui-step3-title = Tạo khóa Giao dịch
ui-step3-lead-1 = Nhấp “Tạo mã API” (“Create API key”). { -okx } sẽ hỏi khóa dùng vào mục đích gì.
ui-step3-lead-2 = Chọn Giao dịch (“Trading”). Đây là loại phù hợp cho bot đặt lệnh. “Chỉ đọc” (“Read only”) dành cho ứng dụng chỉ theo dõi danh mục của bạn.
ui-step3-why = Vì sao chọn Giao dịch?
    .text = Khóa Giao dịch có thể xem số dư và đặt hoặc hủy lệnh. Bạn chọn chính xác các quyền của nó ở Bước 6, nơi quyền rút tiền luôn tắt.
ui-step3-chose = Tôi đã chọn Giao dịch

## Bước 4: tên của khóa

ui-step4-rail = 4. Đặt tên khóa
ui-step4-title = Đặt tên cho khóa API
ui-step4-lead-1 = { -okx } hỏi tên cho khóa. Chỉ bạn thấy tên này; nó giúp phân biệt các khóa khi bạn có nhiều bot.
ui-step4-lead-2 = Hãy dùng tên của bot để luôn biết khóa nào thuộc về bot nào.
ui-step4-bot = Khóa này dành cho bot nào?
    .placeholder = ví dụ: Grid Bot 1
ui-step4-label = Tên của khóa trên { -okx }
ui-step4-copy = Sao chép tên
ui-step4-copied = Đã sao chép. Hãy dán vào ô tên trên { -okx }.
ui-step4-examples = Tên tốt: GridBotBTC, TrendRider2026, DcaBotMain. Tối đa 50 chữ cái hoặc chữ số.
ui-step4-label-ok = { $count }/{ $max } ký tự. Tốt rồi.

## Lỗi trong tên của khóa

ui-label-empty = Hãy nhập tên cho khóa.
ui-label-too-long = Tên dài { $count } ký tự; { -okx } chỉ cho phép tối đa { $max }.
ui-label-not-alphanumeric = { -okx } chỉ cho phép chữ cái và chữ số trong tên: hãy bỏ dấu cách và ký hiệu.

## Bước 6: quyền

ui-step6-rail = 6. Đặt quyền
ui-step6-title = Đặt quyền cho khóa
ui-step6-lead = Đây là màn hình quan trọng nhất. Bật Đọc và Giao dịch. Để mọi thứ khác tắt.
ui-perm-caption = Quyền cho khóa của bot
ui-perm-col-name = Quyền
ui-perm-col-setting = Thiết lập
ui-perm-col-why = Lý do
ui-perm-read = Đọc
    .why = Cho bot xem số dư, vị thế và lịch sử lệnh.
ui-perm-trade = Giao dịch
    .why = Cho bot đặt và hủy lệnh.
ui-perm-withdraw = Rút tiền
    .why = Sẽ cho phép tiền rời khỏi tài khoản của bạn. Đừng bao giờ bật cho bot.
ui-perm-transfer = Chuyển tiền
    .why = Chuyển tiền giữa các tài khoản: bot không cần quyền này.
ui-perm-earn = Earn
    .why = Sản phẩm tiết kiệm và staking: không cần.
ui-perm-subaccount = Chuyển tiền tài khoản phụ
    .why = Chuyển tiền sang tài khoản phụ: không cần.
ui-perm-turn-on = ✓ Bật
ui-perm-never = ✗ Không bao giờ
ui-perm-leave-off = ✗ Để tắt
ui-step6-withdraw-off = Quyền rút tiền luôn tắt
    .text = Khi tắt quyền rút tiền, không có đồng nào có thể rời tài khoản { -okx } của bạn qua khóa này, kể cả khi khóa bị đánh cắp. Bước 10 sẽ kiểm tra điều này giúp bạn.
ui-step6-ticks = Các quyền bạn đã đặt
ui-step6-read-trade = Đọc và Giao dịch đã bật
ui-step6-rest-off = Rút tiền đã tắt, và Chuyển tiền, Earn, Chuyển tiền tài khoản phụ cũng tắt

## Bước 7: giới hạn IP

ui-step7-rail = 7. Giới hạn IP
ui-step7-title = Giới hạn khóa theo địa chỉ IP (khuyến nghị)
ui-step7-lead-1 = { -okx } có thể khóa chặt khóa API vào một hoặc nhiều địa chỉ IP, để nó chỉ hoạt động từ những nơi bạn cho phép.
ui-step7-lead-2 = Nền tảng bot chạy bot giúp bạn thường liệt kê địa chỉ máy chủ của họ trong trang trợ giúp: hãy dùng các địa chỉ đó.
ui-step7-question = Bot của bạn sẽ chạy ở đâu?
ui-step7-fixed = Trên máy chủ có địa chỉ IP cố định
    .hint = Nhập địa chỉ IP đó vào ô “Địa chỉ IP” (“IP address”) trên { -okx }. Chỉ địa chỉ đó dùng được khóa: cách thiết lập an toàn nhất.
ui-step7-changing = Trên máy tính ở nhà, hoặc nơi địa chỉ IP hay thay đổi
    .hint = Tạm để trống ô này, để bot vẫn chạy khi địa chỉ thay đổi. Bạn có thể thêm địa chỉ sau.
ui-step7-idle = { -okx } xóa các khóa không dùng và không có địa chỉ IP
    .text = Khóa có quyền giao dịch mà không gắn với địa chỉ IP sẽ bị { -okx } xóa sau 14 ngày không dùng. Hãy giữ bot chạy, hoặc gắn địa chỉ IP khi bạn có địa chỉ cố định. Khóa Giao dịch demo không bị ảnh hưởng.
ui-step7-limit = { -okx } chấp nhận tối đa 20 địa chỉ cho mỗi khóa, cách nhau bằng dấu phẩy.

## Bước 8: mã bảo mật của OKX

ui-step8-rail = 8. Xác nhận trên { -okx }
ui-step8-title = Xác nhận bằng mã bảo mật
ui-step8-lead = Trước khi tạo khóa, { -okx } yêu cầu bạn chứng minh đó là bạn. Nhập mọi mã được yêu cầu, rồi nhấp Xác nhận (“Confirm”).
ui-step8-email = Mã email: 6 chữ số gửi đến địa chỉ email { -okx } của bạn.
ui-step8-authenticator = Mã xác thực: từ Google Authenticator, Authy hoặc ứng dụng tương tự.
ui-step8-sms = Mã SMS, nếu bạn đã bật xác minh số điện thoại.
ui-step8-keep-open = Giữ màn hình tiếp theo mở
    .text = { -okx } giờ hiển thị chi tiết của khóa mới, và khóa bí mật chỉ hiện một lần này. Bước 9 cho bạn biết cần lưu gì trước khi đóng nó.
ui-step8-accepted = { -okx } đã chấp nhận mã của tôi và hiển thị khóa mới
