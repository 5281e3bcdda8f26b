# "Kết nối bot của bạn": các bước, tên giá trị và cảnh báo cho từng loại bot (do lõi tạo ra từ
# trang và chế độ của một khóa đã lưu, hiển thị trong bảng "Kết nối bot của bạn" của cửa sổ).
# Giữ nguyên, không dịch: tên sản phẩm (Freqtrade, Hummingbot, ccxt, python-okx, BitcoinEra,
# 3Commas), mã (connect okx, set_sandbox_mode, exchange.name, config.json), biến môi trường viết
# hoa và mã lỗi của OKX (50119, 50105, 50101, 50110).
# $site là một trang web như my.okx.com; $name, $sub và $packages là mã, không bao giờ dịch.

# Commands and paths (-cmd-run, …) are terms defined in commands.ftl.

## Tên của các giá trị có nút Sao chép

bot-value-site = Trang bạn đăng nhập
bot-value-api-host = Máy chủ API
bot-value-exchange-name = Tên sàn (exchange.name)
bot-value-env-key = Biến môi trường cho khóa API
bot-value-env-secret = Biến môi trường cho khóa bí mật
bot-value-env-password = Biến môi trường cho cụm mật khẩu (Freqtrade gọi nó là “password”)
bot-value-env-passphrase = Biến môi trường cho cụm mật khẩu
bot-value-sub-domain = Tên miền phụ (okx_registration_sub_domain)
bot-value-ccxt-class = Lớp ccxt
bot-value-hostname = Tùy chọn hostname của ccxt
bot-value-sandbox = Công tắc Giao dịch demo
bot-value-domain = domain của python-okx
bot-value-flag = flag của python-okx (1 là Giao dịch demo, 0 là thật)
bot-value-env-site = Trang, cho kit
bot-value-env-demo = Chế độ giao dịch, cho kit
bot-value-env-base-url = Địa chỉ API, cho kit

## Chú thích của các khối mã

bot-code-config = Phần sàn giao dịch trong config.json của Freqtrade (không chứa bí mật nào)
bot-code-run = Khởi động nó với khóa từ chuỗi khóa
bot-code-docker = Hoặc trong Docker (Docker sao chép ba biến từ run vào container; không cần gõ giá trị nào)
bot-code-hummingbot = Gõ nội dung này trong Hummingbot
bot-code-keyring = Một chương trình đọc khóa từ chuỗi khóa
bot-code-env = Cùng chương trình đó, đọc khóa mà { -cmd-run } giao cho nó
bot-code-install = Cài đặt kit
bot-code-mcp = Cho ứng dụng AI (Claude, Cursor và các ứng dụng khác): thiết lập máy chủ MCP của nó

## Nền tảng web (BitcoinEra, 3Commas và các nền tảng tương tự)

bot-web-step-open = Trên nền tảng, mở trang nơi bạn thêm sàn giao dịch (thường có tên “Exchanges”, “API keys” hoặc “Connect exchange”).
bot-web-step-exchange-global = Chọn { -okx }. Nếu nền tảng hỏi khu vực hoặc trang web, hãy chọn bản toàn cầu ({ $site }).
bot-web-step-exchange-eea = Chọn mục { -okx } dành cho châu Âu ({ $site }; có thể có tên “{ -okx } EEA” hoặc “MyOKX”). Mục “{ -okx }” thông thường sẽ gửi khóa của bạn đến www.okx.com, nơi khóa không tồn tại.
bot-web-step-exchange-us = Chọn “{ -okx } US” ({ $site }). Mục “{ -okx }” thông thường sẽ gửi khóa của bạn đến www.okx.com, nơi khóa không tồn tại.
bot-web-step-exchange-tr = Chọn “{ -okx } TR” ({ $site }). Nếu nền tảng không có { -okx } TR, nó không dùng được khóa này.
bot-web-step-mode-demo = Đây là khóa Giao dịch demo: hãy chọn chế độ demo hoặc giao dịch giấy (paper trading) của nền tảng với Giao dịch demo của { -okx }, nếu nền tảng có.
bot-web-step-mode-live = Đây là khóa thật: hãy chọn giao dịch thật, không chọn chế độ demo của nền tảng.
bot-web-step-values = Dán ba giá trị theo thứ tự này, mỗi giá trị bằng nút Sao chép của nó bên dưới: khóa API, khóa bí mật, rồi cụm mật khẩu.
bot-web-step-ip = Nếu nền tảng liệt kê các địa chỉ IP cần cho phép, hãy thêm chúng vào khóa này trên trang API của { -okx } ({ $site }).
bot-web-step-check = Nhấn nút kiểm tra hoặc lưu kết nối của nền tảng: nó sẽ hiện số dư của bạn hoặc “Connected” (đã kết nối).

## Những gì bài kiểm tra hiện ra khi có gì đó không ổn (nền tảng web, Hummingbot)

bot-check-50119 = “API key doesn't exist” (khóa API không tồn tại, 50119): nền tảng đã gửi khóa đến một trang { -okx } khác. Hãy chọn mục dành cho { $site }.
bot-check-50105 = “Wrong passphrase” (sai cụm mật khẩu, 50105): hãy dán cụm mật khẩu bạn đã đặt cho khóa API này, không phải mật khẩu đăng nhập { -okx }.
bot-check-50101-demo = “APIKey does not match current environment” (khóa API không khớp môi trường hiện tại, 50101): nền tảng đang dùng giao dịch thật, còn khóa này dành cho Giao dịch demo.
bot-check-50101-live = “APIKey does not match current environment” (khóa API không khớp môi trường hiện tại, 50101): nền tảng đang dùng Giao dịch demo, còn khóa này dành cho giao dịch thật.
bot-check-50110 = “Your IP is not included in your API key's IP whitelist” (IP của bạn không có trong danh sách IP được phép của khóa API, 50110): hãy thêm các địa chỉ IP của nền tảng vào khóa trên { -okx }, hoặc xóa danh sách IP của khóa.

## Freqtrade

bot-freqtrade-step-config = Đặt phần sàn giao dịch này vào config.json của bạn: tên là { $name }, còn key, secret và password để trống.
bot-freqtrade-step-run = Khởi động Freqtrade bằng dòng bên dưới. Nó đặt khóa vào các biến môi trường mà Freqtrade đọc, chỉ cho lần chạy này, nên khóa không bao giờ bị ghi vào tệp.
bot-freqtrade-step-password = “password” của Freqtrade là cụm mật khẩu API, không phải mật khẩu đăng nhập { -okx }.
bot-freqtrade-no-tr = Freqtrade không hỗ trợ { -okx } TR ({ $site }): các sàn okx, myokx và okxus của nó kết nối đến các trang { -okx } khác, nơi khóa này không tồn tại (50119).
bot-freqtrade-us-spot = Với { -okx } US, sàn của Freqtrade là okxus, và nó chỉ giao dịch giao ngay: không có hợp đồng tương lai.
bot-freqtrade-demo = Đây là khóa Giao dịch demo. dry run của Freqtrade là giao dịch mô phỏng riêng của Freqtrade (paper trading); khóa Giao dịch demo chỉ hoạt động khi yêu cầu mang header demo của { -okx } (x-simulated-trading: 1).

## Hummingbot

bot-hummingbot-step-connect = Trong Hummingbot, gõ connect okx.
bot-hummingbot-step-values = Khi nó hỏi khóa API, khóa bí mật và cụm mật khẩu, hãy dán từng giá trị bằng nút Sao chép của nó bên dưới.
bot-hummingbot-step-sub-domain = Khi nó hỏi tên miền phụ bạn đã đăng ký, hãy trả lời { $sub } (bạn đăng nhập trên { $site }).
bot-hummingbot-step-check = Sau đó Hummingbot kiểm tra khóa: “You are now connected to okx” nghĩa là khóa hoạt động.
bot-hummingbot-no-tr = Hummingbot không hỗ trợ { -okx } TR ({ $site }): các tên miền phụ www, my và app của nó là các trang { -okx } khác, nơi khóa này không tồn tại (50119).
bot-hummingbot-demo = Đây là khóa Giao dịch demo, còn trình kết nối { -okx } của Hummingbot giao dịch thật: nó sẽ trả lời 50101. Hãy dùng khóa thật, hoặc chế độ giao dịch giấy (paper trading) riêng của Hummingbot.

## Python (ccxt và python-okx)

bot-python-step-install = Cài đặt các gói: { -cmd-pip-install } { $packages } (trên Linux cài thêm { -cmd-secretstorage }).
bot-python-step-keyring = Chương trình thứ nhất đọc khóa từ chuỗi khóa, nơi ứng dụng này đã lưu nó; khóa không bao giờ nằm trong mã hay trong tệp của bạn.
bot-python-step-env = Hoặc để { -cmd-run } giao khóa cho chương trình thứ hai trong một lần chạy, qua môi trường của nó.
bot-ccxt-step-password = ccxt gọi cụm mật khẩu API là “password”: cụm mật khẩu được điền ở đó, không phải mật khẩu đăng nhập { -okx }.
bot-python-okx-step-flag = flag của python-okx chọn chế độ giao dịch: “1” là Giao dịch demo, “0” là thật; chọn sai sẽ nhận 50101. domain của nó phải là địa chỉ trang của bạn, nếu không { -okx } sẽ trả lời 50119.

## agent trade kit của OKX

bot-agent-step-install = Cài đặt agent trade kit của { -okx } (cần Node.js 18 trở lên).
bot-agent-step-run = Khởi động nó bằng { -cmd-run }: kit đọc khóa, trang và chế độ giao dịch từ môi trường, nên không cần { -cmd-okx-config }.
bot-agent-step-mcp = Với ứng dụng AI, hãy đặt các thiết lập bên dưới vào danh sách máy chủ MCP của nó: khi đó ứng dụng sẽ khởi động kit qua { -cmd-run }.
bot-agent-tr = Các phiên bản cũ của agent trade kit của { -okx } chỉ biết các trang global, eea và us; OKX_SITE là tr và OKX_API_BASE_URL trỏ đến tr.okx.com.

## Cửa sổ được yêu cầu sao chép, dưới dạng văn bản thường, một thứ trông giống bí mật

bot-copy-refused = Nội dung này trông giống một bí mật, nên nó không được sao chép dưới dạng văn bản thường.
    .fix = Hãy dùng các nút Sao chép của khóa API, khóa bí mật và cụm mật khẩu: chúng giữ giá trị ngoài lịch sử bộ nhớ tạm và xóa nó sau 30 giây.

## Passivbot
bot-value-user = Tên mục (user trong cấu hình của Passivbot)
bot-passivbot-step-file = Trong thư mục của Passivbot, mở api-keys.json (nếu chưa có, hãy sao chép api-keys.json.example thành api-keys.json).
bot-passivbot-step-entry = Thêm mục hiển thị bên dưới, tên là “{ $user }”, vào bên trong cặp ngoặc nhọn ngoài cùng của tệp.
bot-passivbot-step-values = Điền key, secret và passphrase, mỗi giá trị bằng nút Sao chép của nó bên dưới: khóa API, khóa bí mật, rồi cụm mật khẩu.
bot-passivbot-step-private = Giờ tệp này chứa khóa bí mật của bạn: chỉ giữ nó trên máy tính này, chỉ mình bạn đọc được, và đừng bao giờ chia sẻ hay tải nó lên đâu cả.
bot-passivbot-step-config = Trong cấu hình của Passivbot, đặt user là “{ $user }”, rồi khởi động Passivbot.
bot-passivbot-code-entry = Mục dành cho api-keys.json (ba giá trị ở đây để trống: hãy dán chúng bằng các nút Sao chép)
bot-passivbot-warn-hedge = Passivbot giao dịch hợp đồng hoán đổi vĩnh cửu ở chế độ vị thế Long/short. Hãy bật chế độ này trên { -okx } trước khi khởi động bot; bài kiểm tra bên dưới sẽ cho bạn biết đã bật chưa.
bot-passivbot-warn-site = Passivbot kết nối tới www.okx.com. Khóa này thuộc { $site }: hãy xem tài liệu của Passivbot về trang của bạn trước khi bắt đầu.

## OctoBot
bot-octobot-step-open = Mở giao diện web của OctoBot và vào Accounts, rồi Exchanges.
bot-octobot-step-exchange = Thêm { -okx } làm sàn giao dịch. Khóa này thuộc { $site }: nếu OctoBot có nhiều mục { -okx }, hãy chọn mục khớp với trang này.
bot-octobot-step-values = Dán ba giá trị bằng các nút Sao chép bên dưới: API key (khóa API), API secret (khóa bí mật), rồi password (cụm mật khẩu).
bot-octobot-step-demo = Đây là khóa Giao dịch demo: hãy bật tùy chọn sandbox của OctoBot cho { -okx }, nếu phiên bản của bạn có.
bot-octobot-step-restart = Lưu lại, rồi khởi động lại OctoBot để nó kết nối bằng khóa mới.
bot-octobot-warn-net = Với hợp đồng hoán đổi vĩnh cửu, OctoBot dùng chế độ vị thế Mua/bán (một chiều). Nếu tài khoản của bạn đang ở chế độ Long/short, hãy chuyển nó trên { -okx } trước; bài kiểm tra bên dưới sẽ cho bạn biết.
