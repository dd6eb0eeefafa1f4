#pragma once

#include <QObject>

class QLineEdit;

namespace hirex::ui {

// Gives a line edit's clear button (QLineEdit::setClearButtonEnabled) a name. Qt's button is an
// icon over an action without text, so a screen reader announces a nameless "button" as soon as
// the field has text. The name follows the language when it changes at run time.
class ClearButtonName : public QObject {
    Q_OBJECT
public:
    // After setClearButtonEnabled(true) on `edit`; the name lives as long as the field.
    static void apply(QLineEdit *edit);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ClearButtonName(QLineEdit *edit);
    void update();

    QLineEdit *m_edit;
};

} // namespace hirex::ui
