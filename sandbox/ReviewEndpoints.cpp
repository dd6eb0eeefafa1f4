#include "sandbox/ReviewEndpoints.h"

#include "sandbox/Router.h"
#include "sandbox/Services.h"

namespace hirex::sandbox {

void ReviewEndpoints::registerRoutes(Router &, Services &) {}

} // namespace hirex::sandbox
