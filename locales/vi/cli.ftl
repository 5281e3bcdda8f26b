# Dòng lệnh (okx-key-assistant verify / save / list / delete / simulate).
# Giữ nguyên: tên chương trình, tên lệnh, tùy chọn, giá trị của chúng, biến môi trường và các
# chỗ giữ chỗ viết hoa trong phần trợ giúp (LABEL, SITE, N, COMMAND).

## Trợ giúp: những gì --help in ra

cli-usage =
    { -app-name }: khóa API OKX an toàn cho bot giao dịch của bạn, đã kiểm tra và lưu trong chuỗi khóa.

    Cách dùng:
      { -cmd-app }                mở ứng dụng
      { -usage-verify }
      { -usage-save }
      { -usage-list }
      { -usage-delete }
      { -usage-run-brief }
      { -usage-check }
      { -usage-simulate }
      { -usage-command-help }   xem thêm về một lệnh
      { -usage-version }

    Khóa được lấy từ các biến môi trường OKX_API_KEY, OKX_SECRET_KEY và OKX_PASSPHRASE
    (save còn đọc cả đầu vào chuẩn), không bao giờ từ dòng lệnh. Khi kiểm thử và luyện tập, có thể
    trỏ một trang đến trình mô phỏng bằng OKX_BASE_URL_GLOBAL, OKX_BASE_URL_EEA, OKX_BASE_URL_US hoặc
    OKX_BASE_URL_TR (chỉ http://127.0.0.1:PORT hoặc http://localhost:PORT).

    Mã thoát: 0 đã xác minh và an toàn (hoặc đã xong); 1 thất bại; 2 sai cách dùng hoặc đầu vào;
    3 đã xác minh nhưng không an toàn (khóa có thể rút tiền).

cli-usage-languages =
    Ngôn ngữ: mọi lệnh đều nhận --lang CODE ({ $languages }); nếu không có, LC_ALL,
    LC_MESSAGES hoặc LANG sẽ quyết định, và tiếng Anh được dùng cho mọi ngôn ngữ khác.

cli-verify-usage =
    Cách dùng: { -usage-verify }

    Kiểm tra một khóa API OKX bằng các yêu cầu đã ký, chỉ đọc (không bao giờ giao dịch hay chuyển
    tiền) và in ra báo cáo xác nhận.

    Khóa được lấy từ các biến môi trường OKX_API_KEY, OKX_SECRET_KEY và OKX_PASSPHRASE
    (không bao giờ từ dòng lệnh), hoặc từ khóa đã lưu trong chuỗi khóa của hệ thống với --keychain.
    Giá trị được làm sạch và kiểm tra như trong ứng dụng: dấu cách thừa được cắt bỏ và báo lại.

    Tùy chọn:
      --site SITE        nơi khóa được tạo: global (okx.com), eea (my.okx.com),
                         us (app.okx.com) hoặc tr (tr.okx.com, OKX TR). Nếu không có (hoặc
                         với auto), bài kiểm tra tự tìm trang của khóa và cho biết trang nào;
                         nếu chỉ định trang, khóa của trang khác sẽ thất bại kèm nơi nó dùng được
      --demo             khóa là khóa Giao dịch demo
      --json             in một đối tượng JSON thay cho báo cáo
      --keychain LABEL   kiểm tra khóa đã lưu dưới LABEL (với trang và chế độ của nó, trừ khi chỉ định)
      -h, --help         hiện trợ giúp này

    Mã thoát: 0 đã xác minh và an toàn; 1 xác minh thất bại; 2 sai cách dùng hoặc đầu vào;
    3 đã xác minh nhưng không an toàn (khóa có thể rút tiền).

cli-save-usage =
    Cách dùng: { -usage-save }

    Kiểm tra khóa, rồi lưu nó vào chuỗi khóa của hệ thống dưới LABEL (chữ cái, chữ số, '_', '-', '.';
    ví dụ tên bạn đã đặt cho khóa trên OKX). Chỉ khóa được OKX chấp nhận và không thể rút tiền mới
    được lưu; mục đã lưu được đọc lại trước khi được tính.

    Khóa được lấy từ OKX_API_KEY, OKX_SECRET_KEY và OKX_PASSPHRASE, hoặc, khi không biến nào được
    đặt, từ đầu vào chuẩn: ba dòng theo thứ tự của OKX (khóa API, khóa bí mật, cụm mật khẩu), hoặc
    một ghi chú, tệp env hay JSON có nhãn cho từng giá trị. Không bao giờ từ dòng lệnh.

    Tùy chọn:
      --site SITE   nơi khóa được tạo: global, eea, us hoặc tr. Nếu không có (hoặc với auto),
                    bài kiểm tra tự tìm trang của khóa và khóa được lưu cùng trang đó
      --demo        khóa là khóa Giao dịch demo
      --replace     thay khóa đã lưu dưới LABEL (khóa cũ được giữ đến khi khóa mới
                    được lưu và đọc lại)
      -h, --help    hiện trợ giúp này

    Bot đọc khóa đã lưu từ chuỗi khóa: dịch vụ { -cmd-app }, người dùng LABEL, bí mật =
    JSON gồm api_key, secret_key, passphrase, site, api_host, demo và saved_at.

    Mã thoát: 0 đã lưu; 1 chưa lưu (kiểm tra thất bại, hoặc chuỗi khóa từ chối); 2 sai cách dùng
    hoặc đầu vào; 3 chưa lưu vì khóa có thể rút tiền.

cli-list-usage =
    Cách dùng: { -usage-list }

    Liệt kê các khóa ứng dụng này đã lưu trong chuỗi khóa của hệ thống: nhãn, khóa API (4 ký tự
    đầu và 4 ký tự cuối), trang, thật hay demo, và thời điểm lưu. Khóa mà ứng dụng còn nhớ nhưng
    không còn trong chuỗi khóa được đánh dấu “{ cli-list-missing }”.

    Tùy chọn:
      --json       in một mảng JSON thay cho bảng
      -h, --help   hiện trợ giúp này

    Mã thoát: 0 đã liệt kê; 1 không đọc được chuỗi khóa; 2 sai cách dùng.

cli-delete-usage =
    Cách dùng: { -usage-delete }

    Xóa khóa đã lưu dưới LABEL khỏi chuỗi khóa của hệ thống (và khỏi danh sách của ứng dụng). Bản
    thân khóa vẫn hoạt động trên OKX: hãy xóa nó ở đó nữa nếu bạn không còn dùng.

    Tùy chọn:
      -h, --help   hiện trợ giúp này

    Mã thoát: 0 đã xóa; 1 không có khóa nào lưu dưới LABEL, hoặc chuỗi khóa từ chối; 2 sai cách dùng.

cli-simulate-usage =
    Cách dùng: { -usage-simulate }

    Khởi động một bản sao luyện tập của API OKX trên máy tính này (chỉ 127.0.0.1), với các khóa
    luyện tập cho mọi tình huống ứng dụng giải thích. Nó in ra các khóa và các thiết lập
    OKX_BASE_URL_* để trỏ ứng dụng (và verify) đến nó, rồi hiển thị từng yêu cầu cho đến khi bạn
    nhấn Ctrl-C.

    Tùy chọn:
      --port N         cổng của trang đầu tiên (mặc định 8085); không có --site thì bốn trang
                       dùng N đến N+3 (global, eea, us, tr); 0 sẽ chọn cổng trống
      --site SITE      chỉ chạy trang này trên N
      --latency-ms N   chờ N mili giây trước mỗi câu trả lời (mặc định 0)
      --skew-ms N      đồng hồ của trình mô phỏng nhanh N mili giây (số âm: chậm)
      -h, --help       hiện trợ giúp này

    Mã thoát: 0 đã dừng bằng Ctrl-C; 1 không khởi động được (ví dụ cổng đã bị dùng);
    2 sai cách dùng.

# Sau phần trợ giúp của verify và save (và trợ giúp chính). Không dịch id của bot.
cli-ready-usage =
    Sẵn sàng cho bot của bạn (verify và save):
      --bot BOT          kiểm tra thêm tài khoản đã sẵn sàng cho bot này chưa: web-platform,
                         freqtrade, hummingbot, python-ccxt, python-okx, okx-agent, passivbot
                         hoặc octobot (chế độ tài khoản, chế độ vị thế, thị trường, tiền đang
                         nằm ở đâu). save lưu lựa chọn này cùng khóa; check và verify --keychain
                         dùng nó
      --market MARKET    bot giao dịch gì: spot (mặc định) hoặc swap (hợp đồng hoán đổi vĩnh cửu)

    Mã thoát 4: khóa hoạt động và không thể rút tiền, nhưng tài khoản chưa sẵn sàng cho bot
    (báo cáo cho biết cần thay đổi gì). 1 và 3 được ưu tiên hơn 4.

## Lỗi cách dùng: một dòng, in sau "okx-key-assistant: " và trước phần trợ giúp.

cli-unknown-command = Lệnh không xác định (các lệnh là { $commands }).
cli-unknown-flag = Tùy chọn không xác định { $flag }.
cli-unknown-flag-credential = Tùy chọn không xác định { $flag }: thông tin xác thực không bao giờ được đọc từ dòng lệnh; hãy đặt OKX_API_KEY, OKX_SECRET_KEY và OKX_PASSPHRASE.
cli-unknown-flag-hidden = Tùy chọn không xác định (không hiển thị, phòng khi nó chứa bí mật).
cli-flag-given-twice = { $flag } bị đưa hai lần.
cli-bot-must-be = --bot phải là một trong: { $bots }.
cli-market-must-be = --market phải là một trong: { $markets }.
cli-market-needs-bot = --market đi cùng --bot: hãy nêu cả bot.
cli-flag-takes-no-value = { $flag } không nhận giá trị.
cli-flag-needs-value = { $flag } cần một giá trị.
cli-no-arguments = Lệnh này không nhận đối số nào khác. Thông tin xác thực không bao giờ được đọc từ dòng lệnh: hãy đặt OKX_API_KEY, OKX_SECRET_KEY và OKX_PASSPHRASE.
cli-too-many-arguments = Quá nhiều đối số (nhãn không có dấu cách). Thông tin xác thực không bao giờ được đọc từ dòng lệnh.
cli-site-must-be = --site phải là một trong: { $sites }.
cli-save-needs-label = save cần một LABEL để lưu khóa.
cli-delete-needs-label = delete cần LABEL của khóa cần xóa.
cli-port-must-be = --port phải là số từ 0 đến 65535.
cli-latency-must-be = --latency-ms phải là số nguyên mili giây.
cli-latency-too-long = --latency-ms tối đa là 60000 (một phút).
cli-skew-must-be = --skew-ms phải là số nguyên mili giây.
cli-skew-too-large = --skew-ms phải nằm trong một ngày (86400000).
cli-usage-mistake-fix = Hãy chạy lệnh với --help để xem cách dùng.

## Cách in một vấn đề

cli-what-to-do = Cần làm gì: { $fix }
cli-note = Lưu ý: { $note }

## Khóa lấy từ đâu

cli-env-not-text = { $var } chứa byte không phải văn bản.
    .fix = Hãy đặt lại { $var } bằng cách dán giá trị đúng như OKX đã hiển thị.
cli-env-missing-one = { $var } chưa được đặt.
    .fix = { -cli-set-all-three }
cli-env-missing-two = { $first } và { $second } chưa được đặt.
    .fix = { -cli-set-all-three }
-cli-set-all-three = Hãy đặt cả ba: OKX_API_KEY, OKX_SECRET_KEY và OKX_PASSPHRASE (các giá trị OKX đã hiển thị khi bạn tạo khóa).
cli-no-key-given = Chưa có khóa API nào được đưa vào.
    .fix = Hãy đặt OKX_API_KEY, OKX_SECRET_KEY và OKX_PASSPHRASE thành các giá trị OKX đã hiển thị khi bạn tạo khóa, hoặc dùng --keychain LABEL cho khóa đã lưu.
    .fix-save = Hãy đặt OKX_API_KEY, OKX_SECRET_KEY và OKX_PASSPHRASE, hoặc chuyển ba giá trị (mỗi dòng một giá trị, theo thứ tự đó) vào lệnh qua pipe.
cli-paste-prompt = Hãy dán khóa API, khóa bí mật và cụm mật khẩu, mỗi dòng một giá trị, rồi nhấn Ctrl-D (trên Windows: Ctrl-Z rồi Enter). Những gì bạn dán sẽ hiện trên màn hình; để tránh điều đó, hãy đặt OKX_API_KEY, OKX_SECRET_KEY và OKX_PASSPHRASE.
cli-paste-prompt-hidden = Hãy dán khóa API, khóa bí mật và cụm mật khẩu, mỗi dòng một giá trị, rồi nhấn Ctrl-D. Những gì bạn dán không hiện trên màn hình (chỉ hiện các dấu xuống dòng); Ctrl-C để hủy.
cli-stdin-not-text = Không đọc được dữ liệu từ đầu vào chuẩn dưới dạng văn bản.
    .fix = Hãy đưa ba giá trị dưới dạng văn bản thuần, mỗi dòng một giá trị: khóa API, khóa bí mật, cụm mật khẩu.
cli-stdin-values-found = Tìm thấy { $found } trong ba giá trị trên đầu vào chuẩn.
    .fix = Hãy đưa khóa API, khóa bí mật và cụm mật khẩu, mỗi dòng một giá trị theo thứ tự đó (hoặc có nhãn, như "API key: ...").
cli-env-ignored-for-saved-key = Lưu ý: đang kiểm tra khóa đã lưu với tên "{ $label }"; OKX_API_KEY, OKX_SECRET_KEY và OKX_PASSPHRASE bị bỏ qua.
# $vars: the settings that are set, e.g. “OKX_BASE_URL_GLOBAL=http://127.0.0.1:8085, OKX_BASE_URL_EEA=http://127.0.0.1:8086”
cli-override-note = Lưu ý: cài đặt luyện tập đang bật ({ $vars }): yêu cầu cho các trang đó đi tới máy chủ luyện tập trên máy này, không phải { -okx }. Khóa lưu từ { -okx } không bao giờ được gửi tới đó.
cli-no-data-dir = Không tìm thấy thư mục dữ liệu của bạn, nên không thể giữ danh sách khóa đã lưu.
    .fix = Hãy đảm bảo HOME đã được đặt (hoặc XDG_DATA_HOME trên Linux), rồi chạy lại lệnh.

## verify: những gì in ra khi bài kiểm tra đang chạy

cli-progress-reach = Đang kiểm tra OKX có trả lời không...
cli-progress-clock = Đang kiểm tra đồng hồ...
cli-progress-auth = Đang kiểm tra khóa bằng các yêu cầu đã ký, chỉ đọc...
cli-progress-other = Đang kiểm tra...

## save

cli-already-saved = Đã có một khóa được lưu dưới nhãn "{ $label }": khóa { $key } đã lưu lúc { $saved_at }.
    .fix = { -cli-replace-or-rename }
cli-already-saved-foreign = Đã có một khóa được lưu dưới nhãn "{ $label }": một mục không do ứng dụng này ghi.
    .fix = { -cli-replace-or-rename }
-cli-replace-or-rename = Thêm --replace để đặt khóa mới vào chỗ của nó (khóa cũ được giữ đến khi khóa mới được lưu và đọc lại), hoặc chọn nhãn khác.
cli-saved = { $replaced ->
        [yes] Đã lưu trong { $backend } (dịch vụ "{ $service }", người dùng "{ $user }"), thay cho khóa đã lưu trước đó.
       *[no] Đã lưu trong { $backend } (dịch vụ "{ $service }", người dùng "{ $user }").
    }
cli-python-snippet-intro = Cách một bot Python đọc nó ({ -cmd-pip-install-keyring }):

## list và delete

cli-list-column-label = NHÃN
cli-list-column-api-key = KHÓA API
cli-list-column-site = TRANG
cli-list-column-mode = CHẾ ĐỘ
cli-list-column-saved-at = LƯU LÚC
cli-list-mode-live = thật
cli-list-mode-demo = demo
cli-list-missing = không có trong chuỗi khóa
cli-list-empty = Chưa có khóa nào được lưu. Hãy lưu một khóa bằng: { -cmd-save-label }
cli-deleted = Đã xóa khóa lưu với tên "{ $label }" khỏi chuỗi khóa. Nó vẫn hoạt động trên OKX cho đến khi bạn xóa nó ở đó.

## Lỗi trong chính dòng lệnh

cli-internal-runtime = Lệnh không khởi động được tác vụ nền ({ $error }).
cli-internal-json = Không ghi được kết quả dưới dạng JSON ({ $error }).

# `okx-key-assistant` with no subcommand could not start the window's program.
cli-window-missing = Không mở được cửa sổ: { $program } không có hoặc không khởi động được ({ $error }).
cli-command-line-missing = Không chạy được lệnh: { $program } không có hoặc không khởi động được ({ $error }).
    .fix = Hãy cài lại { -app-name }. Các lệnh (verify, save, list, delete, run, check) vẫn chạy được mà không cần cửa sổ.
