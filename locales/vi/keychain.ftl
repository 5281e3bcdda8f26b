# Lưu khóa trong chuỗi khóa của hệ thống, các tệp riêng của ứng dụng, và quy tắc lưu khóa đã kiểm tra.
# $surface là "window" hoặc "cli"; $os là "macos", "windows" hoặc hệ khác.

## Lưu khóa đã kiểm tra

keychain-save-untested = Chưa lưu: khóa chưa được kiểm tra.
    .fix = Hãy kiểm tra khóa trước; chỉ khóa vượt qua bài kiểm tra mới được lưu.
keychain-save-withdraw = Chưa lưu: khóa này có thể rút tiền, nên bất kỳ ai giữ nó đều có thể chuyển tiền của bạn ra khỏi { -okx }.
    .fix = Hãy xóa khóa này trên trang API của { -okx }, tạo khóa mới chỉ bật Đọc và Giao dịch, rồi kiểm tra và lưu khóa đó.
keychain-save-not-passed = Chưa lưu: chỉ khóa vượt qua bài kiểm tra kết nối mới được lưu.
    .fix = Hãy sửa những gì bài kiểm tra tìm thấy, kiểm tra lại khóa, rồi lưu.

## Khóa và nhãn của nó

keychain-incomplete = Khóa chưa đầy đủ: cần cả khóa API, khóa bí mật và cụm mật khẩu.
    .fix = { $surface ->
        [cli] Hãy cung cấp cả ba giá trị (trong OKX_API_KEY, OKX_SECRET_KEY và OKX_PASSPHRASE, hoặc ba dòng qua đầu vào chuẩn), rồi chạy lại save.
       *[window] Hãy dán cả ba giá trị, kiểm tra kết nối, rồi lưu.
    }
keychain-label-missing = Khóa cần một nhãn để lưu.
    .fix = { $surface ->
        [cli] Hãy đặt một nhãn, ví dụ tên bạn đã đặt cho khóa trên { -okx }: { -cmd-save-example }
       *[window] Hãy nhập một nhãn, ví dụ tên bạn đã đặt cho khóa trên { -okx }, như BitcoinEra_GridBot.
    }
keychain-label-invalid = Nhãn có thể gồm 1 đến { $max } chữ cái, chữ số, '_', '-' hoặc '.', và không gì khác (không có dấu cách).
    .fix = Hãy đổi nhãn, ví dụ thành BitcoinEra_GridBot.
keychain-label-bad-start = Nhãn không được bắt đầu bằng '-' (trong lệnh nó sẽ bị hiểu là một tùy chọn) hoặc chỉ gồm dấu chấm.
    .fix = Hãy bắt đầu nhãn bằng một chữ cái hoặc chữ số, ví dụ GridBot-1 thay vì -GridBot.

## Những gì được lưu dưới một nhãn

keychain-not-found = Không có khóa nào được lưu dưới nhãn “{ $label }”.
    .fix = { $surface ->
        [cli] Hãy kiểm tra nhãn bằng { -cmd-list }, hoặc lưu khóa trước.
       *[window] Hãy kiểm tra nhãn trong danh sách khóa đã lưu, hoặc lưu khóa trước.
    }
keychain-already-exists = Đã có một khóa được lưu dưới nhãn “{ $label }”: { $what }.
    .fix = { $surface ->
        [cli] Thêm --replace để đặt khóa mới vào chỗ của nó (khóa cũ được giữ đến khi khóa mới được lưu và đọc lại), hoặc chọn nhãn khác.
       *[window] Chọn Thay thế để đặt khóa mới vào chỗ của nó (khóa cũ được giữ đến khi khóa mới được lưu và kiểm tra), hoặc dùng nhãn khác.
    }
keychain-existing-key = khóa { $key } đã lưu lúc { $saved_at }
keychain-existing-foreign = một mục không do ứng dụng này ghi
keychain-mismatch = Khóa lưu dưới tên “{ $label }” khi đọc lại không giống lúc ghi, nên không được tính là đã lưu.
    .fix = { $surface ->
        [cli] Hãy chạy lại save. Nếu vẫn lặp lại, hãy khởi động lại kho khóa (keyring) (đăng xuất rồi đăng nhập lại) và thử lại.
       *[window] Hãy thử lưu lại; biểu mẫu vẫn giữ các giá trị của bạn. Nếu vẫn lặp lại, hãy khởi động lại kho khóa (keyring) (đăng xuất rồi đăng nhập lại) và thử lại.
    }
keychain-foreign-item = Mục trong chuỗi khóa lưu dưới tên “{ $label }” không theo định dạng mà { -app-name } ghi, nên không đọc được.
    .fix = Hãy lưu lại khóa dưới nhãn này để thay mục đó, hoặc xóa nó và lưu khóa dưới nhãn mới.
keychain-encode-failed = Không đưa được khóa vào định dạng của chuỗi khóa.

## Lỗi của chính chuỗi khóa hệ thống

keychain-no-platform-store = Bản { -app-name } này không truy cập được chuỗi khóa thật của hệ thống, nên nó sẽ không lưu khóa (nó từ chối chỉ giữ chúng trong bộ nhớ).
    .fix = Hãy dùng bản ứng dụng dành cho hệ điều hành của bạn (Linux, macOS hoặc Windows). Trong lúc chờ, hãy giữ ba giá trị trong trình quản lý mật khẩu.
keychain-no-item = Không có mục như vậy trong chuỗi khóa.
    .fix = { $surface ->
        [cli] Hãy kiểm tra nhãn bằng { -cmd-list }, hoặc lưu khóa trước.
       *[window] Hãy kiểm tra nhãn trong danh sách khóa đã lưu, hoặc lưu khóa trước.
    }
keychain-not-text = Mục trong chuỗi khóa chứa dữ liệu không phải văn bản, nên đó không phải khóa do ứng dụng này lưu.
    .fix = Hãy lưu lại khóa dưới nhãn này để thay nó, hoặc xóa mục đó và lưu dưới nhãn mới.
keychain-label-refused = Chuỗi khóa không chấp nhận nhãn này.
    .fix = Hãy dùng nhãn ngắn hơn, gồm chữ cái, chữ số, '_', '-' hoặc '.'.
keychain-ambiguous = Có nhiều hơn một mục trong chuỗi khóa được lưu dưới nhãn này, nên ứng dụng không biết mục nào là khóa.
    .fix = Hãy mở ứng dụng kho khóa (Passwords and Keys, KWallet hoặc KeePassXC), xóa các mục "{ -cmd-app }" thừa của nhãn này, rồi thử lại.
keychain-locked = Kho khóa của bạn đang bị khóa, hoặc cửa sổ yêu cầu mở khóa đã bị đóng, nên ứng dụng không truy cập được.
    .fix = { $os ->
        [macos] Hãy mở khóa chuỗi khóa đăng nhập (mở Keychain Access và mở khóa, hoặc nhập mật khẩu khi macOS hỏi), rồi thử lại.
        [windows] Hãy đăng nhập lại Windows, rồi thử lại.
       *[other] { $surface ->
            [cli] Hãy mở khóa kho khóa, rồi thử lại: nhập mật khẩu khi cửa sổ mở khóa hiện ra, hoặc mở Passwords and Keys (Seahorse), KWallet hoặc KeePassXC và mở khóa. Có thể cần tạo một kho khóa mới ở đó trước.
           *[window] Hãy mở khóa kho khóa, rồi thử lại: nhập mật khẩu khi cửa sổ mở khóa hiện ra, hoặc mở Passwords and Keys (Seahorse), KWallet hoặc KeePassXC và mở khóa. Có thể cần tạo một kho khóa mới ở đó trước. Biểu mẫu vẫn giữ các giá trị của bạn.
        }
    }
keychain-denied = Chuỗi khóa hệ thống đã từ chối cho { -app-name } truy cập mục này.
    .fix = { $os ->
        [macos] Khi macOS hỏi, hãy chọn Allow (hoặc Always Allow) cho { -app-name }, rồi thử lại. Trong Keychain Access, bạn có thể xem thẻ Access Control của mục đó.
       *[other] Hãy cho phép { -app-name } khi kho khóa hỏi, rồi thử lại. Nếu ứng dụng chạy trong sandbox (Flatpak hoặc Snap), hãy cấp cho nó quyền truy cập Secret Service.
    }
keychain-unavailable = { $os ->
        [macos] macOS Keychain không khả dụng.
        [windows] Windows Credential Manager không khả dụng.
       *[other] Không có kho khóa nào đang chạy trên máy tính này (không có Secret Service, kho mật khẩu của màn hình nền), nên không thể giữ khóa trong đó.
    }
    .fix = { $os ->
        [macos] Hãy đảm bảo bạn đã đăng nhập macOS bình thường và chuỗi khóa đăng nhập tồn tại (mở Keychain Access), rồi thử lại.
        [windows] Hãy đảm bảo bạn đã đăng nhập Windows bằng tài khoản của chính bạn (không phải tài khoản dịch vụ), rồi thử lại.
       *[other] { $surface ->
            [cli] Hãy cài và khởi động một kho khóa: GNOME Keyring, Secret Service của KWallet, hoặc KeePassXC với tích hợp Secret Service đã bật, rồi thử lại. Trên máy không có màn hình nền, hãy khởi động nó trong một phiên D-Bus: { -cmd-keyring-session }. Trong lúc chờ, hãy giữ ba giá trị trong trình quản lý mật khẩu.
           *[window] Hãy cài và khởi động một kho khóa: GNOME Keyring, Secret Service của KWallet, hoặc KeePassXC với tích hợp Secret Service đã bật. Rồi thử lại; biểu mẫu vẫn giữ các giá trị của bạn. Trong lúc chờ, hãy giữ ba giá trị trong trình quản lý mật khẩu.
        }
    }
keychain-unavailable-detail = Không dùng được chuỗi khóa của hệ thống ({ $detail }).

## Các tệp riêng của ứng dụng (không bí mật)

file-index-unwritable = Ứng dụng không cập nhật được danh sách khóa đã lưu tại { $path } ({ $error }).
    .fix = Hãy kiểm tra ổ đĩa chưa đầy và thư mục này thuộc về bạn, rồi thử lại.
file-index-encode-failed = Không ghi được danh sách khóa đã lưu.
progress-unwritable = Ứng dụng không ghi được tệp tiến độ trong { $folder }.
    .fix = Hãy kiểm tra thư mục nhà của bạn chưa đầy hoặc không ở chế độ chỉ đọc, rồi thử lại. Tiến độ của bạn trên màn hình này vẫn được giữ.
progress-encode-failed = Ứng dụng không ghi lại được bạn đang ở đâu trong hướng dẫn.
