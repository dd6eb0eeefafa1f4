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
    // search or a filter narrows the column to that many cards; Counting: narrowed, and the
    // count is still to come.
    static constexpr int Counting = -2;
    void setHeader(const QString &stageName, int count, const QString &accessibleText, int shown = -1);
    QListView *view() const { return m_view; }
    QLabel *header() const { return m_header; }
    models::StageCardsModel *cards() const { return m_cards; }

protected:
    void changeEvent(QEvent *event) override;

private:
    // The header and the list's accessible name from the last setHeader(), in the current language.
    void retranslateUi();

    models::StageCardsModel *m_cards;
    QString m_stageName;
    int m_count = 0;
    QString m_accessibleText;
    int m_shown = -1;
    QLabel *m_header;
    QListView *m_view;
};

} // namespace hirex::ui
