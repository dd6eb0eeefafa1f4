#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace hirex::ui {

// Shown while the encrypted cache is locked (idle auto-lock or the Lock command): nothing of
// the working set is on screen or in memory until the user unlocks.
class LockedPage : public QWidget {
    Q_OBJECT

public:
    explicit LockedPage(QWidget *parent = nullptr);

    void setMessage(const QString &text);
    void setBusy(bool busy);

Q_SIGNALS:
    void unlockRequested();

private:
    QLabel *m_message;
    QPushButton *m_unlockButton;
};

} // namespace hirex::ui
