#include "app/desktop/UserActivityFilter.h"

#include <QEvent>

namespace hirex::app {

UserActivityFilter::UserActivityFilter(std::function<void()> onActivity, QObject *parent)
    : QObject(parent)
    , m_onActivity(std::move(onActivity)) {}

bool UserActivityFilter::eventFilter(QObject *watched, QEvent *event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        m_onActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace hirex::app
