#pragma once

#include <QObject>

#include <functional>

namespace hirex::app {

// Watches the application's input events (keys, mouse, wheel, touch) and reports activity, so
// the idle auto-lock only counts time the user really was away.
class UserActivityFilter : public QObject {
    Q_OBJECT

public:
    explicit UserActivityFilter(std::function<void()> onActivity, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<void()> m_onActivity;
};

} // namespace hirex::app
