// libFuzzer target: the RFC 9457 problem+json parser and its mapping to ApiError. The first
// byte picks an HTTP status (400..655), the rest is the body.
#include "core/api/ProblemDetails.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1)
        return 0;
    const int status = 400 + data[0];
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    hirex::domain::DecodeError error;
    const auto problem = hirex::api::ProblemDetails::parse(body, &error);
    if (!problem) {
        if (error.message.isEmpty())
            std::abort();
        return 0;
    }
    const hirex::api::ApiError e = problem->toApiError(status);
    if (!e.isError() || e.message.isEmpty() || e.code.isEmpty())
        std::abort(); // every HTTP error maps to a typed error with a message
    return 0;
}
