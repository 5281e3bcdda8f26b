# Bước 9 và dòng lệnh: kiểm tra khóa API, khóa bí mật và cụm mật khẩu người dùng đã dán.
# $field: tên ô trong câu; $Field: tên ô ở đầu câu; $env: biến môi trường (không dịch);
# $kind: "key" hoặc "passphrase". Không tin nhắn nào ở đây chứa giá trị đã dán.

## Ba ô

cred-field-api-key = Khóa API
    .the = khóa API
    .start = Khóa API
    .bare = khóa API
cred-field-secret-key = Khóa bí mật
    .the = khóa bí mật
    .start = Khóa bí mật
    .bare = khóa bí mật
cred-field-passphrase = Cụm mật khẩu
    .the = cụm mật khẩu
    .start = Cụm mật khẩu
    .bare = cụm mật khẩu

## Danh sách

cred-list-and = { $first } và { $last }
cred-list-comma = { $first }, { $rest }

## Các ký tự không thuộc về giá trị đã dán

cred-char-space = một dấu cách
    .edge = { $end ->
        [start] { $n ->
           *[other] { $n } dấu cách ở đầu
        }
       *[end] { $n ->
           *[other] { $n } dấu cách ở cuối
        }
    }
cred-char-tab = một ký tự tab
    .edge = { $end ->
        [start] { $n ->
           *[other] { $n } ký tự tab ở đầu
        }
       *[end] { $n ->
           *[other] { $n } ký tự tab ở cuối
        }
    }
cred-char-line-break = một dấu xuống dòng
    .edge = { $end ->
        [start] { $n ->
           *[other] { $n } dấu xuống dòng ở đầu
        }
       *[end] { $n ->
           *[other] { $n } dấu xuống dòng ở cuối
        }
    }
cred-char-no-break-space = một dấu cách không ngắt dòng
    .edge = { $end ->
        [start] { $n ->
           *[other] { $n } dấu cách không ngắt dòng ở đầu
        }
       *[end] { $n ->
           *[other] { $n } dấu cách không ngắt dòng ở cuối
        }
    }
cred-char-other-space = một ký tự trống
    .edge = { $end ->
        [start] { $n ->
           *[other] { $n } ký tự trống ở đầu
        }
       *[end] { $n ->
           *[other] { $n } ký tự trống ở cuối
        }
    }
cred-char-zero-width = một ký tự ẩn có độ rộng bằng 0
    .edge = { $end ->
        [start] { $n ->
            [1] một ký tự ẩn có độ rộng bằng 0 ở đầu
           *[other] { $n } ký tự ẩn có độ rộng bằng 0 ở đầu
        }
       *[end] { $n ->
            [1] một ký tự ẩn có độ rộng bằng 0 ở cuối
           *[other] { $n } ký tự ẩn có độ rộng bằng 0 ở cuối
        }
    }
cred-char-invisible = một ký tự định dạng ẩn
    .edge = { $end ->
        [start] { $n ->
            [1] một ký tự định dạng ẩn ở đầu
           *[other] { $n } ký tự định dạng ẩn ở đầu
        }
       *[end] { $n ->
            [1] một ký tự định dạng ẩn ở cuối
           *[other] { $n } ký tự định dạng ẩn ở cuối
        }
    }
cred-char-control = một ký tự điều khiển ẩn
    .edge = { $end ->
        [start] { $n ->
            [1] một ký tự điều khiển ẩn ở đầu
           *[other] { $n } ký tự điều khiển ẩn ở đầu
        }
       *[end] { $n ->
            [1] một ký tự điều khiển ẩn ở cuối
           *[other] { $n } ký tự điều khiển ẩn ở cuối
        }
    }

## Vị trí của ký tự trong giá trị

cred-place-start = ở đầu
cred-place-end = ở cuối
cred-place-middle = ở giữa, sau ký tự thứ { $after }
cred-inside-what = { $count ->
    [1] { $char } { $place }
   *[other] { $count } ký tự trống hoặc ẩn; ký tự đầu tiên là { $char } { $place }
}

## Những gì đã được làm sạch khỏi giá trị đã dán

cred-trim-blanks = đã bỏ { $chars }
cred-trim-blanks-inside-quotes = đã bỏ { $chars } bên trong dấu ngoặc kép
cred-trim-quotes = { $pairs ->
    [1] đã bỏ dấu ngoặc kép quanh giá trị
   *[other] đã bỏ { $pairs } cặp dấu ngoặc kép quanh giá trị
}
cred-trimmed-line = { $field }: { $removed }

## Kết quả trên một ô

cred-empty-api-key = Khóa API đang trống.
    .fix = { $surface ->
        [cli] Hãy đặt OKX_API_KEY thành khóa API từ { -okx } (hoặc từ trình quản lý mật khẩu).
       *[window] Hãy dán khóa API từ { -okx } (hoặc từ trình quản lý mật khẩu) vào ô này.
    }
cred-empty-secret-key = Khóa bí mật đang trống.
    .fix = { $surface ->
        [cli] Hãy đặt OKX_SECRET_KEY thành khóa bí mật bạn đã lưu khi tạo khóa. { -okx } chỉ hiển thị nó một lần: nếu bạn chưa lưu, hãy xóa khóa này trên { -okx } và tạo khóa mới.
       *[window] Hãy dán khóa bí mật bạn đã lưu khi tạo khóa. { -okx } chỉ hiển thị nó một lần: nếu bạn chưa lưu, hãy xóa khóa này trên { -okx } và tạo khóa mới.
    }
cred-empty-passphrase = Cụm mật khẩu đang trống.
    .fix = { $surface ->
        [cli] Hãy đặt OKX_PASSPHRASE thành cụm mật khẩu API bạn đã tạo cùng với khóa này, không phải mật khẩu đăng nhập { -okx } hay mật khẩu quỹ.
       *[window] Hãy nhập hoặc dán cụm mật khẩu API bạn đã tạo cho khóa này ở Bước 5, không phải mật khẩu đăng nhập { -okx } hay mật khẩu quỹ.
    }
cred-label-included = { $surface ->
        [cli] { $what ->
            [passphrase] { $env } còn chứa cả nhãn “{ $label }” phía trước cụm mật khẩu.
           *[key] { $env } còn chứa cả nhãn “{ $label }” phía trước khóa.
        }
       *[window] { $what ->
            [passphrase] { $Field }: ô này còn chứa cả nhãn “{ $label }” phía trước cụm mật khẩu.
           *[key] { $Field }: ô này còn chứa cả nhãn “{ $label }” phía trước khóa.
        }
    }
    .fix = { $what ->
        [passphrase] { $sure ->
            [no] Hãy xóa nhãn và dấu đi sau nó, để chỉ còn lại chính cụm mật khẩu. Nếu đây thật sự là toàn bộ cụm mật khẩu của bạn, hãy giữ nguyên.
           *[yes] Hãy xóa nhãn và dấu đi sau nó, để chỉ còn lại chính cụm mật khẩu.
        }
       *[key] Hãy xóa nhãn và dấu đi sau nó, để chỉ còn lại chính khóa.
    }
cred-character-inside = { $Field } có { $what }.
    .fix = { $kind ->
        [passphrase] Cụm mật khẩu không có dấu cách, dấu xuống dòng hay ký tự ẩn. Hãy xóa ký tự đó, hoặc sao chép lại nguyên vẹn { $field } từ trình quản lý mật khẩu.
       *[key] Khóa không có dấu cách, dấu xuống dòng hay ký tự ẩn. Hãy xóa ký tự đó, hoặc sao chép lại nguyên vẹn { $field } từ trình quản lý mật khẩu.
    }
cred-hidden-character-inside = { $Field } có { $what }.
    .fix = { $surface ->
        [cli] { $kind ->
            [passphrase] Cụm mật khẩu không có ký tự ẩn, và ký tự này không nhìn thấy được: hãy đặt lại { $env } thành { $field }, sao chép thẳng từ trình quản lý mật khẩu (hoặc từ { -okx }).
           *[key] Khóa không có ký tự ẩn, và ký tự này không nhìn thấy được: hãy đặt lại { $env } thành { $field }, sao chép thẳng từ trình quản lý mật khẩu (hoặc từ { -okx }).
        }
       *[window] { $kind ->
            [passphrase] Cụm mật khẩu không có ký tự ẩn, và ký tự này không nhìn thấy được: hãy xóa trống ô và dán lại { $field }, sao chép thẳng từ trình quản lý mật khẩu (hoặc từ { -okx }).
           *[key] Khóa không có ký tự ẩn, và ký tự này không nhìn thấy được: hãy xóa trống ô và dán lại { $field }, sao chép thẳng từ trình quản lý mật khẩu (hoặc từ { -okx }).
        }
    }
cred-masked-api-key = Khóa API có ký tự che (như **** hoặc …): đây là dạng rút gọn { -okx } hiển thị trong danh sách khóa, không phải khóa đầy đủ.
    .fix = Hãy sao chép khóa API đầy đủ từ trình quản lý mật khẩu, hoặc trên { -okx } từ chi tiết của khóa bằng nút sao chép.
cred-masked-secret-key = Khóa bí mật có ký tự che (như **** hoặc •••), nên đó không phải khóa bí mật thật.
    .fix = Hãy dùng khóa bí mật bạn đã lưu khi tạo khóa. { -okx } chỉ hiển thị nó một lần: nếu bạn chưa lưu, hãy xóa khóa này trên { -okx } và tạo khóa mới.
cred-masked-passphrase = Cụm mật khẩu chỉ toàn dấu chấm hoặc dấu sao: đó là cách hiển thị mật khẩu bị ẩn, không phải chính cụm mật khẩu.
    .fix = Hãy sao chép cụm mật khẩu bằng nút sao chép của trình quản lý mật khẩu, hoặc tự nhập.
cred-stray-quote = { $end ->
        [start] { $Field } bắt đầu bằng một dấu ngoặc kép không có dấu đóng ở đầu kia.
       *[end] { $Field } kết thúc bằng một dấu ngoặc kép không có dấu mở ở đầu kia.
    }
    .fix = Nếu dấu ngoặc kép không thuộc { $field }, hãy xóa nó.

## Kết quả giữa các ô

cred-label-instead-of-key = Ở chỗ của khóa API lại là tên của khóa (“{ $label }”), không phải chính khóa.
    .fix = Hãy sao chép khóa API: trên { -okx } đó là đoạn mã dài có dấu gạch ngang hiển thị cùng khóa (như 1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d), không phải tên bạn đặt cho nó.
cred-same-value = { $Field } giống hệt { $other }. Ba giá trị này luôn khác nhau.
    .fix = { $surface ->
        [cli] Hãy đặt { $other_env } thành { $other } và { $env } thành { $field }: kiểm tra bạn đã sao chép mỗi giá trị từ đúng dòng của nó.
       *[window] Hãy dán { $field } vào ô của nó: kiểm tra bạn đã sao chép mỗi giá trị từ đúng dòng của nó.
    }

## Giá trị bị đổi chỗ

cred-swap-key-secret = Khóa API và khóa bí mật bị đổi chỗ: ở chỗ của khóa API lại là một khóa bí mật (32 ký tự, không có dấu gạch ngang), và ở chỗ của khóa bí mật lại là một khóa API (có dấu gạch ngang). { -okx } sẽ chỉ trả lời rằng nó không biết khóa này.
    .fix = { $surface ->
        [cli] Hãy đặt khóa API vào OKX_API_KEY và khóa bí mật vào OKX_SECRET_KEY: hiện mỗi biến đang chứa giá trị của biến kia. Qua đầu vào chuẩn, hãy đưa khóa API, khóa bí mật và cụm mật khẩu theo đúng thứ tự đó.
       *[window] Hãy đổi chỗ chúng (có nút để làm việc này), hoặc dán mỗi giá trị vào ô còn lại.
    }
cred-swap-key-secret-likely = Khóa API và khóa bí mật có vẻ bị đổi chỗ: ở chỗ của khóa API là thứ trông như khóa bí mật (32 ký tự, không có dấu gạch ngang), và ở chỗ của khóa bí mật là thứ trông như khóa API (có dấu gạch ngang).
    .fix = { $surface ->
        [cli] Hãy đặt khóa API vào OKX_API_KEY và khóa bí mật vào OKX_SECRET_KEY: hiện mỗi biến đang chứa giá trị của biến kia. Qua đầu vào chuẩn, hãy đưa khóa API, khóa bí mật và cụm mật khẩu theo đúng thứ tự đó.
       *[window] Hãy đổi chỗ chúng (có nút để làm việc này), hoặc dán mỗi giá trị vào ô còn lại.
    }
cred-swap-secret-passphrase = Khóa bí mật và cụm mật khẩu có vẻ bị đổi chỗ: ở chỗ của cụm mật khẩu là thứ trông như khóa bí mật (32 ký tự, không có dấu gạch ngang).
    .fix = { $surface ->
        [cli] Hãy đặt khóa bí mật vào OKX_SECRET_KEY và cụm mật khẩu vào OKX_PASSPHRASE: hiện mỗi biến đang chứa giá trị của biến kia. Qua đầu vào chuẩn, hãy đưa khóa API, khóa bí mật và cụm mật khẩu theo đúng thứ tự đó.
       *[window] Hãy đổi chỗ chúng (có nút để làm việc này), hoặc dán mỗi giá trị vào ô còn lại.
    }
cred-swap-key-passphrase = Khóa API và cụm mật khẩu có vẻ bị đổi chỗ: ở chỗ của cụm mật khẩu là thứ trông như khóa API (có dấu gạch ngang).
    .fix = { $surface ->
        [cli] Hãy đặt khóa API vào OKX_API_KEY và cụm mật khẩu vào OKX_PASSPHRASE: hiện mỗi biến đang chứa giá trị của biến kia. Qua đầu vào chuẩn, hãy đưa khóa API, khóa bí mật và cụm mật khẩu theo đúng thứ tự đó.
       *[window] Hãy đổi chỗ chúng (có nút để làm việc này), hoặc dán mỗi giá trị vào ô còn lại.
    }

## Hình dạng của giá trị (chỉ là cảnh báo: vẫn có thể kiểm tra khóa)

cred-api-key-case = Khóa API trông khác thường: nó có chữ hoa, trong khi { -okx } hiển thị khóa API bằng chữ thường. Chữ hoa là khác: chỉ một chữ bị đổi cũng làm khóa không hoạt động.
    .fix = Hãy sao chép lại khóa API từ trình quản lý mật khẩu (hoặc từ { -okx }) thay vì tự gõ.
cred-secret-in-key-field = Khóa API trông như khóa bí mật: 32 ký tự, không có dấu gạch ngang. Khóa API của { -okx } có dấu gạch ngang, như 1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d.
    .fix = { $surface ->
        [cli] Hãy kiểm tra OKX_API_KEY chứa khóa API, không phải khóa bí mật.
       *[window] Hãy kiểm tra bạn đã dán khóa API vào đây, không phải khóa bí mật.
    }
cred-api-key-shape = Khóa API không giống khóa API của { -okx }: khóa đó có 36 ký tự, gồm chữ a-f và chữ số theo nhóm 8-4-4-4-12 nối bằng dấu gạch ngang, còn khóa này { $n ->
        [36] có ký tự khác.
       *[other] có { $n } ký tự.
    }
    .fix = Hãy kiểm tra bạn đã sao chép toàn bộ giá trị và không có gì thừa. Nếu nó đúng như { -okx } đã hiển thị, bạn vẫn có thể kiểm tra.
cred-secret-key-case = Khóa bí mật có chữ thường, nhưng { -okx } hiển thị khóa bí mật bằng chữ hoa, nên có thể đã có gì đó làm thay đổi nó. Chữ hoa là khác: khóa bí mật bị thay đổi sẽ không hoạt động.
    .fix = Hãy sao chép lại khóa bí mật từ trình quản lý mật khẩu, đúng như bạn đã lưu từ { -okx }.
cred-key-in-secret-field = Khóa bí mật trông như khóa API: nó có dấu gạch ngang, theo nhóm 8-4-4-4-12. Khóa bí mật của { -okx } gồm 32 chữ số và chữ hoa A-F, không có dấu gạch ngang.
    .fix = { $surface ->
        [cli] Hãy kiểm tra OKX_SECRET_KEY chứa khóa bí mật, không phải khóa API.
       *[window] Hãy kiểm tra bạn đã dán khóa bí mật vào đây, không phải khóa API.
    }
cred-secret-key-shape = Khóa bí mật không giống khóa bí mật của { -okx }: khóa đó có 32 ký tự, gồm chữ số và chữ hoa A-F, còn khóa này { $n ->
        [32] có ký tự khác.
       *[other] có { $n } ký tự.
    }
    .fix = Hãy kiểm tra bạn đã sao chép toàn bộ giá trị và không có gì thừa. Nếu nó đúng như { -okx } đã hiển thị, bạn vẫn có thể kiểm tra.

## Cụm mật khẩu

cred-passphrase-like-api-key = { $surface ->
        [cli] Cụm mật khẩu trông như khóa API (đoạn mã dài có dấu gạch ngang). Cụm mật khẩu là cụm bạn tự đặt khi tạo khóa.
       *[window] Cụm mật khẩu trông như khóa API (đoạn mã dài có dấu gạch ngang). Cụm mật khẩu là cụm bạn tự đặt ở Bước 5.
    }
    .fix = { $surface ->
        [cli] Hãy đặt OKX_PASSPHRASE thành cụm mật khẩu API bạn đã tạo cho khóa này.
       *[window] Hãy nhập hoặc dán cụm mật khẩu API bạn đã tạo cho khóa này.
    }
cred-passphrase-like-secret-key = { $surface ->
        [cli] Cụm mật khẩu trông như khóa bí mật (32 chữ cái và chữ số). Cụm mật khẩu là cụm bạn tự đặt khi tạo khóa.
       *[window] Cụm mật khẩu trông như khóa bí mật (32 chữ cái và chữ số). Cụm mật khẩu là cụm bạn tự đặt ở Bước 5.
    }
    .fix = { $surface ->
        [cli] Hãy đặt OKX_PASSPHRASE thành cụm mật khẩu API bạn đã tạo cho khóa này.
       *[window] Hãy nhập hoặc dán cụm mật khẩu API bạn đã tạo cho khóa này.
    }
cred-passphrase-length = { $n ->
       *[other] Cụm mật khẩu có { $n } ký tự; cụm mật khẩu của { -okx } có từ 8 đến 32 ký tự.
    }
    .fix = Hãy kiểm tra bạn đã dán toàn bộ cụm mật khẩu, và chỉ cụm mật khẩu.
cred-passphrase-non-ascii = Cụm mật khẩu có ký tự ngoài chữ cái, chữ số và ký hiệu bàn phím thông thường (như é, dấu nháy cong ’ hoặc emoji). Một số chương trình thay đổi các ký tự này trên đường đi, và { -okx } có thể không nhận được đúng như bạn đã gõ.
    .fix = Nếu bạn tự gõ, hãy kiểm tra máy tính không đổi dấu nháy thẳng (') thành dấu nháy cong (’). Nếu cụm mật khẩu của bạn thật sự có các ký tự này, hãy tiếp tục kiểm tra.
cred-passphrase-matches = Cụm mật khẩu khớp với cụm bạn đã tạo ở Bước 5.
cred-passphrase-case-differs = Cụm mật khẩu chỉ khác cụm bạn tạo ở Bước 5 về chữ hoa. Chữ hoa là khác, nên { -okx } sẽ từ chối nó.
    .fix = Hãy kiểm tra Caps Lock, rồi nhập hoặc dán cụm mật khẩu đúng như bạn đã tạo trên { -okx }.
cred-passphrase-differs = Cụm mật khẩu không phải cụm bạn đã tạo ở Bước 5.
    .fix = Hãy dùng cụm bạn đã nhập trên { -okx } khi tạo khóa này (không phải mật khẩu đăng nhập { -okx } hay mật khẩu quỹ): { -okx } chỉ chấp nhận cụm đó. Nếu bạn đã nhập cụm khác ở đó, hãy dùng cụm đó và tiếp tục.
cred-passphrase-reminder = Hãy dùng cụm mật khẩu API bạn đã tạo cùng với khóa này, không phải mật khẩu đăng nhập { -okx } và không phải mật khẩu quỹ.
    .fix = Nếu không chắc, hãy xem trong trình quản lý mật khẩu, cạnh khóa bí mật của khóa này. Nếu đã mất, hãy xóa khóa trên { -okx } và tạo khóa mới.

## Tách một lần dán thành ba ô

cred-split-more-than-one = Tìm thấy nhiều hơn một { $field }; đã dùng cái đầu tiên. Hãy kiểm tra đó là cái đúng.
cred-split-left-out = Đã bỏ qua dòng có nhãn “{ $label }”: bot cần cụm mật khẩu API bạn đã tạo cùng khóa này, không phải mật khẩu đăng nhập hay mật khẩu quỹ của { -okx }.
cred-split-unplaced = { $count ->
        [1] Không xác định được dòng nào là { $fields }; hãy dán nó vào ô riêng của nó.
       *[other] Không xác định được dòng nào là { $fields }; hãy dán từng giá trị vào ô riêng của nó.
    }

## Kích thước của một lần dán
cred-paste-too-large = Nội dung bạn dán lớn hơn { $max } KiB, mức tối đa ứng dụng đọc trong một lần; ba giá trị chiếm ít hơn nhiều.
    .fix = { $surface ->
        [cli] Chỉ đưa cho lệnh save API key, secret key và cụm mật khẩu (hoặc một ghi chú chỉ chứa chúng).
       *[window] Các ô được giữ nguyên như cũ. Chỉ sao chép API key, secret key và cụm mật khẩu (hoặc một ghi chú chỉ chứa chúng) rồi dán lại.
    }
