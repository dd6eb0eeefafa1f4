#include "core/sync/SyncLog.h"

namespace hirex::sync {

Q_LOGGING_CATEGORY(lcSync, "hirex.core.sync")

} // namespace hirex::sync
