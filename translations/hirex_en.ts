<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Hirex</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hirex::models::SignInPresenter</name>
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
    <name>hirex::ui::MainWindow</name>
    <message>
        <source>Hirex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
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
        <source>About Hirex Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hirex Desktop %1&lt;/h3&gt;&lt;p&gt;The desktop client for the Hirex recruiting platform.&lt;/p&gt;&lt;p&gt;AI output in Hirex informs people; it never decides.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hirex::ui::SignInPage</name>
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
        <source>Waiting for you to finish signing in in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hirexctl</name>
    <message>
        <source>Headless Hirex client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login, sync, status, export or logout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
