#include "models/UnlockPresenter.h"

#include "core/api/Reachability.h"
#include "core/store/LockMarker.h"
#include "core/store/UnlockPin.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcUnlock, "hirex.models.unlock")

namespace hirex::models {

namespace {

constexpr int kFreeAttempts = 3;
constexpr std::chrono::seconds kFirstDelay{30};
constexpr std::chrono::seconds kLongestDelay{15 * 60};

} // namespace

UnlockPresenter::UnlockPresenter(auth::AuthorizationFlow *flow, store::UnlockPin *pin,
                                 const QString &profileDir, QObject *parent)
    : QObject(parent)
    , m_flow(flow)
    , m_pin(pin)
    , m_profileDir(profileDir)
    , m_now([] { return QDateTime::currentSecsSinceEpoch(); }) {
    connect(m_flow, &auth::AuthorizationFlow::succeeded, this,
            [this](const auth::TokenSet &tokens, const auth::OidcProviderMetadata &) {
                onReauthenticated(tokens);
            });
    connect(m_flow, &auth::AuthorizationFlow::failed, this, &UnlockPresenter::onFlowFailed);
}

void UnlockPresenter::setSignInSettings(const auth::AuthorizationFlow::Settings &settings) {
    m_settings = settings;
    m_settings.reauthenticate = true;
}

std::chrono::seconds UnlockPresenter::delayAfter(int failures) {
    if (failures < kFreeAttempts)
        return std::chrono::seconds(0);
    const int doublings = qMin(failures - kFreeAttempts, 10);
    return std::min(kLongestDelay, kFirstDelay * (1 << doublings));
}

void UnlockPresenter::setState(std::function<QString()> message, bool busy) {
    m_message = std::move(message);
    m_busy = busy;
    Q_EMIT changed();
}

void UnlockPresenter::reset() {
    ++m_generation;
    if (m_flow)
        m_flow->cancel();
    m_pinAvailable = false;
    setState(nullptr, false);
    if (!m_pin)
        return;
    const quint64 generation = m_generation;
    m_pin->isSet([this, generation](bool set, const UserMessage &) {
        if (generation != m_generation)
            return;
        m_pinAvailable = set;
        Q_EMIT changed();
    });
}

void UnlockPresenter::unlockWithBrowser() {
    if (m_busy || !m_flow)
        return;
    setState([] { return tr("Confirm it is you in the browser window that opened."); }, true);
    m_flow->setSettings(m_settings);
    m_flow->start();
}

void UnlockPresenter::onReauthenticated(const auth::TokenSet &tokens) {
    // Only the proof is wanted: the tokens of this authentication are revoked at once, whatever
    // the answer; the session goes on with its own.
    m_flow->discardTokens(tokens, [](const UserMessage &error) {
        if (error.isError())
            qCInfo(lcUnlock) << "the unlock's own tokens could not be revoked:" << error.code;
    });
    const std::optional<store::LockMarker> marker = store::LockMarker::load(m_profileDir);
    const qint64 lockedAt = marker ? marker->lockedAtSecs : 0;
    const QString subject = marker ? marker->subject : QString();
    if (subject.isEmpty()) {
        qCWarning(lcUnlock) << "browser unlock refused: the locked account is not known";
        setState(
            [] {
                return tr("Hirex cannot tell which account locked it, so a sign-in cannot unlock it. "
                          "Use your unlock PIN, or choose File → Sign out and remove local data.");
            },
            false);
        return;
    }
    if (tokens.subject != subject) {
        qCWarning(lcUnlock) << "browser unlock refused: another account authenticated";
        setState(
            [] {
                return tr("You signed in with a different account. Sign in with the account that was "
                          "using Hirex to unlock it.");
            },
            false);
        return;
    }
    if (tokens.authTime < lockedAt) {
        qCWarning(lcUnlock) << "browser unlock refused: the authentication is older than the lock";
        setState(
            [] {
                return tr(
                    "The sign-in server did not ask you to sign in again. Unlock was refused; try again.");
            },
            false);
        return;
    }
    qCInfo(lcUnlock) << "user proved again through the browser";
    setState(nullptr, false);
    Q_EMIT proven();
}

void UnlockPresenter::onFlowFailed(const UserMessage &error) {
    if (!m_busy)
        return; // a cancel from reset()
    if (!api::meansUnreachable(error)) {
        setState([text = error.message] { return text; }, false); // arrived translated
        return;
    }
    setState(
        [pinAvailable = m_pinAvailable]() -> QString { // QString: a QStringBuilder would dangle
            return tr("Hirex cannot reach the sign-in server to confirm it is you.") + QLatin1Char(' ') +
                   (pinAvailable ? tr("Enter your unlock PIN instead.")
                                 : tr("No unlock PIN is set, so Hirex stays locked until the server can be "
                                      "reached again."));
        },
        false);
}

void UnlockPresenter::unlockWithPin(const QString &pin) {
    if (m_busy)
        return;
    if (!m_pin) {
        setState([] { return tr("No unlock PIN is set. Unlock with your browser."); }, false);
        return;
    }
    const std::optional<store::LockMarker> marker = store::LockMarker::load(m_profileDir);
    if (marker) {
        const qint64 wait =
            marker->lastFailedPinSecs + delayAfter(marker->failedPinAttempts).count() - m_now();
        if (wait > 0) {
            setState(
                [wait = int(wait)] {
                    return tr("Too many wrong PINs. Try again in %n second(s), or unlock with your browser.",
                              nullptr, wait);
                },
                false);
            return;
        }
    }
    setState([] { return tr("Checking the PIN…"); }, true);
    const quint64 generation = m_generation;
    m_pin->verify(pin, [this, generation](store::UnlockPin::Check result, const UserMessage &error) {
        if (generation != m_generation)
            return;
        onPinChecked(int(result), error);
    });
}

void UnlockPresenter::onPinChecked(int result, const UserMessage &error) {
    using Check = store::UnlockPin::Check;
    store::LockMarker marker = store::LockMarker::load(m_profileDir).value_or(store::LockMarker{});
    switch (Check(result)) {
    case Check::Match:
        qCInfo(lcUnlock) << "user proved again with the unlock PIN";
        if (marker.failedPinAttempts > 0 && store::LockMarker::exists(m_profileDir)) {
            marker.failedPinAttempts = 0;
            marker.lastFailedPinSecs = 0;
            marker.save(m_profileDir);
        }
        setState(nullptr, false);
        Q_EMIT proven();
        return;
    case Check::Mismatch: {
        marker.failedPinAttempts += 1;
        marker.lastFailedPinSecs = m_now();
        QString saveError;
        if (!marker.save(m_profileDir, &saveError))
            qCWarning(lcUnlock) << "wrong-PIN count not saved:" << saveError;
        qCInfo(lcUnlock) << "wrong unlock PIN; attempts:" << marker.failedPinAttempts;
        const int wait = int(delayAfter(marker.failedPinAttempts).count());
        setState(
            [wait] {
                QString text = tr("The PIN is not correct.");
                if (wait > 0)
                    text += QLatin1Char(' ') + tr("Try again in %n second(s).", nullptr, wait);
                return text;
            },
            false);
        return;
    }
    case Check::NotSet:
        m_pinAvailable = false;
        setState([] { return tr("No unlock PIN is set. Unlock with your browser."); }, false);
        return;
    case Check::Unavailable:
        setState([text = error.message] { return text; }, false); // arrived translated
        return;
    }
}

} // namespace hirex::models
