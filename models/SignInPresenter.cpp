#include "models/SignInPresenter.h"

#include <QHostAddress>

namespace hirex::models {

namespace {

bool isLoopbackHost(const QString &host) {
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

SignInPresenter::SignInPresenter(QObject *parent)
    : QObject(parent) {}

void SignInPresenter::setServerAddress(const QString &address) {
    const QString trimmed = address.trimmed();
    if (trimmed == m_serverAddress)
        return;
    m_serverAddress = trimmed;
    Q_EMIT serverAddressChanged();
}

QUrl SignInPresenter::serverUrl() const {
    return validationMessage().isEmpty() ? QUrl(m_serverAddress, QUrl::StrictMode) : QUrl();
}

QString SignInPresenter::validationMessage() const {
    if (m_serverAddress.isEmpty())
        return tr("Enter the address of your Hirex server.");
    const QUrl url(m_serverAddress, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return tr("This is not a valid server address. Use the form https://hirex.example.com.");
    if (url.scheme() == QStringLiteral("https"))
        return {};
    if (url.scheme() == QStringLiteral("http")) {
        if (m_allowLoopbackHttp && isLoopbackHost(url.host()))
            return {};
        return tr("Hirex only connects over HTTPS. Use an address that starts with https://.");
    }
    return tr("Unsupported address scheme \"%1\". Use an address that starts with https://.")
        .arg(url.scheme());
}

bool SignInPresenter::canSignIn() const {
    return validationMessage().isEmpty() && m_state != State::WaitingForBrowser &&
           m_state != State::Restoring;
}

void SignInPresenter::markRestoring() {
    setState(State::Restoring);
}

void SignInPresenter::markWaitingForBrowser() {
    setState(State::WaitingForBrowser);
}

void SignInPresenter::markSignedIn() {
    setState(State::SignedIn);
}

void SignInPresenter::markFailed(const QString &message) {
    setState(State::Failed, message);
}

void SignInPresenter::reset() {
    setState(State::Idle);
}

void SignInPresenter::setState(State state, const QString &errorMessage) {
    if (state == m_state && errorMessage == m_errorMessage)
        return;
    m_state = state;
    m_errorMessage = errorMessage;
    Q_EMIT stateChanged();
}

} // namespace hirex::models
