#include "ui/ClearButtonName.h"

#include <QAction>
#include <QEvent>
#include <QLineEdit>

namespace hirex::ui {

namespace {
// The object name Qt has given its clear action since Qt 5.2.
constexpr QLatin1StringView kClearAction{"_q_qlineeditclearaction"};
} // namespace

void ClearButtonName::apply(QLineEdit *edit) {
    new ClearButtonName(edit);
}

ClearButtonName::ClearButtonName(QLineEdit *edit)
    : QObject(edit)
    , m_edit(edit) {
    edit->installEventFilter(this);
    update();
}

bool ClearButtonName::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_edit && event->type() == QEvent::LanguageChange)
        update();
    return QObject::eventFilter(watched, event);
}

void ClearButtonName::update() {
    // The button shows the action's icon only; its text is what assistive technology reads.
    if (auto *action = m_edit->findChild<QAction *>(kClearAction)) {
        action->setText(tr("Clear text"));
        action->setToolTip(tr("Clear text"));
    }
}

} // namespace hirex::ui
