#include "sandbox/AdminPolicyEndpoints.h"

#include "sandbox/Router.h"
#include "sandbox/Services.h"

namespace hirex::sandbox {

void AdminPolicyEndpoints::registerRoutes(Router &, Services &) {}

} // namespace hirex::sandbox
