#include "tests/support/TestTokenProvider.h"

#include <QPointer>
#include <QTimer>

namespace hirex::test {

TestTokenProvider::TestTokenProvider(const QString &accessToken, Refresher refresher, QObject *parent)
    : auth::AccessTokenProvider(parent)
    , m_accessToken(accessToken)
    , m_refresher(std::move(refresher)) {}

void TestTokenProvider::refreshAccessToken(RefreshCallback done) {
    ++m_refreshes;
    QPointer<TestTokenProvider> self(this);
    QTimer::singleShot(0, this, [self, done = std::move(done)] {
        if (!self)
            return;
        const QString token = self->m_refresher ? self->m_refresher() : QString();
        if (token.isEmpty()) {
            done(false,
                 UserMessage{QStringLiteral("refresh_failed"), QStringLiteral("refresh failed"), QString()});
            return;
        }
        self->m_accessToken = token;
        Q_EMIT self->accessTokenChanged(); // as every provider does when its token changes
        done(true, UserMessage());
    });
}

} // namespace hirex::test
