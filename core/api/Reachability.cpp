#include "core/api/Reachability.h"

#include "core/api/ApiError.h"

namespace hirex::api {

bool meansUnreachable(const ApiError &error) {
    using K = ApiError::Kind;
    switch (error.kind) {
    case K::Network:
    case K::Timeout:
    case K::Tls:
    case K::Unavailable:
    case K::Server:
    case K::RateLimited:
    case K::Cancelled:
        return true;
    default:
        return false;
    }
}

bool meansUnreachable(int httpStatus) {
    return httpStatus == 429 || (httpStatus >= 500 && httpStatus <= 599);
}

bool meansUnreachable(const UserMessage &error) {
    return error.code == u"network" || error.code == u"timeout" || error.code == u"server_unavailable";
}

} // namespace hirex::api
