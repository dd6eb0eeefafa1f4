#include "sandbox/ApplicationEndpoints.h"

#include "sandbox/Router.h"
#include "sandbox/Services.h"

namespace hirex::sandbox {

void ApplicationEndpoints::registerRoutes(Router &, Services &) {}

} // namespace hirex::sandbox
