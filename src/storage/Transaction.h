#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace syncsites {

class Database;

/// A database transaction on the calling thread's connection (RAII): begin() starts it, commit() ends it, and the
/// destructor rolls it back unless it was committed or rolled back.
///
/// Inside an open transaction of the same connection a Transaction becomes a savepoint (commit releases it,
/// rollback undoes only its own writes).
///
/// The write origin: every write to a synced table logs a changelog row whose source site and `received` flag
/// come from the write_context row. By default that is the local site with received = 0. setWriteOrigin() labels
/// the following writes as coming from another site (received = 1 for rows integrated from a pull). commit()
/// restores the origin that was in force when this Transaction began (the default for an outermost one) before it
/// commits, so a forgotten reset can never mislabel later local writes; a rollback undoes it with everything else.
///
/// Threading: use it on the thread that began it, and use only that thread's connection (Database::connection())
/// while it is open. Move-only. Errors as values (database_busy when another writer keeps the lock past the busy
/// timeout, transaction_closed when used after commit or rollback).
class Transaction
{
public:
    enum class Mode
    {
        Write, ///< BEGIN IMMEDIATE: takes the write lock now, so the transaction never fails half-way on a busy lock
        Read,  ///< BEGIN (deferred): a consistent snapshot for reading
    };

    static Result<Transaction> begin(Database& database, Mode mode = Mode::Write);

    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&& other) noexcept;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    /// The connection the transaction runs on (the calling thread's); invalid once committed or rolled back.
    const QSqlDatabase& connection() const { return m_db; }
    sqlite3* handle() const;

    bool isActive() const { return m_active; }
    bool isSavepoint() const { return !m_savepoint.isEmpty(); }

    /// Labels the following writes of this transaction: they came from `sourceSiteId`, and `received` says they
    /// were integrated from a pull (so they are never pushed back). May be called again to change it.
    Status setWriteOrigin(const QString& sourceSiteId, bool received);
    /// Back to the origin in force when this Transaction began.
    Status resetWriteOrigin();

    /// Restores the write origin, then commits (or releases the savepoint). On failure everything is rolled back.
    Status commit();
    Status rollback();

private:
    Transaction(QSqlDatabase db, QString savepoint);

    QSqlDatabase m_db;
    QString m_savepoint;
    bool m_active = false;
    bool m_originChanged = false;
    QVariant m_previousSource;
    bool m_previousReceived = false;
};

} // namespace syncsites
