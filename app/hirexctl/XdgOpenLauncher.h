#pragma once

#include "core/auth/PrintUrlLauncher.h"

namespace hirex::ctl {

// `hirexctl login` without --no-browser: hands the address to xdg-open (hirexctl links no Qt
// Gui, so QDesktopServices is not available) and also prints it, for machines without a
// desktop session.
class XdgOpenLauncher : public auth::PrintUrlLauncher {
public:
    using PrintUrlLauncher::PrintUrlLauncher;
    bool openUrl(const QUrl &url) override;
};

} // namespace hirex::ctl
