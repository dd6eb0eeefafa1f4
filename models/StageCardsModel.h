#pragma once

#include "core/read/CardFacts.h"
#include "core/read/ChangeBadges.h"
#include "core/read/StageCards.h"
#include "models/CardFilter.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QSet>

#include <optional>

namespace hirex::models {

// One board column's cards: a row per active application of the stage, in the chosen order,
// fetched a page at a time as the view scrolls (canFetchMore/fetchMore), so a column of 20,000
// cards costs one page until someone scrolls. The sync worker's changes, a new filter or new
// search hits are applied as row inserts, removes, moves and dataChanged ranges against what is
// shown, never as a reset: the view keeps its selection, focus and scroll position. Only a new
// order resets the model (the whole view changes). Drags carry application ids, never objects.
class StageCardsModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        ApplicationIdRole = Qt::UserRole + 1,
        CandidateIdRole,
        NameWithheldRole, // bool: the server withholds the name; DisplayRole is the anonymised label
        TagsRole,         // QStringList
        DaysInStageRole,  // int, -1 when unknown
        SlaLevelRole,     // SlaLevel as int
        SlaDaysRole,      // int, or invalid when the stage has no SLA
        MatchScoreRole,   // int 0..100, or invalid: AI output, shown as such
        WarningRole,      // consent or retention warning for people, or empty
        BadgeRole,        // Badge as int: the change state of this card
        SourceRole,
    };
    enum class SlaLevel { None, OnTrack, DueSoon, Overdue };
    enum class Badge { None, Pending, Failed, Conflict };

    static constexpr int PageSize = 50;
    static constexpr const char *MimeType = "application/x-hirex-application-ids";
    // Retention ending within this many days is worth a warning on the card.
    static constexpr int RetentionWarningDays = 30;

    // `db`, `facts` and `badges` belong to the presenter and outlive the model.
    StageCardsModel(const store::SqlCipherDatabase *db, const QString &stageId, std::optional<int> slaDays,
                    read::CardFacts *facts, const read::ChangeBadges *badges, QObject *parent = nullptr);

    QString stageId() const { return m_stageId; }
    std::optional<int> slaDays() const { return m_slaDays; }
    // The pipeline changed the stage's SLA: every shown card's SLA level may change.
    void setSlaDays(std::optional<int> slaDays);
    // False for a stage cards cannot be moved into (hired: that takes the hire action, which
    // asks for a confirmation): drops are refused.
    void setAcceptsMoves(bool accepts) { m_acceptsMoves = accepts; }
    bool acceptsMoves() const { return m_acceptsMoves; }

    read::StageCards::Order order() const { return m_query.order(); }
    // A new order is a new view: the model is reset.
    void setOrder(read::StageCards::Order order);
    CardFilter filter() const { return m_filter; }
    // Narrows (or widens) what is shown through row removes and inserts. The stage's query
    // narrows (StageCards::Narrowing): a search with few hits reads few rows.
    void setFilter(const CardFilter &filter);
    // How many cards of the stage the filter keeps, counted by the narrowed query (no rows read);
    // nullopt without a filter, on error, or for an explicit candidate set until read to its end.
    std::optional<int> narrowedCount();
    // The same count when it is known without a query (the column read to its end, or counted
    // since the last re-read); nullopt otherwise. The board shows these at once and counts the
    // rest after the typing pauses (BoardPage).
    std::optional<int> knownNarrowedCount() const;
    // Whether narrowedCount() can count at all (not for an explicit candidate set).
    bool canCountNarrowed() const { return !m_filter.isEmpty() && !m_filter.candidates; }
    // The clock for days in stage, SLA and retention (tests fix it); invalid: the current time.
    void setNow(const QDateTime &now) { m_now = now; }

    // Re-reads what is shown when the changes affect this stage, and announces the difference.
    void applyChanges(const sync::EntityChanges &changes);
    // The pending/conflict badges of these applications changed (ChangeBadges was refreshed).
    void badgesChanged(const QSet<QString> &applicationIds);
    // The language changed: the texts of every shown card (anonymised label, warning, accessible
    // text) are announced again as one dataChanged, not a reset.
    void retranslate();

    int rowOf(const QString &applicationId) const;
    const BoardCard &cardAt(int row) const { return m_rows.at(row); }
    bool isComplete() const { return m_exhausted; }
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    // The application ids a drag carries (empty when it carries none).
    static QStringList applicationIdsOf(const QMimeData *data);

    // What a sighted user reads on the card, as one sentence for assistive technology.
    QString accessibleText(const BoardCard &card) const;
    SlaLevel slaLevel(const BoardCard &card) const;
    QString warningText(const BoardCard &card) const;
    Badge badgeOf(const QString &applicationId) const;

Q_SIGNALS:
    // Cards were dropped on this column: the presenter moves them (through the outbox).
    void moveRequested(const QStringList &applicationIds, const QString &stageId);

private:
    QDateTime now() const { return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc(); }
    // Up to `limit` narrowed rows after `after` (from the start without it); `last` when no
    // more follow. Moves m_cursor to the last row read. False on a query error.
    bool fetchPage(const std::optional<read::StageCards::Cursor> &after, int limit,
                   QList<read::StageCard> *out, bool *last);
    // Fills in the facts of a card (from `known` when the candidate did not change).
    void addFacts(BoardCard &card, const QHash<QString, read::CandidateFacts> *known);
    // Re-reads the first rows (as many as were scanned) and turns the difference into row signals.
    void refresh(const QSet<QString> &changedCandidates, bool everything);
    void showDifference(const QList<BoardCard> &target);
    void emitChanged(QList<int> rows, const QList<int> &roles = {});

    read::StageCards m_query;
    QString m_stageId;
    std::optional<int> m_slaDays;
    bool m_acceptsMoves = true;
    read::CardFacts *m_facts;
    const read::ChangeBadges *m_badges;
    CardFilter m_filter;
    QDateTime m_now;
    QList<BoardCard> m_rows; // what is shown: the accepted cards of the first m_scanned rows
    int m_scanned = 0;       // narrowed rows of the stage read so far (shown or filtered out)
    std::optional<read::StageCards::Cursor> m_cursor; // after the last row read
    std::optional<int> m_count;                       // narrowedCount(), until the next re-read
    bool m_exhausted = false;
    // True while rows are being inserted, removed or moved (fetchMore, a refresh, a reset):
    // fetchMore() asked from a handler of those signals does nothing then.
    bool m_changing = false;
    QString m_lastError;
};

} // namespace hirex::models
