#pragma once

#include "models/CardFilter.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace hirex::ui {

// The board's filters in one row: tag, source, lowest AI match score, and days in stage (at
// least, at most). Every change applies at once; "Any" (or an empty tag) filters nothing.
class BoardFilterBar : public QWidget {
    Q_OBJECT

public:
    explicit BoardFilterBar(QWidget *parent = nullptr);

    models::CardFilter filter() const;
    // The choices offered (the cache's sources, the board's tags); the current ones stay.
    void setChoices(const QStringList &sources, const QStringList &tags);
    void clear();

    QLineEdit *tagField() const { return m_tag; }
    QComboBox *sourcePicker() const { return m_source; }
    QSpinBox *minScoreField() const { return m_minScore; }
    QSpinBox *minDaysField() const { return m_minDays; }
    QSpinBox *maxDaysField() const { return m_maxDays; }

Q_SIGNALS:
    void filterChanged(const hirex::models::CardFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    QSpinBox *anySpinBox(int maximum);
    // Labels, placeholders, "Any", suffixes and accessible names in the current language.
    void retranslateUi();

    QLineEdit *m_tag;
    QComboBox *m_source;
    QSpinBox *m_minScore;
    QSpinBox *m_minDays;
    QSpinBox *m_maxDays;
    QPushButton *m_clear;
    QLabel *m_tagLabel;
    QLabel *m_sourceLabel;
    QLabel *m_scoreLabel;
    QLabel *m_daysLabel;
    QLabel *m_toLabel;
};

} // namespace hirex::ui
