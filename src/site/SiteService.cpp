#include "SiteService.h"

#include "ChangeLog.h"
#include "Database.h"
#include "PasswordHasher.h"
#include "ReplicaHealth.h"
#include "ReplicaReinit.h"
#include "SecretFile.h"
#include "SettingTable.h"
#include "SyncFailure.h"
#include "SyncOverview.h"
#include "SyncStateRepository.h"
#include "SyncSummary.h"
#include "TableSchema.h"
#include "TopologyRepository.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace syncsites {

namespace {

// Its sentences, in the translation context "SiteService" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SiteService)
};

const QLatin1String kStockLine("stock_line");

} // namespace

Result<std::unique_ptr<SiteService>> SiteService::open(const QString& path, const DatabaseOptions& options)
{
    Result<std::unique_ptr<Database>> database = Database::open(path, options);
    if (!database)
        return database.error();
    return std::make_unique<SiteService>(std::move(database).value());
}

Result<SiteSetUp> SiteService::setUp(const QString& path, const QString& serverUrl, const QString& siteName,
                                     const QString& caCertificatePath, const QString& secret)
{
    SiteSetUp out;
    const QString secretPath = SecretFile::pathFor(path);
    out.madeReplica = !QFileInfo::exists(path);
    out.madeSecret = !QFileInfo::exists(secretPath);
    Result<std::unique_ptr<SiteService>> opened = open(path, DatabaseOptions());
    if (!opened)
        return opened.error();
    out.site = std::move(opened).value();
    Database& database = out.site->database();
    const Result<DatabaseRole> role = SettingTable(database).role();
    if (role && *role == DatabaseRole::Hub)
        return Error{QStringLiteral("not_a_replica"), Text::tr("%1 is a hub's database, not a replica").arg(path)};
    Result<ReplicaConfig> stored = ReplicaConfig::load(database);
    if (!stored)
        return stored.error();
    if (!stored->siteName.isEmpty() && stored->siteName != siteName)
        return Error{
            QStringLiteral("replica_of_other_site"),
            Text::tr("%1 is the replica of \"%2\"; it cannot become \"%3\". Use a new replica file for another site.")
                .arg(path, stored->siteName, siteName)};
    out.resumed = !stored->siteName.isEmpty();
    out.config = *stored;
    out.config.serverUrl = serverUrl;
    out.config.siteName = siteName;
    if (!caCertificatePath.isEmpty())
        out.config.caCertificatePath = caCertificatePath;
    if (Status saved = out.config.save(database); !saved)
        return saved.error();
    if (Status kept = SecretFile::write(secretPath, secret); !kept)
        return kept.error();
    return out;
}

bool SiteService::discardRefusedSetUp(SiteSetUp& setUp, const SyncSummary& firstSession)
{
    const std::optional<SyncFailure>& failure = firstSession.failure;
    const bool refused =
        failure &&
        (failure->kind == SyncFailure::Kind::Credentials || failure->kind == SyncFailure::Kind::Bound ||
         failure->kind == SyncFailure::Kind::Incompatible || failure->code == QLatin1String("site_not_data_holding"));
    if (!refused || setUp.resumed || !setUp.site)
        return false;
    const QString path = setUp.site->path();
    setUp.site->database().close();
    setUp.site.reset();
    if (setUp.madeSecret)
        QFile::remove(SecretFile::pathFor(path));
    if (setUp.madeReplica) {
        for (const QString& suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".sync-lock")})
            QFile::remove(path + suffix);
    }
    return true;
}

Result<QString> SiteService::keptSecret(const QString& replicaPath)
{
    return SecretFile::read(SecretFile::pathFor(replicaPath));
}

SiteService::SiteService(std::unique_ptr<Database> database) : m_database(std::move(database)) {}

SiteService::~SiteService() = default;

QString SiteService::path() const
{
    return m_database->path();
}

Result<bool> SiteService::isRegistered()
{
    const Result<std::optional<QString>> siteId = SettingTable(*m_database).siteId();
    if (!siteId)
        return siteId.error();
    return siteId->has_value() && !(*siteId)->isEmpty();
}

Result<ReplicaConfig> SiteService::config()
{
    return ReplicaConfig::load(*m_database);
}

Status SiteService::saveConfig(const ReplicaConfig& config)
{
    return config.save(*m_database);
}

Result<ReplicaStores> SiteService::stores()
{
    return ReplicaBrowser(*m_database).stores();
}

Result<Topology> SiteService::topology()
{
    return TopologyRepository(*m_database).load();
}

Result<RecordPage> SiteService::firstPage(const RecordQuery& query, int limit)
{
    const TableSchema* schema = TableSchema::find(query.table);
    if (schema == nullptr)
        return Error{QStringLiteral("unknown_table"), Text::tr("There is no table \"%1\" here.").arg(query.table)};
    RecordPage page;
    const bool oneStore = schema->hasStore() && !query.storeCode.isEmpty();
    const ColumnSchema* id = nullptr;
    for (const ColumnSchema& column : schema->columns()) {
        if (column.name == QLatin1String("id"))
            id = &column;
        else if (!(oneStore && column.name == QLatin1String("store_id")))
            page.columns.append(&column);
    }
    if (id != nullptr)
        page.columns.append(id);
    Result<Transaction> read = Transaction::begin(*m_database, Transaction::Mode::Read);
    if (!read)
        return read.error();
    ReplicaBrowser browser(*m_database);
    Result<QHash<QString, QString>> labels = browser.referenceLabels();
    if (labels)
        page.labels = std::move(labels).value();
    Result<qint64> total = browser.count(query);
    if (!total)
        return total.error();
    page.total = *total;
    Result<QVector<QJsonObject>> rows = browser.page(query, QString(), limit);
    if (!rows)
        return rows.error();
    page.rows = std::move(rows).value();
    return page;
}

Result<QVector<QJsonObject>> SiteService::nextPage(const RecordQuery& query, const QString& afterId, int limit)
{
    return ReplicaBrowser(*m_database).page(query, afterId, limit);
}

Result<QVector<ShipmentToReceive>> SiteService::shipmentsToReceive(const QString& storeCode)
{
    return ReplicaBrowser(*m_database).shipmentsToReceive(storeCode);
}

Result<QVector<ItemStock>> SiteService::itemStock(const QString& storeCode)
{
    return ReplicaBrowser(*m_database).itemStock(storeCode);
}

Result<PutOutcome> SiteService::adjustStock(const QString& storeCode, const QString& lineId, double availablePacks,
                                            const QString& note)
{
    Result<Transaction> tx = Transaction::begin(*m_database);
    if (!tx)
        return tx.error();
    // The whole record as stored now, changed in two fields: putRecord wants every required field.
    Result<std::optional<QJsonObject>> stored = ReplicaBrowser(*m_database).record(QString(kStockLine), lineId);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Error{QStringLiteral("record_not_found"),
                     Text::tr("The stock line is no longer in this store; it may have been removed by a sync.")};
    QJsonObject change = **stored;
    change.insert(QStringLiteral("available_packs"), availablePacks);
    change.insert(QStringLiteral("note"), note);
    Result<PutOutcome> done = StoreActions(*m_database).putRecord(storeCode, QString(kStockLine), change);
    if (!done)
        return done.error();
    if (Status committed = tx->commit(); !committed)
        return committed.error();
    return done;
}

Result<QVector<QJsonObject>> SiteService::listRecords(const QString& table, const QString& storeCode)
{
    return StoreActions(*m_database).listRecords(table, storeCode);
}

Result<PutOutcome> SiteService::putRecord(const QString& storeCode, const QString& table, const QJsonObject& record)
{
    return StoreActions(*m_database).putRecord(storeCode, table, record);
}

Result<QString> SiteService::createTransfer(const QString& fromCode, const QString& toCode, const QString& itemCode,
                                            double packs)
{
    return StoreActions(*m_database).createTransfer(fromCode, toCode, itemCode, packs);
}

Result<QString> SiteService::receive(const QString& invoiceId)
{
    return StoreActions(*m_database).receive(invoiceId);
}

Result<QString> SiteService::createRequisition(const QString& fromCode, const QString& toCode, const QString& itemCode,
                                               double packs)
{
    return StoreActions(*m_database).createRequisition(fromCode, toCode, itemCode, packs);
}

Result<QString> SiteService::respond(const QString& requisitionId)
{
    return StoreActions(*m_database).respond(requisitionId);
}

Result<QVector<RequisitionToAnswer>> SiteService::requisitionsToAnswer(const QString& storeCode)
{
    return StoreActions(*m_database).requisitionsToAnswer(storeCode);
}

Result<DeleteOutcome> SiteService::deleteRecord(const QString& storeCode, const QString& table, const QString& id)
{
    return StoreActions(*m_database).deleteRecord(storeCode, table, id);
}

Result<LocalUser> SiteService::signInOffline(const QString& username, const QString& password)
{
    const PasswordHasher hasher;
    const Result<std::optional<LocalUser>> found = LocalUsers(*m_database).find(username);
    if (!found)
        return found.error();
    const auto wrong = [] {
        return Error{
            QStringLiteral("wrong_credentials"),
            Text::tr("Wrong user name or password, or this user does not work at this site (only their accounts "
                     "are kept here for signing in offline).")};
    };
    if (!found->has_value()) {
        hasher.verifyNothing(password); // the same time whether or not the account exists
        return wrong();
    }
    const LocalUser& user = **found;
    if (!hasher.verify(password, user.passwordHash))
        return wrong();
    if (!user.active)
        return Error{QStringLiteral("account_disabled"),
                     Text::tr("This account is disabled. Ask the network administrator.")};
    return user;
}

Result<SyncOverview> SiteService::overview(int sessionLimit)
{
    return SyncHistory(*m_database).overview(sessionLimit);
}

Result<QuarantineRetry::Outcome> SiteService::retryQuarantine(const QString& secret)
{
    Result<ReplicaConfig> current = config();
    if (!current)
        return current.error();
    return QuarantineRetry(*m_database, *current, secret).run();
}

Result<ReplicaStatus> SiteService::status()
{
    ReplicaStatus out;
    Result<ReplicaConfig> current = config();
    if (!current)
        return current.error();
    out.config = *current;
    SyncStateRepository state(*m_database);
    Result<QVector<LinkState>> links = state.linkStates();
    if (!links)
        return links.error();
    Result<qint64> quarantined = state.quarantineCount();
    if (!quarantined)
        return quarantined.error();
    out.quarantined = *quarantined;
    Result<QVector<SyncLogEntry>> last = state.sessions(1);
    if (!last)
        return last.error();
    if (!last->isEmpty())
        out.lastSession = last->first();
    Result<std::optional<ClockCheck>> clock = ClockSkew::load(*m_database);
    if (!clock)
        return clock.error();
    out.clock = *clock;
    // What waits is shown as nothing when it cannot be counted: the rest of the status still helps.
    const Result<qint64> waiting = SyncHistory(*m_database).waiting();
    out.waiting = waiting ? *waiting : 0;
    ChangeLog changelog(*m_database);
    for (const LinkState& link : *links) {
        const Result<qint64> unpushed = changelog.countUnpushed(link.pushPosition, link.category);
        out.links.append(ReplicaStatus::Link{link, unpushed ? *unpushed : 0});
    }
    return out;
}

Result<QVector<LoggedSession>> SiteService::sessions(int limit)
{
    SyncStateRepository state(*m_database);
    Result<QVector<SyncLogEntry>> sessions = state.sessions(limit);
    if (!sessions)
        return sessions.error();
    QVector<LoggedSession> out;
    out.reserve(sessions->size());
    for (const SyncLogEntry& session : *sessions) {
        Result<QVector<SyncStageEntry>> stages = state.stages(session.id);
        out.append(LoggedSession{session, stages ? *stages : QVector<SyncStageEntry>()});
    }
    return out;
}

Result<QVector<QuarantineEntry>> SiteService::quarantine()
{
    return SyncStateRepository(*m_database).quarantined();
}

Result<qsizetype> SiteService::exportQuarantine(const QString& file)
{
    Result<QVector<QuarantineEntry>> entries = quarantine();
    if (!entries)
        return entries.error();
    QSaveFile out(file);
    const auto failed = [&] {
        return Error{QStringLiteral("file_write_failed"),
                     Text::tr("%1 cannot be written (%2)").arg(file, out.errorString())};
    };
    if (!out.open(QIODevice::WriteOnly))
        return failed();
    out.write(QJsonDocument(SyncOverview::quarantineJson(*entries)).toJson(QJsonDocument::Indented));
    if (!out.commit())
        return failed();
    return entries->size();
}

Result<std::optional<QString>> SiteService::unfinishedReinit()
{
    return SettingTable(*m_database).value(ReplicaReinit::pendingKey());
}

Result<ReplicaCheck> SiteService::check(const IntegrityOptions& options)
{
    ReplicaHealth health(*m_database);
    Result<IntegrityReport> report = health.check(options);
    if (!report)
        return report.error();
    ReplicaCheck out;
    out.report = *report;
    if (!report->damaged() && report->complete) {
        const Result<QString> mark = health.damage();
        out.markLeft = mark ? *mark : mark.error().message;
    }
    return out;
}

} // namespace syncsites
