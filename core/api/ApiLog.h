#pragma once

#include <QLoggingCategory>

namespace hirex::api {

// The module's one logging category, "hirex.core.api". Logs carry methods, paths, statuses,
// durations and ids; never bodies, tokens or query strings.
Q_DECLARE_LOGGING_CATEGORY(lcApi)

} // namespace hirex::api
