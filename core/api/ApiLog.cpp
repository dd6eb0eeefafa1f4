#include "core/api/ApiLog.h"

namespace hirex::api {

Q_LOGGING_CATEGORY(lcApi, "hirex.core.api")

} // namespace hirex::api
