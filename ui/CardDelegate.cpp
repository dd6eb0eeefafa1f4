#include "ui/CardDelegate.h"

#include "models/StageCardsModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace hirex::ui {

namespace {

using Card = models::StageCardsModel;

// Layout in device-independent pixels; Qt scales them on high-DPI screens.
constexpr int OuterX = 6;
constexpr int OuterY = 4;
constexpr int Padding = 10;
constexpr int Strip = 4;
constexpr int LineGap = 5;
constexpr int ChipPadX = 6;
constexpr int ChipPadY = 2;
constexpr int ChipGap = 4;
constexpr qreal Radius = 6.0;

QFont smallFont(const QFont &base) {
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.86);
    return f;
}

QFont boldFont(const QFont &base) {
    QFont f = base;
    f.setBold(true);
    return f;
}

QColor mix(const QColor &a, const QColor &b, qreal t) {
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

// A rounded chip with text; returns its width.
int drawChip(QPainter *p, const QRect &at, const QString &text, const QFont &font, const QColor &fill,
             const QColor &textColor, const QColor &border = QColor()) {
    const QFontMetrics fm(font);
    const QRect chip(at.left(), at.top(), fm.horizontalAdvance(text) + 2 * ChipPadX,
                     fm.height() + 2 * ChipPadY);
    p->save();
    p->setPen(border.isValid() ? QPen(border, 1) : Qt::NoPen);
    p->setBrush(fill);
    p->drawRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), chip.height() / 2.0, chip.height() / 2.0);
    p->setFont(font);
    p->setPen(textColor);
    p->drawText(chip, Qt::AlignCenter, text);
    p->restore();
    return chip.width();
}

int chipHeight(const QFont &font) {
    return QFontMetrics(font).height() + 2 * ChipPadY;
}

} // namespace

CardDelegate::CardDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {}

bool CardDelegate::isDark(const QPalette &palette) {
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor CardDelegate::slaColor(int level, const QPalette &palette) {
    const bool dark = isDark(palette);
    switch (static_cast<Card::SlaLevel>(level)) {
    case Card::SlaLevel::Overdue:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc9, 0x2a, 0x2a);
    case Card::SlaLevel::DueSoon:
        return dark ? QColor(0xf0, 0xb4, 0x29) : QColor(0x9a, 0x5b, 0x00); // 5.4:1 on white
    case Card::SlaLevel::OnTrack:
        return dark ? QColor(0x51, 0xcf, 0x66) : QColor(0x2b, 0x7a, 0x38); // 5.3:1 on white
    case Card::SlaLevel::None:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

// German and Turkish warnings run long: on a narrow card the days go short before the warning
// is cut.
QString CardDelegate::daysInStageText(int days, const QString &warning, const QFontMetrics &metrics,
                                      int width) {
    if (days < 0)
        return {};
    const QString full = tr("%1d in stage").arg(days);
    if (warning.isEmpty() ||
        metrics.horizontalAdvance(full) + WarningGap + metrics.horizontalAdvance(warning) <= width)
        return full;
    return tr("%1d", "days in stage, on a card too narrow for the long form").arg(days);
}

QSize CardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const {
    const QFont small = smallFont(option.font);
    const int height = 2 * OuterY + 2 * Padding + QFontMetrics(boldFont(option.font)).height() + LineGap +
                       chipHeight(small) + LineGap + QFontMetrics(small).height();
    return {240, height};
}

void CardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const {
    const QPalette &pal = option.palette;
    const bool dark = isDark(pal);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool current = option.state.testFlag(QStyle::State_HasFocus);
    const QColor text = pal.color(QPalette::Text);
    const QColor muted = pal.color(QPalette::PlaceholderText);
    const QColor highlight = pal.color(QPalette::Highlight);
    const QFont bold = boldFont(option.font);
    const QFont small = smallFont(option.font);
    const QFontMetrics fmBold(bold);
    const QFontMetrics fmSmall(small);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);

    // The card.
    const QRect card = option.rect.adjusted(OuterX, OuterY, -OuterX, -OuterY);
    QColor fill = pal.color(QPalette::Base);
    if (selected)
        fill = mix(fill, highlight, dark ? 0.30 : 0.16);
    QColor border = mix(pal.color(QPalette::Base), text, dark ? 0.22 : 0.16);
    if (selected || current)
        border = highlight;
    QPainterPath shape;
    shape.addRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), Radius, Radius);
    painter->setPen(QPen(border, current ? 2 : 1));
    painter->setBrush(fill);
    painter->drawPath(shape);
    if (current) {
        // The keyboard's card: a ring in the highlight colour around it, so it stands apart
        // from cards that are only selected.
        painter->save();
        painter->setPen(QPen(highlight, 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(card).adjusted(-3, -3, 3, 3), Radius + 2, Radius + 2);
        painter->restore();
    }

    // The SLA strip on the left edge, clipped to the card's rounded shape.
    const int sla = index.data(Card::SlaLevelRole).toInt();
    const QColor slaTint = slaColor(sla, pal);
    if (static_cast<Card::SlaLevel>(sla) != Card::SlaLevel::None) {
        painter->save();
        painter->setClipPath(shape);
        painter->fillRect(QRect(card.left(), card.top(), Strip, card.height()), slaTint);
        painter->restore();
    }

    const QRect content = card.adjusted(Padding + Strip / 2, Padding, -Padding, -Padding);
    int y = content.top();

    // Line 1: name on the left; badge and AI chip on the right.
    int right = content.right() + 1;
    const QVariant score = index.data(Card::MatchScoreRole);
    const int nameHeight = fmBold.height();
    const int chipTop = y + (nameHeight - chipHeight(small)) / 2;
    if (score.isValid()) {
        const QString chipText = tr("AI %1").arg(score.toInt());
        const int w = fmSmall.horizontalAdvance(chipText) + 2 * ChipPadX;
        right -= w;
        drawChip(painter, QRect(right, chipTop, w, 0), chipText, small,
                 mix(fill, highlight, dark ? 0.35 : 0.14), text, mix(fill, highlight, 0.55));
        right -= ChipGap;
    }
    QString badgeText;
    QColor badgeColor;
    switch (static_cast<Card::Badge>(index.data(Card::BadgeRole).toInt())) {
    case Card::Badge::Pending:
        badgeText = tr("Pending");
        badgeColor = muted;
        break;
    case Card::Badge::Failed:
        badgeText = tr("Refused");
        badgeColor = slaColor(int(Card::SlaLevel::Overdue), pal);
        break;
    case Card::Badge::Conflict:
        badgeText = tr("Conflict");
        badgeColor = slaColor(int(Card::SlaLevel::Overdue), pal);
        break;
    case Card::Badge::None:
        break;
    }
    if (!badgeText.isEmpty()) {
        const int w = fmSmall.horizontalAdvance(badgeText) + 2 * ChipPadX;
        right -= w;
        drawChip(painter, QRect(right, chipTop, w, 0), badgeText, small, fill, badgeColor, badgeColor);
        right -= ChipGap;
    }
    const bool withheld = index.data(Card::NameWithheldRole).toBool();
    QFont nameFont = bold;
    nameFont.setItalic(withheld);
    painter->setFont(nameFont);
    painter->setPen(withheld ? muted : text);
    const QRect nameRect(content.left(), y, right - content.left() - 2, nameHeight);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      // An anonymised label keeps its reference, at the end, in view.
                      QFontMetrics(nameFont).elidedText(index.data().toString(),
                                                        withheld ? Qt::ElideMiddle : Qt::ElideRight,
                                                        nameRect.width()));
    y += nameHeight + LineGap;

    // Line 2: tags as chips, "+N" for those that do not fit.
    const QStringList tags = index.data(Card::TagsRole).toStringList();
    const QColor tagFill = mix(fill, text, dark ? 0.14 : 0.07);
    const int limit = content.right() + 1;
    if (tags.isEmpty()) {
        // No tags: where the candidate came from fills the line instead.
        const QString source = index.data(Card::SourceRole).toString();
        if (!source.isEmpty()) {
            painter->setFont(small);
            painter->setPen(muted);
            const QRect line(content.left(), y, content.width(), chipHeight(small));
            painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                              fmSmall.elidedText(tr("Source: %1").arg(source), Qt::ElideRight, line.width()));
        }
    }
    const auto chipWidth = [&](const QString &t) {
        return fmSmall.horizontalAdvance(t) + 2 * ChipPadX;
    };
    int x = content.left();
    for (int i = 0; i < tags.size(); ++i) {
        // Room for this tag, and for "+N" naming the ones after it.
        const int after = static_cast<int>(tags.size()) - i - 1;
        const int reserve = after > 0 ? ChipGap + chipWidth(tr("+%1").arg(after)) : 0;
        if (x + chipWidth(tags.at(i)) + reserve <= limit) {
            x += drawChip(painter, QRect(x, y, 0, 0), tags.at(i), small, tagFill, text) + ChipGap;
            continue;
        }
        if (i == 0) {
            // The first tag always shows, elided if it must be.
            const int room = std::max(0, limit - x - reserve - 2 * ChipPadX);
            x += drawChip(painter, QRect(x, y, 0, 0), fmSmall.elidedText(tags.at(i), Qt::ElideRight, room),
                          small, tagFill, text) +
                 ChipGap;
            if (after > 0)
                drawChip(painter, QRect(x, y, 0, 0), tr("+%1").arg(after), small, tagFill, muted);
        } else {
            drawChip(painter, QRect(x, y, 0, 0), tr("+%1").arg(after + 1), small, tagFill, muted);
        }
        break;
    }
    y += chipHeight(small) + LineGap;

    // Line 3: days in stage (SLA colour) on the left, the warning on the right.
    painter->setFont(small);
    const int days = index.data(Card::DaysInStageRole).toInt();
    const QString warning = index.data(Card::WarningRole).toString();
    const QString warningText = warning.isEmpty() ? QString() : QStringLiteral("⚠ ") + warning;
    const QString daysText = daysInStageText(days, warningText, fmSmall, content.width());
    const int daysWidth = fmSmall.horizontalAdvance(daysText);
    painter->setPen(static_cast<Card::SlaLevel>(sla) == Card::SlaLevel::None ? muted : slaTint);
    painter->drawText(QRect(content.left(), y, daysWidth, fmSmall.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      daysText);
    if (!warningText.isEmpty()) {
        const QRect warnRect(content.left() + daysWidth + WarningGap, y,
                             content.width() - daysWidth - WarningGap, fmSmall.height());
        painter->setPen(slaColor(int(Card::SlaLevel::DueSoon), pal));
        painter->drawText(warnRect, Qt::AlignRight | Qt::AlignVCenter,
                          fmSmall.elidedText(warningText, Qt::ElideRight, warnRect.width()));
    }
    painter->restore();
}

} // namespace hirex::ui
