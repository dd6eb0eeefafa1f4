#include "models/ConflictsPresenter.h"

#include "core/sync/Outbox.h"
#include "core/sync/SyncWorker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace hirex::models {

namespace {

using read::OutboxIssue;

// The fields of an application a person recognises, in the order the comparison shows them
// (not the version: a number that means nothing to a recruiter). Other entities show every
// field but opaque ids.
const QStringList &applicationFields() {
    static const QStringList fields{QStringLiteral("stage_id"),         QStringLiteral("status"),
                                    QStringLiteral("stage_entered_at"), QStringLiteral("rejection"),
                                    QStringLiteral("hired_at"),         QStringLiteral("updated_at")};
    return fields;
}

bool isOpaqueId(const QString &key) {
    return key == u"id" || (key.endsWith(QLatin1String("_id")) && key != u"stage_id") ||
           key.endsWith(QLatin1String("_ids"));
}

QString fieldLabel(const QString &key) {
    if (key == u"stage_id")
        return ConflictsPresenter::tr("Stage");
    if (key == u"status")
        return ConflictsPresenter::tr("Status");
    if (key == u"stage_entered_at")
        return ConflictsPresenter::tr("In stage since");
    if (key == u"rejection")
        return ConflictsPresenter::tr("Rejection");
    if (key == u"hired_at")
        return ConflictsPresenter::tr("Hired");
    if (key == u"updated_at")
        return ConflictsPresenter::tr("Last changed");
    if (key == u"version")
        return ConflictsPresenter::tr("Version");
    if (key == u"tags")
        return ConflictsPresenter::tr("Tags");
    if (key == u"first_name")
        return ConflictsPresenter::tr("First name");
    if (key == u"last_name")
        return ConflictsPresenter::tr("Last name");
    if (key == u"email")
        return ConflictsPresenter::tr("Email");
    if (key == u"body")
        return ConflictsPresenter::tr("Text");
    // A field this screen does not know by name: its API name, readable.
    QString label = key;
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label;
}

QString statusText(const QString &status) {
    if (status == u"active")
        return ConflictsPresenter::tr("Active");
    if (status == u"rejected")
        return ConflictsPresenter::tr("Rejected");
    if (status == u"hired")
        return ConflictsPresenter::tr("Hired");
    if (status == u"withdrawn")
        return ConflictsPresenter::tr("Withdrawn");
    return status;
}

} // namespace

ConflictsPresenter::ConflictsPresenter(QObject *parent)
    : QAbstractListModel(parent) {}

ConflictsPresenter::~ConflictsPresenter() = default;

void ConflictsPresenter::setDatabase(const store::SqlCipherDatabase *db) {
    m_db = db;
    m_issues.reset(); // finalises its statements before the connection closes
    if (db)
        m_issues = std::make_unique<read::OutboxIssues>(db);
    refresh();
}

void ConflictsPresenter::setWorker(sync::SyncWorker *worker) {
    for (const QMetaObject::Connection &c : std::as_const(m_workerConnections))
        disconnect(c);
    m_workerConnections.clear();
    m_worker = worker;
    if (!worker)
        return;
    using sync::SyncWorker;
    m_workerConnections = {
        connect(worker, &SyncWorker::outboxChanged, this, &ConflictsPresenter::refresh),
        connect(worker, &SyncWorker::conflictDetected, this, &ConflictsPresenter::refresh),
        connect(worker, &SyncWorker::changesDropped, this, &ConflictsPresenter::refresh),
        connect(worker, &SyncWorker::changeFailed, this,
                [this](qint64 seq, const UserMessage &) {
                    refresh();
                    const QString message = refusalMessage(seq);
                    if (!message.isEmpty())
                        Q_EMIT changeRefused(seq, message);
                }),
    };
}

void ConflictsPresenter::applyChanges(const sync::EntityChanges &changes) {
    if (m_issues && m_issues->apply(changes))
        refresh();
}

void ConflictsPresenter::refresh() {
    QList<Row> rows;
    if (m_issues) {
        if (!m_issues->refresh()) {
            qWarning("conflicts: the outbox could not be read: %s", qPrintable(m_issues->lastError()));
            return; // keep what is shown
        }
        for (const OutboxIssue &issue : m_issues->issues())
            rows.append(rowFrom(issue));
    }
    setRows(std::move(rows));
}

QString ConflictsPresenter::stageName(const QString &stageId) {
    return m_issues ? m_issues->stageName(stageId) : QString();
}

ConflictsPresenter::Row ConflictsPresenter::rowFrom(const OutboxIssue &issue) {
    Row row;
    row.issue = issue;
    row.subject = issue.subject.isEmpty() ? tr("A candidate not on this computer") : issue.subject;
    for (const QJsonObject *o : {&issue.mine, &issue.theirs, &issue.request}) {
        const QString stage = o->value(QLatin1String("stage_id")).toString();
        if (!stage.isEmpty() && !row.stageNames.contains(stage))
            row.stageNames.insert(stage, stageName(stage));
    }
    const QString target = issue.request.value(QLatin1String("stage_id")).toString();
    row.targetStage = row.stageNames.value(target);
    row.currentStage = stageName(issue.currentStageId);
    const QString &kind = issue.change;
    if (kind == u"move")
        row.change =
            row.targetStage.isEmpty() ? tr("Move to another stage") : tr("Move to %1").arg(row.targetStage);
    else if (kind == u"reject")
        row.change = tr("Reject");
    else if (kind == u"hire")
        row.change = tr("Hire");
    else if (kind == u"note_create")
        row.change = tr("Note added");
    else if (kind == u"note_update")
        row.change = tr("Note edited");
    else if (kind == u"evaluation_create")
        row.change = tr("Evaluation added");
    else if (kind == u"ai_feedback")
        row.change = tr("Feedback on an AI insight");
    else if (kind == u"tag_add")
        row.change = tr("Tag added");
    else if (kind == u"tag_remove")
        row.change = tr("Tag removed");
    else
        row.change = tr("Change");
    return row;
}

void ConflictsPresenter::setRows(QList<Row> rows) {
    auto key = [](const Row &r) {
        return qMakePair(static_cast<int>(r.issue.kind), r.issue.id);
    };
    QSet<QPair<int, qint64>> wanted;
    for (const Row &r : std::as_const(rows))
        wanted.insert(key(r));
    // Rows that went, then rows that came, each where the new order puts it; the others stay
    // (a view keeps its selection and current row).
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        if (!wanted.contains(key(m_rows.at(i)))) {
            beginRemoveRows({}, int(i), int(i));
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (i < m_rows.size() && key(m_rows.at(i)) == key(rows.at(i))) {
            m_rows[i] = rows.at(i);
            continue;
        }
        beginInsertRows({}, int(i), int(i));
        m_rows.insert(i, rows.at(i));
        endInsertRows();
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    int conflicts = 0;
    for (const Row &r : std::as_const(m_rows))
        conflicts += r.issue.kind == OutboxIssue::Kind::Conflict ? 1 : 0;
    m_conflicts = conflicts;
    Q_EMIT countsChanged();
}

int ConflictsPresenter::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ConflictsPresenter::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const int row = index.row();
    const Row &r = m_rows.at(row);
    const bool conflict = r.issue.kind == OutboxIssue::Kind::Conflict;
    const QString state = conflict ? tr("Conflict") : tr("Refused and undone");
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1: %2\n%3 · %4").arg(r.subject, r.change, state, whenTextAt(row));
    case Qt::ToolTipRole:
        return explanationAt(row);
    case Qt::AccessibleTextRole:
        return tr("%1, %2: %3, %4").arg(state, r.subject, r.change, whenTextAt(row));
    case Qt::AccessibleDescriptionRole:
        return explanationAt(row);
    case KindRole:
        return QVariant::fromValue(kindAt(row));
    case IssueIdRole:
        return r.issue.id;
    case SubjectRole:
        return r.subject;
    case ChangeRole:
        return r.change;
    case WhenRole:
        return r.issue.when;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConflictsPresenter::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(IssueIdRole, "issueId");
    names.insert(SubjectRole, "subject");
    names.insert(ChangeRole, "change");
    names.insert(WhenRole, "when");
    return names;
}

ConflictsPresenter::Kind ConflictsPresenter::kindAt(int row) const {
    if (row < 0 || row >= m_rows.size())
        return Kind::Refused;
    return m_rows.at(row).issue.kind == OutboxIssue::Kind::Conflict ? Kind::Conflict : Kind::Refused;
}

qint64 ConflictsPresenter::issueIdAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).issue.id : 0;
}

int ConflictsPresenter::rowOf(Kind kind, qint64 id) const {
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (kindAt(int(i)) == kind && m_rows.at(i).issue.id == id)
            return int(i);
    return -1;
}

QString ConflictsPresenter::subjectAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).subject : QString();
}

QString ConflictsPresenter::changeAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).change : QString();
}

QString ConflictsPresenter::whenTextAt(int row) const {
    if (row < 0 || row >= m_rows.size() || !m_rows.at(row).issue.when.isValid())
        return {};
    return QLocale().toString(m_rows.at(row).issue.when.toLocalTime(), QLocale::ShortFormat);
}

QString ConflictsPresenter::explanationAt(int row) const {
    if (row < 0 || row >= m_rows.size())
        return {};
    const Row &r = m_rows.at(row);
    if (r.issue.kind == OutboxIssue::Kind::Conflict) {
        if (r.issue.theirs.isEmpty())
            return tr("Someone else changed this on the server after you made your change, and the server's "
                      "version cannot be shown. Keep Mine sends your change again; Take Theirs drops it.");
        return tr("Someone else changed this on the server after you made your change. Keep Mine sends your "
                  "change again over theirs; Take Theirs drops yours and shows the server's version.");
    }
    QString text =
        r.issue.reason.isEmpty() ? tr("The server refused this change, so it was undone.") : r.issue.reason;
    if (r.issue.entity == u"application" && !r.currentStage.isEmpty())
        text += QLatin1Char(' ') + tr("The card is back in %1.").arg(r.currentStage);
    return text;
}

QString ConflictsPresenter::describeValue(const Row &row, const QString &key, const QJsonValue &value) const {
    if (value.isUndefined() || value.isNull())
        return tr("(none)");
    if (key == u"stage_id") {
        const QString name = row.stageNames.value(value.toString());
        return name.isEmpty() ? tr("A stage not on this computer") : name;
    }
    if (key == u"status")
        return statusText(value.toString());
    if (value.isBool())
        return value.toBool() ? tr("Yes") : tr("No");
    if (value.isDouble())
        return QLocale().toString(value.toDouble(), 'g', 12);
    if (value.isString()) {
        if (key.endsWith(QLatin1String("_at")) || key.endsWith(QLatin1String("_until"))) {
            const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
            if (t.isValid())
                return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
        }
        return value.toString();
    }
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts.append(v.isString() ? v.toString() : describeValue(row, QString(), v));
        return parts.isEmpty() ? tr("(none)") : QLocale().createSeparatedList(parts);
    }
    const QJsonObject o = value.toObject();
    for (const char *text : {"reason_text", "reason_code", "name", "label"})
        if (o.value(QLatin1String(text)).isString())
            return o.value(QLatin1String(text)).toString();
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QList<ConflictsPresenter::Field> ConflictsPresenter::fieldsAt(int row) const {
    QList<Field> fields;
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).issue.kind != OutboxIssue::Kind::Conflict)
        return fields;
    const Row &r = m_rows.at(row);
    const QJsonObject &mine = r.issue.mine;
    const QJsonObject &theirs = r.issue.theirs;
    QStringList keys;
    if (r.issue.entity == u"application") {
        for (const QString &key : applicationFields())
            if (mine.contains(key) || theirs.contains(key))
                keys.append(key);
    } else {
        QStringList all = mine.keys() + theirs.keys();
        all.sort();
        all.removeDuplicates();
        for (const QString &key : std::as_const(all))
            if (!isOpaqueId(key))
                keys.append(key);
    }
    for (const QString &key : std::as_const(keys)) {
        Field f;
        f.label = fieldLabel(key);
        f.mine = describeValue(r, key, mine.value(key));
        f.theirs = theirs.isEmpty() ? tr("Not available") : describeValue(r, key, theirs.value(key));
        // As shown: two times a few milliseconds apart read the same and are not a difference.
        f.differs = !theirs.isEmpty() && f.mine != f.theirs;
        fields.append(f);
    }
    return fields;
}

bool ConflictsPresenter::hasServerVersion(int row) const {
    return row >= 0 && row < m_rows.size() && !m_rows.at(row).issue.theirs.isEmpty();
}

void ConflictsPresenter::started() {
    if (m_running++ == 0)
        Q_EMIT busyChanged(true);
}

void ConflictsPresenter::finished(const QString &error) {
    if (!error.isEmpty())
        Q_EMIT actionFailed(error);
    refresh();
    if (--m_running == 0)
        Q_EMIT busyChanged(false);
}

void ConflictsPresenter::resolve(const QList<qint64> &conflictIds, bool keepMine) {
    if (!m_worker) {
        Q_EMIT actionFailed(tr("The choice cannot be made now: sync is not running."));
        return;
    }
    const auto resolution =
        keepMine ? sync::Outbox::Resolution::KeepMine : sync::Outbox::Resolution::TakeTheirs;
    QPointer<ConflictsPresenter> self(this);
    for (const qint64 id : conflictIds) {
        started();
        m_worker->resolveConflict(id, resolution, [self](const UserMessage &error) {
            if (self)
                self->finished(error.isError() ? error.message : QString());
        });
    }
}

void ConflictsPresenter::keepMine(int row) {
    if (kindAt(row) == Kind::Conflict && row < m_rows.size())
        resolve({m_rows.at(row).issue.id}, true);
}

void ConflictsPresenter::takeTheirs(int row) {
    if (kindAt(row) == Kind::Conflict && row < m_rows.size())
        resolve({m_rows.at(row).issue.id}, false);
}

void ConflictsPresenter::keepMineForAll() {
    QList<qint64> ids;
    for (const Row &r : std::as_const(m_rows))
        if (r.issue.kind == OutboxIssue::Kind::Conflict)
            ids.append(r.issue.id);
    resolve(ids, true);
}

void ConflictsPresenter::takeTheirsForAll() {
    QList<qint64> ids;
    for (const Row &r : std::as_const(m_rows))
        if (r.issue.kind == OutboxIssue::Kind::Conflict)
            ids.append(r.issue.id);
    resolve(ids, false);
}

void ConflictsPresenter::dismiss(int row) {
    if (row < 0 || row >= m_rows.size() || kindAt(row) != Kind::Refused)
        return;
    if (!m_worker) {
        Q_EMIT actionFailed(tr("The change cannot be dismissed now: sync is not running."));
        return;
    }
    started();
    QPointer<ConflictsPresenter> self(this);
    m_worker->dismissFailed(m_rows.at(row).issue.seq, [self](const UserMessage &error) {
        if (self)
            self->finished(error.isError() ? error.message : QString());
    });
}

QString ConflictsPresenter::refusalMessage(qint64 seq) {
    if (!m_issues)
        return {};
    const std::optional<OutboxIssue> issue = m_issues->refused(seq);
    if (!issue)
        return {};
    const Row r = rowFrom(*issue);
    QString what;
    const QString &kind = issue->change;
    if (kind == u"move")
        what = r.targetStage.isEmpty() ? tr("Moving %1 to another stage was refused.").arg(r.subject)
                                       : tr("Moving %1 to %2 was refused.").arg(r.subject, r.targetStage);
    else if (kind == u"reject")
        what = tr("Rejecting %1 was refused.").arg(r.subject);
    else if (kind == u"hire")
        what = tr("Hiring %1 was refused.").arg(r.subject);
    else
        what = tr("Your change to %1 (%2) was refused.").arg(r.subject, r.change);
    QString text = what;
    if (!issue->reason.isEmpty())
        text += QLatin1Char(' ') + issue->reason;
    if (issue->entity == u"application" && !r.currentStage.isEmpty())
        text += QLatin1Char(' ') + tr("The card is back in %1.").arg(r.currentStage);
    return text;
}

} // namespace hirex::models
