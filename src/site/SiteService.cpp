#include "SiteService.h"

#include "Database.h"
#include "PasswordHasher.h"
#include "SettingTable.h"
#include "TableSchema.h"
#include "TopologyRepository.h"
#include "Transaction.h"

#include <QCoreApplication>

namespace syncsites {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SiteService", text);
}

const QLatin1String kStockLine("stock_line");

} // namespace

Result<std::unique_ptr<SiteService>> SiteService::open(const QString& path, const DatabaseOptions& options)
{
    Result<std::unique_ptr<Database>> database = Database::open(path, options);
    if (!database)
        return database.error();
    return std::make_unique<SiteService>(std::move(database).value());
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
        return Error{QStringLiteral("unknown_table"), tr("There is no table \"%1\" here.").arg(query.table)};
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
                     tr("The stock line is no longer in this store; it may have been removed by a sync.")};
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

Result<LocalUser> SiteService::signInOffline(const QString& username, const QString& password)
{
    const PasswordHasher hasher;
    const Result<std::optional<LocalUser>> found = LocalUsers(*m_database).find(username);
    if (!found)
        return found.error();
    const auto wrong = [] {
        return Error{QStringLiteral("wrong_credentials"),
                     tr("Wrong user name or password, or this user does not work at this site (only their accounts "
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
                     tr("This account is disabled. Ask the network administrator.")};
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

} // namespace syncsites
