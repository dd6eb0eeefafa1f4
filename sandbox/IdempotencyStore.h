#pragma once

#include "sandbox/HttpTypes.h"

#include <optional>

namespace hirex::sandbox {

class Database;
class Clock;

// Idempotency-Key replay: the first response (status, headers, body) per user+key, kept 24 h and
// written in the same transaction as the mutation it answers.
class IdempotencyStore {
public:
    IdempotencyStore(Database &db, Clock &clock);

    enum class Lookup { Miss, Replay, Mismatch };
    Lookup lookup(const QString &userId, const QString &key, const HttpRequest &request,
                  HttpResponse *replay);
    void save(const QString &userId, const QString &key, const HttpRequest &request,
              const HttpResponse &response);

private:
    static QString fingerprint(const HttpRequest &request);

    Database &m_db;
    Clock &m_clock;
};

} // namespace hirex::sandbox
