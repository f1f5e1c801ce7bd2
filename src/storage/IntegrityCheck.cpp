#include "IntegrityCheck.h"

#include "Database.h"
#include "SqlSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

#include <sqlite3.h>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace syncsites {

namespace {

Error errorOf(sqlite3* db, int code, const QString& doing)
{
    return sql::databaseError(
        QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(db)), QSqlError::StatementError, QString::number(code)),
        doing);
}

QString megabytes(qint64 bytes)
{
    return bytes >= 10 * 1024 * 1024 ? QStringLiteral("%1 MB").arg(bytes / (1024 * 1024))
                                     : QStringLiteral("%1 MB").arg(double(bytes) / (1024 * 1024), 0, 'f', 1);
}

} // namespace

QString IntegrityReport::summary() const
{
    const QString how =
        QStringLiteral("%1 of %2 in %3 s")
            .arg(full ? QStringLiteral("full check") : QStringLiteral("quick check"), megabytes(fileBytes))
            .arg(double(elapsedMs) / 1000.0, 0, 'f', 1);
    if (damaged())
        return QStringLiteral("damaged: %1 problem(s) found (%2%3); first: %4")
            .arg(problems.size())
            .arg(how, complete ? QString() : QStringLiteral(", stopped at the time limit"), problems.first());
    if (!complete)
        return QStringLiteral("no damage found before the time limit (%1; the check did not finish)").arg(how);
    return QStringLiteral("no damage found (%1)").arg(how);
}

Result<IntegrityReport> IntegrityCheck::run(Database& database, const IntegrityOptions& options)
{
    const Result<sqlite3*> handle = database.handle();
    if (!handle)
        return handle.error();
    return runOn(*handle, QFileInfo(database.path()).size(), options);
}

Result<IntegrityReport> IntegrityCheck::runFile(const QString& path, const IntegrityOptions& options)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return Error{QStringLiteral("database_missing"), QStringLiteral("There is no database at %1.").arg(path), {}};
    sqlite3* db = nullptr;
    const int rc =
        sqlite3_open_v2(QFile::encodeName(info.absoluteFilePath()).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    struct Close
    {
        sqlite3* db;
        ~Close() { sqlite3_close_v2(db); }
    } close{db};
    if (rc != SQLITE_OK)
        return Error{QStringLiteral("database_open_failed"),
                     QStringLiteral("%1 cannot be opened to be checked: %2")
                         .arg(path, QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc))),
                     {}};
    sqlite3_busy_timeout(db, 10000);
    return runOn(db, info.size(), options);
}

Result<IntegrityReport> IntegrityCheck::runOn(sqlite3* db, qint64 fileBytes, const IntegrityOptions& options)
{
    IntegrityReport report;
    report.full = options.full;
    report.fileBytes = fileBytes;

    // A watchdog interrupts the connection at the deadline (a progress handler would not do: SQLite does not call
    // it while quick_check walks one table's b-tree, a single step that may read most of the file). The scope guard
    // stops and joins it on every path, before the connection is used again.
    QElapsedTimer timer;
    timer.start();
    const qint64 limitMs = options.timeBox.count();
    std::atomic<bool> expired{false};
    struct Watchdog
    {
        std::mutex mutex;
        std::condition_variable wake;
        bool finished = false;
        std::thread thread;
        void stop()
        {
            {
                std::lock_guard lock(mutex);
                finished = true;
            }
            wake.notify_all();
            if (thread.joinable())
                thread.join();
        }
        ~Watchdog() { stop(); }
    } watchdog;
    if (limitMs > 0) {
        watchdog.thread = std::thread([&] {
            std::unique_lock lock(watchdog.mutex);
            if (!watchdog.wake.wait_for(lock, std::chrono::milliseconds(limitMs), [&] { return watchdog.finished; })) {
                expired = true;
                sqlite3_interrupt(db);
            }
        });
    }

    const QString doing = QStringLiteral("checking the database for damage");
    const int limit = qMax(1, options.maxProblems);
    const QByteArray text =
        (options.full ? QByteArrayLiteral("PRAGMA integrity_check(") : QByteArrayLiteral("PRAGMA quick_check(")) +
        QByteArray::number(limit) + ')';
    sqlite3_stmt* statement = nullptr;
    int rc = sqlite3_prepare_v2(db, text.constData(), int(text.size()), &statement, nullptr);
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            // "ok", or problems; a row may hold several lines, headed "*** in database main ***".
            const auto* row = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
            const QStringList lines = QString::fromUtf8(row ? row : "").split(QLatin1Char('\n'));
            for (const QString& raw : lines) {
                const QString line = raw.trimmed();
                if (!line.isEmpty() && line != QLatin1String("ok") &&
                    !line.startsWith(QLatin1String("*** in database")))
                    report.problems.append(line);
            }
        }
    }
    sqlite3_finalize(statement);
    watchdog.stop();
    report.elapsedMs = timer.elapsed();
    switch (rc & 0xff) {
    case SQLITE_OK:
    case SQLITE_DONE:
        break;
    case SQLITE_INTERRUPT:
        report.complete = !expired;
        if (!expired)
            return errorOf(db, rc, doing);
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        // Too damaged for the check itself to walk: that is its finding.
        report.problems.append(QString::fromUtf8(sqlite3_errmsg(db)));
        break;
    default:
        return errorOf(db, rc, doing);
    }
    return report;
}

} // namespace syncsites
