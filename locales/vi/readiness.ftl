# "Sẵn sàng cho bot của bạn": tài khoản (không chỉ khóa) có cho lệnh đầu tiên của bot đi qua không.
# Đường dẫn menu theo trang của OKX; tên chế độ theo OKX tiếng Việt: "Giao ngay", "Hợp đồng tương lai",
# "Ký quỹ đa tệ", "Ký quỹ danh mục đầu tư"; "Mua/bán" và "Long/short".

ready-market-spot = giao ngay
ready-market-swap = hợp đồng hoán đổi vĩnh cửu
ready-position-mode-net = Chế độ Mua/bán
ready-position-mode-long-short = Chế độ Long/short

ready-bot-web-platform = nền tảng web của bạn

# $bot: tên bot; $market: ready-market-…; $site: trang, ví dụ my.okx.com
ready-headline-ready = Đã sẵn sàng cho { $bot }, { $market }, trên { $site }.
ready-headline-not-ready = { $count ->
        [1] Chưa sẵn sàng cho { $bot } ({ $market }): cần thay đổi một điều trước.
       *[other] Chưa sẵn sàng cho { $bot } ({ $market }): cần thay đổi { $count } điều trước.
    }
ready-headline-unknown = Không xác định được tài khoản đã sẵn sàng cho { $bot } ({ $market }) hay chưa.

ready-account-mode-spot-only = Tài khoản đang ở chế độ Giao ngay, chế độ này không giao dịch được hợp đồng hoán đổi vĩnh cửu.
    .fix = Trên trang web { -okx }, mở Giao dịch, rồi phần cài đặt ở góc trên bên phải, rồi Chế độ tài khoản (“Account mode”), và chọn chế độ Hợp đồng tương lai (trong ứng dụng: Giao dịch, menu, Cài đặt giao dịch, Chế độ tài khoản). Sau đó bấm Kiểm tra lại.
# $mode: tên chế độ tài khoản
ready-account-mode-not-for-bot = { $bot } không giao dịch được ở chế độ { $mode }: chế độ này chỉ cho phép chế độ vị thế Mua/bán với hợp đồng hoán đổi, còn { $bot } cần chế độ Long/short.
    .fix = Trên trang web { -okx }, mở Giao dịch, rồi phần cài đặt ở góc trên bên phải, rồi Chế độ tài khoản (“Account mode”), và chọn chế độ Hợp đồng tương lai hoặc Ký quỹ đa tệ. Sau đó bấm Kiểm tra lại.
ready-account-mode-untested-spot = Tài khoản đang ở chế độ { $mode }. Hướng dẫn của { $bot } viết cho chế độ Giao ngay hoặc Hợp đồng tương lai; lệnh giao ngay có thể bị từ chối ở chế độ này.
    .fix = Nếu lệnh đầu tiên thất bại, hãy chuyển sang chế độ Hợp đồng tương lai: Giao dịch, phần cài đặt ở góc trên bên phải, Chế độ tài khoản.
ready-account-mode-untested-swap = Tài khoản đang ở chế độ { $mode }. Hướng dẫn của { $bot } yêu cầu chế độ Hợp đồng tương lai; có thể vẫn chạy được, nhưng chưa được thử ở chế độ này.
    .fix = Nếu lệnh đầu tiên thất bại, hãy chuyển sang chế độ Hợp đồng tương lai: Giao dịch, phần cài đặt ở góc trên bên phải, Chế độ tài khoản.
ready-position-mode-needs-long-short = { $bot } cần chế độ vị thế Long/short cho hợp đồng hoán đổi; tài khoản đang ở chế độ Mua/bán.
    .fix = Trên trang web { -okx }, mở Giao dịch, một hợp đồng hoán đổi vĩnh cửu, rồi phần cài đặt ở góc trên bên phải, rồi Chế độ vị thế (“Position mode”), và chọn Long/short. Hãy đóng các vị thế và lệnh đang mở trước: { -okx } không cho đổi khi còn vị thế hoặc lệnh nào đang mở. Sau đó bấm Kiểm tra lại.
ready-position-mode-needs-net = { $bot } cần chế độ vị thế Mua/bán cho hợp đồng hoán đổi; tài khoản đang ở chế độ Long/short.
    .fix = Trên trang web { -okx }, mở Giao dịch, một hợp đồng hoán đổi vĩnh cửu, rồi phần cài đặt ở góc trên bên phải, rồi Chế độ vị thế (“Position mode”), và chọn Mua/bán. Hãy đóng các vị thế và lệnh đang mở trước: { -okx } không cho đổi khi còn vị thế hoặc lệnh nào đang mở. Sau đó bấm Kiểm tra lại.
ready-position-mode-needs-net-ccxt = Tài khoản đang ở chế độ vị thế Long/short. Ở chế độ này, chương trình ccxt nào không nói rõ mỗi lệnh thuộc phía nào (long hay short) sẽ bị từ chối lệnh hoán đổi (51000).
    .fix = Hãy ghi rõ phía vị thế trong lệnh, hoặc chọn chế độ Mua/bán trên { -okx }: Giao dịch, một hợp đồng hoán đổi vĩnh cửu, phần cài đặt ở góc trên bên phải, Chế độ vị thế.
ready-market-not-offered = Tài khoản này không giao dịch được { $market } trên { $site }: { -okx } không liệt kê sản phẩm nào cho tài khoản này (trang hoặc khu vực của bạn không cung cấp).
    .fix = Hãy chọn giao ngay cho bot này, hoặc dùng tài khoản trên trang có cung cấp { $market }.
ready-bot-market-not-on-site = Trên { $site }, { $bot } chỉ giao dịch giao ngay.
    .fix = Hãy chọn giao ngay trong { $bot }, hoặc dùng bot giao dịch hợp đồng hoán đổi trên trang này.
ready-funds-in-funding-account = Tài khoản giao dịch đang trống; tiền của bạn nằm trong tài khoản funding, nơi bot không giao dịch được.
    .fix = Trên { -okx }, mở Tài sản, rồi Chuyển tiền, và chuyển tiền từ tài khoản funding sang tài khoản giao dịch. Sau đó bấm Kiểm tra lại.
ready-no-funds = Tài khoản giao dịch chưa có gì, nên lệnh đầu tiên của bot sẽ thất bại.
    .fix = Hãy nạp hoặc chuyển tiền vào tài khoản giao dịch trên { -okx } trước khi chạy bot.
ready-demo-not-supported-by-bot = { $bot } không dùng được khóa Giao dịch demo của { -okx }.
    .fix = Hãy dùng chế độ dry run riêng của { $bot } để luyện tập, và dùng khóa thật khi giao dịch thật.
ready-sub-account = Khóa này thuộc một tài khoản phụ: bot chỉ giao dịch bằng tiền trong tài khoản phụ đó.
    .fix = Nếu bot cần giao dịch nhiều hơn, hãy chuyển tiền vào tài khoản giao dịch của tài khoản phụ.
# $problem: điều gì đã sai với yêu cầu kiểm tra, theo lời của chính nó
ready-readiness-unknown = Không kiểm tra được mức sẵn sàng: { $problem }
