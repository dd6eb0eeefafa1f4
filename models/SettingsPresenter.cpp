#include "models/SettingsPresenter.h"

#include "core/api/ApiError.h"
#include "core/api/TransportPolicy.h"
#include "core/api/TransportSettings.h"
#include "core/read/CachedJobs.h"
#include "core/store/ProfileIdentity.h"
#include "core/store/UnlockPin.h"
#include "core/sync/WorkingSet.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardItemModel>

Q_LOGGING_CATEGORY(lcSettings, "hirex.models.settings")

namespace hirex::models {

namespace {

const QString kIdleLockKey = QStringLiteral("security/idleLockMinutes");
const QString kThemeKey = QStringLiteral("ui/theme");
const QString kLanguageKey = QStringLiteral("ui/language");
constexpr int kDefaultIdleLockMinutes = 15;

QString themeName(SettingsPresenter::Theme theme) {
    switch (theme) {
    case SettingsPresenter::Theme::Light:
        return QStringLiteral("light");
    case SettingsPresenter::Theme::Dark:
        return QStringLiteral("dark");
    case SettingsPresenter::Theme::System:
        break;
    }
    return QStringLiteral("system");
}

SettingsPresenter::Theme themeFromName(const QString &name) {
    if (name == u"light")
        return SettingsPresenter::Theme::Light;
    if (name == u"dark")
        return SettingsPresenter::Theme::Dark;
    return SettingsPresenter::Theme::System;
}

UserMessage refused(const char *code, const QString &message) {
    return UserMessage{QString::fromLatin1(code), message, {}};
}

} // namespace

QList<int> SettingsPresenter::idleLockChoices() {
    return {0, 5, 10, 15, 30, 60};
}

QStringList SettingsPresenter::languageCodes() {
    return {QString(), QStringLiteral("en"), QStringLiteral("tr"), QStringLiteral("de")};
}

SettingsPresenter::SettingsPresenter(QObject *parent)
    : SettingsPresenter(nullptr, parent) {}

SettingsPresenter::SettingsPresenter(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings ? settings : new QSettings)
    , m_ownsSettings(settings == nullptr)
    , m_pipelines(new QStandardItemModel(this)) {
    m_theme = themeFromName(m_settings->value(kThemeKey).toString());
    connect(m_pipelines, &QStandardItemModel::itemChanged, this, [this](QStandardItem *item) {
        if (m_loading)
            return;
        setPipelinePinned(item->data(Qt::UserRole).toString(), item->checkState() == Qt::Checked);
    });
}

SettingsPresenter::~SettingsPresenter() {
    if (m_ownsSettings)
        delete m_settings;
}

// ---- Server ------------------------------------------------------------------------------

void SettingsPresenter::setProfile(const QString &profileName, const QUrl &server) {
    m_profile = profileName;
    m_server = server;
    m_serverMessage.clear();
    Q_EMIT serverMessageChanged();
    Q_EMIT networkChanged();
    Q_EMIT proxyChanged();
}

UserMessage SettingsPresenter::requestServer(const QString &address) {
    const QUrl url(address.trimmed(), QUrl::StrictMode);
    if (address.trimmed().isEmpty() || !url.isValid() || url.host().isEmpty()) {
        return refused("invalid_server",
                       tr("This is not a valid server address. Use the form https://hirex.example.com."));
    }
    if (!api::TransportPolicy::isSchemeAllowed(url, m_allowLoopbackHttp))
        return refused("insecure_url",
                       tr("Hirex only connects over HTTPS. Use an address that starts with https://."));
    if (store::ProfileIdentity::normalisedServer(url) == store::ProfileIdentity::normalisedServer(m_server))
        return {}; // the server in use: nothing to switch
    Q_EMIT serverChangeRequested(url);
    return {};
}

void SettingsPresenter::setServerMessage(const QString &message) {
    if (m_serverMessage == message)
        return;
    m_serverMessage = message;
    Q_EMIT serverMessageChanged();
}

// ---- Network -----------------------------------------------------------------------------

QString SettingsPresenter::profileKey(const char *key) const {
    // The profile's name is a hash of its folder: it names neither the server nor the path.
    return QStringLiteral("profiles/%1/network/%2").arg(m_profile, QLatin1String(key));
}

QString SettingsPresenter::caFile() const {
    return m_settings->value(profileKey("caFile")).toString();
}

UserMessage SettingsPresenter::setCaFile(const QString &path) {
    if (!path.isEmpty()) {
        // The same check as at start-up, so a file accepted here never stops the next start.
        api::TransportSettings settings;
        settings.caFile = path;
        api::ApiError error;
        if (!api::TransportPolicy::create(settings, &error))
            return error.toUserMessage();
    }
    if (path == caFile())
        return {};
    if (path.isEmpty())
        m_settings->remove(profileKey("caFile"));
    else
        m_settings->setValue(profileKey("caFile"), path);
    m_networkProblem.clear();
    Q_EMIT networkChanged();
    return {};
}

QStringList SettingsPresenter::spkiPins() const {
    return m_settings->value(profileKey("spkiPins")).toStringList();
}

UserMessage SettingsPresenter::setSpkiPins(const QString &text) {
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList pins = text.split(separators, Qt::SkipEmptyParts);
    pins.removeDuplicates();
    api::TransportSettings settings;
    settings.spkiPins = pins;
    api::ApiError error;
    if (!api::TransportPolicy::create(settings, &error))
        return refused("pin_invalid", tr("Each pin must be the base64 SHA-256 of a public key (44 "
                                         "characters ending in \"=\"), one per line."));
    if (pins == spkiPins())
        return {};
    if (pins.isEmpty())
        m_settings->remove(profileKey("spkiPins"));
    else
        m_settings->setValue(profileKey("spkiPins"), pins);
    m_networkProblem.clear();
    Q_EMIT networkChanged();
    return {};
}

SettingsPresenter::ProxyMode SettingsPresenter::proxyMode() const {
    const QString mode = m_settings->value(profileKey("proxy")).toString();
    if (mode == u"none")
        return ProxyMode::None;
    if (mode == u"manual")
        return ProxyMode::Manual;
    return ProxyMode::System;
}

QString SettingsPresenter::proxyHost() const {
    return m_settings->value(profileKey("proxyHost")).toString();
}

int SettingsPresenter::proxyPort() const {
    return m_settings->value(profileKey("proxyPort"), 0).toInt();
}

UserMessage SettingsPresenter::setProxy(ProxyMode mode, const QString &host, int port) {
    const QString trimmed = host.trimmed();
    if (mode == ProxyMode::Manual) {
        static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9.:\\[\\]-]+$"));
        if (trimmed.isEmpty() || !hostName.match(trimmed).hasMatch())
            return refused("proxy_invalid",
                           tr("Enter the proxy's host name, for example proxy.example.com."));
        if (port < 1 || port > 65535)
            return refused("proxy_invalid", tr("The proxy's port is a number from 1 to 65535."));
    }
    switch (mode) {
    case ProxyMode::System:
        m_settings->remove(profileKey("proxy"));
        break;
    case ProxyMode::None:
        m_settings->setValue(profileKey("proxy"), QStringLiteral("none"));
        break;
    case ProxyMode::Manual:
        m_settings->setValue(profileKey("proxy"), QStringLiteral("manual"));
        m_settings->setValue(profileKey("proxyHost"), trimmed);
        m_settings->setValue(profileKey("proxyPort"), port);
        break;
    }
    Q_EMIT proxyChanged();
    return {};
}

void SettingsPresenter::setNetworkProblem(const QString &problem) {
    m_networkProblem = problem;
    Q_EMIT networkChanged();
}

void SettingsPresenter::fillTransportSettings(api::TransportSettings *settings) const {
    if (settings->caFile.isEmpty())
        settings->caFile = caFile();
    if (settings->spkiPins.isEmpty())
        settings->spkiPins = spkiPins();
}

// ---- Pinned pipelines ----------------------------------------------------------------------

void SettingsPresenter::loadWorkingSet(const store::SqlCipherDatabase *db) {
    m_loading = true;
    m_pipelines->clear();
    m_hasWorkingSet = db != nullptr;
    if (db) {
        sync::WorkingSet ws(db);
        ws.load();
        m_keepEverything = ws.keepsEverything();
        const QStringList pinned = ws.pinnedPipelines();
        read::CachedJobs jobs(db);
        QStringList seen;
        for (const domain::Job &job : jobs.all()) {
            if (job.pipelineId.isEmpty() || seen.contains(job.pipelineId))
                continue;
            seen << job.pipelineId;
            auto *item = new QStandardItem(job.title);
            item->setData(job.pipelineId, Qt::UserRole);
            item->setCheckable(true);
            item->setEditable(false);
            item->setCheckState(pinned.contains(job.pipelineId) ? Qt::Checked : Qt::Unchecked);
            m_pipelines->appendRow(item);
        }
    }
    m_loading = false;
    Q_EMIT workingSetChanged();
}

QStringList SettingsPresenter::pinnedPipelines() const {
    QStringList pinned;
    for (int row = 0; row < m_pipelines->rowCount(); ++row) {
        const QStandardItem *item = m_pipelines->item(row);
        if (item->checkState() == Qt::Checked)
            pinned << item->data(Qt::UserRole).toString();
    }
    return pinned;
}

void SettingsPresenter::setKeepEverything(bool all) {
    if (all == m_keepEverything)
        return;
    m_keepEverything = all;
    applyWorkingSet();
}

void SettingsPresenter::setPipelinePinned(const QString &pipelineId, bool pinned) {
    for (int row = 0; row < m_pipelines->rowCount(); ++row) {
        QStandardItem *item = m_pipelines->item(row);
        if (item->data(Qt::UserRole).toString() != pipelineId)
            continue;
        const Qt::CheckState state = pinned ? Qt::Checked : Qt::Unchecked;
        if (item->checkState() != state) {
            m_loading = true;
            item->setCheckState(state);
            m_loading = false;
        }
    }
    // Pinning one pipeline means keeping the pinned ones only, as in hirexctl pin.
    if (pinned)
        m_keepEverything = false;
    applyWorkingSet();
}

void SettingsPresenter::applyWorkingSet() {
    if (!m_applyWorkingSet) {
        m_workingSetMessage = tr("The working set can only be changed while the local copy is open.");
        Q_EMIT workingSetChanged();
        return;
    }
    m_workingSetMessage = tr("Saving…");
    Q_EMIT workingSetChanged();
    QPointer<SettingsPresenter> self(this);
    m_applyWorkingSet(m_keepEverything, pinnedPipelines(), [self](const UserMessage &error) {
        if (!self)
            return;
        self->m_workingSetMessage =
            error.isError() ? error.message
                            : tr("Saved. Newly pinned pipelines download with the next sync; unpinned ones "
                                 "leave this computer a week after you last opened them.");
        Q_EMIT self->workingSetChanged();
    });
}

// ---- Idle lock -----------------------------------------------------------------------------

int SettingsPresenter::idleLockMinutes() const {
    return m_settings->value(kIdleLockKey, kDefaultIdleLockMinutes).toInt();
}

void SettingsPresenter::setIdleLockMinutes(int minutes) {
    if (minutes < 0)
        return;
    if (minutes == idleLockMinutes() && m_settings->contains(kIdleLockKey))
        return;
    m_settings->setValue(kIdleLockKey, minutes);
    Q_EMIT idleLockMinutesChanged(minutes);
}

void SettingsPresenter::setUnlockPin(store::UnlockPin *pin) {
    m_pin = pin;
    ++m_pinGeneration;
    m_pinSet = false;
    m_pinBusy = false;
    m_pinMessage.clear();
    refreshPinState();
    Q_EMIT pinChanged();
}

bool SettingsPresenter::isPinAvailable() const {
    return !m_pin.isNull();
}

void SettingsPresenter::refreshPinState() {
    if (!m_pin)
        return;
    const quint64 generation = m_pinGeneration;
    QPointer<SettingsPresenter> self(this);
    m_pin->isSet([self, generation](bool set, const UserMessage &error) {
        if (!self || generation != self->m_pinGeneration)
            return;
        self->m_pinSet = set && !error.isError();
        if (error.isError())
            self->m_pinMessage = error.message;
        Q_EMIT self->pinChanged();
    });
}

UserMessage SettingsPresenter::validatePin(const QString &pin, const QString &confirmation) {
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (pin.size() < store::UnlockPin::MinimumLength || pin.size() > MaximumPinLength ||
        !digits.match(pin).hasMatch())
        return refused(
            "pin_invalid",
            tr("The PIN is %1 to %2 digits.").arg(store::UnlockPin::MinimumLength).arg(MaximumPinLength));
    if (pin != confirmation)
        return refused("pin_mismatch", tr("The two PINs are not the same."));
    return {};
}

void SettingsPresenter::setPinState(bool busy, const QString &message) {
    m_pinBusy = busy;
    m_pinMessage = message;
    Q_EMIT pinChanged();
}

void SettingsPresenter::setPin(const QString &pin, const QString &confirmation) {
    if (!m_pin) {
        setPinState(false, tr("An unlock PIN is only for profiles whose key is in the keychain."));
        return;
    }
    if (const UserMessage invalid = validatePin(pin, confirmation); invalid.isError()) {
        setPinState(false, invalid.message);
        return;
    }
    const bool replacing = m_pinSet;
    const quint64 generation = ++m_pinGeneration;
    setPinState(true, tr("Saving the PIN…"));
    QPointer<SettingsPresenter> self(this);
    m_pin->set(pin, [self, generation, replacing](const UserMessage &error) {
        if (!self || generation != self->m_pinGeneration)
            return;
        if (!error.isError())
            self->m_pinSet = true;
        qCInfo(lcSettings) << "unlock PIN" << (replacing ? "changed:" : "set:") << !error.isError();
        self->setPinState(false, error.isError() ? error.message
                                 : replacing     ? tr("The PIN was changed.")
                                                 : tr("The PIN is set. It unlocks Hirex while the server "
                                                          "cannot be reached."));
    });
}

void SettingsPresenter::removePin() {
    if (!m_pin)
        return;
    const quint64 generation = ++m_pinGeneration;
    setPinState(true, tr("Removing the PIN…"));
    QPointer<SettingsPresenter> self(this);
    m_pin->clear([self, generation](const UserMessage &error) {
        if (!self || generation != self->m_pinGeneration)
            return;
        if (!error.isError())
            self->m_pinSet = false;
        self->setPinState(false, error.isError() ? error.message : tr("The PIN was removed."));
    });
}

// ---- Appearance ----------------------------------------------------------------------------

void SettingsPresenter::setTheme(Theme theme) {
    m_settings->setValue(kThemeKey, themeName(theme));
    if (m_theme == theme)
        return;
    m_theme = theme;
    Q_EMIT themeChanged(theme);
}

void SettingsPresenter::overrideTheme(Theme theme) {
    if (m_theme == theme)
        return;
    m_theme = theme;
    Q_EMIT themeChanged(theme);
}

QString SettingsPresenter::language() const {
    const QString code = m_settings->value(kLanguageKey).toString();
    return languageCodes().contains(code) ? code : QString();
}

void SettingsPresenter::setLanguage(const QString &code) {
    if (!languageCodes().contains(code))
        return;
    if (code == language() && m_settings->contains(kLanguageKey))
        return;
    m_settings->setValue(kLanguageKey, code);
    Q_EMIT languageRequested(code);
}

} // namespace hirex::models
