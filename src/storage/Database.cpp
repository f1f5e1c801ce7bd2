#include "Database.h"

#include "Migrations.h"
#include "SqlSupport.h"
#include "StorageLog.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <mutex>
#include <utility>
#include <vector>

namespace syncsites {

/// The connections of one Database, shared with the thread-exit hooks of the threads that opened them.
struct Database::Registry
{
    QMutex mutex;
    QSet<QString> names;
    QString prefix;
    bool closed = false;
};

namespace {

QAtomicInteger<quint64> nextSerial{0};

// Closes a thread's connections when the thread ends, unless their Database has closed them already.
class ThreadConnections
{
public:
    ThreadConnections() = default;
    ThreadConnections(const ThreadConnections&) = delete;
    ThreadConnections& operator=(const ThreadConnections&) = delete;

    ~ThreadConnections()
    {
        for (const auto& [weakRegistry, name] : m_entries) {
            if (const std::shared_ptr<Database::Registry> registry = weakRegistry.lock()) {
                QMutexLocker locker(&registry->mutex);
                if (registry->names.remove(name))
                    QSqlDatabase::removeDatabase(name);
            }
        }
    }

    void add(const std::shared_ptr<Database::Registry>& registry, const QString& name)
    {
        m_entries.erase(
            std::remove_if(m_entries.begin(), m_entries.end(), [](const auto& entry) { return entry.first.expired(); }),
            m_entries.end());
        m_entries.emplace_back(registry, name);
    }

private:
    std::vector<std::pair<std::weak_ptr<Database::Registry>, QString>> m_entries;
};

thread_local ThreadConnections threadConnections;

QString threadKey()
{
    return QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()), 16);
}

Error closedError(const QString& path)
{
    return {QStringLiteral("database_closed"),
            QStringLiteral("The database %1 has been closed. Open it again to continue.").arg(path),
            {}};
}

// SQLite's process-wide settings, made once before its first connection (sqlite3_config refuses them later).
// Memory statistics off: with them on, every allocation of every connection takes one global mutex, which the
// hub's workers (and a site's integration beside an in-process hub) contend for; nothing here reads them.
void configureSqliteOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) != SQLITE_OK)
            qCDebug(lcStorage) << "SQLite was initialised already: its memory statistics stay on";
    });
}

} // namespace

Database::Database(QString path, DatabaseOptions options)
    : m_path(std::move(path)), m_options(options), m_registry(std::make_shared<Registry>())
{
    m_registry->prefix = QStringLiteral("syncsites#%1#%2#").arg(QString::number(++nextSerial), m_path);
}

Database::~Database()
{
    close();
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const DatabaseOptions& options)
{
    configureSqliteOnce();
    if (path.isEmpty())
        return Error{QStringLiteral("database_missing"),
                     QStringLiteral("No database file was given. Choose where the database should be."),
                     {}};
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    if (info.exists() && !info.isFile())
        return Error{QStringLiteral("database_open_failed"),
                     QStringLiteral("%1 is not a file. Choose a database file, not a folder.").arg(absolute),
                     {}};
    if (!info.exists()) {
        if (!options.createIfMissing)
            return Error{
                QStringLiteral("database_missing"),
                QStringLiteral("There is no database at %1. Check the path, or create a new database.").arg(absolute),
                {}};
        if (!info.absoluteDir().exists())
            return Error{QStringLiteral("database_open_failed"),
                         QStringLiteral("The folder %1 does not exist. Create it, or choose another place for the "
                                        "database.")
                             .arg(info.absolutePath()),
                         {}};
    }
    // SQLite takes a 0-byte file for a new database; only a caller that creates databases may have it so. Anyone
    // else would silently get an empty replica in place of the one whose data was lost (a failed copy, a full disk).
    if (info.exists() && info.size() == 0 && !options.createIfMissing)
        return Error{
            QStringLiteral("database_empty"),
            QStringLiteral("The database file %1 is empty (0 bytes): its data was lost outside SyncSites (a "
                           "failed copy or a full disk, say). Nothing was changed. Restore the file from a "
                           "backup; or, to set this site up again, move the file aside, ask your administrator to "
                           "release the site's binding on the server, and run init.")
                .arg(absolute),
            {}};
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error{QStringLiteral("sqlite_driver_missing"),
                     QStringLiteral("The Qt SQLite driver is not installed (on Debian: libqt6sql6-sqlite). Install it "
                                    "and start SyncSites again."),
                     {}};

    // Owner only (0600): every file made here, and older ones tightened (below).
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const QFileDevice::Permissions others =
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    const QStringList sideSuffixes{QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};
    if (!info.exists()) {
        // A new database is built under another name and takes its own once its schema is written: a program
        // killed while creating it leaves nothing where a database is expected (never a 0-byte file that later
        // reads as an emptied one).
        const QString building = absolute + QStringLiteral(".creating");
        const auto removeBuilding = [&] {
            for (const QString& suffix : sideSuffixes)
                QFile::remove(building + suffix);
        };
        removeBuilding();
        QFile created(building);
        if (!created.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return DiskSpace::explain(Error{QStringLiteral("database_open_failed"),
                                            QStringLiteral("The database %1 cannot be created (%2). Check that the "
                                                           "folder is writable.")
                                                .arg(absolute, created.errorString()),
                                            {}},
                                      absolute, options.freeSpace);
        created.setPermissions(ownerOnly);
        created.close();
        {
            std::unique_ptr<Database> fresh(new Database(building, options));
            Status made = fresh->prepareFile();
            if (made) {
                Result<QSqlDatabase> db = fresh->connection();
                made = db ? sql::exec(*db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"),
                                      QStringLiteral("writing the new database to its file"))
                          : Status(db.error());
            }
            fresh->close();
            if (!made) {
                removeBuilding();
                return DiskSpace::explain(made.error(), absolute, options.freeSpace);
            }
        }
        QFile::remove(building + QStringLiteral("-shm"));
        QFile::remove(building + QStringLiteral("-wal")); // empty after the checkpoint
        if (!QFile::rename(building, absolute)) {
            removeBuilding();
            if (!QFileInfo::exists(absolute)) // else made meanwhile by another program: open that one
                return Error{QStringLiteral("database_open_failed"),
                             QStringLiteral("The new database could not be moved to %1. Check that the folder is "
                                            "writable.")
                                 .arg(absolute),
                             {}};
        }
    } else {
        // Owner only (0600): a replica holds its users' password hashes, a hub every credential hash. SQLite gives
        // the -wal and -shm files the database file's permissions; an older file readable by others is tightened.
        for (const QString& suffix : sideSuffixes) {
            const QFileInfo existing(absolute + suffix);
            if (existing.exists() && (existing.permissions() & others))
                QFile::setPermissions(existing.filePath(), existing.permissions() & ~others);
        }
    }

    std::unique_ptr<Database> database(new Database(absolute, options));
    const Status prepared = database->prepareFile();
    if (!prepared) {
        database->close();
        // An I/O error on a full disk is a full disk, not a folder to check.
        Error error = DiskSpace::explain(prepared.error(), absolute, options.freeSpace);
        if (error.code == u"database_corrupt")
            error.message = QStringLiteral("The file %1 is damaged or is not a SyncSites database (%2). Restore it "
                                           "from a backup, or choose another file.")
                                .arg(absolute, error.details.toString());
        return error;
    }
    return Result<std::unique_ptr<Database>>(std::move(database));
}

Status Database::prepareFile()
{
    Result<QSqlDatabase> opened = connection();
    if (!opened)
        return opened.error();
    const QSqlDatabase db = *opened;

    // A file that is not a database (or whose first page is damaged) fails by now, on the first read.
    Result<QVariant> tables = sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"),
                                          QStringLiteral("reading the database file"));
    if (!tables)
        return tables.error();

    Result<QVariant> mode = sql::scalar(db, QStringLiteral("PRAGMA journal_mode = WAL"),
                                        QStringLiteral("switching the database to write-ahead logging"));
    if (!mode)
        return mode.error();
    if (mode->toString().compare(u"wal", Qt::CaseInsensitive) != 0)
        qCWarning(lcStorage) << "journal mode of" << m_path << "is" << mode->toString() << "instead of wal";

    const int target = m_options.schemaVersion > 0 ? m_options.schemaVersion : Migrations::latestVersion();
    Result<int> version = Migrations::migrate(db, m_path, target, m_options.upgrade);
    if (!version)
        return version.error();
    m_schemaVersion = *version;
    qCDebug(lcStorage) << "opened" << m_path << "at schema version" << m_schemaVersion;
    return {};
}

Result<QSqlDatabase> Database::connection() const
{
    const QString name = m_registry->prefix + threadKey();
    {
        QMutexLocker locker(&m_registry->mutex);
        if (m_registry->closed)
            return closedError(m_path);
        if (m_registry->names.contains(name)) {
            locker.unlock();
            return QSqlDatabase::database(name, false);
        }
    }
    return openConnection(name);
}

Result<QSqlDatabase> Database::openConnection(const QString& name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeoutMs));
    const auto discard = [&db, &name](Error error) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return error;
    };
    if (!db.open()) {
        const QSqlError sqlError = db.lastError();
        return discard({QStringLiteral("database_open_failed"),
                        QStringLiteral("Could not open the database %1 (%2). Check that the file exists and that "
                                       "you may read and write it.")
                            .arg(m_path, sqlError.databaseText().isEmpty() ? sqlError.text() : sqlError.databaseText()),
                        {}});
    }
    const QString configure = QStringLiteral("configuring the database connection");
    const QString pragmas[] = {
        QStringLiteral("PRAGMA busy_timeout = %1").arg(m_options.busyTimeoutMs),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        // 64 MiB of page cache per connection: with SQLite's default 2 MiB a large transaction spills pages to
        // the WAL again and again (measured: 24 s instead of a few for 100,000 demo records).
        QStringLiteral("PRAGMA cache_size = -65536"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        // Checkpoint when the WAL reaches 10,000 pages (40 MB) rather than SQLite's 1,000: a sync commits a page
        // of records at a time, and each checkpoint copies (and syncs) every page the commits since touched; the
        // index pages of random ids are touched again by nearly every commit.
        QStringLiteral("PRAGMA wal_autocheckpoint = 10000"),
    };
    for (const QString& pragma : pragmas) {
        const Status done = sql::exec(db, pragma, configure);
        if (!done)
            return discard(done.error());
    }

    QMutexLocker locker(&m_registry->mutex);
    if (m_registry->closed)
        return discard(closedError(m_path));
    m_registry->names.insert(name);
    threadConnections.add(m_registry, name);
    qCDebug(lcStorage) << "opened connection" << name;
    return db;
}

Result<sqlite3*> Database::handle() const
{
    Result<QSqlDatabase> db = connection();
    if (!db)
        return db.error();
    sqlite3* raw = sql::handle(*db);
    if (raw == nullptr)
        return Error{QStringLiteral("database_error"),
                     QStringLiteral("The SQLite handle of %1 is not available.").arg(m_path),
                     {}};
    return raw;
}

void Database::close()
{
    QMutexLocker locker(&m_registry->mutex);
    for (const QString& name : std::as_const(m_registry->names))
        QSqlDatabase::removeDatabase(name);
    m_registry->names.clear();
    m_registry->closed = true;
}

bool Database::isOpen() const
{
    QMutexLocker locker(&m_registry->mutex);
    return !m_registry->closed;
}

int Database::connectionCount() const
{
    QMutexLocker locker(&m_registry->mutex);
    return static_cast<int>(m_registry->names.size());
}

} // namespace syncsites
