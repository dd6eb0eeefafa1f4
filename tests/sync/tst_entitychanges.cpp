// EntityChanges::merge, which the sync worker runs per committed batch and the board per
// deferred batch: the later batch's word wins for an id, and a kind one side has no ids of is
// taken over whole (a first sync's batch lists thousands of ids) with the same result as the
// id-by-id merge.
#include "core/sync/EntityChanges.h"

#include <QTest>

using hirex::sync::EntityChanges;

namespace {

QSet<QString> ids(std::initializer_list<const char *> names) {
    QSet<QString> out;
    for (const char *name : names)
        out.insert(QString::fromLatin1(name));
    return out;
}

// The merge written as the rule says, one id at a time: what the fast paths must equal.
EntityChanges mergedIdById(EntityChanges into, const EntityChanges &later) {
    into.everything = into.everything || later.everything;
    for (auto it = later.removed.cbegin(); it != later.removed.cend(); ++it)
        for (const QString &id : it.value())
            into.addRemoved(it.key(), id);
    for (auto it = later.written.cbegin(); it != later.written.cend(); ++it)
        for (const QString &id : it.value())
            into.addWritten(it.key(), id);
    return into;
}

bool same(const EntityChanges &a, const EntityChanges &b) {
    const auto nonEmpty = [](const QHash<QString, QSet<QString>> &h) {
        QHash<QString, QSet<QString>> out;
        for (auto it = h.cbegin(); it != h.cend(); ++it)
            if (!it.value().isEmpty())
                out.insert(it.key(), it.value());
        return out;
    };
    return a.everything == b.everything && nonEmpty(a.written) == nonEmpty(b.written) &&
           nonEmpty(a.removed) == nonEmpty(b.removed);
}

} // namespace

class TestEntityChanges : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theLaterWordWins();
    void aKindNotYetHereIsTakenWhole();
    void everyMixMatchesTheIdByIdRule();
};

void TestEntityChanges::theLaterWordWins() {
    EntityChanges first;
    first.addWritten(QStringLiteral("application"), QStringLiteral("app_1"));
    first.addRemoved(QStringLiteral("application"), QStringLiteral("app_2"));
    EntityChanges later;
    later.addRemoved(QStringLiteral("application"), QStringLiteral("app_1"));
    later.addWritten(QStringLiteral("application"), QStringLiteral("app_2"));
    first.merge(later);
    QCOMPARE(first.written.value(QStringLiteral("application")), ids({"app_2"}));
    QCOMPARE(first.removed.value(QStringLiteral("application")), ids({"app_1"}));
}

void TestEntityChanges::aKindNotYetHereIsTakenWhole() {
    EntityChanges turn; // empty, as the worker's turn starts
    EntityChanges batch;
    for (int i = 0; i < 5000; ++i)
        batch.addWritten(QStringLiteral("candidate"), QStringLiteral("cand_%1").arg(i));
    batch.addRemoved(QStringLiteral("candidate"), QStringLiteral("cand_gone"));
    batch.addWritten(QStringLiteral("note"), QStringLiteral("note_1"));
    turn.merge(batch);
    QCOMPARE(turn.written.value(QStringLiteral("candidate")).size(), 5000);
    QCOMPARE(turn.removed.value(QStringLiteral("candidate")), ids({"cand_gone"}));
    QCOMPARE(turn.written.value(QStringLiteral("note")), ids({"note_1"}));
    QVERIFY(!turn.everything);
    // Another kind next: taken whole too; the kind already here merges id by id.
    EntityChanges next;
    next.addWritten(QStringLiteral("application"), QStringLiteral("app_1"));
    next.addWritten(QStringLiteral("candidate"), QStringLiteral("cand_gone"));
    next.everything = true;
    turn.merge(next);
    QCOMPARE(turn.written.value(QStringLiteral("application")), ids({"app_1"}));
    QVERIFY(turn.written.value(QStringLiteral("candidate")).contains(QStringLiteral("cand_gone")));
    QVERIFY(turn.removed.value(QStringLiteral("candidate")).isEmpty());
    QVERIFY(turn.everything);
}

// Every combination of a kind's state on either side (nothing, written, removed, both, with an
// overlap or not) gives what the id-by-id rule gives.
void TestEntityChanges::everyMixMatchesTheIdByIdRule() {
    const QString kind = QStringLiteral("application");
    const QList<QSet<QString>> sets{{}, ids({"a"}), ids({"b"}), ids({"a", "c"})};
    int cases = 0;
    for (const QSet<QString> &w1 : sets)
        for (const QSet<QString> &r1 : sets)
            for (const QSet<QString> &w2 : sets)
                for (const QSet<QString> &r2 : sets) {
                    if (w1.intersects(r1) || w2.intersects(r2))
                        continue; // one batch never says both of an id
                    EntityChanges first;
                    for (const QString &id : w1)
                        first.addWritten(kind, id);
                    for (const QString &id : r1)
                        first.addRemoved(kind, id);
                    EntityChanges later;
                    for (const QString &id : w2)
                        later.addWritten(kind, id);
                    for (const QString &id : r2)
                        later.addRemoved(kind, id);
                    EntityChanges fast = first;
                    fast.merge(later);
                    QVERIFY2(same(fast, mergedIdById(first, later)),
                             qPrintable(QStringLiteral("case %1").arg(cases)));
                    ++cases;
                }
    QVERIFY(cases > 50);
}

QTEST_GUILESS_MAIN(TestEntityChanges)
#include "tst_entitychanges.moc"
