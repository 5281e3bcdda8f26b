# okx-key-assistant run: giao một khóa đã lưu cho một chương trình qua môi trường của nó.
# Hiển thị trong terminal, trên đầu ra lỗi chuẩn (đầu ra chuẩn thuộc về chương trình được chạy).
# Giữ nguyên, không dịch: okx-key-assistant, run, các tùy chọn (--profile, --verify, --no-mask),
# tên kiểu (generic, freqtrade, okx-agent), biến môi trường và các chỗ giữ chỗ viết hoa
# (LABEL, COMMAND, ARGS, P): người dùng gõ chúng.
# $label là tên khóa được lưu (chữ cái, chữ số, _ - .), không bao giờ dịch.

## Trợ giúp: những gì "okx-key-assistant run --help" in ra
## Giữ các dấu xuống dòng và thụt lề của danh sách: terminal hiển thị nguyên vẹn.

run-usage =
    Cách dùng: { -usage-run }

    Khởi động COMMAND với khóa đã lưu dưới LABEL trong môi trường của nó, dưới các tên mà bot
    của bạn đọc, nên khóa không bao giờ nằm trong tệp cấu hình, tệp .env hay lịch sử shell của
    bạn. Không gì khác nhận được khóa: các đối số của chính COMMAND được truyền nguyên vẹn.

    Kiểu tên biến (--profile, mặc định generic):
      generic     OKX_API_KEY, OKX_SECRET_KEY, OKX_PASSPHRASE, và nơi khóa hoạt động:
                  OKX_SITE (global, eea, us hoặc tr), OKX_API_HOST (ví dụ eea.okx.com),
                  OKX_API_BASE_URL (https:// và máy chủ; domain của python-okx) và
                  OKX_DEMO (1 cho khóa Giao dịch demo, nếu không thì 0; flag của python-okx)
      freqtrade   FREQTRADE__EXCHANGE__KEY, FREQTRADE__EXCHANGE__SECRET,
                  FREQTRADE__EXCHANGE__PASSWORD (cụm mật khẩu) và
                  FREQTRADE__EXCHANGE__NAME: okx, myokx (EEA) hoặc okxus (US)
      okx-agent   những gì agent trade kit của OKX đọc: OKX_API_KEY, OKX_SECRET_KEY,
                  OKX_PASSPHRASE, OKX_SITE, OKX_API_BASE_URL và OKX_DEMO

    Tùy chọn:
      --profile P   các tên cần dùng (xem ở trên)
      --verify      kiểm tra khóa trước bằng các yêu cầu đã ký, chỉ đọc, và không khởi động gì
                    nếu bài kiểm tra thất bại hoặc khóa có thể rút tiền
      --no-mask     chuyển thẳng đầu ra của COMMAND đến terminal này, không che. Hiếm khi
                    cần: trên terminal, COMMAND chạy trên một terminal giả riêng, nên màu
                    sắc, lời nhắc, phím gõ, kích thước cửa sổ và chương trình toàn màn hình
                    vẫn hoạt động khi có che (ở nơi khác đầu ra đi qua pipe). Dùng khi
                    COMMAND cần chính terminal này, ví dụ để tạm dừng nó bằng Ctrl-Z, và biết
                    rằng những gì nó in ra được hiện nguyên văn
      --restart-on-change
                    khi khóa lưu dưới LABEL được thay (Thay trên Khóa của tôi, hoặc save
                    --replace), dừng COMMAND và chạy lại nó với khóa mới trong vòng một
                    giây; khi khóa bị xóa, hoặc khóa mới có thể rút tiền, dừng COMMAND và
                    thoát (2 hoặc 3)
      --grace SECONDS
                    với --restart-on-change: COMMAND được bao lâu để kết thúc sau SIGTERM
                    trước khi bị buộc dừng (mặc định 10)
      -h, --help    hiện trợ giúp này

    Khóa mà bản ghi đã lưu cho biết có thể rút tiền sẽ không bao giờ được giao. Ctrl-C và các
    tín hiệu kết thúc được chuyển tiếp đến COMMAND. Xin lưu ý: mọi chương trình chạy dưới người
    dùng của bạn đều đọc được môi trường của một tiến trình, và mọi chương trình mà COMMAND
    khởi động đều thừa hưởng khóa.

    Những gì được che (khi không có --no-mask), trên đầu ra chuẩn và đầu ra lỗi, không phân biệt
    chữ hoa chữ thường, kể cả khi bị chia qua nhiều lần ghi: khóa bí mật và cụm mật khẩu nguyên
    dạng; 12 ký tự đầu tiên trở lên của khóa bí mật; cả hai khi mã hóa URL (%23 và tương tự, + thay
    cho dấu cách), khi thoát ký tự kiểu JSON (\" \\ \uXXXX) và khi mã hóa base64 (bảng chữ chuẩn
    hoặc an toàn cho URL, có hoặc không có phần đệm =), đứng riêng hoặc nằm trong một đoạn base64
    dài hơn (khi đó là tất cả trừ nhiều nhất một ký tự ở mỗi đầu). Những gì không được che: mọi
    dạng khác, ví dụ dạng thập lục phân, bị ngắt bởi một dấu xuống dòng, bị đảo ngược, một phần
    của cụm mật khẩu, một phần của khóa bí mật không phải phần đầu của nó, hoặc ít hơn 12 ký tự
    đầu tiên của nó. Một chương trình luôn có thể in bí mật theo cách mà không bộ lọc nào biết.

    Tín hiệu: Ctrl-C, SIGTERM và SIGHUP đến COMMAND đúng một lần, kể cả khi được gửi cho cả nhóm
    tiến trình (kill %1); tín hiệu bị bỏ qua khi run khởi động (nohup) vẫn bị bỏ qua đối với
    COMMAND.

    Mã thoát: mã thoát của chính COMMAND (128 + N khi tín hiệu N dừng nó). Khi COMMAND không
    được khởi động: 1 không đọc được chuỗi khóa hoặc --verify thất bại; 2 sai cách dùng hoặc
    không có khóa nào lưu dưới LABEL; 3 khóa có thể rút tiền; 126 không khởi động được COMMAND;
    127 không tìm thấy COMMAND.

## Lỗi cách dùng (một dòng, hiển thị phía trên phần trợ giúp)

run-label-missing = run cần LABEL của một khóa đã lưu, rồi -- và lệnh cần khởi động.
run-command-missing = run cần lệnh để khởi động, đặt sau --: { -cmd-run-command }
run-profile-invalid = --profile phải là generic, freqtrade hoặc okx-agent.
run-grace-invalid = --grace phải là số giây nguyên, từ 0 đến 3600.
run-grace-without-restart = --grace đi cùng --restart-on-change: đó là thời gian một lệnh bị dừng được phép dùng để kết thúc.

## Vì sao khóa không được giao (mỗi mục kèm việc cần làm)

run-refused-recorded-withdraw = Chưa khởi động: khóa đã lưu với tên “{ $label }” có thể rút tiền, nên bất kỳ ai có nó đều có thể chuyển tiền của bạn ra khỏi { -okx }.
    .fix = Hãy xóa khóa này trên trang API của { -okx }, tạo khóa mới chỉ bật "Đọc" và "Giao dịch", lưu nó, rồi chạy khóa mới đó.
run-refused-withdraw = Chưa khởi động: bài kiểm tra cho thấy khóa đã lưu với tên “{ $label }” có thể rút tiền, nên bất kỳ ai có nó đều có thể chuyển tiền của bạn ra khỏi { -okx }.
    .fix = Hãy xóa khóa này trên trang API của { -okx }, tạo khóa mới chỉ bật "Đọc" và "Giao dịch", lưu nó, rồi chạy khóa mới đó.
run-refused-seen-withdraw = Chưa khởi động: lần kiểm tra mới nhất của khóa đã lưu với tên “{ $label }” nhận được trả lời từ { -okx } thấy quyền Rút tiền đang bật. Khóa vẫn bị từ chối cho đến khi một lần kiểm tra tới được { -okx } thấy Rút tiền đã tắt.
    .fix = Hãy tắt Rút tiền cho khóa này trên trang API của { -okx } (hoặc xóa nó và tạo khóa mới chỉ bật "Đọc" và "Giao dịch"), rồi kiểm tra lại: Kiểm tra trong Khóa của tôi, hoặc { -cmd-check } { $label }.
run-refused-not-verified = Chưa khởi động: khóa đã lưu với tên “{ $label }” chưa vượt qua bài kiểm tra.
    .fix = Hãy khắc phục những gì bài kiểm tra tìm thấy ({ -cmd-verify-keychain } { $label } hiện toàn bộ báo cáo), rồi chạy lại lệnh.

## Lưu ý trước khi lệnh khởi động

# $label: nhãn của khóa đã lưu.
run-verified = Khóa đã lưu với tên “{ $label }” đã vượt qua bài kiểm tra và không thể rút tiền.
run-note-freqtrade-no-site = Lưu ý: Freqtrade không có tên sàn cho { -okx } TR, nên FREQTRADE__EXCHANGE__NAME không được đặt; khóa này chỉ dùng được với tr.okx.com.
run-note-freqtrade-demo = Lưu ý: đây là khóa Giao dịch demo. dry_run của Freqtrade là giao dịch mô phỏng riêng của Freqtrade (paper trading); khóa Giao dịch demo chỉ hoạt động khi yêu cầu mang header demo của { -okx } (x-simulated-trading: 1).
run-note-agent-tr = Lưu ý: các phiên bản cũ của agent trade kit của { -okx } chỉ biết các trang global, eea và us; OKX_SITE là tr và OKX_API_BASE_URL trỏ đến tr.okx.com.

## Khi lệnh không khởi động được

run-command-not-found = Không tìm thấy lệnh cần khởi động.
    .fix = Hãy kiểm tra tên lệnh, hoặc đưa đường dẫn đầy đủ của nó (ví dụ /usr/bin/python3).
# $error: lý do của hệ điều hành, bằng tiếng Anh.
run-command-not-started = Không khởi động được lệnh ({ $error }).
    .fix = Hãy kiểm tra đó là chương trình bạn được phép chạy (với script: chmod +x và một dòng #!).

## --restart-on-change: khóa lưu dưới LABEL đã thay đổi trong khi lệnh đang chạy (trên stderr)

# $label: nhãn của khóa đã lưu.
run-restart-replaced = Khóa đã lưu là “{ $label }” đã được thay: đang dừng lệnh và chạy lại với khóa mới.
run-restart-deleted = Khóa đã lưu là “{ $label }” đã bị xóa: đang dừng lệnh.
run-restart-refused = Khóa đã lưu là “{ $label }” đã được thay bằng một khóa không được phép giao: đang dừng lệnh.
run-restart-unreadable = Không đọc được khóa đã lưu là “{ $label }” để xem nó có đổi không: lệnh vẫn chạy với khóa đang có.

## okx-key-assistant unit: dịch vụ người dùng systemd chạy bot qua run

# Sau danh sách lệnh của trợ giúp chính.
unit-cli-usage =
      { -usage-run-restart }
      { -usage-unit-brief }

unit-usage =
    Cách dùng: { -usage-unit }

    In ra một dịch vụ người dùng systemd chạy COMMAND qua { -cmd-run } với khóa đã
    lưu dưới LABEL. Dịch vụ không chứa bí mật nào: run đọc khóa từ keychain mỗi lần khởi
    động. systemd chạy lại COMMAND khi nó lỗi (không chạy lại khi không có khóa hoặc khóa
    có thể rút tiền) và dừng nó theo cách run chuyển tín hiệu (KillMode=mixed).

    Cài bằng { -cmd-systemctl-edit } (dán vào), hoặc lưu thành
    { -path-unit-file } rồi chạy { -cmd-systemctl-reload }; sau đó
    { -cmd-systemctl-enable }. Keychain phải được mở khóa cho dịch vụ.
    COMMAND khởi động trong thư mục nơi unit được chạy.

    Tùy chọn:
      --profile P           các tên sẽ dùng (xem { -cmd-run-help })
      --restart-on-change   chạy lại COMMAND khi khóa được thay (xem run --help)
      -h, --help            hiện trợ giúp này

unit-label-missing = unit cần LABEL của một khóa đã lưu, rồi -- và lệnh cần chạy.
unit-command-missing = unit cần lệnh cần chạy, sau --: { -cmd-unit-command }
# $error: lý do của hệ điều hành, bằng tiếng Anh.
unit-no-program = Không xác định được chương trình này được cài ở đâu ({ $error }).
    .fix = Chạy { -cmd-app } bằng đường dẫn đầy đủ.
# Mô tả một dòng của dịch vụ (systemctl status hiển thị). $command: tên chương trình.
unit-description = { $command } với khóa đã lưu là “{ $label }” (OKX Key Assistant)
