#include "SyncSession.h"

#include "ChangeLog.h"
#include "ClockSkew.h"
#include "Database.h"
#include "Integrator.h"
#include "PushBatch.h"
#include "SettingTable.h"
#include "SiteKind.h"
#include "StableId.h"
#include "SyncHistory.h"
#include "SyncStateRepository.h"
#include "TableSchema.h"
#include "TopologyRepository.h"
#include "TransferProcessor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLockFile>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <future>
#include <limits>

namespace syncsites {

namespace {

Q_LOGGING_CATEGORY(lcSync, "syncsites.engine.sync", QtInfoMsg)

/// The request body limit assumed of a hub that does not say its own (the server's default).
constexpr qint64 kAssumedRequestLimit = 32 * 1024 * 1024;

// Its sentences, in the translation context "SyncSession" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SyncSession)
};

bool isTokenProblem(const Error& error)
{
    return error.code == QLatin1String("token_expired") || error.code == QLatin1String("token_invalid") ||
           error.code == QLatin1String("token_missing");
}

} // namespace

struct SyncSession::Fetched
{
    Result<wire::PullPage> page = Error();
    qint64 elapsedMs = 0;
};

SyncSession::SyncSession(Database& replica, ReplicaConfig config, QString secret, SessionOptions options)
    : m_database(replica), m_config(std::move(config)), m_secret(std::move(secret)), m_options(std::move(options)),
      m_backoff(m_options.backoffBase, m_options.backoffMax,
                m_options.seed ? m_options.seed : QRandomGenerator::global()->generate64())
{}

SyncSession::~SyncSession() = default;

void SyncSession::cancel()
{
    m_cancelled.store(true);
    {
        std::lock_guard lock(m_waitMutex);
        for (const auto& hub : m_hubs)
            hub->client->abort();
    }
    m_wake.notify_all();
}

Error SyncSession::cancelledError() const
{
    return {QStringLiteral("cancelled"), Text::tr("The sync was cancelled.")};
}

bool SyncSession::sleepUnlessCancelled(std::chrono::milliseconds delay)
{
    std::unique_lock lock(m_waitMutex);
    return !m_wake.wait_for(lock, delay, [this] { return m_cancelled.load(); });
}

SyncSession::Hub& SyncSession::hubAt(const QString& url)
{
    for (const auto& hub : m_hubs)
        if (hub->url == url)
            return *hub;
    auto hub = std::make_unique<Hub>();
    hub->url = url;
    ClientOptions options;
    options.baseUrl = url;
    options.caCertificatePath = m_config.caCertificatePath;
    options.proxyUrl = m_config.proxyUrl;
    options.connectTimeout = m_options.connectTimeout;
    options.readTimeout = m_options.readTimeout;
    options.writeTimeout = m_options.readTimeout;
    hub->client = std::make_unique<SyncClient>(options);
    std::lock_guard lock(m_waitMutex);
    if (m_cancelled.load())
        hub->client->abort();
    m_hubs.push_back(std::move(hub));
    return *m_hubs.back();
}

Status SyncSession::handshake(Hub& hub)
{
    wire::HandshakeRequest request;
    request.site = m_config.siteName;
    request.secret = m_secret;
    request.installationId = m_installationId;
    request.appVersion = m_options.appVersion;
    for (int attempt = 0;; ++attempt) {
        const QDateTime sentAt = QDateTime::currentDateTimeUtc();
        Result<wire::HandshakeAnswer> answer = hub.client->handshake(request);
        if (answer) {
            // This clock against the server's, for `status` and the status bar; saved at the session's first
            // handshake with a hub only (no transaction is open then). Not saved is no failure.
            const auto clock = ClockSkew::measure(sentAt, QDateTime::currentDateTimeUtc(), answer->serverTime);
            if (clock && hub.token.isEmpty())
                if (Status saved = ClockSkew::save(m_database, *clock); !saved)
                    qCInfo(lcSync).noquote() << "the clock check was not saved:" << saved.error().message;
            hub.answer = *answer;
            hub.token = answer->token;
            return {};
        }
        const SyncFailure failure = SyncFailure::classify(answer.error());
        if (!failure.transient || attempt + 1 >= m_options.maxAttempts)
            return answer.error();
        qCInfo(lcSync).noquote() << "handshake with" << hub.url << "failed, retrying:" << answer.error().message;
        if (!sleepUnlessCancelled(m_backoff.delay(attempt, failure.retryAfterSeconds)))
            return cancelledError();
    }
}

template <typename T> Result<T> SyncSession::retrying(Hub& hub, const std::function<Result<T>(const QString&)>& call)
{
    for (int attempt = 0;; ++attempt) {
        if (m_cancelled.load())
            return cancelledError();
        Result<T> result = call(hub.token);
        if (result)
            return result;
        const Error& error = result.error();
        if (isTokenProblem(error) && attempt + 1 < m_options.maxAttempts) {
            // The session's token ran out (a long first sync) or the hub restarted: handshake again.
            if (Status s = handshake(hub); !s)
                return s.error();
            continue;
        }
        const SyncFailure failure = SyncFailure::classify(error);
        if (!failure.transient || attempt + 1 >= m_options.maxAttempts)
            return error;
        qCInfo(lcSync).noquote() << "request to" << hub.url << "failed, retrying:" << error.code << error.message;
        if (!sleepUnlessCancelled(m_backoff.delay(attempt, failure.retryAfterSeconds)))
            return cancelledError();
    }
}

void SyncSession::stageStarted(const QString& link, SyncStage stage, qint64 total)
{
    m_progress = SyncProgress();
    m_progress.sessionId = m_sessionId;
    m_progress.link = link;
    m_progress.stage = stage;
    m_progress.total = total;
    m_stageTimer.start();
    m_stageStartedAt = QDateTime::currentDateTimeUtc();
    m_lastSavedMs = -1;
    stageProgress(0, total);
}

void SyncSession::stageProgress(qint64 done, qint64 total, bool finished)
{
    m_progress.done = done;
    m_progress.total = total;
    const qint64 elapsed = m_stageTimer.elapsed();
    m_progress.recordsPerSecond = elapsed > 0 ? double(done) * 1000.0 / double(elapsed) : 0;
    m_progress.secondsLeft = total >= 0 && m_progress.recordsPerSecond > 0
                                 ? double(std::max<qint64>(0, total - done)) / m_progress.recordsPerSecond
                                 : (total >= 0 && done >= total ? 0 : -1);
    if (m_observer)
        m_observer(m_progress);
    // Saved at the start, at the end, and at most once a second in between.
    if (finished || m_lastSavedMs < 0 || elapsed - m_lastSavedMs >= 1000) {
        m_lastSavedMs = elapsed;
        SyncStageEntry entry;
        entry.sessionId = m_sessionId;
        entry.link = m_progress.link.isEmpty() ? QStringLiteral("session") : m_progress.link;
        entry.stage = m_progress.stage;
        entry.done = done;
        if (total >= 0)
            entry.total = total;
        entry.startedAt = m_stageStartedAt;
        if (finished)
            entry.finishedAt = QDateTime::currentDateTimeUtc();
        if (Status s = SyncStateRepository(m_database).saveStage(entry); !s)
            qCWarning(lcSync).noquote() << "could not save the stage's progress:" << s.error().message;
    }
}

SyncSummary SyncSession::run()
{
    SyncSummary summary;
    summary.startedAt = QDateTime::currentDateTimeUtc();
    QElapsedTimer clock;
    clock.start();
    SyncStateRepository state(m_database);
    SettingTable settings(m_database);

    // A corruption error met anywhere in the session has the replica checked at once: damage found stops sync
    // (replica_damaged) instead of being retried session after session.
    ReplicaHealth health(m_database);
    auto fail = [&](const Error& error) {
        const Error explained = DiskSpace::explain(error, m_database.path(), m_database.options().freeSpace);
        summary.failure = SyncFailure::classify(health.afterError(explained, m_options.health));
        summary.outcome =
            summary.failure->kind == SyncFailure::Kind::Cancelled ? SyncOutcome::Cancelled : SyncOutcome::Failed;
    };

    // One session of a replica at a time, across processes (a remote server's scheduler and `syncsites-cli sync`,
    // say): the next waits for the lock. Held, it also proves that a session still marked running was cut short.
    QLockFile lock(m_database.path() + QStringLiteral(".sync-lock"));
    lock.setStaleLockTime(0); // stale only when its process is gone, however long a first sync takes
    while (!lock.tryLock(200)) {
        if (m_cancelled.load() || lock.error() != QLockFile::LockFailedError) {
            fail(m_cancelled.load()
                     ? cancelledError()
                     : Error{QStringLiteral("database_io_error"),
                             Text::tr("The lock file %1 cannot be created. Check that the replica's folder "
                                      "is writable.")
                                 .arg(lock.fileName())});
            summary.finishedAt = QDateTime::currentDateTimeUtc();
            return summary;
        }
    }
    // A damaged replica does not sync (its missing rows would look like nothing to push); checked on a schedule.
    if (Status whole = health.beforeSession(m_options.health); !whole) {
        fail(whole.error());
        summary.finishedAt = QDateTime::currentDateTimeUtc();
        return summary;
    }
    state.closeInterruptedSessions(
        QDateTime::currentDateTimeUtc(),
        Text::tr("The session was interrupted: the program stopped before it finished. The next "
                 "sync resumed where it stopped."));

    Result<qint64> session = state.startSession(summary.startedAt);
    Result<QString> installation = settings.installationId();
    if (!session || !installation) {
        fail(!session ? session.error() : installation.error());
        summary.finishedAt = QDateTime::currentDateTimeUtc();
        return summary;
    }
    m_sessionId = *session;
    summary.sessionId = m_sessionId;
    m_installationId = *installation;
    m_siteId = StableId::site(m_config.siteName);

    Hub& main = hubAt(m_config.serverUrl);
    stageStarted(QString(), SyncStage::Handshake, 1);
    Status ok = handshake(main);
    if (ok) {
        const std::optional<SiteKind> kind = siteKindFromId(main.answer.siteKind);
        if (!kind || !siteKindInfo(*kind).holdsData)
            ok = Error{
                QStringLiteral("site_not_data_holding"),
                Text::tr("\"%1\" is a client site: it keeps no data of its own and cannot be synced from here. Use "
                         "the desktop app in client mode, attached to its server.")
                    .arg(m_config.siteName)};
        m_protocolVersion = main.answer.protocolVersion;
    }
    if (ok)
        stageProgress(1, 1, true);

    QVector<wire::Link> links = ok ? main.answer.links : QVector<wire::Link>();
    std::sort(links.begin(), links.end(),
              [](const wire::Link& a, const wire::Link& b) { return int(a.category) < int(b.category); });
    const wire::Link* coreLink = nullptr;
    LinkSummary* coreSummary = nullptr;
    summary.links.reserve(links.size());
    for (const wire::Link& link : links) {
        if (!ok)
            break;
        Hub& hub = link.url.isEmpty() || link.url == main.url ? main : hubAt(link.url);
        if (hub.token.isEmpty())
            ok = handshake(hub);
        // A backfill instruction comes in the core stream; it concerns every link served by the same hub, and the
        // links served by another (an oms_central on a server of its own), asked there for the store's whole
        // history. A history link takes everything anyway.
        Integrator::BackfillLinks backfillCategories;
        for (const wire::Link& other : links) {
            if (other.history)
                continue;
            if (other.category == link.category || (other.url == link.url && link.category == Category::Core))
                backfillCategories.sameHub << other.category;
            else if (link.category == Category::Core)
                backfillCategories.otherHub << other.category;
        }
        summary.links.append(LinkSummary{link.category, link.hub, 0, 0, 0, 0});
        if (ok)
            ok = syncLink(hub, link, backfillCategories, summary.links.back());
        if (link.category == Category::Core) {
            coreLink = &link;
            coreSummary = &summary.links.back();
        }
    }
    if (ok && m_options.processTransfers)
        ok = processTransfers(coreLink ? hubAt(coreLink->url.isEmpty() ? main.url : coreLink->url) : main, coreLink,
                              coreSummary, &summary.transfersWritten);

    for (const LinkSummary& link : summary.links) {
        summary.pushed += link.pushed;
        summary.pulled += link.pulled;
        summary.rejected += link.rejected;
    }
    // Every unpushed row counts, of every category, linked or not: nothing waits unseen.
    if (Result<qint64> waiting = SyncHistory(m_database).waiting())
        summary.waiting = *waiting;
    if (!ok) {
        fail(ok.error());
    } else if (summary.rejected > 0) {
        summary.outcome = SyncOutcome::Partial;
        Result<QVector<QuarantineEntry>> quarantined = state.quarantined();
        QStringList examples;
        if (quarantined)
            for (const QuarantineEntry& e : *quarantined)
                if (e.sessionId == m_sessionId && examples.size() < 3)
                    examples << QStringLiteral("%1 %2 (%3)").arg(e.tableName, e.recordId, e.reason);
        summary.failure = SyncFailure::rejected(summary.rejected, examples.join(QLatin1String("; ")));
    } else {
        summary.outcome = SyncOutcome::Success;
    }
    summary.finishedAt = QDateTime::currentDateTimeUtc();
    summary.durationMs = clock.elapsed();

    SyncLogEntry entry;
    entry.id = m_sessionId;
    entry.startedAt = summary.startedAt;
    entry.finishedAt = summary.finishedAt;
    entry.outcome = summary.outcome;
    entry.pushed = summary.pushed;
    entry.pulled = summary.pulled;
    entry.rejected = summary.rejected;
    if (summary.failure) {
        entry.errorCode = summary.failure->code;
        entry.errorMessage = summary.failure->text();
    }
    if (Status s = state.finishSession(entry); !s)
        qCWarning(lcSync).noquote() << "could not save the session's outcome:" << s.error().message;
    if (m_options.reportToHub && !main.token.isEmpty())
        reportToHub(main, summary);
    return summary;
}

Status SyncSession::syncLink(Hub& hub, const wire::Link& link, const Integrator::BackfillLinks& backfillCategories,
                             LinkSummary& summary)
{
    QElapsedTimer timer;
    timer.start();
    // Cursors belong to one hub's database: when the link now goes to another one (an oms_central moved to a
    // server of its own, a hub rebuilt from scratch), this site starts that link over from nothing. Its own changes
    // are still pushed. The database is known by the server id of the handshake (by the URL for a hub that gives
    // none); sync_link_state.hub_url keeps it.
    SyncStateRepository state(m_database);
    Result<LinkState> saved = state.linkState(link.category);
    if (!saved)
        return saved.error();
    // A history link has cursors of its own, and takes everything from the start.
    const QString url = (link.history ? QStringLiteral("history:") : QString()) +
                        (hub.answer.serverId.isEmpty() ? (link.url.isEmpty() ? hub.url : link.url)
                                                       : QStringLiteral("server:") + hub.answer.serverId);
    if (saved->hubUrl != url) {
        if (!saved->hubUrl.isEmpty()) {
            qCInfo(lcSync).noquote() << categoryId(link.category) << "link moved from" << saved->hubUrl << "to" << url
                                     << "- pulling it again from the start";
            saved->pullCursor = 0;
            saved->initialised = false;
            if (Result<QVector<BackfillState>> backfills = state.backfills(link.category))
                for (const BackfillState& b : *backfills)
                    state.removeBackfill(link.category, b.storeCode);
        }
        saved->hubUrl = url;
        if (Status s = state.saveLinkState(*saved); !s)
            return s;
    }
    Status ok = link.history ? Status() : push(hub, link, summary);
    if (ok)
        ok = pull(hub, link, backfillCategories, summary);
    summary.durationMs = timer.elapsed();
    return ok;
}

Status SyncSession::push(Hub& hub, const wire::Link& link, LinkSummary& summary)
{
    const Category category = link.category;
    PushBatchBuilder builder(m_database, category, m_sessionId, StableId::site(link.hub));
    // A batch fits the hub's request limit with room to spare (an older hub does not say: assume the default).
    qint64 limit = hub.answer.maxRequestBytes > 0 ? hub.answer.maxRequestBytes : kAssumedRequestLimit;
    builder.setMaxBytes(limit * 3 / 4);
    // A hub that holds this site's pushes only up to a position below the site's own (restored from a backup made
    // before the last ones) gets the changes above it again; a hub that says nothing (older, or no push yet) is
    // taken to hold them all.
    if (const auto said = hub.answer.pushedThrough.constFind(category); said != hub.answer.pushedThrough.constEnd()) {
        Result<qint64> again = builder.rewindTo(*said);
        if (!again)
            return again.error();
        if (*again > 0)
            qCInfo(lcSync).noquote() << categoryId(category) << "link: the server holds this site's changes only up to"
                                     << "position" << *said << "- sending" << *again << "changes again";
    }
    Result<qint64> total = builder.waiting();
    if (!total)
        return total.error();
    stageStarted(categoryId(category), SyncStage::Push, *total);
    BatchSizer sizer(m_options.initialPushBatch, m_options.minPushBatch, hub.answer.pushBatchMax,
                     m_options.targetRoundTripMs);
    int rowCap = std::numeric_limits<int>::max(); ///< lowered when something between here and the hub says 413
    const auto batchRows = [&] {
        return std::min(sizer.size(), rowCap);
    };
    qint64 done = 0;
    Result<std::optional<PushBatch>> first = builder.next(batchRows());
    if (!first)
        return first.error();
    std::optional<PushBatch> batch = std::move(*first);
    while (batch) {
        if (m_cancelled.load())
            return cancelledError();
        const PushBatch& b = *batch;
        if (builder.tooLarge(b)) {
            // No request can carry it: to the quarantine with its reason, and the push goes on.
            qCWarning(lcSync).noquote() << "a record of" << b.bytes << "bytes is larger than the server takes ("
                                        << limit << "bytes): quarantined";
            if (Status s = builder.rejectTooLarge(b, limit); !s)
                return s;
            summary.rejected += b.records.size();
            done += b.rows;
            stageProgress(done, std::max(*total, done));
            Result<std::optional<PushBatch>> following = builder.next(batchRows());
            if (!following)
                return following.error();
            batch = std::move(*following);
            continue;
        }
        struct Sent
        {
            Result<wire::PushAnswer> answer;
            qint64 elapsedMs = 0;
        };
        auto send = [this, &hub, category, &b]() {
            QElapsedTimer timer;
            timer.start();
            Sent sent{retrying<wire::PushAnswer>(hub,
                                                 [&](const QString& token) {
                                                     return hub.client->push(token, category, b.batchId, b.records,
                                                                             b.to);
                                                 }),
                      0};
            sent.elapsedMs = timer.elapsed();
            return sent;
        };
        std::future<Sent> travelling;
        if (!b.records.isEmpty())
            travelling = std::async(std::launch::async, send);
        // The next batch is read from the replica while this one travels and the hub applies it; it becomes the
        // pending batch only once this one is acknowledged, so a batch is still sent again as it was after a cut.
        Result<std::optional<PushBatch>> following = builder.prepare(b.to, batchRows());
        const Sent sent = travelling.valid() ? travelling.get() : Sent{wire::PushAnswer{b.batchId, 0, {}, false}, 0};
        if (!sent.answer && sent.answer.error().details.toMap().value(QStringLiteral("status")).toInt() == 413) {
            // The hub (or a proxy before it) refused the batch unread: nothing of it was applied. Smaller batches
            // from the same position; one record alone that is still refused is too large for any batch.
            const QVariantMap details = sent.answer.error().details.toMap();
            if (const qint64 said = qint64(details.value(QStringLiteral("max_bytes")).toDouble()); said > 0)
                limit = std::min(limit, said);
            qCInfo(lcSync).noquote() << "the server refused a push batch of" << b.rows << "changes," << b.bytes
                                     << "bytes, as too large: trying smaller batches";
            if (b.records.size() <= 1 || b.rows <= 1) {
                builder.setMaxBytes(std::max<qint64>(1, b.bytes - 1)); // this batch is now tooLarge()
            } else {
                rowCap = std::max(1, int(b.rows / 2));
                builder.setMaxBytes(std::min(builder.maxBytes(), std::max<qint64>(1, b.bytes / 2)));
            }
            if (Status s = builder.discardPending(); !s)
                return s;
            Result<std::optional<PushBatch>> smaller = builder.next(batchRows());
            if (!smaller)
                return smaller.error();
            batch = std::move(*smaller);
            continue;
        }
        if (!sent.answer)
            return sent.answer.error();
        const wire::PushAnswer& answer = *sent.answer;
        sizer.record(int(b.rows), sent.elapsedMs);
        if (Status s = builder.acknowledge(b, answer); !s)
            return s;
        if (!following)
            return following.error(); // after the acknowledgement: the hub has this batch
        summary.pushed += answer.accepted;
        summary.rejected += answer.rejected.size();
        done += b.rows;
        stageProgress(done, std::max(*total, done));
        batch = std::move(*following);
        if (batch)
            if (Status s = builder.begin(*batch); !s)
                return s;
    }
    stageProgress(done, std::max(*total, done), true);
    return {};
}

Status SyncSession::pull(Hub& hub, const wire::Link& link, const Integrator::BackfillLinks& backfillCategories,
                         LinkSummary& summary)
{
    const Category category = link.category;
    Integrator integrator(m_database, Integrator::Options{m_siteId, StableId::site(link.hub), category,
                                                          backfillCategories, m_sessionId, link.history});
    BatchSizer sizer(m_options.initialPullLimit, m_options.minPullLimit, hub.answer.pullBatchMax,
                     m_options.targetRoundTripMs);
    SyncStateRepository state(m_database);
    stageStarted(categoryId(category), SyncStage::Pull, -1);
    qint64 done = 0;
    qint64 total = -1;

    auto fetch = [this, &hub, category](qint64 cursor, int limit) {
        Fetched fetched;
        QElapsedTimer timer;
        timer.start();
        fetched.page = retrying<wire::PullPage>(hub, [&](const QString& token) {
            return hub.client->pull(token, wire::PullRequest{category, cursor, limit, QString(), 0});
        });
        fetched.elapsedMs = timer.elapsed();
        return fetched;
    };

    if (Status s = runBackfills(hub, category, integrator, summary); !s)
        return s;
    for (;;) {
        Result<LinkState> linkState = state.linkState(category);
        if (!linkState)
            return linkState.error();
        qint64 cursor = linkState->pullCursor;
        std::future<Fetched> next = std::async(std::launch::async, fetch, cursor, sizer.size());
        bool cut = false;
        for (;;) {
            Fetched fetched = next.get();
            if (!fetched.page)
                return fetched.page.error();
            const wire::PullPage& page = *fetched.page;
            if (page.records.isEmpty() && page.remaining > 0 && page.nextCursor == cursor)
                return Error{QStringLiteral("bad_response"),
                             Text::tr("The server sent an empty page that does not move forward.")};
            sizer.record(page.records.size(), fetched.elapsedMs);
            const bool more = page.remaining > 0;
            // The next page travels while this one is written.
            if (more)
                next = std::async(std::launch::async, fetch, page.nextCursor, sizer.size());
            Result<Integrator::Outcome> outcome = integrator.integrate(page, m_cancelled);
            if (!outcome) {
                if (more) {
                    for (const auto& h : m_hubs)
                        h->client->abort();
                    next.wait();
                    if (!m_cancelled.load())
                        for (const auto& h : m_hubs)
                            h->client->resetAbort();
                }
                return outcome.error();
            }
            summary.pulled += outcome->applied;
            done += page.records.size();
            total = done + page.remaining;
            stageProgress(done, total);
            if (outcome->cut) {
                if (more)
                    next.wait(); // fetched from after the cut: not used
                cut = true;
                break;
            }
            if (!more) {
                stageProgress(done, done, true);
                return finishPull(integrator, summary);
            }
            cursor = page.nextCursor;
        }
        if (cut)
            if (Status s = runBackfills(hub, category, integrator, summary); !s)
                return s;
    }
}

Status SyncSession::finishPull(Integrator& integrator, LinkSummary& summary)
{
    // A record that did not fit when it came (a line before its header) may fit now that the stream and the
    // backfills are in; what still does not is this session's rejection, kept in the quarantine.
    Result<int> still = integrator.retryIntegrationFailures();
    if (!still)
        return still.error();
    Result<QVector<QuarantineEntry>> entries = SyncStateRepository(m_database).quarantined();
    if (!entries)
        return entries.error();
    for (const QuarantineEntry& e : *entries)
        if (e.sessionId == m_sessionId && e.reasonCode.startsWith(QLatin1String("record_")) &&
            TableSchema::find(e.tableName) && TableSchema::find(e.tableName)->table().category == summary.category)
            ++summary.rejected;
    return {};
}

bool SyncSession::storeHeldHere(const QString& storeCode)
{
    const Result<Topology> topology = TopologyRepository(m_database).load();
    return topology && holdsStoreData(topology->syncType(storeCode, m_config.siteName));
}

Status SyncSession::runBackfills(Hub& hub, Category category, Integrator& integrator, LinkSummary& summary)
{
    SyncStateRepository state(m_database);
    Result<QVector<BackfillState>> backfills = state.backfills(category);
    if (!backfills)
        return backfills.error();
    for (const BackfillState& backfill : *backfills) {
        qint64 cursor = backfill.cursor;
        for (;;) {
            Result<wire::PullPage> page = retrying<wire::PullPage>(hub, [&](const QString& token) {
                return hub.client->pull(token, wire::PullRequest{category, cursor, m_options.initialPullLimit,
                                                                 backfill.storeCode, backfill.upTo});
            });
            if (!page && page.error().code == QLatin1String("store_not_visible")) {
                // Another server (an oms_central on its own) learns of a change of visibility at its next core
                // sync: while this site's own copy of the network says the store is held here, ask again next time.
                if (backfill.upTo == Integrator::kWholeHistory && storeHeldHere(backfill.storeCode))
                    break;
                // The store was changed again since: its history is no longer this site's to hold.
                if (Status s = state.removeBackfill(category, backfill.storeCode); !s)
                    return s;
                break;
            }
            if (!page)
                return page.error();
            Result<Integrator::Outcome> outcome = integrator.integrateBackfill(*page, backfill.storeCode, m_cancelled);
            if (!outcome)
                return outcome.error();
            summary.pulled += outcome->applied;
            if (outcome->reachedEnd)
                break;
            cursor = page->nextCursor;
        }
    }
    return {};
}

Status SyncSession::processTransfers(Hub& coreHub, const wire::Link* coreLink, LinkSummary* coreSummary,
                                     qint64* written)
{
    stageStarted(QString(), SyncStage::Transfers, -1);
    TransferProcessor processor(m_database);
    Result<TransferReport> report = processor.run();
    if (!report)
        return report.error();
    *written = report->total();
    stageProgress(*written, *written, true);
    // What the processors wrote goes out in the same session.
    if (*written > 0 && coreLink && coreSummary)
        return push(coreHub, *coreLink, *coreSummary);
    return {};
}

void SyncSession::reportToHub(Hub& hub, const SyncSummary& summary)
{
    stageStarted(QString(), SyncStage::Report, 1);
    wire::SessionReport report;
    report.startedAt = summary.startedAt;
    report.finishedAt = summary.finishedAt;
    report.outcome = syncOutcomeId(summary.outcome);
    if (summary.failure) {
        report.errorCode = summary.failure->code;
        report.errorMessage = summary.failure->message;
    }
    report.pushed = summary.pushed;
    report.pulled = summary.pulled;
    report.rejected = summary.rejected;
    report.waiting = summary.waiting;
    report.appVersion = m_options.appVersion;
    report.protocolVersion = m_protocolVersion;
    // The per-link figures as the summary writes them (`syncsites-cli sync --json`), plain values the hub keeps.
    report.links = summary.toJson().value(QLatin1String("links")).toArray();
    // A cancelled session still tells the hub, once, without waiting on a bad link.
    for (const auto& h : m_hubs)
        h->client->resetAbort();
    const Status sent = hub.client->report(hub.token, report);
    if (!sent)
        qCInfo(lcSync).noquote() << "the session's report did not reach the hub:" << sent.error().message;
    stageProgress(1, 1, true);
}

} // namespace syncsites
