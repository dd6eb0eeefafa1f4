#include "core/domain/ServiceStatus.h"

#include "core/domain/JsonReader.h"

namespace hirex::domain {

std::optional<ServiceComponent> ServiceComponent::fromJson(const QJsonObject &json, DecodeError *error,
                                                           const QString &path) {
    JsonReader r(json, path, error);
    ServiceComponent x;
    x.name = r.string("name");
    x.status = r.oneOf("status", {"ok", "degraded", "maintenance", "down"});
    if (!r.ok())
        return std::nullopt;
    return x;
}

std::optional<ServiceStatus> ServiceStatus::fromJson(const QJsonObject &json, DecodeError *error,
                                                     const QString &path) {
    JsonReader r(json, path, error);
    ServiceStatus x;
    x.status = r.oneOf("status", {"ok", "degraded", "maintenance"});
    x.version = r.string("version");
    x.time = r.timestamp("time");
    x.components = r.list<ServiceComponent>("components", &ServiceComponent::fromJson);
    if (!r.ok())
        return std::nullopt;
    return x;
}

} // namespace hirex::domain
