#include "app/hirexctl/XdgOpenLauncher.h"

#include <QProcess>
#include <QStandardPaths>

namespace hirex::ctl {

bool XdgOpenLauncher::openUrl(const QUrl &url) {
    const bool printed = PrintUrlLauncher::openUrl(url);
    const QString opener = QStandardPaths::findExecutable(QStringLiteral("xdg-open"));
    if (!opener.isEmpty())
        QProcess::startDetached(opener, {url.toString(QUrl::FullyEncoded)});
    return printed;
}

} // namespace hirex::ctl
