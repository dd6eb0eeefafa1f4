#include "core/store/StoreLog.h"

namespace hirex::store {

Q_LOGGING_CATEGORY(lcStore, "hirex.core.store")

} // namespace hirex::store
