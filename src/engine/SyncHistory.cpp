#include "SyncHistory.h"

#include "ChangeLog.h"
#include "ClockSkew.h"
#include "ReplicaSupport.h"
#include "StableId.h"
#include "SyncFailure.h"
#include "SyncStateRepository.h"
#include "TopologyRepository.h"

#include <QJsonObject>

namespace syncsites {

SyncHistory::SyncHistory(Database& replica) : m_database(replica) {}

Result<SyncOverview> SyncHistory::overview(int sessionLimit) const
{
    SyncOverview out;
    Result<ReplicaConfig> config = ReplicaConfig::load(m_database);
    if (!config)
        return config.error();
    out.config = *config;

    SyncStateRepository state(m_database);
    Result<QVector<SyncLogEntry>> sessions = state.sessions(sessionLimit);
    if (!sessions)
        return sessions.error();
    out.sessions = *sessions;
    for (const SyncLogEntry& s : out.sessions) {
        if (SyncOverview::reachedHub(s.outcome)) {
            out.lastSuccess = s;
            break;
        }
    }
    if (!out.lastSuccess && out.sessions.size() >= sessionLimit) {
        Result<std::optional<SyncLogEntry>> older = lastSuccess();
        if (!older)
            return older.error();
        out.lastSuccess = *older;
    }

    Result<qint64> waitingCount = waiting();
    if (!waitingCount)
        return waitingCount.error();
    out.waiting = *waitingCount;

    Result<QVector<QuarantineEntry>> quarantine = state.quarantined();
    if (!quarantine)
        return quarantine.error();
    out.quarantine = *quarantine;

    Result<std::optional<ClockCheck>> clock = ClockSkew::load(m_database);
    if (!clock)
        return clock.error();
    out.clock = *clock;
    return out;
}

Result<qint64> SyncHistory::waiting() const
{
    SyncStateRepository state(m_database);
    ChangeLog changelog(m_database);
    // A category this site is the hub of, without a link for it (an oms_central on a server of its own), is written
    // at its hub: nothing of it waits. Every other category counts, linked or not.
    std::optional<Category> hubOf;
    if (Result<QString> siteId = replica::localSiteId(m_database)) {
        const Result<Topology> topology = TopologyRepository(m_database).load();
        if (!topology)
            return topology.error();
        for (const Site& me : topology->sites())
            if (StableId::site(me.name) == *siteId && me.info().hubOf && !me.syncLinks().contains(*me.info().hubOf))
                hubOf = me.info().hubOf;
    }
    qint64 total = 0;
    for (Category category : allCategories) {
        if (category == hubOf)
            continue;
        Result<LinkState> link = state.linkState(category);
        if (!link)
            return link.error();
        Result<qint64> unpushed = changelog.countUnpushed(link->pushPosition, category);
        if (!unpushed)
            return unpushed.error();
        total += *unpushed;
    }
    return total;
}

Result<std::optional<SyncLogEntry>> SyncHistory::lastSuccess(int scan) const
{
    Result<QVector<SyncLogEntry>> sessions = SyncStateRepository(m_database).sessions(scan);
    if (!sessions)
        return sessions.error();
    for (const SyncLogEntry& s : *sessions)
        if (SyncOverview::reachedHub(s.outcome))
            return std::optional<SyncLogEntry>(s);
    return std::optional<SyncLogEntry>();
}

} // namespace syncsites
