#pragma once

#include "core/read/CandidateTable.h"
#include "models/CandidateTableModel.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class QSaveFile;
class QThread;

namespace hirex::models {

class CsvFileWriter;

// Writes the rows and columns of the candidates table as it is shown (filter, search, order,
// columns: every row, not just those fetched) to a CSV file (RFC 4180, formula-injection safe:
// util::CsvWriter), atomically (QSaveFile: the file appears complete or not at all).
//
// The rows are read on the GUI thread's connection, a keyset page at a time (each page costs
// what the first does, a few milliseconds), one page per event-loop turn; encoding and writing
// run on a thread of their own. Only one page waits for the writer at a time, so memory stays
// at one page whatever the size. Withheld names are written as their anonymised label; columns
// hidden by visibility are not in `columns` and so never written.
class CandidatesCsvExport : public QObject {
    Q_OBJECT

public:
    static constexpr int ChunkRows = 500;

    // `db` must stay open until finished() (the presenter cancels the export before it closes).
    CandidatesCsvExport(const store::SqlCipherDatabase *db, const read::CandidateFilter &filter,
                        read::CandidateTable::Sort sort, const QList<CandidateTableModel::Column> &columns,
                        const QString &path, QObject *parent = nullptr);
    // Cancels a running export (the target file is left as it was) and joins the writer thread
    // (bounded: one page's write).
    ~CandidatesCsvExport() override;

    void start();
    // Stops reading, discards what was written; finished() follows with `cancelled`.
    void cancel();
    bool isRunning() const { return m_running; }
    QString path() const { return m_path; }
    // The clock of the days-in-stage filter, as the table's.
    void setNow(const QDateTime &now) { m_now = now; }

Q_SIGNALS:
    // Rows written so far of `total` (-1 when the count failed).
    void progress(qint64 written, qint64 total);
    // `error` is empty on success; `rows` is how many candidates the file holds.
    void finished(qint64 rows, const QString &error, bool cancelled);

private:
    void readNextChunk();
    void onChunkWritten(qint64 rows);
    void onWriterDone(bool ok, const QString &error);
    void stopThread();

    const store::SqlCipherDatabase *m_db;
    std::unique_ptr<read::CandidateTable> m_table;
    QList<CandidateTableModel::Column> m_columns;
    QString m_path;
    QDateTime m_now;
    std::optional<read::CandidateTable::Cursor> m_cursor;
    QSet<QString> m_written; // a row a sync moved behind the cursor is written once
    qint64 m_total = -1;
    qint64 m_rows = 0;
    bool m_lastChunk = false;
    bool m_running = false;
    bool m_cancelled = false;
    QThread *m_thread = nullptr;
    CsvFileWriter *m_writer = nullptr; // lives on m_thread
};

// The writer thread's side: a QSaveFile and a CsvWriter over it. Internal to the export.
class CsvFileWriter : public QObject {
    Q_OBJECT

public:
    explicit CsvFileWriter(const QString &path);
    ~CsvFileWriter() override;

    void open(const QStringList &header);
    void write(const QList<QStringList> &rows);
    void commit();
    void cancel();

Q_SIGNALS:
    void written(qint64 rows);
    void done(bool ok, const QString &error);

private:
    bool fail(const QString &error);

    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    bool m_failed = false;
};

} // namespace hirex::models
