#pragma once

#include "core/auth/BrowserLauncher.h"

namespace hirex::models {

// Opens the authorization page in the user's default browser (QDesktopServices, which on Linux
// goes through xdg-open and so honours $BROWSER). The app never renders the login page itself:
// SSO, passwords and 2FA stay between the user, the browser and the identity provider.
class DesktopBrowserLauncher : public auth::BrowserLauncher {
public:
    bool openUrl(const QUrl &url) override;
};

} // namespace hirex::models
