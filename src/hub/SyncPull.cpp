#include "SyncPull.h"

#include "ChangeLog.h"
#include "Database.h"
#include "HubRepository.h"
#include "HubState.h"
#include "RecordStore.h"
#include "RoutedChangeQuery.h"
#include "SiteSession.h"
#include "StableId.h"
#include "Transaction.h"
#include "WireMessages.h"

#include <QCoreApplication>
#include <QSet>

namespace syncsites {

namespace {

// Its sentences, in the translation context "SyncPull" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SyncPull)
};

// What a sync-type edit means for the pulling site, as of the changelog row that carried it.
wire::Instruction instructionFor(const TopologySnapshot& snapshot, const QString& site, const QString& storeCode,
                                 qint64 cursor)
{
    const SyncType type = snapshot.topology.syncType(storeCode, site);
    const Store* store = snapshot.topology.store(storeCode);
    wire::Instruction instruction;
    instruction.kind = holdsStoreData(type) ? wire::Instruction::Kind::Backfill : wire::Instruction::Kind::Purge;
    if (store && store->home == site)
        instruction.kind = wire::Instruction::Kind::HandOver;
    instruction.store = storeCode;
    instruction.syncType = syncTypeId(type);
    instruction.home = store ? store->home : QString();
    instruction.upTo = cursor;
    return instruction;
}

// Whether a changelog row of `store` or `store_visibility` is about `site`: a visibility entry names the site (the
// row's data, or for a delete the id TopologyRepository gives the entry); a store row concerns its home.
bool concernsSite(const TopologySnapshot& snapshot, const ChangeLogEntry& row, const QJsonObject& data,
                  const QString& storeCode, const QString& site)
{
    if (row.tableName == QLatin1String("store")) {
        const Store* store = snapshot.topology.store(storeCode);
        return store && store->home == site;
    }
    const QString siteId = StableId::site(site);
    if (data.value(QStringLiteral("site_id")).toString() == siteId)
        return true;
    return row.recordId == StableId::of(QStringLiteral("store_visibility"), storeCode + QLatin1Char('/') + site);
}

} // namespace

HttpResponse SyncPull::handle(const HttpRequest& request)
{
    auto auth = SiteSession::authenticate(m_hub, request);
    if (auto* refused = std::get_if<HttpResponse>(&auth))
        return *refused;
    const SiteSession& session = std::get<SiteSession>(auth);
    // The cursor travels in the address, outside Content-Digest; the HTTP layer refuses a Target-Digest that does
    // not match, and a pull without one is not served (its header may be what was damaged).
    if (request.header(QByteArrayLiteral("target-digest")).isEmpty())
        return HttpResponse::error(
            400, QStringLiteral("target_digest_required"),
            Text::tr("A pull must carry a Target-Digest header (sha-256 of \"GET\", a space and the "
                     "request target), so that a damaged cursor is never served. If this site's "
                     "requests carry one, a proxy on the way is removing it."));

    const wire::PullQuery query(request.queryItems);
    const Result<Category> category = query.category();
    if (!category)
        return HttpResponse::fromError(400, category.error());
    const Result<qint64> cursorParsed = query.cursor();
    if (!cursorParsed)
        return HttpResponse::fromError(400, cursorParsed.error());
    const qint64 cursor = *cursorParsed;
    const Result<int> limitParsed = query.limit(m_hub.config().pullBatchDefault, m_hub.config().pullBatchMax);
    if (!limitParsed)
        return HttpResponse::fromError(400, limitParsed.error());
    const int limit = *limitParsed;

    const std::shared_ptr<const TopologySnapshot> snapshot = m_hub.topology();
    if (std::optional<HttpResponse> refused =
            session.refuseCategory(m_hub, *snapshot, *category, SiteSession::Access::Pull))
        return *refused;
    const Site* site = snapshot->topology.site(session.siteName);

    HubRepository repository(m_hub.database());
    RoutedChangeSpec spec;
    spec.siteId = session.siteId;
    spec.category = *category;
    spec.after = cursor;
    spec.limit = limit;
    spec.omsCentral = site->kind == SiteKind::OmsCentral;
    spec.history = site->takesHistoryOf() == *category;
    const QString backfillStore = query.backfillStore();
    if (!backfillStore.isEmpty()) {
        if (!holdsStoreData(snapshot->topology.syncType(backfillStore, session.siteName)))
            return HttpResponse::error(
                403, QStringLiteral("store_not_visible"),
                Text::tr("Store \"%1\" is not Active or Collector on \"%2\": there is no history "
                         "to send.")
                    .arg(backfillStore, session.siteName));
        spec.backfillStoreId = StableId::store(backfillStore);
        const Result<qint64> upTo = query.backfillUpTo();
        if (!upTo)
            return HttpResponse::fromError(400, upTo.error());
        spec.backfillUpTo = *upTo;
    } else {
        // A pull from cursor 0 starts the site over (a new installation after a released binding, a replica
        // rebuilt from nothing): it holds nothing, so it is initialising again, its own records included, until it
        // reaches the end once more.
        if (cursor == 0) {
            if (Status s = repository.restartInitialisation(session.siteId, *category); !s)
                return HttpResponse::fromError(503, s.error());
        } else if (Status s = repository.confirmInitialised(session.siteId, *category, cursor); !s) {
            // Pulling on from where the initialisation ended proves the last page arrived.
            return HttpResponse::fromError(503, s.error());
        }
        const Result<bool> initialised = repository.isInitialised(session.siteId, *category);
        if (!initialised)
            return HttpResponse::fromError(500, initialised.error());
        spec.initialising = !*initialised;
    }

    // One read transaction: the rows and the data they point to are one consistent snapshot.
    Result<Transaction> tx = Transaction::begin(m_hub.database(), Transaction::Mode::Read);
    if (!tx)
        return HttpResponse::fromError(503, tx.error());
    RoutedChangeQuery changes(m_hub.database());
    // One row more than asked for says whether this page is the end (a page of exactly `limit` rows may be).
    RoutedChangeSpec probe = spec;
    probe.limit = limit + 1;
    Result<QVector<ChangeLogEntry>> rows = changes.fetch(probe);
    if (!rows)
        return HttpResponse::fromError(500, rows.error());
    const bool reachedEnd = rows->size() <= limit;
    if (!reachedEnd)
        rows->resize(limit);

    // The page is written as JSON text straight from the rows (RecordStore::appendJson into wire::PullPageWriter).
    RecordStore records(m_hub.database());
    wire::PullPageWriter page(rows->size());
    QSet<QString> instructed;
    qint64 nextCursor = cursor;
    // A record changed several times in this batch is sent once, at its last row, with its current data.
    QHash<QString, qint64> lastRow;
    for (const ChangeLogEntry& row : *rows)
        lastRow.insert(row.tableName + QLatin1Char('/') + row.recordId, row.cursor);
    for (const ChangeLogEntry& row : *rows) {
        nextCursor = row.cursor;
        if (lastRow.value(row.tableName + QLatin1Char('/') + row.recordId) != row.cursor)
            continue;
        if (row.action == ChangeLogEntry::Action::Delete) {
            page.addDelete(row.cursor, row.tableName, row.recordId);
        } else {
            QByteArray& out = page.beginUpsert(row.cursor, row.tableName, row.recordId);
            const Result<bool> found = records.appendJson(row.tableName, row.recordId, out);
            if (!found)
                return HttpResponse::fromError(500, found.error());
            if (!*found) {
                page.dropUpsert(); // deleted since: its delete row comes later
                continue;
            }
            page.endUpsert();
        }
        // Instructions follow from edits that concern this site: its own entry of a store's visibility, or the
        // store's row where it is the home (a hand-over). An initialising site gets everything it should hold
        // anyway, and a backfill is itself the answer to one.
        const bool visibilityRow =
            row.tableName == QLatin1String("store") || row.tableName == QLatin1String("store_visibility");
        if (visibilityRow && !spec.backfillStoreId && !spec.initialising && !row.storeId.isEmpty()) {
            const QString code = snapshot->storeCodeById.value(row.storeId);
            if (code.isEmpty() || instructed.contains(code))
                continue;
            QJsonObject data;
            if (row.action != ChangeLogEntry::Action::Delete) {
                const Result<std::optional<QJsonObject>> stored = records.get(row.tableName, row.recordId);
                if (!stored)
                    return HttpResponse::fromError(500, stored.error());
                data = stored->value_or(QJsonObject());
            }
            if (concernsSite(*snapshot, row, data, code, session.siteName)) {
                instructed.insert(code);
                page.addInstruction(instructionFor(*snapshot, session.siteName, code, row.cursor));
            }
        }
    }
    // At the end of the site's own stream every row up to the newest was looked at: the next pull starts after it
    // instead of scanning the same unrouted rows again.
    if (reachedEnd && !spec.backfillStoreId) {
        const Result<qint64> newest = ChangeLog(m_hub.database()).maxCursor();
        if (!newest)
            return HttpResponse::fromError(500, newest.error());
        nextCursor = std::max(nextCursor, *newest);
    }
    const QString stream =
        categoryId(*category) + (spec.backfillStoreId ? QLatin1Char('/') + backfillStore : QString());
    RoutedChangeSpec rest = spec;
    rest.after = nextCursor;
    const qint64 remaining = m_hub.remaining(
        session.token, stream,
        [&] {
            const Result<qint64> n = changes.count(rest);
            return n ? *n : 0;
        },
        rows->size(), reachedEnd);
    tx->commit();
    // While rows remain, say so even when the estimate ran out (changes made since the count): a client may stop
    // at 0.
    const qint64 toCome = reachedEnd ? 0 : std::max<qint64>(1, remaining);

    if (!spec.backfillStoreId) {
        if (Status s = repository.recordPull(session.siteId, *category, nextCursor, reachedEnd, spec.initialising); !s)
            return HttpResponse::fromError(503, s.error());
    }
    m_hub.metrics()
        .counter(QStringLiteral("syncsites_records_pulled_total"), QStringLiteral("Records sent to sites."))
        .increment(page.recordCount());
    HttpResponse response;
    response.contentType = QByteArrayLiteral("application/json");
    response.body = page.finish(nextCursor, toCome);
    return response;
}

} // namespace syncsites
