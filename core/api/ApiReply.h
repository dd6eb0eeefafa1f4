#pragma once

#include "core/api/ApiError.h"
#include "core/api/ApiRequest.h"

#include <QObject>

namespace hirex::api {

// The handle of one logical API call (all its retries). ApiClient owns it and deletes it
// (deleteLater) after finished() has been emitted; callers may abort() it any time before.
// The typed ApiClient methods also take a callback, called right before finished().
class ApiReply : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }
    const ApiResponse &response() const { return m_response; }

    // Stops the call: the current request is aborted, no retry follows, and finished()
    // reports kind Cancelled (unless it had finished already).
    void abort();

Q_SIGNALS:
    void finished();
    // Internal: ApiClient listens to stop its network request.
    void abortRequested();

private:
    friend class ApiClient;
    void finish(const ApiResponse &response, const ApiError &error);

    bool m_finished = false;
    bool m_abortRequested = false;
    ApiError m_error;
    ApiResponse m_response;
};

} // namespace hirex::api
