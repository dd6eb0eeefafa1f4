#pragma once

#include <QFontMetrics>
#include <QStyledItemDelegate>

namespace hirex::ui {

// Paints one board card from StageCardsModel's roles: the name (or anonymised label), the AI
// match score as a chip marked "AI", a change badge, tag chips, days in stage in the SLA's
// colour, and the consent or retention warning. Colours come from the palette (light and dark
// themes), sizes from the font (high DPI); text is elided, never clipped. Every card has the
// same height, so a column of thousands lays out without measuring each one.
class CardDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit CardDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The colour of an SLA level (StageCardsModel::SlaLevel) on this palette.
    static QColor slaColor(int level, const QPalette &palette);
    static bool isDark(const QPalette &palette);
    // The days-in-stage text of the card's last line, beside `warning` within `width`: the long
    // form ("12d in stage"), or the short one ("12d") where both would not fit, since the
    // warning (consent, retention) matters more than the words "in stage".
    static QString daysInStageText(int days, const QString &warning, const QFontMetrics &metrics, int width);
    static constexpr int WarningGap = 12; // between the days and the warning
};

} // namespace hirex::ui
