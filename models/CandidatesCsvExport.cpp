#include "models/CandidatesCsvExport.h"

#include "core/util/CsvWriter.h"

#include <QLoggingCategory>
#include <QSaveFile>
#include <QThread>
#include <QTimer>

Q_LOGGING_CATEGORY(lcExport, "hirex.models.export")

namespace hirex::models {

// ---- The writer thread ---------------------------------------------------------------------

CsvFileWriter::CsvFileWriter(const QString &path)
    : m_path(path) {}

CsvFileWriter::~CsvFileWriter() = default;

bool CsvFileWriter::fail(const QString &error) {
    if (!m_failed) {
        m_failed = true;
        if (m_file)
            m_file->cancelWriting();
        m_file.reset(); // nothing of a failed export stays next to the target
        Q_EMIT done(false, error);
    }
    return false;
}

void CsvFileWriter::open(const QStringList &header) {
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        fail(tr("The file could not be created: %1").arg(m_file->errorString()));
        return;
    }
    util::CsvWriter csv(m_file.get());
    if (!csv.writeRow(header))
        fail(tr("The file could not be written: %1").arg(m_file->errorString()));
}

void CsvFileWriter::write(const QList<QStringList> &rows) {
    if (m_failed || !m_file)
        return;
    util::CsvWriter csv(m_file.get());
    for (const QStringList &row : rows) {
        if (!csv.writeRow(row)) {
            fail(tr("The file could not be written: %1").arg(m_file->errorString()));
            return;
        }
    }
    Q_EMIT written(rows.size());
}

void CsvFileWriter::commit() {
    if (m_failed || !m_file)
        return;
    if (!m_file->commit()) {
        fail(tr("The file could not be saved: %1").arg(m_file->errorString()));
        return;
    }
    m_file.reset();
    Q_EMIT done(true, QString());
}

void CsvFileWriter::cancel() {
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
    m_failed = true;
}

// ---- The export ----------------------------------------------------------------------------

CandidatesCsvExport::CandidatesCsvExport(const store::SqlCipherDatabase *db,
                                         const read::CandidateFilter &filter, read::CandidateTable::Sort sort,
                                         const QList<CandidateTableModel::Column> &columns,
                                         const QString &path, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_table(std::make_unique<read::CandidateTable>(db))
    , m_columns(columns)
    , m_path(path) {
    m_table->setFilter(filter);
    m_table->setSort(sort);
}

CandidatesCsvExport::~CandidatesCsvExport() {
    stopThread();
}

void CandidatesCsvExport::start() {
    if (m_running || m_thread)
        return;
    m_running = true;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("csv-export"));
    m_writer = new CsvFileWriter(m_path);
    m_writer->moveToThread(m_thread);
    connect(m_writer, &CsvFileWriter::written, this, &CandidatesCsvExport::onChunkWritten);
    connect(m_writer, &CsvFileWriter::done, this, &CandidatesCsvExport::onWriterDone);
    m_thread->start();

    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    m_now = now;
    m_total = m_table->count(now);
    QStringList header;
    for (CandidateTableModel::Column c : std::as_const(m_columns))
        header.append(CandidateTableModel::headerText(c));
    CsvFileWriter *writer = m_writer;
    QMetaObject::invokeMethod(
        writer, [writer, header] { writer->open(header); }, Qt::QueuedConnection);
    qCInfo(lcExport) << "export started:" << m_total << "rows," << m_columns.size() << "columns";
    Q_EMIT progress(0, m_total);
    readNextChunk();
}

void CandidatesCsvExport::readNextChunk() {
    if (!m_running || m_cancelled)
        return;
    const read::CandidateTable::Page page = m_table->fetch(ChunkRows, m_cursor, m_now);
    if (!m_table->lastError().isEmpty()) {
        qCWarning(lcExport) << "export query failed";
        m_running = false;
        stopThread();
        Q_EMIT finished(
            m_rows, tr("The candidates could not be read from the local cache: %1").arg(m_table->lastError()),
            false);
        return;
    }
    QList<QStringList> rows;
    rows.reserve(page.rows.size());
    for (const read::CandidateRow &row : page.rows) {
        if (m_written.contains(row.candidateId))
            continue;
        m_written.insert(row.candidateId);
        QStringList cells;
        cells.reserve(m_columns.size());
        for (CandidateTableModel::Column c : std::as_const(m_columns))
            cells.append(CandidateTableModel::exportText(row, c));
        rows.append(cells);
    }
    m_cursor = page.next;
    m_lastChunk = !page.next.has_value();
    CsvFileWriter *writer = m_writer;
    QMetaObject::invokeMethod(
        writer, [writer, rows] { writer->write(rows); }, Qt::QueuedConnection);
}

void CandidatesCsvExport::onChunkWritten(qint64 rows) {
    if (!m_running)
        return;
    m_rows += rows;
    Q_EMIT progress(m_rows, std::max(m_total, m_rows));
    if (m_lastChunk) {
        CsvFileWriter *writer = m_writer;
        QMetaObject::invokeMethod(
            writer, [writer] { writer->commit(); }, Qt::QueuedConnection);
        return;
    }
    // The next page on a later turn of the event loop: input and painting come in between.
    QTimer::singleShot(0, this, &CandidatesCsvExport::readNextChunk);
}

void CandidatesCsvExport::onWriterDone(bool ok, const QString &error) {
    if (!m_running)
        return;
    m_running = false;
    stopThread();
    qCInfo(lcExport) << "export finished:" << ok << m_rows << "rows";
    Q_EMIT finished(m_rows, ok ? QString() : error, false);
}

void CandidatesCsvExport::cancel() {
    if (!m_running)
        return;
    m_cancelled = true;
    m_running = false;
    stopThread();
    Q_EMIT finished(m_rows, QString(), true);
}

void CandidatesCsvExport::stopThread() {
    if (!m_thread)
        return;
    CsvFileWriter *writer = m_writer;
    QThread *thread = m_thread;
    // In order on the writer's thread: whatever it was given is done first, then an unfinished
    // file is discarded (QSaveFile without commit), then the thread ends.
    QMetaObject::invokeMethod(
        writer,
        [writer, thread] {
            writer->cancel();
            delete writer;
            thread->quit();
        },
        Qt::QueuedConnection);
    thread->wait();
    delete thread;
    m_thread = nullptr;
    m_writer = nullptr;
}

} // namespace hirex::models
