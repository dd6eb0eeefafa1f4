#pragma once

#include "core/api/ApiClient.h"
#include "core/api/TransportPolicy.h"
#include "core/domain/Device.h"
#include "tests/support/SandboxLogin.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestTokenProvider.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>
#include <optional>

namespace hirex::test {

// One signed-in user of the sandbox with a client of their own over HTTPS (sandbox CA only),
// for the Admin tests: registers a device the way the app does at sign-in (POST /v1/devices)
// and reads the device list the way an admin's second screen would.
struct SandboxUser {
    std::unique_ptr<TestTokenProvider> tokens;
    std::unique_ptr<api::ApiClient> client;

    static std::optional<SandboxUser> signIn(SandboxProcess &sandbox, SandboxLogin &login,
                                             const QString &role) {
        const auto t = login.signInAs(role);
        if (!t)
            return std::nullopt;
        api::TransportSettings settings;
        settings.caFile = sandbox.caFile();
        const auto policy = api::TransportPolicy::create(settings, nullptr);
        if (!policy)
            return std::nullopt;
        SandboxUser u;
        u.tokens = std::make_unique<TestTokenProvider>(t->accessToken);
        u.client = std::make_unique<api::ApiClient>(sandbox.baseUrl(), *policy, u.tokens.get());
        return u;
    }

    // Registers a device named `name`; with `asOwn` the client then sends it as X-Hirex-Device.
    std::optional<domain::Device> registerDevice(const QString &name, bool asOwn) {
        std::optional<api::ApiResponse> response;
        api::ApiError error;
        const QJsonObject body{{QStringLiteral("name"), name},
                               {QStringLiteral("platform"), QStringLiteral("linux")},
                               {QStringLiteral("app_version"), QStringLiteral("0.9.0")}};
        client->request("POST", QStringLiteral("/v1/devices"), QJsonDocument(body).toJson(), {},
                        [&](const api::ApiResponse &r, const api::ApiError &e) {
                            response = r;
                            error = e;
                        });
        if (!QTest::qWaitFor([&] { return response.has_value(); }, 30000) || error.isError())
            return std::nullopt;
        auto device = domain::Device::fromJson(response->json, nullptr);
        if (device && asOwn)
            tokens->setDeviceId(device->id);
        return device;
    }

    // The server's current version of one device, read from the full list.
    std::optional<domain::Device> serverDevice(const QString &id) {
        QString cursor;
        for (int page = 0; page < 100; ++page) {
            std::optional<api::ApiResult<domain::Page<domain::Device>>> result;
            client->adminDevices(cursor, 200, [&](const auto &r) { result = r; });
            if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000) || !result->ok())
                return std::nullopt;
            for (const domain::Device &d : result->value->items) {
                if (d.id == id)
                    return d;
            }
            if (!result->value->hasMore())
                return std::nullopt;
            cursor = *result->value->nextCursor;
        }
        return std::nullopt;
    }
};

} // namespace hirex::test
