# Kayıtlı anahtarları sağlıklı tutmak: "okx-key-assistant check" (ve daha sonra pencerenin Anahtarlarım bölümü).
# Her kayıtlı anahtar yeniden test edilir ve uygulamanın, anahtarın son çalıştığında gördüğüyle karşılaştırılır.
# Çevrilmeden olduğu gibi kalanlar: okx-key-assistant, check, save, --json, --replace, LABEL,
# JSON anahtarları (label, okx_label, drift, idle_rule). İzin adları (Okuma, Alım-satım, Para çekme)
# diğer dosyalardaki gibi yazılır.
# $site bir sitenin adıdır (ör. "OKX (global, okx.com)"); $url sitenin API sayfasıdır;
# $before ve $after IP listeleri ("127.0.0.1, 5.6.7.8") ya da OKX adlarıdır, hiçbir zaman çevrilmez.

## Sapma: anahtar son çalıştığından beri OKX'te neyin değiştiği.
## Mesaj neyin değiştiğini, .fix ne yapılacağını söyler. Terminalde ve pencerede gösterilir.

health-drift-withdraw-turned-on =
    Bu anahtar son test edildiğinden beri Para çekme izni açılmış. Para çekebilen bir anahtar bir gün sızarsa hesabınızı boşaltabilir.
    .fix = OKX'te bu API anahtarını düzenleyin ve Para çekme iznini kapatın (ya da anahtarı silip yalnızca Okuma ve Alım-satım izinleriyle yeni bir tane oluşturun), sonra yeniden test edin.

health-drift-trade-lost =
    Bu anahtar alım-satım yapabiliyordu, artık yapamıyor: OKX'te Alım-satım izni kapatılmış. Bir bot bu anahtarla emir veremez.
    .fix = OKX'te bu API anahtarını düzenleyin ve Alım-satım iznini yeniden açın ya da Okuma ve Alım-satım izinleriyle yeni bir anahtar oluşturun.

health-drift-ip-list-changed =
    Bu anahtara bağlı IP adresleri değişmiş: önce { $before }, şimdi { $after }.
    .fix = Onları siz değiştirmediyseniz OKX'te oturum açın ve kimin değiştirdiğini denetleyin. Botunuzun çalıştığı sunucunun adresinin listede olduğundan emin olun, yoksa bot reddedilir.

health-drift-label-changed =
    Bu anahtarın OKX'teki adı “{ $before }” iken “{ $after }” olmuş.
    .fix = Adı siz değiştirdiyseniz yapacak bir şey yok. Değiştirmediyseniz OKX'te oturum açın ve hesabınızın güvenlik ayarlarını denetleyin.

health-drift-deleted-on-okx =
    OKX, daha önce çalıştığı { $site } sitesinde bu anahtarı artık tanımıyor: anahtar OKX'te silinmiş; ya siz sildiniz ya da OKX'in 14 gün kuralı sildi (Alım-satım izni olan ve IP bağlaması olmayan bir anahtar 14 gün kullanılmazsa silinir).
    .fix = { $surface ->
        [cli] { $url } adresinde, bu bir daha olmasın diye botunuzun IP adresine bağlı yeni bir anahtar oluşturun, sonra onu aynı adla şu komutla kaydedin: { -cmd-save-replace }
       *[window] Aynı adla yeni bir anahtar oluşturmak için Değiştir'e basın ve bu bir daha olmasın diye onu botunuzun IP adresine bağlayın. Sonra eski anahtar { $url } adresinde hâlâ listeleniyorsa onu OKX'te silin.
    }

# health-drift-ip-list-changed içinde boş bir IP listesinin yerine geçer.
health-ip-none = yok
# health-drift-label-changed içinde OKX'te adı olmayan bir anahtarın yerine geçer.
health-label-none = adsız

## 14 gün kuralı: Alım-satım (ya da Para çekme) izni olan ve IP bağlaması olmayan gerçek bir anahtar için.
## $days: uygulamanın anahtarın çalıştığını son gördüğünden beri geçen tam gün sayısı; $left: 14 eksi bu
## (hiçbir zaman 0'ın altında değil); $limit: 14.

health-idle-rule =
    OKX, Alım-satım izni olan ve IP bağlaması olmayan bir anahtarı { $limit } gün kullanılmazsa siler. Bu uygulama bu anahtarın çalıştığını en son { $days ->
        [0] bugün
       *[other] { $days } gün önce
    } gördü; o zamandan beri onu hiçbir şey kullanmadıysa { $left ->
        [0] OKX onu çoktan silmiş olabilir.
       *[other] { $left } günü kaldı.
    } Botunuzun kendi kullanımı da sayılır (her imzalı istek sayılır) ve bu uygulama bunu göremez.
    .fix = Kalıcı çözüm: OKX'te anahtarı düzenleyin ve onu botunuzun IP adresine (çalıştığı sunucunun genel adresine) bağlayın. Bir IP adresine bağlı anahtar, kullanılmadığı için hiçbir zaman silinmez.

## Geçmiş dosyası (uygulamanın veri klasöründeki key-history.json; içinde gizli bilgi yok).
## $path bir dosya yolu, $error sistemin verdiği neden; ikisi de olduğu gibi.

health-history-unwritable =
    Testler çalıştı ama geçmişleri { $path } dosyasına yazılamadı: { $error }.
    .fix = Bu klasörün var olduğunu ve ona yazma izniniz olduğunu denetleyin, sonra testi yeniden çalıştırın.
health-history-encode-failed = Anahtar geçmişi yazılamadı (bir iç hata).

## okx-key-assistant check: yardım ve her anahtar için bir satır.
## Satır sonlarını ve seçenek listesinin girintisini koruyun: terminaller bunları olduğu gibi gösterir.

health-usage =
    Kullanım: { -usage-check }

    Sistem anahtar zincirinde kayıtlı anahtarları (hepsini ya da verilen LABEL'ları) bir kerede, her
    birini kendi sitesinde ve kendi modunda, imzalı, salt okunur isteklerle test eder (hiçbir zaman
    alım-satım ya da para hareketi yapılmaz). Her anahtarın son çalıştığından beri neyin değiştiğini
    söyler: Para çekme açıldı, Alım-satım kayboldu, IP listesi ya da ad değişti ya da anahtar OKX'te
    silindi. Her test, uygulamanın veri klasöründe anahtarın kısa geçmişine (son 50 testi, hiçbir
    zaman bir gizli bilgi değil) yazılır.

    Seçenekler:
      --json       tek bir JSON dizisi yazdırır: her anahtarın verify --json nesnesi, kayıtlı adı
                   label olarak (OKX'teki adı okx_label'a taşınır), artı drift ve idle_rule
      -h, --help   bu yardımı gösterir

    Çıkış durumu: 0 her anahtar sağlıklı; 1 bir anahtar başarısız oldu, OKX'te silindi ya da Alım-satım
    iznini kaybetti; 2 hatalı kullanım ya da kayıtlı anahtar yok; 3 bir anahtar para çekebilir (3, 1'e üstün gelir).

# health-usage'dan (check --help) sonra.
health-usage-ready =
    Bir botla kaydedilmiş anahtar (save LABEL --bot BOT) o bot için de denetlenir: hesap modu,
    pozisyon modu, piyasa ve paranın nerede olduğu; JSON'a readiness nesnesi eklenir.
    Çıkış durumu 4: her anahtar sağlıklı, ama bir hesap kendi anahtarının botu için hazır değil.

# Bir anahtarın satırındaki sonuç sütunu.
health-result-healthy = sağlıklı
health-result-can-withdraw = para çekebilir: bir bot için güvenli değil
# $reason: ilk sorunun mesajı.
health-result-failed = başarısız: { $reason }
health-result-deleted = OKX'te silinmiş
health-test-stopped = Bu anahtarın testi beklenmedik şekilde durdu (bir iç hata).

health-no-keys =
    Henüz kayıtlı anahtar yok, bu yüzden denetlenecek bir şey yok.
    .fix = Önce şu komutla bir tane kaydedin: { -cmd-save-label }

# $before, $after: the account modes' names (Spot, Futures, Multi-currency margin, Portfolio margin)
health-drift-account-mode-changed =
    { -okx } hesabının modu { $before } iken { $after } oldu.
    .fix = Siz değiştirdiyseniz yapacak bir şey yok. Anahtarı botuyla yeniden test edin: bazı botlar belirli bir mod ister (bkz. “Botunuz için hazırlık”).
# $before, $after: Buy/sell mode or Long/short mode
health-drift-position-mode-changed =
    { -okx } hesabının pozisyon modu { $before } iken { $after } oldu.
    .fix = Siz değiştirdiyseniz yapacak bir şey yok. Diğer modu isteyen bir botun swap emirleri reddedilir: anahtarı botuyla yeniden test edin.
