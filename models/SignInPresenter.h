#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

namespace hirex::models {

// The state behind the sign-in screen: which server to use, whether that address is
// acceptable, and what the user is waiting for. Holds no widgets, so it is unit-tested.
class SignInPresenter : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString serverAddress READ serverAddress WRITE setServerAddress NOTIFY serverAddressChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY stateChanged)

public:
    enum class State { Idle, Restoring, WaitingForBrowser, SignedIn, Failed };
    Q_ENUM(State)

    explicit SignInPresenter(QObject *parent = nullptr);

    QString serverAddress() const { return m_serverAddress; }
    void setServerAddress(const QString &address);

    // Plain HTTP is refused unless the development switch is on and the host is loopback.
    void setAllowLoopbackHttp(bool allow) { m_allowLoopbackHttp = allow; }

    // The validated server URL, or an empty URL with validationMessage() explaining why.
    QUrl serverUrl() const;
    QString validationMessage() const;
    bool canSignIn() const;

    State state() const { return m_state; }
    QString errorMessage() const { return m_errorMessage; }

    void markRestoring();
    void markWaitingForBrowser();
    void markSignedIn();
    void markFailed(const QString &message);
    void reset();

Q_SIGNALS:
    void serverAddressChanged();
    void stateChanged();

private:
    void setState(State state, const QString &errorMessage = {});

    QString m_serverAddress;
    bool m_allowLoopbackHttp = false;
    State m_state = State::Idle;
    QString m_errorMessage;
};

} // namespace hirex::models
