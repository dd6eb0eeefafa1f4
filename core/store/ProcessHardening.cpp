#include "core/store/ProcessHardening.h"

#include "core/store/StoreLog.h"

#include <cerrno>
#include <cstring>
#include <sys/resource.h>

namespace hirex::store {

bool ProcessHardening::disableCoreDumps() {
    const rlimit none{0, 0};
    if (::setrlimit(RLIMIT_CORE, &none) != 0) {
        qCWarning(lcStore) << "could not disable core dumps:" << std::strerror(errno);
        return false;
    }
    return true;
}

} // namespace hirex::store
