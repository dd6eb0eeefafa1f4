#pragma once

#include <QFrame>

class QLabel;
class QListView;

namespace hirex::models {
class StageCardsModel;
}

namespace hirex::ui {

class CardDelegate;

// One stage of the board: a header "Stage · count" and the stage's cards in a list view painted
// by CardDelegate. The list's accessible name carries the stage and its count.
class BoardColumn : public QFrame {
    Q_OBJECT

public:
    BoardColumn(models::StageCardsModel *cards, CardDelegate *delegate, QWidget *parent = nullptr);

    // `accessibleText` is StageColumnsModel's "Screening, 12 candidates". `shown` >= 0: the
    // search or a filter narrows the column to that many cards.
    void setHeader(const QString &stageName, int count, const QString &accessibleText, int shown = -1);
    QListView *view() const { return m_view; }
    QLabel *header() const { return m_header; }
    models::StageCardsModel *cards() const { return m_cards; }

private:
    models::StageCardsModel *m_cards;
    QLabel *m_header;
    QListView *m_view;
};

} // namespace hirex::ui
