#pragma once

#include <QHash>
#include <QMessageBox>

namespace hirex::ui {

// Every confirmation and error dialog of the app goes through here, so GUI tests can answer
// them in advance (setNextAnswer) instead of blocking on a modal window.
class MessageBox {
public:
    // The button the next dialog "clicks" without showing; NoButton shows dialogs again.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The title of the last dialog answered through setNextAnswer, so a test sees which one came.
    static QString lastAnsweredTitle() { return s_lastAnsweredTitle; }

    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    // As above, with some buttons named for what they do ("Wait and Sign Out" beats "Retry").
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton,
                                                const QHash<QMessageBox::StandardButton, QString> &labels);
    static QMessageBox::StandardButton
    warning(QWidget *parent, const QString &title, const QString &text,
            QMessageBox::StandardButtons buttons = QMessageBox::Ok,
            QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);

private:
    static QMessageBox::StandardButton takeNextAnswer();
    static QMessageBox::StandardButton s_nextAnswer;
    static QString s_lastAnsweredTitle;
};

} // namespace hirex::ui
