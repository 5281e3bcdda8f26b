## Dil menüsü (ilk ekran ve kenar çubuğu)

ui-language-label = Dil
