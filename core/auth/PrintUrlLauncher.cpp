#include "core/auth/PrintUrlLauncher.h"

namespace hirex::auth {

PrintUrlLauncher::PrintUrlLauncher(std::FILE *stream)
    : m_stream(stream) {}

bool PrintUrlLauncher::openUrl(const QUrl &url) {
    if (!m_stream || !url.isValid())
        return false;
    const QByteArray text = tr("Open this address in a browser on this computer to sign in:").toLocal8Bit() +
                            "\n\n  " + url.toEncoded(QUrl::FullyEncoded) + "\n\n" +
                            tr("Waiting for the browser to finish signing in…").toLocal8Bit() + "\n";
    const bool ok = std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), m_stream) ==
                    static_cast<size_t>(text.size());
    std::fflush(m_stream);
    return ok;
}

} // namespace hirex::auth
