#pragma once

// Reads CSV back for the export tests: RFC 4180 (quoted fields, doubled quotes, CRLF records),
// strictly, so a malformed file fails the test instead of parsing "close enough".

#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

namespace hirex::test {

// The records of `text`; an empty list (and *ok false) when it is not RFC 4180.
inline QList<QStringList> parseCsv(const QString &text, bool *ok) {
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool afterQuote = false;
    *ok = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            if (!field.isEmpty() || afterQuote)
                return {};
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
            afterQuote = false;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n')
                return {};
            ++i;
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            afterQuote = false;
        } else if (c == u'\n') {
            return {}; // records end with CRLF, never a bare LF
        } else {
            if (afterQuote)
                return {};
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty())
        return {}; // the last record must end with CRLF too
    *ok = true;
    return records;
}

inline QList<QStringList> readCsvFile(const QString &path, bool *ok) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *ok = false;
        return {};
    }
    return parseCsv(QString::fromUtf8(file.readAll()), ok);
}

} // namespace hirex::test
