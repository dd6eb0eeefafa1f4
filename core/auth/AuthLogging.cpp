#include "core/auth/AuthLogging.h"

Q_LOGGING_CATEGORY(lcAuth, "hirex.core.auth")
