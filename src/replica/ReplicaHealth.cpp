#include "ReplicaHealth.h"

#include "Database.h"
#include "SettingTable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QVariantMap>

namespace syncsites {

namespace {

Q_LOGGING_CATEGORY(lcEngine, "syncsites.engine.health", QtInfoMsg)

// Its sentences, in the translation context "ReplicaHealth" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReplicaHealth)
};

} // namespace

QLatin1String ReplicaHealth::checkedAtKey()
{
    return QLatin1String("integrity_checked_at");
}

QLatin1String ReplicaHealth::damageKey()
{
    return QLatin1String("integrity_damage");
}

QLatin1String ReplicaHealth::suspectKey()
{
    return QLatin1String("integrity_suspect");
}

ReplicaHealth::ReplicaHealth(Database& database) : m_database(database) {}

Error ReplicaHealth::damagedError(const QString& path, const QString& summary)
{
    // The sentence for people: how much was found; SQLite's own words stay in details.damage (and `check`).
    QString found = summary;
    if (found.startsWith(QLatin1String("damaged: ")))
        found = found.mid(9);
    if (const qsizetype first = found.indexOf(QLatin1String("; first:")); first > 0)
        found = found.left(first);
    return Error{
        QStringLiteral("replica_damaged"),
        Text::tr("This computer's copy of the data (%1) is damaged: %2. Sync is stopped so that the damage does "
                 "not spread.")
            .arg(path, found),
        QVariantMap{{QStringLiteral("damage"), summary}}};
}

Result<QString> ReplicaHealth::damage() const
{
    const Result<std::optional<QString>> value = SettingTable(m_database).value(damageKey());
    if (!value)
        return value.error();
    return value->value_or(QString());
}

Result<IntegrityReport> ReplicaHealth::check(const IntegrityOptions& options)
{
    Result<IntegrityReport> report = IntegrityCheck::run(m_database, options);
    if (!report)
        return report;
    // The marks are written to the replica itself: a write to a damaged file usually still succeeds (the damage
    // is in other pages). When it fails the mark is lost, not the verdict: the next session checks again.
    SettingTable settings(m_database);
    Status recorded;
    if (report->damaged()) {
        recorded = settings.setValue(damageKey(), report->summary());
        qCWarning(lcEngine) << "replica" << m_database.path() << "is damaged:" << report->summary();
    } else if (report->complete) {
        recorded = settings.remove(damageKey());
        if (recorded)
            recorded = settings.remove(suspectKey());
    }
    if (recorded)
        recorded = settings.setValue(checkedAtKey(), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!recorded)
        qCWarning(lcEngine) << "the outcome of the check of" << m_database.path()
                            << "could not be recorded:" << recorded.error().message;
    return report;
}

Status ReplicaHealth::beforeSession(const ReplicaHealthOptions& options)
{
    IntegrityOptions checkOptions;
    checkOptions.timeBox = options.timeBox;
    SettingTable settings(m_database);
    const Result<std::optional<QString>> damaged = settings.value(damageKey());
    const Result<std::optional<QString>> suspect = settings.value(suspectKey());
    const Result<std::optional<QString>> checkedAt = settings.value(checkedAtKey());
    if (damaged && damaged->has_value())
        return damagedError(m_database.path(), **damaged);
    bool due = !damaged || !suspect || !checkedAt || suspect->has_value();
    if (!due && options.checkEvery.count() > 0) {
        const QDateTime last =
            checkedAt->has_value() ? QDateTime::fromString(**checkedAt, Qt::ISODateWithMs) : QDateTime();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // A clock set back makes `last` lie in the future: check then too.
        due = !last.isValid() || last.secsTo(now) >= options.checkEvery.count() || last > now.addSecs(300);
    }
    if (!due)
        return {};
    const Result<IntegrityReport> report = check(checkOptions);
    if (!report)
        return report.error();
    if (report->damaged())
        return damagedError(m_database.path(), report->summary());
    return {};
}

Error ReplicaHealth::afterError(const Error& error, const ReplicaHealthOptions& options)
{
    if (error.code != QLatin1String("database_corrupt"))
        return error;
    if (Status marked = SettingTable(m_database).setValue(suspectKey(), error.message); !marked)
        qCWarning(lcEngine) << "could not mark" << m_database.path() << "for a check:" << marked.error().message;
    IntegrityOptions checkOptions;
    checkOptions.timeBox = options.timeBox;
    const Result<IntegrityReport> report = check(checkOptions);
    if (report && report->damaged())
        return damagedError(m_database.path(), report->summary());
    return error;
}

} // namespace syncsites
