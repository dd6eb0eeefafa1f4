<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdminDevicesPresenter</name>
    <message>
        <source>The admin screens need a connection to the server. Hirex is offline; the list is loaded again when the server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see the registered devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Refresh to load the registered devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the registered devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No devices are registered in this organisation yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not see the registered devices: your role lacks the permission &quot;admin.devices&quot;. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke &quot;%1&quot; of %2?

The device is signed out at its next contact with the server and the Hirex data stored on it is deleted. The user can sign in again on it, as on a new device. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the computer you are using now: Hirex signs you out here and deletes its local data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; of %2 is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered about another device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not revoke devices. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer knows this device. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device changed on the server since the list was loaded; refresh and try again. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not revoked: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminDevicesView</name>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every computer on which someone in your organisation signed in to Hirex. Revoke a lost or retired one: it is signed out and its local data deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the list again from the server (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke Device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the selected device (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke &amp;This Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke Device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Admin screens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server cannot be reached. Check your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not complete the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent data this version of Hirex does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device was signed out by an administrator. Local data has been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item no longer exists or is not visible to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change conflicts with the current state on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this item. Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was sent without a version. Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of the values were not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not understand the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change is too large to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests. Hirex will try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is temporarily unavailable. Hirex will try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had an internal error. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https://. Plain http:// is allowed only to 127.0.0.1, for development, with --insecure-loopback-http.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorizationFlow</name>
    <message>
        <source>No client id is set for sign-in. Check Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server does not support the authorization code flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in could not start: no secure random numbers available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in could not start: no local port is available for the browser to return to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened. Use the option to show the sign-in address instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in took too long. Start it again and finish it in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in was cancelled or refused in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server could not complete the sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer came from a different server. Sign-in was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server&apos;s proof of identity could not be verified. Sign-in was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hirex server did not say which sign-in server it trusts, so Hirex will not sign in through %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hirex server does not accept sign-ins from %1; it trusts %2. Leave out --issuer to sign in there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server cannot confirm who you are (it offers no OpenID Connect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hirex server is not available right now. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n shown</source>
        <translation>
            <numerusform>%1, %n shown</numerusform>
            <numerusform>%1, %n shown</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · … of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, counting the cards shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardFilterBar</name>
    <message>
        <source> d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest AI match score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least this many days in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many days in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI score ≥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <source>&amp;Job:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search candidates  ( / )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI match score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort cards by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the cards by tag, source, AI match score and days in stage (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board appears once the local copy of your data is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no jobs to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This job&apos;s pipeline is not in the local copy yet. It appears when the sync has fetched it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index is still being built: some candidates may be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ilters (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ilters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Next Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Previous Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All Cards in Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more cards first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the candidates to reject first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardPresenter</name>
    <message>
        <source>Cards cannot be moved while the local cache is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hiring is not a move: use Hire, which asks you to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate&apos;s application is no longer in the local cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves cannot be undone while the local cache is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Undid the move of %n card(s).</source>
        <translation>
            <numerusform>Undid the move of %n card.</numerusform>
            <numerusform>Undid the move of %n cards.</numerusform>
        </translation>
    </message>
    <message>
        <source>A card was not moved back: it changed since the move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Redid the move of %n card(s).</source>
        <translation>
            <numerusform>Redid the move of %n card.</numerusform>
            <numerusform>Redid the move of %n cards.</numerusform>
        </translation>
    </message>
    <message>
        <source>Candidates cannot be rejected while the local cache is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A candidate was not rejected: the application is no longer active here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n candidate(s).</source>
        <translation>
            <numerusform>Rejected %n candidate.</numerusform>
            <numerusform>Rejected %n candidates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheSecretStore</name>
    <message>
        <source>The local cache holds no such entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache is locked. Unlock it with your passphrase and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no local cache to keep the sign-in in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache was busy for too long. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache could not read or write the entry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateDetailPanel</name>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name withheld: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AI match score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateDetailPresenter</name>
    <message>
        <source>The candidate can be shown once the local copy of your data is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This candidate is not in the local copy of your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate could not be read from the local copy of your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application in the local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(+%n more application(s))</source>
        <translation>
            <numerusform>(+%n more application)</numerusform>
            <numerusform>(+%n more applications)</numerusform>
        </translation>
    </message>
    <message>
        <source>AI match score: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI-generated, for information only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn: do not process this candidate&apos;s data further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent pending: the candidate has not agreed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention period ended: this candidate&apos;s data is due for deletion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retention ends in %n day(s).</source>
        <translation>
            <numerusform>Retention ends in %n day.</numerusform>
            <numerusform>Retention ends in %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI match score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI-generated match score: informs, does not decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised screening: the candidate&apos;s identity is withheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI match score %1, AI-generated, informs, does not decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI-generated: informs, does not decide. Click to sort, best first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort by last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort, most recently updated first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidatesCsvExport</name>
    <message>
        <source>The candidates could not be read from the local cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest AI match score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest AI match score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search candidates  ( / )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI-generated match score: informs, does not decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the candidates shown, as shown, to a CSV file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI score from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1 of %2 candidates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidates appear once the working set is on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidates could not be read from the local cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index is still being built: some candidates may be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidate matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidates yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidates could not be exported to %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n candidate(s) to %1.</source>
        <translation>
            <numerusform>Exported %n candidate to %1.</numerusform>
            <numerusform>Exported %n candidates to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidatesPresenter</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>AI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1d in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1d</source>
        <comment>days in stage, on a card too narrow for the long form</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClearButtonName</name>
    <message>
        <source>Clear text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a command, a job or a candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command, job or candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandPaletteModel</name>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>&amp;Versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Mine for &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Theirs for A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts and Refused Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changes that need you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts and refused changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs your attention: no conflicts and no refused changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version and the server&apos;s, field by field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your change again, over the server&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop your change and keep the server&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this refused change from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differs: mine %2, on the server %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the same: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsPresenter</name>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stage since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A candidate not on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to another stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback on an AI insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused and undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
%3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this on the server after you made your change, and the server&apos;s version cannot be shown. Keep Mine sends your change again; Take Theirs drops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this on the server after you made your change. Keep Mine sends your change again over theirs; Take Theirs drops yours and shows the server&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this change, so it was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is back in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stage not on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice cannot be made now: sync is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change cannot be dismissed now: sync is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving %1 to another stage was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving %1 to %2 was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejecting %1 was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hiring %1 was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change to %1 (%2) was refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvFileWriter</name>
    <message>
        <source>The file could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CtlContext</name>
    <message>
        <source>The profile folder cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase: the local cache cannot be opened with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain that holds the key of the local cache did not answer. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile settings (profile.json) cannot be read. Fix or remove the file, or use another --profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CtlOptions</name>
    <message>
        <source>Option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --format csv or --format json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolve needs a conflict id and mine or theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs one pipeline id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change needs: move APP STAGE | reject APP REASON [TEXT] | hire APP | note CANDIDATE TEXT</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Development only: --insecure-loopback-http allows plain http:// to 127.0.0.1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-v, --verbose (before the command) also prints the hirex.* info and debug log lines;
--help prints this text.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CtlRunner</name>
    <message>
        <source>hirexctl: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first login needs --server URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in. Run hirexctl login first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync paused: %1 (retrying)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronised: %1 changes received, %2 queued, %3 conflicts, %4 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source><byte value="xd"/>Syncing: %1 changes, %2 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache: %1 jobs, %2 candidates, %3 applications; last sync %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued changes: %1 pending, %2 conflicts, %3 refused
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export: run hirexctl sync first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 applications to %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out; local data removed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That candidate is not in the local cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That application is not in the local cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict %1: %2 %3 changed on the server (version %4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working set could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working set updated. Run hirexctl sync to download pinned pipelines.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hirexctl: sign-in interrupted; not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hirexctl: interrupted before the command finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in for this run only: the server issued no refresh token, so the next command will not be signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n queued change(s) dropped: the item no longer exists on the server.</source>
        <translation>
            <numerusform>%n queued change dropped: the item no longer exists on the server.</numerusform>
            <numerusform>%n queued changes dropped: the item no longer exists on the server.</numerusform>
        </translation>
    </message>
    <message>
        <source>This profile is locked in Hirex Desktop. Unlock it there first: hirexctl does not open a locked profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked in Hirex Desktop: the cache stays closed until it is unlocked there.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopController</name>
    <message>
        <source>Reset local cache deletes the encrypted copy on this computer and downloads your data from the server again. Changes that have not reached the server yet are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working online only: the local cache is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) you can work on.</source>
        <translation>
            <numerusform>%n job you can work on.</numerusform>
            <numerusform>%n jobs you can work on.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain is not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain that holds the key of your local cache did not answer. Make sure it is running and unlocked, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local data could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hirex could not delete the local cache on this computer: %1

You are signed out. Delete the profile folder %2 by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache is damaged. Hirex offers to reset it again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window keeps its data in the profile folder given with --profile-dir, which belongs to %1. Start Hirex without --profile-dir to sign in to another server.</source>
        <translation>This window keeps its data in the profile folder given with --profile-dir, which belongs to %1. Start Hirex without --profile-dir to sign in to another server.</translation>
    </message>
    <message>
        <source>The profile folder&apos;s settings (profile.json) cannot be read. Fix or remove the file, or choose another --profile-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile folder %1 belongs to %2. Start with --server %2, or choose another --profile-dir for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: you are working with the copy on this computer. Changes are sent when the server can be reached again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unlock PIN is only for profiles whose key is in the keychain; a passphrase profile unlocks with its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be queued: sync is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made on this computer have not reached the server yet. Removing the local data now loses them.</source>
        <translation>
            <numerusform>%n change made on this computer has not reached the server yet. Removing the local data now loses it.</numerusform>
            <numerusform>%n changes made on this computer have not reached the server yet. Removing the local data now loses them.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Wait, Then Sign Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lose Them and Sign Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed out as soon as the queued changes have reached the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move cannot be undone: sync is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved network settings are not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window keeps its data in the profile folder given with --profile-dir, which belongs to %1. Start Hirex without --profile-dir to use another server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made on this computer have not reached %1 yet. If you switch now they stay queued here and are sent only when you switch back to that server.</source>
        <translation>
            <numerusform>%n change made on this computer has not reached %1 yet. If you switch now it stays queued here and is sent only when you switch back to that server.</numerusform>
            <numerusform>%n changes made on this computer have not reached %1 yet. If you switch now they stay queued here and are sent only when you switch back to that server.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Wait, Then Switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hirex switches to %1 as soon as the queued changes have reached %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pinned pipelines can only be changed while sync is running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopOptions</name>
    <message>
        <source>Hirex Desktop, the recruiting workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hirex server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra trusted CA certificates (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenID Connect issuer (default: the server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for this profile&apos;s encrypted cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development only: allow plain HTTP to 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start signing in at once when no session is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the local data after this many idle minutes (0: never).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust only server chains with this key (base64 SHA-256 of the SubjectPublicKeyInfo); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--idle-lock-minutes needs a whole number of minutes from 0 (never) to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language for this run: en, tr or de (default: the one chosen in the app).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--language needs one of en, tr or de.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme for this run: system, light or dark (default: the one chosen in Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theme is system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceTableModel</name>
    <message>
        <source>Linux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked, wipe requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, Hirex %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedPuller</name>
    <message>
        <source>Synchronisation was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent changes this app cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy could not be updated. Try again, or reset the local cache.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobListModel</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain holds no such entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Unlock your keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is available on this computer (for example no Secret Service such as GNOME Keyring or KWallet is running).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer in time. Check that it is unlocked and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hirex is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your local data is encrypted and closed. Unlock to continue working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with your &amp;browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock &amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with PI&amp;N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again in your browser to prove it is you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoopbackRedirectServer</name>
    <message>
        <source>Sign-in cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in to Hirex did not complete. You can close this window and return to Hirex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to Hirex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this window and return to Hirex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in response not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page does not belong to the sign-in Hirex is waiting for. Return to Hirex and start the sign-in again if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in to Hirex did not complete. Return to Hirex for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in to Hirex did not complete: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hirex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and &amp;remove local data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Hirex Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove local data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out this way deletes the encrypted copy of your Hirex data on this computer and its key. Changes that have not reached the server yet are lost.

Sign out and remove local data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Hirex Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hirex Desktop %1&lt;/h3&gt;&lt;p&gt;The desktop client for the Hirex recruiting platform.&lt;/p&gt;&lt;p&gt;AI output in Hirex informs people; it never decides.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve &amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve conflicts and review changes the server refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No secret is stored under this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is available on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>&amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyReviewsModel</name>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted scorecard for %1, %2, stage %3, recommendation %4, last changed %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft scorecard for %1, %2, stage %3, last changed %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised screening: the candidate&apos;s identity is withheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthTokenClient</name>
    <message>
        <source>The sign-in server cannot revoke tokens; they expire on their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server did not confirm the sign-out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device was signed out by your administrator. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server does not know this app. Check the client id in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server is not available right now. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server sent an answer Hirex cannot use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OidcDiscovery</name>
    <message>
        <source>The sign-in server&apos;s configuration could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server&apos;s configuration is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server identifies itself as a different server. Check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server offers an endpoint without HTTPS; sign-in was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server does not support secure sign-in for desktop apps (PKCE S256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server does not support the authorization code flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server&apos;s configuration is not available (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server address must be an https:// address. Plain http:// is allowed only to 127.0.0.1, for development, with --insecure-loopback-http.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server is not available right now. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The change could not be saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier change to the same item was refused, so this one was undone too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change was undone: the item no longer exists on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change was undone: you no longer have the permission to make it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change was undone: the server&apos;s rules refused it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be taken back on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This computer has no keychain to keep the key of your local data safe. Choose a passphrase of at least %n characters: your local data and your sign-in are encrypted with it.</source>
        <translation>
            <numerusform>This computer has no keychain to keep the key of your local data safe. Choose a passphrase of at least %n characters: your local data and your sign-in are encrypted with it.</numerusform>
            <numerusform>This computer has no keychain to keep the key of your local data safe. Choose a passphrase of at least %n characters: your local data and your sign-in are encrypted with it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase cannot be recovered. If you forget it, you have to reset the local cache and sign in again; changes that have not reached the server by then are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock Hirex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase that encrypts your local Hirex data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset local cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseFlow</name>
    <message>
        <source>The passphrase is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the local cache?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deletes the encrypted copy of your data on this computer and signs you out. Changes that have not reached the server yet are lost. You then choose a new passphrase and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer has no keychain, so the local cache is protected by a passphrase. Give it with --passphrase-file FILE, or run hirexctl in a terminal to type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file %1 is accessible by others (permissions %2). It is ignored: run chmod 600 on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the local cache: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This computer has no keychain. Choose a passphrase for the local cache (at least %n characters). It cannot be recovered: if you forget it, the local cache has to be deleted and you sign in again.
</source>
        <translation>
            <numerusform>This computer has no keychain. Choose a passphrase for the local cache (at least %n characters). It cannot be recovered: if you forget it, the local cache has to be deleted and you sign in again.
</numerusform>
            <numerusform>This computer has no keychain. Choose a passphrase for the local cache (at least %n characters). It cannot be recovered: if you forget it, the local cache has to be deleted and you sign in again.
</numerusform>
        </translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase chosen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Change the unlock PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set an unlock PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN unlocks Hirex on this computer while the server cannot be reached. Use %1 to %2 digits. After three wrong PINs each attempt waits longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN needs at least %1 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintUrlLauncher</name>
    <message>
        <source>Open this address in a browser on this computer to sign in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the browser to finish signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Hirex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hirex cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>These candidates will be rejected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is withheld while the tenant screens blind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates to reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; required for &quot;Other&quot; (at most %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI match scores were shown. They inform this decision; they do not make it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RejectPresenter</name>
    <message>
        <source>Skills do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate withdrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (explain in the note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reject %n Candidate(s)</source>
        <translation>
            <numerusform>Reject %n Candidate</numerusform>
            <numerusform>Reject %n Candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>I have reviewed the %n candidate(s) listed and confirm the rejection</source>
        <translation>
            <numerusform>I have reviewed the %n candidate listed and confirm the rejection</numerusform>
            <numerusform>I have reviewed the %n candidates listed and confirm the rejection</numerusform>
        </translation>
    </message>
    <message>
        <source>No candidates are selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain the reason in the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the rejection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <source>My scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to open the candidate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewsPresenter</name>
    <message>
        <source>Your scorecards could not be read from the local cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your scorecards: %n draft(s) to finish</source>
        <translation>
            <numerusform>Your scorecards: %n draft to finish</numerusform>
            <numerusform>Your scorecards: %n drafts to finish</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submitted</source>
        <translation>
            <numerusform>%n submitted</numerusform>
            <numerusform>%n submitted</numerusform>
        </translation>
    </message>
    <message>
        <source>Your scorecards appear here once the working set on this computer is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hirex cannot tell yet which scorecards are yours: it learns who is signed in from the server, which has not answered since Hirex started. Your scorecards appear here as soon as it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scorecards yet. The scorecards you start or submit for candidates appear here, drafts to finish first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionManager</name>
    <message>
        <source>No keychain is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer could not be registered with the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session ended meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer was signed out by your administrator and its local data was removed. Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server issued no refresh token, so this sign-in is not kept: the session ends when the program closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Choose the extra CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use another Hirex server. This server&apos;s data and sign-in stay on this computer for when you switch back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the system&apos;s certificates only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA &amp;bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: any certificate the CAs trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base64 SHA-256 of a server key (SubjectPublicKeyInfo); several separated by spaces or commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPKI p&amp;ins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA bundle and the pins apply the next time Hirex starts; the proxy applies to new connections at once. Certificate errors are never ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned pipelines are kept on this computer for working offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep every pipeline on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s)</source>
        <translation>
            <numerusform>After %n minute</numerusform>
            <numerusform>After %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Lock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;emove PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipelines are listed once the local copy is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pipelines have been synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile unlocks with its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PIN is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;PIN…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPresenter</name>
    <message>
        <source>This is not a valid server address. Use the form https://hirex.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hirex only connects over HTTPS. Use an address that starts with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each pin must be the base64 SHA-256 of a public key (44 characters ending in &quot;=&quot;), one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name, for example proxy.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy&apos;s port is a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Newly pinned pipelines download with the next sync; unpinned ones leave this computer a week after you last opened them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN is %1 to %2 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unlock PIN is only for profiles whose key is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN is set. It unlocks Hirex while the server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working set can only be changed while the local copy is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Up, Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous or next card in the column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left, Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card at the same place in the previous or next column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First or last card of the column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the card to the next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the card to the previous stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search, then go back to the cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next or previous field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>&amp;Sign in with your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Hirex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hirex opens your web browser, where you sign in with your company account (SSO) or your Hirex password and two-factor code. This app never sees your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring your session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPresenter</name>
    <message>
        <source>Enter the address of your Hirex server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid server address. Use the form https://hirex.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hirex only connects over HTTPS. Use an address that starts with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported address scheme &quot;%1&quot;. Use an address that starts with https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageCardsModel</name>
    <message>
        <source>Consent withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention period ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retention ends in %n day(s)</source>
        <translation>
            <numerusform>Retention ends in %n day</numerusform>
            <numerusform>Retention ends in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%n day in stage</numerusform>
            <numerusform>%n days in stage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, over the SLA of %n day(s)</source>
        <translation>
            <numerusform>%1, over the SLA of %n day</numerusform>
            <numerusform>%1, over the SLA of %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, SLA of %n day(s) nearly reached</source>
        <translation>
            <numerusform>%1, SLA of %n day nearly reached</numerusform>
            <numerusform>%1, SLA of %n days nearly reached</numerusform>
        </translation>
    </message>
    <message>
        <source>AI match score %1 (AI-generated, informs, does not decide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicting change: needs your decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageColumnsModel</name>
    <message numerus="yes">
        <source>%1, %n candidate(s)</source>
        <translation>
            <numerusform>%1, %n candidate</numerusform>
            <numerusform>%1, %n candidates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>This item cannot be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item could not be saved on this computer.</source>
        <translation>The item could not be saved on this computer.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve conflicts and review refused changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the list of conflicts and refused changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusPresenter</name>
    <message>
        <source>Not syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working from the local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) queued</source>
        <translation>
            <numerusform>%n change queued</numerusform>
            <numerusform>%n changes queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service: operational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service: degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service: maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service: not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1 items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1 of %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1 items (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>about %n min left</numerusform>
            <numerusform>about %n min left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n h left</source>
        <translation>
            <numerusform>about %n h left</numerusform>
            <numerusform>about %n h left</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused</source>
        <translation>
            <numerusform>%n change refused</numerusform>
            <numerusform>%n changes refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <source>You are signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved on this computer. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed change could not be removed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy is closed (signed out or locked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be taken back on this computer. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pinned pipelines could not be saved on this computer. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransportPolicy</name>
    <message>
        <source>The CA certificate file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file contains no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate pin is not a base64 SHA-256 value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for a different host than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is expired or not yet valid. Check the computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match any key given with --pin-spki. The connection may be intercepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hirex only connects over HTTPS. Plain http:// is refused for %1; it is allowed only to 127.0.0.1, for development, with --insecure-loopback-http.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (issuer %1). Give your company&apos;s CA certificate (PEM) with --ca-file, or in the desktop app under Settings → Network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPin</name>
    <message numerus="yes">
        <source>The unlock PIN must have at least %n character(s).</source>
        <translation>
            <numerusform>The unlock PIN must have at least %n character.</numerusform>
            <numerusform>The unlock PIN must have at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>No secure random numbers are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unlock PIN could not be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored unlock PIN cannot be read. Unlock through the browser and set the PIN again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unlock PIN could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPresenter</name>
    <message>
        <source>Confirm it is you in the browser window that opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hirex cannot tell which account locked it, so a sign-in cannot unlock it. Use your unlock PIN, or choose File → Sign out and remove local data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed in with a different account. Sign in with the account that was using Hirex to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server did not ask you to sign in again. Unlock was refused; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hirex cannot reach the sign-in server to confirm it is you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your unlock PIN instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unlock PIN is set, so Hirex stays locked until the server can be reached again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unlock PIN is set. Unlock with your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s), or unlock with your browser.</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second, or unlock with your browser.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds, or unlock with your browser.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Try again in %n second.</numerusform>
            <numerusform>Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>single sign-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hirex sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hirex::read::CandidateDetail</name>
    <message>
        <source>Anonymised candidate %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hirex::store::CacheError</name>
    <message>
        <source>The local cache cannot be opened with this key or passphrase. Check the passphrase, or reset the local cache: it is wiped and downloaded again from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache file is damaged. Reset the local cache: it is wiped and downloaded again from the server. Changes not yet sent are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain no longer holds the key of the local cache, so the cache cannot be read. Reset the local cache to download it again from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available to protect the local cache. Set a passphrase for it, or reset the local cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access to the key of the local cache. Unlock the keychain and try again, or reset the local cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer in time. Try again, or reset the local cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache file cannot be read or written. Check the disk space and the folder&apos;s permissions and try again, or reset the local cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of Hirex has no database encryption, so it refuses to store data locally. Please reinstall Hirex Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache file is not encrypted and was not written by Hirex. Reset the local cache to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache could not be upgraded to this version of Hirex. Reset the local cache to download it again from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No encryption key could be made for the local cache. Try again, or reset the local cache.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hirexctl</name>
    <message>
        <source>The export file cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
