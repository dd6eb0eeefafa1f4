#pragma once

#include "core/read/OutboxIssues.h"
#include "core/sync/EntityChanges.h"

#include <QAbstractListModel>
#include <QPointer>

#include <memory>

namespace hirex::store {
class SqlCipherDatabase;
}
namespace hirex::sync {
class SyncWorker;
}

namespace hirex::models {

// The outbox's open conflicts and refused changes as a list the conflicts dialog shows, each in
// words: whom it is about (the candidate, or the anonymised label), the change ("Move to
// Offer"), when, and for a conflict both versions field by field (mine and the server's), for a
// refused change the server's reason and that it was undone. Conflicts come first.
//
// Actions (Keep Mine, Take Theirs, for one or all; Dismiss for a refused change) go to the sync
// worker asynchronously; the list follows the worker's outboxChanged()/conflictDetected() and
// the change signals (applyChanges), updating rows in place (no reset, so a view keeps its
// selection). A refused change announced by the worker also comes out as changeRefused() with
// a sentence for the window's message bar.
//
// Inputs: the GUI's read connection (setDatabase; null before it closes: the list empties and
// every statement is finalised) and the worker (setWorker). No widgets.
class ConflictsPresenter : public QAbstractListModel {
    Q_OBJECT

public:
    enum class Kind { Conflict, Refused };
    Q_ENUM(Kind)
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind
        IssueIdRole,                 // the conflict's id, or the refused change's outbox seq
        SubjectRole,                 // "Lena Schäfer"
        ChangeRole,                  // "Move to Offer"
        WhenRole,                    // QDateTime (UTC)
    };
    // One row of the side-by-side comparison.
    struct Field {
        QString label;  // "Stage"
        QString mine;   // "Offer"
        QString theirs; // "Technical interview"
        bool differs = false;
    };

    explicit ConflictsPresenter(QObject *parent = nullptr);
    ~ConflictsPresenter() override;

    // The GUI's read connection to the cache, or null before it closes. Not owned.
    void setDatabase(const store::SqlCipherDatabase *db);
    // The worker of the current profile, or null. Not owned.
    void setWorker(sync::SyncWorker *worker);
    // The worker's coalesced changes: names and stages shown, entities newly refused.
    void applyChanges(const sync::EntityChanges &changes);
    // Reads the list again (keeps rows that stay, in place).
    void refresh();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int conflictCount() const { return m_conflicts; }
    int refusedCount() const { return static_cast<int>(m_rows.size()) - m_conflicts; }
    Kind kindAt(int row) const;
    qint64 issueIdAt(int row) const;
    int rowOf(Kind kind, qint64 id) const;
    QString subjectAt(int row) const;
    QString changeAt(int row) const;
    QString whenTextAt(int row) const;
    // What happened and what the choices do (conflict), or why the server refused it and that
    // it was undone (refused).
    QString explanationAt(int row) const;
    // Conflict: the two versions field by field; empty for a refused change.
    QList<Field> fieldsAt(int row) const;
    // Whether the server's version is known (else "take theirs" restores the version before the
    // change).
    bool hasServerVersion(int row) const;

    // Actions, through the worker; actionFailed() on an error.
    void keepMine(int row);
    void takeTheirs(int row);
    void keepMineForAll();
    void takeTheirsForAll();
    void dismiss(int row);
    bool isBusy() const { return m_running > 0; }

    // The sentence for the message bar: "Moving Lena Schäfer to Offer was refused. <reason> The
    // card is back in Interview." Empty when the change is not (or no longer) refused.
    QString refusalMessage(qint64 seq);

Q_SIGNALS:
    void countsChanged();
    void busyChanged(bool busy);
    void actionFailed(const QString &message);
    void changeRefused(qint64 seq, const QString &message);

private:
    struct Row {
        read::OutboxIssue issue;
        QString subject;
        QString change;
        QString targetStage;  // a move's target stage, by name
        QString currentStage; // the row's stage now, by name
        QHash<QString, QString> stageNames;
    };
    Row rowFrom(const read::OutboxIssue &issue);
    void setRows(QList<Row> rows);
    void resolve(const QList<qint64> &conflictIds, bool keepMine);
    void started();
    void finished(const QString &error);
    QString describeValue(const Row &row, const QString &key, const QJsonValue &value) const;
    QString stageName(const QString &stageId);

    const store::SqlCipherDatabase *m_db = nullptr;
    std::unique_ptr<read::OutboxIssues> m_issues;
    QPointer<sync::SyncWorker> m_worker;
    QList<QMetaObject::Connection> m_workerConnections;
    QList<Row> m_rows;
    int m_conflicts = 0;
    int m_running = 0;
};

} // namespace hirex::models
