## Menu bahasa (layar pertama dan rel langkah)

ui-language-label = Bahasa
