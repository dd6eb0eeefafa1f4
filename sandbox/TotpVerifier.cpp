#include "sandbox/TotpVerifier.h"

#include <QMessageAuthenticationCode>

namespace hirex::sandbox {

namespace {
const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
}

QString TotpVerifier::code(const QByteArray &secret, qint64 unixSeconds) {
    const quint64 counter = static_cast<quint64>(unixSeconds / 30);
    QByteArray msg(8, '\0');
    for (int i = 7; i >= 0; --i)
        msg[i] = static_cast<char>((counter >> ((7 - i) * 8)) & 0xff);
    const QByteArray mac = QMessageAuthenticationCode::hash(msg, secret, QCryptographicHash::Sha1);
    const int offset = static_cast<unsigned char>(mac.at(19)) & 0x0f;
    const quint32 binary = ((static_cast<quint32>(static_cast<unsigned char>(mac.at(offset))) & 0x7f) << 24) |
                           (static_cast<quint32>(static_cast<unsigned char>(mac.at(offset + 1))) << 16) |
                           (static_cast<quint32>(static_cast<unsigned char>(mac.at(offset + 2))) << 8) |
                           static_cast<quint32>(static_cast<unsigned char>(mac.at(offset + 3)));
    return QStringLiteral("%1").arg(binary % 1000000, 6, 10, QLatin1Char('0'));
}

bool TotpVerifier::verify(const QString &base32Secret, const QString &code, qint64 unixSeconds) {
    bool ok = false;
    const QByteArray secret = base32Decode(base32Secret, &ok);
    const QString trimmed = code.trimmed();
    if (!ok || trimmed.size() != 6)
        return false;
    for (int step = -1; step <= 1; ++step) {
        if (TotpVerifier::code(secret, unixSeconds + step * 30) == trimmed)
            return true;
    }
    return false;
}

QByteArray TotpVerifier::base32Decode(const QString &text, bool *ok) {
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    *ok = true;
    for (const QChar c : text) {
        if (c == QLatin1Char('=') || c == QLatin1Char(' '))
            continue;
        const char upper = static_cast<char>(c.toUpper().toLatin1());
        const char *pos = std::char_traits<char>::find(kAlphabet, 32, upper);
        if (!pos) {
            *ok = false;
            return {};
        }
        buffer = (buffer << 5) | static_cast<quint32>(pos - kAlphabet);
        bits += 5;
        if (bits >= 8) {
            out.append(static_cast<char>((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    return out;
}

QString TotpVerifier::base32Encode(const QByteArray &data) {
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char ch : data) {
        buffer = (buffer << 8) | static_cast<unsigned char>(ch);
        bits += 8;
        while (bits >= 5) {
            out.append(QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 0x1f]));
            bits -= 5;
        }
    }
    if (bits > 0)
        out.append(QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 0x1f]));
    return out;
}

} // namespace hirex::sandbox
