#include "SqlSupport.h"

#include "StorageLog.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace syncsites::sql {

int primaryCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

Error databaseError(const QSqlError& error, const QString& doing)
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    qCDebug(lcStorage) << "database error while" << doing << ":" << error.nativeErrorCode() << detail;
    switch (primaryCode(error)) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {QStringLiteral("database_busy"),
                QStringLiteral("The database stayed locked by another task or program while %1. Try again; if it "
                               "keeps happening, close other programs that use the database.")
                    .arg(doing),
                detail};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return {QStringLiteral("database_corrupt"),
                QStringLiteral("The database file is damaged or is not a SyncSites database (%1, while %2). "
                               "Restore it from a backup, or choose another file.")
                    .arg(detail, doing),
                detail};
    case SQLITE_FULL:
        return {QStringLiteral("disk_full"),
                QStringLiteral("The disk is full (while %1). Free some space and try again.").arg(doing), detail};
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return {QStringLiteral("database_readonly"),
                QStringLiteral("The database file cannot be written (while %1: %2). Check the file's permissions.")
                    .arg(doing, detail),
                detail};
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        return {QStringLiteral("database_io_error"),
                QStringLiteral("The database file could not be read or written (while %1: %2). Check the disk and "
                               "that the folder is writable.")
                    .arg(doing, detail),
                detail};
    default:
        break;
    }
    return {QStringLiteral("database_error"),
            QStringLiteral("A database error occurred while %1: %2.").arg(doing, detail), detail};
}

Status exec(const QSqlDatabase& db, const QString& statement, const QString& doing)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return databaseError(query.lastError(), doing);
    return {};
}

Status prepare(QSqlQuery& query, const QString& statement, const QString& doing)
{
    if (!query.prepare(statement))
        return databaseError(query.lastError(), doing);
    return {};
}

Status exec(QSqlQuery& query, const QString& doing)
{
    if (!query.exec())
        return databaseError(query.lastError(), doing);
    return {};
}

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QVariantList& values,
                      const QString& doing)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return databaseError(query.lastError(), doing);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return databaseError(query.lastError(), doing);
    return query;
}

Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement, const QString& doing)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(statement))
        return databaseError(query.lastError(), doing);
    if (!query.next())
        return QVariant();
    return query.value(0);
}

QString timestamp(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QVariant timestampValue(const QDateTime& at)
{
    return at.isValid() ? QVariant(timestamp(at)) : nullText();
}

QDateTime parseTimestamp(const QVariant& value)
{
    if (value.isNull())
        return {};
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (at.isValid() && at.timeSpec() != Qt::UTC)
        at = at.toUTC();
    return at;
}

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QVariant textOrNull(const QString& text)
{
    return text.isNull() ? nullText() : QVariant(text);
}

sqlite3* handle(const QSqlDatabase& db)
{
    if (!db.isOpen() || db.driver() == nullptr)
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

bool isIdentifier(QStringView name)
{
    if (name.isEmpty())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        const bool letter = (c >= u'a' && c <= u'z') || c == u'_';
        const bool digit = c >= u'0' && c <= u'9';
        if (!letter && !(digit && i > 0))
            return false;
    }
    return true;
}

} // namespace syncsites::sql
