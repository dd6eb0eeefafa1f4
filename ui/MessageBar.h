#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace hirex::ui {

// An in-window message above a page, in the manner of KDE's KMessageWidget: calm, non-modal,
// with an optional "Details…" action and a close button. It takes no focus when it appears (the
// user keeps working), and it tells assistive technology with an alert event and an accessible
// name that carries the text.
class MessageBar : public QFrame {
    Q_OBJECT

public:
    explicit MessageBar(QWidget *parent = nullptr);

    // Shows `text` (plain text, never markup), replacing an earlier message.
    void showMessage(const QString &text);
    QString text() const;

    QLabel *label() const { return m_text; }
    QPushButton *detailsButton() const { return m_details; }
    QToolButton *closeButton() const { return m_close; }

Q_SIGNALS:
    void detailsRequested();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_details;
    QToolButton *m_close;
};

} // namespace hirex::ui
