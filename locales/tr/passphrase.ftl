# API parolası (rehberin 5. Adım'ı): parola alanının altındaki denetim listesi, gücü, tahmin
# edilmesinin ne kadar süreceği, neyin değiştirileceği ve onay alanı.
# Yalnızca pencerede gösterilir.

## Denetim listesi: OKX'in kuralları ve bizim iki kuralımız. Her satırın değeri işaretli ya da
## çarpı ile gösterilir; .advice, kural sağlanmadığında neyin değişeceğini söyler.

# $min ve $max: OKX'in kabul ettiği en kısa ve en uzun parola (8 ve 32);
# $length: parolanın şu anki karakter sayısı.
pass-rule-length = { $min } ile { $max } arası karakter (şu an { $length })
    .too-short = En az { $min } karakter uzunluğunda yapın (şu an { $length }).
    .too-long = En çok { $max } karakter yapın (şu an { $length }): { -okx } daha fazlasını kabul etmez.
pass-rule-upper = Bir büyük harf (A-Z)
    .advice = Bir büyük harf (A-Z) ekleyin.
pass-rule-lower = Bir küçük harf (a-z)
    .advice = Bir küçük harf (a-z) ekleyin.
pass-rule-digit = Bir rakam (0-9)
    .advice = Bir rakam (0-9) ekleyin.
# Simgeler, OKX'in özel saydığı karakterlere örnektir: olduğu gibi kalırlar.
pass-rule-special = Bir özel karakter, örneğin - . _ + @ ~
    .advice = Bir özel karakter ekleyin, örneğin - . _ + @ ya da ~ (boşluk sayılmaz).
# Kural sağlanıyor. Tırnak içindeki “okx”, hangi büyük/küçük harfle yazılırsa yazılsın aranan sözcüktür.
pass-rule-context-none = Anahtarın etiketini, botun adını ya da “okx” sözcüğünü içermiyor
# Kural sağlanmıyor. $word: kullanıcının yazdığı etiket ya da bot adı.
pass-rule-context-label = Anahtarın etiketini içeriyor: “{ $word }”
    .advice = Anahtarın etiketini (“{ $word }”) çıkarın: bir saldırganın ilk deneyeceği şeylerden biridir.
pass-rule-context-bot = Botun adını içeriyor: “{ $word }”
    .advice = Botun adını (“{ $word }”) çıkarın: bir saldırganın ilk deneyeceği şeylerden biridir.
pass-rule-context-okx = “okx” içeriyor
    .advice = “okx” sözcüğünü çıkarın: bir saldırganın ilk deneyeceği şeylerden biridir.
pass-rule-ascii = Yalnızca İngilizce klavyedeki harfler, rakamlar ve simgeler: boşluk, ç, ğ, ı, ö, ş, ü gibi harfler, aksanlı harf ya da emoji yok (parola bir web isteğinin başlığında gönderilir ve bunlar orada bozulur)
    .advice = Yalnızca A-Z harflerini, rakamları ve İngilizce klavyedeki simgeleri kullanın: boşluk, Türkçe karakter (ç, ğ, ı, İ, ö, ş, ü), aksanlı harf ya da emoji olmasın.

## Başarısız kuralların dışında neyin değişeceği

pass-advice-empty = Bir parola yazın ya da güçlü bir parola almak için Oluştur'u kullanın.
pass-advice-too-guessable = Bir sözcük daha ya da birkaç karakter daha ekleyin: hâlâ tahmin etmek çok kolay. Birbiriyle ilgisi olmayan sözcükler en iyisidir.

## Güç: parola alanının altında "Güç:" ifadesinden sonra gösterilir

pass-strength-very-weak = Çok zayıf
pass-strength-weak = Zayıf
pass-strength-fair = Orta
pass-strength-strong = Güçlü
pass-strength-very-strong = Çok güçlü
# Henüz bir şey yazılmadığında tek başına gösterilir.
pass-strength-empty = Boş
# 32 karakterden uzun bir parola için tek başına gösterilir (OKX onu reddeder, bu yüzden puanlanmaz).
pass-strength-too-long = Puanlamak için çok uzun

## Tahminin ne kadar süreceği. Her biri pencerenin şu cümlesindeki bir boşluğu doldurur: "Tahmin
## süresi: OKX üzerinden denenerek …, OKX kayıtlarının çalınmış bir kopyasından …" $n bir tam sayıdır.

pass-time-instant = bir saniyeden az
pass-time-seconds = { $n } saniye
pass-time-minutes = { $n } dakika
pass-time-hours = { $n } saat
pass-time-days = { $n } gün
pass-time-months = { $n } ay
pass-time-years = { $n } yıl
pass-time-centuries = yüzyıllar

## Güç ölçerin (zxcvbn) bulduğu: en çok bir uyarı, vurgulu gösterilir

pass-warning-straight-rows = Klavyedeki düz tuş sıralarını tahmin etmek kolaydır.
pass-warning-short-keyboard-pattern = Kısa klavye desenlerini tahmin etmek kolaydır.
pass-warning-repeats = “aaa” gibi tekrarları tahmin etmek kolaydır.
pass-warning-repeated-groups = “abcabcabc” gibi tekrarları tahmin etmek “abc”den yalnızca biraz daha zordur.
pass-warning-top-10 = Bu, en yaygın 10 şifreden biri.
pass-warning-top-100 = Bu, en yaygın 100 şifreden biri.
pass-warning-very-common = Bu çok yaygın bir şifre.
pass-warning-similar-to-common = Bu, yaygın kullanılan bir şifreye benziyor.
pass-warning-sequences = abc ya da 6543 gibi dizileri tahmin etmek kolaydır.
pass-warning-recent-years = Yakın yılları tahmin etmek kolaydır.
pass-warning-single-word = Tek başına bir sözcüğü tahmin etmek kolaydır.
pass-warning-dates = Tarihleri tahmin etmek çoğu zaman kolaydır.
pass-warning-names-alone = Tek başına ad ve soyadları tahmin etmek kolaydır.
pass-warning-common-names = Yaygın ad ve soyadları tahmin etmek kolaydır.

## Güç ölçerin ipuçları: uyarının altında ipucu olarak gösterilir

pass-tip-few-words = Birkaç sözcük kullanın ve yaygın deyişlerden kaçının.
# OKX yine de her birinden birini ister: bu ipucu yalnızca bunların fazladan sözcükten daha az katkı sağladığını söyler.
pass-tip-symbols-help-little = Simgeler, rakamlar ve büyük harfler, bir sözcük daha eklemekten daha az katkı sağlar.
pass-tip-another-word = Bir iki sözcük daha ekleyin. Az kullanılan sözcükler daha iyidir.
pass-tip-capitals = Büyük harfler pek işe yaramaz.
pass-tip-all-capitals = Tamamı büyük harf olanı tahmin etmek, hiç büyük harf olmayan kadar kolaydır.
pass-tip-reversed-words = Tersten yazılmış sözcükleri tahmin etmek pek daha zor değildir.
pass-tip-substitutions = “a” yerine “@” gibi tahmin edilebilir değişiklikler pek işe yaramaz.
pass-tip-longer-keyboard-pattern = Daha çok dönüşü olan daha uzun bir klavye deseni kullanın.
pass-tip-repeats = Tekrarlanan sözcüklerden ve karakterlerden kaçının.
pass-tip-sequences = Dizilerden kaçının.
pass-tip-recent-years = Yakın yıllardan kaçının.
pass-tip-your-years = Sizinle ilişkili yıllardan kaçının.
pass-tip-your-dates = Sizinle ilişkili tarihlerden ve yıllardan kaçının.

## Onay alanı, altında

pass-confirm-empty = Onaylamak için parolayı buraya yeniden yazın.
pass-confirm-matches = İki parola aynı.
pass-confirm-case-only = Neredeyse: harfler aynı ama bazı büyük/küçük harfler farklı ve { -okx } büyük/küçük harfi ayırt eder. Caps Lock'u denetleyin ve yeniden yazın.
pass-confirm-differs = İki parola farklı. Dikkatle yeniden yazın ya da şifre yöneticinizden yapıştırın.

## Oluşturucu

# Sözcük listesinin lisansının istediği atıf (Hakkında kutusu). Adlar, adres ve lisans adı
# olduğu gibi kalır.
pass-eff-attribution = Oluşturulan parolalar, Electronic Frontier Foundation'ın EFF Long Wordlist listesini kullanır (https://www.eff.org/dice); lisansı CC BY 3.0 US.
