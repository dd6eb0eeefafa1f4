<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AdminDevicesPresenter</name>
    <message>
        <source>The admin screens need a connection to the server. Hirex is offline; the list is loaded again when the server can be reached.</source>
        <translation>Die Verwaltungsansichten brauchen eine Verbindung zum Server. Hirex ist offline; die Liste wird neu geladen, sobald der Server erreichbar ist.</translation>
    </message>
    <message>
        <source>Sign in to see the registered devices.</source>
        <translation>Melden Sie sich an, um die registrierten Geräte zu sehen.</translation>
    </message>
    <message>
        <source>Choose Refresh to load the registered devices.</source>
        <translation>Wählen Sie „Aktualisieren“, um die registrierten Geräte zu laden.</translation>
    </message>
    <message>
        <source>Loading the registered devices…</source>
        <translation>Die registrierten Geräte werden geladen…</translation>
    </message>
    <message>
        <source>No devices are registered in this organisation yet.</source>
        <translation>In dieser Organisation sind noch keine Geräte registriert.</translation>
    </message>
    <message>
        <source>You may not see the registered devices: your role lacks the permission &quot;admin.devices&quot;. %1</source>
        <translation>Sie dürfen die registrierten Geräte nicht sehen: Ihrer Rolle fehlt die Berechtigung „admin.devices“. %1</translation>
    </message>
    <message>
        <source>Revoke Device</source>
        <translation>Gerät sperren</translation>
    </message>
    <message>
        <source>Revoke &quot;%1&quot; of %2?

The device is signed out at its next contact with the server and the Hirex data stored on it is deleted. The user can sign in again on it, as on a new device. This cannot be undone.</source>
        <translation>„%1“ von %2 sperren?

Das Gerät wird bei seinem nächsten Kontakt mit dem Server abgemeldet, und die darauf gespeicherten Hirex-Daten werden gelöscht. Die Person kann sich darauf wie auf einem neuen Gerät wieder anmelden. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>This is the computer you are using now: Hirex signs you out here and deletes its local data.</source>
        <translation>Dies ist der Computer, den Sie gerade verwenden: Hirex meldet Sie hier ab und löscht seine lokalen Daten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of %2 is revoked.</source>
        <translation>„%1“ von %2 ist gesperrt.</translation>
    </message>
    <message>
        <source>The server answered about another device.</source>
        <translation>Der Server hat zu einem anderen Gerät geantwortet.</translation>
    </message>
    <message>
        <source>You may not revoke devices. %1</source>
        <translation>Sie dürfen keine Geräte sperren. %1</translation>
    </message>
    <message>
        <source>The server no longer knows this device. %1</source>
        <translation>Der Server kennt dieses Gerät nicht mehr. %1</translation>
    </message>
    <message>
        <source>The device changed on the server since the list was loaded; refresh and try again. %1</source>
        <translation>Das Gerät wurde auf dem Server geändert, seit die Liste geladen wurde; aktualisieren Sie und versuchen Sie es erneut. %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not revoked: %2</source>
        <translation>„%1“ wurde nicht gesperrt: %2</translation>
    </message>
</context>
<context>
    <name>AdminDevicesView</name>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Registered devices</source>
        <translation>Registrierte Geräte</translation>
    </message>
    <message>
        <source>Every computer on which someone in your organisation signed in to Hirex. Revoke a lost or retired one: it is signed out and its local data deleted.</source>
        <translation>Jeder Computer, auf dem sich jemand aus Ihrer Organisation bei Hirex angemeldet hat. Sperren Sie ein verlorenes oder ausgemustertes Gerät: Es wird abgemeldet, und seine lokalen Daten werden gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load the list again from the server (%1)</source>
        <translation>Die Liste erneut vom Server laden (%1)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Sperren…</translation>
    </message>
    <message>
        <source>Revoke Device…</source>
        <translation>Gerät sperren…</translation>
    </message>
    <message>
        <source>Revoke the selected device (%1)</source>
        <translation>Das ausgewählte Gerät sperren (%1)</translation>
    </message>
    <message>
        <source>Revoke &amp;This Computer</source>
        <translation>&amp;Diesen Computer sperren</translation>
    </message>
    <message>
        <source>Re&amp;voke Device</source>
        <translation>Gerät &amp;sperren</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Admin screens</source>
        <translation>Verwaltungsansichten</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server cannot be reached. Check your network connection.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established.</source>
        <translation>Es konnte keine sichere Verbindung zum Server hergestellt werden.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server could not complete the request.</source>
        <translation>Der Server konnte die Anfrage nicht abschließen.</translation>
    </message>
    <message>
        <source>The server sent data this version of Hirex does not understand.</source>
        <translation>Der Server hat Daten gesendet, die diese Hirex-Version nicht versteht.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than allowed.</source>
        <translation>Die Antwort des Servers ist größer als zulässig.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Ihre Sitzung ist beendet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>This device was signed out by an administrator. Local data has been removed.</source>
        <translation>Dieses Gerät wurde von einem Administrator abgemeldet. Die lokalen Daten wurden entfernt.</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>Dazu fehlt Ihnen die Berechtigung.</translation>
    </message>
    <message>
        <source>This item no longer exists or is not visible to you.</source>
        <translation>Dieses Element existiert nicht mehr oder ist für Sie nicht sichtbar.</translation>
    </message>
    <message>
        <source>This change conflicts with the current state on the server.</source>
        <translation>Diese Änderung steht im Konflikt mit dem aktuellen Stand auf dem Server.</translation>
    </message>
    <message>
        <source>Someone else changed this item. Reload it and try again.</source>
        <translation>Jemand anderes hat dieses Element geändert. Laden Sie es neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The change was sent without a version. Reload and try again.</source>
        <translation>Die Änderung wurde ohne Version gesendet. Laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Some of the values were not accepted.</source>
        <translation>Einige der Werte wurden nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The server did not understand the request.</source>
        <translation>Der Server hat die Anfrage nicht verstanden.</translation>
    </message>
    <message>
        <source>The change is too large to send.</source>
        <translation>Die Änderung ist zu groß, um gesendet zu werden.</translation>
    </message>
    <message>
        <source>Too many requests. Hirex will try again shortly.</source>
        <translation>Zu viele Anfragen. Hirex versucht es in Kürze erneut.</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable. Hirex will try again shortly.</source>
        <translation>Der Server ist vorübergehend nicht verfügbar. Hirex versucht es in Kürze erneut.</translation>
    </message>
    <message>
        <source>The server had an internal error. Try again later.</source>
        <translation>Auf dem Server ist ein interner Fehler aufgetreten. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server address must start with https://. Plain http:// is allowed only to 127.0.0.1, for development, with --insecure-loopback-http.</source>
        <translation>Die Serveradresse muss mit https:// beginnen. Unverschlüsseltes http:// ist nur zur Entwicklung zu 127.0.0.1 erlaubt, mit --insecure-loopback-http.</translation>
    </message>
</context>
<context>
    <name>AuthorizationFlow</name>
    <message>
        <source>No client id is set for sign-in. Check Settings.</source>
        <translation>Für die Anmeldung ist keine Client-ID festgelegt. Prüfen Sie die Einstellungen.</translation>
    </message>
    <message>
        <source>The sign-in server does not support the authorization code flow.</source>
        <translation>Der Anmeldeserver unterstützt den Autorisierungscode-Ablauf (Authorization Code Flow) nicht.</translation>
    </message>
    <message>
        <source>Sign-in could not start: no secure random numbers available.</source>
        <translation>Die Anmeldung konnte nicht starten: Es stehen keine sicheren Zufallszahlen zur Verfügung.</translation>
    </message>
    <message>
        <source>Sign-in could not start: no local port is available for the browser to return to.</source>
        <translation>Die Anmeldung konnte nicht starten: Es ist kein lokaler Port frei, zu dem der Browser zurückkehren kann.</translation>
    </message>
    <message>
        <source>No browser could be opened. Use the option to show the sign-in address instead.</source>
        <translation>Es konnte kein Browser geöffnet werden. Verwenden Sie stattdessen die Option, die Anmeldeadresse anzuzeigen.</translation>
    </message>
    <message>
        <source>Sign-in took too long. Start it again and finish it in the browser.</source>
        <translation>Die Anmeldung hat zu lange gedauert. Starten Sie sie erneut und schließen Sie sie im Browser ab.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled or refused in the browser.</source>
        <translation>Die Anmeldung wurde im Browser abgebrochen oder abgelehnt.</translation>
    </message>
    <message>
        <source>The sign-in server could not complete the sign-in.</source>
        <translation>Der Anmeldeserver konnte die Anmeldung nicht abschließen.</translation>
    </message>
    <message>
        <source>The sign-in answer came from a different server. Sign-in was stopped.</source>
        <translation>Die Anmeldeantwort kam von einem anderen Server. Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s proof of identity could not be verified. Sign-in was stopped.</source>
        <translation>Der Identitätsnachweis des Anmeldeservers konnte nicht geprüft werden. Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The Hirex server did not say which sign-in server it trusts, so Hirex will not sign in through %1.</source>
        <translation>Der Hirex-Server hat nicht angegeben, welchem Anmeldeserver er vertraut, daher meldet sich Hirex nicht über %1 an.</translation>
    </message>
    <message>
        <source>The Hirex server does not accept sign-ins from %1; it trusts %2. Leave out --issuer to sign in there.</source>
        <translation>Der Hirex-Server akzeptiert keine Anmeldungen über %1; er vertraut %2. Lassen Sie --issuer weg, um sich dort anzumelden.</translation>
    </message>
    <message>
        <source>The sign-in server cannot confirm who you are (it offers no OpenID Connect).</source>
        <translation>Der Anmeldeserver kann Ihre Identität nicht bestätigen (er bietet kein OpenID Connect an).</translation>
    </message>
    <message>
        <source>The Hirex server is not available right now. Try again later.</source>
        <translation>Der Hirex-Server ist derzeit nicht verfügbar. Versuchen Sie es später erneut.</translation>
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
        <translation>%1 · %2 von %3</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n shown</source>
        <translation>
            <numerusform>%1, %n angezeigt</numerusform>
            <numerusform>%1, %n angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · … of %2</source>
        <translation>%1 · … von %2</translation>
    </message>
    <message>
        <source>%1, counting the cards shown</source>
        <translation>%1, angezeigte Karten werden gezählt</translation>
    </message>
</context>
<context>
    <name>BoardFilterBar</name>
    <message>
        <source> d</source>
        <translation> T</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Lowest AI match score</source>
        <translation>Niedrigster KI-Übereinstimmungswert</translation>
    </message>
    <message>
        <source>At least this many days in stage</source>
        <translation>Mindestens so viele Tage in der Phase</translation>
    </message>
    <message>
        <source>At most this many days in stage</source>
        <translation>Höchstens so viele Tage in der Phase</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Schlagwort:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>AI score ≥</source>
        <translation>KI-Wert ≥</translation>
    </message>
    <message>
        <source>Days in stage:</source>
        <translation>Tage in der Phase:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <source>&amp;Job:</source>
        <translation>&amp;Stelle:</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Search candidates  ( / )</source>
        <translation>Bewerbende suchen  ( / )</translation>
    </message>
    <message>
        <source>Search candidates</source>
        <translation>Bewerbende suchen</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>Sortieren &amp;nach:</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>Zeit in der Phase</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>AI match score</source>
        <translation>KI-Übereinstimmungswert</translation>
    </message>
    <message>
        <source>Sort cards by</source>
        <translation>Karten sortieren nach</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Filter the cards by tag, source, AI match score and days in stage (%1)</source>
        <translation>Karten nach Schlagwort, Quelle, KI-Übereinstimmungswert und Tagen in der Phase filtern (%1)</translation>
    </message>
    <message>
        <source>The board appears once the local copy of your data is open.</source>
        <translation>Das Board erscheint, sobald die lokale Kopie Ihrer Daten geöffnet ist.</translation>
    </message>
    <message>
        <source>There are no jobs to show yet.</source>
        <translation>Es gibt noch keine Stellen zum Anzeigen.</translation>
    </message>
    <message>
        <source>This job&apos;s pipeline is not in the local copy yet. It appears when the sync has fetched it.</source>
        <translation>Die Pipeline dieser Stelle ist noch nicht in der lokalen Kopie. Sie erscheint, sobald die Synchronisierung sie geholt hat.</translation>
    </message>
    <message>
        <source>The search index is still being built: some candidates may be missing.</source>
        <translation>Der Suchindex wird noch aufgebaut: Einige Bewerbende können fehlen.</translation>
    </message>
    <message>
        <source>F&amp;ilters (%1)</source>
        <translation>F&amp;ilter (%1)</translation>
    </message>
    <message>
        <source>F&amp;ilters</source>
        <translation>F&amp;ilter</translation>
    </message>
    <message>
        <source>Board columns</source>
        <translation>Board-Spalten</translation>
    </message>
    <message>
        <source>Move to Next Stage</source>
        <translation>In nächste Phase verschieben</translation>
    </message>
    <message>
        <source>Move to Previous Stage</source>
        <translation>In vorherige Phase verschieben</translation>
    </message>
    <message>
        <source>Move to Stage…</source>
        <translation>In Phase verschieben…</translation>
    </message>
    <message>
        <source>Undo Move</source>
        <translation>Verschieben rückgängig machen</translation>
    </message>
    <message>
        <source>Redo Move</source>
        <translation>Verschieben wiederholen</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Absagen…</translation>
    </message>
    <message>
        <source>Select All Cards in Column</source>
        <translation>Alle Karten der Spalte auswählen</translation>
    </message>
    <message>
        <source>Select one or more cards first.</source>
        <translation>Wählen Sie zuerst eine oder mehrere Karten aus.</translation>
    </message>
    <message>
        <source>Move to Stage</source>
        <translation>In Phase verschieben</translation>
    </message>
    <message>
        <source>Select the candidates to reject first.</source>
        <translation>Wählen Sie zuerst die Bewerbenden aus, denen abgesagt werden soll.</translation>
    </message>
</context>
<context>
    <name>BoardPresenter</name>
    <message>
        <source>Cards cannot be moved while the local cache is closed.</source>
        <translation>Karten können nicht verschoben werden, solange der lokale Cache geschlossen ist.</translation>
    </message>
    <message>
        <source>Hiring is not a move: use Hire, which asks you to confirm.</source>
        <translation>Einstellen ist kein Verschieben: Verwenden Sie „Einstellen“, das eine Bestätigung verlangt.</translation>
    </message>
    <message>
        <source>The candidate&apos;s application is no longer in the local cache.</source>
        <translation>Die Bewerbung ist nicht mehr im lokalen Cache.</translation>
    </message>
    <message>
        <source>Moves cannot be undone while the local cache is closed.</source>
        <translation>Verschiebungen können nicht rückgängig gemacht werden, solange der lokale Cache geschlossen ist.</translation>
    </message>
    <message numerus="yes">
        <source>Undid the move of %n card(s).</source>
        <translation>
            <numerusform>Verschieben von %n Karte rückgängig gemacht.</numerusform>
            <numerusform>Verschieben von %n Karten rückgängig gemacht.</numerusform>
        </translation>
    </message>
    <message>
        <source>A card was not moved back: it changed since the move.</source>
        <translation>Eine Karte wurde nicht zurückverschoben: Sie wurde seit dem Verschieben geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Redid the move of %n card(s).</source>
        <translation>
            <numerusform>Verschieben von %n Karte wiederholt.</numerusform>
            <numerusform>Verschieben von %n Karten wiederholt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Candidates cannot be rejected while the local cache is closed.</source>
        <translation>Bewerbenden kann nicht abgesagt werden, solange der lokale Cache geschlossen ist.</translation>
    </message>
    <message>
        <source>A candidate was not rejected: the application is no longer active here.</source>
        <translation>Einer bewerbenden Person wurde nicht abgesagt: Die Bewerbung ist hier nicht mehr aktiv.</translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n candidate(s).</source>
        <translation>
            <numerusform>%n bewerbenden Person abgesagt.</numerusform>
            <numerusform>%n Bewerbenden abgesagt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheSecretStore</name>
    <message>
        <source>The local cache holds no such entry.</source>
        <translation>Der lokale Cache enthält keinen solchen Eintrag.</translation>
    </message>
    <message>
        <source>The local cache is locked. Unlock it with your passphrase and try again.</source>
        <translation>Der lokale Cache ist gesperrt. Entsperren Sie ihn mit Ihrer Passphrase und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>There is no local cache to keep the sign-in in.</source>
        <translation>Es gibt keinen lokalen Cache, in dem die Anmeldung gespeichert werden kann.</translation>
    </message>
    <message>
        <source>The local cache was busy for too long. Try again.</source>
        <translation>Der lokale Cache war zu lange beschäftigt. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The local cache could not read or write the entry.</source>
        <translation>Der lokale Cache konnte den Eintrag nicht lesen oder schreiben.</translation>
    </message>
</context>
<context>
    <name>CandidateDetailPanel</name>
    <message>
        <source>Candidate</source>
        <translation>Bewerbende Person</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Name withheld: %1</source>
        <translation>Name verborgen: %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>No AI match score</source>
        <translation>Kein KI-Übereinstimmungswert</translation>
    </message>
</context>
<context>
    <name>CandidateDetailPresenter</name>
    <message>
        <source>The candidate can be shown once the local copy of your data is open.</source>
        <translation>Die bewerbende Person kann angezeigt werden, sobald die lokale Kopie Ihrer Daten geöffnet ist.</translation>
    </message>
    <message>
        <source>This candidate is not in the local copy of your data.</source>
        <translation>Diese bewerbende Person ist nicht in der lokalen Kopie Ihrer Daten.</translation>
    </message>
    <message>
        <source>The candidate could not be read from the local copy of your data.</source>
        <translation>Die bewerbende Person konnte nicht aus der lokalen Kopie Ihrer Daten gelesen werden.</translation>
    </message>
    <message>
        <source>No application in the local copy</source>
        <translation>Keine Bewerbung in der lokalen Kopie</translation>
    </message>
    <message>
        <source>Unknown job</source>
        <translation>Unbekannte Stelle</translation>
    </message>
    <message>
        <source>unknown stage</source>
        <translation>unbekannte Phase</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more application(s))</source>
        <translation>
            <numerusform>(+%n weitere Bewerbung)</numerusform>
            <numerusform>(+%n weitere Bewerbungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>AI match score: %1</source>
        <translation>KI-Übereinstimmungswert: %1</translation>
    </message>
    <message>
        <source>AI-generated, for information only.</source>
        <translation>KI-generiert, nur zur Information.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Consent withdrawn: do not process this candidate&apos;s data further.</source>
        <translation>Einwilligung widerrufen: Verarbeiten Sie die Daten dieser Person nicht weiter.</translation>
    </message>
    <message>
        <source>Consent pending: the candidate has not agreed yet.</source>
        <translation>Einwilligung offen: Die Person hat noch nicht zugestimmt.</translation>
    </message>
    <message>
        <source>Retention period ended: this candidate&apos;s data is due for deletion.</source>
        <translation>Aufbewahrungsfrist abgelaufen: Die Daten dieser Person sind zur Löschung fällig.</translation>
    </message>
    <message numerus="yes">
        <source>Retention ends in %n day(s).</source>
        <translation>
            <numerusform>Aufbewahrung endet in %n Tag.</numerusform>
            <numerusform>Aufbewahrung endet in %n Tagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>AI match score</source>
        <translation>KI-Übereinstimmungswert</translation>
    </message>
    <message>
        <source>AI %1</source>
        <translation>KI %1</translation>
    </message>
    <message>
        <source>AI-generated match score: informs, does not decide.</source>
        <translation>KI-generierter Übereinstimmungswert: informiert, entscheidet nicht.</translation>
    </message>
    <message>
        <source>Anonymised screening: the candidate&apos;s identity is withheld.</source>
        <translation>Anonymisierte Sichtung: Die Identität der bewerbenden Person ist verborgen.</translation>
    </message>
    <message>
        <source>AI match score %1, AI-generated, informs, does not decide</source>
        <translation>KI-Übereinstimmungswert %1, KI-generiert, informiert, entscheidet nicht</translation>
    </message>
    <message>
        <source>AI-generated: informs, does not decide. Click to sort, best first.</source>
        <translation>KI-generiert: informiert, entscheidet nicht. Klicken zum Sortieren, beste zuerst.</translation>
    </message>
    <message>
        <source>Click to sort by last name.</source>
        <translation>Klicken, um nach Nachnamen zu sortieren.</translation>
    </message>
    <message>
        <source>Click to sort, most recently updated first.</source>
        <translation>Klicken zum Sortieren, zuletzt aktualisierte zuerst.</translation>
    </message>
</context>
<context>
    <name>CandidatesCsvExport</name>
    <message>
        <source>The candidates could not be read from the local cache: %1</source>
        <translation>Die Bewerbenden konnten nicht aus dem lokalen Cache gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Lowest AI match score</source>
        <translation>Niedrigster KI-Übereinstimmungswert</translation>
    </message>
    <message>
        <source>Highest AI match score</source>
        <translation>Höchster KI-Übereinstimmungswert</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Search candidates  ( / )</source>
        <translation>Bewerbende suchen  ( / )</translation>
    </message>
    <message>
        <source>Search candidates</source>
        <translation>Bewerbende suchen</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Application status</source>
        <translation>Bewerbungsstatus</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Eingestellt</translation>
    </message>
    <message>
        <source>AI-generated match score: informs, does not decide.</source>
        <translation>KI-generierter Übereinstimmungswert: informiert, entscheidet nicht.</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the candidates shown, as shown, to a CSV file (Ctrl+E)</source>
        <translation>Die angezeigten Bewerbenden so, wie sie angezeigt werden, in eine CSV-Datei exportieren (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Bewerbende</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Schlagwort:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>St&amp;age:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>AI score from:</source>
        <translation>KI-Wert von:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>bis:</translation>
    </message>
    <message>
        <source>Exporting %1 of %2 candidates…</source>
        <translation>%1 von %2 Bewerbenden werden exportiert…</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>The candidates appear once the working set is on this computer.</source>
        <translation>Die Bewerbenden erscheinen, sobald die Offline-Auswahl auf diesem Computer ist.</translation>
    </message>
    <message>
        <source>The candidates could not be read from the local cache: %1</source>
        <translation>Die Bewerbenden konnten nicht aus dem lokalen Cache gelesen werden: %1</translation>
    </message>
    <message>
        <source>The search index is still being built: some candidates may be missing.</source>
        <translation>Der Suchindex wird noch aufgebaut: Einige Bewerbende können fehlen.</translation>
    </message>
    <message>
        <source>No candidate matches the search and filters.</source>
        <translation>Keine Bewerbenden entsprechen der Suche und den Filtern.</translation>
    </message>
    <message>
        <source>No candidates yet.</source>
        <translation>Noch keine Bewerbenden.</translation>
    </message>
    <message>
        <source>Export candidates</source>
        <translation>Bewerbende exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The candidates could not be exported to %1.

%2</source>
        <translation>Die Bewerbenden konnten nicht nach %1 exportiert werden.

%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n candidate(s) to %1.</source>
        <translation>
            <numerusform>%n bewerbende Person nach %1 exportiert.</numerusform>
            <numerusform>%n Bewerbende nach %1 exportiert.</numerusform>
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
        <translation>KI %1</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>%1d in stage</source>
        <translation>%1 T in Phase</translation>
    </message>
    <message>
        <source>%1d</source>
        <comment>days in stage, on a card too narrow for the long form</comment>
        <translation>%1 T</translation>
    </message>
</context>
<context>
    <name>ClearButtonName</name>
    <message>
        <source>Clear text</source>
        <translation>Text löschen</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Type a command, a job or a candidate</source>
        <translation>Befehl, Stelle oder bewerbende Person eingeben</translation>
    </message>
    <message>
        <source>Command, job or candidate</source>
        <translation>Befehl, Stelle oder bewerbende Person</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
</context>
<context>
    <name>CommandPaletteModel</name>
    <message>
        <source>Job</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Job · %1</source>
        <translation>Stelle · %1</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Bewerbende Person</translation>
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
        <translation>&amp;Versionen:</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Serverversion übernehmen</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Keep Mine for &amp;All</source>
        <translation>Meine für &amp;alle behalten</translation>
    </message>
    <message>
        <source>Take Theirs for A&amp;ll</source>
        <translation>Serverversion für a&amp;lle übernehmen</translation>
    </message>
    <message>
        <source>Conflicts and Refused Changes</source>
        <translation>Konflikte und abgelehnte Änderungen</translation>
    </message>
    <message>
        <source>&amp;Changes that need you:</source>
        <translation>Än&amp;derungen, die Ihre Entscheidung brauchen:</translation>
    </message>
    <message>
        <source>Conflicts and refused changes</source>
        <translation>Konflikte und abgelehnte Änderungen</translation>
    </message>
    <message>
        <source>Nothing needs your attention: no conflicts and no refused changes.</source>
        <translation>Nichts erfordert Ihre Aufmerksamkeit: keine Konflikte und keine abgelehnten Änderungen.</translation>
    </message>
    <message>
        <source>Your version and the server&apos;s, field by field</source>
        <translation>Ihre Version und die des Servers, Feld für Feld</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Auf dem Server</translation>
    </message>
    <message>
        <source>Send your change again, over the server&apos;s version</source>
        <translation>Ihre Änderung erneut senden und die Version des Servers überschreiben</translation>
    </message>
    <message>
        <source>Drop your change and keep the server&apos;s version</source>
        <translation>Ihre Änderung verwerfen und die Version des Servers behalten</translation>
    </message>
    <message>
        <source>Remove this refused change from the list</source>
        <translation>Diese abgelehnte Änderung aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 differs: mine %2, on the server %3</source>
        <translation>%1 unterscheidet sich: meine %2, auf dem Server %3</translation>
    </message>
    <message>
        <source>%1, the same: %2</source>
        <translation>%1, gleich: %2</translation>
    </message>
</context>
<context>
    <name>ConflictsPresenter</name>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>In stage since</source>
        <translation>In der Phase seit</translation>
    </message>
    <message>
        <source>Rejection</source>
        <translation>Absage</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Eingestellt</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>A candidate not on this computer</source>
        <translation>Person (nicht auf diesem Computer)</translation>
    </message>
    <message>
        <source>Move to another stage</source>
        <translation>Verschieben in eine andere Phase</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Verschieben nach %1</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Absagen</translation>
    </message>
    <message>
        <source>Hire</source>
        <translation>Einstellen</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Notiz hinzugefügt</translation>
    </message>
    <message>
        <source>Note edited</source>
        <translation>Notiz bearbeitet</translation>
    </message>
    <message>
        <source>Evaluation added</source>
        <translation>Bewertung hinzugefügt</translation>
    </message>
    <message>
        <source>Feedback on an AI insight</source>
        <translation>Feedback zu einer KI-Einschätzung</translation>
    </message>
    <message>
        <source>Tag added</source>
        <translation>Schlagwort hinzugefügt</translation>
    </message>
    <message>
        <source>Tag removed</source>
        <translation>Schlagwort entfernt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Refused and undone</source>
        <translation>Abgelehnt und rückgängig gemacht</translation>
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
        <translation>Jemand anderes hat dies auf dem Server geändert, nachdem Sie Ihre Änderung vorgenommen haben, und die Version des Servers kann nicht angezeigt werden. „Meine behalten“ sendet Ihre Änderung erneut; „Serverversion übernehmen“ verwirft sie.</translation>
    </message>
    <message>
        <source>Someone else changed this on the server after you made your change. Keep Mine sends your change again over theirs; Take Theirs drops yours and shows the server&apos;s version.</source>
        <translation>Jemand anderes hat dies auf dem Server geändert, nachdem Sie Ihre Änderung vorgenommen haben. „Meine behalten“ sendet Ihre Änderung erneut und überschreibt die andere; „Serverversion übernehmen“ verwirft Ihre Änderung und zeigt die Version des Servers.</translation>
    </message>
    <message>
        <source>The server refused this change, so it was undone.</source>
        <translation>Der Server hat diese Änderung abgelehnt, daher wurde sie rückgängig gemacht.</translation>
    </message>
    <message>
        <source>The card is back in %1.</source>
        <translation>Die Karte ist wieder in der Phase „%1“.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>A stage not on this computer</source>
        <translation>Phase (nicht auf diesem Computer)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>The choice cannot be made now: sync is not running.</source>
        <translation>Die Entscheidung kann jetzt nicht getroffen werden: Die Synchronisierung läuft nicht.</translation>
    </message>
    <message>
        <source>The change cannot be dismissed now: sync is not running.</source>
        <translation>Die Änderung kann jetzt nicht verworfen werden: Die Synchronisierung läuft nicht.</translation>
    </message>
    <message>
        <source>Moving %1 to another stage was refused.</source>
        <translation>Das Verschieben von %1 in eine andere Phase wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Moving %1 to %2 was refused.</source>
        <translation>Das Verschieben von %1 nach %2 wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Rejecting %1 was refused.</source>
        <translation>Die Absage an %1 wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Hiring %1 was refused.</source>
        <translation>Das Einstellen von %1 wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Your change to %1 (%2) was refused.</source>
        <translation>Ihre Änderung an %1 (%2) wurde abgelehnt.</translation>
    </message>
</context>
<context>
    <name>CsvFileWriter</name>
    <message>
        <source>The file could not be created: %1</source>
        <translation>Die Datei konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Die Datei konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>CtlContext</name>
    <message>
        <source>The profile folder cannot be created.</source>
        <translation>Der Profilordner kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The profile cannot be saved.</source>
        <translation>Das Profil kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Wrong passphrase: the local cache cannot be opened with it.</source>
        <translation>Falsche Passphrase: Der lokale Cache lässt sich damit nicht öffnen.</translation>
    </message>
    <message>
        <source>The keychain that holds the key of the local cache did not answer. Try again.</source>
        <translation>Der Schlüsselbund, der den Schlüssel des lokalen Caches enthält, hat nicht geantwortet. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The profile settings (profile.json) cannot be read. Fix or remove the file, or use another --profile.</source>
        <translation>Die Profileinstellungen (profile.json) können nicht gelesen werden. Reparieren oder entfernen Sie die Datei, oder verwenden Sie ein anderes --profile.</translation>
    </message>
</context>
<context>
    <name>CtlOptions</name>
    <message>
        <source>Option %1 needs a value.</source>
        <translation>Die Option %1 benötigt einen Wert.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Unbekannte Option: %1</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <source>Unknown option for %1: %2</source>
        <translation>Unbekannte Option für %1: %2</translation>
    </message>
    <message>
        <source>export needs --format csv or --format json.</source>
        <translation>export benötigt --format csv oder --format json.</translation>
    </message>
    <message>
        <source>export needs --out FILE.</source>
        <translation>export benötigt --out FILE.</translation>
    </message>
    <message>
        <source>resolve needs a conflict id and mine or theirs.</source>
        <translation>resolve benötigt eine Konflikt-ID und mine oder theirs.</translation>
    </message>
    <message>
        <source>%1 needs one pipeline id.</source>
        <translation>%1 benötigt genau eine Pipeline-ID.</translation>
    </message>
    <message>
        <source>change needs: move APP STAGE | reject APP REASON [TEXT] | hire APP | note CANDIDATE TEXT</source>
        <translation>change benötigt: move APP STAGE | reject APP REASON [TEXT] | hire APP | note CANDIDATE TEXT</translation>
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
        <translation>Aufruf: hirexctl [--server URL] [--ca-file PEM] [--pin-spki SHA256-BASE64]...
                [--issuer URL] [--client-id ID] [--profile DIR]
                [--passphrase-file FILE] BEFEHL

Befehle:
  login [--no-browser]                 anmelden (mit --no-browser wird die Adresse ausgegeben)
  sync [--watch]                       Änderungen aus der Warteschlange senden, dann Änderungen herunterladen
  status [--json]                      Zustand von Sitzung, Cache und Warteschlange
  export --format csv|json [--pipeline ID] --out FILE
                                       zwischengespeicherte Bewerbungen in FILE schreiben
  logout [--wipe]                      abmelden; --wipe löscht auch den Cache und seinen Schlüssel
  change move APP STAGE | reject APP REASON [TEXT] | hire APP | note CANDIDATE TEXT
                                       Änderung einreihen (wird bei der nächsten Synchronisierung gesendet)
  conflicts [--json]                   Änderungen auflisten, die auf eine Entscheidung warten
  resolve CONFLICT mine|theirs         einen Konflikt entscheiden
  pin PIPELINE | unpin PIPELINE | pin --all
                                       festlegen, was offline verfügbar bleibt

Ohne Schlüsselbund ist der lokale Cache durch eine Passphrase geschützt: die erste Zeile von
--passphrase-file FILE (Modus 600) oder im Terminal eingegeben.

Exit-Codes: 0 OK, 1 Fehler, 2 falscher Aufruf, 3 nicht angemeldet, 4 Netzwerk oder TLS,
            5 Cache gesperrt oder Schlüsselproblem (auch: falsche oder fehlende Passphrase),
            6 Änderungen erfordern Aufmerksamkeit.
</translation>
    </message>
    <message>
        <source>
Development only: --insecure-loopback-http allows plain http:// to 127.0.0.1.
</source>
        <translation>
Nur für die Entwicklung: --insecure-loopback-http erlaubt unverschlüsseltes http:// zu 127.0.0.1.
</translation>
    </message>
    <message>
        <source>-v, --verbose (before the command) also prints the hirex.* info and debug log lines;
--help prints this text.
</source>
        <translation>-v, --verbose (vor dem Befehl) gibt zusätzlich die Info- und Debug-Protokollzeilen von hirex.* aus;
--help gibt diesen Text aus.
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
        <translation>Bei der ersten Anmeldung wird --server URL benötigt.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Not signed in. Run hirexctl login first.</source>
        <translation>Nicht angemeldet. Führen Sie zuerst hirexctl login aus.</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Sync paused: %1 (retrying)</source>
        <translation>Synchronisierung pausiert: %1 (wird erneut versucht)</translation>
    </message>
    <message>
        <source>Synchronised: %1 changes received, %2 queued, %3 conflicts, %4 refused.</source>
        <translation>Synchronisiert: %1 Änderungen empfangen, %2 in der Warteschlange, %3 Konflikte, %4 abgelehnt.</translation>
    </message>
    <message>
        <source><byte value="xd"/>Syncing: %1 changes, %2 KiB</source>
        <translation><byte value="xd"/>Synchronisierung: %1 Änderungen, %2 KiB</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>, noch etwa %1 s</translation>
    </message>
    <message>
        <source>Server: %1
</source>
        <translation>Server: %1
</translation>
    </message>
    <message>
        <source>Signed in.
</source>
        <translation>Angemeldet.
</translation>
    </message>
    <message>
        <source>Not signed in.
</source>
        <translation>Nicht angemeldet.
</translation>
    </message>
    <message>
        <source>Cache: %1 jobs, %2 candidates, %3 applications; last sync %4
</source>
        <translation>Cache: %1 Stellen, %2 Kandidaten, %3 Bewerbungen; letzte Synchronisierung %4
</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Queued changes: %1 pending, %2 conflicts, %3 refused
</source>
        <translation>Änderungen in der Warteschlange: %1 ausstehend, %2 Konflikte, %3 abgelehnt
</translation>
    </message>
    <message>
        <source>Nothing to export: run hirexctl sync first.</source>
        <translation>Nichts zu exportieren: Führen Sie zuerst hirexctl sync aus.</translation>
    </message>
    <message>
        <source>Exported %1 applications to %2
</source>
        <translation>%1 Bewerbungen nach %2 exportiert
</translation>
    </message>
    <message>
        <source>Signed out; local data removed.
</source>
        <translation>Abgemeldet; lokale Daten entfernt.
</translation>
    </message>
    <message>
        <source>Signed out.
</source>
        <translation>Abgemeldet.
</translation>
    </message>
    <message>
        <source>That candidate is not in the local cache.</source>
        <translation>Dieser Kandidat ist nicht im lokalen Cache.</translation>
    </message>
    <message>
        <source>That application is not in the local cache.</source>
        <translation>Diese Bewerbung ist nicht im lokalen Cache.</translation>
    </message>
    <message>
        <source>conflict %1: %2 %3 changed on the server (version %4)
</source>
        <translation>Konflikt %1: %2 %3 wurde auf dem Server geändert (Version %4)
</translation>
    </message>
    <message>
        <source>refused %1: %2
</source>
        <translation>abgelehnt %1: %2
</translation>
    </message>
    <message>
        <source>No such conflict.</source>
        <translation>Diesen Konflikt gibt es nicht.</translation>
    </message>
    <message>
        <source>Resolved.
</source>
        <translation>Gelöst.
</translation>
    </message>
    <message>
        <source>The working set could not be changed.</source>
        <translation>Die Offline-Auswahl konnte nicht geändert werden.</translation>
    </message>
    <message>
        <source>Working set updated. Run hirexctl sync to download pinned pipelines.
</source>
        <translation>Offline-Auswahl aktualisiert. Führen Sie hirexctl sync aus, um die angehefteten Pipelines herunterzuladen.
</translation>
    </message>
    <message>
        <source>hirexctl: sign-in interrupted; not signed in.</source>
        <translation>hirexctl: Anmeldung unterbrochen; nicht angemeldet.</translation>
    </message>
    <message>
        <source>hirexctl: interrupted before the command finished.</source>
        <translation>hirexctl: unterbrochen, bevor der Befehl abgeschlossen war.</translation>
    </message>
    <message>
        <source>Signed in for this run only: the server issued no refresh token, so the next command will not be signed in.</source>
        <translation>Nur für diesen Aufruf angemeldet: Der Server hat kein Aktualisierungstoken ausgestellt, daher ist der nächste Befehl nicht angemeldet.</translation>
    </message>
    <message numerus="yes">
        <source>%n queued change(s) dropped: the item no longer exists on the server.</source>
        <translation>
            <numerusform>%n wartende Änderung verworfen: Das Element existiert auf dem Server nicht mehr.</numerusform>
            <numerusform>%n wartende Änderungen verworfen: Das Element existiert auf dem Server nicht mehr.</numerusform>
        </translation>
    </message>
    <message>
        <source>This profile is locked in Hirex Desktop. Unlock it there first: hirexctl does not open a locked profile.</source>
        <translation>Dieses Profil ist in Hirex Desktop gesperrt. Entsperren Sie es zuerst dort: hirexctl öffnet kein gesperrtes Profil.</translation>
    </message>
    <message>
        <source>Locked in Hirex Desktop: the cache stays closed until it is unlocked there.
</source>
        <translation>In Hirex Desktop gesperrt: Der Cache bleibt geschlossen, bis er dort entsperrt wird.
</translation>
    </message>
</context>
<context>
    <name>DesktopController</name>
    <message>
        <source>Reset local cache deletes the encrypted copy on this computer and downloads your data from the server again. Changes that have not reached the server yet are lost.</source>
        <translation>Beim Zurücksetzen des lokalen Caches wird die verschlüsselte Kopie auf diesem Computer gelöscht und Ihre Daten werden erneut vom Server heruntergeladen. Änderungen, die den Server noch nicht erreicht haben, gehen verloren.</translation>
    </message>
    <message>
        <source>The local cache cannot be opened</source>
        <translation>Der lokale Cache kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Working online only: the local cache is not open.</source>
        <translation>Nur online: Der lokale Cache ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Loading your workspace…</source>
        <translation>Ihr Arbeitsbereich wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) you can work on.</source>
        <translation>
            <numerusform>%n Stelle, an der Sie arbeiten können.</numerusform>
            <numerusform>%n Stellen, an denen Sie arbeiten können.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain is not answering</source>
        <translation>Der Schlüsselbund antwortet nicht</translation>
    </message>
    <message>
        <source>The keychain that holds the key of your local cache did not answer. Make sure it is running and unlocked, then try again.</source>
        <translation>Der Schlüsselbund, der den Schlüssel Ihres lokalen Caches enthält, hat nicht geantwortet. Stellen Sie sicher, dass er läuft und entsperrt ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The local data could not be removed</source>
        <translation>Die lokalen Daten konnten nicht entfernt werden</translation>
    </message>
    <message>
        <source>Hirex could not delete the local cache on this computer: %1

You are signed out. Delete the profile folder %2 by hand.</source>
        <translation>Hirex konnte den lokalen Cache auf diesem Computer nicht löschen: %1

Sie sind abgemeldet. Löschen Sie den Profilordner %2 von Hand.</translation>
    </message>
    <message>
        <source>The local cache is damaged</source>
        <translation>Der lokale Cache ist beschädigt</translation>
    </message>
    <message>
        <source>The local cache is damaged. Hirex offers to reset it again at the next start.</source>
        <translation>Der lokale Cache ist beschädigt. Hirex bietet beim nächsten Start erneut an, ihn zurückzusetzen.</translation>
    </message>
    <message>
        <source>This window keeps its data in the profile folder given with --profile-dir, which belongs to %1. Start Hirex without --profile-dir to sign in to another server.</source>
        <translation>Dieses Fenster speichert seine Daten im mit --profile-dir angegebenen Profilordner, der zu %1 gehört. Starten Sie Hirex ohne --profile-dir, um sich bei einem anderen Server anzumelden.</translation>
    </message>
    <message>
        <source>The profile folder&apos;s settings (profile.json) cannot be read. Fix or remove the file, or choose another --profile-dir.</source>
        <translation>Die Einstellungen des Profilordners (profile.json) können nicht gelesen werden. Reparieren oder entfernen Sie die Datei, oder wählen Sie ein anderes --profile-dir.</translation>
    </message>
    <message>
        <source>The profile folder %1 belongs to %2. Start with --server %2, or choose another --profile-dir for %3.</source>
        <translation>Der Profilordner %1 gehört zu %2. Starten Sie mit --server %2, oder wählen Sie ein anderes --profile-dir für %3.</translation>
    </message>
    <message>
        <source>Offline: you are working with the copy on this computer. Changes are sent when the server can be reached again.</source>
        <translation>Offline: Sie arbeiten mit der Kopie auf diesem Computer. Änderungen werden gesendet, sobald der Server wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>An unlock PIN is only for profiles whose key is in the keychain; a passphrase profile unlocks with its passphrase.</source>
        <translation>Eine Entsperr-PIN gibt es nur für Profile, deren Schlüssel im Schlüsselbund liegt; ein Passphrasen-Profil wird mit seiner Passphrase entsperrt.</translation>
    </message>
    <message>
        <source>The change could not be queued: sync is not running.</source>
        <translation>Die Änderung konnte nicht vorgemerkt werden: Die Synchronisierung läuft nicht.</translation>
    </message>
    <message>
        <source>Changes not sent yet</source>
        <translation>Änderungen noch nicht gesendet</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made on this computer have not reached the server yet. Removing the local data now loses them.</source>
        <translation>
            <numerusform>%n Änderung auf diesem Computer hat den Server noch nicht erreicht. Wenn Sie die lokalen Daten jetzt entfernen, geht sie verloren.</numerusform>
            <numerusform>%n Änderungen auf diesem Computer haben den Server noch nicht erreicht. Wenn Sie die lokalen Daten jetzt entfernen, gehen sie verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Wait, Then Sign Out</source>
        <translation>&amp;Warten, dann abmelden</translation>
    </message>
    <message>
        <source>&amp;Lose Them and Sign Out</source>
        <translation>&amp;Verwerfen und abmelden</translation>
    </message>
    <message>
        <source>You are signed out as soon as the queued changes have reached the server.</source>
        <translation>Sie werden abgemeldet, sobald die vorgemerkten Änderungen den Server erreicht haben.</translation>
    </message>
    <message>
        <source>The move cannot be undone: sync is not running.</source>
        <translation>Das Verschieben kann nicht rückgängig gemacht werden: Die Synchronisierung läuft nicht.</translation>
    </message>
    <message>
        <source>The saved network settings are not used: %1</source>
        <translation>Die gespeicherten Netzwerkeinstellungen werden nicht verwendet: %1</translation>
    </message>
    <message>
        <source>This window keeps its data in the profile folder given with --profile-dir, which belongs to %1. Start Hirex without --profile-dir to use another server.</source>
        <translation>Dieses Fenster speichert seine Daten im mit --profile-dir angegebenen Profilordner, der zu %1 gehört. Starten Sie Hirex ohne --profile-dir, um einen anderen Server zu verwenden.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made on this computer have not reached %1 yet. If you switch now they stay queued here and are sent only when you switch back to that server.</source>
        <translation>
            <numerusform>%n Änderung auf diesem Computer hat %1 noch nicht erreicht. Wenn Sie jetzt wechseln, bleibt sie hier vorgemerkt und wird erst gesendet, wenn Sie zu diesem Server zurückwechseln.</numerusform>
            <numerusform>%n Änderungen auf diesem Computer haben %1 noch nicht erreicht. Wenn Sie jetzt wechseln, bleiben sie hier vorgemerkt und werden erst gesendet, wenn Sie zu diesem Server zurückwechseln.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Wait, Then Switch</source>
        <translation>&amp;Warten, dann wechseln</translation>
    </message>
    <message>
        <source>&amp;Switch Now</source>
        <translation>&amp;Jetzt wechseln</translation>
    </message>
    <message>
        <source>Hirex switches to %1 as soon as the queued changes have reached %2.</source>
        <translation>Hirex wechselt zu %1, sobald die vorgemerkten Änderungen %2 erreicht haben.</translation>
    </message>
    <message>
        <source>The pinned pipelines can only be changed while sync is running.</source>
        <translation>Die angehefteten Pipelines können nur geändert werden, während die Synchronisierung läuft.</translation>
    </message>
</context>
<context>
    <name>DesktopOptions</name>
    <message>
        <source>Hirex Desktop, the recruiting workspace.</source>
        <translation>Hirex Desktop, der Arbeitsbereich für das Recruiting.</translation>
    </message>
    <message>
        <source>Hirex server address.</source>
        <translation>Adresse des Hirex-Servers.</translation>
    </message>
    <message>
        <source>Extra trusted CA certificates (PEM).</source>
        <translation>Zusätzliche vertrauenswürdige CA-Zertifikate (PEM).</translation>
    </message>
    <message>
        <source>OpenID Connect issuer (default: the server).</source>
        <translation>OpenID-Connect-Aussteller (Standard: der Server).</translation>
    </message>
    <message>
        <source>OAuth client id.</source>
        <translation>OAuth-Client-ID.</translation>
    </message>
    <message>
        <source>Folder for this profile&apos;s encrypted cache.</source>
        <translation>Ordner für den verschlüsselten Cache dieses Profils.</translation>
    </message>
    <message>
        <source>Development only: allow plain HTTP to 127.0.0.1.</source>
        <translation>Nur für die Entwicklung: unverschlüsseltes HTTP zu 127.0.0.1 erlauben.</translation>
    </message>
    <message>
        <source>Start signing in at once when no session is stored.</source>
        <translation>Sofort mit der Anmeldung beginnen, wenn keine Sitzung gespeichert ist.</translation>
    </message>
    <message>
        <source>Lock the local data after this many idle minutes (0: never).</source>
        <translation>Lokale Daten nach so vielen Minuten Inaktivität sperren (0: nie).</translation>
    </message>
    <message>
        <source>Trust only server chains with this key (base64 SHA-256 of the SubjectPublicKeyInfo); repeatable.</source>
        <translation>Nur Serverketten mit diesem Schlüssel vertrauen (Base64-SHA-256 der SubjectPublicKeyInfo); mehrfach angebbar.</translation>
    </message>
    <message>
        <source>--idle-lock-minutes needs a whole number of minutes from 0 (never) to %1.</source>
        <translation>--idle-lock-minutes erwartet eine ganze Zahl von Minuten zwischen 0 (nie) und %1.</translation>
    </message>
    <message>
        <source>Language for this run: en, tr or de (default: the one chosen in the app).</source>
        <translation>Sprache für diesen Aufruf: en, tr oder de (Standard: die in der App gewählte).</translation>
    </message>
    <message>
        <source>--language needs one of en, tr or de.</source>
        <translation>--language erwartet en, tr oder de.</translation>
    </message>
    <message>
        <source>Theme for this run: system, light or dark (default: the one chosen in Settings).</source>
        <translation>Design für diesen Aufruf: system, light oder dark (Standard: das in den Einstellungen gewählte).</translation>
    </message>
    <message>
        <source>--theme is system, light or dark.</source>
        <translation>--theme erwartet system, light oder dark.</translation>
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
        <translation>Gesperrt, Löschung angefordert</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (dieser Computer)</translation>
    </message>
    <message>
        <source>%1, Hirex %2</source>
        <translation>%1, Hirex %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>FeedPuller</name>
    <message>
        <source>Synchronisation was stopped.</source>
        <translation>Die Synchronisierung wurde angehalten.</translation>
    </message>
    <message>
        <source>The server sent changes this app cannot read.</source>
        <translation>Der Server hat Änderungen gesendet, die diese App nicht lesen kann.</translation>
    </message>
    <message>
        <source>The local copy could not be updated. Try again, or reset the local cache.</source>
        <translation>Die lokale Kopie konnte nicht aktualisiert werden. Versuchen Sie es erneut oder setzen Sie den lokalen Cache zurück.</translation>
    </message>
</context>
<context>
    <name>JobListModel</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain holds no such entry.</source>
        <translation>Der Schlüsselbund enthält keinen solchen Eintrag.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Unlock your keychain and try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert. Entsperren Sie Ihren Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No keychain service is available on this computer (for example no Secret Service such as GNOME Keyring or KWallet is running).</source>
        <translation>Auf diesem Computer ist kein Schlüsselbunddienst verfügbar (zum Beispiel läuft kein Secret Service wie GNOME Keyring oder KWallet).</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. Check that it is unlocked and try again.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet. Prüfen Sie, ob er entsperrt ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet.</translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Hirex is locked</source>
        <translation>Hirex ist gesperrt</translation>
    </message>
    <message>
        <source>Lock status</source>
        <translation>Sperrstatus</translation>
    </message>
    <message>
        <source>Your local data is encrypted and closed. Unlock to continue working.</source>
        <translation>Ihre lokalen Daten sind verschlüsselt und geschlossen. Entsperren Sie, um weiterzuarbeiten.</translation>
    </message>
    <message>
        <source>Unlock with your &amp;browser</source>
        <translation>Mit dem &amp;Browser entsperren</translation>
    </message>
    <message>
        <source>Unlock &amp;PIN:</source>
        <translation>Entsperr-&amp;PIN:</translation>
    </message>
    <message>
        <source>Unlock with PI&amp;N</source>
        <translation>Mit PI&amp;N entsperren</translation>
    </message>
    <message>
        <source>Sign in again in your browser to prove it is you.</source>
        <translation>Melden Sie sich im Browser erneut an, um zu bestätigen, dass Sie es sind.</translation>
    </message>
    <message>
        <source>Unlock PIN</source>
        <translation>Entsperr-PIN</translation>
    </message>
</context>
<context>
    <name>LoopbackRedirectServer</name>
    <message>
        <source>Sign-in cancelled</source>
        <translation>Anmeldung abgebrochen</translation>
    </message>
    <message>
        <source>Sign-in to Hirex did not complete. You can close this window and return to Hirex.</source>
        <translation>Die Anmeldung bei Hirex wurde nicht abgeschlossen. Sie können dieses Fenster schließen und zu Hirex zurückkehren.</translation>
    </message>
    <message>
        <source>Signed in to Hirex</source>
        <translation>Bei Hirex angemeldet</translation>
    </message>
    <message>
        <source>You can close this window and return to Hirex.</source>
        <translation>Sie können dieses Fenster schließen und zu Hirex zurückkehren.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Hier gibt es nichts.</translation>
    </message>
    <message>
        <source>Sign-in response not accepted</source>
        <translation>Anmeldeantwort nicht akzeptiert</translation>
    </message>
    <message>
        <source>This page does not belong to the sign-in Hirex is waiting for. Return to Hirex and start the sign-in again if needed.</source>
        <translation>Diese Seite gehört nicht zu der Anmeldung, auf die Hirex wartet. Kehren Sie zu Hirex zurück und starten Sie die Anmeldung bei Bedarf erneut.</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation>Anmeldung nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Sign-in to Hirex did not complete. Return to Hirex for details.</source>
        <translation>Die Anmeldung bei Hirex wurde nicht abgeschlossen. Einzelheiten finden Sie in Hirex.</translation>
    </message>
    <message>
        <source>Sign-in to Hirex did not complete: %1</source>
        <translation>Die Anmeldung bei Hirex wurde nicht abgeschlossen: %1</translation>
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
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Sign out and &amp;remove local data…</source>
        <translation>Abmelden und lokale Daten &amp;entfernen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Hirex Desktop</source>
        <translation>Ü&amp;ber Hirex Desktop</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Remove local data?</source>
        <translation>Lokale Daten entfernen?</translation>
    </message>
    <message>
        <source>Signing out this way deletes the encrypted copy of your Hirex data on this computer and its key. Changes that have not reached the server yet are lost.

Sign out and remove local data?</source>
        <translation>Bei dieser Art der Abmeldung werden die verschlüsselte Kopie Ihrer Hirex-Daten auf diesem Computer und ihr Schlüssel gelöscht. Änderungen, die den Server noch nicht erreicht haben, gehen verloren.

Abmelden und lokale Daten entfernen?</translation>
    </message>
    <message>
        <source>About Hirex Desktop</source>
        <translation>Über Hirex Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hirex Desktop %1&lt;/h3&gt;&lt;p&gt;The desktop client for the Hirex recruiting platform.&lt;/p&gt;&lt;p&gt;AI output in Hirex informs people; it never decides.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hirex Desktop %1&lt;/h3&gt;&lt;p&gt;Der Desktop-Client für die Recruiting-Plattform Hirex.&lt;/p&gt;&lt;p&gt;KI-Ergebnisse in Hirex informieren Menschen; sie entscheiden nie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Resolve &amp;Conflicts…</source>
        <translation>&amp;Konflikte lösen…</translation>
    </message>
    <message>
        <source>Resolve conflicts and review changes the server refused</source>
        <translation>Konflikte lösen und vom Server abgelehnte Änderungen prüfen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation>Befehls&amp;palette…</translation>
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
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>S&amp;ystemsprache</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No secret is stored under this name.</source>
        <translation>Unter diesem Namen ist kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <source>No keychain service is available on this computer.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbunddienst verfügbar.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>MyReviewsModel</name>
    <message>
        <source>Submitted</source>
        <translation>Abgegeben</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Strong yes</source>
        <translation>Klares Ja</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Strong no</source>
        <translation>Klares Nein</translation>
    </message>
    <message>
        <source>Submitted scorecard for %1, %2, stage %3, recommendation %4, last changed %5</source>
        <translation>Abgegebener Bewertungsbogen zu %1, %2, Phase %3, Empfehlung %4, zuletzt geändert %5</translation>
    </message>
    <message>
        <source>Draft scorecard for %1, %2, stage %3, last changed %4</source>
        <translation>Entwurf eines Bewertungsbogens zu %1, %2, Phase %3, zuletzt geändert %4</translation>
    </message>
    <message>
        <source>Anonymised screening: the candidate&apos;s identity is withheld.</source>
        <translation>Anonymisierte Sichtung: Die Identität der bewerbenden Person ist verborgen.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Bewerbende Person</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
</context>
<context>
    <name>OAuthTokenClient</name>
    <message>
        <source>The sign-in server cannot revoke tokens; they expire on their own.</source>
        <translation>Der Anmeldeserver kann Token nicht widerrufen; sie laufen von selbst ab.</translation>
    </message>
    <message>
        <source>The sign-in server did not confirm the sign-out.</source>
        <translation>Der Anmeldeserver hat die Abmeldung nicht bestätigt.</translation>
    </message>
    <message>
        <source>This device was signed out by your administrator. Sign in again.</source>
        <translation>Dieses Gerät wurde von Ihrem Administrator abgemeldet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to continue.</source>
        <translation>Ihre Sitzung ist beendet. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>The sign-in server does not know this app. Check the client id in Settings.</source>
        <translation>Der Anmeldeserver kennt diese App nicht. Prüfen Sie die Client-ID in den Einstellungen.</translation>
    </message>
    <message>
        <source>The sign-in server is not available right now. Try again later.</source>
        <translation>Der Anmeldeserver ist derzeit nicht verfügbar. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The sign-in server refused the request.</source>
        <translation>Der Anmeldeserver hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The sign-in server sent an answer Hirex cannot use.</source>
        <translation>Der Anmeldeserver hat eine Antwort gesendet, die Hirex nicht verwenden kann.</translation>
    </message>
</context>
<context>
    <name>OidcDiscovery</name>
    <message>
        <source>The sign-in server&apos;s configuration could not be read.</source>
        <translation>Die Konfiguration des Anmeldeservers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s configuration is incomplete.</source>
        <translation>Die Konfiguration des Anmeldeservers ist unvollständig.</translation>
    </message>
    <message>
        <source>The sign-in server identifies itself as a different server. Check the server address.</source>
        <translation>Der Anmeldeserver gibt sich als ein anderer Server aus. Prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>The sign-in server offers an endpoint without HTTPS; sign-in was stopped.</source>
        <translation>Der Anmeldeserver bietet einen Endpunkt ohne HTTPS an; die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The sign-in server does not support secure sign-in for desktop apps (PKCE S256).</source>
        <translation>Der Anmeldeserver unterstützt keine sichere Anmeldung für Desktop-Apps (PKCE S256).</translation>
    </message>
    <message>
        <source>The sign-in server does not support the authorization code flow.</source>
        <translation>Der Anmeldeserver unterstützt den Autorisierungscode-Ablauf (Authorization Code Flow) nicht.</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s configuration is not available (HTTP %1).</source>
        <translation>Die Konfiguration des Anmeldeservers ist nicht verfügbar (HTTP %1).</translation>
    </message>
    <message>
        <source>The sign-in server address must be an https:// address. Plain http:// is allowed only to 127.0.0.1, for development, with --insecure-loopback-http.</source>
        <translation>Die Adresse des Anmeldeservers muss eine https://-Adresse sein. Unverschlüsseltes http:// ist nur zur Entwicklung zu 127.0.0.1 erlaubt, mit --insecure-loopback-http.</translation>
    </message>
    <message>
        <source>The sign-in server is not available right now. Try again later.</source>
        <translation>Der Anmeldeserver ist derzeit nicht verfügbar. Versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The change could not be saved on this computer.</source>
        <translation>Die Änderung konnte auf diesem Computer nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>An earlier change to the same item was refused, so this one was undone too.</source>
        <translation>Eine frühere Änderung am selben Element wurde abgelehnt, daher wurde auch diese rückgängig gemacht.</translation>
    </message>
    <message>
        <source>This conflict no longer exists.</source>
        <translation>Dieser Konflikt besteht nicht mehr.</translation>
    </message>
    <message>
        <source>The choice could not be saved.</source>
        <translation>Ihre Entscheidung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>This change was undone: the item no longer exists on the server.</source>
        <translation>Diese Änderung wurde rückgängig gemacht: Das Element existiert auf dem Server nicht mehr.</translation>
    </message>
    <message>
        <source>This change was undone: you no longer have the permission to make it.</source>
        <translation>Diese Änderung wurde rückgängig gemacht: Sie haben nicht mehr die Berechtigung dazu.</translation>
    </message>
    <message>
        <source>This change was undone: the server&apos;s rules refused it (%1).</source>
        <translation>Diese Änderung wurde rückgängig gemacht: Die Regeln des Servers haben sie abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The change could not be taken back on this computer.</source>
        <translation>Die Änderung konnte auf diesem Computer nicht zurückgenommen werden.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Passphrase festlegen</translation>
    </message>
    <message numerus="yes">
        <source>This computer has no keychain to keep the key of your local data safe. Choose a passphrase of at least %n characters: your local data and your sign-in are encrypted with it.</source>
        <translation>
            <numerusform>Dieser Computer hat keinen Schlüsselbund, der den Schlüssel Ihrer lokalen Daten sicher aufbewahrt. Legen Sie eine Passphrase mit mindestens %n Zeichen fest: Ihre lokalen Daten und Ihre Anmeldung werden damit verschlüsselt.</numerusform>
            <numerusform>Dieser Computer hat keinen Schlüsselbund, der den Schlüssel Ihrer lokalen Daten sicher aufbewahrt. Legen Sie eine Passphrase mit mindestens %n Zeichen fest: Ihre lokalen Daten und Ihre Anmeldung werden damit verschlüsselt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase cannot be recovered. If you forget it, you have to reset the local cache and sign in again; changes that have not reached the server by then are lost.</source>
        <translation>Die Passphrase kann nicht wiederhergestellt werden. Wenn Sie sie vergessen, müssen Sie den lokalen Cache zurücksetzen und sich erneut anmelden; Änderungen, die bis dahin nicht beim Server angekommen sind, gehen verloren.</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Unlock Hirex</source>
        <translation>Hirex entsperren</translation>
    </message>
    <message>
        <source>Enter the passphrase that encrypts your local Hirex data.</source>
        <translation>Geben Sie die Passphrase ein, mit der Ihre lokalen Hirex-Daten verschlüsselt sind.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Reset local cache…</source>
        <translation>Lokalen Cache zurücksetzen…</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Problem mit der Passphrase</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Geben Sie die Passphrase ein.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>Die Passphrase muss mindestens %n Zeichen lang sein.</numerusform>
            <numerusform>Die Passphrase muss mindestens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>PassphraseFlow</name>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>Die Passphrase ist nicht korrekt.</translation>
    </message>
    <message>
        <source>Reset the local cache?</source>
        <translation>Lokalen Cache zurücksetzen?</translation>
    </message>
    <message>
        <source>This deletes the encrypted copy of your data on this computer and signs you out. Changes that have not reached the server yet are lost. You then choose a new passphrase and sign in again.</source>
        <translation>Dadurch wird die verschlüsselte Kopie Ihrer Daten auf diesem Computer gelöscht und Sie werden abgemeldet. Änderungen, die noch nicht beim Server angekommen sind, gehen verloren. Danach legen Sie eine neue Passphrase fest und melden sich erneut an.</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>Die Passphrase muss mindestens %n Zeichen lang sein.</numerusform>
            <numerusform>Die Passphrase muss mindestens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer has no keychain, so the local cache is protected by a passphrase. Give it with --passphrase-file FILE, or run hirexctl in a terminal to type it.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, daher ist der lokale Cache durch eine Passphrase geschützt. Geben Sie sie mit --passphrase-file FILE an oder führen Sie hirexctl in einem Terminal aus, um sie einzutippen.</translation>
    </message>
    <message>
        <source>The passphrase file %1 cannot be read.</source>
        <translation>Die Passphrase-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The passphrase file %1 is accessible by others (permissions %2). It is ignored: run chmod 600 on it.</source>
        <translation>Auf die Passphrase-Datei %1 können andere zugreifen (Berechtigungen %2). Sie wird nicht verwendet: Führen Sie chmod 600 für sie aus.</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>Die Passphrase-Datei %1 ist leer.</translation>
    </message>
    <message>
        <source>Passphrase of the local cache: </source>
        <translation>Passphrase des lokalen Caches: </translation>
    </message>
    <message>
        <source>No passphrase given.</source>
        <translation>Keine Passphrase angegeben.</translation>
    </message>
    <message numerus="yes">
        <source>This computer has no keychain. Choose a passphrase for the local cache (at least %n characters). It cannot be recovered: if you forget it, the local cache has to be deleted and you sign in again.
</source>
        <translation>
            <numerusform>Dieser Computer hat keinen Schlüsselbund. Legen Sie eine Passphrase für den lokalen Cache fest (mindestens %n Zeichen). Sie kann nicht wiederhergestellt werden: Wenn Sie sie vergessen, muss der lokale Cache gelöscht werden und Sie melden sich erneut an.
</numerusform>
            <numerusform>Dieser Computer hat keinen Schlüsselbund. Legen Sie eine Passphrase für den lokalen Cache fest (mindestens %n Zeichen). Sie kann nicht wiederhergestellt werden: Wenn Sie sie vergessen, muss der lokale Cache gelöscht werden und Sie melden sich erneut an.
</numerusform>
        </translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Neue Passphrase: </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Passphrase wiederholen: </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>No passphrase chosen.</source>
        <translation>Keine Passphrase festgelegt.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Change the unlock PIN</source>
        <translation>Entsperr-PIN ändern</translation>
    </message>
    <message>
        <source>Set an unlock PIN</source>
        <translation>Entsperr-PIN festlegen</translation>
    </message>
    <message>
        <source>The PIN unlocks Hirex on this computer while the server cannot be reached. Use %1 to %2 digits. After three wrong PINs each attempt waits longer.</source>
        <translation>Die PIN entsperrt Hirex auf diesem Computer, solange der Server nicht erreichbar ist. Verwenden Sie %1 bis %2 Ziffern. Nach drei falschen PINs wartet jeder weitere Versuch länger.</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <source>Repeat the new PIN</source>
        <translation>Neue PIN wiederholen</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>&amp;Neue PIN:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Change PIN</source>
        <translation>&amp;PIN ändern</translation>
    </message>
    <message>
        <source>&amp;Set PIN</source>
        <translation>&amp;PIN festlegen</translation>
    </message>
    <message>
        <source>The PIN needs at least %1 digits.</source>
        <translation>Die PIN muss mindestens %1 Ziffern haben.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Die beiden PINs stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>PrintUrlLauncher</name>
    <message>
        <source>Open this address in a browser on this computer to sign in:</source>
        <translation>Öffnen Sie diese Adresse in einem Browser auf diesem Computer, um sich anzumelden:</translation>
    </message>
    <message>
        <source>Waiting for the browser to finish signing in…</source>
        <translation>Warten, bis die Anmeldung im Browser abgeschlossen ist…</translation>
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
        <translation>Hirex kann nicht gestartet werden</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>These candidates will be rejected:</source>
        <translation>Diesen Bewerbenden wird abgesagt:</translation>
    </message>
    <message>
        <source>The name is withheld while the tenant screens blind.</source>
        <translation>Der Name wird nicht angezeigt, solange der Mandant eine anonymisierte Vorauswahl durchführt.</translation>
    </message>
    <message>
        <source>Candidates to reject</source>
        <translation>Bewerbende, denen abgesagt wird</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Grund auswählen…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Optional; required for &quot;Other&quot; (at most %1 characters)</source>
        <translation>Optional; bei „Sonstiges“ erforderlich (höchstens %1 Zeichen)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>AI match scores were shown. They inform this decision; they do not make it.</source>
        <translation>Es wurden KI-Übereinstimmungswerte angezeigt. Sie dienen als Information für diese Entscheidung; sie treffen sie nicht.</translation>
    </message>
</context>
<context>
    <name>RejectPresenter</name>
    <message>
        <source>Skills do not match</source>
        <translation>Fähigkeiten passen nicht</translation>
    </message>
    <message>
        <source>Not enough experience</source>
        <translation>Zu wenig Erfahrung</translation>
    </message>
    <message>
        <source>Candidate withdrew</source>
        <translation>Bewerbung zurückgezogen</translation>
    </message>
    <message>
        <source>Position filled</source>
        <translation>Stelle besetzt</translation>
    </message>
    <message>
        <source>Other (explain in the note)</source>
        <translation>Sonstiges (in der Notiz erläutern)</translation>
    </message>
    <message numerus="yes">
        <source>Reject %n Candidate(s)</source>
        <translation>
            <numerusform>%n Bewerbenden absagen</numerusform>
            <numerusform>%n Bewerbenden absagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>I have reviewed the %n candidate(s) listed and confirm the rejection</source>
        <translation>
            <numerusform>Ich habe die %n aufgeführte Person geprüft und bestätige die Absage</numerusform>
            <numerusform>Ich habe die %n aufgeführten Personen geprüft und bestätige die Absage</numerusform>
        </translation>
    </message>
    <message>
        <source>No candidates are selected.</source>
        <translation>Es sind keine Bewerbenden ausgewählt.</translation>
    </message>
    <message>
        <source>Choose a reason.</source>
        <translation>Wählen Sie einen Grund aus.</translation>
    </message>
    <message>
        <source>Explain the reason in the note.</source>
        <translation>Erläutern Sie den Grund in der Notiz.</translation>
    </message>
    <message>
        <source>The note is too long (at most %1 characters).</source>
        <translation>Die Notiz ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>Confirm the rejection.</source>
        <translation>Bestätigen Sie die Absage.</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <source>My scorecards</source>
        <translation>Meine Bewertungsbögen</translation>
    </message>
    <message>
        <source>Press Enter to open the candidate.</source>
        <translation>Die Eingabetaste öffnet die bewerbende Person.</translation>
    </message>
</context>
<context>
    <name>ReviewsPresenter</name>
    <message>
        <source>Your scorecards could not be read from the local cache.</source>
        <translation>Ihre Bewertungsbögen konnten nicht aus dem lokalen Cache gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>Your scorecards: %n draft(s) to finish</source>
        <translation>
            <numerusform>Ihre Bewertungsbögen: %n Entwurf abzuschließen</numerusform>
            <numerusform>Ihre Bewertungsbögen: %n Entwürfe abzuschließen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submitted</source>
        <translation>
            <numerusform>%n abgegeben</numerusform>
            <numerusform>%n abgegeben</numerusform>
        </translation>
    </message>
    <message>
        <source>Your scorecards appear here once the working set on this computer is open.</source>
        <translation>Ihre Bewertungsbögen erscheinen hier, sobald die Offline-Auswahl auf diesem Computer geöffnet ist.</translation>
    </message>
    <message>
        <source>Hirex cannot tell yet which scorecards are yours: it learns who is signed in from the server, which has not answered since Hirex started. Your scorecards appear here as soon as it does.</source>
        <translation>Hirex weiß noch nicht, welche Bewertungsbögen Ihre sind: Wer angemeldet ist, erfährt Hirex vom Server, und der hat seit dem Start von Hirex nicht geantwortet. Ihre Bewertungsbögen erscheinen hier, sobald er antwortet.</translation>
    </message>
    <message>
        <source>No scorecards yet. The scorecards you start or submit for candidates appear here, drafts to finish first.</source>
        <translation>Noch keine Bewertungsbögen. Die Bewertungsbögen, die Sie für Bewerbende beginnen oder abgeben, erscheinen hier, offene Entwürfe zuerst.</translation>
    </message>
</context>
<context>
    <name>SessionManager</name>
    <message>
        <source>No keychain is set up.</source>
        <translation>Es ist kein Schlüsselbund eingerichtet.</translation>
    </message>
    <message>
        <source>This computer could not be registered with the server.</source>
        <translation>Dieser Computer konnte nicht beim Server registriert werden.</translation>
    </message>
    <message>
        <source>Sign in to continue.</source>
        <translation>Melden Sie sich an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to continue.</source>
        <translation>Ihre Sitzung ist beendet. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>The session ended meanwhile.</source>
        <translation>Die Sitzung wurde inzwischen beendet.</translation>
    </message>
    <message>
        <source>This computer was signed out by your administrator and its local data was removed. Sign in again to continue.</source>
        <translation>Dieser Computer wurde von Ihrem Administrator abgemeldet und seine lokalen Daten wurden entfernt. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>The server issued no refresh token, so this sign-in is not kept: the session ends when the program closes.</source>
        <translation>Der Server hat kein Aktualisierungstoken ausgestellt, daher wird diese Anmeldung nicht gespeichert: Die Sitzung endet, wenn das Programm geschlossen wird.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Choose the extra CA bundle</source>
        <translation>Zusätzliches CA-Bundle auswählen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>S&amp;witch</source>
        <translation>&amp;Wechseln</translation>
    </message>
    <message>
        <source>Use another Hirex server. This server&apos;s data and sign-in stay on this computer for when you switch back.</source>
        <translation>Einen anderen Hirex-Server verwenden. Die Daten und die Anmeldung dieses Servers bleiben auf diesem Computer, falls Sie zurückwechseln.</translation>
    </message>
    <message>
        <source>Ser&amp;ver address:</source>
        <translation>&amp;Serveradresse:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>None: the system&apos;s certificates only</source>
        <translation>Keines: nur die Zertifikate des Systems</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>A&amp;uswählen…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>E&amp;ntfernen</translation>
    </message>
    <message>
        <source>Extra CA &amp;bundle:</source>
        <translation>Zusätzliches CA-&amp;Bundle:</translation>
    </message>
    <message>
        <source>Extra CA bundle</source>
        <translation>Zusätzliches CA-Bundle</translation>
    </message>
    <message>
        <source>None: any certificate the CAs trust</source>
        <translation>Keine: jedes Zertifikat, dem die CAs vertrauen</translation>
    </message>
    <message>
        <source>Base64 SHA-256 of a server key (SubjectPublicKeyInfo); several separated by spaces or commas.</source>
        <translation>Base64-SHA-256 eines Serverschlüssels (SubjectPublicKeyInfo); mehrere durch Leerzeichen oder Kommas getrennt.</translation>
    </message>
    <message>
        <source>SPKI p&amp;ins:</source>
        <translation>SPKI-P&amp;ins:</translation>
    </message>
    <message>
        <source>System (default)</source>
        <translation>System (Standard)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>H&amp;ost:</translation>
    </message>
    <message>
        <source>The CA bundle and the pins apply the next time Hirex starts; the proxy applies to new connections at once. Certificate errors are never ignored.</source>
        <translation>Das CA-Bundle und die Pins gelten ab dem nächsten Start von Hirex; der Proxy gilt sofort für neue Verbindungen. Zertifikatsfehler werden nie ignoriert.</translation>
    </message>
    <message>
        <source>Pinned pipelines</source>
        <translation>Angeheftete Pipelines</translation>
    </message>
    <message>
        <source>Pinned pipelines are kept on this computer for working offline.</source>
        <translation>Angeheftete Pipelines werden für die Offline-Arbeit auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Keep every pipeline on this computer</source>
        <translation>Alle Pipelines auf diesem &amp;Computer behalten</translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation>Sperre bei Inaktivität</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s)</source>
        <translation>
            <numerusform>Nach %n Minute</numerusform>
            <numerusform>Nach %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Lock:</source>
        <translation>Sp&amp;erren:</translation>
    </message>
    <message>
        <source>R&amp;emove PIN</source>
        <translation>PIN en&amp;tfernen</translation>
    </message>
    <message>
        <source>Unlock PIN:</source>
        <translation>Entsperr-PIN:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>This file was not used: %1</source>
        <translation>Diese Datei wurde nicht verwendet: %1</translation>
    </message>
    <message>
        <source>The pipelines are listed once the local copy is open.</source>
        <translation>Die Pipelines werden aufgelistet, sobald die lokale Kopie geöffnet ist.</translation>
    </message>
    <message>
        <source>No pipelines have been synced yet.</source>
        <translation>Es wurden noch keine Pipelines synchronisiert.</translation>
    </message>
    <message>
        <source>This profile unlocks with its passphrase.</source>
        <translation>Dieses Profil wird mit seiner Passphrase entsperrt.</translation>
    </message>
    <message>
        <source>A PIN is set.</source>
        <translation>Eine PIN ist festgelegt.</translation>
    </message>
    <message>
        <source>No PIN is set.</source>
        <translation>Es ist keine PIN festgelegt.</translation>
    </message>
    <message>
        <source>Change &amp;PIN…</source>
        <translation>&amp;PIN ändern…</translation>
    </message>
    <message>
        <source>Set &amp;PIN…</source>
        <translation>&amp;PIN festlegen…</translation>
    </message>
</context>
<context>
    <name>SettingsPresenter</name>
    <message>
        <source>This is not a valid server address. Use the form https://hirex.example.com.</source>
        <translation>Dies ist keine gültige Serveradresse. Verwenden Sie die Form https://hirex.example.com.</translation>
    </message>
    <message>
        <source>Hirex only connects over HTTPS. Use an address that starts with https://.</source>
        <translation>Hirex verbindet sich nur über HTTPS. Verwenden Sie eine Adresse, die mit https:// beginnt.</translation>
    </message>
    <message>
        <source>Each pin must be the base64 SHA-256 of a public key (44 characters ending in &quot;=&quot;), one per line.</source>
        <translation>Jeder Pin muss der Base64-kodierte SHA-256-Wert eines öffentlichen Schlüssels sein (44 Zeichen, endet auf „=“), einer pro Zeile.</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name, for example proxy.example.com.</source>
        <translation>Geben Sie den Hostnamen des Proxys ein, zum Beispiel proxy.example.com.</translation>
    </message>
    <message>
        <source>The proxy&apos;s port is a number from 1 to 65535.</source>
        <translation>Der Port des Proxys ist eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved. Newly pinned pipelines download with the next sync; unpinned ones leave this computer a week after you last opened them.</source>
        <translation>Gespeichert. Neu angeheftete Pipelines werden bei der nächsten Synchronisierung heruntergeladen; nicht mehr angeheftete werden eine Woche nach dem letzten Öffnen von diesem Computer entfernt.</translation>
    </message>
    <message>
        <source>The PIN is %1 to %2 digits.</source>
        <translation>Die PIN muss %1 bis %2 Ziffern haben.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Die beiden PINs stimmen nicht überein.</translation>
    </message>
    <message>
        <source>An unlock PIN is only for profiles whose key is in the keychain.</source>
        <translation>Eine Entsperr-PIN gibt es nur für Profile, deren Schlüssel im Schlüsselbund liegt.</translation>
    </message>
    <message>
        <source>Saving the PIN…</source>
        <translation>PIN wird gespeichert…</translation>
    </message>
    <message>
        <source>The PIN was changed.</source>
        <translation>Die PIN wurde geändert.</translation>
    </message>
    <message>
        <source>The PIN is set. It unlocks Hirex while the server cannot be reached.</source>
        <translation>Die PIN ist festgelegt. Sie entsperrt Hirex, solange der Server nicht erreichbar ist.</translation>
    </message>
    <message>
        <source>Removing the PIN…</source>
        <translation>PIN wird entfernt…</translation>
    </message>
    <message>
        <source>The PIN was removed.</source>
        <translation>Die PIN wurde entfernt.</translation>
    </message>
    <message>
        <source>The working set can only be changed while the local copy is open.</source>
        <translation>Die Offline-Auswahl kann nur geändert werden, während die lokale Kopie geöffnet ist.</translation>
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
        <translation>Vorherige oder nächste Karte in der Spalte</translation>
    </message>
    <message>
        <source>Left, Right</source>
        <translation>Left, Right</translation>
    </message>
    <message>
        <source>The card at the same place in the previous or next column</source>
        <translation>Karte an derselben Stelle in der vorherigen oder nächsten Spalte</translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation>Home, End</translation>
    </message>
    <message>
        <source>First or last card of the column</source>
        <translation>Erste oder letzte Karte der Spalte</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the candidate</source>
        <translation>Details zur Person öffnen</translation>
    </message>
    <message>
        <source>Move the card to the next stage</source>
        <translation>Karte in die nächste Phase verschieben</translation>
    </message>
    <message>
        <source>Move the card to the previous stage</source>
        <translation>Karte in die vorherige Phase verschieben</translation>
    </message>
    <message>
        <source>Search candidates</source>
        <translation>Bewerbende suchen</translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation>Filter ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <source>Clear the search, then go back to the cards</source>
        <translation>Suche leeren, dann zurück zu den Karten</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Next or previous field</source>
        <translation>Nächstes oder vorheriges Feld</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>&amp;Sign in with your browser</source>
        <translation>Mit dem &amp;Browser anmelden</translation>
    </message>
    <message>
        <source>Sign in to Hirex</source>
        <translation>Bei Hirex anmelden</translation>
    </message>
    <message>
        <source>Hirex opens your web browser, where you sign in with your company account (SSO) or your Hirex password and two-factor code. This app never sees your password.</source>
        <translation>Hirex öffnet Ihren Webbrowser. Dort melden Sie sich mit Ihrem Firmenkonto (SSO) oder mit Ihrem Hirex-Passwort und Ihrem Zwei-Faktor-Code an. Diese App sieht Ihr Passwort nie.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Server address problem</source>
        <translation>Problem mit der Serveradresse</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Restoring your session…</source>
        <translation>Ihre Sitzung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in in your browser…</source>
        <translation>Warten, bis Sie die Anmeldung im Browser abgeschlossen haben…</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
</context>
<context>
    <name>SignInPresenter</name>
    <message>
        <source>Enter the address of your Hirex server.</source>
        <translation>Geben Sie die Adresse Ihres Hirex-Servers ein.</translation>
    </message>
    <message>
        <source>This is not a valid server address. Use the form https://hirex.example.com.</source>
        <translation>Dies ist keine gültige Serveradresse. Verwenden Sie die Form https://hirex.example.com.</translation>
    </message>
    <message>
        <source>Hirex only connects over HTTPS. Use an address that starts with https://.</source>
        <translation>Hirex verbindet sich nur über HTTPS. Verwenden Sie eine Adresse, die mit https:// beginnt.</translation>
    </message>
    <message>
        <source>Unsupported address scheme &quot;%1&quot;. Use an address that starts with https://.</source>
        <translation>Nicht unterstütztes Adressschema „%1“. Verwenden Sie eine Adresse, die mit https:// beginnt.</translation>
    </message>
</context>
<context>
    <name>StageCardsModel</name>
    <message>
        <source>Consent withdrawn</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>Consent pending</source>
        <translation>Einwilligung offen</translation>
    </message>
    <message>
        <source>Retention period ended</source>
        <translation>Aufbewahrungsfrist abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>Retention ends in %n day(s)</source>
        <translation>
            <numerusform>Aufbewahrung endet in %n Tag</numerusform>
            <numerusform>Aufbewahrung endet in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%n Tag in der Phase</numerusform>
            <numerusform>%n Tage in der Phase</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, over the SLA of %n day(s)</source>
        <translation>
            <numerusform>%1, SLA von %n Tag überschritten</numerusform>
            <numerusform>%1, SLA von %n Tagen überschritten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, SLA of %n day(s) nearly reached</source>
        <translation>
            <numerusform>%1, SLA von %n Tag fast erreicht</numerusform>
            <numerusform>%1, SLA von %n Tagen fast erreicht</numerusform>
        </translation>
    </message>
    <message>
        <source>AI match score %1 (AI-generated, informs, does not decide)</source>
        <translation>KI-Übereinstimmungswert %1 (KI-generiert; informiert, entscheidet nicht)</translation>
    </message>
    <message>
        <source>Change waiting to be sent</source>
        <translation>Änderung wartet auf das Senden</translation>
    </message>
    <message>
        <source>Change refused by the server</source>
        <translation>Änderung vom Server abgelehnt</translation>
    </message>
    <message>
        <source>Conflicting change: needs your decision</source>
        <translation>Widersprüchliche Änderung: Ihre Entscheidung ist nötig</translation>
    </message>
</context>
<context>
    <name>StageColumnsModel</name>
    <message numerus="yes">
        <source>%1, %n candidate(s)</source>
        <translation>
            <numerusform>%1, %n Kandidat</numerusform>
            <numerusform>%1, %n Kandidaten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>This item cannot be fetched.</source>
        <translation>Dieses Element kann nicht abgerufen werden.</translation>
    </message>
    <message>
        <source>The item could not be saved on this computer.</source>
        <translation>Das Element konnte auf diesem Computer nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>First sync progress</source>
        <translation>Fortschritt der ersten Synchronisierung</translation>
    </message>
    <message>
        <source>Queued changes</source>
        <translation>Vorgemerkte Änderungen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Service status</source>
        <translation>Dienststatus</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Resolve conflicts and review refused changes</source>
        <translation>Konflikte lösen und abgelehnte Änderungen prüfen</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Konflikte: %1</translation>
    </message>
    <message>
        <source>Opens the list of conflicts and refused changes</source>
        <translation>Öffnet die Liste der Konflikte und abgelehnten Änderungen</translation>
    </message>
</context>
<context>
    <name>SyncStatusPresenter</name>
    <message>
        <source>Not syncing</source>
        <translation>Keine Synchronisierung</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Working from the local copy</source>
        <translation>Arbeit mit der lokalen Kopie</translation>
    </message>
    <message>
        <source>Sync paused</source>
        <translation>Synchronisierung pausiert</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Synchronisierung angehalten: %1</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Starting sync…</source>
        <translation>Synchronisierung startet…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) queued</source>
        <translation>
            <numerusform>%n Änderung vorgemerkt</numerusform>
            <numerusform>%n Änderungen vorgemerkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Letzte Synchronisierung %1</translation>
    </message>
    <message>
        <source>Service: operational</source>
        <translation>Dienst: in Betrieb</translation>
    </message>
    <message>
        <source>Service: degraded</source>
        <translation>Dienst: eingeschränkt</translation>
    </message>
    <message>
        <source>Service: maintenance</source>
        <translation>Dienst: Wartung</translation>
    </message>
    <message>
        <source>Service: not reachable</source>
        <translation>Dienst: nicht erreichbar</translation>
    </message>
    <message>
        <source>Syncing %1 items…</source>
        <translation>Synchronisiere %1 Einträge…</translation>
    </message>
    <message>
        <source>Syncing %1 of %2 (%3%)</source>
        <translation>Synchronisiere %1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source>Syncing %1 items (%2%)</source>
        <translation>Synchronisiere %1 Einträge (%2 %)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>weniger als eine Minute übrig</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>noch etwa %n Min.</numerusform>
            <numerusform>noch etwa %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n h left</source>
        <translation>
            <numerusform>noch etwa %n Std.</numerusform>
            <numerusform>noch etwa %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused</source>
        <translation>
            <numerusform>%n Änderung abgelehnt</numerusform>
            <numerusform>%n Änderungen abgelehnt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <source>You are signed out.</source>
        <translation>Sie sind abgemeldet.</translation>
    </message>
    <message>
        <source>The change could not be saved on this computer. Try again.</source>
        <translation>Die Änderung konnte auf diesem Computer nicht gespeichert werden. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The failed change could not be removed. Try again.</source>
        <translation>Die fehlgeschlagene Änderung konnte nicht entfernt werden. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The local copy is closed (signed out or locked).</source>
        <translation>Die lokale Kopie ist geschlossen (abgemeldet oder gesperrt).</translation>
    </message>
    <message>
        <source>The change could not be taken back on this computer. Try again.</source>
        <translation>Die Änderung konnte auf diesem Computer nicht zurückgenommen werden. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The pinned pipelines could not be saved on this computer. Try again.</source>
        <translation>Die angehefteten Pipelines konnten auf diesem Computer nicht gespeichert werden. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>TransportPolicy</name>
    <message>
        <source>The CA certificate file cannot be read: %1</source>
        <translation>Die CA-Zertifikatsdatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The CA certificate file is too large.</source>
        <translation>Die CA-Zertifikatsdatei ist zu groß.</translation>
    </message>
    <message>
        <source>The CA certificate file contains no PEM certificate.</source>
        <translation>Die CA-Zertifikatsdatei enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>A certificate pin is not a base64 SHA-256 value.</source>
        <translation>Ein Zertifikats-Pin ist kein Base64-kodierter SHA-256-Wert.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for a different host than %1.</source>
        <translation>Das Zertifikat des Servers gilt für einen anderen Host als %1.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is expired or not yet valid. Check the computer&apos;s clock.</source>
        <translation>Das Zertifikat des Servers ist abgelaufen oder noch nicht gültig. Prüfen Sie die Uhrzeit des Computers.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match any key given with --pin-spki. The connection may be intercepted.</source>
        <translation>Das Zertifikat des Servers passt zu keinem mit --pin-spki angegebenen Schlüssel. Die Verbindung wird möglicherweise abgefangen.</translation>
    </message>
    <message>
        <source>Hirex only connects over HTTPS. Plain http:// is refused for %1; it is allowed only to 127.0.0.1, for development, with --insecure-loopback-http.</source>
        <translation>Hirex verbindet sich nur über HTTPS. Einfaches http:// wird für %1 abgelehnt; erlaubt ist es nur zu 127.0.0.1, zur Entwicklung, mit --insecure-loopback-http.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (issuer %1). Give your company&apos;s CA certificate (PEM) with --ca-file, or in the desktop app under Settings → Network.</source>
        <translation>Das Zertifikat des Servers ist nicht vertrauenswürdig (Aussteller %1). Geben Sie das CA-Zertifikat Ihres Unternehmens (PEM) mit --ca-file an oder in der Desktop-App unter Einstellungen → Netzwerk.</translation>
    </message>
</context>
<context>
    <name>UnlockPin</name>
    <message numerus="yes">
        <source>The unlock PIN must have at least %n character(s).</source>
        <translation>
            <numerusform>Die Entsperr-PIN muss mindestens %n Zeichen haben.</numerusform>
            <numerusform>Die Entsperr-PIN muss mindestens %n Zeichen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>No secure random numbers are available.</source>
        <translation>Es sind keine sicheren Zufallszahlen verfügbar.</translation>
    </message>
    <message>
        <source>The unlock PIN could not be set.</source>
        <translation>Die Entsperr-PIN konnte nicht festgelegt werden.</translation>
    </message>
    <message>
        <source>No keychain is set up.</source>
        <translation>Es ist kein Schlüsselbund eingerichtet.</translation>
    </message>
    <message>
        <source>The stored unlock PIN cannot be read. Unlock through the browser and set the PIN again.</source>
        <translation>Die gespeicherte Entsperr-PIN kann nicht gelesen werden. Entsperren Sie über den Browser und legen Sie die PIN neu fest.</translation>
    </message>
    <message>
        <source>The unlock PIN could not be checked.</source>
        <translation>Die Entsperr-PIN konnte nicht geprüft werden.</translation>
    </message>
</context>
<context>
    <name>UnlockPresenter</name>
    <message>
        <source>Confirm it is you in the browser window that opened.</source>
        <translation>Bestätigen Sie im geöffneten Browserfenster, dass Sie es sind.</translation>
    </message>
    <message>
        <source>Hirex cannot tell which account locked it, so a sign-in cannot unlock it. Use your unlock PIN, or choose File → Sign out and remove local data.</source>
        <translation>Hirex weiß nicht, welches Konto es gesperrt hat, daher kann eine Anmeldung es nicht entsperren. Verwenden Sie Ihre Entsperr-PIN oder wählen Sie Datei → Abmelden und lokale Daten entfernen.</translation>
    </message>
    <message>
        <source>You signed in with a different account. Sign in with the account that was using Hirex to unlock it.</source>
        <translation>Sie haben sich mit einem anderen Konto angemeldet. Melden Sie sich zum Entsperren mit dem Konto an, das Hirex verwendet hat.</translation>
    </message>
    <message>
        <source>The sign-in server did not ask you to sign in again. Unlock was refused; try again.</source>
        <translation>Der Anmeldeserver hat keine erneute Anmeldung verlangt. Das Entsperren wurde abgelehnt; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Hirex cannot reach the sign-in server to confirm it is you.</source>
        <translation>Hirex erreicht den Anmeldeserver nicht, um zu bestätigen, dass Sie es sind.</translation>
    </message>
    <message>
        <source>Enter your unlock PIN instead.</source>
        <translation>Geben Sie stattdessen Ihre Entsperr-PIN ein.</translation>
    </message>
    <message>
        <source>No unlock PIN is set, so Hirex stays locked until the server can be reached again.</source>
        <translation>Es ist keine Entsperr-PIN festgelegt, daher bleibt Hirex gesperrt, bis der Server wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>No unlock PIN is set. Unlock with your browser.</source>
        <translation>Es ist keine Entsperr-PIN festgelegt. Entsperren Sie mit Ihrem Browser.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s), or unlock with your browser.</source>
        <translation>
            <numerusform>Zu viele falsche PINs. Versuchen Sie es in %n Sekunde erneut oder entsperren Sie mit Ihrem Browser.</numerusform>
            <numerusform>Zu viele falsche PINs. Versuchen Sie es in %n Sekunden erneut oder entsperren Sie mit Ihrem Browser.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>PIN wird geprüft…</translation>
    </message>
    <message>
        <source>The PIN is not correct.</source>
        <translation>Die PIN ist nicht richtig.</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>single sign-on</source>
        <translation>Single Sign-on (SSO)</translation>
    </message>
    <message>
        <source>Hirex sign-in</source>
        <translation>Hirex-Konto</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Signed in with %1</source>
        <translation>Angemeldet über %1</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Bewerbende</translation>
    </message>
    <message>
        <source>My reviews</source>
        <translation>Meine Bewertungen</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
</context>
<context>
    <name>hirex::read::CandidateDetail</name>
    <message>
        <source>Anonymised candidate %1</source>
        <translation>Anonymisierte Person %1</translation>
    </message>
</context>
<context>
    <name>hirex::store::CacheError</name>
    <message>
        <source>The local cache cannot be opened with this key or passphrase. Check the passphrase, or reset the local cache: it is wiped and downloaded again from the server.</source>
        <translation>Der lokale Cache kann mit diesem Schlüssel oder dieser Passphrase nicht geöffnet werden. Prüfen Sie die Passphrase oder setzen Sie den lokalen Cache zurück: Er wird gelöscht und erneut vom Server heruntergeladen.</translation>
    </message>
    <message>
        <source>The local cache file is damaged. Reset the local cache: it is wiped and downloaded again from the server. Changes not yet sent are lost.</source>
        <translation>Die Datei des lokalen Caches ist beschädigt. Setzen Sie den lokalen Cache zurück: Er wird gelöscht und erneut vom Server heruntergeladen. Noch nicht gesendete Änderungen gehen verloren.</translation>
    </message>
    <message>
        <source>The keychain no longer holds the key of the local cache, so the cache cannot be read. Reset the local cache to download it again from the server.</source>
        <translation>Der Schlüsselbund enthält den Schlüssel des lokalen Caches nicht mehr, daher kann der Cache nicht gelesen werden. Setzen Sie den lokalen Cache zurück, um ihn erneut vom Server herunterzuladen.</translation>
    </message>
    <message>
        <source>No keychain is available to protect the local cache. Set a passphrase for it, or reset the local cache.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, um den lokalen Cache zu schützen. Legen Sie eine Passphrase dafür fest oder setzen Sie den lokalen Cache zurück.</translation>
    </message>
    <message>
        <source>The keychain refused access to the key of the local cache. Unlock the keychain and try again, or reset the local cache.</source>
        <translation>Der Schlüsselbund hat den Zugriff auf den Schlüssel des lokalen Caches verweigert. Entsperren Sie den Schlüsselbund und versuchen Sie es erneut oder setzen Sie den lokalen Cache zurück.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. Try again, or reset the local cache.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet. Versuchen Sie es erneut oder setzen Sie den lokalen Cache zurück.</translation>
    </message>
    <message>
        <source>The local cache file cannot be read or written. Check the disk space and the folder&apos;s permissions and try again, or reset the local cache.</source>
        <translation>Die Datei des lokalen Caches kann nicht gelesen oder geschrieben werden. Prüfen Sie den freien Speicherplatz und die Berechtigungen des Ordners und versuchen Sie es erneut oder setzen Sie den lokalen Cache zurück.</translation>
    </message>
    <message>
        <source>This build of Hirex has no database encryption, so it refuses to store data locally. Please reinstall Hirex Desktop.</source>
        <translation>Diesem Hirex-Build fehlt die Datenbankverschlüsselung, daher werden keine Daten lokal gespeichert. Bitte installieren Sie Hirex Desktop neu.</translation>
    </message>
    <message>
        <source>The local cache file is not encrypted and was not written by Hirex. Reset the local cache to replace it.</source>
        <translation>Die Datei des lokalen Caches ist nicht verschlüsselt und wurde nicht von Hirex geschrieben. Setzen Sie den lokalen Cache zurück, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>The local cache could not be upgraded to this version of Hirex. Reset the local cache to download it again from the server.</source>
        <translation>Der lokale Cache konnte nicht auf diese Hirex-Version aktualisiert werden. Setzen Sie den lokalen Cache zurück, um ihn erneut vom Server herunterzuladen.</translation>
    </message>
    <message>
        <source>No encryption key could be made for the local cache. Try again, or reset the local cache.</source>
        <translation>Für den lokalen Cache konnte kein Verschlüsselungsschlüssel erzeugt werden. Versuchen Sie es erneut oder setzen Sie den lokalen Cache zurück.</translation>
    </message>
</context>
<context>
    <name>hirexctl</name>
    <message>
        <source>The export file cannot be written.</source>
        <translation>Die Exportdatei kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The local cache could not be read.</source>
        <translation>Der lokale Cache konnte nicht gelesen werden.</translation>
    </message>
</context>
</TS>
