#include "DemoSyncHistory.h"

#include "HubRepository.h"
#include "SiteKind.h"
#include "SplitMix64.h"
#include "StableId.h"
#include "Transaction.h"

namespace syncsites {

namespace {

/// What a demo site's recent past looks like.
enum class Pattern
{
    Healthy,
    Flaky,   // one session in five fails (a poor link)
    Late,    // stopped syncing a few hours ago
    Stale,   // stopped syncing days ago
    Failing, // its last sessions failed
    Never,   // registered, never synced
};

Pattern patternFor(int index)
{
    static const Pattern cycle[] = {Pattern::Healthy, Pattern::Flaky,   Pattern::Healthy, Pattern::Late,
                                    Pattern::Healthy, Pattern::Failing, Pattern::Healthy, Pattern::Stale,
                                    Pattern::Healthy, Pattern::Flaky,   Pattern::Healthy, Pattern::Never};
    return cycle[index % int(std::size(cycle))];
}

struct Failure
{
    const char* code;
    const char* message;
};

const Failure failures[] = {
    {"no_network", "This computer has no network connection."},
    {"timeout", "The server took too long to answer."},
    {"server_unreachable", "The server could not be reached."},
};

} // namespace

Result<int> DemoSyncHistory::write(Database& hub, const Topology& topology, const QString& except, const QDateTime& now,
                                   quint64 seed, int days)
{
    SplitMix64 random(seed);
    HubRepository reports(hub);
    Result<Transaction> tx = Transaction::begin(hub);
    if (!tx)
        return tx.error();
    int written = 0;
    int index = 0;
    for (const Site& site : topology.sites()) {
        const SiteKindInfo& info = siteKindInfo(site.kind);
        if (!info.holdsData || info.hubOf || site.name == except)
            continue;
        const Pattern pattern = patternFor(index++);
        if (pattern == Pattern::Never)
            continue;
        // The last moment the site synced, by pattern; sessions every two hours (with jitter) before it.
        // Healthy and flaky sites synced within the hub's late threshold (two 5-minute intervals).
        qint64 quietSeconds = qint64(random.next() % 480);
        if (pattern == Pattern::Late)
            quietSeconds = 5 * 3600;
        if (pattern == Pattern::Stale)
            quietSeconds = 3 * 86400 + 4 * 3600;
        const QDateTime last = now.addSecs(-quietSeconds);
        const int sessions = days * 12;
        for (int i = sessions - 1; i >= 0; --i) {
            const qint64 jitter = i == 0 ? 0 : qint64(random.next() % 900);
            const QDateTime started = last.addSecs(-qint64(i) * 7200 - jitter);
            if (started < now.addDays(-days))
                continue;
            SyncReport r;
            r.siteId = StableId::site(site.name);
            r.startedAt = started;
            r.durationMs = 800 + qint64(random.next() % 9000);
            r.finishedAt = started.addMSecs(r.durationMs);
            bool failed = false;
            if (pattern == Pattern::Flaky)
                failed = random.next() % 5 == 0;
            if (pattern == Pattern::Failing)
                failed = i < 4 || random.next() % 12 == 0;
            r.pushed = failed ? 0 : qint64(random.next() % 60);
            r.pulled = failed ? 0 : qint64(random.next() % 240);
            r.waiting = failed ? qint64(random.next() % 40) : 0;
            r.outcome = failed ? QStringLiteral("failed") : QStringLiteral("success");
            if (!failed && random.next() % 40 == 0) {
                r.outcome = QStringLiteral("partial");
                r.rejected = 1 + qint64(random.next() % 3);
            }
            if (failed) {
                const Failure& f = failures[random.next() % std::size(failures)];
                r.errorCode = QLatin1String(f.code);
                r.errorMessage = QLatin1String(f.message);
            }
            r.appVersion = QStringLiteral("0.1.0");
            r.protocolVersion = 1;
            if (Result<qint64> id = reports.addReport(r); !id)
                return id.error();
            ++written;
        }
    }
    if (Status s = tx->commit(); !s)
        return s.error();
    return written;
}

} // namespace syncsites
