#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace hirex::sandbox {

class Database;
class Store;

// CV PDFs made with QPdfWriter on first request and cached in the blobs table.
class CvPdfRenderer {
public:
    CvPdfRenderer(Database &db, Store &store);
    QByteArray pdfFor(const QJsonObject &candidate);
    // The parsed CV (deterministic from the candidate) as served by /parsed-cv.
    static QJsonObject parsedCv(const QJsonObject &candidate);

private:
    QByteArray render(const QJsonObject &candidate, const QJsonObject &parsed);

    Database &m_db;
    Store &m_store;
};

} // namespace hirex::sandbox
