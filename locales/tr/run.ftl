# okx-key-assistant run: kayıtlı bir anahtarı, ortamı aracılığıyla tek bir programa verir.
# Bir terminalde, standart hatada gösterilir (standart çıktı, çalışan programa aittir).
# Çevrilmeden olduğu gibi kalanlar: okx-key-assistant, run, seçenekler (--profile, --verify,
# --no-mask), profil adları (generic, freqtrade, okx-agent), ortam değişkenleri ve büyük harfle
# yazılan yer tutucular (LABEL, COMMAND, ARGS, P): kullanıcılar bunları yazar.
# $label, bir anahtarın kaydedildiği addır (harfler, rakamlar, _ - .), hiçbir zaman çevrilmez.

## Yardım: "okx-key-assistant run --help" komutunun yazdırdığı
## Satır sonlarını ve listelerin girintisini koruyun: terminaller bunları olduğu gibi gösterir.

run-usage =
    Kullanım: { -usage-run }

    COMMAND'ı, LABEL adıyla kayıtlı anahtar ortamında, botunuzun okuduğu adlarla bulunacak şekilde
    başlatır; böylece anahtar hiçbir zaman bir yapılandırma dosyasına, bir .env dosyasına ya da kabuk
    geçmişinize girmez. Anahtarı başka hiçbir şey almaz: COMMAND'ın kendi argümanları olduğu gibi aktarılır.

    Profiller (--profile, varsayılan generic):
      generic     OKX_API_KEY, OKX_SECRET_KEY, OKX_PASSPHRASE ve anahtarın çalıştığı yer:
                  OKX_SITE (global, eea, us ya da tr), OKX_API_HOST (örneğin eea.okx.com),
                  OKX_API_BASE_URL (https:// ve sunucu adı; python-okx'in domain değeri) ve
                  OKX_DEMO (Demo alım-satım anahtarı için 1, değilse 0; python-okx'in flag değeri)
      freqtrade   FREQTRADE__EXCHANGE__KEY, FREQTRADE__EXCHANGE__SECRET,
                  FREQTRADE__EXCHANGE__PASSWORD (parola) ve
                  FREQTRADE__EXCHANGE__NAME: okx, myokx (AEA) ya da okxus (ABD)
      okx-agent   OKX'in agent trade kit'inin okudukları: OKX_API_KEY, OKX_SECRET_KEY,
                  OKX_PASSPHRASE, OKX_SITE, OKX_API_BASE_URL ve OKX_DEMO

    Seçenekler:
      --profile P   kullanılacak adlar (yukarıda)
      --verify      önce anahtarı imzalı, salt okunur isteklerle test eder; test başarısız olursa
                    ya da anahtar para çekebiliyorsa hiçbir şey başlatmaz
      --no-mask     COMMAND'ın çıktısını maskesiz, doğrudan bu terminale aktarır. Nadiren
                    gerekir: terminalde COMMAND kendine ait bir sözde terminalde çalışır;
                    renkler, istemler, yazılan tuşlar, pencere boyutu ve tam ekran
                    programlar maske açıkken de çalışır (diğer durumlarda çıktı borulardan
                    geçer). COMMAND'ın bu terminalin kendisine ihtiyacı olduğunda kullanın,
                    örneğin onu Ctrl-Z ile askıya almak için; yazdıklarının olduğu gibi
                    gösterileceğini bilerek
      --restart-on-change
                    LABEL altında kayıtlı anahtar değiştirildiğinde (Anahtarlarım'da
                    Değiştir veya save --replace) COMMAND'ı durdurur ve bir saniye içinde
                    yeni anahtarla yeniden başlatır; anahtar silindiğinde veya yenisi para
                    çekebildiğinde COMMAND'ı durdurur ve çıkar (2 veya 3)
      --grace SECONDS
                    --restart-on-change ile: COMMAND'ın SIGTERM'den sonra zorla
                    durdurulmadan önce bitmek için ne kadar süresi olduğu (varsayılan 10)
      -h, --help    bu yardımı gösterir

    Kaydı para çekebildiğini gösteren bir anahtar hiçbir zaman verilmez. Ctrl-C ve sonlandırma
    sinyalleri COMMAND'a iletilir. Unutmayın: sizin kullanıcınızla çalışan her program bir işlemin
    ortamını okuyabilir ve COMMAND'ın başlattığı her program anahtarı devralır.

    Maskelenenler (--no-mask olmadan), standart çıktıda ve standart hatada, büyük/küçük harf fark
    etmeksizin, birkaç yazmaya bölünse bile: gizli anahtar ve parola olduğu gibi; gizli anahtarın
    ilk 12 veya daha fazla karakteri; ikisinin URL kodlanmış hâli (%23 gibi, boşluk için +), JSON
    için kaçışlı hâli (\" \\ \uXXXX) ve base64 hâli (standart veya URL'ye uygun alfabe, = dolgulu
    veya dolgusuz), tek başına ya da daha uzun bir base64 metninin içinde (orada her uçta en fazla
    bir karakter dışında tamamı). Maskelenmeyenler: başka her biçim, örneğin onaltılık (hex) hâli,
    bir satır sonuyla bölünmüş ya da ters çevrilmiş hâli, parolanın bir parçası, gizli anahtarın
    başından başlamayan bir parçası ya da ilk 12 karakterinden azı. Bir program bir sırrı her zaman
    hiçbir filtrenin bilmediği bir yolla yazdırabilir.

    Sinyaller: Ctrl-C, SIGTERM ve SIGHUP, tüm süreç grubuna gönderildiğinde de (kill %1) COMMAND'a
    bir kez ulaşır; run başladığında yok sayılan bir sinyal (nohup) COMMAND için de yok sayılmaya
    devam eder.

    Çıkış durumu: COMMAND'ın kendi durumu (N sinyali onu durdurduysa 128 + N). COMMAND
    başlatılmadığında: 1 anahtar zinciri okunamadı ya da --verify başarısız oldu; 2 hatalı kullanım
    ya da LABEL adıyla kayıtlı anahtar yok; 3 anahtar para çekebilir; 126 COMMAND başlatılamadı;
    127 COMMAND bulunamadı.

## Kullanım hataları (tek satır, yardımın üstünde gösterilir)

run-label-missing = run, kayıtlı bir anahtarın LABEL değerini, ardından -- ve başlatılacak komutu gerektirir.
run-command-missing = run, -- işaretinden sonra başlatılacak komutu gerektirir: { -cmd-run-command }
run-profile-invalid = --profile şunlardan biri olmalı: generic, freqtrade ya da okx-agent.
run-grace-invalid = --grace, 0 ile 3600 arasında tam sayı saniye olmalıdır.
run-grace-without-restart = --grace, --restart-on-change ile birlikte kullanılır: durdurulan bir komutun bitmesi için tanınan süredir.

## Bir anahtarın neden verilmediği (her biri ne yapılacağıyla birlikte)

run-refused-recorded-withdraw = Başlatılmadı: “{ $label }” olarak kayıtlı anahtar para çekebiliyor; onu elinde tutan herkes fonlarınızı { -okx } dışına taşıyabilir.
    .fix = Bu anahtarı { -okx }'in API sayfasında silin, yalnızca Okuma ve Alım-satım izinleri açık yeni bir anahtar oluşturun, onu kaydedin ve onunla çalıştırın.
run-refused-withdraw = Başlatılmadı: test, “{ $label }” olarak kayıtlı anahtarın para çekebildiğini gösteriyor; onu elinde tutan herkes fonlarınızı { -okx } dışına taşıyabilir.
    .fix = Bu anahtarı { -okx }'in API sayfasında silin, yalnızca Okuma ve Alım-satım izinleri açık yeni bir anahtar oluşturun, onu kaydedin ve onunla çalıştırın.
run-refused-seen-withdraw = Başlatılmadı: “{ $label }” olarak kayıtlı anahtarın { -okx }’ten yanıt alan en son testi Para çekme iznini açık gördü. { -okx }’e ulaşan bir test Para çekmeyi kapalı görene kadar reddedilmeye devam eder.
    .fix = Bu anahtar için Para çekme iznini { -okx }’in API sayfasında kapatın (ya da anahtarı silip yalnızca Okuma ve Alım-satım açık yeni bir anahtar oluşturun), sonra yeniden test edin: Anahtarlarım’da Test et, ya da { -cmd-check } { $label }.
run-refused-not-verified = Başlatılmadı: “{ $label }” olarak kayıtlı anahtar testi geçemedi.
    .fix = Testin bulduğu sorunu düzeltin ({ -cmd-verify-keychain } { $label } raporun tamamını gösterir), sonra komutu yeniden çalıştırın.

## Komut başlamadan önceki notlar

# $label: kayıtlı anahtarın etiketi.
run-verified = “{ $label }” olarak kayıtlı anahtar testi geçti ve para çekemez.
run-note-freqtrade-no-site = Not: Freqtrade'de { -okx } TR için bir borsa adı yok, bu yüzden FREQTRADE__EXCHANGE__NAME ayarlanmadı; bu anahtar yalnızca tr.okx.com ile çalışır.
run-note-freqtrade-demo = Not: bu bir Demo alım-satım anahtarı. Freqtrade'in dry_run modu, Freqtrade'in kendi sanal alım-satımıdır; bir Demo alım-satım anahtarı ise yalnızca istekler { -okx }'in demo başlığını (x-simulated-trading: 1) taşıdığında çalışır.
run-note-agent-tr = Not: { -okx }'in agent trade kit'inin eski sürümleri yalnızca global, eea ve us sitelerini bilir; OKX_SITE değeri tr'dir ve OKX_API_BASE_URL tr.okx.com'u gösterir.

## Komut başlatılamadığında

run-command-not-found = Başlatılacak komut bulunamadı.
    .fix = Adını denetleyin ya da tam yolunu verin (örneğin /usr/bin/python3).
# $error: işletim sisteminin verdiği neden, İngilizce.
run-command-not-started = Komut başlatılamadı ({ $error }).
    .fix = Çalıştırmanıza izin verilen bir program olduğunu denetleyin (bir betik için: chmod +x ve bir #! satırı).

## --restart-on-change: komut çalışırken LABEL altında kayıtlı anahtar değişti (stderr'e)

# $label: kayıtlı anahtarın etiketi.
run-restart-replaced = “{ $label }” olarak kayıtlı anahtar değiştirildi: komut durduruluyor ve yeni anahtarla yeniden başlatılıyor.
run-restart-deleted = “{ $label }” olarak kayıtlı anahtar silindi: komut durduruluyor.
run-restart-refused = “{ $label }” olarak kayıtlı anahtar, teslim edilemeyecek bir anahtarla değiştirildi: komut durduruluyor.
run-restart-unreadable = “{ $label }” olarak kayıtlı anahtar, değişip değişmediğini görmek için okunamadı: komut elindeki anahtarla çalışmaya devam ediyor.

## okx-key-assistant unit: bir botu run üzerinden başlatan systemd kullanıcı hizmeti

# Ana yardımdaki komut listesinden sonra.
unit-cli-usage =
      { -usage-run-restart }
      { -usage-unit-brief }

unit-usage =
    Kullanım: { -usage-unit }

    COMMAND'ı LABEL altında kayıtlı anahtarla { -cmd-run } üzerinden başlatan bir
    systemd kullanıcı hizmeti yazdırır. Hizmette hiçbir gizli bilgi yoktur: run anahtarı her
    başlangıçta anahtar zincirinden okur. systemd, COMMAND başarısız olduğunda onu yeniden
    başlatır (anahtar yoksa veya para çekebiliyorsa başlatmaz) ve run'ın sinyalleri
    aktardığı şekilde durdurur (KillMode=mixed).

    Kurmak için: { -cmd-systemctl-edit } (metni yapıştırın) ya da
    { -path-unit-file } olarak kaydedip { -cmd-systemctl-reload }
    çalıştırın; ardından { -cmd-systemctl-enable }. Hizmet için anahtar
    zincirinin kilidi açık olmalıdır. COMMAND, unit'in çalıştırıldığı klasörde başlar.

    Seçenekler:
      --profile P           kullanılacak adlar (bkz. { -cmd-run-help })
      --restart-on-change   anahtar değiştirildiğinde COMMAND'ı yeniden başlatır (bkz. run --help)
      -h, --help            bu yardımı gösterir

unit-label-missing = unit, kayıtlı bir anahtarın LABEL'ına, ardından -- ve başlatılacak komuta ihtiyaç duyar.
unit-command-missing = unit, -- işaretinden sonra başlatılacak komuta ihtiyaç duyar: { -cmd-unit-command }
# $error: işletim sisteminin İngilizce gerekçesi.
unit-no-program = Bu programın nereye kurulduğu anlaşılamadı ({ $error }).
    .fix = { -cmd-app }'ı tam yoluyla başlatın.
# Hizmetin tek satırlık açıklaması (systemctl status gösterir). $command: programın adı.
unit-description = “{ $label }” olarak kayıtlı anahtarla { $command } (OKX Key Assistant)
