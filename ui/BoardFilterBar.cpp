#include "ui/BoardFilterBar.h"

#include "ui/ClearButtonName.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>

namespace hirex::ui {

namespace {
// A spin box at this value shows "Any" and filters nothing.
constexpr int AnyValue = -1;
} // namespace

BoardFilterBar::BoardFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_tag(new QLineEdit(this))
    , m_source(new QComboBox(this))
    , m_minScore(anySpinBox(100))
    , m_minDays(anySpinBox(999))
    , m_maxDays(anySpinBox(999))
    , m_clear(new QPushButton(this)) {
    m_tag->setClearButtonEnabled(true);
    ClearButtonName::apply(m_tag);
    m_tag->setCompleter(new QCompleter(new QStringListModel(m_tag), m_tag));
    m_tag->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_source->addItem(QString(), QString()); // "Any source", from retranslateUi()

    const auto label = [this](QWidget *buddy) {
        auto *l = new QLabel(this);
        l->setBuddy(buddy);
        return l;
    };
    m_tagLabel = label(m_tag);
    m_sourceLabel = label(m_source);
    m_scoreLabel = label(m_minScore);
    m_daysLabel = label(m_minDays);
    m_toLabel = label(m_maxDays);
    retranslateUi();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tagLabel);
    layout->addWidget(m_tag);
    layout->addSpacing(8);
    layout->addWidget(m_sourceLabel);
    layout->addWidget(m_source);
    layout->addSpacing(8);
    layout->addWidget(m_scoreLabel);
    layout->addWidget(m_minScore);
    layout->addSpacing(8);
    layout->addWidget(m_daysLabel);
    layout->addWidget(m_minDays);
    layout->addWidget(m_toLabel);
    layout->addWidget(m_maxDays);
    layout->addStretch(1);
    layout->addWidget(m_clear);

    const auto changed = [this] {
        Q_EMIT filterChanged(filter());
    };
    connect(m_tag, &QLineEdit::textChanged, this, changed);
    connect(m_source, &QComboBox::currentIndexChanged, this, changed);
    for (QSpinBox *spin : {m_minScore, m_minDays, m_maxDays})
        connect(spin, &QSpinBox::valueChanged, this, changed);
    connect(m_clear, &QPushButton::clicked, this, &BoardFilterBar::clear);
}

QSpinBox *BoardFilterBar::anySpinBox(int maximum) {
    auto *spin = new QSpinBox(this);
    spin->setRange(AnyValue, maximum);
    spin->setValue(AnyValue);
    spin->setAccelerated(true);
    return spin;
}

void BoardFilterBar::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BoardFilterBar::retranslateUi() {
    m_tag->setPlaceholderText(tr("Any tag"));
    m_tag->setAccessibleName(tr("Tag"));
    m_source->setItemText(0, tr("Any source"));
    m_source->setAccessibleName(tr("Source"));
    for (QSpinBox *spin : {m_minScore, m_minDays, m_maxDays})
        spin->setSpecialValueText(tr("Any"));
    m_minDays->setSuffix(tr(" d"));
    m_maxDays->setSuffix(tr(" d"));
    m_minScore->setAccessibleName(tr("Lowest AI match score"));
    m_minDays->setAccessibleName(tr("At least this many days in stage"));
    m_maxDays->setAccessibleName(tr("At most this many days in stage"));
    m_clear->setText(tr("C&lear filters"));
    m_tagLabel->setText(tr("&Tag:"));
    m_sourceLabel->setText(tr("So&urce:"));
    m_scoreLabel->setText(tr("AI score ≥"));
    m_daysLabel->setText(tr("Days in stage:"));
    m_toLabel->setText(tr("to"));
}

models::CardFilter BoardFilterBar::filter() const {
    models::CardFilter f;
    f.tag = m_tag->text().trimmed();
    f.source = m_source->currentData().toString();
    if (m_minScore->value() != AnyValue)
        f.minScore = m_minScore->value();
    if (m_minDays->value() != AnyValue)
        f.minDays = m_minDays->value();
    if (m_maxDays->value() != AnyValue)
        f.maxDays = m_maxDays->value();
    return f;
}

void BoardFilterBar::setChoices(const QStringList &sources, const QStringList &tags) {
    static_cast<QStringListModel *>(m_tag->completer()->model())->setStringList(tags);
    const QString current = m_source->currentData().toString();
    const QSignalBlocker blocker(m_source);
    while (m_source->count() > 1)
        m_source->removeItem(1);
    for (const QString &source : sources)
        m_source->addItem(source, source);
    const int at = m_source->findData(current);
    if (at >= 0) {
        m_source->setCurrentIndex(at);
    } else if (!current.isEmpty()) {
        // A source that is gone from the cache is still what the user chose.
        m_source->addItem(current, current);
        m_source->setCurrentIndex(m_source->count() - 1);
    }
}

void BoardFilterBar::clear() {
    {
        const QSignalBlocker b1(m_tag), b2(m_source), b3(m_minScore), b4(m_minDays), b5(m_maxDays);
        m_tag->clear();
        m_source->setCurrentIndex(0);
        m_minScore->setValue(AnyValue);
        m_minDays->setValue(AnyValue);
        m_maxDays->setValue(AnyValue);
    }
    Q_EMIT filterChanged(filter());
}

} // namespace hirex::ui
