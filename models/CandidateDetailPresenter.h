#pragma once

#include "core/read/CandidateDetail.h"
#include "core/sync/EntityChanges.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace hirex::store {
class SqlCipherDatabase;
}
namespace hirex::read {
class CardFacts;
}

namespace hirex::models {

// One candidate as the small detail view shows them (Enter on a card, or a candidate chosen in
// the command palette): the name or the anonymised label, the current stage, tags, source, the
// AI match score marked as AI output, and what their consent and retention warn about. Reads
// read::CandidateDetail on the GUI's read connection and follows the worker's changes. Full
// candidate review is another screen.
class CandidateDetailPresenter : public QObject {
    Q_OBJECT

public:
    explicit CandidateDetailPresenter(QObject *parent = nullptr);
    ~CandidateDetailPresenter() override;

    // The GUI's read connection, or nullptr when the cache closes: what was shown is forgotten.
    void setDatabase(const store::SqlCipherDatabase *db);
    bool hasDatabase() const { return m_db != nullptr; }

    // False when the candidate is not cached (or on error: message() says why).
    bool load(const QString &candidateId);
    // Forgets the candidate (the view closed, the app locks).
    void clear();
    bool isLoaded() const { return m_details.has_value(); }
    QString candidateId() const { return m_details ? m_details->candidateId : QString(); }

    QString title() const;
    bool nameWithheld() const { return m_details && m_details->nameWithheld; }
    // "Backend engineer · Interview" for the newest application; more as "(+1 more application)".
    QString stageText() const;
    QStringList tags() const;
    QString sourceText() const;
    // "AI match score: 82" for the newest application with one, or empty.
    QString aiScoreText() const;
    // The label that goes with every AI score, and the server's disclaimer when it sent one.
    QString aiNotice() const;
    QStringList warnings() const;
    // Why load() failed, for the view.
    QString message() const { return m_message; }

    // The worker's changes: the shown candidate is read again when they concern it.
    void applyChanges(const sync::EntityChanges &changes);
    // The clock of the retention warning (tests fix it); invalid: the current time.
    void setNow(const QDateTime &now) { m_now = now; }

    static constexpr int RetentionWarningDays = 30;

Q_SIGNALS:
    // What is shown changed (loaded, reloaded, cleared, or the candidate is gone).
    void changed();

private:
    const read::AiMatchScore *latestScore() const;

    const store::SqlCipherDatabase *m_db = nullptr;
    std::unique_ptr<read::CandidateDetail> m_detail;
    std::unique_ptr<read::CardFacts> m_facts;
    std::optional<read::CandidateDetails> m_details;
    QDateTime m_retentionUntil;
    QDateTime m_now;
    QString m_message;
};

} // namespace hirex::models
