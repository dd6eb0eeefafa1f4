#include "sandbox/CvPdfRenderer.h"

#include "sandbox/Database.h"
#include "sandbox/DemoCorpus.h"
#include "sandbox/Json.h"
#include "sandbox/Store.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QPainter>
#include <QPdfWriter>
#include <QSqlQuery>

namespace hirex::sandbox {

CvPdfRenderer::CvPdfRenderer(Database &db, Store &store)
    : m_db(db)
    , m_store(store) {}

QJsonObject CvPdfRenderer::parsedCv(const QJsonObject &candidate) {
    const QString candId = candidate.value(QStringLiteral("id")).toString();
    const QByteArray h = QCryptographicHash::hash(candId.toUtf8(), QCryptographicHash::Sha1);
    const auto n = [&](int i) {
        return static_cast<int>(static_cast<unsigned char>(h.at(i)));
    };
    const QString region = candidate.value(QStringLiteral("region")).toString();
    const DemoCorpus::Lang lang = region == QLatin1String("TR")   ? DemoCorpus::Lang::Tr
                                  : region == QLatin1String("EU") ? DemoCorpus::Lang::De
                                                                  : DemoCorpus::Lang::En;
    const QStringList &companies = DemoCorpus::companies(lang);
    const QStringList &unis = DemoCorpus::universities(lang);
    const int startYear = 2008 + n(0) % 10;
    QJsonArray experience{
        QJsonObject{
            {QStringLiteral("title"), QString(QStringLiteral("Senior ") + DemoCorpus::skills().at(n(1) % 30) +
                                              QStringLiteral(" Engineer"))},
            {QStringLiteral("company"), companies.at(n(2) % companies.size())},
            {QStringLiteral("from"), QString(QString::number(startYear + 5) + QStringLiteral("-03"))},
            {QStringLiteral("to"), QJsonValue()}},
        QJsonObject{{QStringLiteral("title"),
                     QString(DemoCorpus::skills().at(n(3) % 30) + QStringLiteral(" Developer"))},
                    {QStringLiteral("company"), companies.at(n(4) % companies.size())},
                    {QStringLiteral("from"), QString(QString::number(startYear) + QStringLiteral("-09"))},
                    {QStringLiteral("to"), QString(QString::number(startYear + 5) + QStringLiteral("-02"))}}};
    QJsonArray education{QJsonObject{{QStringLiteral("institution"), unis.at(n(5) % unis.size())},
                                     {QStringLiteral("degree"), QStringLiteral("B.Sc.")},
                                     {QStringLiteral("field"), QStringLiteral("Computer Science")},
                                     {QStringLiteral("from"), QString::number(startYear - 4)},
                                     {QStringLiteral("to"), QString::number(startYear)}}};
    const QString updated = candidate.value(QStringLiteral("updated_at")).toString();
    return QJsonObject{{QStringLiteral("id"), QString(QStringLiteral("ai_cv") + candId.mid(5))},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("updated_at"), updated},
                       {QStringLiteral("candidate_id"), candId},
                       {QStringLiteral("summary"),
                        QStringLiteral("Engineer with %1 years of experience in %2.")
                            .arg(2025 - startYear)
                            .arg(Json::toStringList(candidate.value(QStringLiteral("skills")).toArray())
                                     .join(QStringLiteral(", ")))},
                       {QStringLiteral("experience"), experience},
                       {QStringLiteral("education"), education},
                       {QStringLiteral("skills"), candidate.value(QStringLiteral("skills")).toArray()},
                       {QStringLiteral("languages"), candidate.value(QStringLiteral("languages")).toArray()},
                       {QStringLiteral("provenance"),
                        QJsonObject{{QStringLiteral("provider"), QStringLiteral("hirex")},
                                    {QStringLiteral("model"), QStringLiteral("cv-parser-2024.10")},
                                    {QStringLiteral("generated_at"), updated},
                                    {QStringLiteral("prompt_version"), QStringLiteral("cv-1")}}}};
}

QByteArray CvPdfRenderer::pdfFor(const QJsonObject &candidate) {
    const QString key = QStringLiteral("cv:") + candidate.value(QStringLiteral("id")).toString();
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT data FROM blobs WHERE id = ?"), {key});
    if (q.next())
        return q.value(0).toByteArray();
    const QByteArray pdf = render(candidate, parsedCv(candidate));
    m_db.exec(QStringLiteral(
                  "INSERT OR REPLACE INTO blobs (id, content_type, data) VALUES (?, 'application/pdf', ?)"),
              {key, pdf});
    return pdf;
}

QByteArray CvPdfRenderer::render(const QJsonObject &candidate, const QJsonObject &parsed) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(QStringLiteral("Curriculum vitae"));
        writer.setCreator(QStringLiteral("hirex-sandbox"));
        writer.setResolution(96);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        QFont title(QStringLiteral("DejaVu Sans"), 20, QFont::Bold);
        QFont body(QStringLiteral("DejaVu Sans"), 10);
        int y = 40;
        painter.setFont(title);
        painter.drawText(40, y,
                         candidate.value(QStringLiteral("first_name")).toString() + QLatin1Char(' ') +
                             candidate.value(QStringLiteral("last_name")).toString());
        y += 30;
        painter.setFont(body);
        const QStringList contact{candidate.value(QStringLiteral("email")).toString(),
                                  candidate.value(QStringLiteral("phone")).toString(),
                                  candidate.value(QStringLiteral("location")).toString()};
        painter.drawText(40, y, contact.join(QStringLiteral("  ·  ")));
        y += 30;
        painter.drawText(QRect(40, y, 700, 60), Qt::TextWordWrap,
                         parsed.value(QStringLiteral("summary")).toString());
        y += 70;
        painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 13, QFont::Bold));
        painter.drawText(40, y, QStringLiteral("Experience"));
        y += 22;
        painter.setFont(body);
        for (const auto &e : parsed.value(QStringLiteral("experience")).toArray()) {
            const QJsonObject o = e.toObject();
            painter.drawText(40, y,
                             o.value(QStringLiteral("title")).toString() + QStringLiteral(" — ") +
                                 o.value(QStringLiteral("company")).toString() + QStringLiteral(" (") +
                                 o.value(QStringLiteral("from")).toString() + QStringLiteral(" – ") +
                                 o.value(QStringLiteral("to")).toString(QStringLiteral("today")) + u')');
            y += 20;
        }
        y += 14;
        painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 13, QFont::Bold));
        painter.drawText(40, y, QStringLiteral("Education"));
        y += 22;
        painter.setFont(body);
        for (const auto &e : parsed.value(QStringLiteral("education")).toArray()) {
            const QJsonObject o = e.toObject();
            painter.drawText(40, y,
                             o.value(QStringLiteral("degree")).toString() + QLatin1Char(' ') +
                                 o.value(QStringLiteral("field")).toString() + QStringLiteral(", ") +
                                 o.value(QStringLiteral("institution")).toString());
            y += 20;
        }
        y += 14;
        painter.drawText(40, y,
                         QStringLiteral("Skills: ") +
                             Json::toStringList(parsed.value(QStringLiteral("skills")).toArray())
                                 .join(QStringLiteral(", ")));
        painter.end();
    }
    return buffer.data();
}

} // namespace hirex::sandbox
