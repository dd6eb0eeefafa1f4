#pragma once

#include "core/auth/BrowserLauncher.h"

#include <QCoreApplication>

#include <cstdio>

namespace hirex::auth {

// For `hirexctl login --no-browser`: prints the authorization address so the user can open it
// in any browser on this machine (the redirect goes to 127.0.0.1, so it must be this machine).
class PrintUrlLauncher : public BrowserLauncher {
    Q_DECLARE_TR_FUNCTIONS(hirex::auth::PrintUrlLauncher)

public:
    explicit PrintUrlLauncher(std::FILE *stream = stderr);

    bool openUrl(const QUrl &url) override;

private:
    std::FILE *m_stream;
};

} // namespace hirex::auth
