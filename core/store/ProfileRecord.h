#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace hirex::store {

// <profile>/profile.json: which server a profile belongs to and how to reach it (no secrets).
// Written by both front ends, so a profile folder always says whose data it holds: hirexctl
// keeps its connection settings here, the desktop app the server, and either refuses to use a
// folder for another server (its stored sign-in would be offered to the wrong issuer).
struct ProfileRecord {
    QUrl server;
    QUrl issuer;      // empty: the server is its own authorization server
    QString clientId; // empty: the default
    QString caFile;
    QStringList spkiPins;
    bool allowLoopbackHttp = false;

    static QString pathIn(const QString &profileDir);
    // The record of `profileDir`; nullopt when there is none. A file that is not a JSON object
    // is reported in `error` (and nullopt): it is never silently replaced.
    static std::optional<ProfileRecord> load(const QString &profileDir, QString *error = nullptr);
    // Atomically (QSaveFile), readable by the owner only.
    bool save(const QString &profileDir, QString *error = nullptr) const;
    // Whether this record belongs to `server` (compared as ProfileIdentity normalises URLs).
    bool belongsTo(const QUrl &server) const;
};

} // namespace hirex::store
