#include "models/JobListModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using hirex::domain::Job;
using hirex::models::JobListModel;

class TestJobListModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void openJobsComeFirstThenByTitle();
    void hiddenOfficeShowsEmpty();
    void rolesCarryIds();
    void passesTheModelTester();
};

static Job job(const QString &id, const QString &title, const QString &status) {
    Job j;
    j.id = id;
    j.version = 1;
    j.title = title;
    j.department = QStringLiteral("Engineering");
    j.office = QStringLiteral("İstanbul");
    j.region = QStringLiteral("TR");
    j.status = status;
    j.pipelineId = QStringLiteral("pipe_") + id;
    return j;
}

void TestJobListModel::openJobsComeFirstThenByTitle() {
    JobListModel model;
    model.setJobs({job(QStringLiteral("1"), QStringLiteral("Zeta"), QStringLiteral("open")),
                   job(QStringLiteral("2"), QStringLiteral("Alpha"), QStringLiteral("closed")),
                   job(QStringLiteral("3"), QStringLiteral("Beta"), QStringLiteral("open"))});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, JobListModel::Title).data().toString(), QStringLiteral("Beta"));
    QCOMPARE(model.index(1, JobListModel::Title).data().toString(), QStringLiteral("Zeta"));
    QCOMPARE(model.index(2, JobListModel::Title).data().toString(), QStringLiteral("Alpha"));
    QCOMPARE(model.index(2, JobListModel::Status).data().toString(), QStringLiteral("Closed"));
}

void TestJobListModel::hiddenOfficeShowsEmpty() {
    Job hidden = job(QStringLiteral("1"), QStringLiteral("Data Engineer"), QStringLiteral("open"));
    hidden.office.reset();
    JobListModel model;
    model.setJobs({hidden});
    QCOMPARE(model.index(0, JobListModel::Office).data().toString(), QString());
}

void TestJobListModel::rolesCarryIds() {
    JobListModel model;
    model.setJobs({job(QStringLiteral("job_7"), QStringLiteral("Recruiter"), QStringLiteral("open"))});
    QCOMPARE(model.index(0, 0).data(JobListModel::JobIdRole).toString(), QStringLiteral("job_7"));
    QCOMPARE(model.index(0, 0).data(JobListModel::PipelineIdRole).toString(), QStringLiteral("pipe_job_7"));
    QCOMPARE(model.headerData(JobListModel::Title, Qt::Horizontal).toString(), QStringLiteral("Job"));
}

void TestJobListModel::passesTheModelTester() {
    JobListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJobs({job(QStringLiteral("1"), QStringLiteral("A"), QStringLiteral("open")),
                   job(QStringLiteral("2"), QStringLiteral("B"), QStringLiteral("draft"))});
    model.setJobs({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestJobListModel)
#include "tst_joblistmodel.moc"
