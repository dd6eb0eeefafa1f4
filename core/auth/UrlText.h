#pragma once

#include <QString>

namespace hirex::auth {

// Issuer and resource URLs are compared as text without trailing slashes: "https://id.example/"
// and "https://id.example" name the same issuer (OIDC Discovery §4.3 compares exact strings,
// but providers differ in the slash they print).
inline QString withoutTrailingSlash(QString text) {
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

} // namespace hirex::auth
