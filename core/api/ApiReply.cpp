#include "core/api/ApiReply.h"

namespace hirex::api {

void ApiReply::abort() {
    if (m_finished || m_abortRequested)
        return;
    m_abortRequested = true;
    Q_EMIT abortRequested();
}

void ApiReply::finish(const ApiResponse &response, const ApiError &error) {
    if (m_finished)
        return;
    m_finished = true;
    m_response = response;
    m_error = error;
    Q_EMIT finished();
    deleteLater();
}

} // namespace hirex::api
