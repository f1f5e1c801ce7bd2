#include "StorageHealth.h"

#include "Database.h"
#include "SqlSupport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>

namespace syncsites {

namespace {

Q_LOGGING_CATEGORY(lcStorage, "syncsites.server.storage", QtInfoMsg)

// Its sentences, in the translation context "StorageHealth" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StorageHealth)
};

constexpr int kRetryAfterSeconds = 30;

/// What the cause means, in words for the site's user and the administrator.
QString causeWords(const QString& cause)
{
    if (cause == QLatin1String("disk_full"))
        return Text::tr("the server's disk is full");
    if (cause == QLatin1String("database_corrupt"))
        return Text::tr("the server's database is damaged");
    if (cause == QLatin1String("database_readonly"))
        return Text::tr("the server's database cannot be written (file permissions)");
    if (cause == QLatin1String("database_io_error"))
        return Text::tr("the server's disk cannot be read or written");
    return Text::tr("the server's database failed");
}

} // namespace

StorageHealth::StorageHealth(Database& database, Metrics& metrics)
    : m_database(database), m_metrics(metrics),
      m_healthy(metrics.gauge(QStringLiteral("syncsites_storage_healthy"),
                              QStringLiteral("1 while the hub can write its database, 0 after a storage error.")))
{
    m_healthy.set(1);
}

bool StorageHealth::isStorageFault(const QString& code)
{
    return code == QLatin1String("disk_full") || code == QLatin1String("database_corrupt") ||
           code == QLatin1String("database_readonly") || code == QLatin1String("database_io_error") ||
           code == QLatin1String("database_error") || code == QLatin1String("migration_failed");
}

void StorageHealth::filter(const HttpRequest& request, const QString& route, HttpResponse& response)
{
    if (response.errorCode == QLatin1String("database_busy")) {
        response = HttpResponse::retryLater(503, QStringLiteral("server_busy"),
                                            Text::tr("The server's database is busy. Sync again in a moment."), 5);
        return;
    }
    if (isStorageFault(response.errorCode)) {
        const QString cause = response.errorCode;
        recordFault(cause, route, QString::fromUtf8(response.body));
        response = HttpResponse::error(
            503, QStringLiteral("server_storage"),
            Text::tr(
                "The server cannot store or read data right now: %1. Nothing on this site was lost; the sync will be "
                "retried. Tell the server's administrator, who should look at the server's log and disk.")
                .arg(causeWords(cause)),
            QJsonObject{{QStringLiteral("retry_after_seconds"), kRetryAfterSeconds}, {QStringLiteral("cause"), cause}});
        response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(kRetryAfterSeconds));
        return;
    }
    if (response.status < 300 && request.method != QByteArrayLiteral("GET"))
        recordSuccess();
}

void StorageHealth::recordFault(const QString& cause, const QString& route, const QString& detail)
{
    m_metrics
        .counter(QStringLiteral("syncsites_storage_errors_total"),
                 QStringLiteral("Errors of the hub's own database (disk full, damaged file, I/O), by cause."),
                 {{QStringLiteral("cause"), cause}})
        .increment();
    m_healthy.set(0);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QMutexLocker lock(&m_mutex);
    if (m_cause.isEmpty() || m_cause != QLatin1String("database_corrupt")) {
        if (m_cause != cause)
            m_since = now;
        m_cause = cause;
        m_detail = detail;
    }
    const QDateTime last = m_lastLogged.value(cause);
    if (last.isValid() && last.secsTo(now) < 60) {
        ++m_notLogged[cause];
        return;
    }
    const int skipped = m_notLogged.take(cause);
    m_lastLogged.insert(cause, now);
    qCCritical(lcStorage).noquote() << "storage error" << cause << "on route" << route << "-" << causeWords(cause)
                                    << (skipped ? QStringLiteral("(%1 more since the last line)").arg(skipped)
                                                : QString())
                                    << "-" << detail.left(500);
}

void StorageHealth::recordSuccess()
{
    const QMutexLocker lock(&m_mutex);
    if (m_cause.isEmpty() || m_cause == QLatin1String("database_corrupt"))
        return;
    qCInfo(lcStorage).noquote() << "storage recovered after" << m_cause << "since" << m_since.toString(Qt::ISODate);
    m_cause.clear();
    m_detail.clear();
    m_healthy.set(1);
}

Status StorageHealth::check()
{
    QString cause;
    {
        const QMutexLocker lock(&m_mutex);
        cause = m_cause;
    }
    if (cause.isEmpty())
        return {};
    if (cause != QLatin1String("database_corrupt")) {
        // A fault stands: write a probe large enough to need new pages (64 KiB), then take it away. When both
        // commit the disk has room again.
        const Result<QSqlDatabase> db = m_database.connection();
        if (db) {
            const Status wrote = sql::exec(*db,
                                           QStringLiteral("INSERT OR REPLACE INTO replica_setting (key, value) VALUES "
                                                          "('storage_probe', hex(zeroblob(32768)))"),
                                           QStringLiteral("probing the disk"));
            const Status removed =
                wrote ? sql::exec(*db, QStringLiteral("DELETE FROM replica_setting WHERE key = 'storage_probe'"),
                                  QStringLiteral("probing the disk"))
                      : wrote;
            if (removed) {
                recordSuccess();
                return {};
            }
        }
    }
    QString since;
    {
        const QMutexLocker lock(&m_mutex);
        since = m_since.toString(Qt::ISODate);
    }
    return Error{QStringLiteral("server_storage"),
                 Text::tr("The server cannot write its database since %1: %2. See the server's log.")
                     .arg(since, causeWords(cause)),
                 QVariantMap{{QStringLiteral("cause"), cause}, {QStringLiteral("since"), since}}};
}

} // namespace syncsites
