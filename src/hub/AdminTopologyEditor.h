#pragma once

#include "HttpResponse.h"
#include "Result.h"
#include "Topology.h"
#include "UserSession.h"
#include "Violation.h"
#include "VisibilityAction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QSet>

#include <functional>
#include <optional>

namespace syncsites {

class HubState;

/// One administrator's edit of the network, as AdminTopologyEditor::apply takes it.
struct TopologyEdit
{
    QString action;      ///< audit action, e.g. "topology.import", "site.add"
    QString subject;     ///< audit subject: a site's name, a store's code, "network"
    QJsonObject details; ///< audit details: what was asked (never a secret)
    qint64 revision = 0; ///< the topology revision the edit was based on
    /// Changes the current topology (read in the edit's transaction). Returns nullopt to go on, or the answer
    /// that refuses the edit (404 unknown store, 409 already exists, ...). It must only change the topology: it
    /// is also run on a copy to name the records of a stale_revision answer.
    std::function<std::optional<HttpResponse>(Topology&)> change;
    bool import = false;     ///< format errors are 400 topology_format (an upload) rather than invalid_field
    int successStatus = 200; ///< 201 for an edit that creates a site or store
};

/// The one path every change of the topology takes, whichever admin route asked for it:
///
/// 1. in one write transaction (the hub's own write origin, so that every site pulls the change): the
///    revision is checked (409 stale_revision, with the topology changes made since and who made them), the
///    current topology is loaded and the edit applied;
/// 2. the result is checked against rules R1..R7 (422 topology_invalid, details.violations) with the stores
///    holding assets for R7, must keep this hub's own site as the msupply_central, and must be writable as a
///    topology file (400 topology_format / invalid_field);
/// 3. it is saved (TopologyRepository), every data-holding site that has no secret yet gets a random one
///    (returned once, in new_site_secrets), and an audit row records who, what, and the planner's actions;
/// 4. after the commit the hub reloads its topology and revokes the sync tokens of sites that can no longer sync.
///
/// The answer: {"revision", "actions": [{kind, store, site, from_site, before, after}], "new_site_secrets"?,
/// "unchanged"}. An edit that changes nothing writes nothing (no changelog row, no audit row) and keeps the
/// revision.
///
/// The revision is the highest changelog cursor of the topology tables (site, site_link, store,
/// store_visibility): it moves with every change of them, whoever made it.
///
/// Threading: thread-safe; edits are serialised (a mutex around transaction, commit and reload, so that the
/// snapshot the hub serves is always the last one committed). Holds a reference to the HubState.
class AdminTopologyEditor
{
public:
    explicit AdminTopologyEditor(HubState& hub) : m_hub(hub) {}

    HttpResponse apply(const UserSession& who, const TopologyEdit& edit);

    /// The current revision (read on the calling thread's connection, inside its transaction if one is open).
    Result<qint64> revision() const;
    /// Codes of the stores that hold assets, among the stores of `topology`.
    Result<QSet<QString>> storesWithOmsData(const Topology& topology) const;
    /// About how many records an action moves: the changelog rows of the store's data tables of the categories
    /// the site carries (an estimate: a record changed twice counts twice). nullopt for a HandOver.
    Result<std::optional<qint64>> estimate(const VisibilityAction& action, const Topology& topology) const;

    /// The tables whose changes make the topology's revision.
    static QStringList topologyTables();
    /// {kind, store, site, from_site, before, after}.
    static QJsonObject actionJson(const VisibilityAction& action);
    static QJsonArray violationsJson(const QVector<Violation>& violations);
    /// 422 topology_invalid with details.violations.
    static HttpResponse invalid(const QVector<Violation>& violations);
    /// What differs between two topologies, for the audit log: names of sites and codes of stores added,
    /// removed and changed (empty lists left out).
    static QJsonObject differences(const Topology& before, const Topology& after);

private:
    HttpResponse stale(qint64 asked, qint64 current, const Topology& before, const TopologyEdit& edit) const;

    HubState& m_hub;
    QMutex m_mutex;
};

} // namespace syncsites
