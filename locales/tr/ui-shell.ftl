# Adımların çevresindeki pencere çerçevesi (src-ui/main.js, ui/index.html, src-ui/ipc.js): soldaki
# adım çubuğu, alttaki Geri/İleri, ilerleme satırı, Baştan başla ve onun penceresi.

## Sayfa

# Pencerenin başlığı ve kenar çubuğunun üstünde simgenin yanındaki ad.
ui-app-name = { -app-name }
# Klavye kullanıcıları için bir bağlantı; yalnızca odaktayken görünür ve kenar çubuğunu atlar.
ui-skip-link = Geçerli adıma atla
# Ekran okuyucular için kenar çubuğunun (soldaki adım listesi) adı.
ui-rail-label = Rehberin adımları

## Kenar çubuğu ve ilerleme satırı

# Bir ekranın kaçıncı adım olduğu; $n 1 ile $total arasındadır.
ui-step-position = Adım { $n } / { $total }
# Ekran okuyucular, kenar çubuğundaki adım adının ardından parantez içinde okur.
ui-rail-done = (tamamlandı)
ui-rail-locked = (altın kurallar kabul edilene kadar kilitli)
# Fare, henüz açılamayan bir adımın üzerinde durduğunda görünür.
ui-rail-locked-tooltip = Önce altın kuralları okuyup kabul edin
# Kullanıcı kuralları kabul etmeden sonraki bir adımı açmaya çalışınca İleri'nin yanında görünür.
ui-hint-rules-first = 1. Adım'dan önce altın kuralları okuyup kabul edin.

## Gezinme

ui-nav-back = Geri
ui-nav-next = İleri
# Son ekrandaki İleri düğmesi.
ui-nav-finish = Bitir
ui-start-over = Baştan başla
ui-more-below = Aşağıda devamı var

## Pencereler

ui-dialog-cancel = İptal
ui-dialog-ok = Tamam
ui-start-over-dialog = Baştan başlansın mı?
    .text = Bu işlem ilerlemenizi ve uygulamanın bellekte tuttuğu her şeyi (parola, yapıştırılan anahtarlar, test sonucu) siler. Anahtar zincirinize önceden kaydedilmiş anahtarlar kayıtlı kalır.
    .confirm = Baştan başla

## Uygulamanın motoruna ulaşılamadığında

ui-engine-missing = Uygulamanın motoru kullanılamıyor.
    .fix = { -app-name } uygulamasını yeniden başlatın.
# Uygulamanın motorundan gelen beklenmedik bir hatanın altında gösterilen çözüm.
ui-call-failed-fix = Yeniden deneyin. Sorun sürerse uygulamayı yeniden başlatın.

# The progress line at the top of the rail: the guide's Steps 1 to 10 that are done.
ui-progress-steps = { $total } adımdan { $done } tanesi tamamlandı
