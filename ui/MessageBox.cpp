#include "ui/MessageBox.h"

#include <QAbstractButton>

namespace hirex::ui {

QMessageBox::StandardButton MessageBox::s_nextAnswer = QMessageBox::NoButton;
QString MessageBox::s_lastAnsweredTitle;

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer) {
    s_nextAnswer = answer;
    s_lastAnsweredTitle.clear();
}

QMessageBox::StandardButton MessageBox::takeNextAnswer() {
    const auto answer = s_nextAnswer;
    s_nextAnswer = QMessageBox::NoButton;
    return answer;
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton) {
    if (const auto answer = takeNextAnswer(); answer != QMessageBox::NoButton) {
        s_lastAnsweredTitle = title;
        return answer;
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton,
                                                 const QHash<QMessageBox::StandardButton, QString> &labels) {
    if (const auto answer = takeNextAnswer(); answer != QMessageBox::NoButton) {
        s_lastAnsweredTitle = title;
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (QAbstractButton *button = box.button(it.key()))
            button->setText(it.value());
    }
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

QMessageBox::StandardButton MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton) {
    if (const auto answer = takeNextAnswer(); answer != QMessageBox::NoButton) {
        s_lastAnsweredTitle = title;
        return answer;
    }
    return QMessageBox::warning(parent, title, text, buttons, defaultButton);
}

} // namespace hirex::ui
