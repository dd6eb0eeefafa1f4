#pragma once

#include "core/domain/Job.h"
#include "core/sync/EntityChanges.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>

#include <memory>

namespace hirex::store {
class SqlCipherDatabase;
}
namespace hirex::read {
class CandidateSearch;
}

namespace hirex::models {

// One thing the command palette can reach. Commands (the window's actions, the sidebar's
// sections) come from the view; jobs and candidates from the cache.
struct PaletteEntry {
    enum class Kind { Action, Section, Job, Candidate };
    Kind kind = Kind::Action;
    QString id;     // the view's key of an action or section; a job or candidate id
    QString title;  // what is matched and shown
    QString detail; // shown right-aligned: a shortcut, a department, "Candidate"
};

// The command palette without a window: the entries, what a person typed, and the ranked
// results. Matching is by word prefix first, then substring, then a fuzzy subsequence (each
// typed letter in order, word starts preferred), case- and accent-insensitive. Candidates come
// from the local full-text search (FTS prefix query, at most CandidateLimit hits), so a query
// costs the same for 100,000 candidates as for 100. GUI-free besides the item model.
class CommandPaletteModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { KindRole = Qt::UserRole + 1, IdRole, DetailRole, ScoreRole };
    static constexpr int CandidateLimit = 20;
    static constexpr int ResultLimit = 60;

    explicit CommandPaletteModel(QObject *parent = nullptr);
    ~CommandPaletteModel() override;

    // The actions and sections, collected by the view when the palette opens.
    void setCommands(QList<PaletteEntry> commands);
    // The GUI's read connection, or nullptr when the cache closes (jobs and candidates go).
    void setDatabase(const store::SqlCipherDatabase *db);
    bool hasDatabase() const { return m_db != nullptr; }
    // The worker's changes: a changed job list is read again, candidates on the next query.
    void applyChanges(const sync::EntityChanges &changes);

    void setQuery(const QString &text);
    QString query() const { return m_query; }

    const PaletteEntry &entry(int row) const { return m_results.at(row).entry; }
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // How well `text` matches `query`: -1 for no match, higher is better. Empty query: 0.
    static int matchScore(const QString &query, const QString &text);
    // Lower case without accents, the Turkish dotless i folded to i (as the search index does).
    static QString fold(const QString &text);

    QString lastError() const { return m_lastError; }

private:
    struct Result {
        PaletteEntry entry;
        int score = 0;
    };
    void reloadJobs();
    void update();
    void addCandidates(const QString &text, QList<Result> &results);

    const store::SqlCipherDatabase *m_db = nullptr;
    std::unique_ptr<read::CandidateSearch> m_search;
    QList<PaletteEntry> m_commands;
    QList<PaletteEntry> m_jobs;
    QString m_query;
    QList<Result> m_results;
    QString m_lastError;
};

} // namespace hirex::models
