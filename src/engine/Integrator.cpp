#include "Integrator.h"

#include "ChangeLog.h"

#include "Database.h"
#include "RecordStore.h"
#include "SqlSupport.h"
#include "StableId.h"
#include "SyncStateRepository.h"
#include "SyncedTable.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>

namespace syncsites {

namespace {

constexpr int kCancelCheckEvery = 256;
constexpr int kExamples = 3;

Error cancelledError()
{
    return {QStringLiteral("cancelled"), QCoreApplication::translate("Integrator", "The sync was cancelled.")};
}

// The table's place in the catalogue, which lists referenced tables before the tables that refer to them.
int tableRank(const QString& table)
{
    static const QHash<QString, int> ranks = [] {
        QHash<QString, int> out;
        const QVector<SyncedTable>& tables = syncedTables();
        for (int i = 0; i < tables.size(); ++i)
            out.insert(tables[i].name, i);
        return out;
    }();
    return ranks.value(table, int(ranks.size()));
}

bool isRecordError(const Error& error)
{
    return error.code.startsWith(QLatin1String("record_"));
}

} // namespace

Integrator::Integrator(Database& database, Options options)
    : m_database(database), m_options(std::move(options)), m_records(std::make_unique<RecordStore>(database))
{}

Integrator::~Integrator() = default;

Status Integrator::applyRecords(const QVector<wire::PulledRecord>& page, qint64 upTo,
                                const std::atomic<bool>& cancelled, Outcome& outcome, bool* touchedUsers)
{
    // A page sends each record once, at its last change, so a header changed after its lines comes after them.
    // Written in the order of the catalogue (headers before lines, stores before their data), deletes last in the
    // reverse order, every reference inside the page is satisfied; the result is the same in any order.
    QVector<const wire::PulledRecord*> records;
    records.reserve(page.size());
    for (const wire::PulledRecord& record : page)
        if (record.cursor <= upTo)
            records << &record;
    std::stable_sort(records.begin(), records.end(), [](const wire::PulledRecord* a, const wire::PulledRecord* b) {
        if (a->deleted != b->deleted)
            return !a->deleted;
        const int ra = tableRank(a->table);
        const int rb = tableRank(b->table);
        return a->deleted ? ra > rb : ra < rb;
    });
    SyncStateRepository state(m_database);
    Result<qint64> quarantined = integrationFailures();
    if (!quarantined)
        return quarantined.error();
    m_quarantinedHere = *quarantined;
    // A record with a change made here and not yet pushed keeps that change: the pulled copy is older than what the
    // hub will have once the change is pushed (a replica pulled again from the start, a hub rebuilt, an edit made
    // while the pull ran). Read inside this page's transaction: no edit slips in between.
    Result<LinkState> link = state.linkState(m_options.category);
    if (!link)
        return link.error();
    Result<QSet<QString>> pending = ChangeLog(m_database).unpushedKeys(link->pushPosition, m_options.category);
    if (!pending)
        return pending.error();
    int seen = 0;
    for (const wire::PulledRecord* next : records) {
        const wire::PulledRecord& record = *next;
        if (++seen % kCancelCheckEvery == 0 && cancelled.load())
            return cancelledError();
        if (!pending->isEmpty() && pending->contains(record.table + QLatin1Char('/') + record.id)) {
            ++outcome.keptLocal;
            continue;
        }
        if (record.table == QLatin1String("user_account") || record.table == QLatin1String("user_site"))
            *touchedUsers = true;
        Status written;
        if (m_options.keepLocal) {
            // A history link: what this hub holds is newer than the history, and a delete there was made here.
            if (record.deleted)
                continue;
            const Result<std::optional<QJsonObject>> held = m_records->get(record.table, record.id);
            if (!held)
                return held.error();
            if (held->has_value())
                continue;
        }
        if (record.deleted) {
            Result<bool> removed = m_records->remove(record.table, record.id);
            if (!removed)
                written = removed.error();
        } else {
            written = m_records->upsert(record.table, record.data);
        }
        if (written) {
            ++outcome.applied;
            // It fits now (it came again, or its header arrived): an earlier failure of it is over.
            if (m_quarantinedHere > 0)
                if (Status s = clearIntegrationFailure(record.table, record.id); !s)
                    return s;
            continue;
        }
        if (!isRecordError(written.error()))
            return written; // the database itself failed: nothing of this page is kept
        // The record does not fit here: keep it, with the reason, for people to see and retry.
        QuarantineEntry entry;
        entry.tableName = record.table;
        entry.recordId = record.id;
        entry.storeId = record.data.value(QStringLiteral("store_id")).toString();
        entry.payload = record.data;
        entry.reasonCode = written.error().code;
        entry.reason = written.error().message;
        entry.sessionId = m_options.sessionId;
        if (Result<qint64> q = state.quarantine(entry); !q)
            return q.error();
        ++m_quarantinedHere;
        ++outcome.quarantined;
        if (outcome.examples.size() < kExamples)
            outcome.examples << written.error().message;
    }
    return {};
}

Result<qint64> Integrator::integrationFailures()
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Result<QVariant> n = sql::scalar(*db,
                                     QStringLiteral("SELECT count(*) FROM quarantine WHERE reason_code LIKE "
                                                    "'record\\_%' ESCAPE '\\'"),
                                     QStringLiteral("reading the quarantine"));
    if (!n)
        return n.error();
    return n->toLongLong();
}

Status Integrator::clearIntegrationFailure(const QString& table, const QString& id)
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Result<QSqlQuery> done =
        sql::run(*db,
                 QStringLiteral("DELETE FROM quarantine WHERE table_name = ? AND record_id = ? AND "
                                "reason_code LIKE 'record\\_%' ESCAPE '\\'"),
                 {table, id}, QStringLiteral("clearing the quarantine of a record that fits now"));
    return done ? Status() : Status(done.error());
}

Result<int> Integrator::retryIntegrationFailures()
{
    SyncStateRepository state(m_database);
    Result<QVector<QuarantineEntry>> entries = state.quarantined();
    if (!entries)
        return entries.error();
    int stillFailing = 0;
    for (const QuarantineEntry& entry : *entries) {
        if (!entry.reasonCode.startsWith(QLatin1String("record_")))
            continue;
        const Status applied = reapply(entry.tableName, entry.recordId, entry.payload);
        if (applied) {
            if (Status s = state.removeFromQuarantine(entry.id); !s)
                return s.error();
        } else if (!applied.error().code.startsWith(QLatin1String("record_"))) {
            return applied.error();
        } else {
            ++stillFailing;
        }
    }
    return stillFailing;
}

Status Integrator::purge(const QString& storeCode)
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    const QString store = StableId::store(storeCode);
    const QString doing = QStringLiteral("removing the data of store %1").arg(storeCode);
    const QString me = m_options.siteId;
    const QString activeHere = QStringLiteral("(SELECT id FROM store WHERE home_site_id = ?)");
    const QVector<QPair<QString, QVariantList>> statements{
        {QStringLiteral("DELETE FROM stock_line WHERE store_id = ?"), {store}},
        {QStringLiteral("DELETE FROM asset WHERE store_id = ?"), {store}},
        // Transfer records stay where they name one of this site's Active stores.
        {QStringLiteral("DELETE FROM invoice WHERE store_id = ? AND (partner_store_id IS NULL OR partner_store_id NOT "
                        "IN %1)")
             .arg(activeHere),
         {store, me}},
        {QStringLiteral("DELETE FROM requisition WHERE store_id = ? AND (partner_store_id IS NULL OR "
                        "partner_store_id NOT IN %1)")
             .arg(activeHere),
         {store, me}},
    };
    for (const auto& [statement, values] : statements) {
        Result<QSqlQuery> done = sql::run(*db, statement, values, doing);
        if (!done)
            return done.error();
    }
    return dropPartnerTransfers(storeCode);
}

Status Integrator::dropPartnerTransfers(const QString& storeCode)
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    const QString store = StableId::store(storeCode);
    const QString me = m_options.siteId;
    // Shipments and requisitions addressed to the store by stores this site does not hold (Active or Collector).
    const QString heldHere = QStringLiteral(
        "(SELECT id FROM store WHERE home_site_id = ? UNION SELECT store_id FROM store_visibility WHERE site_id = ? "
        "AND sync_type IN ('active', 'collector'))");
    for (const char* table : {"invoice", "requisition"}) {
        Result<QSqlQuery> done = sql::run(
            *db,
            QStringLiteral("DELETE FROM %1 WHERE partner_store_id = ? AND store_id NOT IN %2")
                .arg(QLatin1String(table), heldHere),
            {store, me, me}, QStringLiteral("removing transfers no longer routed here (store %1)").arg(storeCode));
        if (!done)
            return done.error();
    }
    return {};
}

Status Integrator::dropStrayAccounts()
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    // An account stays while its user works here, or at a client site of this server (they sign in here).
    Result<QSqlQuery> done = sql::run(
        *db,
        QStringLiteral("DELETE FROM user_account WHERE id NOT IN (SELECT user_id FROM user_site WHERE site_id = ? OR "
                       "site_id IN (SELECT id FROM site WHERE server_site_id = ?))"),
        {m_options.siteId, m_options.siteId}, QStringLiteral("removing accounts of users who no longer work here"));
    return done ? Status() : Status(done.error());
}

Result<Integrator::Outcome> Integrator::integrate(const wire::PullPage& page, const std::atomic<bool>& cancelled)
{
    Outcome outcome;
    Result<Transaction> tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    if (Status s = tx->setWriteOrigin(m_options.hubSiteId, true); !s)
        return s.error();

    // Which instruction needs the store's history first: the page is cut there.
    qint64 upTo = page.nextCursor;
    QVector<wire::Instruction> instructions = page.instructions;
    std::sort(instructions.begin(), instructions.end(),
              [](const wire::Instruction& a, const wire::Instruction& b) { return a.upTo < b.upTo; });
    std::optional<wire::Instruction> backfill;
    if (!instructions.isEmpty()) {
        for (const wire::Instruction& i : instructions) {
            // A new home needs the transfers that name the store as partner (transfers in flight included) even
            // where it held the store's own records as Collector: routing rule 7 sent them only to the old home.
            const bool needsHistory =
                i.kind == wire::Instruction::Kind::Backfill || i.kind == wire::Instruction::Kind::HandOver;
            if (needsHistory) {
                backfill = i;
                upTo = std::min(upTo, i.upTo);
                break;
            }
        }
    }

    bool touchedUsers = false;
    if (Status s = applyRecords(page.records, upTo, cancelled, outcome, &touchedUsers); !s)
        return s.error();

    SyncStateRepository state(m_database);
    for (const wire::Instruction& i : instructions) {
        if (i.upTo > upTo)
            break;
        if (i.kind == wire::Instruction::Kind::Purge) {
            if (Status s = purge(i.store); !s)
                return s.error();
            continue;
        }
        if (StableId::site(i.home) != m_options.siteId) {
            // Perhaps a former home keeping a Collector copy: the transfers of other stores that came only because
            // this store was Active here are no longer routed here.
            if (Status s = dropPartnerTransfers(i.store); !s)
                return s.error();
        }
        if (backfill && i.upTo == backfill->upTo && i.store == backfill->store) {
            for (Category category : m_options.backfillLinks.sameHub)
                if (Status s = state.addBackfill(category, i.store, i.upTo); !s)
                    return s.error();
            for (Category category : m_options.backfillLinks.otherHub)
                if (Status s = state.addBackfill(category, i.store, kWholeHistory); !s)
                    return s.error();
        }
    }
    if (touchedUsers)
        if (Status s = dropStrayAccounts(); !s)
            return s.error();

    // Also when the instruction is the page's last row: the history comes before anything else.
    outcome.cut = backfill.has_value();
    outcome.savedCursor = upTo;
    outcome.reachedEnd = page.remaining == 0 && !outcome.cut;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (Status s = state.setPullCursor(m_options.category, upTo, now); !s)
        return s.error();
    if (outcome.reachedEnd)
        if (Status s = state.setInitialised(m_options.category, true); !s)
            return s.error();
    if (Status s = tx->commit(); !s)
        return s.error();
    return outcome;
}

Result<Integrator::Outcome> Integrator::integrateBackfill(const wire::PullPage& page, const QString& storeCode,
                                                          const std::atomic<bool>& cancelled)
{
    Outcome outcome;
    Result<Transaction> tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    if (Status s = tx->setWriteOrigin(m_options.hubSiteId, true); !s)
        return s.error();
    bool touchedUsers = false;
    if (Status s = applyRecords(page.records, page.nextCursor, cancelled, outcome, &touchedUsers); !s)
        return s.error();
    SyncStateRepository state(m_database);
    outcome.savedCursor = page.nextCursor;
    outcome.reachedEnd = page.remaining == 0;
    const Status saved = outcome.reachedEnd ? state.removeBackfill(m_options.category, storeCode)
                                            : state.setBackfillCursor(m_options.category, storeCode, page.nextCursor);
    if (!saved)
        return saved.error();
    if (Status s = tx->commit(); !s)
        return s.error();
    return outcome;
}

Status Integrator::reapply(const QString& table, const QString& id, const QJsonObject& data)
{
    Result<Transaction> tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    if (Status s = tx->setWriteOrigin(m_options.hubSiteId, true); !s)
        return s;
    Status written;
    if (data.isEmpty()) {
        Result<bool> removed = m_records->remove(table, id);
        if (!removed)
            written = removed.error();
    } else {
        written = m_records->upsert(table, data);
    }
    if (!written)
        return written;
    return tx->commit();
}

} // namespace syncsites
