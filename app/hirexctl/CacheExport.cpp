#include "app/hirexctl/CacheExport.h"

#include "core/util/CsvWriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace hirex::ctl {

QStringList CacheExport::columns() {
    return {
        QStringLiteral("application_id"), QStringLiteral("candidate_id"), QStringLiteral("first_name"),
        QStringLiteral("last_name"),      QStringLiteral("email"),        QStringLiteral("job_id"),
        QStringLiteral("job_title"),      QStringLiteral("pipeline_id"),  QStringLiteral("stage_id"),
        QStringLiteral("stage_name"),     QStringLiteral("status"),       QStringLiteral("rejection_reason"),
        QStringLiteral("rejection_text"), QStringLiteral("version"),      QStringLiteral("updated_at")};
}

int CacheExport::write(const store::SqlCipherDatabase &db, const QString &format, const QString &pipelineId,
                       const QString &path, UserMessage *error) {
    QByteArray sql = "SELECT a.id, a.candidate_id, c.first_name, c.last_name, c.email, a.job_id, j.title, "
                     "a.pipeline_id, a.stage_id, s.name, a.status, a.json, a.version, a.updated_at "
                     "FROM applications a LEFT JOIN candidates c ON c.id = a.candidate_id "
                     "LEFT JOIN jobs j ON j.id = a.job_id LEFT JOIN stages s ON s.id = a.stage_id";
    if (!pipelineId.isEmpty())
        sql += " WHERE a.pipeline_id = ?";
    sql += " ORDER BY a.job_id, a.id";
    store::Statement s = db.prepare(sql.constData());
    if (!pipelineId.isEmpty())
        s.bind(1, pipelineId);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = UserMessage{QStringLiteral("export_unwritable"),
                             QCoreApplication::translate("hirexctl", "The export file cannot be written."),
                             file.errorString()};
        return -1;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QStringList header = columns();
    const bool csv = format == u"csv";
    util::CsvWriter writer(&file);
    if (csv)
        writer.writeRow(header);
    QJsonArray rows;
    int count = 0;
    while (s.next()) {
        const QJsonObject app = QJsonDocument::fromJson(s.columnText(11).toUtf8()).object();
        const QJsonObject rejection = app.value(QLatin1String("rejection")).toObject();
        const QStringList cells = {s.columnText(0),
                                   s.columnText(1),
                                   s.columnText(2),
                                   s.columnText(3),
                                   s.columnText(4),
                                   s.columnText(5),
                                   s.columnText(6),
                                   s.columnText(7),
                                   s.columnText(8),
                                   s.columnText(9),
                                   s.columnText(10),
                                   rejection.value(QLatin1String("reason_code")).toString(),
                                   rejection.value(QLatin1String("reason_text")).toString(),
                                   QString::number(s.columnInt64(12)),
                                   s.columnText(13)};
        if (csv) {
            writer.writeRow(cells);
        } else {
            QJsonObject row;
            for (qsizetype i = 0; i < header.size(); ++i) {
                if (header.at(i) == u"version")
                    row.insert(header.at(i), s.columnInt64(12));
                else
                    row.insert(header.at(i), cells.at(i).isNull() ? QJsonValue() : QJsonValue(cells.at(i)));
            }
            rows.append(row);
        }
        ++count;
    }
    if (!s.ok()) {
        *error = UserMessage{QStringLiteral("cache_read_failed"),
                             QCoreApplication::translate("hirexctl", "The local cache could not be read."),
                             s.errorMessage()};
        file.cancelWriting();
        return -1;
    }
    if (!csv) {
        const QJsonObject doc{
            {QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("pipeline_id"), pipelineId.isEmpty() ? QJsonValue() : pipelineId},
            {QStringLiteral("applications"), rows}};
        file.write(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    }
    if (!file.commit()) {
        *error = UserMessage{QStringLiteral("export_unwritable"),
                             QCoreApplication::translate("hirexctl", "The export file cannot be written."),
                             file.errorString()};
        return -1;
    }
    return count;
}

} // namespace hirex::ctl
