#include "AdminTopologyEditor.h"

#include "AdminRequest.h"
#include "ChangeLog.h"
#include "Database.h"
#include "HubRepository.h"
#include "HubState.h"
#include "SecretHasher.h"
#include "StableId.h"
#include "SyncedTable.h"
#include "TopologyJson.h"
#include "TopologyRepository.h"
#include "TopologyValidator.h"
#include "Transaction.h"
#include "TransferProcessor.h"
#include "VisibilityPlanner.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <algorithm>

namespace syncsites {

namespace {

Q_LOGGING_CATEGORY(lcTopologyEditor, "syncsites.server.admin.topology", QtInfoMsg)

// Its sentences, in the translation context "AdminTopologyEditor" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AdminTopologyEditor)
};

QString actionKindId(VisibilityAction::Kind kind)
{
    switch (kind) {
    case VisibilityAction::Kind::Backfill:
        return QStringLiteral("backfill");
    case VisibilityAction::Kind::Purge:
        return QStringLiteral("purge");
    case VisibilityAction::Kind::HandOver:
        break;
    }
    return QStringLiteral("hand_over");
}

QStringList storeDataTables()
{
    QStringList names;
    for (const SyncedTable& t : syncedTables()) {
        if (t.scope == TableScope::Store || t.scope == TableScope::StoreChild)
            names.append(t.name);
    }
    return names;
}

// Readable names of the records of the topology tables, by id: "Sefa District Hospital", "SEF-PHA",
// "Sefa District Hospital: core link", "SEF-PHA on Lira Health Centre".
void addNames(const Topology& topology, QHash<QString, QString>& names)
{
    for (const Site& site : topology.sites()) {
        names.insert(StableId::site(site.name), site.name);
        for (Category c : allCategories)
            names.insert(StableId::of(QStringLiteral("site_link"), site.name + QLatin1Char('/') + categoryId(c)),
                         Text::tr("%1: %2 link").arg(site.name, categoryId(c)));
    }
    for (const Store& store : topology.stores()) {
        names.insert(StableId::store(store.code), store.code);
        for (const Site& site : topology.sites())
            names.insert(StableId::of(QStringLiteral("store_visibility"), store.code + QLatin1Char('/') + site.name),
                         Text::tr("%1 on %2").arg(store.code, site.name));
    }
}

// "$.sites[3].url" → "url"; "$.stores[0].visibility[\"Clinic A\"]" → "visibility".
QString fieldOfPath(const QString& path)
{
    QString last = path.section(QLatin1Char('.'), -1);
    const int bracket = last.indexOf(QLatin1Char('['));
    return bracket >= 0 ? last.left(bracket) : last;
}

bool holdsData(const Topology& topology, const QString& site)
{
    const Site* s = topology.site(site);
    return s && s->holdsData();
}

} // namespace

QStringList AdminTopologyEditor::topologyTables()
{
    return {QStringLiteral("site"), QStringLiteral("site_link"), QStringLiteral("store"),
            QStringLiteral("store_visibility")};
}

Result<qint64> AdminTopologyEditor::revision() const
{
    return ChangeLog(m_hub.database()).maxCursorOf(topologyTables());
}

Result<QSet<QString>> AdminTopologyEditor::storesWithOmsData(const Topology& topology) const
{
    const Result<QStringList> ids = HubRepository(m_hub.database()).storesWithAssets();
    if (!ids)
        return ids.error();
    const QSet<QString> withAssets(ids->cbegin(), ids->cend());
    QSet<QString> codes;
    for (const Store& store : topology.stores()) {
        if (withAssets.contains(StableId::store(store.code)))
            codes.insert(store.code);
    }
    return codes;
}

Result<std::optional<qint64>> AdminTopologyEditor::estimate(const VisibilityAction& action,
                                                            const Topology& topology) const
{
    if (action.kind == VisibilityAction::Kind::HandOver)
        return std::optional<qint64>();
    // A site gets a store's oms rows only when it carries oms.
    const Site* site = topology.site(action.site);
    const std::optional<Category> category =
        site && site->carries(Category::Oms) ? std::nullopt : std::optional<Category>(Category::Core);
    const Result<qint64> n =
        ChangeLog(m_hub.database()).countForStore(StableId::store(action.store), storeDataTables(), category);
    if (!n)
        return n.error();
    return std::optional<qint64>(*n);
}

QJsonObject AdminTopologyEditor::actionJson(const VisibilityAction& action)
{
    return QJsonObject{
        {QStringLiteral("kind"), actionKindId(action.kind)},
        {QStringLiteral("store"), action.store},
        {QStringLiteral("site"), action.site},
        {QStringLiteral("from_site"),
         action.fromSite.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(action.fromSite)},
        {QStringLiteral("before"), syncTypeId(action.before)},
        {QStringLiteral("after"), syncTypeId(action.after)},
    };
}

QJsonArray AdminTopologyEditor::violationsJson(const QVector<Violation>& violations)
{
    QJsonArray out;
    for (const Violation& v : violations)
        out.append(QJsonObject{{QStringLiteral("rule"), v.rule},
                               {QStringLiteral("subject"), v.subject},
                               {QStringLiteral("message"), v.message}});
    return out;
}

HttpResponse AdminTopologyEditor::invalid(const QVector<Violation>& violations)
{
    const QString message =
        violations.size() == 1
            ? Text::tr("The change breaks a rule of the network: %1 Nothing was changed.")
                  .arg(violations.first().message)
            : Text::tr("The change breaks %1 rules of the network (listed in details.violations). Nothing was changed.")
                  .arg(violations.size());
    return HttpResponse::error(422, QStringLiteral("topology_invalid"), message,
                               QJsonObject{{QStringLiteral("violations"), violationsJson(violations)}});
}

QJsonObject AdminTopologyEditor::differences(const Topology& before, const Topology& after)
{
    QJsonArray sitesAdded, sitesRemoved, sitesChanged, storesAdded, storesRemoved, storesChanged;
    for (const Site& s : after.sites()) {
        const Site* old = before.site(s.name);
        if (!old)
            sitesAdded.append(s.name);
        else if (*old != s)
            sitesChanged.append(s.name);
    }
    for (const Site& s : before.sites()) {
        if (!after.site(s.name))
            sitesRemoved.append(s.name);
    }
    for (const Store& s : after.stores()) {
        const Store* old = before.store(s.code);
        if (!old)
            storesAdded.append(s.code);
        else if (*old != s)
            storesChanged.append(s.code);
    }
    for (const Store& s : before.stores()) {
        if (!after.store(s.code))
            storesRemoved.append(s.code);
    }
    QJsonObject out;
    const std::pair<const char*, const QJsonArray*> lists[] = {
        {"sites_added", &sitesAdded},   {"sites_removed", &sitesRemoved},   {"sites_changed", &sitesChanged},
        {"stores_added", &storesAdded}, {"stores_removed", &storesRemoved}, {"stores_changed", &storesChanged},
    };
    for (const auto& [key, list] : lists) {
        if (!list->isEmpty())
            out.insert(QLatin1String(key), *list);
    }
    return out;
}

HttpResponse AdminTopologyEditor::apply(const UserSession& who, const TopologyEdit& edit)
{
    using AdminRequest::storageError;
    QMutexLocker locker(&m_mutex);
    Database& database = m_hub.database();
    // The hub's own write origin (the Transaction's default): every site pulls the change.
    Result<Transaction> tx = Transaction::begin(database);
    if (!tx)
        return storageError(tx.error());
    const Result<qint64> current = revision();
    if (!current)
        return storageError(current.error());
    Result<Topology> loaded = TopologyRepository(database).load();
    if (!loaded)
        return storageError(loaded.error());
    const Topology before = std::move(loaded).value();
    if (edit.revision != *current)
        return stale(edit.revision, *current, before, edit);

    Topology after = before;
    if (std::optional<HttpResponse> refused = edit.change(after))
        return *refused;
    const auto unchanged = [&] {
        return HttpResponse::json(QJsonObject{{QStringLiteral("revision"), *current},
                                              {QStringLiteral("actions"), QJsonArray()},
                                              {QStringLiteral("unchanged"), true}});
    };
    if (after == before)
        return unchanged();

    const Result<QSet<QString>> omsStores = storesWithOmsData(after);
    if (!omsStores)
        return storageError(omsStores.error());
    QVector<Violation> violations = TopologyValidator::validate(after, *omsStores);
    const QString hubSite = m_hub.hubSiteName();
    const Site* central = after.central();
    const bool r1Reported = std::any_of(violations.cbegin(), violations.cend(),
                                        [](const Violation& v) { return v.rule == QLatin1String("R1"); });
    if (!hubSite.isEmpty() && !r1Reported && (!central || central->name != hubSite))
        violations.prepend(
            {QStringLiteral("R1"), hubSite,
             Text::tr("This server is \"%1\", the network's mSupply Server (Central). Keep that site, with "
                      "that kind, in the topology.")
                 .arg(hubSite)});
    if (!violations.isEmpty())
        return invalid(violations);
    // What is stored must read back as a topology file (the admin's GET → PUT round trip depends on it).
    if (const Result<Topology> reread = TopologyJson::parse(TopologyJson::serialize(after)); !reread) {
        const QString path = reread.error().details.toString();
        if (edit.import)
            return HttpResponse::error(400, QStringLiteral("topology_format"), reread.error().message,
                                       QJsonObject{{QStringLiteral("path"), path}});
        return HttpResponse::error(
            400, QStringLiteral("invalid_field"), reread.error().message,
            QJsonObject{{QStringLiteral("field"), fieldOfPath(path)}, {QStringLiteral("path"), path}});
    }

    const QVector<VisibilityAction> actions = VisibilityPlanner::plan(before, after);
    if (Status s = TopologyRepository(database).save(after); !s)
        return storageError(s.error());

    HubRepository hub(database);
    QJsonObject secrets;
    for (const Site& site : after.sites()) {
        if (!site.holdsData() || site.kind == SiteKind::MsupplyCentral)
            continue;
        const QString siteId = StableId::site(site.name);
        const Result<std::optional<QString>> existing = hub.credentialHash(siteId);
        if (!existing)
            return storageError(existing.error());
        if (existing->has_value()) {
            // A site that now syncs oms with another hub: its hash is sent again, for that oms_central to check
            // its handshakes (an oms_central receives only the hashes of the sites that sync with it).
            const Site* was = before.site(site.name);
            const QString omsHub = site.syncLinks().value(Category::Oms);
            if (!omsHub.isEmpty() && (!was || was->syncLinks().value(Category::Oms) != omsHub)) {
                if (Status s = hub.touchCredential(siteId); !s)
                    return storageError(s.error());
            }
            continue;
        }
        const QString secret = PasswordHasher::randomSecret(24);
        if (Status s = hub.setCredential(siteId, SecretHasher::hash(secret), SecretHasher::kStoredCost); !s)
            return storageError(s.error());
        secrets.insert(site.name, secret);
    }

    const Result<qint64> next = revision();
    if (!next)
        return storageError(next.error());
    if (*next == *current && secrets.isEmpty())
        return unchanged(); // the same network in another order: nothing was written; the rollback is a no-op

    QJsonArray actionList;
    for (const VisibilityAction& a : actions)
        actionList.append(actionJson(a));
    QJsonObject details = edit.details;
    details.insert(QStringLiteral("from_revision"), *current);
    details.insert(QStringLiteral("revision"), *next);
    details.insert(QStringLiteral("actions"), actionList);
    details.insert(QStringLiteral("changes"), differences(before, after));
    if (!secrets.isEmpty())
        details.insert(QStringLiteral("new_site_secrets_for"), QJsonArray::fromStringList(secrets.keys()));
    if (Status s = hub.audit(who.username, edit.action, edit.subject, details); !s)
        return storageError(s.error());
    if (Status s = tx->commit(); !s)
        return storageError(s.error());

    if (Status s = m_hub.reloadTopology(); !s)
        return storageError(s.error()); // saved; the next successful reload serves it
    for (const Site& site : before.sites()) {
        if (site.holdsData() && !holdsData(after, site.name))
            m_hub.tokens().revokeSubject(TokenSubject::Site, site.name);
    }
    // A store handed over to the hub's own site: the hub answers the transfers in flight to it now (it holds them
    // all), as it does after a push (SyncPush).
    const bool toHub = std::any_of(actions.cbegin(), actions.cend(), [&](const VisibilityAction& a) {
        return a.kind == VisibilityAction::Kind::HandOver && a.site == hubSite;
    });
    if (toHub && !m_hub.config().replica) {
        if (const Result<TransferReport> processed = TransferProcessor(database).run(); !processed)
            qCWarning(lcTopologyEditor).noquote()
                << "transfer processing after a hand-over failed:" << processed.error().message;
    }

    QJsonObject answer{{QStringLiteral("revision"), *next},
                       {QStringLiteral("actions"), actionList},
                       {QStringLiteral("unchanged"), false}};
    if (!secrets.isEmpty())
        answer.insert(QStringLiteral("new_site_secrets"), secrets);
    return HttpResponse::json(answer, edit.successStatus);
}

HttpResponse AdminTopologyEditor::stale(qint64 asked, qint64 current, const Topology& before,
                                        const TopologyEdit& edit) const
{
    constexpr int kMaxChanges = 200;
    QHash<QString, QString> names;
    Topology proposed = before;
    if (edit.change)
        edit.change(proposed); // only to name records the edit knows about (a removed site, say)
    addNames(proposed, names);
    addNames(before, names);

    QJsonArray changes;
    bool more = false;
    const Result<QVector<ChangeLogEntry>> rows =
        ChangeLog(m_hub.database()).afterIn(asked, topologyTables(), kMaxChanges + 1);
    if (rows) {
        more = rows->size() > kMaxChanges;
        for (int i = 0; i < rows->size() && i < kMaxChanges; ++i) {
            const ChangeLogEntry& row = rows->at(i);
            QString name = names.value(row.recordId);
            if (name.isEmpty() && !row.storeId.isEmpty())
                name = names.value(row.storeId);
            changes.append(QJsonObject{{QStringLiteral("cursor"), row.cursor},
                                       {QStringLiteral("table"), row.tableName},
                                       {QStringLiteral("record_id"), row.recordId},
                                       {QStringLiteral("action"), changeActionId(row.action)},
                                       {QStringLiteral("name"), name},
                                       {QStringLiteral("changed_at"), row.changedAt.toString(Qt::ISODateWithMs)}});
        }
    }
    // Who made them: the audit rows of topology edits that produced a later revision.
    QJsonArray edits;
    const Result<QVector<AuditEntry>> audit = HubRepository(m_hub.database()).auditLog(50);
    if (audit) {
        for (const AuditEntry& e : *audit) {
            const qint64 r = e.details.value(QStringLiteral("revision")).toInteger(-1);
            if (r > asked)
                edits.prepend(QJsonObject{{QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                                          {QStringLiteral("username"), e.username},
                                          {QStringLiteral("action"), e.action},
                                          {QStringLiteral("subject"), e.subject},
                                          {QStringLiteral("revision"), r}});
        }
    }
    return HttpResponse::error(
        409, QStringLiteral("stale_revision"),
        Text::tr(
            "The network was changed since you loaded it (your revision %1, now %2). Reload the topology, check the "
            "changes listed, and make your edit again.")
            .arg(asked)
            .arg(current),
        QJsonObject{{QStringLiteral("your_revision"), asked},
                    {QStringLiteral("revision"), current},
                    {QStringLiteral("changes"), changes},
                    {QStringLiteral("more_changes"), more},
                    {QStringLiteral("edits"), edits}});
}

} // namespace syncsites
