#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace hirex::ctl {

// Where hirexctl gets the passphrase of a cache on a computer without a keychain:
//   1. --passphrase-file FILE: its first line (without the line break). Like ssh with a private
//      key, a file that group or others may read is refused.
//   2. stdin is a terminal: asked on the terminal with echo off; a new cache asks twice.
//   3. otherwise: no passphrase (the caller exits with 5 and says how to give one).
// The passphrase never goes to argv, the environment, logs or files.
class PassphrasePrompt {
    Q_DECLARE_TR_FUNCTIONS(PassphrasePrompt)

public:
    static constexpr int MinimumLength = 12;

    // `newCache`: the passphrase is being chosen (minimum length, asked twice on a terminal).
    // On failure returns nothing and sets `error` (translated).
    static std::optional<QString> obtain(const QString &passphraseFile, bool newCache, QString *error);

    // The first line of `path`, refusing files readable by group or others. Public for tests.
    static std::optional<QString> readFile(const QString &path, QString *error);

private:
    static QString tooShort();
    static std::optional<QString> askOnTerminal(bool newCache, QString *error);
    static std::optional<QString> readHidden(const QString &prompt);
};

} // namespace hirex::ctl
