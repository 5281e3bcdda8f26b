# “Botunuza hazır”: ilk bot emrinin geçip geçmeyeceğine anahtar değil hesap karar verir.
# Menü yolları OKX'in sitesindeki gibidir; mod adları OKX'teki gibi: “Spot”, “Vadeli işlemler”,
# “Çoklu para birimli marjin”, “Portföy marjini”; “Al/sat modu” ve “Long/short modu”.

ready-market-spot = spot
ready-market-swap = sürekli vadeli işlemler
ready-position-mode-net = Al/sat modu
ready-position-mode-long-short = Long/short modu

ready-bot-web-platform = web platformunuz

# $bot: botun adı; $market: ready-market-…; $site: site, ör. my.okx.com
ready-headline-ready = { $bot } botu için hazır: { $market }, { $site } üzerinde.
ready-headline-not-ready = { $count ->
        [one] { $bot } botu için henüz hazır değil ({ $market }): önce bir şeyi değiştirmek gerekiyor.
       *[other] { $bot } botu için henüz hazır değil ({ $market }): önce { $count } şeyi değiştirmek gerekiyor.
    }
ready-headline-unknown = Hesabın { $bot } botu için ({ $market }) hazır olup olmadığı anlaşılamadı.

ready-account-mode-spot-only = Hesap Spot modunda; bu modda sürekli vadeli işlem yapılamaz.
    .fix = { -okx } web sitesinde Al-sat'ı (“Trade”) açın, sonra sağ üstteki ayarları, sonra Hesap modu'nu (“Account mode”) açın ve Vadeli işlemler modunu seçin (uygulamada: Al-sat, menü, Al-sat ayarları, Hesap modu). Ardından Yeniden test et'e basın.
# $mode: hesap modunun adı
ready-account-mode-not-for-bot = { $bot } botu “{ $mode }” modunda işlem yapamaz: bu mod, sürekli vadeli işlemlerde yalnızca Al/sat modunu destekler, { $bot } botu ise Long/short modu ister.
    .fix = { -okx } web sitesinde Al-sat'ı (“Trade”) açın, sonra sağ üstteki ayarları, sonra Hesap modu'nu (“Account mode”) açın ve Vadeli işlemler modunu ya da Çoklu para birimli marjin modunu seçin. Ardından Yeniden test et'e basın.
ready-account-mode-untested-spot = Hesap “{ $mode }” modunda. { $bot } botunun kılavuzu Spot ya da Vadeli işlemler modu için yazılmıştır; bu modda spot emirleri reddedilebilir.
    .fix = İlk emir başarısız olursa Vadeli işlemler moduna geçin: Al-sat, sağ üstteki ayarlar, Hesap modu.
ready-account-mode-untested-swap = Hesap “{ $mode }” modunda. { $bot } botunun kılavuzu Vadeli işlemler modunu ister; çalışabilir, ama bu modda test edilmemiştir.
    .fix = İlk emir başarısız olursa Vadeli işlemler moduna geçin: Al-sat, sağ üstteki ayarlar, Hesap modu.
ready-position-mode-needs-long-short = { $bot } botu sürekli vadeli işlemler için Long/short modu ister; hesap Al/sat modunda.
    .fix = { -okx } web sitesinde Al-sat'ı (“Trade”) açın, bir sürekli vadeli işlem seçin, sonra sağ üstteki ayarları, sonra Pozisyon modu'nu (“Position mode”) açın ve Long/short modunu seçin. Önce açık pozisyonları ve emirleri kapatın: herhangi biri açıkken { -okx } değişikliği kabul etmez. Ardından Yeniden test et'e basın.
ready-position-mode-needs-net = { $bot } botu sürekli vadeli işlemler için Al/sat modu ister; hesap Long/short modunda.
    .fix = { -okx } web sitesinde Al-sat'ı (“Trade”) açın, bir sürekli vadeli işlem seçin, sonra sağ üstteki ayarları, sonra Pozisyon modu'nu (“Position mode”) açın ve Al/sat modunu seçin. Önce açık pozisyonları ve emirleri kapatın: herhangi biri açıkken { -okx } değişikliği kabul etmez. Ardından Yeniden test et'e basın.
ready-position-mode-needs-net-ccxt = Hesap Long/short modunda. Her emrin hangi taraf (long ya da short) için olduğunu belirtmeyen bir ccxt programının sürekli vadeli işlem emirleri bu modda reddedilir (51000).
    .fix = Ya emirlerinizde pozisyon tarafını belirtin ya da { -okx } üzerinde Al/sat modunu seçin: Al-sat, bir sürekli vadeli işlem, sağ üstteki ayarlar, Pozisyon modu.
ready-market-not-offered = Bu hesap { $site } üzerinde “{ $market }” piyasasında işlem yapamaz: { -okx } bu hesap için hiçbirini listelemiyor (site ya da bölgeniz bunları sunmuyor).
    .fix = Bu bot için spot seçin ya da “{ $market }” sunan bir sitedeki hesabı kullanın.
ready-bot-market-not-on-site = { $bot } botu { $site } üzerinde yalnızca spot işlem yapar.
    .fix = { $bot } botunda spot seçin ya da bu sitede sürekli vadeli işlem yapan bir bot kullanın.
ready-funds-in-funding-account = Alım-satım hesabı boş; paranız fonlama hesabında ve bot orada işlem yapamaz.
    .fix = { -okx } üzerinde Varlıklar'ı, sonra Transfer'i açın ve parayı fonlama hesabından alım-satım hesabına aktarın. Ardından Yeniden test et'e basın.
ready-no-funds = Alım-satım hesabında henüz hiçbir şey yok, bu yüzden botun ilk emri başarısız olur.
    .fix = Botu başlatmadan önce { -okx } üzerindeki alım-satım hesabına para yatırın ya da aktarın.
ready-demo-not-supported-by-bot = { $bot } botu { -okx } Demo alım-satım anahtarlarını kullanamaz.
    .fix = Pratik için { $bot } botunun kendi dry run modunu, gerçek işlemler için gerçek bir anahtar kullanın.
ready-sub-account = Anahtar bir alt hesaba ait: bot yalnızca o alt hesaptaki parayla işlem yapar.
    .fix = Daha fazlasıyla işlem yapması gerekiyorsa alt hesabın alım-satım hesabına para aktarın.
# $problem: hazırlık isteğinde neyin ters gittiği, kendi sözleriyle
ready-readiness-unknown = Hazırlık denetlenemedi: { $problem }
