<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>AdminDevicesPresenter</name>
    <message>
        <source>The admin screens need a connection to the server. Hirex is offline; the list is loaded again when the server can be reached.</source>
        <translation>Yönetim ekranları sunucuya bağlantı gerektirir. Hirex çevrimdışı; sunucuya ulaşılabildiğinde liste yeniden yüklenir.</translation>
    </message>
    <message>
        <source>Sign in to see the registered devices.</source>
        <translation>Kayıtlı cihazları görmek için oturum açın.</translation>
    </message>
    <message>
        <source>Choose Refresh to load the registered devices.</source>
        <translation>Kayıtlı cihazları yüklemek için Yenile’yi seçin.</translation>
    </message>
    <message>
        <source>Loading the registered devices…</source>
        <translation>Kayıtlı cihazlar yükleniyor…</translation>
    </message>
    <message>
        <source>No devices are registered in this organisation yet.</source>
        <translation>Bu kuruluşta henüz kayıtlı cihaz yok.</translation>
    </message>
    <message>
        <source>You may not see the registered devices: your role lacks the permission &quot;admin.devices&quot;. %1</source>
        <translation>Kayıtlı cihazları göremezsiniz: rolünüzde &quot;admin.devices&quot; izni yok. %1</translation>
    </message>
    <message>
        <source>Revoke Device</source>
        <translation>Cihazı İptal Et</translation>
    </message>
    <message>
        <source>Revoke &quot;%1&quot; of %2?

The device is signed out at its next contact with the server and the Hirex data stored on it is deleted. The user can sign in again on it, as on a new device. This cannot be undone.</source>
        <translation>%2 kullanıcısının &quot;%1&quot; cihazı iptal edilsin mi?

Cihazın oturumu, sunucuyla bir sonraki bağlantısında kapatılır ve üzerinde saklanan Hirex verileri silinir. Kullanıcı bu cihazda, yeni bir cihazdaymış gibi yeniden oturum açabilir. Bu işlem geri alınamaz.</translation>
    </message>
    <message>
        <source>This is the computer you are using now: Hirex signs you out here and deletes its local data.</source>
        <translation>Şu anda kullandığınız bilgisayar budur: Hirex burada oturumunuzu kapatır ve yerel verilerini siler.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of %2 is revoked.</source>
        <translation>%2 kullanıcısının &quot;%1&quot; cihazı iptal edildi.</translation>
    </message>
    <message>
        <source>The server answered about another device.</source>
        <translation>Sunucu başka bir cihaz hakkında yanıt verdi.</translation>
    </message>
    <message>
        <source>You may not revoke devices. %1</source>
        <translation>Cihazları iptal etme yetkiniz yok. %1</translation>
    </message>
    <message>
        <source>The server no longer knows this device. %1</source>
        <translation>Sunucu bu cihazı artık tanımıyor. %1</translation>
    </message>
    <message>
        <source>The device changed on the server since the list was loaded; refresh and try again. %1</source>
        <translation>Liste yüklendikten sonra cihaz sunucuda değişti; yenileyip tekrar deneyin. %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not revoked: %2</source>
        <translation>&quot;%1&quot; iptal edilmedi: %2</translation>
    </message>
</context>
<context>
    <name>AdminDevicesView</name>
    <message>
        <source>Devices</source>
        <translation>Cihazlar</translation>
    </message>
    <message>
        <source>Registered devices</source>
        <translation>Kayıtlı cihazlar</translation>
    </message>
    <message>
        <source>Every computer on which someone in your organisation signed in to Hirex. Revoke a lost or retired one: it is signed out and its local data deleted.</source>
        <translation>Kuruluşunuzdan birinin Hirex’te oturum açtığı her bilgisayar. Kaybolan veya kullanımdan kaldırılan bir cihazı iptal edin: oturumu kapatılır ve yerel verileri silinir.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Yenile</translation>
    </message>
    <message>
        <source>Load the list again from the server (%1)</source>
        <translation>Listeyi sunucudan yeniden yükle (%1)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Yenile</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;İptal Et…</translation>
    </message>
    <message>
        <source>Revoke Device…</source>
        <translation>Cihazı İptal Et…</translation>
    </message>
    <message>
        <source>Revoke the selected device (%1)</source>
        <translation>Seçili cihazı iptal et (%1)</translation>
    </message>
    <message>
        <source>Revoke &amp;This Computer</source>
        <translation>&amp;Bu Bilgisayarı İptal Et</translation>
    </message>
    <message>
        <source>Re&amp;voke Device</source>
        <translation>Cihazı &amp;İptal Et</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Admin screens</source>
        <translation>Yönetim ekranları</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server cannot be reached. Check your network connection.</source>
        <translation>Sunucuya ulaşılamıyor. Ağ bağlantınızı kontrol edin.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established.</source>
        <translation>Sunucuyla güvenli bağlantı kurulamadı.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again.</source>
        <translation>Sunucu zamanında yanıt vermedi. Yeniden deneyin.</translation>
    </message>
    <message>
        <source>The server could not complete the request.</source>
        <translation>Sunucu isteği tamamlayamadı.</translation>
    </message>
    <message>
        <source>The server sent data this version of Hirex does not understand.</source>
        <translation>Sunucu, Hirex&apos;in bu sürümünün anlamadığı veriler gönderdi.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than allowed.</source>
        <translation>Sunucunun yanıtı izin verilenden büyük.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>İstek iptal edildi.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Oturumunuz sona erdi. Yeniden oturum açın.</translation>
    </message>
    <message>
        <source>This device was signed out by an administrator. Local data has been removed.</source>
        <translation>Bu cihazın oturumu bir yönetici tarafından kapatıldı. Yerel veriler silindi.</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>Bu işlem için yetkiniz yok.</translation>
    </message>
    <message>
        <source>This item no longer exists or is not visible to you.</source>
        <translation>Bu öğe artık mevcut değil veya sizin için görünür değil.</translation>
    </message>
    <message>
        <source>This change conflicts with the current state on the server.</source>
        <translation>Bu değişiklik sunucudaki güncel durumla çakışıyor.</translation>
    </message>
    <message>
        <source>Someone else changed this item. Reload it and try again.</source>
        <translation>Bu öğe başka biri tarafından değiştirildi. Yeniden yükleyip tekrar deneyin.</translation>
    </message>
    <message>
        <source>The change was sent without a version. Reload and try again.</source>
        <translation>Değişiklik sürüm bilgisi olmadan gönderildi. Yeniden yükleyip tekrar deneyin.</translation>
    </message>
    <message>
        <source>Some of the values were not accepted.</source>
        <translation>Değerlerin bazıları kabul edilmedi.</translation>
    </message>
    <message>
        <source>The server did not understand the request.</source>
        <translation>Sunucu isteği anlayamadı.</translation>
    </message>
    <message>
        <source>The change is too large to send.</source>
        <translation>Değişiklik gönderilemeyecek kadar büyük.</translation>
    </message>
    <message>
        <source>Too many requests. Hirex will try again shortly.</source>
        <translation>Çok fazla istek gönderildi. Hirex kısa süre içinde yeniden deneyecek.</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable. Hirex will try again shortly.</source>
        <translation>Sunucu geçici olarak kullanılamıyor. Hirex kısa süre içinde yeniden deneyecek.</translation>
    </message>
    <message>
        <source>The server had an internal error. Try again later.</source>
        <translation>Sunucuda dahili bir hata oluştu. Daha sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>The server address must start with https://. Plain http:// is allowed only to 127.0.0.1, for development, with --insecure-loopback-http.</source>
        <translation>Sunucu adresi https:// ile başlamalıdır. Düz http:// yalnızca geliştirme için, --insecure-loopback-http ile 127.0.0.1 adresine izinlidir.</translation>
    </message>
</context>
<context>
    <name>AuthorizationFlow</name>
    <message>
        <source>No client id is set for sign-in. Check Settings.</source>
        <translation>Oturum açma için istemci kimliği (client id) ayarlanmamış. Ayarlar&apos;ı kontrol edin.</translation>
    </message>
    <message>
        <source>The sign-in server does not support the authorization code flow.</source>
        <translation>Oturum açma sunucusu yetkilendirme kodu akışını (authorization code flow) desteklemiyor.</translation>
    </message>
    <message>
        <source>Sign-in could not start: no secure random numbers available.</source>
        <translation>Oturum açma başlatılamadı: güvenli rastgele sayı üretilemiyor.</translation>
    </message>
    <message>
        <source>Sign-in could not start: no local port is available for the browser to return to.</source>
        <translation>Oturum açma başlatılamadı: tarayıcının geri dönebileceği boş bir yerel bağlantı noktası yok.</translation>
    </message>
    <message>
        <source>No browser could be opened. Use the option to show the sign-in address instead.</source>
        <translation>Tarayıcı açılamadı. Bunun yerine oturum açma adresini gösterme seçeneğini kullanın.</translation>
    </message>
    <message>
        <source>Sign-in took too long. Start it again and finish it in the browser.</source>
        <translation>Oturum açma çok uzun sürdü. Yeniden başlatın ve tarayıcıda tamamlayın.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled or refused in the browser.</source>
        <translation>Oturum açma tarayıcıda iptal edildi veya reddedildi.</translation>
    </message>
    <message>
        <source>The sign-in server could not complete the sign-in.</source>
        <translation>Oturum açma sunucusu oturum açma işlemini tamamlayamadı.</translation>
    </message>
    <message>
        <source>The sign-in answer came from a different server. Sign-in was stopped.</source>
        <translation>Oturum açma yanıtı farklı bir sunucudan geldi. Oturum açma durduruldu.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Oturum açma iptal edildi.</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s proof of identity could not be verified. Sign-in was stopped.</source>
        <translation>Oturum açma sunucusunun kimlik kanıtı doğrulanamadı. Oturum açma durduruldu.</translation>
    </message>
    <message>
        <source>The Hirex server did not say which sign-in server it trusts, so Hirex will not sign in through %1.</source>
        <translation>Hirex sunucusu hangi oturum açma sunucusuna güvendiğini bildirmedi, bu yüzden Hirex %1 üzerinden oturum açmayacak.</translation>
    </message>
    <message>
        <source>The Hirex server does not accept sign-ins from %1; it trusts %2. Leave out --issuer to sign in there.</source>
        <translation>Hirex sunucusu %1 üzerinden yapılan oturum açmaları kabul etmiyor; %2 sunucusuna güveniyor. Orada oturum açmak için --issuer seçeneğini kullanmayın.</translation>
    </message>
    <message>
        <source>The sign-in server cannot confirm who you are (it offers no OpenID Connect).</source>
        <translation>Oturum açma sunucusu kimliğinizi doğrulayamıyor (OpenID Connect sunmuyor).</translation>
    </message>
    <message>
        <source>The Hirex server is not available right now. Try again later.</source>
        <translation>Hirex sunucusu şu anda kullanılamıyor. Daha sonra yeniden deneyin.</translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 of %3</source>
        <translation>%1 · %2 / %3</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n shown</source>
        <translation>
            <numerusform>%1, %n gösteriliyor</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · … of %2</source>
        <translation>%1 · … / %2</translation>
    </message>
    <message>
        <source>%1, counting the cards shown</source>
        <translation>%1, gösterilen kartlar sayılıyor</translation>
    </message>
</context>
<context>
    <name>BoardFilterBar</name>
    <message>
        <source> d</source>
        <translation> g</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Filtreleri temizle</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Tüm etiketler</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Tüm kaynaklar</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Lowest AI match score</source>
        <translation>En düşük YZ eşleşme puanı</translation>
    </message>
    <message>
        <source>At least this many days in stage</source>
        <translation>Aşamada en az bu kadar gün</translation>
    </message>
    <message>
        <source>At most this many days in stage</source>
        <translation>Aşamada en çok bu kadar gün</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Etiket:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Kaynak:</translation>
    </message>
    <message>
        <source>AI score ≥</source>
        <translation>YZ puanı ≥</translation>
    </message>
    <message>
        <source>Days in stage:</source>
        <translation>Aşamadaki gün:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ile</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Hepsi</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <source>&amp;Job:</source>
        <translation>&amp;Pozisyon:</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Pozisyon</translation>
    </message>
    <message>
        <source>Search candidates  ( / )</source>
        <translation>Aday ara  ( / )</translation>
    </message>
    <message>
        <source>Search candidates</source>
        <translation>Aday ara</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>&amp;Sırala:</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>Aşamadaki süre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>AI match score</source>
        <translation>YZ eşleşme puanı</translation>
    </message>
    <message>
        <source>Sort cards by</source>
        <translation>Kartları sırala</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Filter the cards by tag, source, AI match score and days in stage (%1)</source>
        <translation>Kartları etikete, kaynağa, YZ eşleşme puanına ve aşamadaki güne göre filtrele (%1)</translation>
    </message>
    <message>
        <source>The board appears once the local copy of your data is open.</source>
        <translation>Pano, verilerinizin yerel kopyası açıldığında görünür.</translation>
    </message>
    <message>
        <source>There are no jobs to show yet.</source>
        <translation>Henüz gösterilecek pozisyon yok.</translation>
    </message>
    <message>
        <source>This job&apos;s pipeline is not in the local copy yet. It appears when the sync has fetched it.</source>
        <translation>Bu pozisyonun süreci henüz yerel kopyada değil. Eşitleme onu getirdiğinde görünür.</translation>
    </message>
    <message>
        <source>The search index is still being built: some candidates may be missing.</source>
        <translation>Arama dizini hâlâ oluşturuluyor: bazı adaylar eksik olabilir.</translation>
    </message>
    <message>
        <source>F&amp;ilters (%1)</source>
        <translation>F&amp;iltreler (%1)</translation>
    </message>
    <message>
        <source>F&amp;ilters</source>
        <translation>F&amp;iltreler</translation>
    </message>
    <message>
        <source>Board columns</source>
        <translation>Pano sütunları</translation>
    </message>
    <message>
        <source>Move to Next Stage</source>
        <translation>Sonraki aşamaya taşı</translation>
    </message>
    <message>
        <source>Move to Previous Stage</source>
        <translation>Önceki aşamaya taşı</translation>
    </message>
    <message>
        <source>Move to Stage…</source>
        <translation>Aşamaya taşı…</translation>
    </message>
    <message>
        <source>Undo Move</source>
        <translation>Taşımayı geri al</translation>
    </message>
    <message>
        <source>Redo Move</source>
        <translation>Taşımayı yinele</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Reddet…</translation>
    </message>
    <message>
        <source>Select All Cards in Column</source>
        <translation>Sütundaki tüm kartları seç</translation>
    </message>
    <message>
        <source>Select one or more cards first.</source>
        <translation>Önce bir veya daha fazla kart seçin.</translation>
    </message>
    <message>
        <source>Move to Stage</source>
        <translation>Aşamaya taşı</translation>
    </message>
    <message>
        <source>Select the candidates to reject first.</source>
        <translation>Önce reddedilecek adayları seçin.</translation>
    </message>
</context>
<context>
    <name>BoardPresenter</name>
    <message>
        <source>Cards cannot be moved while the local cache is closed.</source>
        <translation>Yerel önbellek kapalıyken kartlar taşınamaz.</translation>
    </message>
    <message>
        <source>Hiring is not a move: use Hire, which asks you to confirm.</source>
        <translation>İşe alım bir taşıma değildir: onay isteyen İşe al komutunu kullanın.</translation>
    </message>
    <message>
        <source>The candidate&apos;s application is no longer in the local cache.</source>
        <translation>Adayın başvurusu artık yerel önbellekte değil.</translation>
    </message>
    <message>
        <source>Moves cannot be undone while the local cache is closed.</source>
        <translation>Yerel önbellek kapalıyken taşımalar geri alınamaz.</translation>
    </message>
    <message numerus="yes">
        <source>Undid the move of %n card(s).</source>
        <translation>
            <numerusform>%n kartın taşınması geri alındı.</numerusform>
        </translation>
    </message>
    <message>
        <source>A card was not moved back: it changed since the move.</source>
        <translation>Bir kart geri taşınmadı: taşımadan bu yana değişmiş.</translation>
    </message>
    <message numerus="yes">
        <source>Redid the move of %n card(s).</source>
        <translation>
            <numerusform>%n kartın taşınması yinelendi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Candidates cannot be rejected while the local cache is closed.</source>
        <translation>Yerel önbellek kapalıyken adaylar reddedilemez.</translation>
    </message>
    <message>
        <source>A candidate was not rejected: the application is no longer active here.</source>
        <translation>Bir aday reddedilmedi: başvuru burada artık etkin değil.</translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n candidate(s).</source>
        <translation>
            <numerusform>%n aday reddedildi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheSecretStore</name>
    <message>
        <source>The local cache holds no such entry.</source>
        <translation>Yerel önbellekte böyle bir kayıt yok.</translation>
    </message>
    <message>
        <source>The local cache is locked. Unlock it with your passphrase and try again.</source>
        <translation>Yerel önbellek kilitli. Parolanızla kilidini açıp yeniden deneyin.</translation>
    </message>
    <message>
        <source>There is no local cache to keep the sign-in in.</source>
        <translation>Oturum bilgisini saklayacak bir yerel önbellek yok.</translation>
    </message>
    <message>
        <source>The local cache was busy for too long. Try again.</source>
        <translation>Yerel önbellek çok uzun süre meşguldü. Yeniden deneyin.</translation>
    </message>
    <message>
        <source>The local cache could not read or write the entry.</source>
        <translation>Yerel önbellek kaydı okuyamadı veya yazamadı.</translation>
    </message>
</context>
<context>
    <name>CandidateDetailPanel</name>
    <message>
        <source>Candidate</source>
        <translation>Aday</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Aşama:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etiketler:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Kaynak:</translation>
    </message>
    <message>
        <source>Name withheld: %1</source>
        <translation>Ad gizlendi: %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Yok</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Bilinmiyor</translation>
    </message>
    <message>
        <source>No AI match score</source>
        <translation>YZ eşleşme puanı yok</translation>
    </message>
</context>
<context>
    <name>CandidateDetailPresenter</name>
    <message>
        <source>The candidate can be shown once the local copy of your data is open.</source>
        <translation>Aday, verilerinizin yerel kopyası açıldığında gösterilebilir.</translation>
    </message>
    <message>
        <source>This candidate is not in the local copy of your data.</source>
        <translation>Bu aday verilerinizin yerel kopyasında yok.</translation>
    </message>
    <message>
        <source>The candidate could not be read from the local copy of your data.</source>
        <translation>Aday, verilerinizin yerel kopyasından okunamadı.</translation>
    </message>
    <message>
        <source>No application in the local copy</source>
        <translation>Yerel kopyada başvuru yok</translation>
    </message>
    <message>
        <source>Unknown job</source>
        <translation>Bilinmeyen pozisyon</translation>
    </message>
    <message>
        <source>unknown stage</source>
        <translation>bilinmeyen aşama</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more application(s))</source>
        <translation>
            <numerusform>(+%n başvuru daha)</numerusform>
        </translation>
    </message>
    <message>
        <source>AI match score: %1</source>
        <translation>YZ eşleşme puanı: %1</translation>
    </message>
    <message>
        <source>AI-generated, for information only.</source>
        <translation>YZ tarafından üretildi, yalnızca bilgi amaçlıdır.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Consent withdrawn: do not process this candidate&apos;s data further.</source>
        <translation>Onay geri çekildi: bu adayın verilerini artık işlemeyin.</translation>
    </message>
    <message>
        <source>Consent pending: the candidate has not agreed yet.</source>
        <translation>Onay bekleniyor: aday henüz onay vermedi.</translation>
    </message>
    <message>
        <source>Retention period ended: this candidate&apos;s data is due for deletion.</source>
        <translation>Saklama süresi doldu: bu adayın verilerinin silinmesi gerekiyor.</translation>
    </message>
    <message numerus="yes">
        <source>Retention ends in %n day(s).</source>
        <translation>
            <numerusform>Saklama süresi %n gün içinde doluyor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Güncellenme</translation>
    </message>
    <message>
        <source>AI match score</source>
        <translation>YZ eşleşme puanı</translation>
    </message>
    <message>
        <source>AI %1</source>
        <translation>YZ %1</translation>
    </message>
    <message>
        <source>AI-generated match score: informs, does not decide.</source>
        <translation>YZ tarafından üretilen eşleşme puanı: bilgi verir, karar vermez.</translation>
    </message>
    <message>
        <source>Anonymised screening: the candidate&apos;s identity is withheld.</source>
        <translation>Anonim ön eleme: adayın kimliği gizleniyor.</translation>
    </message>
    <message>
        <source>AI match score %1, AI-generated, informs, does not decide</source>
        <translation>YZ eşleşme puanı %1, YZ tarafından üretildi, bilgi verir, karar vermez</translation>
    </message>
    <message>
        <source>AI-generated: informs, does not decide. Click to sort, best first.</source>
        <translation>YZ tarafından üretildi: bilgi verir, karar vermez. En iyiden başlayarak sıralamak için tıklayın.</translation>
    </message>
    <message>
        <source>Click to sort by last name.</source>
        <translation>Soyadına göre sıralamak için tıklayın.</translation>
    </message>
    <message>
        <source>Click to sort, most recently updated first.</source>
        <translation>En son güncellenenden başlayarak sıralamak için tıklayın.</translation>
    </message>
</context>
<context>
    <name>CandidatesCsvExport</name>
    <message>
        <source>The candidates could not be read from the local cache: %1</source>
        <translation>Adaylar yerel önbellekten okunamadı: %1</translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message>
        <source>Any</source>
        <translation>Hepsi</translation>
    </message>
    <message>
        <source>Lowest AI match score</source>
        <translation>En düşük YZ eşleşme puanı</translation>
    </message>
    <message>
        <source>Highest AI match score</source>
        <translation>En yüksek YZ eşleşme puanı</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV olarak dışa aktar…</translation>
    </message>
    <message>
        <source>Search candidates  ( / )</source>
        <translation>Aday ara  ( / )</translation>
    </message>
    <message>
        <source>Search candidates</source>
        <translation>Aday ara</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Aşama</translation>
    </message>
    <message>
        <source>Application status</source>
        <translation>Başvuru durumu</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tüm durumlar</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Etkin</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Reddedildi</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Geri çekildi</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>İşe alındı</translation>
    </message>
    <message>
        <source>AI-generated match score: informs, does not decide.</source>
        <translation>YZ tarafından üretilen eşleşme puanı: bilgi verir, karar vermez.</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the candidates shown, as shown, to a CSV file (Ctrl+E)</source>
        <translation>Gösterilen adayları, gösterildiği şekliyle bir CSV dosyasına aktar (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Dışa aktarma ilerlemesi</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Dışa aktarmayı iptal et</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Adaylar</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Etiket:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Kaynak:</translation>
    </message>
    <message>
        <source>St&amp;age:</source>
        <translation>&amp;Aşama:</translation>
    </message>
    <message>
        <source>AI score from:</source>
        <translation>YZ puanı, en az:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>en çok:</translation>
    </message>
    <message>
        <source>Exporting %1 of %2 candidates…</source>
        <translation>%1 / %2 aday dışa aktarılıyor…</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Tüm etiketler</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Tüm kaynaklar</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Tüm aşamalar</translation>
    </message>
    <message>
        <source>The candidates appear once the working set is on this computer.</source>
        <translation>Adaylar, çevrimdışı seçim bu bilgisayara indirildiğinde görünür.</translation>
    </message>
    <message>
        <source>The candidates could not be read from the local cache: %1</source>
        <translation>Adaylar yerel önbellekten okunamadı: %1</translation>
    </message>
    <message>
        <source>The search index is still being built: some candidates may be missing.</source>
        <translation>Arama dizini hâlâ oluşturuluyor: bazı adaylar eksik olabilir.</translation>
    </message>
    <message>
        <source>No candidate matches the search and filters.</source>
        <translation>Aramayla ve filtrelerle eşleşen aday yok.</translation>
    </message>
    <message>
        <source>No candidates yet.</source>
        <translation>Henüz aday yok.</translation>
    </message>
    <message>
        <source>Export candidates</source>
        <translation>Adayları dışa aktar</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Dışa aktarma iptal edildi; dosya yazılmadı.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Dışa aktarma başarısız oldu: %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Dışa aktarma başarısız oldu</translation>
    </message>
    <message>
        <source>The candidates could not be exported to %1.

%2</source>
        <translation>Adaylar %1 dosyasına aktarılamadı.

%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n candidate(s) to %1.</source>
        <translation>
            <numerusform>%n aday %1 dosyasına aktarıldı.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidatesPresenter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>AI %1</source>
        <translation>YZ %1</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Bekliyor</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Reddedildi</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Çakışma</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Kaynak: %1</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>%1d in stage</source>
        <translation>aşamada %1 g</translation>
    </message>
    <message>
        <source>%1d</source>
        <comment>days in stage, on a card too narrow for the long form</comment>
        <translation>%1 g</translation>
    </message>
</context>
<context>
    <name>ClearButtonName</name>
    <message>
        <source>Clear text</source>
        <translation>Metni temizle</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Komut paleti</translation>
    </message>
    <message>
        <source>Type a command, a job or a candidate</source>
        <translation>Bir komut, pozisyon veya aday yazın</translation>
    </message>
    <message>
        <source>Command, job or candidate</source>
        <translation>Komut, pozisyon veya aday</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Sonuçlar</translation>
    </message>
</context>
<context>
    <name>CommandPaletteModel</name>
    <message>
        <source>Job</source>
        <translation>Pozisyon</translation>
    </message>
    <message>
        <source>Job · %1</source>
        <translation>Pozisyon · %1</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Aday</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>&amp;Versions:</source>
        <translation>&amp;Sürümler:</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Benimkini koru</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>Sunucudakini &amp;al</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Yok say</translation>
    </message>
    <message>
        <source>Keep Mine for &amp;All</source>
        <translation>&amp;Tümünde benimkini koru</translation>
    </message>
    <message>
        <source>Take Theirs for A&amp;ll</source>
        <translation>Tümünde s&amp;unucudakini al</translation>
    </message>
    <message>
        <source>Conflicts and Refused Changes</source>
        <translation>Çakışmalar ve reddedilen değişiklikler</translation>
    </message>
    <message>
        <source>&amp;Changes that need you:</source>
        <translation>&amp;Kararınızı bekleyen değişiklikler:</translation>
    </message>
    <message>
        <source>Conflicts and refused changes</source>
        <translation>Çakışmalar ve reddedilen değişiklikler</translation>
    </message>
    <message>
        <source>Nothing needs your attention: no conflicts and no refused changes.</source>
        <translation>İlginizi gerektiren bir şey yok: çakışma da reddedilen değişiklik de yok.</translation>
    </message>
    <message>
        <source>Your version and the server&apos;s, field by field</source>
        <translation>Sizin sürümünüz ve sunucudaki sürüm, alan alan</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Alan</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Benimki</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Sunucuda</translation>
    </message>
    <message>
        <source>Send your change again, over the server&apos;s version</source>
        <translation>Değişikliğinizi sunucudaki sürümün üzerine yazarak yeniden gönder</translation>
    </message>
    <message>
        <source>Drop your change and keep the server&apos;s version</source>
        <translation>Değişikliğinizi bırak ve sunucudaki sürümü koru</translation>
    </message>
    <message>
        <source>Remove this refused change from the list</source>
        <translation>Bu reddedilen değişikliği listeden kaldır</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>Ka&amp;pat</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 differs: mine %2, on the server %3</source>
        <translation>%1 farklı: benimki %2, sunucuda %3</translation>
    </message>
    <message>
        <source>%1, the same: %2</source>
        <translation>%1, aynı: %2</translation>
    </message>
</context>
<context>
    <name>ConflictsPresenter</name>
    <message>
        <source>Stage</source>
        <translation>Aşama</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>In stage since</source>
        <translation>Aşamaya giriş tarihi</translation>
    </message>
    <message>
        <source>Rejection</source>
        <translation>Ret gerekçesi</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>İşe alındı</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Son değişiklik</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Soyadı</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Etkin</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Reddedildi</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Geri çekildi</translation>
    </message>
    <message>
        <source>A candidate not on this computer</source>
        <translation>Bu bilgisayarda olmayan bir aday</translation>
    </message>
    <message>
        <source>Move to another stage</source>
        <translation>Başka bir aşamaya taşı</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>%1 aşamasına taşı</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reddet</translation>
    </message>
    <message>
        <source>Hire</source>
        <translation>İşe al</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Not eklendi</translation>
    </message>
    <message>
        <source>Note edited</source>
        <translation>Not düzenlendi</translation>
    </message>
    <message>
        <source>Evaluation added</source>
        <translation>Değerlendirme eklendi</translation>
    </message>
    <message>
        <source>Feedback on an AI insight</source>
        <translation>YZ içgörüsüne geri bildirim</translation>
    </message>
    <message>
        <source>Tag added</source>
        <translation>Etiket eklendi</translation>
    </message>
    <message>
        <source>Tag removed</source>
        <translation>Etiket kaldırıldı</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Değişiklik</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Çakışma</translation>
    </message>
    <message>
        <source>Refused and undone</source>
        <translation>Reddedildi ve geri alındı</translation>
    </message>
    <message>
        <source>%1: %2
%3 · %4</source>
        <translation>%1: %2
%3 · %4</translation>
    </message>
    <message>
        <source>%1, %2: %3, %4</source>
        <translation>%1, %2: %3, %4</translation>
    </message>
    <message>
        <source>Someone else changed this on the server after you made your change, and the server&apos;s version cannot be shown. Keep Mine sends your change again; Take Theirs drops it.</source>
        <translation>Siz değişikliğinizi yaptıktan sonra başka biri bunu sunucuda değiştirdi ve sunucudaki sürüm gösterilemiyor. &quot;Benimkini koru&quot; değişikliğinizi yeniden gönderir; &quot;Sunucudakini al&quot; değişikliğinizi iptal eder.</translation>
    </message>
    <message>
        <source>Someone else changed this on the server after you made your change. Keep Mine sends your change again over theirs; Take Theirs drops yours and shows the server&apos;s version.</source>
        <translation>Siz değişikliğinizi yaptıktan sonra başka biri bunu sunucuda değiştirdi. &quot;Benimkini koru&quot; değişikliğinizi onlarınkinin üzerine yeniden gönderir; &quot;Sunucudakini al&quot; sizinkini iptal eder ve sunucudaki sürümü gösterir.</translation>
    </message>
    <message>
        <source>The server refused this change, so it was undone.</source>
        <translation>Sunucu bu değişikliği reddettiği için değişiklik geri alındı.</translation>
    </message>
    <message>
        <source>The card is back in %1.</source>
        <translation>Kart yeniden %1 aşamasında.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(yok)</translation>
    </message>
    <message>
        <source>A stage not on this computer</source>
        <translation>Bu bilgisayarda olmayan bir aşama</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Evet</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Mevcut değil</translation>
    </message>
    <message>
        <source>The choice cannot be made now: sync is not running.</source>
        <translation>Seçim şu anda yapılamıyor: eşitleme çalışmıyor.</translation>
    </message>
    <message>
        <source>The change cannot be dismissed now: sync is not running.</source>
        <translation>Değişiklik şu anda listeden kaldırılamıyor: eşitleme çalışmıyor.</translation>
    </message>
    <message>
        <source>Moving %1 to another stage was refused.</source>
        <translation>%1 için başka bir aşamaya taşıma reddedildi.</translation>
    </message>
    <message>
        <source>Moving %1 to %2 was refused.</source>
        <translation>%1 için %2 aşamasına taşıma reddedildi.</translation>
    </message>
    <message>
        <source>Rejecting %1 was refused.</source>
        <translation>%1 için ret işlemi reddedildi.</translation>
    </message>
    <message>
        <source>Hiring %1 was refused.</source>
        <translation>%1 için işe alım reddedildi.</translation>
    </message>
    <message>
        <source>Your change to %1 (%2) was refused.</source>
        <translation>%1 için yaptığınız değişiklik (%2) reddedildi.</translation>
    </message>
</context>
<context>
    <name>CsvFileWriter</name>
    <message>
        <source>The file could not be created: %1</source>
        <translation>Dosya oluşturulamadı: %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Dosya yazılamadı: %1</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Dosya kaydedilemedi: %1</translation>
    </message>
</context>
<context>
    <name>CtlContext</name>
    <message>
        <source>The profile folder cannot be created.</source>
        <translation>Profil klasörü oluşturulamıyor.</translation>
    </message>
    <message>
        <source>The profile cannot be saved.</source>
        <translation>Profil kaydedilemiyor.</translation>
    </message>
    <message>
        <source>Wrong passphrase: the local cache cannot be opened with it.</source>
        <translation>Yanlış parola: yerel önbellek bu parolayla açılamıyor.</translation>
    </message>
    <message>
        <source>The keychain that holds the key of the local cache did not answer. Try again.</source>
        <translation>Yerel önbelleğin anahtarını tutan anahtar zinciri yanıt vermedi. Yeniden deneyin.</translation>
    </message>
    <message>
        <source>The profile settings (profile.json) cannot be read. Fix or remove the file, or use another --profile.</source>
        <translation>Profil ayarları (profile.json) okunamıyor. Dosyayı düzeltin veya silin ya da başka bir --profile kullanın.</translation>
    </message>
</context>
<context>
    <name>CtlOptions</name>
    <message>
        <source>Option %1 needs a value.</source>
        <translation>%1 seçeneği bir değer gerektiriyor.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Bilinmeyen seçenek: %1</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Komut belirtilmedi.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Bilinmeyen komut: %1</translation>
    </message>
    <message>
        <source>Unknown option for %1: %2</source>
        <translation>%1 için bilinmeyen seçenek: %2</translation>
    </message>
    <message>
        <source>export needs --format csv or --format json.</source>
        <translation>export için --format csv veya --format json gerekir.</translation>
    </message>
    <message>
        <source>export needs --out FILE.</source>
        <translation>export için --out FILE gerekir.</translation>
    </message>
    <message>
        <source>resolve needs a conflict id and mine or theirs.</source>
        <translation>resolve için bir çakışma kimliği ve mine ya da theirs gerekir.</translation>
    </message>
    <message>
        <source>%1 needs one pipeline id.</source>
        <translation>%1 için tek bir süreç kimliği gerekir.</translation>
    </message>
    <message>
        <source>change needs: move APP STAGE | reject APP REASON [TEXT] | hire APP | note CANDIDATE TEXT</source>
        <translation>change için gerekenler: move APP STAGE | reject APP REASON [TEXT] | hire APP | note CANDIDATE TEXT</translation>
    </message>
    <message>
        <source>Usage: hirexctl [--server URL] [--ca-file PEM] [--pin-spki SHA256-BASE64]...
                [--issuer URL] [--client-id ID] [--profile DIR]
                [--passphrase-file FILE] COMMAND

Commands:
  login [--no-browser]                 sign in (prints the address with --no-browser)
  sync [--watch]                       send queued changes, then download changes
  status [--json]                      session, cache and queue state
  export --format csv|json [--pipeline ID] --out FILE
                                       write the cached applications to FILE
  logout [--wipe]                      sign out; --wipe also deletes the cache and its key
  change move APP STAGE | reject APP REASON [TEXT] | hire APP | note CANDIDATE TEXT
                                       queue a change (sent by the next sync)
  conflicts [--json]                   list changes that wait for a decision
  resolve CONFLICT mine|theirs         decide a conflict
  pin PIPELINE | unpin PIPELINE | pin --all
                                       choose what is kept offline


Without a keychain the local cache is protected by a passphrase: the first line of
--passphrase-file FILE (mode 600), or typed on the terminal.

Exit codes: 0 ok, 1 failure, 2 usage, 3 not signed in, 4 network or TLS,
            5 cache locked or key problem (also: wrong or no passphrase),
            6 changes need attention.
</source>
        <translation>Kullanım: hirexctl [--server URL] [--ca-file PEM] [--pin-spki SHA256-BASE64]...
                [--issuer URL] [--client-id ID] [--profile DIR]
                [--passphrase-file FILE] KOMUT

Komutlar:
  login [--no-browser]                 oturum aç (--no-browser ile adresi yazdırır)
  sync [--watch]                       kuyruktaki değişiklikleri gönder, ardından değişiklikleri indir
  status [--json]                      oturum, önbellek ve kuyruk durumu
  export --format csv|json [--pipeline ID] --out FILE
                                       önbellekteki başvuruları FILE dosyasına yaz
  logout [--wipe]                      oturumu kapat; --wipe önbelleği ve anahtarını da siler
  change move APP STAGE | reject APP REASON [TEXT] | hire APP | note CANDIDATE TEXT
                                       değişikliği kuyruğa ekle (sonraki eşitlemede gönderilir)
  conflicts [--json]                   karar bekleyen değişiklikleri listele
  resolve CONFLICT mine|theirs         çakışmayı karara bağla
  pin PIPELINE | unpin PIPELINE | pin --all
                                       çevrimdışı tutulacak süreçleri seç

Anahtar zinciri yoksa yerel önbellek bir parolayla korunur: --passphrase-file FILE dosyasının
ilk satırı (izinler 600) ya da terminalde yazılan parola.

Çıkış kodları: 0 başarılı, 1 hata, 2 kullanım hatası, 3 oturum açılmamış, 4 ağ veya TLS,
               5 önbellek kilitli veya anahtar sorunu (ayrıca: yanlış veya eksik parola),
               6 değişiklikler ilgi bekliyor.
</translation>
    </message>
    <message>
        <source>
Development only: --insecure-loopback-http allows plain http:// to 127.0.0.1.
</source>
        <translation>
Yalnızca geliştirme için: --insecure-loopback-http, 127.0.0.1 adresine düz http:// bağlantısına izin verir.
</translation>
    </message>
    <message>
        <source>-v, --verbose (before the command) also prints the hirex.* info and debug log lines;
--help prints this text.
</source>
        <translation>-v, --verbose (komuttan önce) hirex.* bilgi ve hata ayıklama günlük satırlarını da yazdırır;
--help bu metni yazdırır.
</translation>
    </message>
</context>
<context>
    <name>CtlRunner</name>
    <message>
        <source>hirexctl: %1</source>
        <translation>hirexctl: %1</translation>
    </message>
    <message>
        <source>The first login needs --server URL.</source>
        <translation>İlk oturum açma için --server URL gerekir.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Oturum açıldı.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Uyarı: %1</translation>
    </message>
    <message>
        <source>Not signed in. Run hirexctl login first.</source>
        <translation>Oturum açılmamış. Önce hirexctl login komutunu çalıştırın.</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Yeniden oturum açın.</translation>
    </message>
    <message>
        <source>Sync paused: %1 (retrying)</source>
        <translation>Eşitleme duraklatıldı: %1 (yeniden deneniyor)</translation>
    </message>
    <message>
        <source>Synchronised: %1 changes received, %2 queued, %3 conflicts, %4 refused.</source>
        <translation>Eşitlendi: %1 değişiklik alındı, %2 kuyrukta, %3 çakışma, %4 reddedildi.</translation>
    </message>
    <message>
        <source><byte value="xd"/>Syncing: %1 changes, %2 KiB</source>
        <translation><byte value="xd"/>Eşitleniyor: %1 değişiklik, %2 KiB</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>, yaklaşık %1 sn kaldı</translation>
    </message>
    <message>
        <source>Server: %1
</source>
        <translation>Sunucu: %1
</translation>
    </message>
    <message>
        <source>Signed in.
</source>
        <translation>Oturum açık.
</translation>
    </message>
    <message>
        <source>Not signed in.
</source>
        <translation>Oturum açılmamış.
</translation>
    </message>
    <message>
        <source>Cache: %1 jobs, %2 candidates, %3 applications; last sync %4
</source>
        <translation>Önbellek: %1 pozisyon, %2 aday, %3 başvuru; son eşitleme %4
</translation>
    </message>
    <message>
        <source>never</source>
        <translation>hiç yapılmadı</translation>
    </message>
    <message>
        <source>Queued changes: %1 pending, %2 conflicts, %3 refused
</source>
        <translation>Kuyruktaki değişiklikler: %1 bekliyor, %2 çakışma, %3 reddedildi
</translation>
    </message>
    <message>
        <source>Nothing to export: run hirexctl sync first.</source>
        <translation>Dışa aktarılacak veri yok: önce hirexctl sync komutunu çalıştırın.</translation>
    </message>
    <message>
        <source>Exported %1 applications to %2
</source>
        <translation>%1 başvuru %2 dosyasına aktarıldı
</translation>
    </message>
    <message>
        <source>Signed out; local data removed.
</source>
        <translation>Oturum kapatıldı; yerel veriler silindi.
</translation>
    </message>
    <message>
        <source>Signed out.
</source>
        <translation>Oturum kapatıldı.
</translation>
    </message>
    <message>
        <source>That candidate is not in the local cache.</source>
        <translation>Bu aday yerel önbellekte yok.</translation>
    </message>
    <message>
        <source>That application is not in the local cache.</source>
        <translation>Bu başvuru yerel önbellekte yok.</translation>
    </message>
    <message>
        <source>conflict %1: %2 %3 changed on the server (version %4)
</source>
        <translation>çakışma %1: %2 %3 sunucuda değiştirildi (sürüm %4)
</translation>
    </message>
    <message>
        <source>refused %1: %2
</source>
        <translation>reddedildi %1: %2
</translation>
    </message>
    <message>
        <source>No such conflict.</source>
        <translation>Böyle bir çakışma yok.</translation>
    </message>
    <message>
        <source>Resolved.
</source>
        <translation>Çözüldü.
</translation>
    </message>
    <message>
        <source>The working set could not be changed.</source>
        <translation>Çevrimdışı seçim değiştirilemedi.</translation>
    </message>
    <message>
        <source>Working set updated. Run hirexctl sync to download pinned pipelines.
</source>
        <translation>Çevrimdışı seçim güncellendi. Sabitlenen süreçleri indirmek için hirexctl sync komutunu çalıştırın.
</translation>
    </message>
    <message>
        <source>hirexctl: sign-in interrupted; not signed in.</source>
        <translation>hirexctl: oturum açma kesildi; oturum açılmadı.</translation>
    </message>
    <message>
        <source>hirexctl: interrupted before the command finished.</source>
        <translation>hirexctl: komut bitmeden kesildi.</translation>
    </message>
    <message>
        <source>Signed in for this run only: the server issued no refresh token, so the next command will not be signed in.</source>
        <translation>Yalnızca bu çalıştırma için oturum açıldı: sunucu yenileme belirteci vermedi, bu yüzden sonraki komutta oturum açık olmayacak.</translation>
    </message>
    <message numerus="yes">
        <source>%n queued change(s) dropped: the item no longer exists on the server.</source>
        <translation>
            <numerusform>%n bekleyen değişiklik silindi: öğe artık sunucuda yok.</numerusform>
        </translation>
    </message>
    <message>
        <source>This profile is locked in Hirex Desktop. Unlock it there first: hirexctl does not open a locked profile.</source>
        <translation>Bu profil Hirex Desktop&apos;ta kilitli. Önce kilidi orada açın: hirexctl kilitli bir profili açmaz.</translation>
    </message>
    <message>
        <source>Locked in Hirex Desktop: the cache stays closed until it is unlocked there.
</source>
        <translation>Hirex Desktop&apos;ta kilitli: önbellek, kilidi orada açılana kadar kapalı kalır.
</translation>
    </message>
</context>
<context>
    <name>DesktopController</name>
    <message>
        <source>Reset local cache deletes the encrypted copy on this computer and downloads your data from the server again. Changes that have not reached the server yet are lost.</source>
        <translation>Yerel önbelleği sıfırlamak, bu bilgisayardaki şifreli kopyayı siler ve verilerinizi sunucudan yeniden indirir. Henüz sunucuya ulaşmamış değişiklikler kaybolur.</translation>
    </message>
    <message>
        <source>The local cache cannot be opened</source>
        <translation>Yerel önbellek açılamıyor</translation>
    </message>
    <message>
        <source>Working online only: the local cache is not open.</source>
        <translation>Yalnızca çevrimiçi çalışılıyor: yerel önbellek açık değil.</translation>
    </message>
    <message>
        <source>Loading your workspace…</source>
        <translation>Çalışma alanınız yükleniyor…</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) you can work on.</source>
        <translation>
            <numerusform>Üzerinde çalışabileceğiniz %n pozisyon var.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain is not answering</source>
        <translation>Anahtar zinciri yanıt vermiyor</translation>
    </message>
    <message>
        <source>The keychain that holds the key of your local cache did not answer. Make sure it is running and unlocked, then try again.</source>
        <translation>Yerel önbelleğinizin anahtarını tutan anahtar zinciri yanıt vermedi. Çalıştığından ve kilidinin açık olduğundan emin olun, ardından yeniden deneyin.</translation>
    </message>
    <message>
        <source>The local data could not be removed</source>
        <translation>Yerel veriler silinemedi</translation>
    </message>
    <message>
        <source>Hirex could not delete the local cache on this computer: %1

You are signed out. Delete the profile folder %2 by hand.</source>
        <translation>Hirex bu bilgisayardaki yerel önbelleği silemedi: %1

Oturumunuz kapatıldı. %2 profil klasörünü elle silin.</translation>
    </message>
    <message>
        <source>The local cache is damaged</source>
        <translation>Yerel önbellek hasarlı</translation>
    </message>
    <message>
        <source>The local cache is damaged. Hirex offers to reset it again at the next start.</source>
        <translation>Yerel önbellek hasarlı. Hirex bir sonraki başlatmada sıfırlamayı yeniden önerecek.</translation>
    </message>
    <message>
        <source>This window keeps its data in the profile folder given with --profile-dir, which belongs to %1. Start Hirex without --profile-dir to sign in to another server.</source>
        <translation>Bu pencere verilerini --profile-dir ile verilen profil klasöründe tutar; bu klasör %1 sunucusuna aittir. Başka bir sunucuda oturum açmak için Hirex&apos;i --profile-dir olmadan başlatın.</translation>
    </message>
    <message>
        <source>The profile folder&apos;s settings (profile.json) cannot be read. Fix or remove the file, or choose another --profile-dir.</source>
        <translation>Profil klasörünün ayarları (profile.json) okunamıyor. Dosyayı düzeltin veya silin ya da başka bir --profile-dir seçin.</translation>
    </message>
    <message>
        <source>The profile folder %1 belongs to %2. Start with --server %2, or choose another --profile-dir for %3.</source>
        <translation>%1 profil klasörü %2 sunucusuna ait. --server %2 ile başlatın ya da %3 için başka bir --profile-dir seçin.</translation>
    </message>
    <message>
        <source>Offline: you are working with the copy on this computer. Changes are sent when the server can be reached again.</source>
        <translation>Çevrimdışı: bu bilgisayardaki kopyayla çalışıyorsunuz. Değişiklikler sunucuya yeniden ulaşılabildiğinde gönderilir.</translation>
    </message>
    <message>
        <source>An unlock PIN is only for profiles whose key is in the keychain; a passphrase profile unlocks with its passphrase.</source>
        <translation>Kilit açma PIN&apos;i yalnızca anahtarı anahtar zincirinde olan profiller içindir; parola ifadeli profil kendi parola ifadesiyle açılır.</translation>
    </message>
    <message>
        <source>The change could not be queued: sync is not running.</source>
        <translation>Değişiklik sıraya alınamadı: eşitleme çalışmıyor.</translation>
    </message>
    <message>
        <source>Changes not sent yet</source>
        <translation>Değişiklikler henüz gönderilmedi</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made on this computer have not reached the server yet. Removing the local data now loses them.</source>
        <translation>
            <numerusform>Bu bilgisayarda yapılan %n değişiklik henüz sunucuya ulaşmadı. Yerel verileri şimdi silmek onları kaybettirir.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Wait, Then Sign Out</source>
        <translation>&amp;Bekle, sonra oturumu kapat</translation>
    </message>
    <message>
        <source>&amp;Lose Them and Sign Out</source>
        <translation>&amp;Kaybet ve oturumu kapat</translation>
    </message>
    <message>
        <source>You are signed out as soon as the queued changes have reached the server.</source>
        <translation>Sıradaki değişiklikler sunucuya ulaşır ulaşmaz oturumunuz kapatılır.</translation>
    </message>
    <message>
        <source>The move cannot be undone: sync is not running.</source>
        <translation>Taşıma geri alınamıyor: eşitleme çalışmıyor.</translation>
    </message>
    <message>
        <source>The saved network settings are not used: %1</source>
        <translation>Kaydedilen ağ ayarları kullanılmıyor: %1</translation>
    </message>
    <message>
        <source>This window keeps its data in the profile folder given with --profile-dir, which belongs to %1. Start Hirex without --profile-dir to use another server.</source>
        <translation>Bu pencere verilerini --profile-dir ile verilen profil klasöründe tutar; bu klasör %1 sunucusuna aittir. Başka bir sunucu kullanmak için Hirex&apos;i --profile-dir olmadan başlatın.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made on this computer have not reached %1 yet. If you switch now they stay queued here and are sent only when you switch back to that server.</source>
        <translation>
            <numerusform>Bu bilgisayarda yapılan %n değişiklik henüz %1 sunucusuna ulaşmadı. Şimdi geçiş yaparsanız bu değişiklikler burada sırada kalır ve yalnızca o sunucuya geri döndüğünüzde gönderilir.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Wait, Then Switch</source>
        <translation>&amp;Bekle, sonra geçiş yap</translation>
    </message>
    <message>
        <source>&amp;Switch Now</source>
        <translation>&amp;Şimdi geçiş yap</translation>
    </message>
    <message>
        <source>Hirex switches to %1 as soon as the queued changes have reached %2.</source>
        <translation>Sıradaki değişiklikler %2 sunucusuna ulaşır ulaşmaz Hirex %1 sunucusuna geçer.</translation>
    </message>
    <message>
        <source>The pinned pipelines can only be changed while sync is running.</source>
        <translation>Sabitlenen süreçler yalnızca eşitleme çalışırken değiştirilebilir.</translation>
    </message>
</context>
<context>
    <name>DesktopOptions</name>
    <message>
        <source>Hirex Desktop, the recruiting workspace.</source>
        <translation>Hirex Desktop, işe alım çalışma alanı.</translation>
    </message>
    <message>
        <source>Hirex server address.</source>
        <translation>Hirex sunucu adresi.</translation>
    </message>
    <message>
        <source>Extra trusted CA certificates (PEM).</source>
        <translation>Ek güvenilir CA sertifikaları (PEM).</translation>
    </message>
    <message>
        <source>OpenID Connect issuer (default: the server).</source>
        <translation>OpenID Connect yayıncısı (varsayılan: sunucu).</translation>
    </message>
    <message>
        <source>OAuth client id.</source>
        <translation>OAuth istemci kimliği.</translation>
    </message>
    <message>
        <source>Folder for this profile&apos;s encrypted cache.</source>
        <translation>Bu profilin şifreli önbelleğinin klasörü.</translation>
    </message>
    <message>
        <source>Development only: allow plain HTTP to 127.0.0.1.</source>
        <translation>Yalnızca geliştirme için: 127.0.0.1 adresine şifresiz HTTP&apos;ye izin ver.</translation>
    </message>
    <message>
        <source>Start signing in at once when no session is stored.</source>
        <translation>Kayıtlı oturum yoksa oturum açmayı hemen başlat.</translation>
    </message>
    <message>
        <source>Lock the local data after this many idle minutes (0: never).</source>
        <translation>Bu kadar dakika işlem yapılmadığında yerel verileri kilitle (0: hiçbir zaman).</translation>
    </message>
    <message>
        <source>Trust only server chains with this key (base64 SHA-256 of the SubjectPublicKeyInfo); repeatable.</source>
        <translation>Yalnızca bu anahtarı içeren sunucu zincirlerine güven (SubjectPublicKeyInfo&apos;nun base64 SHA-256 değeri); tekrarlanabilir.</translation>
    </message>
    <message>
        <source>--idle-lock-minutes needs a whole number of minutes from 0 (never) to %1.</source>
        <translation>--idle-lock-minutes, 0 (hiçbir zaman) ile %1 arasında tam sayı bir dakika değeri gerektirir.</translation>
    </message>
    <message>
        <source>Language for this run: en, tr or de (default: the one chosen in the app).</source>
        <translation>Bu çalıştırma için dil: en, tr veya de (varsayılan: uygulamada seçilen dil).</translation>
    </message>
    <message>
        <source>--language needs one of en, tr or de.</source>
        <translation>--language için en, tr veya de değerlerinden biri gerekir.</translation>
    </message>
    <message>
        <source>Theme for this run: system, light or dark (default: the one chosen in Settings).</source>
        <translation>Bu çalıştırma için tema: system, light veya dark (varsayılan: Ayarlar&apos;da seçilen tema).</translation>
    </message>
    <message>
        <source>--theme is system, light or dark.</source>
        <translation>--theme için system, light veya dark değerlerinden biri gerekir.</translation>
    </message>
</context>
<context>
    <name>DeviceTableModel</name>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>macOS</source>
        <translation>macOS</translation>
    </message>
    <message>
        <source>Revoked, wipe requested</source>
        <translation>İptal edildi, silme istendi</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>İptal edildi</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Etkin</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (bu bilgisayar)</translation>
    </message>
    <message>
        <source>%1, Hirex %2</source>
        <translation>%1, Hirex %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Hiç</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Kullanıcı</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Cihaz</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Kayıt tarihi</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Son görülme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
</context>
<context>
    <name>FeedPuller</name>
    <message>
        <source>Synchronisation was stopped.</source>
        <translation>Eşitleme durduruldu.</translation>
    </message>
    <message>
        <source>The server sent changes this app cannot read.</source>
        <translation>Sunucu, bu uygulamanın okuyamadığı değişiklikler gönderdi.</translation>
    </message>
    <message>
        <source>The local copy could not be updated. Try again, or reset the local cache.</source>
        <translation>Yerel kopya güncellenemedi. Yeniden deneyin veya yerel önbelleği sıfırlayın.</translation>
    </message>
</context>
<context>
    <name>JobListModel</name>
    <message>
        <source>Open</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Kapalı</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Taslak</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Pozisyon</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departman</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Ofis</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Bölge</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain holds no such entry.</source>
        <translation>Anahtarlıkta böyle bir kayıt yok.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Unlock your keychain and try again.</source>
        <translation>Anahtarlığa erişim reddedildi. Anahtarlığınızın kilidini açıp yeniden deneyin.</translation>
    </message>
    <message>
        <source>No keychain service is available on this computer (for example no Secret Service such as GNOME Keyring or KWallet is running).</source>
        <translation>Bu bilgisayarda kullanılabilir bir anahtarlık hizmeti yok (örneğin GNOME Keyring veya KWallet gibi bir Secret Service çalışmıyor).</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. Check that it is unlocked and try again.</source>
        <translation>Anahtarlık zamanında yanıt vermedi. Kilidinin açık olduğunu kontrol edip yeniden deneyin.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Anahtarlık bir hata bildirdi.</translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Kilidi aç</translation>
    </message>
    <message>
        <source>Hirex is locked</source>
        <translation>Hirex kilitli</translation>
    </message>
    <message>
        <source>Lock status</source>
        <translation>Kilit durumu</translation>
    </message>
    <message>
        <source>Your local data is encrypted and closed. Unlock to continue working.</source>
        <translation>Yerel verileriniz şifreli ve kapalı. Çalışmaya devam etmek için kilidi açın.</translation>
    </message>
    <message>
        <source>Unlock with your &amp;browser</source>
        <translation>&amp;Tarayıcınızla kilidi açın</translation>
    </message>
    <message>
        <source>Unlock &amp;PIN:</source>
        <translation>Kilit açma &amp;PIN&apos;i:</translation>
    </message>
    <message>
        <source>Unlock with PI&amp;N</source>
        <translation>PI&amp;N ile kilidi aç</translation>
    </message>
    <message>
        <source>Sign in again in your browser to prove it is you.</source>
        <translation>Siz olduğunuzu kanıtlamak için tarayıcınızda yeniden oturum açın.</translation>
    </message>
    <message>
        <source>Unlock PIN</source>
        <translation>Kilit açma PIN&apos;i</translation>
    </message>
</context>
<context>
    <name>LoopbackRedirectServer</name>
    <message>
        <source>Sign-in cancelled</source>
        <translation>Oturum açma iptal edildi</translation>
    </message>
    <message>
        <source>Sign-in to Hirex did not complete. You can close this window and return to Hirex.</source>
        <translation>Hirex&apos;te oturum açma tamamlanmadı. Bu pencereyi kapatıp Hirex&apos;e dönebilirsiniz.</translation>
    </message>
    <message>
        <source>Signed in to Hirex</source>
        <translation>Hirex&apos;te oturum açıldı</translation>
    </message>
    <message>
        <source>You can close this window and return to Hirex.</source>
        <translation>Bu pencereyi kapatıp Hirex&apos;e dönebilirsiniz.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Bulunamadı</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Burada bir şey yok.</translation>
    </message>
    <message>
        <source>Sign-in response not accepted</source>
        <translation>Oturum açma yanıtı kabul edilmedi</translation>
    </message>
    <message>
        <source>This page does not belong to the sign-in Hirex is waiting for. Return to Hirex and start the sign-in again if needed.</source>
        <translation>Bu sayfa, Hirex&apos;in beklediği oturum açma işlemine ait değil. Hirex&apos;e dönün ve gerekirse oturum açmayı yeniden başlatın.</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation>Oturum açma tamamlanmadı</translation>
    </message>
    <message>
        <source>Sign-in to Hirex did not complete. Return to Hirex for details.</source>
        <translation>Hirex&apos;te oturum açma tamamlanmadı. Ayrıntılar için Hirex&apos;e dönün.</translation>
    </message>
    <message>
        <source>Sign-in to Hirex did not complete: %1</source>
        <translation>Hirex&apos;te oturum açma tamamlanmadı: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hirex</source>
        <translation>Hirex</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Oturumu kapat</translation>
    </message>
    <message>
        <source>Sign out and &amp;remove local data…</source>
        <translation>Oturumu kapat ve yerel verileri &amp;sil…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Çıkış</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>&amp;About Hirex Desktop</source>
        <translation>Hirex Desktop &amp;Hakkında</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Oturum açık değil</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Oturum açık</translation>
    </message>
    <message>
        <source>Remove local data?</source>
        <translation>Yerel veriler silinsin mi?</translation>
    </message>
    <message>
        <source>Signing out this way deletes the encrypted copy of your Hirex data on this computer and its key. Changes that have not reached the server yet are lost.

Sign out and remove local data?</source>
        <translation>Bu şekilde oturumu kapatmak, Hirex verilerinizin bu bilgisayardaki şifreli kopyasını ve anahtarını siler. Henüz sunucuya ulaşmamış değişiklikler kaybolur.

Oturum kapatılsın ve yerel veriler silinsin mi?</translation>
    </message>
    <message>
        <source>About Hirex Desktop</source>
        <translation>Hirex Desktop Hakkında</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hirex Desktop %1&lt;/h3&gt;&lt;p&gt;The desktop client for the Hirex recruiting platform.&lt;/p&gt;&lt;p&gt;AI output in Hirex informs people; it never decides.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hirex Desktop %1&lt;/h3&gt;&lt;p&gt;Hirex işe alım platformunun masaüstü istemcisi.&lt;/p&gt;&lt;p&gt;Hirex&apos;teki yapay zekâ çıktıları insanları bilgilendirir; asla karar vermez.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Kilitle</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Kilitli</translation>
    </message>
    <message>
        <source>Resolve &amp;Conflicts…</source>
        <translation>Ç&amp;akışmaları çöz…</translation>
    </message>
    <message>
        <source>Resolve conflicts and review changes the server refused</source>
        <translation>Çakışmaları çöz ve sunucunun reddettiği değişiklikleri gözden geçir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation>Komut &amp;paleti…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>K&amp;lavye kısayolları</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>%1 bölümüne git</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>D&amp;il</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Sis&amp;tem dili</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No secret is stored under this name.</source>
        <translation>Bu adla kayıtlı bir gizli bilgi yok.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>Anahtarlığa erişim reddedildi.</translation>
    </message>
    <message>
        <source>No keychain service is available on this computer.</source>
        <translation>Bu bilgisayarda kullanılabilir bir anahtarlık hizmeti yok.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>Anahtarlık zamanında yanıt vermedi.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Anahtarlık bir hata bildirdi.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Ayrıntılar…</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Bilgi</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>İletiyi kapat</translation>
    </message>
</context>
<context>
    <name>MyReviewsModel</name>
    <message>
        <source>Submitted</source>
        <translation>Gönderildi</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Taslak</translation>
    </message>
    <message>
        <source>Strong yes</source>
        <translation>Kesinlikle evet</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Evet</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <source>Strong no</source>
        <translation>Kesinlikle hayır</translation>
    </message>
    <message>
        <source>Submitted scorecard for %1, %2, stage %3, recommendation %4, last changed %5</source>
        <translation>%1 için gönderilmiş değerlendirme formu, %2, aşama %3, öneri %4, son değişiklik %5</translation>
    </message>
    <message>
        <source>Draft scorecard for %1, %2, stage %3, last changed %4</source>
        <translation>%1 için taslak değerlendirme formu, %2, aşama %3, son değişiklik %4</translation>
    </message>
    <message>
        <source>Anonymised screening: the candidate&apos;s identity is withheld.</source>
        <translation>Anonim ön eleme: adayın kimliği gizleniyor.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Aday</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Pozisyon</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Aşama</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Öneri</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Son değişiklik</translation>
    </message>
</context>
<context>
    <name>OAuthTokenClient</name>
    <message>
        <source>The sign-in server cannot revoke tokens; they expire on their own.</source>
        <translation>Oturum açma sunucusu belirteçleri iptal edemiyor; belirteçlerin süresi kendiliğinden dolar.</translation>
    </message>
    <message>
        <source>The sign-in server did not confirm the sign-out.</source>
        <translation>Oturum açma sunucusu oturumun kapatıldığını onaylamadı.</translation>
    </message>
    <message>
        <source>This device was signed out by your administrator. Sign in again.</source>
        <translation>Bu cihazın oturumu yöneticiniz tarafından kapatıldı. Yeniden oturum açın.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to continue.</source>
        <translation>Oturumunuz sona erdi. Devam etmek için yeniden oturum açın.</translation>
    </message>
    <message>
        <source>The sign-in server does not know this app. Check the client id in Settings.</source>
        <translation>Oturum açma sunucusu bu uygulamayı tanımıyor. Ayarlar&apos;daki istemci kimliğini kontrol edin.</translation>
    </message>
    <message>
        <source>The sign-in server is not available right now. Try again later.</source>
        <translation>Oturum açma sunucusu şu anda kullanılamıyor. Daha sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>The sign-in server refused the request.</source>
        <translation>Oturum açma sunucusu isteği reddetti.</translation>
    </message>
    <message>
        <source>The sign-in server sent an answer Hirex cannot use.</source>
        <translation>Oturum açma sunucusu, Hirex&apos;in kullanamayacağı bir yanıt gönderdi.</translation>
    </message>
</context>
<context>
    <name>OidcDiscovery</name>
    <message>
        <source>The sign-in server&apos;s configuration could not be read.</source>
        <translation>Oturum açma sunucusunun yapılandırması okunamadı.</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s configuration is incomplete.</source>
        <translation>Oturum açma sunucusunun yapılandırması eksik.</translation>
    </message>
    <message>
        <source>The sign-in server identifies itself as a different server. Check the server address.</source>
        <translation>Oturum açma sunucusu kendini farklı bir sunucu olarak tanıtıyor. Sunucu adresini kontrol edin.</translation>
    </message>
    <message>
        <source>The sign-in server offers an endpoint without HTTPS; sign-in was stopped.</source>
        <translation>Oturum açma sunucusu HTTPS kullanmayan bir uç nokta sunuyor; oturum açma durduruldu.</translation>
    </message>
    <message>
        <source>The sign-in server does not support secure sign-in for desktop apps (PKCE S256).</source>
        <translation>Oturum açma sunucusu masaüstü uygulamaları için güvenli oturum açmayı (PKCE S256) desteklemiyor.</translation>
    </message>
    <message>
        <source>The sign-in server does not support the authorization code flow.</source>
        <translation>Oturum açma sunucusu yetkilendirme kodu akışını (authorization code flow) desteklemiyor.</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s configuration is not available (HTTP %1).</source>
        <translation>Oturum açma sunucusunun yapılandırmasına erişilemiyor (HTTP %1).</translation>
    </message>
    <message>
        <source>The sign-in server address must be an https:// address. Plain http:// is allowed only to 127.0.0.1, for development, with --insecure-loopback-http.</source>
        <translation>Oturum açma sunucusunun adresi bir https:// adresi olmalıdır. Düz http:// yalnızca geliştirme için, --insecure-loopback-http ile 127.0.0.1 adresine izinlidir.</translation>
    </message>
    <message>
        <source>The sign-in server is not available right now. Try again later.</source>
        <translation>Oturum açma sunucusu şu anda kullanılamıyor. Daha sonra yeniden deneyin.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The change could not be saved on this computer.</source>
        <translation>Değişiklik bu bilgisayara kaydedilemedi.</translation>
    </message>
    <message>
        <source>An earlier change to the same item was refused, so this one was undone too.</source>
        <translation>Aynı öğede yapılan önceki bir değişiklik reddedildiği için bu değişiklik de geri alındı.</translation>
    </message>
    <message>
        <source>This conflict no longer exists.</source>
        <translation>Bu çakışma artık mevcut değil.</translation>
    </message>
    <message>
        <source>The choice could not be saved.</source>
        <translation>Seçiminiz kaydedilemedi.</translation>
    </message>
    <message>
        <source>This change was undone: the item no longer exists on the server.</source>
        <translation>Bu değişiklik geri alındı: öğe artık sunucuda yok.</translation>
    </message>
    <message>
        <source>This change was undone: you no longer have the permission to make it.</source>
        <translation>Bu değişiklik geri alındı: bunu yapma izniniz artık yok.</translation>
    </message>
    <message>
        <source>This change was undone: the server&apos;s rules refused it (%1).</source>
        <translation>Bu değişiklik geri alındı: sunucunun kuralları bunu reddetti (%1).</translation>
    </message>
    <message>
        <source>The change could not be taken back on this computer.</source>
        <translation>Değişiklik bu bilgisayarda geri alınamadı.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Parola belirleyin</translation>
    </message>
    <message numerus="yes">
        <source>This computer has no keychain to keep the key of your local data safe. Choose a passphrase of at least %n characters: your local data and your sign-in are encrypted with it.</source>
        <translation>
            <numerusform>Bu bilgisayarda yerel verilerinizin anahtarını güvenle saklayacak bir anahtar zinciri yok. En az %n karakterlik bir parola belirleyin: yerel verileriniz ve oturumunuz bu parolayla şifrelenir.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase cannot be recovered. If you forget it, you have to reset the local cache and sign in again; changes that have not reached the server by then are lost.</source>
        <translation>Parola kurtarılamaz. Unutursanız yerel önbelleği sıfırlamanız ve yeniden oturum açmanız gerekir; o zamana kadar sunucuya ulaşmamış değişiklikler kaybolur.</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Parolayı tekrarlayın</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Parola:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Tekrar:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Oluştur</translation>
    </message>
    <message>
        <source>Unlock Hirex</source>
        <translation>Hirex kilidini aç</translation>
    </message>
    <message>
        <source>Enter the passphrase that encrypts your local Hirex data.</source>
        <translation>Yerel Hirex verilerinizi şifreleyen parolayı girin.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Kilidi aç</translation>
    </message>
    <message>
        <source>Reset local cache…</source>
        <translation>Yerel önbelleği sıfırla…</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Parola sorunu</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Parolayı girin.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>Parola en az %n karakter olmalıdır.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>İki parola aynı değil.</translation>
    </message>
</context>
<context>
    <name>PassphraseFlow</name>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>Parola doğru değil.</translation>
    </message>
    <message>
        <source>Reset the local cache?</source>
        <translation>Yerel önbellek sıfırlansın mı?</translation>
    </message>
    <message>
        <source>This deletes the encrypted copy of your data on this computer and signs you out. Changes that have not reached the server yet are lost. You then choose a new passphrase and sign in again.</source>
        <translation>Bu işlem verilerinizin bu bilgisayardaki şifreli kopyasını siler ve oturumunuzu kapatır. Henüz sunucuya ulaşmamış değişiklikler kaybolur. Ardından yeni bir parola belirleyip yeniden oturum açarsınız.</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>Parola en az %n karakter olmalıdır.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer has no keychain, so the local cache is protected by a passphrase. Give it with --passphrase-file FILE, or run hirexctl in a terminal to type it.</source>
        <translation>Bu bilgisayarda anahtar zinciri olmadığından yerel önbellek bir parolayla korunuyor. Parolayı --passphrase-file FILE ile verin ya da yazmak için hirexctl&apos;i bir terminalde çalıştırın.</translation>
    </message>
    <message>
        <source>The passphrase file %1 cannot be read.</source>
        <translation>%1 parola dosyası okunamıyor.</translation>
    </message>
    <message>
        <source>The passphrase file %1 is accessible by others (permissions %2). It is ignored: run chmod 600 on it.</source>
        <translation>%1 parola dosyasına başkaları da erişebiliyor (izinler %2). Dosya kullanılmıyor: dosya için chmod 600 çalıştırın.</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>%1 parola dosyası boş.</translation>
    </message>
    <message>
        <source>Passphrase of the local cache: </source>
        <translation>Yerel önbelleğin parolası: </translation>
    </message>
    <message>
        <source>No passphrase given.</source>
        <translation>Parola verilmedi.</translation>
    </message>
    <message numerus="yes">
        <source>This computer has no keychain. Choose a passphrase for the local cache (at least %n characters). It cannot be recovered: if you forget it, the local cache has to be deleted and you sign in again.
</source>
        <translation>
            <numerusform>Bu bilgisayarda anahtar zinciri yok. Yerel önbellek için bir parola belirleyin (en az %n karakter). Parola kurtarılamaz: unutursanız yerel önbelleğin silinmesi ve yeniden oturum açmanız gerekir.
</numerusform>
        </translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Yeni parola: </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Parolayı tekrarlayın: </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>İki parola aynı değil.</translation>
    </message>
    <message>
        <source>No passphrase chosen.</source>
        <translation>Parola belirlenmedi.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Change the unlock PIN</source>
        <translation>Kilit açma PIN&apos;ini değiştirin</translation>
    </message>
    <message>
        <source>Set an unlock PIN</source>
        <translation>Bir kilit açma PIN&apos;i ayarlayın</translation>
    </message>
    <message>
        <source>The PIN unlocks Hirex on this computer while the server cannot be reached. Use %1 to %2 digits. After three wrong PINs each attempt waits longer.</source>
        <translation>PIN, sunucuya ulaşılamadığında bu bilgisayarda Hirex&apos;in kilidini açar. %1 ile %2 basamaklı bir PIN kullanın. Üç yanlış PIN girişinden sonra her deneme daha uzun süre bekletilir.</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Yeni PIN</translation>
    </message>
    <message>
        <source>Repeat the new PIN</source>
        <translation>Yeni PIN&apos;i tekrarlayın</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>&amp;Yeni PIN:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Tekrar:</translation>
    </message>
    <message>
        <source>&amp;Change PIN</source>
        <translation>PIN&apos;i &amp;değiştir</translation>
    </message>
    <message>
        <source>&amp;Set PIN</source>
        <translation>PIN &amp;ayarla</translation>
    </message>
    <message>
        <source>The PIN needs at least %1 digits.</source>
        <translation>PIN en az %1 basamaklı olmalıdır.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>İki PIN aynı değil.</translation>
    </message>
</context>
<context>
    <name>PrintUrlLauncher</name>
    <message>
        <source>Open this address in a browser on this computer to sign in:</source>
        <translation>Oturum açmak için bu adresi bu bilgisayardaki bir tarayıcıda açın:</translation>
    </message>
    <message>
        <source>Waiting for the browser to finish signing in…</source>
        <translation>Tarayıcıda oturum açmanın tamamlanması bekleniyor…</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Hirex</source>
        <translation>Hirex</translation>
    </message>
    <message>
        <source>Hirex cannot start</source>
        <translation>Hirex başlatılamıyor</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>These candidates will be rejected:</source>
        <translation>Şu adaylar reddedilecek:</translation>
    </message>
    <message>
        <source>The name is withheld while the tenant screens blind.</source>
        <translation>Kurum adayları kimliksiz değerlendirdiği için ad gizleniyor.</translation>
    </message>
    <message>
        <source>Candidates to reject</source>
        <translation>Reddedilecek adaylar</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Bir gerekçe seçin…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Gerekçe</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Optional; required for &quot;Other&quot; (at most %1 characters)</source>
        <translation>İsteğe bağlı; &quot;Diğer&quot; için zorunlu (en çok %1 karakter)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Gerekçe:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Not:</translation>
    </message>
    <message>
        <source>AI match scores were shown. They inform this decision; they do not make it.</source>
        <translation>YZ eşleşme puanları gösterildi. Puanlar bu karar için bilgi verir; kararı vermez.</translation>
    </message>
</context>
<context>
    <name>RejectPresenter</name>
    <message>
        <source>Skills do not match</source>
        <translation>Beceriler uyuşmuyor</translation>
    </message>
    <message>
        <source>Not enough experience</source>
        <translation>Yeterli deneyim yok</translation>
    </message>
    <message>
        <source>Candidate withdrew</source>
        <translation>Aday başvurusunu geri çekti</translation>
    </message>
    <message>
        <source>Position filled</source>
        <translation>Pozisyon dolduruldu</translation>
    </message>
    <message>
        <source>Other (explain in the note)</source>
        <translation>Diğer (notta açıklayın)</translation>
    </message>
    <message numerus="yes">
        <source>Reject %n Candidate(s)</source>
        <translation>
            <numerusform>%n adayı reddet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>I have reviewed the %n candidate(s) listed and confirm the rejection</source>
        <translation>
            <numerusform>Listelenen %n adayı inceledim ve reddetmeyi onaylıyorum</numerusform>
        </translation>
    </message>
    <message>
        <source>No candidates are selected.</source>
        <translation>Hiçbir aday seçilmedi.</translation>
    </message>
    <message>
        <source>Choose a reason.</source>
        <translation>Bir gerekçe seçin.</translation>
    </message>
    <message>
        <source>Explain the reason in the note.</source>
        <translation>Gerekçeyi notta açıklayın.</translation>
    </message>
    <message>
        <source>The note is too long (at most %1 characters).</source>
        <translation>Not çok uzun (en çok %1 karakter).</translation>
    </message>
    <message>
        <source>Confirm the rejection.</source>
        <translation>Reddetmeyi onaylayın.</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <source>My scorecards</source>
        <translation>Değerlendirme formlarım</translation>
    </message>
    <message>
        <source>Press Enter to open the candidate.</source>
        <translation>Adayı açmak için Enter tuşuna basın.</translation>
    </message>
</context>
<context>
    <name>ReviewsPresenter</name>
    <message>
        <source>Your scorecards could not be read from the local cache.</source>
        <translation>Değerlendirme formlarınız yerel önbellekten okunamadı.</translation>
    </message>
    <message numerus="yes">
        <source>Your scorecards: %n draft(s) to finish</source>
        <translation>
            <numerusform>Değerlendirme formlarınız: bitirilecek %n taslak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submitted</source>
        <translation>
            <numerusform>%n gönderildi</numerusform>
        </translation>
    </message>
    <message>
        <source>Your scorecards appear here once the working set on this computer is open.</source>
        <translation>Değerlendirme formlarınız, bu bilgisayardaki çevrimdışı seçim açıldığında burada görünür.</translation>
    </message>
    <message>
        <source>Hirex cannot tell yet which scorecards are yours: it learns who is signed in from the server, which has not answered since Hirex started. Your scorecards appear here as soon as it does.</source>
        <translation>Hirex hangi değerlendirme formlarının size ait olduğunu henüz bilmiyor: kimin oturum açtığını sunucudan öğreniyor ve sunucu, Hirex başladığından beri yanıt vermedi. Sunucu yanıt verir vermez değerlendirme formlarınız burada görünür.</translation>
    </message>
    <message>
        <source>No scorecards yet. The scorecards you start or submit for candidates appear here, drafts to finish first.</source>
        <translation>Henüz değerlendirme formu yok. Adaylar için başlattığınız veya gönderdiğiniz değerlendirme formları burada görünür; önce bitirilecek taslaklar.</translation>
    </message>
</context>
<context>
    <name>SessionManager</name>
    <message>
        <source>No keychain is set up.</source>
        <translation>Ayarlanmış bir anahtarlık yok.</translation>
    </message>
    <message>
        <source>This computer could not be registered with the server.</source>
        <translation>Bu bilgisayar sunucuya kaydedilemedi.</translation>
    </message>
    <message>
        <source>Sign in to continue.</source>
        <translation>Devam etmek için oturum açın.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to continue.</source>
        <translation>Oturumunuz sona erdi. Devam etmek için yeniden oturum açın.</translation>
    </message>
    <message>
        <source>The session ended meanwhile.</source>
        <translation>Oturum bu arada sona erdi.</translation>
    </message>
    <message>
        <source>This computer was signed out by your administrator and its local data was removed. Sign in again to continue.</source>
        <translation>Bu bilgisayarın oturumu yöneticiniz tarafından kapatıldı ve yerel verileri silindi. Devam etmek için yeniden oturum açın.</translation>
    </message>
    <message>
        <source>The server issued no refresh token, so this sign-in is not kept: the session ends when the program closes.</source>
        <translation>Sunucu yenileme belirteci vermedi, bu yüzden bu oturum açma saklanmıyor: oturum program kapandığında sona erer.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Choose the extra CA bundle</source>
        <translation>Ek CA paketini seçin</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM sertifikaları (*.pem *.crt *.cer);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Sunucu</translation>
    </message>
    <message>
        <source>S&amp;witch</source>
        <translation>&amp;Değiştir</translation>
    </message>
    <message>
        <source>Use another Hirex server. This server&apos;s data and sign-in stay on this computer for when you switch back.</source>
        <translation>Başka bir Hirex sunucusu kullanın. Bu sunucunun verileri ve oturum bilgileri, geri döndüğünüzde kullanılmak üzere bu bilgisayarda kalır.</translation>
    </message>
    <message>
        <source>Ser&amp;ver address:</source>
        <translation>&amp;Sunucu adresi:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Ağ</translation>
    </message>
    <message>
        <source>None: the system&apos;s certificates only</source>
        <translation>Yok: yalnızca sistemin sertifikaları</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>Se&amp;ç…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Kaldır</translation>
    </message>
    <message>
        <source>Extra CA &amp;bundle:</source>
        <translation>&amp;Ek CA paketi:</translation>
    </message>
    <message>
        <source>Extra CA bundle</source>
        <translation>Ek CA paketi</translation>
    </message>
    <message>
        <source>None: any certificate the CAs trust</source>
        <translation>Yok: CA&apos;ların güvendiği her sertifika</translation>
    </message>
    <message>
        <source>Base64 SHA-256 of a server key (SubjectPublicKeyInfo); several separated by spaces or commas.</source>
        <translation>Bir sunucu anahtarının Base64 SHA-256 değeri (SubjectPublicKeyInfo); birden fazla değer boşluk veya virgülle ayrılır.</translation>
    </message>
    <message>
        <source>SPKI p&amp;ins:</source>
        <translation>SPKI sabitle&amp;meleri:</translation>
    </message>
    <message>
        <source>System (default)</source>
        <translation>Sistem (varsayılan)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Yok</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Elle</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>&amp;Vekil sunucu:</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Vekil sunucu bağlantı noktası</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Vekil sunucu ana bilgisayarı</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>Bağlantı &amp;noktası:</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>&amp;Ana bilgisayar:</translation>
    </message>
    <message>
        <source>The CA bundle and the pins apply the next time Hirex starts; the proxy applies to new connections at once. Certificate errors are never ignored.</source>
        <translation>CA paketi ve sabitlemeler Hirex bir sonraki başlatıldığında geçerli olur; vekil sunucu ayarı yeni bağlantılara hemen uygulanır. Sertifika hataları asla yok sayılmaz.</translation>
    </message>
    <message>
        <source>Pinned pipelines</source>
        <translation>Sabitlenen süreçler</translation>
    </message>
    <message>
        <source>Pinned pipelines are kept on this computer for working offline.</source>
        <translation>Sabitlenen süreçler, çevrimdışı çalışmak için bu bilgisayarda tutulur.</translation>
    </message>
    <message>
        <source>&amp;Keep every pipeline on this computer</source>
        <translation>&amp;Her süreci bu bilgisayarda tut</translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation>Boşta kilitleme</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Kapalı</translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s)</source>
        <translation>
            <numerusform>%n dakika sonra</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Lock:</source>
        <translation>K&amp;ilit:</translation>
    </message>
    <message>
        <source>R&amp;emove PIN</source>
        <translation>PIN&apos;i kaldı&amp;r</translation>
    </message>
    <message>
        <source>Unlock PIN:</source>
        <translation>Kilit açma PIN&apos;i:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Görünüm</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Koyu</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Di&amp;l:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Kaydedildi.</translation>
    </message>
    <message>
        <source>This file was not used: %1</source>
        <translation>Bu dosya kullanılmadı: %1</translation>
    </message>
    <message>
        <source>The pipelines are listed once the local copy is open.</source>
        <translation>Süreçler, yerel kopya açıldığında listelenir.</translation>
    </message>
    <message>
        <source>No pipelines have been synced yet.</source>
        <translation>Henüz hiçbir süreç eşitlenmedi.</translation>
    </message>
    <message>
        <source>This profile unlocks with its passphrase.</source>
        <translation>Bu profilin kilidi kendi parolasıyla açılır.</translation>
    </message>
    <message>
        <source>A PIN is set.</source>
        <translation>Bir PIN ayarlı.</translation>
    </message>
    <message>
        <source>No PIN is set.</source>
        <translation>Ayarlı bir PIN yok.</translation>
    </message>
    <message>
        <source>Change &amp;PIN…</source>
        <translation>&amp;PIN&apos;i değiştir…</translation>
    </message>
    <message>
        <source>Set &amp;PIN…</source>
        <translation>&amp;PIN ayarla…</translation>
    </message>
</context>
<context>
    <name>SettingsPresenter</name>
    <message>
        <source>This is not a valid server address. Use the form https://hirex.example.com.</source>
        <translation>Bu geçerli bir sunucu adresi değil. https://hirex.example.com biçimini kullanın.</translation>
    </message>
    <message>
        <source>Hirex only connects over HTTPS. Use an address that starts with https://.</source>
        <translation>Hirex yalnızca HTTPS üzerinden bağlanır. https:// ile başlayan bir adres kullanın.</translation>
    </message>
    <message>
        <source>Each pin must be the base64 SHA-256 of a public key (44 characters ending in &quot;=&quot;), one per line.</source>
        <translation>Her sabitleme değeri, bir ortak anahtarın base64 SHA-256 değeri olmalıdır (&quot;=&quot; ile biten 44 karakter); her satıra bir değer.</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name, for example proxy.example.com.</source>
        <translation>Vekil sunucunun ana bilgisayar adını girin, örneğin proxy.example.com.</translation>
    </message>
    <message>
        <source>The proxy&apos;s port is a number from 1 to 65535.</source>
        <translation>Vekil sunucunun bağlantı noktası 1 ile 65535 arasında bir sayıdır.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <source>Saved. Newly pinned pipelines download with the next sync; unpinned ones leave this computer a week after you last opened them.</source>
        <translation>Kaydedildi. Yeni sabitlenen süreçler bir sonraki eşitlemede indirilir; sabitlemesi kaldırılanlar, son açmanızdan bir hafta sonra bu bilgisayardan silinir.</translation>
    </message>
    <message>
        <source>The PIN is %1 to %2 digits.</source>
        <translation>PIN %1 ile %2 basamaklı olmalıdır.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>İki PIN aynı değil.</translation>
    </message>
    <message>
        <source>An unlock PIN is only for profiles whose key is in the keychain.</source>
        <translation>Kilit açma PIN&apos;i yalnızca anahtarı anahtar zincirinde olan profiller içindir.</translation>
    </message>
    <message>
        <source>Saving the PIN…</source>
        <translation>PIN kaydediliyor…</translation>
    </message>
    <message>
        <source>The PIN was changed.</source>
        <translation>PIN değiştirildi.</translation>
    </message>
    <message>
        <source>The PIN is set. It unlocks Hirex while the server cannot be reached.</source>
        <translation>PIN ayarlandı. Sunucuya ulaşılamadığında Hirex&apos;in kilidini açar.</translation>
    </message>
    <message>
        <source>Removing the PIN…</source>
        <translation>PIN kaldırılıyor…</translation>
    </message>
    <message>
        <source>The PIN was removed.</source>
        <translation>PIN kaldırıldı.</translation>
    </message>
    <message>
        <source>The working set can only be changed while the local copy is open.</source>
        <translation>Çevrimdışı seçim yalnızca yerel kopya açıkken değiştirilebilir.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Up, Down</source>
        <translation>Up, Down</translation>
    </message>
    <message>
        <source>Previous or next card in the column</source>
        <translation>Sütundaki önceki veya sonraki kart</translation>
    </message>
    <message>
        <source>Left, Right</source>
        <translation>Left, Right</translation>
    </message>
    <message>
        <source>The card at the same place in the previous or next column</source>
        <translation>Önceki veya sonraki sütunda aynı konumdaki kart</translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation>Home, End</translation>
    </message>
    <message>
        <source>First or last card of the column</source>
        <translation>Sütunun ilk veya son kartı</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the candidate</source>
        <translation>Adayı aç</translation>
    </message>
    <message>
        <source>Move the card to the next stage</source>
        <translation>Kartı sonraki aşamaya taşı</translation>
    </message>
    <message>
        <source>Move the card to the previous stage</source>
        <translation>Kartı önceki aşamaya taşı</translation>
    </message>
    <message>
        <source>Search candidates</source>
        <translation>Aday ara</translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation>Filtreleri göster veya gizle</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <source>Clear the search, then go back to the cards</source>
        <translation>Aramayı temizle, ardından kartlara dön</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Next or previous field</source>
        <translation>Sonraki veya önceki alan</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Klavye kısayolları</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kısayol</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klavye kısayolları</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Pano</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Gezinme</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Uygulama</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>&amp;Sign in with your browser</source>
        <translation>Tarayıcıyla &amp;oturum aç</translation>
    </message>
    <message>
        <source>Sign in to Hirex</source>
        <translation>Hirex&apos;te oturum açın</translation>
    </message>
    <message>
        <source>Hirex opens your web browser, where you sign in with your company account (SSO) or your Hirex password and two-factor code. This app never sees your password.</source>
        <translation>Hirex web tarayıcınızı açar; orada şirket hesabınızla (SSO) ya da Hirex parolanız ve iki adımlı doğrulama kodunuzla oturum açarsınız. Bu uygulama parolanızı hiçbir zaman görmez.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Sunucu adresi</translation>
    </message>
    <message>
        <source>Server address problem</source>
        <translation>Sunucu adresi sorunu</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Oturum açma durumu</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>&amp;Sunucu:</translation>
    </message>
    <message>
        <source>Restoring your session…</source>
        <translation>Oturumunuz geri yükleniyor…</translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in in your browser…</source>
        <translation>Tarayıcınızda oturum açmayı tamamlamanız bekleniyor…</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Oturum açıldı.</translation>
    </message>
</context>
<context>
    <name>SignInPresenter</name>
    <message>
        <source>Enter the address of your Hirex server.</source>
        <translation>Hirex sunucunuzun adresini girin.</translation>
    </message>
    <message>
        <source>This is not a valid server address. Use the form https://hirex.example.com.</source>
        <translation>Bu geçerli bir sunucu adresi değil. https://hirex.example.com biçimini kullanın.</translation>
    </message>
    <message>
        <source>Hirex only connects over HTTPS. Use an address that starts with https://.</source>
        <translation>Hirex yalnızca HTTPS üzerinden bağlanır. https:// ile başlayan bir adres kullanın.</translation>
    </message>
    <message>
        <source>Unsupported address scheme &quot;%1&quot;. Use an address that starts with https://.</source>
        <translation>Desteklenmeyen adres şeması &quot;%1&quot;. https:// ile başlayan bir adres kullanın.</translation>
    </message>
</context>
<context>
    <name>StageCardsModel</name>
    <message>
        <source>Consent withdrawn</source>
        <translation>Onay geri çekildi</translation>
    </message>
    <message>
        <source>Consent pending</source>
        <translation>Onay bekleniyor</translation>
    </message>
    <message>
        <source>Retention period ended</source>
        <translation>Saklama süresi doldu</translation>
    </message>
    <message numerus="yes">
        <source>Retention ends in %n day(s)</source>
        <translation>
            <numerusform>Saklama süresi %n gün içinde doluyor</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiketler: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>Aşamada %n gün</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, over the SLA of %n day(s)</source>
        <translation>
            <numerusform>%1, %n günlük SLA aşıldı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, SLA of %n day(s) nearly reached</source>
        <translation>
            <numerusform>%1, %n günlük SLA&apos;ya yaklaşıldı</numerusform>
        </translation>
    </message>
    <message>
        <source>AI match score %1 (AI-generated, informs, does not decide)</source>
        <translation>YZ eşleşme puanı %1 (YZ tarafından üretildi; bilgi verir, karar vermez)</translation>
    </message>
    <message>
        <source>Change waiting to be sent</source>
        <translation>Gönderilmeyi bekleyen değişiklik</translation>
    </message>
    <message>
        <source>Change refused by the server</source>
        <translation>Değişiklik sunucu tarafından reddedildi</translation>
    </message>
    <message>
        <source>Conflicting change: needs your decision</source>
        <translation>Çakışan değişiklik: kararınız gerekiyor</translation>
    </message>
</context>
<context>
    <name>StageColumnsModel</name>
    <message numerus="yes">
        <source>%1, %n candidate(s)</source>
        <translation>
            <numerusform>%1, %n aday</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>This item cannot be fetched.</source>
        <translation>Bu öğe alınamıyor.</translation>
    </message>
    <message>
        <source>The item could not be saved on this computer.</source>
        <translation>Öğe bu bilgisayara kaydedilemedi.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Bağlantı</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Eşitleme</translation>
    </message>
    <message>
        <source>First sync progress</source>
        <translation>İlk eşitlemenin ilerlemesi</translation>
    </message>
    <message>
        <source>Queued changes</source>
        <translation>Sıradaki değişiklikler</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Çakışmalar</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Son eşitleme</translation>
    </message>
    <message>
        <source>Service status</source>
        <translation>Hizmet durumu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Resolve conflicts and review refused changes</source>
        <translation>Çakışmaları çöz ve reddedilen değişiklikleri gözden geçir</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Çakışmalar: %1</translation>
    </message>
    <message>
        <source>Opens the list of conflicts and refused changes</source>
        <translation>Çakışmaların ve reddedilen değişikliklerin listesini açar</translation>
    </message>
</context>
<context>
    <name>SyncStatusPresenter</name>
    <message>
        <source>Not syncing</source>
        <translation>Eşitlenmiyor</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Çevrimiçi</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Çevrimdışı</translation>
    </message>
    <message>
        <source>Working from the local copy</source>
        <translation>Yerel kopyayla çalışılıyor</translation>
    </message>
    <message>
        <source>Sync paused</source>
        <translation>Eşitleme duraklatıldı</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Eşitleniyor…</translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Eşitleme durdu: %1</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Güncel</translation>
    </message>
    <message>
        <source>Starting sync…</source>
        <translation>Eşitleme başlatılıyor…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) queued</source>
        <translation>
            <numerusform>Sırada %n değişiklik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n çakışma</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Henüz eşitlenmedi</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Son eşitleme %1</translation>
    </message>
    <message>
        <source>Service: operational</source>
        <translation>Hizmet: çalışıyor</translation>
    </message>
    <message>
        <source>Service: degraded</source>
        <translation>Hizmet: kısıtlı</translation>
    </message>
    <message>
        <source>Service: maintenance</source>
        <translation>Hizmet: bakımda</translation>
    </message>
    <message>
        <source>Service: not reachable</source>
        <translation>Hizmet: ulaşılamıyor</translation>
    </message>
    <message>
        <source>Syncing %1 items…</source>
        <translation>%1 öğe eşitleniyor…</translation>
    </message>
    <message>
        <source>Syncing %1 of %2 (%3%)</source>
        <translation>%1 / %2 eşitleniyor (%%3)</translation>
    </message>
    <message>
        <source>Syncing %1 items (%2%)</source>
        <translation>%1 öğe eşitleniyor (%%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>bir dakikadan az kaldı</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>yaklaşık %n dk kaldı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n h left</source>
        <translation>
            <numerusform>yaklaşık %n sa kaldı</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>az önce</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n dakika önce</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n saat önce</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1 tarihinde</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused</source>
        <translation>
            <numerusform>%n değişiklik reddedildi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <source>You are signed out.</source>
        <translation>Oturumunuz kapalı.</translation>
    </message>
    <message>
        <source>The change could not be saved on this computer. Try again.</source>
        <translation>Değişiklik bu bilgisayara kaydedilemedi. Yeniden deneyin.</translation>
    </message>
    <message>
        <source>The failed change could not be removed. Try again.</source>
        <translation>Başarısız değişiklik kaldırılamadı. Yeniden deneyin.</translation>
    </message>
    <message>
        <source>The local copy is closed (signed out or locked).</source>
        <translation>Yerel kopya kapalı (oturum kapatıldı veya kilitli).</translation>
    </message>
    <message>
        <source>The change could not be taken back on this computer. Try again.</source>
        <translation>Değişiklik bu bilgisayarda geri alınamadı. Yeniden deneyin.</translation>
    </message>
    <message>
        <source>The pinned pipelines could not be saved on this computer. Try again.</source>
        <translation>Sabitlenen süreçler bu bilgisayara kaydedilemedi. Yeniden deneyin.</translation>
    </message>
</context>
<context>
    <name>TransportPolicy</name>
    <message>
        <source>The CA certificate file cannot be read: %1</source>
        <translation>CA sertifika dosyası okunamıyor: %1</translation>
    </message>
    <message>
        <source>The CA certificate file is too large.</source>
        <translation>CA sertifika dosyası çok büyük.</translation>
    </message>
    <message>
        <source>The CA certificate file contains no PEM certificate.</source>
        <translation>CA sertifika dosyasında PEM sertifikası yok.</translation>
    </message>
    <message>
        <source>A certificate pin is not a base64 SHA-256 value.</source>
        <translation>Bir sertifika sabitleme değeri (pin), base64 biçiminde bir SHA-256 değeri değil.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>bilinmiyor</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for a different host than %1.</source>
        <translation>Sunucunun sertifikası %1 için değil, başka bir ana bilgisayar için düzenlenmiş.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is expired or not yet valid. Check the computer&apos;s clock.</source>
        <translation>Sunucunun sertifikasının süresi dolmuş veya sertifika henüz geçerli değil. Bilgisayarın saatini kontrol edin.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match any key given with --pin-spki. The connection may be intercepted.</source>
        <translation>Sunucunun sertifikası --pin-spki ile verilen anahtarların hiçbiriyle eşleşmiyor. Bağlantı dinleniyor olabilir.</translation>
    </message>
    <message>
        <source>Hirex only connects over HTTPS. Plain http:// is refused for %1; it is allowed only to 127.0.0.1, for development, with --insecure-loopback-http.</source>
        <translation>Hirex yalnızca HTTPS üzerinden bağlanır. %1 için düz http:// reddedildi; yalnızca geliştirme amacıyla 127.0.0.1 adresine, --insecure-loopback-http ile izin verilir.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (issuer %1). Give your company&apos;s CA certificate (PEM) with --ca-file, or in the desktop app under Settings → Network.</source>
        <translation>Sunucunun sertifikasına güvenilmiyor (düzenleyen: %1). Şirketinizin CA sertifikasını (PEM) --ca-file ile ya da masaüstü uygulamasında Ayarlar → Ağ bölümünde verin.</translation>
    </message>
</context>
<context>
    <name>UnlockPin</name>
    <message numerus="yes">
        <source>The unlock PIN must have at least %n character(s).</source>
        <translation>
            <numerusform>Kilit açma PIN&apos;i en az %n karakter olmalıdır.</numerusform>
        </translation>
    </message>
    <message>
        <source>No secure random numbers are available.</source>
        <translation>Güvenli rastgele sayı üretilemiyor.</translation>
    </message>
    <message>
        <source>The unlock PIN could not be set.</source>
        <translation>Kilit açma PIN&apos;i ayarlanamadı.</translation>
    </message>
    <message>
        <source>No keychain is set up.</source>
        <translation>Anahtar zinciri kurulu değil.</translation>
    </message>
    <message>
        <source>The stored unlock PIN cannot be read. Unlock through the browser and set the PIN again.</source>
        <translation>Kayıtlı kilit açma PIN&apos;i okunamıyor. Kilidi tarayıcıyla açın ve PIN&apos;i yeniden ayarlayın.</translation>
    </message>
    <message>
        <source>The unlock PIN could not be checked.</source>
        <translation>Kilit açma PIN&apos;i denetlenemedi.</translation>
    </message>
</context>
<context>
    <name>UnlockPresenter</name>
    <message>
        <source>Confirm it is you in the browser window that opened.</source>
        <translation>Açılan tarayıcı penceresinde siz olduğunuzu doğrulayın.</translation>
    </message>
    <message>
        <source>Hirex cannot tell which account locked it, so a sign-in cannot unlock it. Use your unlock PIN, or choose File → Sign out and remove local data.</source>
        <translation>Hirex hangi hesabın kilitlediğini bilemiyor, bu yüzden oturum açmak kilidi açamaz. Kilit açma PIN&apos;inizi kullanın veya Dosya → Oturumu kapat ve yerel verileri sil&apos;i seçin.</translation>
    </message>
    <message>
        <source>You signed in with a different account. Sign in with the account that was using Hirex to unlock it.</source>
        <translation>Başka bir hesapla oturum açtınız. Kilidi açmak için Hirex&apos;i kullanan hesapla oturum açın.</translation>
    </message>
    <message>
        <source>The sign-in server did not ask you to sign in again. Unlock was refused; try again.</source>
        <translation>Oturum açma sunucusu yeniden oturum açmanızı istemedi. Kilit açma reddedildi; yeniden deneyin.</translation>
    </message>
    <message>
        <source>Hirex cannot reach the sign-in server to confirm it is you.</source>
        <translation>Hirex, siz olduğunuzu doğrulamak için oturum açma sunucusuna ulaşamıyor.</translation>
    </message>
    <message>
        <source>Enter your unlock PIN instead.</source>
        <translation>Bunun yerine kilit açma PIN&apos;inizi girin.</translation>
    </message>
    <message>
        <source>No unlock PIN is set, so Hirex stays locked until the server can be reached again.</source>
        <translation>Kilit açma PIN&apos;i ayarlı değil; bu yüzden Hirex, sunucuya yeniden ulaşılana kadar kilitli kalır.</translation>
    </message>
    <message>
        <source>No unlock PIN is set. Unlock with your browser.</source>
        <translation>Kilit açma PIN&apos;i ayarlı değil. Kilidi tarayıcınızla açın.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s), or unlock with your browser.</source>
        <translation>
            <numerusform>Çok fazla yanlış PIN. %n saniye sonra yeniden deneyin veya kilidi tarayıcınızla açın.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>PIN denetleniyor…</translation>
    </message>
    <message>
        <source>The PIN is not correct.</source>
        <translation>PIN doğru değil.</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>%n saniye sonra yeniden deneyin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>single sign-on</source>
        <translation>tek oturum açma (SSO)</translation>
    </message>
    <message>
        <source>Hirex sign-in</source>
        <translation>Hirex hesabı</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Signed in with %1</source>
        <translation>Oturum açma yöntemi: %1</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bölümler</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Pano</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Adaylar</translation>
    </message>
    <message>
        <source>My reviews</source>
        <translation>Değerlendirmelerim</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Yönetim</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
</context>
<context>
    <name>hirex::read::CandidateDetail</name>
    <message>
        <source>Anonymised candidate %1</source>
        <translation>Anonim aday %1</translation>
    </message>
</context>
<context>
    <name>hirex::store::CacheError</name>
    <message>
        <source>The local cache cannot be opened with this key or passphrase. Check the passphrase, or reset the local cache: it is wiped and downloaded again from the server.</source>
        <translation>Yerel önbellek bu anahtarla veya parolayla açılamıyor. Parolayı kontrol edin ya da yerel önbelleği sıfırlayın: önbellek silinir ve sunucudan yeniden indirilir.</translation>
    </message>
    <message>
        <source>The local cache file is damaged. Reset the local cache: it is wiped and downloaded again from the server. Changes not yet sent are lost.</source>
        <translation>Yerel önbellek dosyası bozuk. Yerel önbelleği sıfırlayın: önbellek silinir ve sunucudan yeniden indirilir. Henüz gönderilmemiş değişiklikler kaybolur.</translation>
    </message>
    <message>
        <source>The keychain no longer holds the key of the local cache, so the cache cannot be read. Reset the local cache to download it again from the server.</source>
        <translation>Anahtarlık artık yerel önbelleğin anahtarını içermediği için önbellek okunamıyor. Önbelleği sunucudan yeniden indirmek için yerel önbelleği sıfırlayın.</translation>
    </message>
    <message>
        <source>No keychain is available to protect the local cache. Set a passphrase for it, or reset the local cache.</source>
        <translation>Yerel önbelleği korumak için kullanılabilir bir anahtarlık yok. Önbellek için bir parola belirleyin ya da yerel önbelleği sıfırlayın.</translation>
    </message>
    <message>
        <source>The keychain refused access to the key of the local cache. Unlock the keychain and try again, or reset the local cache.</source>
        <translation>Anahtarlık, yerel önbelleğin anahtarına erişimi reddetti. Anahtarlığın kilidini açıp yeniden deneyin ya da yerel önbelleği sıfırlayın.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. Try again, or reset the local cache.</source>
        <translation>Anahtarlık zamanında yanıt vermedi. Yeniden deneyin ya da yerel önbelleği sıfırlayın.</translation>
    </message>
    <message>
        <source>The local cache file cannot be read or written. Check the disk space and the folder&apos;s permissions and try again, or reset the local cache.</source>
        <translation>Yerel önbellek dosyası okunamıyor veya yazılamıyor. Disk alanını ve klasör izinlerini kontrol edip yeniden deneyin ya da yerel önbelleği sıfırlayın.</translation>
    </message>
    <message>
        <source>This build of Hirex has no database encryption, so it refuses to store data locally. Please reinstall Hirex Desktop.</source>
        <translation>Hirex&apos;in bu derlemesinde veritabanı şifrelemesi olmadığından veriler yerel olarak saklanmıyor. Lütfen Hirex Desktop&apos;ı yeniden yükleyin.</translation>
    </message>
    <message>
        <source>The local cache file is not encrypted and was not written by Hirex. Reset the local cache to replace it.</source>
        <translation>Yerel önbellek dosyası şifreli değil ve Hirex tarafından yazılmamış. Dosyayı değiştirmek için yerel önbelleği sıfırlayın.</translation>
    </message>
    <message>
        <source>The local cache could not be upgraded to this version of Hirex. Reset the local cache to download it again from the server.</source>
        <translation>Yerel önbellek Hirex&apos;in bu sürümüne yükseltilemedi. Önbelleği sunucudan yeniden indirmek için yerel önbelleği sıfırlayın.</translation>
    </message>
    <message>
        <source>No encryption key could be made for the local cache. Try again, or reset the local cache.</source>
        <translation>Yerel önbellek için şifreleme anahtarı oluşturulamadı. Yeniden deneyin ya da yerel önbelleği sıfırlayın.</translation>
    </message>
</context>
<context>
    <name>hirexctl</name>
    <message>
        <source>The export file cannot be written.</source>
        <translation>Dışa aktarma dosyası yazılamıyor.</translation>
    </message>
    <message>
        <source>The local cache could not be read.</source>
        <translation>Yerel önbellek okunamadı.</translation>
    </message>
</context>
</TS>
