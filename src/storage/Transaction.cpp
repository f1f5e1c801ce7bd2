#include "Transaction.h"

#include "Database.h"
#include "SqlSupport.h"
#include "StorageLog.h"

#include <QAtomicInteger>
#include <QSqlQuery>

#include <sqlite3.h>

#include <utility>

namespace syncsites {

namespace {

QAtomicInteger<quint64> nextSavepoint{0};

Error closedError()
{
    return {QStringLiteral("transaction_closed"),
            QStringLiteral("The transaction has already been committed or rolled back."),
            {}};
}

Status writeContext(const QSqlDatabase& db, const QVariant& source, bool received)
{
    QSqlQuery query(db);
    const QString doing = QStringLiteral("setting the origin of the writes");
    Status done = sql::prepare(
        query, QStringLiteral("UPDATE write_context SET source_site_id = :source, received = :received WHERE id = 1"),
        doing);
    if (!done)
        return done;
    query.bindValue(QStringLiteral(":source"), source);
    query.bindValue(QStringLiteral(":received"), received ? 1 : 0);
    return sql::exec(query, doing);
}

} // namespace

Transaction::Transaction(QSqlDatabase db, QString savepoint)
    : m_db(std::move(db)), m_savepoint(std::move(savepoint)), m_active(true)
{}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(std::move(other.m_db)), m_savepoint(std::move(other.m_savepoint)),
      m_active(std::exchange(other.m_active, false)), m_originChanged(other.m_originChanged),
      m_previousSource(std::move(other.m_previousSource)), m_previousReceived(other.m_previousReceived)
{}

Transaction& Transaction::operator=(Transaction&& other) noexcept
{
    if (this != &other) {
        if (m_active)
            rollback();
        m_db = std::move(other.m_db);
        m_savepoint = std::move(other.m_savepoint);
        m_active = std::exchange(other.m_active, false);
        m_originChanged = other.m_originChanged;
        m_previousSource = std::move(other.m_previousSource);
        m_previousReceived = other.m_previousReceived;
    }
    return *this;
}

Transaction::~Transaction()
{
    if (m_active) {
        qCDebug(lcStorage) << "rolling back a transaction that was not committed";
        rollback();
    }
}

Result<Transaction> Transaction::begin(Database& database, Mode mode)
{
    Result<QSqlDatabase> db = database.connection();
    if (!db)
        return db.error();
    sqlite3* raw = sql::handle(*db);
    const bool nested = raw != nullptr && sqlite3_get_autocommit(raw) == 0;
    if (nested) {
        const QString name = QStringLiteral("syncsites_%1").arg(++nextSavepoint);
        const Status started =
            sql::exec(*db, QLatin1String("SAVEPOINT ") + name, QStringLiteral("starting a nested transaction"));
        if (!started)
            return started.error();
        return Transaction(*db, name);
    }
    const Status started =
        sql::exec(*db, mode == Mode::Write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"),
                  QStringLiteral("starting a transaction"));
    if (!started)
        return started.error();
    return Transaction(*db, QString());
}

sqlite3* Transaction::handle() const
{
    return sql::handle(m_db);
}

Status Transaction::setWriteOrigin(const QString& sourceSiteId, bool received)
{
    if (!m_active)
        return closedError();
    if (!m_originChanged && isSavepoint()) {
        // Remember the enclosing transaction's origin, to restore it when this savepoint is released.
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("SELECT source_site_id, received FROM write_context WHERE id = 1")))
            return sql::databaseError(query.lastError(), QStringLiteral("reading the origin of the writes"));
        if (query.next()) {
            m_previousSource = query.value(0);
            m_previousReceived = query.value(1).toInt() != 0;
        }
    }
    if (!m_originChanged && !isSavepoint()) {
        m_previousSource = sql::nullText();
        m_previousReceived = false;
    }
    const Status set = writeContext(m_db, sourceSiteId.isEmpty() ? sql::nullText() : QVariant(sourceSiteId), received);
    if (set)
        m_originChanged = true;
    return set;
}

Status Transaction::resetWriteOrigin()
{
    if (!m_active)
        return closedError();
    if (!m_originChanged)
        return {};
    const Status reset = writeContext(m_db, m_previousSource, m_previousReceived);
    if (reset)
        m_originChanged = false;
    return reset;
}

Status Transaction::commit()
{
    if (!m_active)
        return closedError();
    Status done = resetWriteOrigin();
    if (done) {
        done = sql::exec(m_db, isSavepoint() ? QLatin1String("RELEASE ") + m_savepoint : QStringLiteral("COMMIT"),
                         QStringLiteral("saving the changes"));
    }
    if (!done) {
        rollback();
        return done;
    }
    m_active = false;
    m_db = QSqlDatabase(); // hold no reference to the connection once finished
    return {};
}

Status Transaction::rollback()
{
    if (!m_active)
        return closedError();
    m_active = false;
    m_originChanged = false;
    const QSqlDatabase db = std::exchange(m_db, QSqlDatabase());
    if (isSavepoint()) {
        const Status undone =
            sql::exec(db, QLatin1String("ROLLBACK TO ") + m_savepoint, QStringLiteral("undoing the changes"));
        const Status released =
            sql::exec(db, QLatin1String("RELEASE ") + m_savepoint, QStringLiteral("undoing the changes"));
        return undone ? released : undone;
    }
    // After a failed COMMIT SQLite may already have rolled back; there is then nothing left to undo.
    sqlite3* raw = sql::handle(db);
    if (raw != nullptr && sqlite3_get_autocommit(raw) != 0)
        return {};
    return sql::exec(db, QStringLiteral("ROLLBACK"), QStringLiteral("undoing the changes"));
}

} // namespace syncsites
