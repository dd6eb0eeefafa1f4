#pragma once

#include <QString>

namespace hirex::domain {

// Why a JSON document is not a valid domain object: where (a JSON path such as
// "items[3].stage_id") and what ("expected string"). Technical text for logs and bug
// reports; it names fields, never values, so it carries no personal data.
struct DecodeError {
    QString path;
    QString message;

    QString toString() const { return path.isEmpty() ? message : path + u": " + message; }
};

} // namespace hirex::domain
