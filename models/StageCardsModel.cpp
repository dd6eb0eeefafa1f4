#include "models/StageCardsModel.h"

#include "core/read/CandidateDetail.h"

#include <QMimeData>

#include <algorithm>

namespace hirex::models {

namespace {

// Rows read per query while an explicit candidate set (checked on the rows, not in the query)
// hides most of them, and the most read in one fetchMore() once something was found (the view
// asks again while its viewport is not full).
constexpr int FilteredScanPage = 500;
constexpr int ScanBudget = 5000;

// Marks the model as announcing a change for the guard's lifetime.
class ChangeGuard {
public:
    explicit ChangeGuard(bool *flag)
        : m_flag(flag)
        , m_was(*flag) {
        *m_flag = true;
    }
    ~ChangeGuard() { *m_flag = m_was; }
    ChangeGuard(const ChangeGuard &) = delete;
    ChangeGuard &operator=(const ChangeGuard &) = delete;

private:
    bool *m_flag;
    bool m_was;
};

bool sameCard(const BoardCard &a, const BoardCard &b) {
    const read::StageCard &x = a.card;
    const read::StageCard &y = b.card;
    return x.applicationId == y.applicationId && x.candidateId == y.candidateId &&
           x.displayName == y.displayName && x.anonymisedLabel == y.anonymisedLabel && x.tags == y.tags &&
           x.stageEnteredAt == y.stageEnteredAt && x.daysInStage == y.daysInStage &&
           x.matchScore == y.matchScore && a.facts.source == b.facts.source &&
           a.facts.consentState == b.facts.consentState && a.facts.retentionUntil == b.facts.retentionUntil;
}

} // namespace

StageCardsModel::StageCardsModel(const store::SqlCipherDatabase *db, const QString &stageId,
                                 std::optional<int> slaDays, read::CardFacts *facts,
                                 const read::ChangeBadges *badges, QObject *parent)
    : QAbstractListModel(parent)
    , m_query(db, stageId)
    , m_stageId(stageId)
    , m_slaDays(slaDays)
    , m_facts(facts)
    , m_badges(badges) {}

void StageCardsModel::setSlaDays(std::optional<int> slaDays) {
    if (slaDays == m_slaDays)
        return;
    m_slaDays = slaDays;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(static_cast<int>(m_rows.size()) - 1),
                           {SlaLevelRole, SlaDaysRole, Qt::AccessibleTextRole, Qt::ToolTipRole});
}

void StageCardsModel::setOrder(read::StageCards::Order order) {
    if (order == m_query.order())
        return;
    const ChangeGuard guard(&m_changing);
    beginResetModel();
    m_query.setOrder(order);
    m_rows.clear();
    m_scanned = 0;
    m_cursor.reset();
    m_count.reset();
    m_exhausted = false;
    endResetModel();
}

void StageCardsModel::setFilter(const CardFilter &filter) {
    if (filter == m_filter)
        return;
    m_filter = filter;
    // The query narrows; refresh() turns what it now returns into row removes and inserts.
    m_query.setNarrowing(filter.narrowing());
    refresh({}, false);
}

std::optional<int> StageCardsModel::narrowedCount() {
    if (m_filter.isEmpty())
        return std::nullopt;
    if (m_exhausted && m_lastError.isEmpty())
        return static_cast<int>(m_rows.size());
    // An explicit candidate set is checked on the rows only: no count without reading them.
    if (m_filter.candidates)
        return std::nullopt;
    if (!m_count) {
        const int counted = m_query.count(now());
        if (counted < 0)
            return std::nullopt;
        m_count = counted;
    }
    return m_count;
}

std::optional<int> StageCardsModel::knownNarrowedCount() const {
    if (m_filter.isEmpty())
        return std::nullopt;
    if (m_exhausted && m_lastError.isEmpty())
        return static_cast<int>(m_rows.size());
    return m_count;
}

bool StageCardsModel::fetchPage(const std::optional<read::StageCards::Cursor> &after, int limit,
                                QList<read::StageCard> *out, bool *last) {
    const read::StageCards::Page page = m_query.fetchAfter(after, limit, now());
    m_lastError = m_query.lastError();
    if (!m_lastError.isEmpty())
        return false;
    *out = page.cards;
    if (page.last)
        m_cursor = page.last;
    *last = !page.next;
    return true;
}

void StageCardsModel::addFacts(BoardCard &card, const QHash<QString, read::CandidateFacts> *known) {
    if (known) {
        const auto it = known->constFind(card.card.candidateId);
        if (it != known->cend()) {
            card.facts = it.value();
            return;
        }
    }
    card.facts = m_facts->candidate(card.card.candidateId);
}

bool StageCardsModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && !m_exhausted && !m_changing;
}

void StageCardsModel::fetchMore(const QModelIndex &parent) {
    // Asked from a handler of this model's own signals (the model tester does, a proxy or a view
    // may): rows appended now would land inside the change being announced. Asked again later.
    if (parent.isValid() || m_exhausted || m_changing)
        return;
    const ChangeGuard guard(&m_changing);
    // The query narrows by everything but an explicit candidate set, which is checked here.
    const int page = m_filter.candidates ? FilteredScanPage : PageSize;
    QList<BoardCard> added;
    int scannedNow = 0;
    // Keep reading while nothing was found: a view that got no rows would not ask again.
    while (!m_exhausted && added.size() < PageSize && (scannedNow < ScanBudget || added.isEmpty())) {
        QList<read::StageCard> rows;
        bool last = false;
        if (!fetchPage(m_cursor, page, &rows, &last)) {
            m_exhausted = true; // a broken query is not retried on every scroll; a change refreshes
            break;
        }
        m_scanned += static_cast<int>(rows.size());
        scannedNow += static_cast<int>(rows.size());
        if (last)
            m_exhausted = true;
        for (read::StageCard &row : rows) {
            BoardCard card{std::move(row), {}};
            addFacts(card, nullptr);
            if (m_filter.accepts(card))
                added.append(std::move(card));
        }
    }
    if (added.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
    m_rows.append(std::move(added));
    endInsertRows();
}

void StageCardsModel::applyChanges(const sync::EntityChanges &changes) {
    if (!m_query.apply(changes))
        return;
    refresh(changes.written.value(QStringLiteral("candidate")) +
                changes.removed.value(QStringLiteral("candidate")),
            changes.everything);
}

void StageCardsModel::refresh(const QSet<QString> &changedCandidates, bool everything) {
    // As many rows as were read (a page at least): a card moved into the range shows, the one it
    // displaces comes with the next fetchMore(). Never more, or every refresh would grow the read.
    const int window = std::max(m_scanned, PageSize);
    QList<read::StageCard> rows;
    bool last = false;
    m_query.forgetShown();
    m_count.reset();
    const std::optional<read::StageCards::Cursor> cursor = m_cursor;
    m_cursor.reset();
    if (!fetchPage(std::nullopt, window, &rows, &last)) {
        m_cursor = cursor;
        return; // keep what is shown: a failed re-read must not empty the column under the user
    }
    QHash<QString, read::CandidateFacts> known;
    if (!everything)
        for (const BoardCard &shown : std::as_const(m_rows))
            if (!changedCandidates.contains(shown.card.candidateId))
                known.insert(shown.card.candidateId, shown.facts);
    QList<BoardCard> target;
    target.reserve(rows.size());
    for (read::StageCard &row : rows) {
        BoardCard card{std::move(row), {}};
        addFacts(card, &known);
        if (m_filter.accepts(card))
            target.append(std::move(card));
    }
    m_scanned = static_cast<int>(rows.size());
    m_exhausted = last;
    showDifference(target);
}

void StageCardsModel::showDifference(const QList<BoardCard> &target) {
    // Every signal below must describe m_rows as this walk left it: no fetchMore() in between.
    const ChangeGuard guard(&m_changing);
    QSet<QString> targetIds;
    targetIds.reserve(target.size());
    for (const BoardCard &card : target)
        targetIds.insert(card.card.applicationId);

    // Removals first, bottom up, a contiguous range at a time.
    for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0; --row) {
        if (targetIds.contains(m_rows.at(row).card.applicationId))
            continue;
        const int last = row;
        while (row > 0 && !targetIds.contains(m_rows.at(row - 1).card.applicationId))
            --row;
        beginRemoveRows({}, row, last);
        m_rows.remove(row, last - row + 1);
        endRemoveRows();
    }

    // Every shown card is in the target now: walk it, moving shown cards into place and
    // inserting new ones. Rows before `i` are final, so the changed rows recorded stay valid.
    QSet<QString> shownIds;
    for (const BoardCard &card : std::as_const(m_rows))
        shownIds.insert(card.card.applicationId);
    QList<int> changed;
    for (int i = 0; i < target.size(); ++i) {
        const QString &id = target.at(i).card.applicationId;
        if (i < m_rows.size() && m_rows.at(i).card.applicationId == id) {
            if (!sameCard(m_rows.at(i), target.at(i))) {
                m_rows[i] = target.at(i);
                changed.append(i);
            }
            continue;
        }
        if (shownIds.contains(id)) {
            int from = i + 1;
            while (m_rows.at(from).card.applicationId != id)
                ++from;
            beginMoveRows({}, from, from, {}, i);
            m_rows.move(from, i);
            endMoveRows();
            if (!sameCard(m_rows.at(i), target.at(i))) {
                m_rows[i] = target.at(i);
                changed.append(i);
            }
            continue;
        }
        int last = i;
        while (last + 1 < target.size() && !shownIds.contains(target.at(last + 1).card.applicationId))
            ++last;
        beginInsertRows({}, i, last);
        for (int k = i; k <= last; ++k) {
            m_rows.insert(k, target.at(k));
            shownIds.insert(target.at(k).card.applicationId);
        }
        endInsertRows();
        i = last;
    }
    emitChanged(changed);
}

void StageCardsModel::emitChanged(QList<int> rows, const QList<int> &roles) {
    std::sort(rows.begin(), rows.end());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const int first = rows.at(i);
        while (i + 1 < rows.size() && rows.at(i + 1) == rows.at(i) + 1)
            ++i;
        Q_EMIT dataChanged(index(first), index(rows.at(i)), roles);
    }
}

void StageCardsModel::badgesChanged(const QSet<QString> &applicationIds) {
    QList<int> rows;
    for (int row = 0; row < m_rows.size(); ++row)
        if (applicationIds.contains(m_rows.at(row).card.applicationId))
            rows.append(row);
    emitChanged(rows, {BadgeRole, Qt::AccessibleTextRole});
}

void StageCardsModel::retranslate() {
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                           {Qt::DisplayRole, Qt::AccessibleTextRole, WarningRole});
}

int StageCardsModel::rowOf(const QString &applicationId) const {
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).card.applicationId == applicationId)
            return row;
    return -1;
}

int StageCardsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

StageCardsModel::SlaLevel StageCardsModel::slaLevel(const BoardCard &card) const {
    if (!m_slaDays || card.card.daysInStage < 0)
        return SlaLevel::None;
    const int days = card.card.daysInStage;
    if (days > *m_slaDays)
        return SlaLevel::Overdue;
    // The last fifth of the allowed time (at least its last day) is when to act.
    if (days >= *m_slaDays - std::max(1, *m_slaDays / 5))
        return SlaLevel::DueSoon;
    return SlaLevel::OnTrack;
}

QString StageCardsModel::warningText(const BoardCard &card) const {
    QStringList warnings;
    if (card.facts.consentState == QLatin1String("withdrawn"))
        warnings.append(tr("Consent withdrawn"));
    else if (card.facts.consentState == QLatin1String("pending"))
        warnings.append(tr("Consent pending"));
    if (card.facts.retentionUntil.isValid()) {
        const qint64 secondsLeft = now().secsTo(card.facts.retentionUntil);
        const int daysLeft = static_cast<int>(secondsLeft / 86400);
        if (secondsLeft <= 0)
            warnings.append(tr("Retention period ended"));
        else if (daysLeft <= RetentionWarningDays)
            warnings.append(tr("Retention ends in %n day(s)", nullptr, std::max(1, daysLeft)));
    }
    return warnings.join(QStringLiteral(" · "));
}

StageCardsModel::Badge StageCardsModel::badgeOf(const QString &applicationId) const {
    if (!m_badges)
        return Badge::None;
    const read::ChangeBadge b = m_badges->badgeFor(QStringLiteral("application"), applicationId);
    if (b.conflicts > 0)
        return Badge::Conflict;
    if (b.failed > 0)
        return Badge::Failed;
    if (b.pending > 0)
        return Badge::Pending;
    return Badge::None;
}

QString StageCardsModel::accessibleText(const BoardCard &c) const {
    const bool withheld = c.card.displayName.isEmpty();
    QStringList parts;
    parts.append(withheld ? read::CandidateDetail::anonymisedLabel(c.card.candidateId, c.card.anonymisedLabel)
                          : c.card.displayName);
    if (!c.card.tags.isEmpty())
        parts.append(tr("Tags: %1").arg(c.card.tags.join(QStringLiteral(", "))));
    if (c.card.daysInStage >= 0) {
        QString days = tr("%n day(s) in stage", nullptr, c.card.daysInStage);
        switch (slaLevel(c)) {
        case SlaLevel::Overdue:
            days = tr("%1, over the SLA of %n day(s)", nullptr, *m_slaDays).arg(days);
            break;
        case SlaLevel::DueSoon:
            days = tr("%1, SLA of %n day(s) nearly reached", nullptr, *m_slaDays).arg(days);
            break;
        default:
            break;
        }
        parts.append(days);
    }
    if (c.card.matchScore)
        parts.append(
            tr("AI match score %1 (AI-generated, informs, does not decide)").arg(*c.card.matchScore));
    const QString warning = warningText(c);
    if (!warning.isEmpty())
        parts.append(warning);
    switch (badgeOf(c.card.applicationId)) {
    case Badge::Pending:
        parts.append(tr("Change waiting to be sent"));
        break;
    case Badge::Failed:
        parts.append(tr("Change refused by the server"));
        break;
    case Badge::Conflict:
        parts.append(tr("Conflicting change: needs your decision"));
        break;
    case Badge::None:
        break;
    }
    return parts.join(QStringLiteral(". "));
}

QVariant StageCardsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BoardCard &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return c.card.displayName.isEmpty()
                   ? read::CandidateDetail::anonymisedLabel(c.card.candidateId, c.card.anonymisedLabel)
                   : c.card.displayName;
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return accessibleText(c);
    case ApplicationIdRole:
        return c.card.applicationId;
    case CandidateIdRole:
        return c.card.candidateId;
    case NameWithheldRole:
        return c.card.displayName.isEmpty();
    case TagsRole:
        return c.card.tags;
    case DaysInStageRole:
        return c.card.daysInStage;
    case SlaLevelRole:
        return static_cast<int>(slaLevel(c));
    case SlaDaysRole:
        return m_slaDays ? QVariant(*m_slaDays) : QVariant();
    case MatchScoreRole:
        return c.card.matchScore ? QVariant(*c.card.matchScore) : QVariant();
    case WarningRole:
        return warningText(c);
    case BadgeRole:
        return static_cast<int>(badgeOf(c.card.applicationId));
    case SourceRole:
        return c.facts.source;
    default:
        return {};
    }
}

QHash<int, QByteArray> StageCardsModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ApplicationIdRole, "applicationId");
    names.insert(CandidateIdRole, "candidateId");
    names.insert(NameWithheldRole, "nameWithheld");
    names.insert(TagsRole, "tags");
    names.insert(DaysInStageRole, "daysInStage");
    names.insert(SlaLevelRole, "slaLevel");
    names.insert(SlaDaysRole, "slaDays");
    names.insert(MatchScoreRole, "matchScore");
    names.insert(WarningRole, "warning");
    names.insert(BadgeRole, "badge");
    names.insert(SourceRole, "source");
    return names;
}

Qt::ItemFlags StageCardsModel::flags(const QModelIndex &index) const {
    // The column's empty space takes drops too: a drop anywhere on a column moves into it.
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled |
           Qt::ItemNeverHasChildren;
}

QStringList StageCardsModel::mimeTypes() const {
    return {QLatin1String(MimeType)};
}

QMimeData *StageCardsModel::mimeData(const QModelIndexList &indexes) const {
    QStringList ids;
    for (const QModelIndex &index : indexes)
        if (checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            ids.append(m_rows.at(index.row()).card.applicationId);
    if (ids.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QLatin1String(MimeType), ids.join(QLatin1Char('\n')).toUtf8());
    return data;
}

QStringList StageCardsModel::applicationIdsOf(const QMimeData *data) {
    if (!data || !data->hasFormat(QLatin1String(MimeType)))
        return {};
    return QString::fromUtf8(data->data(QLatin1String(MimeType)))
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

bool StageCardsModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                      const QModelIndex &) const {
    if (action != Qt::MoveAction || !m_acceptsMoves)
        return false;
    const QStringList ids = applicationIdsOf(data);
    // Cards dropped back on their own column go nowhere.
    return std::any_of(ids.cbegin(), ids.cend(), [this](const QString &id) { return rowOf(id) < 0; });
}

bool StageCardsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                   const QModelIndex &parent) {
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QStringList ids = applicationIdsOf(data);
    ids.removeIf([this](const QString &id) { return rowOf(id) >= 0; });
    Q_EMIT moveRequested(ids, m_stageId);
    // False: the drag source must not remove rows itself; the outbox's optimistic write does.
    return false;
}

} // namespace hirex::models
