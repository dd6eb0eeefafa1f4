#include "models/CommandPaletteModel.h"

#include "core/read/CachedJobs.h"
#include "core/read/CandidateDetail.h"
#include "core/read/CandidateSearch.h"

#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

Q_LOGGING_CATEGORY(lcPalette, "hirex.models.palette")

namespace hirex::models {

namespace {

// Score tiers: every match of a better kind outranks every match of a worse one.
constexpr int Exact = 1000;
constexpr int Prefix = 900;
constexpr int WordPrefixes = 800;
constexpr int Substring = 600;
constexpr int FuzzyMax = 500;
// A candidate the index found by their e-mail, tags, skills or notes rather than by the name shown.
constexpr int ContentHit = 300;

bool isWordStart(const QString &text, qsizetype i) {
    return i == 0 || !text.at(i - 1).isLetterOrNumber();
}

QStringList words(const QString &text) {
    QStringList out;
    QString word;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            word.append(c);
        } else if (!word.isEmpty()) {
            out.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        out.append(word);
    return out;
}

// Every typed word is the start of a word of the text, in order.
bool wordsArePrefixes(const QStringList &typed, const QStringList &text) {
    qsizetype at = 0;
    for (const QString &t : typed) {
        while (at < text.size() && !text.at(at).startsWith(t))
            ++at;
        if (at == text.size())
            return false;
        ++at;
    }
    return true;
}

// Each typed letter in order; letters at word starts and runs of letters score more.
int fuzzy(const QString &query, const QString &text) {
    int score = 0;
    qsizetype at = 0;
    qsizetype last = -2;
    for (const QChar q : query) {
        if (q.isSpace())
            continue;
        qsizetype found = -1;
        // A word start further on beats the next plain occurrence.
        for (qsizetype i = at; i < text.size(); ++i) {
            if (text.at(i) == q && isWordStart(text, i)) {
                found = i;
                break;
            }
        }
        const qsizetype plain = text.indexOf(q, at);
        if (plain < 0)
            return -1;
        if (found < 0 || (plain == last + 1))
            found = plain;
        score += isWordStart(text, found) ? 8 : 1;
        if (found == last + 1)
            score += 4;
        last = found;
        at = found + 1;
    }
    return std::min(FuzzyMax - 1, 100 + score * 10);
}

} // namespace

CommandPaletteModel::CommandPaletteModel(QObject *parent)
    : QAbstractListModel(parent) {}

CommandPaletteModel::~CommandPaletteModel() = default;

QString CommandPaletteModel::fold(const QString &text) {
    QString folded = text;
    folded.replace(QChar(0x0131), QLatin1Char('i')).replace(QChar(0x0130), QLatin1Char('I'));
    const QString decomposed = folded.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toLower());
    return out;
}

int CommandPaletteModel::matchScore(const QString &query, const QString &text) {
    const QString q = fold(query).simplified();
    if (q.isEmpty())
        return 0;
    const QString t = fold(text).simplified();
    // Shorter texts first within a tier: "Board" before "Board settings" for "bo".
    const int tieBreak = static_cast<int>(std::min<qsizetype>(t.size(), 99));
    if (t == q)
        return Exact;
    if (t.startsWith(q))
        return Prefix - tieBreak;
    if (wordsArePrefixes(words(q), words(t)))
        return WordPrefixes - tieBreak;
    if (t.contains(q))
        return Substring - tieBreak;
    const int f = fuzzy(q, t);
    return f < 0 ? -1 : std::max(1, f - tieBreak);
}

void CommandPaletteModel::setCommands(QList<PaletteEntry> commands) {
    m_commands = std::move(commands);
    update();
}

void CommandPaletteModel::setDatabase(const store::SqlCipherDatabase *db) {
    if (db == m_db)
        return;
    m_search.reset(); // its statements belong to the old connection
    m_db = db;
    m_jobs.clear();
    if (m_db) {
        m_search = std::make_unique<read::CandidateSearch>(m_db);
        reloadJobs();
    }
    update();
}

void CommandPaletteModel::applyChanges(const sync::EntityChanges &changes) {
    if (!m_db)
        return;
    const bool jobs = changes.everything || changes.touches(QStringLiteral("job"));
    if (jobs)
        reloadJobs();
    // An erased candidate must not stay listed until the next keystroke.
    if (jobs || (!m_query.trimmed().isEmpty() && changes.touches(QStringLiteral("candidate"))))
        update();
}

void CommandPaletteModel::reloadJobs() {
    m_jobs.clear();
    read::CachedJobs cached(m_db);
    const QList<domain::Job> jobs = cached.all();
    if (!cached.lastError().isEmpty())
        m_lastError = cached.lastError();
    for (const domain::Job &job : jobs)
        m_jobs.append({PaletteEntry::Kind::Job, job.id, job.title,
                       job.department.isEmpty() ? tr("Job") : tr("Job · %1").arg(job.department)});
}

void CommandPaletteModel::setQuery(const QString &text) {
    if (text == m_query)
        return;
    m_query = text;
    update();
}

void CommandPaletteModel::addCandidates(const QString &text, QList<Result> &results) {
    if (!m_search || text.trimmed().isEmpty())
        return;
    m_search->setText(text);
    if (!m_search->isFilter())
        return; // no word in it: not every candidate
    const QList<read::SearchHit> hits = m_search->fetch(CandidateLimit);
    if (hits.isEmpty() && !m_search->lastError().isEmpty()) {
        m_lastError = m_search->lastError();
        qCWarning(lcPalette) << "candidate search failed";
        return;
    }
    for (const read::SearchHit &hit : hits) {
        const bool withheld = hit.displayName.isEmpty();
        PaletteEntry e{PaletteEntry::Kind::Candidate, hit.candidateId,
                       withheld ? read::CandidateDetail::anonymisedLabel(hit.candidateId) : hit.displayName,
                       tr("Candidate")};
        const int score = withheld ? ContentHit : std::max(ContentHit, matchScore(text, e.title));
        results.append({std::move(e), score});
    }
}

void CommandPaletteModel::update() {
    QList<Result> results;
    const auto consider = [&](const QList<PaletteEntry> &entries) {
        for (const PaletteEntry &e : entries) {
            const int score = matchScore(m_query, e.title);
            if (score >= 0)
                results.append({e, score});
        }
    };
    consider(m_commands);
    consider(m_jobs);
    addCandidates(m_query, results);
    // Best first; on a tie commands, then jobs, then candidates, each in the order they came.
    std::stable_sort(results.begin(), results.end(), [](const Result &a, const Result &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return static_cast<int>(a.entry.kind) < static_cast<int>(b.entry.kind);
    });
    if (results.size() > ResultLimit)
        results.resize(ResultLimit);
    beginResetModel();
    m_results = std::move(results);
    endResetModel();
}

int CommandPaletteModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_results.size());
}

QVariant CommandPaletteModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_results.size())
        return {};
    const Result &r = m_results.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return r.entry.title;
    case Qt::AccessibleTextRole:
        return r.entry.detail.isEmpty() ? r.entry.title : tr("%1, %2").arg(r.entry.title, r.entry.detail);
    case KindRole:
        return static_cast<int>(r.entry.kind);
    case IdRole:
        return r.entry.id;
    case DetailRole:
        return r.entry.detail;
    case ScoreRole:
        return r.score;
    default:
        return {};
    }
}

QHash<int, QByteArray> CommandPaletteModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(IdRole, "entryId");
    names.insert(DetailRole, "detail");
    names.insert(ScoreRole, "score");
    return names;
}

} // namespace hirex::models
