#pragma once

#include <QLoggingCategory>

namespace hirex::sync {

// The module's one logging category, "hirex.core.sync". Logs carry ids, counts, cursors,
// statuses and durations; never names, emails, note text, tokens or request bodies.
Q_DECLARE_LOGGING_CATEGORY(lcSync)

} // namespace hirex::sync
