#pragma once

#include <QLoggingCategory>

// The one logging category of core/auth. Log ids, counts, durations and error codes here;
// never tokens, authorization codes, PKCE verifiers, state values or email addresses.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
