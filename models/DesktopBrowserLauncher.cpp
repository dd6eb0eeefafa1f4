#include "models/DesktopBrowserLauncher.h"

#include <QDesktopServices>

namespace hirex::models {

bool DesktopBrowserLauncher::openUrl(const QUrl &url) {
    return QDesktopServices::openUrl(url);
}

} // namespace hirex::models
