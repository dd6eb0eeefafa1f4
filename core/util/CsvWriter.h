#pragma once

#include <QString>
#include <QStringList>

class QIODevice;

namespace hirex::util {

// Writes RFC 4180 CSV and neutralises spreadsheet formula injection (OWASP "CSV injection"):
// a cell that starts with = + - @, a tab or a carriage return is prefixed with a single quote,
// so Excel and LibreOffice show it as text instead of evaluating it.
class CsvWriter {
public:
    explicit CsvWriter(QIODevice *device);

    // Writes one record. Returns false when the device refused the bytes.
    bool writeRow(const QStringList &cells);

    // Encodes one cell exactly as writeRow() would, without the separator.
    static QString encodeCell(const QString &cell);

private:
    QIODevice *m_device;
};

} // namespace hirex::util
