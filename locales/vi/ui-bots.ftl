# Bảng "Kết nối bot của bạn" của cửa sổ: ở Bước 10 sau khi lưu khóa, và dưới danh sách khóa đã
# lưu (nút "Kết nối"). Các bước và giá trị của từng bot lấy từ bots.ftl.
# Giữ nguyên tên sản phẩm: Freqtrade, Hummingbot, ccxt, python-okx, BitcoinEra, 3Commas.
# $label là tên của một khóa đã lưu và $site là một trang web như my.okx.com: không bao giờ dịch.

## Bảng

ui-bot-heading-for = Kết nối “{ $label }” với bot của bạn
ui-bot-lead-live = Hãy chọn loại bot sẽ dùng khóa này. Các bước và giá trị được tạo riêng cho khóa này: một khóa thật của { $site }.
ui-bot-lead-demo = Hãy chọn loại bot sẽ dùng khóa này. Các bước và giá trị được tạo riêng cho khóa này: một khóa Giao dịch demo của { $site }.
ui-bot-question = Bot nào sẽ dùng khóa này?
ui-bot-choose = Hãy chọn một bot ở trên để xem cách kết nối.
ui-bot-loading = Đang tạo các bước cho khóa này…
ui-bot-after-save = Khi khóa đã vượt qua bài kiểm tra và được lưu, các bước để kết nối nó với bot sẽ hiện ở đây.

## Các loại bot (nút chọn: tên và gợi ý)

ui-bot-kind-web = Nền tảng web
    .hint = BitcoinEra, 3Commas và các trang khác nơi bạn dán khóa vào một biểu mẫu
ui-bot-kind-freqtrade = Freqtrade
    .hint = Bot giao dịch mã nguồn mở mà bạn khởi động trong terminal
ui-bot-kind-hummingbot = Hummingbot
    .hint = Bot mã nguồn mở mà bạn kết nối bằng “connect okx”
ui-bot-kind-ccxt = Python với ccxt
    .hint = Chương trình Python của riêng bạn, dùng thư viện ccxt
ui-bot-kind-python-okx = Python với python-okx
    .hint = Chương trình Python của riêng bạn, dùng thư viện python-okx của { -okx }
ui-bot-kind-agent = agent trade kit của { -okx }
    .hint = Dòng lệnh của { -okx } (okx) và máy chủ MCP của nó cho ứng dụng AI (okx-trade-mcp)

## Hướng dẫn kết nối

ui-bot-warnings-heading = Những gì có thể sai, và cần làm gì
ui-bot-steps-heading = Các bước
ui-bot-credentials-heading = Ba giá trị của khóa
# $n: số giây cho đến khi bộ nhớ tạm được xóa.
ui-bot-credentials-hint = Mỗi nút sao chép một giá trị từ chuỗi khóa. Giá trị được giữ ngoài lịch sử bộ nhớ tạm và bị xóa sau { $n } giây.
ui-bot-not-saved = Hãy lưu khóa trước: các nút này sao chép giá trị của nó từ chuỗi khóa.
ui-bot-values-heading = Giá trị cho khóa này
ui-bot-copy = Sao chép
ui-bot-copied = Đã sao chép.

## Danh sách khóa đã lưu

ui-bot-connect = Kết nối
