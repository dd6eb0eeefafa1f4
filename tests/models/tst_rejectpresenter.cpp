// RejectPresenter, the reject dialog without a window: the contract's reasons, the note the
// contract requires for "other", and no decision at all without the explicit confirmation.
#include "models/RejectPresenter.h"

#include <QSignalSpy>
#include <QTest>

using hirex::models::RejectDecision;
using hirex::models::RejectPresenter;
using hirex::models::RejectTarget;

class TestRejectPresenter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theReasonsAreTheContracts();
    void noDecisionWithoutReasonAndConfirmation();
    void otherNeedsANoteWithinTheContractsLimit();
    void theDecisionCarriesWhatThePersonChose();
    void nothingToRejectIsNoDecision();

private:
    static QList<RejectTarget> two() {
        return {
            RejectTarget{
                QStringLiteral("app_1"), QStringLiteral("Lena Schäfer"), false, {QStringLiteral("ins_1")}},
            RejectTarget{QStringLiteral("app_3"), QStringLiteral("Candidate #xyz42"), true, {}}};
    }
};

void TestRejectPresenter::theReasonsAreTheContracts() {
    // api/openapi.yaml, components.schemas.RejectionReason, in its order.
    QStringList codes;
    for (const RejectPresenter::Reason &r : RejectPresenter::reasons()) {
        codes.append(r.code);
        QVERIFY(!r.text.isEmpty());
    }
    QCOMPARE(codes,
             (QStringList{QStringLiteral("skills"), QStringLiteral("experience"), QStringLiteral("withdrew"),
                          QStringLiteral("position_filled"), QStringLiteral("other")}));
    RejectPresenter p(two());
    p.setReasonCode(QStringLiteral("not_a_reason")); // only the contract's values are taken
    QCOMPARE(p.reasonCode(), QString());
}

void TestRejectPresenter::noDecisionWithoutReasonAndConfirmation() {
    RejectPresenter p(two());
    QSignalSpy changed(&p, &RejectPresenter::changed);
    QCOMPARE(p.count(), 2);
    QVERIFY(p.aiShown());
    QVERIFY(!p.canReject());
    QVERIFY(!p.decide());
    p.setReasonCode(QStringLiteral("skills"));
    QVERIFY(!p.canReject()); // a reason alone is not a confirmation
    QVERIFY(!p.decide());
    QCOMPARE(p.problem(), QStringLiteral("Confirm the rejection."));
    p.setConfirmed(true);
    QVERIFY(p.canReject());
    QVERIFY(p.decide());
    p.setConfirmed(false);
    QVERIFY(!p.decide());
    p.setConfirmed(true);
    p.setReasonCode(QString());
    QVERIFY(!p.decide());
    QCOMPARE(changed.count(), 5);
}

void TestRejectPresenter::otherNeedsANoteWithinTheContractsLimit() {
    RejectPresenter p(two());
    p.setReasonCode(QStringLiteral("other"));
    p.setConfirmed(true);
    QVERIFY(p.noteRequired());
    QVERIFY(!p.canReject());
    p.setNote(QStringLiteral("   "));
    QVERIFY(!p.canReject());
    p.setNote(QString(RejectPresenter::NoteMaxLength + 1, QLatin1Char('x')));
    QVERIFY(!p.canReject());
    p.setNote(QString(RejectPresenter::NoteMaxLength, QLatin1Char('x')));
    QVERIFY(p.canReject());
    // Any other reason takes an empty note.
    p.setNote(QString());
    p.setReasonCode(QStringLiteral("withdrew"));
    QVERIFY(!p.noteRequired());
    QVERIFY(p.canReject());
}

void TestRejectPresenter::theDecisionCarriesWhatThePersonChose() {
    RejectPresenter p(two());
    p.setReasonCode(QStringLiteral("experience"));
    p.setNote(QStringLiteral("  Needs more Qt Quick.  "));
    p.setConfirmed(true);
    const QDateTime at(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
    const std::optional<RejectDecision> d = p.decide(at);
    QVERIFY(d);
    QCOMPARE(d->reasonCode(), QStringLiteral("experience"));
    QCOMPARE(d->reasonText(), QStringLiteral("Needs more Qt Quick."));
    QCOMPARE(d->confirmedAt(), at);
    QCOMPARE(d->targets().size(), 2);
    QCOMPARE(d->targets().at(0).aiInsightsShown, QStringList{QStringLiteral("ins_1")});
    QCOMPARE(d->targets().at(1).label, QStringLiteral("Candidate #xyz42"));
    QVERIFY(p.actionText().startsWith(QStringLiteral("Reject 2 Candidate")));
}

void TestRejectPresenter::nothingToRejectIsNoDecision() {
    RejectPresenter p({});
    p.setReasonCode(QStringLiteral("skills"));
    p.setConfirmed(true);
    QVERIFY(!p.canReject());
    QVERIFY(!p.decide());
    QVERIFY(!p.aiShown());
}

QTEST_GUILESS_MAIN(TestRejectPresenter)
#include "tst_rejectpresenter.moc"
