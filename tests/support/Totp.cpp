#include "tests/support/Totp.h"

#include <QDateTime>
#include <QMessageAuthenticationCode>

namespace hirex::test {

QByteArray Totp::decodeBase32(const QString &text) {
    static const QByteArray alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar ch : text) {
        if (ch == QLatin1Char(' ') || ch == QLatin1Char('='))
            continue;
        const qsizetype value = alphabet.indexOf(ch.toUpper().toLatin1());
        if (value < 0)
            return {};
        buffer = (buffer << 5) | static_cast<quint32>(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(static_cast<char>((buffer >> bits) & 0xff));
        }
    }
    return out;
}

QString Totp::code(const QByteArray &key, qint64 unixTime, int digits, int step) {
    quint64 counter = static_cast<quint64>(unixTime / step);
    QByteArray message(8, '\0');
    for (int i = 7; i >= 0; --i) {
        message[i] = static_cast<char>(counter & 0xff);
        counter >>= 8;
    }
    const QByteArray mac = QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha1);
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary = (static_cast<quint32>(static_cast<uchar>(mac.at(offset)) & 0x7f) << 24) |
                           (static_cast<quint32>(static_cast<uchar>(mac.at(offset + 1))) << 16) |
                           (static_cast<quint32>(static_cast<uchar>(mac.at(offset + 2))) << 8) |
                           static_cast<quint32>(static_cast<uchar>(mac.at(offset + 3)));
    quint32 modulo = 1;
    for (int i = 0; i < digits; ++i)
        modulo *= 10;
    return QStringLiteral("%1").arg(binary % modulo, digits, 10, QLatin1Char('0'));
}

QString Totp::codeNow(const QString &base32Secret) {
    return code(decodeBase32(base32Secret), QDateTime::currentSecsSinceEpoch());
}

} // namespace hirex::test
