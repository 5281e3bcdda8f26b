## The language menu (first screen and the rail)

ui-language-label = اللغة
