#pragma once

#include <QLoggingCategory>

// One category per sandbox module; never log names, emails, tokens or CV text.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
Q_DECLARE_LOGGING_CATEGORY(lcSandboxHttp)
Q_DECLARE_LOGGING_CATEGORY(lcSandboxDb)
Q_DECLARE_LOGGING_CATEGORY(lcSandboxAuth)
Q_DECLARE_LOGGING_CATEGORY(lcSandboxSeed)
