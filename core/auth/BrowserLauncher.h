#pragma once

#include <QUrl>

namespace hirex::auth {

// The seam through which the sign-in flow shows the authorization page to the user. The
// desktop app opens the system browser (models/DesktopBrowserLauncher), hirexctl prints the
// address (PrintUrlLauncher), tests drive the login page over HTTP.
class BrowserLauncher {
public:
    BrowserLauncher() = default;
    virtual ~BrowserLauncher() = default;
    BrowserLauncher(const BrowserLauncher &) = delete;
    BrowserLauncher &operator=(const BrowserLauncher &) = delete;

    // Shows `url` to the user. False if it could not even be attempted (no browser); the flow
    // then fails instead of waiting for a callback that cannot come.
    virtual bool openUrl(const QUrl &url) = 0;
};

} // namespace hirex::auth
