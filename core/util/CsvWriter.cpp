#include "core/util/CsvWriter.h"

#include <QIODevice>

namespace hirex::util {

namespace {

bool startsLikeFormula(const QString &cell) {
    if (cell.isEmpty())
        return false;
    switch (cell.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

bool needsQuoting(const QString &cell) {
    for (const QChar c : cell) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r')
            return true;
    }
    return false;
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device) {}

QString CsvWriter::encodeCell(const QString &cell) {
    QString text = startsLikeFormula(cell) ? u'\'' + cell : cell;
    if (!needsQuoting(text))
        return text;
    text.replace(u'"', QStringLiteral("\"\""));
    return u'"' + text + u'"';
}

bool CsvWriter::writeRow(const QStringList &cells) {
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += u',';
        line += encodeCell(cells.at(i));
    }
    line += QStringLiteral("\r\n"); // RFC 4180 mandates CRLF between records.
    const QByteArray bytes = line.toUtf8();
    return m_device->write(bytes) == bytes.size();
}

} // namespace hirex::util
