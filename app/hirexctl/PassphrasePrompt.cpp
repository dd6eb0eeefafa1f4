#include "app/hirexctl/PassphrasePrompt.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstdio>
#include <string>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

namespace hirex::ctl {

namespace {

void wipe(QString &text) {
    text.fill(QLatin1Char('\0'));
    text.clear();
}

void wipe(std::string &text) {
    std::fill(text.begin(), text.end(), '\0');
    text.clear();
}

} // namespace

QString PassphrasePrompt::tooShort() {
    return tr("The passphrase needs at least %n characters.", nullptr, MinimumLength);
}

std::optional<QString> PassphrasePrompt::obtain(const QString &passphraseFile, bool newCache,
                                                QString *error) {
    if (!passphraseFile.isEmpty()) {
        std::optional<QString> passphrase = readFile(passphraseFile, error);
        if (passphrase && newCache && passphrase->size() < MinimumLength) {
            wipe(*passphrase);
            *error = tooShort();
            return std::nullopt;
        }
        return passphrase;
    }
    if (::isatty(STDIN_FILENO) == 1)
        return askOnTerminal(newCache, error);
    *error = tr("This computer has no keychain, so the local cache is protected by a passphrase. "
                "Give it with --passphrase-file FILE, or run hirexctl in a terminal to type it.");
    return std::nullopt;
}

std::optional<QString> PassphrasePrompt::readFile(const QString &path, QString *error) {
    const QByteArray name = QFile::encodeName(path);
    struct stat info {};
    if (::stat(name.constData(), &info) != 0) {
        *error = tr("The passphrase file %1 cannot be read.").arg(path);
        return std::nullopt;
    }
    if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        *error = tr("The passphrase file %1 is accessible by others (permissions %2). It is ignored: "
                    "run chmod 600 on it.")
                     .arg(path)
                     .arg(info.st_mode & 0777, 4, 8, QLatin1Char('0'));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The passphrase file %1 cannot be read.").arg(path);
        return std::nullopt;
    }
    QByteArray line = file.readLine(4096);
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    QString passphrase = QString::fromUtf8(line);
    line.fill('\0');
    if (passphrase.isEmpty()) {
        *error = tr("The passphrase file %1 is empty.").arg(path);
        return std::nullopt;
    }
    return passphrase;
}

// Reads one line from stdin with the terminal's echo off; the prompt goes to stderr.
std::optional<QString> PassphrasePrompt::readHidden(const QString &prompt) {
    const QByteArray promptBytes = prompt.toLocal8Bit();
    std::fwrite(promptBytes.constData(), 1, static_cast<size_t>(promptBytes.size()), stderr);
    std::fflush(stderr);
    termios saved{};
    const bool haveTerminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= ECHONL;
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    bool complete = false;
    for (;;) {
        char c = 0;
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        if (c == '\n') {
            complete = true;
            break;
        }
        line.push_back(c);
    }
    if (haveTerminal)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    if (!complete) {
        wipe(line);
        return std::nullopt;
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    QString passphrase = QString::fromLocal8Bit(line.data(), static_cast<qsizetype>(line.size()));
    wipe(line);
    return passphrase;
}

std::optional<QString> PassphrasePrompt::askOnTerminal(bool newCache, QString *error) {
    if (!newCache) {
        std::optional<QString> passphrase = readHidden(tr("Passphrase of the local cache: "));
        if (!passphrase || passphrase->isEmpty()) {
            *error = tr("No passphrase given.");
            return std::nullopt;
        }
        return passphrase;
    }
    const QString intro = tr("This computer has no keychain. Choose a passphrase for the local cache (at "
                             "least %n characters). It cannot be recovered: if you forget it, the "
                             "local cache has to be deleted and you sign in again.\n",
                             nullptr, MinimumLength);
    const QByteArray introBytes = intro.toLocal8Bit();
    std::fwrite(introBytes.constData(), 1, static_cast<size_t>(introBytes.size()), stderr);
    for (int attempt = 0; attempt < 3; ++attempt) {
        std::optional<QString> first = readHidden(tr("New passphrase: "));
        if (!first) {
            *error = tr("No passphrase given.");
            return std::nullopt;
        }
        if (first->size() < MinimumLength) {
            wipe(*first);
            const QByteArray message = (tooShort() + QLatin1Char('\n')).toLocal8Bit();
            std::fwrite(message.constData(), 1, static_cast<size_t>(message.size()), stderr);
            continue;
        }
        std::optional<QString> second = readHidden(tr("Repeat the passphrase: "));
        if (second && *second == *first) {
            wipe(*second);
            return first;
        }
        wipe(*first);
        if (second)
            wipe(*second);
        const QByteArray message =
            (tr("The two passphrases are not the same.") + QLatin1Char('\n')).toLocal8Bit();
        std::fwrite(message.constData(), 1, static_cast<size_t>(message.size()), stderr);
    }
    *error = tr("No passphrase chosen.");
    return std::nullopt;
}

} // namespace hirex::ctl
