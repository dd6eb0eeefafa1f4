#pragma once

#include <QLoggingCategory>

namespace hirex::store {

// The one logging category of core/store. Log ids, counts and durations only: never keys,
// passphrases, secrets, names, emails or CV bytes.
Q_DECLARE_LOGGING_CATEGORY(lcStore)

} // namespace hirex::store
