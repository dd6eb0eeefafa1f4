#include "app/desktop/PassphraseFlow.h"

#include "core/store/CacheSecretStore.h"
#include "core/store/LocalCache.h"
#include "ui/MessageBox.h"
#include "ui/PassphraseDialog.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDesktop)

namespace hirex::app {

using ui::PassphraseDialog;

PassphraseFlow::PassphraseFlow(store::LocalCache *cache, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_window(window)
    , m_secrets(new store::CacheSecretStore(cache, this)) {
    connect(m_cache, &store::LocalCache::passphraseRequired, this, &PassphraseFlow::ask);
}

PassphraseFlow::~PassphraseFlow() = default;

store::SecretStore *PassphraseFlow::secrets() const {
    return m_secrets;
}

void PassphraseFlow::retryAfterWrongPassphrase() {
    qCInfo(lcDesktop) << "wrong passphrase; asking again";
    m_error = tr("The passphrase is not correct.");
    m_cache->open(); // passphraseRequired(false) follows
}

void PassphraseFlow::ask(bool newCache) {
    const auto mode = newCache ? PassphraseDialog::Mode::Create : PassphraseDialog::Mode::Unlock;
    PassphraseDialog::Result result =
        PassphraseDialog::ask(m_window, mode, std::exchange(m_error, QString()));
    switch (result.outcome) {
    case PassphraseDialog::Outcome::Accepted:
        m_cache->openWithPassphrase(result.passphrase); // derives the key on a worker thread
        result.passphrase.fill(QLatin1Char('\0'));
        result.passphrase.clear();
        return;
    case PassphraseDialog::Outcome::Cancelled:
        qCInfo(lcDesktop) << "passphrase dialog cancelled";
        Q_EMIT cancelled();
        return;
    case PassphraseDialog::Outcome::ResetRequested:
        break;
    }
    const auto answer = ui::MessageBox::question(
        m_window, tr("Reset the local cache?"),
        tr("This deletes the encrypted copy of your data on this computer and signs you out. Changes "
           "that have not reached the server yet are lost. You then choose a new passphrase and sign "
           "in again."),
        QMessageBox::Reset | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Reset) {
        ask(newCache);
        return;
    }
    qCInfo(lcDesktop) << "resetting the passphrase cache at the user's request";
    connect(
        m_cache, &store::LocalCache::resetDone, this,
        [this] {
            Q_EMIT localDataReset();
            m_cache->open(); // no cache, no keychain: passphraseRequired(true)
        },
        Qt::SingleShotConnection);
    m_cache->reset();
}

} // namespace hirex::app
