#pragma once

#include "core/util/UserMessage.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

class QSettings;
class QStandardItemModel;

namespace hirex::api {
struct TransportSettings;
}
namespace hirex::store {
class SqlCipherDatabase;
class UnlockPin;
} // namespace hirex::store

namespace hirex::models {

// The Settings section without a window: what the page shows and what each change does.
// Every change is applied (or handed to whoever applies it) at once; there is no Apply.
//
// What is stored where:
// - QSettings, per profile ("profiles/<profile name>/network/..."): the extra CA file, the SPKI
//   pins and the proxy. Paths and public-key hashes, never a secret.
// - QSettings, for the app: "security/idleLockMinutes", "ui/theme", "ui/language".
// - The cache (the worker's connection, through the working-set applier): pinned pipelines.
// - The keychain (store::UnlockPin): the unlock PIN's Argon2id verifier. The PIN itself is
//   never stored, logged or kept here after the call.
class SettingsPresenter : public QObject {
    Q_OBJECT

public:
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)
    enum class ProxyMode { System, None, Manual };
    Q_ENUM(ProxyMode)

    static constexpr int MaximumPinLength = 12;
    // The choices of the idle lock, in minutes; 0 is "off".
    static QList<int> idleLockChoices();
    // Codes of the language combo: "" follows the system.
    static QStringList languageCodes();

    // Tests pass a QSettings of their own (an INI file); by default the application's.
    explicit SettingsPresenter(QObject *parent = nullptr);
    explicit SettingsPresenter(QSettings *settings, QObject *parent = nullptr);
    ~SettingsPresenter() override;

    // ---- Server ------------------------------------------------------------------------
    // The current profile: its name keys the network settings; `server` is shown.
    void setProfile(const QString &profileName, const QUrl &server);
    QString profileName() const { return m_profile; }
    QUrl server() const { return m_server; }
    void setAllowLoopbackHttp(bool allow) { m_allowLoopbackHttp = allow; }
    // Validates `address` and asks for a switch (serverChangeRequested) when it names another
    // server; the error to show otherwise.
    UserMessage requestServer(const QString &address);
    // Said next to the server field (a refused switch, a switch waiting for the outbox).
    QString serverMessage() const { return m_serverMessage; }
    void setServerMessage(const QString &message);

    // ---- Network (per profile) ----------------------------------------------------------
    QString caFile() const;
    // Refused with the transport policy's reason when the file cannot be read or holds no PEM
    // certificate; an empty path removes the extra CA.
    UserMessage setCaFile(const QString &path);
    QStringList spkiPins() const;
    // One pin per line or separated by commas or spaces; each a base64 SHA-256 (32 bytes).
    UserMessage setSpkiPins(const QString &text);
    ProxyMode proxyMode() const;
    QString proxyHost() const;
    int proxyPort() const;
    // Manual needs a host name and a port 1-65535; System and None ignore both.
    UserMessage setProxy(ProxyMode mode, const QString &host = {}, int port = 0);
    // Fills caFile and spkiPins of `settings` from the stored ones, where the command line left
    // them empty (--ca-file and --pin-spki win).
    void fillTransportSettings(api::TransportSettings *settings) const;
    // Why the stored network settings were not used at start-up (a CA file gone since); cleared
    // by the next accepted change.
    void setNetworkProblem(const QString &problem);
    QString networkProblem() const { return m_networkProblem; }

    // ---- Pinned pipelines ----------------------------------------------------------------
    // One checkable row per job of the working set (text: the job title; Qt::UserRole: the
    // pipeline id); checked when its pipeline is pinned. Checking a row asks the applier.
    QStandardItemModel *pipelines() const { return m_pipelines; }
    bool keepsEverything() const { return m_keepEverything; }
    bool hasWorkingSet() const { return m_hasWorkingSet; }
    using WorkingSetApplier = std::function<void(bool keepEverything, const QStringList &pinned,
                                                 std::function<void(const UserMessage &)> done)>;
    void setWorkingSetApplier(WorkingSetApplier applier) { m_applyWorkingSet = std::move(applier); }
    // Reads jobs and pins from the GUI's read connection; null forgets them (lock, sign-out).
    void loadWorkingSet(const store::SqlCipherDatabase *db);
    void setKeepEverything(bool all);
    void setPipelinePinned(const QString &pipelineId, bool pinned);
    QStringList pinnedPipelines() const;
    QString workingSetMessage() const { return m_workingSetMessage; }

    // ---- Idle lock -----------------------------------------------------------------------
    int idleLockMinutes() const;
    void setIdleLockMinutes(int minutes);
    // Keychain profiles only; null hides the PIN controls (passphrase mode unlocks with the
    // passphrase). Not owned.
    void setUnlockPin(store::UnlockPin *pin);
    bool isPinAvailable() const;
    bool isPinSet() const { return m_pinSet; }
    bool isPinBusy() const { return m_pinBusy; }
    QString pinMessage() const { return m_pinMessage; }
    // Digits only, UnlockPin::MinimumLength to MaximumPinLength, both entries equal.
    static UserMessage validatePin(const QString &pin, const QString &confirmation);
    // Sets or replaces the PIN (validated first); pinChanged() follows.
    void setPin(const QString &pin, const QString &confirmation);
    void removePin();

    // ---- Appearance ------------------------------------------------------------------------
    Theme theme() const { return m_theme; }
    // Stores and applies (themeChanged).
    void setTheme(Theme theme);
    // --theme: applied for this run, not stored.
    void overrideTheme(Theme theme);
    QString language() const;
    // Stores "ui/language" and emits languageRequested(code); "" follows the system.
    void setLanguage(const QString &code);

Q_SIGNALS:
    void serverChangeRequested(const QUrl &server);
    void serverMessageChanged();
    // The stored network settings changed (they apply at the next connection to the server).
    void networkChanged();
    void proxyChanged();
    void workingSetChanged();
    void idleLockMinutesChanged(int minutes);
    void pinChanged();
    void themeChanged(hirex::models::SettingsPresenter::Theme theme);
    void languageRequested(const QString &code);

private:
    QString profileKey(const char *key) const;
    void applyWorkingSet();
    void refreshPinState();
    void setPinState(bool busy, const QString &message);

    QSettings *m_settings;
    bool m_ownsSettings = false;
    QString m_profile;
    QUrl m_server;
    bool m_allowLoopbackHttp = false;
    QString m_serverMessage;
    QString m_networkProblem;

    QStandardItemModel *m_pipelines;
    bool m_keepEverything = true;
    bool m_hasWorkingSet = false;
    bool m_loading = false;
    QString m_workingSetMessage;
    WorkingSetApplier m_applyWorkingSet;

    QPointer<store::UnlockPin> m_pin;
    bool m_pinSet = false;
    bool m_pinBusy = false;
    QString m_pinMessage;
    quint64 m_pinGeneration = 0;

    Theme m_theme = Theme::System;
};

} // namespace hirex::models
