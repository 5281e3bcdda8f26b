## Menu ngôn ngữ (màn hình đầu và thanh bước)

ui-language-label = Ngôn ngữ
