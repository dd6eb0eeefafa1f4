#include "sandbox/AdminEndpoints.h"

#include "sandbox/Router.h"
#include "sandbox/Services.h"

namespace hirex::sandbox {

void AdminEndpoints::registerRoutes(Router &, Services &) {}

} // namespace hirex::sandbox
