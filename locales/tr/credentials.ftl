# 9. Adım ve komut satırı: kullanıcının yapıştırdığı API anahtarını, gizli anahtarı ve parolayı
# denetleme (src-tauri/core/src/credentials/).
#
# Bu dosyada kullanılan değişkenler:
#   $field  bir alanın metin içindeki adı (“API anahtarı”, cred-field-*.the değerinden)
#   $Field  aynısı, cümle başında (“API anahtarı”, cred-field-*.start değerinden)
#   $env    alanın komut satırındaki ortam değişkeni (OKX_API_KEY, hiç çevrilmez)
#   $kind   alanın içeriği: "key" ya da "passphrase"
# Buradaki hiçbir mesaj yapıştırılan bir değeri içermez.
# Türkçe notu: adlar yalın haldedir; ek gerektiğinde cümle "… değerini", "… alanında" gibi
# kurulur, böylece değişkene ek getirmek gerekmez.

## Üç alan
# Değer, alanın pencerede görünen adıdır; pencerenin temizlenenler satırlarının da başında yer
# alır (“API anahtarı: sonda 1 boşluk kaldırıldı”).
# .the: metin içinde; .start: cümle başında; .bare: metin içinde, yalın.
cred-field-api-key = API anahtarı
    .the = API anahtarı
    .start = API anahtarı
    .bare = API anahtarı
cred-field-secret-key = Gizli anahtar
    .the = gizli anahtar
    .start = Gizli anahtar
    .bare = gizli anahtar
cred-field-passphrase = Parola
    .the = parola
    .start = Parola
    .bare = parola

## Listeler
# İki öğe: “başta 2 boşluk ve sonda 1 sekme”.
cred-list-and = { $first } ve { $last }
# Bir listenin önüne bir öğe daha: “başta 1 sekme, sonda 2 boşluk ve sonda 1 satır sonu”.
cred-list-comma = { $first }, { $rest }

## Yapıştırılan bir değere ait olmayan karakterler
# Değer: böyle bir karakter, “API anahtarının ortasında bir boşluk var” cümlesindeki gibi.
# .edge: değerin bir ucundan kaç tane kaldırıldığı. $n: kaç tane; $end: "start" ya da "end".
cred-char-space = bir boşluk
    .edge = { $end ->
        [start] başta { $n } boşluk
       *[end] sonda { $n } boşluk
    }
cred-char-tab = bir sekme
    .edge = { $end ->
        [start] başta { $n } sekme
       *[end] sonda { $n } sekme
    }
cred-char-line-break = bir satır sonu
    .edge = { $end ->
        [start] başta { $n } satır sonu
       *[end] sonda { $n } satır sonu
    }
cred-char-no-break-space = bir bölünmez boşluk
    .edge = { $end ->
        [start] başta { $n } bölünmez boşluk
       *[end] sonda { $n } bölünmez boşluk
    }
# Başka herhangi bir boşluk, örneğin Çince ve Japonca klavyelerin geniş boşluğu.
cred-char-other-space = bir boş karakter
    .edge = { $end ->
        [start] başta { $n } boş karakter
       *[end] sonda { $n } boş karakter
    }
cred-char-zero-width = görünmez bir sıfır genişlikli karakter
    .edge = { $end ->
        [start] { $n ->
            [one] başta görünmez bir sıfır genişlikli karakter
           *[other] başta { $n } görünmez sıfır genişlikli karakter
        }
       *[end] { $n ->
            [one] sonda görünmez bir sıfır genişlikli karakter
           *[other] sonda { $n } görünmez sıfır genişlikli karakter
        }
    }
# Örneğin yumuşak tire ya da yazı yönü işareti.
cred-char-invisible = görünmez bir biçimlendirme karakteri
    .edge = { $end ->
        [start] { $n ->
            [one] başta görünmez bir biçimlendirme karakteri
           *[other] başta { $n } görünmez biçimlendirme karakteri
        }
       *[end] { $n ->
            [one] sonda görünmez bir biçimlendirme karakteri
           *[other] sonda { $n } görünmez biçimlendirme karakteri
        }
    }
cred-char-control = gizli bir denetim karakteri
    .edge = { $end ->
        [start] { $n ->
            [one] başta gizli bir denetim karakteri
           *[other] başta { $n } gizli denetim karakteri
        }
       *[end] { $n ->
            [one] sonda gizli bir denetim karakteri
           *[other] sonda { $n } gizli denetim karakteri
        }
    }

## Bir karakterin değerin içinde nerede durduğu
cred-place-start = başta
cred-place-end = sonda
# $after: değerin kaç karakteri ondan önce geliyor.
cred-place-middle = ortada, { $after }. karakterden sonra
# Bir değerin içinde bulunan. $count: böyle kaç karakter var; $char: ilki
# (“bir boşluk”, cred-char-* değerinden); $place: nerede olduğu (cred-place-* değerinden).
cred-inside-what = { $count ->
    [one] { $place } { $char }
   *[other] { $count } boşluk ya da gizli karakter (ilki: { $place } { $char })
}

## Temizlemenin yapıştırılan bir değerden kaldırdıkları
# Pencerede “Yapıştırdıklarınız temizlendi” altında ve `verify --json` çıktısının JSON'unda gösterilir.
# $chars: kaldırılan karakterler, ör. “başta 2 boşluk ve sonda 1 satır sonu”.
cred-trim-blanks = { $chars } kaldırıldı
cred-trim-blanks-inside-quotes = tırnakların içinden { $chars } kaldırıldı
# $pairs: değeri kaç çift tırnak işaretinin sardığı.
cred-trim-quotes = { $pairs ->
    [one] değerin çevresindeki tırnaklar kaldırıldı
   *[other] değerin çevresindeki { $pairs } çift tırnak kaldırıldı
}
# Penceredeki listenin bir satırı. $field: alanın adı (“API anahtarı”); $removed: kaldırılan
# (“sonda 1 boşluk kaldırıldı”).
cred-trimmed-line = { $field }: { $removed }

## Tek bir alanla ilgili bulgular
cred-empty-api-key = API anahtarı boş.
    .fix = { $surface ->
        [cli] OKX_API_KEY değişkenine { -okx }'ten (ya da şifre yöneticinizden) aldığınız API anahtarını atayın.
       *[window] { -okx }'ten (ya da şifre yöneticinizden) aldığınız API anahtarını bu alana yapıştırın.
    }
cred-empty-secret-key = Gizli anahtar boş.
    .fix = { $surface ->
        [cli] OKX_SECRET_KEY değişkenine, anahtarı oluştururken kaydettiğiniz gizli anahtarı atayın. { -okx } onu yalnızca bir kez gösterir: kaydetmediyseniz bu anahtarı { -okx }'te silin ve yeni bir tane oluşturun.
       *[window] Anahtarı oluştururken kaydettiğiniz gizli anahtarı yapıştırın. { -okx } onu yalnızca bir kez gösterir: kaydetmediyseniz bu anahtarı { -okx }'te silin ve yeni bir tane oluşturun.
    }
cred-empty-passphrase = Parola boş.
    .fix = { $surface ->
        [cli] OKX_PASSPHRASE değişkenine, bu anahtarla birlikte oluşturduğunuz API parolasını atayın; { -okx } giriş şifrenizi ya da fon şifrenizi değil.
       *[window] 5. Adım'da bu anahtar için oluşturduğunuz API parolasını yazın ya da yapıştırın; { -okx } giriş şifrenizi ya da fon şifrenizi değil.
    }
# Değeri adlandıran etiket (“API Key:”) değerle birlikte yapıştırılmış. $label: o etiket, yapıştırıldığı gibi
# (“API Key”); $what: "key" ya da "passphrase"; $sure: etiket parolanın parçası olabilecekse "no".
cred-label-included = { $surface ->
        [cli] { $what ->
            [passphrase] { $env } içinde parolanın önünde “{ $label }” etiketi de var.
           *[key] { $env } içinde anahtarın önünde “{ $label }” etiketi de var.
        }
       *[window] { $what ->
            [passphrase] { $Field } alanında parolanın önünde “{ $label }” etiketi de var.
           *[key] { $Field } alanında anahtarın önünde “{ $label }” etiketi de var.
        }
    }
    .fix = { $what ->
        [passphrase] { $sure ->
            [no] Etiketi ve ardından gelen işareti silin; yalnızca parolanın kendisi kalsın. Bütün parolanız gerçekten buysa olduğu gibi bırakın.
           *[yes] Etiketi ve ardından gelen işareti silin; yalnızca parolanın kendisi kalsın.
        }
       *[key] Etiketi ve ardından gelen işareti silin; yalnızca anahtarın kendisi kalsın.
    }
# Değerin içinde bir boşluk karakteri (boşluk, sekme, satır sonu). $what: içinde ne olduğu ve nerede
# (cred-inside-what değerinden, ör. “ortada, 12. karakterden sonra bir boşluk”).
cred-character-inside = { $Field } içinde { $what } var.
    .fix = { $kind ->
        [passphrase] Bir parolanın içinde boşluk, satır sonu ya da gizli karakter olmaz. Onu silin ya da { $field } değerini şifre yöneticinizden tek parça halinde yeniden kopyalayın.
       *[key] Bir anahtarın içinde boşluk, satır sonu ya da gizli karakter olmaz. Onu silin ya da { $field } değerini şifre yöneticinizden tek parça halinde yeniden kopyalayın.
    }
# Değerin içinde görünmeyen bir karakter. $what: yukarıdaki gibi.
cred-hidden-character-inside = { $Field } içinde { $what } var.
    .fix = { $surface ->
        [cli] { $kind ->
            [passphrase] Bir parolanın içinde gizli karakter olmaz ve bu karakter görünmüyor: { $env } değişkenine { $field } değerini, doğrudan şifre yöneticinizden (ya da { -okx }'ten) kopyalayarak yeniden atayın.
           *[key] Bir anahtarın içinde gizli karakter olmaz ve bu karakter görünmüyor: { $env } değişkenine { $field } değerini, doğrudan şifre yöneticinizden (ya da { -okx }'ten) kopyalayarak yeniden atayın.
        }
       *[window] { $kind ->
            [passphrase] Bir parolanın içinde gizli karakter olmaz ve bu karakter görünmüyor: alanı temizleyin ve { $field } değerini, doğrudan şifre yöneticinizden (ya da { -okx }'ten) kopyalayarak yeniden yapıştırın.
           *[key] Bir anahtarın içinde gizli karakter olmaz ve bu karakter görünmüyor: alanı temizleyin ve { $field } değerini, doğrudan şifre yöneticinizden (ya da { -okx }'ten) kopyalayarak yeniden yapıştırın.
        }
    }
cred-masked-api-key = API anahtarında gizleme karakterleri var (**** ya da … gibi): bu, { -okx }'in anahtar listesinde gösterdiği kısaltılmış biçimdir, anahtarın tamamı değildir.
    .fix = API anahtarının tamamını şifre yöneticinizden ya da { -okx }'te anahtarın ayrıntılarından kopyalama düğmesiyle kopyalayın.
cred-masked-secret-key = Gizli anahtarda gizleme karakterleri var (**** ya da ••• gibi), yani bu gerçek gizli anahtar değil.
    .fix = Anahtarı oluştururken kaydettiğiniz gizli anahtarı kullanın. { -okx } onu yalnızca bir kez gösterir: kaydetmediyseniz bu anahtarı { -okx }'te silin ve yeni bir tane oluşturun.
cred-masked-passphrase = Parola yalnızca noktalardan ya da yıldızlardan oluşuyor: gizlenmiş bir şifre böyle görüntülenir, bu parolanın kendisi değildir.
    .fix = Parolayı şifre yöneticinizin kopyalama düğmesiyle kopyalayın ya da yazın.
# Değerin bir ucunda eşi olmayan bir tırnak işareti var. $end: "start" ya da "end".
cred-stray-quote = { $end ->
        [start] { $Field }, diğer ucunda eşi olmayan bir tırnak işaretiyle başlıyor.
       *[end] { $Field }, diğer ucunda eşi olmayan bir tırnak işaretiyle bitiyor.
    }
    .fix = Tırnak işareti { $field } değerinin bir parçası değilse silin.

## Alanlar arası bulgular
# $label: kullanıcının 4. Adım'da anahtara verdiği ad.
cred-label-instead-of-key = API anahtarının yerinde anahtarın kendisi değil, anahtarın adı (“{ $label }”) var.
    .fix = API anahtarını kopyalayın: { -okx }'te anahtarla birlikte gösterilen, tireli uzun koddur (1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d gibi); anahtara verdiğiniz ad değildir.
# İki alan aynı değeri içeriyor. $field / $Field / $env: sonraki alan; $other ve
# $other_env: önceki alan.
cred-same-value = { $Field } ile { $other } aynı. Bu üç değer her zaman birbirinden farklıdır.
    .fix = { $surface ->
        [cli] { $other_env } değişkenine { $other } değerini, { $env } değişkenine { $field } değerini atayın: her birini kendi satırından kopyaladığınızı denetleyin.
       *[window] { $field } değerini kendi alanına yapıştırın: her birini kendi satırından kopyaladığınızı denetleyin.
    }

## Yer değiştirmiş değerler
# Pencerede, mesajın altındaki bir düğme iki alanın yerini değiştirir.
cred-swap-key-secret = API anahtarı ile gizli anahtarın yerleri karışmış: API anahtarının yerinde bir gizli anahtar (32 karakter, tiresiz), gizli anahtarın yerinde de bir API anahtarı (tireli) var. { -okx } yalnızca anahtarı tanımadığını söylerdi.
    .fix = { $surface ->
        [cli] API anahtarını OKX_API_KEY değişkenine, gizli anahtarı OKX_SECRET_KEY değişkenine koyun: şu an her biri ötekini içeriyor. Standart girdide API anahtarını, gizli anahtarı ve parolayı bu sırayla verin.
       *[window] Yerlerini değiştirin (bunun için bir düğme var) ya da her birini öteki alana yapıştırın.
    }
cred-swap-key-secret-likely = API anahtarı ile gizli anahtarın yerleri karışmış görünüyor: API anahtarının yerinde gizli anahtara benzeyen bir şey (32 karakter, tiresiz), gizli anahtarın yerinde de API anahtarına benzeyen bir şey (tireli) var.
    .fix = { $surface ->
        [cli] API anahtarını OKX_API_KEY değişkenine, gizli anahtarı OKX_SECRET_KEY değişkenine koyun: şu an her biri ötekini içeriyor. Standart girdide API anahtarını, gizli anahtarı ve parolayı bu sırayla verin.
       *[window] Yerlerini değiştirin (bunun için bir düğme var) ya da her birini öteki alana yapıştırın.
    }
cred-swap-secret-passphrase = Gizli anahtar ile parolanın yerleri karışmış görünüyor: parolanın yerinde gizli anahtara benzeyen bir şey (32 karakter, tiresiz) var.
    .fix = { $surface ->
        [cli] Gizli anahtarı OKX_SECRET_KEY değişkenine, parolayı OKX_PASSPHRASE değişkenine koyun: şu an her biri ötekini içeriyor. Standart girdide API anahtarını, gizli anahtarı ve parolayı bu sırayla verin.
       *[window] Yerlerini değiştirin (bunun için bir düğme var) ya da her birini öteki alana yapıştırın.
    }
cred-swap-key-passphrase = API anahtarı ile parolanın yerleri karışmış görünüyor: parolanın yerinde API anahtarına benzeyen bir şey (tireli) var.
    .fix = { $surface ->
        [cli] API anahtarını OKX_API_KEY değişkenine, parolayı OKX_PASSPHRASE değişkenine koyun: şu an her biri ötekini içeriyor. Standart girdide API anahtarını, gizli anahtarı ve parolayı bu sırayla verin.
       *[window] Yerlerini değiştirin (bunun için bir düğme var) ya da her birini öteki alana yapıştırın.
    }

## Bir değerin neye benzediği
# { -okx } bu biçimleri garanti etmez, bu yüzden bunlar yalnızca uyarıdır: anahtar yine de test edilebilir.
cred-api-key-case = API anahtarı olağan dışı görünüyor: içinde büyük harfler var, oysa { -okx } API anahtarlarını küçük harflerle gösterir. Büyük/küçük harf önemlidir: değişen tek bir harf anahtarın çalışmamasına yol açar.
    .fix = API anahtarını yazmak yerine şifre yöneticinizden (ya da { -okx }'ten) yeniden kopyalayın.
cred-secret-in-key-field = API anahtarı bir gizli anahtara benziyor: tiresiz 32 karakter. { -okx } API anahtarlarında tireler vardır, 1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d gibi.
    .fix = { $surface ->
        [cli] OKX_API_KEY değişkeninde gizli anahtarın değil, API anahtarının olduğunu denetleyin.
       *[window] Buraya gizli anahtarı değil, API anahtarını yapıştırdığınızı denetleyin.
    }
# $n: yapıştırılan değerin karakter sayısı.
cred-api-key-shape = API anahtarı bir { -okx } API anahtarına benzemiyor: onlar 36 karakterlidir, a-f harfleri ve rakamlardan oluşan 8-4-4-4-12'lik grupların tirelerle birleşmesiyle yazılır; bu değer ise { $n ->
        [36] başka karakterler içeriyor.
       *[other] { $n } karakter.
    }
    .fix = Değerin tamamını ve yalnızca onu kopyaladığınızı denetleyin. Tam olarak { -okx }'in size gösterdiği buysa yine de test edebilirsiniz.
cred-secret-key-case = Gizli anahtarda küçük harfler var, oysa { -okx } gizli anahtarları büyük harflerle gösterir; yani bir şey onu değiştirmiş olabilir. Büyük/küçük harf önemlidir: değişmiş bir gizli anahtar çalışmaz.
    .fix = Gizli anahtarı şifre yöneticinizden, { -okx }'ten kaydettiğiniz haliyle tam olarak yeniden kopyalayın.
cred-key-in-secret-field = Gizli anahtar bir API anahtarına benziyor: 8-4-4-4-12'lik gruplar halinde tireleri var. { -okx } gizli anahtarları 32 karakterdir; rakamlardan ve A-F büyük harflerinden oluşur, tiresizdir.
    .fix = { $surface ->
        [cli] OKX_SECRET_KEY değişkeninde API anahtarının değil, gizli anahtarın olduğunu denetleyin.
       *[window] Buraya API anahtarını değil, gizli anahtarı yapıştırdığınızı denetleyin.
    }
# $n: yapıştırılan değerin karakter sayısı.
cred-secret-key-shape = Gizli anahtar bir { -okx } gizli anahtarına benzemiyor: onlar rakamlardan ve A-F büyük harflerinden oluşan 32 karakterdir; bu değer ise { $n ->
        [32] başka karakterler içeriyor.
       *[other] { $n } karakter.
    }
    .fix = Değerin tamamını ve yalnızca onu kopyaladığınızı denetleyin. Tam olarak { -okx }'in size gösterdiği buysa yine de test edebilirsiniz.

## Parola
cred-passphrase-like-api-key = { $surface ->
        [cli] Parola bir API anahtarına benziyor (tireli uzun bir kod). Parola, anahtarı oluştururken kendi uydurduğunuz değerdir.
       *[window] Parola bir API anahtarına benziyor (tireli uzun bir kod). Parola, 5. Adım'da kendi uydurduğunuz değerdir.
    }
    .fix = { $surface ->
        [cli] OKX_PASSPHRASE değişkenine bu anahtar için oluşturduğunuz API parolasını atayın.
       *[window] Bu anahtar için oluşturduğunuz API parolasını yazın ya da yapıştırın.
    }
cred-passphrase-like-secret-key = { $surface ->
        [cli] Parola bir gizli anahtara benziyor (32 harf ve rakam). Parola, anahtarı oluştururken kendi uydurduğunuz değerdir.
       *[window] Parola bir gizli anahtara benziyor (32 harf ve rakam). Parola, 5. Adım'da kendi uydurduğunuz değerdir.
    }
    .fix = { $surface ->
        [cli] OKX_PASSPHRASE değişkenine bu anahtar için oluşturduğunuz API parolasını atayın.
       *[window] Bu anahtar için oluşturduğunuz API parolasını yazın ya da yapıştırın.
    }
# $n: yapıştırılan parolanın karakter sayısı.
cred-passphrase-length = Parola { $n } karakter; { -okx } parolaları 8 ile 32 karakter arasındadır.
    .fix = Parolanın tamamını ve yalnızca parolayı yapıştırdığınızı denetleyin.
cred-passphrase-non-ascii = Parolada düz harflerin, rakamların ve klavye simgelerinin dışında karakterler var (ç, ş, é, kıvrık tırnak ’ ya da emoji gibi). Bazı programlar bunları yolda değiştirir ve { -okx } onları sizin yazdığınız gibi almayabilir.
    .fix = Parolayı yazdıysanız bilgisayarınızın düz tırnağı (') kıvrık tırnağa (’) çevirmediğini denetleyin. Parolanızda bu karakterler gerçekten varsa devam edip test edin.
# Yalnızca pencerede, kullanıcı 5. Adım'da bir parola oluşturup aynısını yapıştırdığında.
cred-passphrase-matches = Parola, 5. Adım'da oluşturduğunuz parolayla aynı.
cred-passphrase-case-differs = Parola, 5. Adım'da oluşturduğunuzdan yalnızca büyük/küçük harflerde farklı. Büyük/küçük harf önemlidir, bu yüzden { -okx } onu reddederdi.
    .fix = Caps Lock'u denetleyin, sonra parolayı { -okx }'te oluşturduğunuz haliyle tam olarak yazın ya da yapıştırın.
cred-passphrase-differs = Parola, 5. Adım'da oluşturduğunuz parola değil.
    .fix = Bu anahtarı oluştururken { -okx }'te yazdığınız parolayı kullanın ({ -okx } giriş şifrenizi ya da fon şifrenizi değil): { -okx } yalnızca onu kabul eder. Orada başka bir parola yazdıysanız onu kullanıp devam edin.
# Parolanın altında, yalnızca onunla ilgili bir şey ters göründüğünde gösterilir.
cred-passphrase-reminder = Bu anahtarla birlikte oluşturduğunuz API parolasını kullanın; { -okx } giriş şifrenizi de fon şifrenizi de değil.
    .fix = Emin değilseniz şifre yöneticinizde bu anahtarın gizli anahtarının yanına bakın. Kaybolduysa anahtarı { -okx }'te silin ve yeni bir tane oluşturun.

## Tek bir yapıştırmayı üç alana bölme
# Çok satırlı bir yapıştırma alanlara dağıtıldıktan sonra gösterilir. $field: alanın yalın adı
# (“gizli anahtar”, cred-field-*.bare değerinden).
cred-split-more-than-one = Birden fazla { $field } bulundu; ilki kullanıldı. Doğru olduğunu denetleyin.
# $label: satırın etiketi, yapıştırıldığı gibi (“Login password”).
cred-split-left-out = “{ $label }” etiketli satır kullanılmadı: botun ihtiyacı, bu anahtarla oluşturduğunuz API parolasıdır; { -okx } giriş şifreniz ya da fon şifreniz değil.
# $fields: hâlâ boş olan alanlar (“gizli anahtar ve parola”); $count: kaç tane.
cred-split-unplaced = { $count ->
        [one] Hangi satırın { $fields } olduğu anlaşılamadı; onu kendi alanına yapıştırın.
       *[other] Hangi satırların { $fields } olduğu anlaşılamadı; her birini kendi alanına yapıştırın.
    }

## Yapıştırmanın boyutu
cred-paste-too-large = Yapıştırdığınız metin, uygulamanın bir seferde okuduğu en fazla boyut olan { $max } KiB'tan büyük; üç değer bundan çok daha küçüktür.
    .fix = { $surface ->
        [cli] save komutuna yalnızca API anahtarını, gizli anahtarı ve parolayı (ya da yalnızca bunları içeren bir notu) verin.
       *[window] Alanlar olduğu gibi bırakıldı. Yalnızca API anahtarını, gizli anahtarı ve parolayı (ya da yalnızca bunları içeren bir notu) kopyalayıp yeniden yapıştırın.
    }
