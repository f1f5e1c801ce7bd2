// The visibility walk's actions: what field staff and the administrator do in a step (TestVisibilityWalk.h).

#include "TestVisibilityWalk.h"

#include "PasswordHasher.h"
#include "RecordStore.h"
#include "StableId.h"
#include "StoreActions.h"
#include "SyncStateRepository.h"
#include "TestHubAdminClient.h"
#include "TestSupport.h"
#include "TransferIds.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <cstdio>

namespace syncsites::test::walk {

// --- field staff ---

void TestVisibilityWalk::edit(Actor& site, const QString& onlyStore)
{
    const QStringList active = onlyStore.isEmpty() ? activeHere(site) : QStringList{onlyStore};
    if (active.isEmpty())
        return;
    const QString store = pick(active);
    if (onlyStore.isEmpty() && site.oms && m_rng->chance(30))
        return editOms(site, store);
    StoreActions actions(site.replica->database());
    auto lines = actions.listRecords(QStringLiteral("stock_line"), store);
    if (!lines.ok())
        return divergence(site.name + QStringLiteral(": listing stock lines: ") + lines.error().message);
    std::sort(lines->begin(), lines->end(), [](const QJsonObject& a, const QJsonObject& b) {
        const auto tuple = [](const QJsonObject& o) {
            return QStringList{o.value(QLatin1String("item_id")).toString(), o.value(QLatin1String("batch")).toString(),
                               o.value(QLatin1String("expiry_date")).toString(),
                               QString::number(o.value(QLatin1String("pack_size")).toInt()),
                               o.value(QLatin1String("id")).toString()}
                .join(QLatin1Char('|'));
        };
        return tuple(a) < tuple(b);
    });
    const int roll = int(m_rng->below(100));
    if (roll < 45 || lines->isEmpty()) {
        const QJsonObject line{{QStringLiteral("id"), newId()},
                               {QStringLiteral("item_id"), StableId::item(pick(m_items))},
                               {QStringLiteral("batch"), QStringLiteral("WALK-%1").arg(++m_counter)},
                               {QStringLiteral("expiry_date"),
                                QStringLiteral("2027-%1-15").arg(m_rng->between(1, 12), 2, 10, QLatin1Char('0'))},
                               {QStringLiteral("pack_size"), m_rng->between(1, 100)},
                               {QStringLiteral("available_packs"), double(m_rng->between(5, 500))},
                               {QStringLiteral("cost_price"), m_rng->between(1, 400) / 4.0}};
        const auto put = actions.putRecord(store, QStringLiteral("stock_line"), line);
        if (!put.ok())
            return divergence(site.name + QStringLiteral(": a new stock line in its Active store %1 refused: %2")
                                              .arg(store, put.error().message));
        site.dirty = true;
        note(QStringLiteral("%1: new stock line %2 in %3").arg(site.name, put->id, store));
        return;
    }
    QJsonObject line = lines->at(int(m_rng->below(std::uint64_t(lines->size()))));
    const QString id = line.value(QLatin1String("id")).toString();
    if (roll < 85) {
        line.insert(QStringLiteral("available_packs"), double(m_rng->between(0, 900)));
        if (m_rng->chance(30))
            line.insert(QStringLiteral("note"), QStringLiteral("counted %1").arg(++m_counter));
        const auto put = actions.putRecord(store, QStringLiteral("stock_line"), line);
        if (!put.ok())
            return divergence(site.name +
                              QStringLiteral(": changing stock line %1 of %2: %3").arg(id, store, put.error().message));
        site.dirty = true;
        note(QStringLiteral("%1: changed stock line %2 of %3").arg(site.name, id, store));
        return;
    }
    const auto removed = RecordStore(site.replica->database()).remove(u"stock_line", id);
    if (!removed.ok() || !*removed)
        return divergence(site.name + QStringLiteral(": deleting stock line %1").arg(id));
    site.dirty = true;
    note(QStringLiteral("%1: deleted stock line %2 of %3").arg(site.name, id, store));
}

void TestVisibilityWalk::editOms(Actor& site, const QString& store)
{
    StoreActions actions(site.replica->database());
    auto assets = actions.listRecords(QStringLiteral("asset"), store);
    if (!assets.ok())
        return divergence(site.name + QStringLiteral(": listing assets: ") + assets.error().message);
    std::sort(assets->begin(), assets->end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(QLatin1String("id")).toString() < b.value(QLatin1String("id")).toString();
    });
    const int roll = int(m_rng->below(100));
    QString what = QStringLiteral("asset");
    QString changed;
    Result<PutOutcome> put = Error();
    if (roll < 35 || assets->isEmpty()) {
        put = actions.putRecord(store, what,
                                QJsonObject{{QStringLiteral("id"), newId()},
                                            {QStringLiteral("code"), QStringLiteral("FRIDGE-%1").arg(++m_counter)},
                                            {QStringLiteral("asset_type"), QStringLiteral("refrigerator")},
                                            {QStringLiteral("serial"), QStringLiteral("SN%1").arg(m_rng->below(99999))},
                                            {QStringLiteral("installed_on"), QStringLiteral("2024-03-01")}});
        changed = QStringLiteral("new");
    } else {
        QJsonObject asset = assets->at(int(m_rng->below(std::uint64_t(assets->size()))));
        const QString assetId = asset.value(QLatin1String("id")).toString();
        if (roll < 80) {
            what = QStringLiteral("temperature_log");
            put = actions.putRecord(
                store, what,
                QJsonObject{
                    {QStringLiteral("id"), newId()},
                    {QStringLiteral("asset_id"), assetId},
                    {QStringLiteral("logged_at"),
                     QStringLiteral("2024-06-01T%1:00:00.000Z").arg(m_rng->between(0, 23), 2, 10, QLatin1Char('0'))},
                    {QStringLiteral("temperature_c"), m_rng->between(-80, 320) / 10.0}});
            changed = QStringLiteral("new");
        } else {
            asset.insert(QStringLiteral("manufacturer"), QStringLiteral("Maker %1").arg(++m_counter));
            put = actions.putRecord(store, what, asset);
            changed = QStringLiteral("changed");
        }
    }
    if (!put.ok())
        return divergence(site.name + QStringLiteral(" (links for oms): %1 %2 in its Active store %3 refused: %4 %5")
                                          .arg(changed, what, store, put.error().code, put.error().message));
    site.dirty = true;
    m_counts.add(QStringLiteral("oms record"));
    note(QStringLiteral("%1: %2 %3 %4 in %5").arg(site.name, changed, what, put->id, store));
}

// A site with no oms link (a legacy kind) writing oms data: refused with a clear error, nothing written ("Data
// categories and hubs": never accepted and left unsent).
void TestVisibilityWalk::omsRefusedWithoutLink(Actor& site)
{
    if (site.oms)
        return;
    const QStringList active = activeHere(site);
    if (active.isEmpty())
        return;
    const QString store = pick(active);
    const QString id = newId();
    const auto put = StoreActions(site.replica->database())
                         .putRecord(store, QStringLiteral("asset"),
                                    QJsonObject{{QStringLiteral("id"), id},
                                                {QStringLiteral("code"), QStringLiteral("NO-OMS-%1").arg(++m_counter)},
                                                {QStringLiteral("asset_type"), QStringLiteral("refrigerator")}});
    const auto held = RecordStore(site.replica->database()).get(u"asset", id);
    note(QStringLiteral("%1 (no oms link): an asset in %2: %3")
             .arg(site.name, store, put.ok() ? QStringLiteral("accepted") : put.error().code));
    if (put.ok() || put.error().code != QLatin1String("category_not_carried") || !held.ok() || held->has_value())
        return divergence(
            QStringLiteral("%1 has no oms link, yet an asset written in its Active store %2 was %3")
                .arg(site.name, store,
                     put.ok() ? QStringLiteral("accepted")
                              : QStringLiteral("refused with %1, not category_not_carried").arg(put.error().code)));
    m_counts.add(QStringLiteral("oms write refused without a link"));
}

void TestVisibilityWalk::ship(Actor& site)
{
    const QStringList active = activeHere(site);
    if (active.isEmpty())
        return;
    const QString from = pick(active);
    const QStringList partners = partnersHere(site);
    const QString to = pick(partners);
    if (to == from)
        return;
    const QString item = pick(m_items);
    const double packs = m_rng->between(1, 4);
    const auto shipped = StoreActions(site.replica->database()).createTransfer(from, to, item, packs);
    if (!shipped.ok() && shipped.error().code == QLatin1String("not_enough_stock"))
        return; // a legal refusal: nothing written
    if (!shipped.ok())
        return divergence(site.name + QStringLiteral(": shipping from %1 to %2: %3 %4")
                                          .arg(from, to, shipped.error().code, shipped.error().message));
    m_made.insert(*shipped, int(m_made.size()));
    site.dirty = true;
    m_counts.add(QStringLiteral("shipment"));
    note(
        QStringLiteral("%1: shipped %2 %3 from %4 to %5 (%6)").arg(site.name).arg(packs).arg(item, from, to, *shipped));
}

void TestVisibilityWalk::request(Actor& site)
{
    const QStringList active = activeHere(site);
    if (active.isEmpty())
        return;
    const QString from = pick(active);
    const QString to = pick(partnersHere(site));
    if (to == from)
        return;
    const QString item = pick(m_items);
    const auto requested =
        StoreActions(site.replica->database()).createRequisition(from, to, item, m_rng->between(1, 50));
    if (!requested.ok())
        return divergence(site.name + QStringLiteral(": requesting from %1 for %2: %3 %4")
                                          .arg(to, from, requested.error().code, requested.error().message));
    m_made.insert(*requested, int(m_made.size()));
    site.dirty = true;
    m_counts.add(QStringLiteral("request"));
    note(QStringLiteral("%1: requested %2 for %3 from %4 (%5)").arg(site.name, item, from, to, *requested));
}

// A shipment still on its way gets another line, or a line's packs change: until it is received, the inbound's
// lines follow.
void TestVisibilityWalk::amend(Actor& site)
{
    StoreActions actions(site.replica->database());
    // A line of an outbound starts a transfer: its partner must be visible here (push rule 6), which it need not be
    // for a shipment of a store handed over to this site.
    const QStringList partners = partnersHere(site);
    QVector<std::pair<QString, QJsonObject>> shipped; // order key, outbound
    for (const QString& store : activeHere(site)) {
        const auto invoices = actions.listRecords(QStringLiteral("invoice"), store);
        if (invoices.ok())
            for (const QJsonObject& invoice : *invoices)
                if (invoice.value(QLatin1String("type")).toString() == QLatin1String("outbound") &&
                    invoice.value(QLatin1String("status")).toString() == QLatin1String("shipped") &&
                    partners.contains(m_codeOf.value(invoice.value(QLatin1String("partner_store_id")).toString())))
                    shipped.append({orderKey(invoice, nullptr), invoice});
    }
    if (shipped.isEmpty())
        return;
    std::sort(shipped.begin(), shipped.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    const QJsonObject outbound = shipped.at(int(m_rng->below(std::uint64_t(shipped.size())))).second;
    const QString outboundId = outbound.value(QLatin1String("id")).toString();
    const QString store = m_codeOf.value(outbound.value(QLatin1String("store_id")).toString());
    QVector<QJsonObject> ofThis;
    if (const auto lines = actions.listRecords(QStringLiteral("invoice_line"), store); lines.ok())
        for (const QJsonObject& line : *lines)
            if (line.value(QLatin1String("invoice_id")).toString() == outboundId)
                ofThis << line;
    std::sort(ofThis.begin(), ofThis.end(), [this](const QJsonObject& a, const QJsonObject& b) {
        return orderKey(a, nullptr) < orderKey(b, nullptr);
    });
    QJsonObject line;
    if (m_rng->chance(50) || ofThis.isEmpty()) {
        line = QJsonObject{{QStringLiteral("id"), newId()},
                           {QStringLiteral("invoice_id"), outboundId},
                           {QStringLiteral("item_id"), StableId::item(pick(m_items))},
                           {QStringLiteral("pack_size"), 1},
                           {QStringLiteral("packs"), double(m_rng->between(1, 20))}};
    } else {
        line = ofThis.at(int(m_rng->below(std::uint64_t(ofThis.size()))));
        line.insert(QStringLiteral("packs"), double(m_rng->between(1, 20)));
    }
    const auto put = actions.putRecord(store, QStringLiteral("invoice_line"), line);
    if (!put.ok())
        return divergence(
            site.name +
            QStringLiteral(": a line of shipment %1 of %2: %3").arg(outboundId, store, put.error().message));
    site.dirty = true;
    note(QStringLiteral("%1: %2 line %3 of shipment %4 of %5")
             .arg(site.name, put->created ? QStringLiteral("added") : QStringLiteral("changed"), put->id, outboundId,
                  store));
}

void TestVisibilityWalk::receive(Actor& site)
{
    StoreActions actions(site.replica->database());
    QVector<std::pair<QString, QString>> arrived; // order key, id
    for (const QString& store : activeHere(site)) {
        const auto invoices = actions.listRecords(QStringLiteral("invoice"), store);
        if (invoices.ok())
            for (const QJsonObject& invoice : *invoices)
                if (invoice.value(QLatin1String("type")).toString() == QLatin1String("inbound") &&
                    invoice.value(QLatin1String("status")).toString() == QLatin1String("shipped"))
                    arrived.append(
                        {orderKey(invoice, "linked_invoice_id"), invoice.value(QLatin1String("id")).toString()});
    }
    if (arrived.isEmpty())
        return;
    std::sort(arrived.begin(), arrived.end());
    const QString inbound = arrived.at(int(m_rng->below(std::uint64_t(arrived.size())))).second;
    const auto received = actions.receive(inbound);
    if (!received.ok())
        return divergence(
            site.name +
            QStringLiteral(": receiving %1: %2 %3").arg(inbound, received.error().code, received.error().message));
    site.dirty = true;
    m_counts.add(QStringLiteral("receipt"));
    note(QStringLiteral("%1: received %2").arg(site.name, inbound));
}

void TestVisibilityWalk::respond(Actor& site)
{
    StoreActions actions(site.replica->database());
    QVector<std::pair<QString, QString>> drafts;
    for (const QString& store : activeHere(site)) {
        const auto requisitions = actions.listRecords(QStringLiteral("requisition"), store);
        if (requisitions.ok())
            for (const QJsonObject& r : *requisitions)
                if (r.value(QLatin1String("type")).toString() == QLatin1String("response") &&
                    r.value(QLatin1String("status")).toString() == QLatin1String("draft"))
                    drafts.append({orderKey(r, "linked_requisition_id"), r.value(QLatin1String("id")).toString()});
    }
    if (drafts.isEmpty())
        return;
    std::sort(drafts.begin(), drafts.end());
    const QString response = drafts.at(int(m_rng->below(std::uint64_t(drafts.size())))).second;
    const auto done = actions.respond(response);
    if (!done.ok())
        return divergence(
            site.name +
            QStringLiteral(": finalising response %1: %2 %3").arg(response, done.error().code, done.error().message));
    site.dirty = true;
    m_counts.add(QStringLiteral("response"));
    note(QStringLiteral("%1: finalised response %2").arg(site.name, response));
}

// --- the administrator ---

int TestVisibilityWalk::setSyncType(const QString& store, const QString& site, SyncType type, int expected)
{
    AdminClient admin(m_hub->port());
    const QString token = admin.token(QStringLiteral("admin"), m_hub->password(QStringLiteral("admin")));
    const Topology before = m_hub->topology();
    const SyncType was = before.syncType(store, site);
    const auto reply = admin.setSyncType(store, site, typeId(type), admin.revision(token), token);
    note(QStringLiteral("admin: %1 on %2: %3 -> %4 (HTTP %5%6)")
             .arg(store, site, typeId(was), typeId(type))
             .arg(reply.status)
             .arg(reply.status == 200 ? QString() : QStringLiteral(" ") + reply.errorCode()));
    if (reply.status != expected) {
        divergence(QStringLiteral("setting %1 on %2 to %3: expected HTTP %4, got %5")
                       .arg(store, site, typeId(type))
                       .arg(expected)
                       .arg(QString::fromUtf8(reply.describe())));
        return reply.status;
    }
    const Topology after = m_hub->topology();
    if (reply.status != 200) {
        if (after != before)
            divergence(
                QStringLiteral("a refused edit (%1 on %2 to %3) changed the topology").arg(store, site, typeId(type)));
        return reply.status;
    }
    ++m_adminEdits;
    if (after.syncType(store, site) != type)
        divergence(QStringLiteral("%1 on %2 was set to %3 but is %4")
                       .arg(store, site, typeId(type), typeId(after.syncType(store, site))));
    // A hand-over leaves the old home a Collector (the default; the msupply_central is one anyway).
    const QString oldHome = before.store(store)->home;
    if (type == SyncType::Active && after.syncType(store, oldHome) != SyncType::Collector)
        divergence(QStringLiteral("%1 handed over from %2: the old home is %3, not Collector")
                       .arg(store, oldHome, typeId(after.syncType(store, oldHome))));
    return reply.status;
}

// A store homed at one of the walk's sites moves to another (and later back home, or on): to a site where it was
// Collector, Transfer or not visible, the least used of these first. Topology rule 7: a store with oms data on the
// hub may move only to an Open mSupply kind; now and then the walk tries the illegal move and expects a 422.
void TestVisibilityWalk::handOver(const QString& onlyStore)
{
    const Topology topology = m_hub->topology();
    QString store;
    QString target;
    // Stores at their first home. Often one whose home has written since its last session (offline, say): its
    // writes will be refused.
    QStringList homed;
    QStringList dirty;
    for (const Store& s : topology.stores())
        if (actor(s.home) && m_movedFrom.find(s.code) == m_movedFrom.end()) {
            homed << s.code;
            if (actor(s.home)->dirty)
                dirty << s.code;
        }
    bool moveBack = onlyStore.isEmpty() && !m_movedFrom.empty() && m_rng->chance(50);
    if (onlyStore.isEmpty() && !moveBack && homed.isEmpty()) {
        if (m_movedFrom.empty())
            return;
        moveBack = true; // every store has moved (a long walk): one moves again
    }
    if (!onlyStore.isEmpty()) {
        store = onlyStore;
    } else if (moveBack) {
        auto it = m_movedFrom.begin();
        std::advance(it, int(m_rng->below(m_movedFrom.size())));
        store = it->first;
    } else {
        store = pick(!dirty.isEmpty() && m_rng->chance(50) ? dirty : homed);
    }
    const QString home = topology.store(store)->home;
    QSqlQuery q(m_hub->database().connection().value());
    q.prepare(QStringLiteral("SELECT count(*) FROM asset WHERE store_id = ?"));
    q.addBindValue(StableId::store(store));
    const bool hasOms = q.exec() && q.next() && q.value(0).toInt() > 0;

    QStringList legal;
    QStringList illegal;
    for (const auto& site : m_sites) {
        if (site->name == home)
            continue;
        (hasOms && !openMsupplyKind(site->kind) ? illegal : legal) << site->name;
    }
    if (onlyStore.isEmpty() && !illegal.isEmpty() && m_rng->chance(12)) {
        target = pick(illegal);
        note(QStringLiteral("admin: %1 has oms data; handing it to %2 (%3) breaks rule 7")
                 .arg(store, target, siteKindId(actor(target)->kind)));
        if (setSyncType(store, target, SyncType::Active, 422) == 422)
            m_counts.add(QStringLiteral("illegal hand-over refused"));
        return;
    }
    const auto it = m_movedFrom.find(store);
    const QString firstHome = it == m_movedFrom.end() ? home : it->second;
    QString kind;
    if (moveBack && legal.contains(firstHome) && m_rng->chance(75)) {
        target = firstHome;
        kind = QStringLiteral("hand-over back home");
    } else {
        // The least used of: to a Collector, to a Transfer or none.
        QStringList toCollector;
        QStringList toOther;
        for (const QString& name : legal)
            (topology.syncType(store, name) == SyncType::Collector ? toCollector : toOther) << name;
        const QString a = QStringLiteral("hand-over to a Collector");
        const QString b = QStringLiteral("hand-over to a Transfer or none");
        const bool collector = !toCollector.isEmpty() && (toOther.isEmpty() || m_counts.of(a) < m_counts.of(b) ||
                                                          (m_counts.of(a) == m_counts.of(b) && m_rng->chance(50)));
        if (toCollector.isEmpty() && toOther.isEmpty())
            return;
        target = pick(collector ? toCollector : toOther);
        kind = collector ? a : b;
    }
    note(QStringLiteral("admin: hand-over of %1 from %2 (%3) to %4 (%5, where it is %6)")
             .arg(store, home,
                  actor(home) && actor(home)->online() ? QStringLiteral("online") : QStringLiteral("offline"), target,
                  actor(target)->online() ? QStringLiteral("online") : QStringLiteral("offline"),
                  typeId(topology.syncType(store, target))));
    if (setSyncType(store, target, SyncType::Active, 200) != 200)
        return;
    m_counts.add(kind);
    if (target == firstHome)
        m_movedFrom.erase(store);
    else if (it == m_movedFrom.end())
        m_movedFrom.emplace(store, home);
}

// none <-> Collector of a store on one of the walk's sites (not its home), the least used direction first.
void TestVisibilityWalk::toggleCollector()
{
    const Topology topology = m_hub->topology();
    QVector<std::pair<QString, QString>> gain;
    QVector<std::pair<QString, QString>> lose;
    for (const Store& store : topology.stores())
        for (const auto& site : m_sites) {
            const SyncType type = topology.syncType(store.code, site->name);
            if (type == SyncType::None)
                gain.append({store.code, site->name});
            else if (type == SyncType::Collector)
                lose.append({store.code, site->name});
        }
    const QString a = QStringLiteral("none -> Collector");
    const QString b = QStringLiteral("Collector -> none");
    const bool gaining = !gain.isEmpty() && (lose.isEmpty() || m_counts.of(a) < m_counts.of(b) ||
                                             (m_counts.of(a) == m_counts.of(b) && m_rng->chance(50)));
    const auto& from = gaining ? gain : lose;
    if (from.isEmpty())
        return;
    const auto [store, site] = from.at(int(m_rng->below(std::uint64_t(from.size()))));
    if (setSyncType(store, site, gaining ? SyncType::Collector : SyncType::None, 200) == 200)
        m_counts.add(gaining ? a : b);
}

// Collector <-> Transfer of a store on one of the walk's sites, the least used direction first.
void TestVisibilityWalk::toggleTransfer()
{
    const Topology topology = m_hub->topology();
    QVector<std::pair<QString, QString>> down;
    QVector<std::pair<QString, QString>> up;
    for (const Store& store : topology.stores())
        for (const auto& site : m_sites) {
            const SyncType type = topology.syncType(store.code, site->name);
            if (type == SyncType::Collector)
                down.append({store.code, site->name});
            else if (type == SyncType::Transfer)
                up.append({store.code, site->name});
        }
    const QString a = QStringLiteral("Collector -> Transfer");
    const QString b = QStringLiteral("Transfer -> Collector");
    const bool downing = !down.isEmpty() && (up.isEmpty() || m_counts.of(a) < m_counts.of(b) ||
                                             (m_counts.of(a) == m_counts.of(b) && m_rng->chance(50)));
    const auto& from = downing ? down : up;
    if (from.isEmpty())
        return;
    const auto [store, site] = from.at(int(m_rng->below(std::uint64_t(from.size()))));
    if (setSyncType(store, site, downing ? SyncType::Transfer : SyncType::Collector, 200) == 200)
        m_counts.add(downing ? a : b);
}

// Edits that break a topology rule are refused with 422 and change nothing: Collector on a client (rule 6), or a
// store made Active on a client (rule 5).
void TestVisibilityWalk::breakRule()
{
    const Topology topology = m_hub->topology();
    QStringList stores;
    for (const Store& s : topology.stores())
        stores << s.code;
    const QString store = pick(stores);
    const QString client = QStringLiteral("Southern Dispensary Desk");
    if (setSyncType(store, client, m_rng->chance(50) ? SyncType::Collector : SyncType::Active, 422) == 422)
        m_counts.add(QStringLiteral("rule-breaking edit refused"));
}

void TestVisibilityWalk::goOffline()
{
    int offline = 0;
    QStringList online;
    for (const auto& site : m_sites) {
        if (!site->online())
            ++offline;
        else if (!m_omsHub || site.get() != m_omsCentral) // the oms hub's lag is not the spec's concern here
            online << site->name;
    }
    if (offline >= 2 || online.isEmpty())
        return;
    Actor& site = *actor(pick(online));
    site.offlineUntil = m_step + m_rng->between(2, 6);
    m_counts.add(QStringLiteral("offline period"));
    note(QStringLiteral("%1: offline until step %2").arg(site.name).arg(site.offlineUntil));
}

// The administrator deploys the oms_central on a server of its own: its replica is served, its url set. It takes
// the oms history over at its next sync; every Open mSupply site then syncs oms with it (its link moved: it pulls
// oms again from the start there), and it stays online from now on.
void TestVisibilityWalk::moveOmsHub()
{
    m_omsCentral = actor(QStringLiteral("National Cold Chain Hub"));
    QVERIFY(m_omsCentral);
    m_omsCentral->offlineUntil = -1;
    HubConfig config;
    config.replica = true;
    config.passwordCost = PasswordHasher::testCost();
    m_omsHub = std::make_unique<HubServer>(m_omsCentral->replica->database(), config);
    const Result<quint16> port = m_omsHub->start(QStringLiteral("127.0.0.1"), 0);
    QVERIFY2(port.ok(), qPrintable(port.ok() ? QString() : port.error().message));
    AdminClient admin(m_hub->port());
    const QString token = admin.token(QStringLiteral("admin"), m_hub->password(QStringLiteral("admin")));
    const auto moved =
        admin.patch(AdminClient::path({QStringLiteral("sites"), m_omsCentral->name}),
                    QJsonObject{{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1").arg(*port)},
                                {QStringLiteral("revision"), admin.revision(token)}},
                    token);
    QVERIFY2(moved.status == 200, moved.describe().constData());
    ++m_adminEdits;
    m_counts.add(QStringLiteral("oms hub move"));
    note(QStringLiteral("oms hub moved to the oms_central's own server, port %1").arg(*port));
    sync(*m_omsCentral);
}

// Field staff edit a stock line of a store, and before their site syncs an administrator hands the store over: the
// hub refuses the edit, which the site keeps only in its quarantine. Done once late in a walk where chance has not
// made it happen yet, so that every run checks it.
void TestVisibilityWalk::editBehindTheAdminsBack()
{
    QStringList candidates;
    for (const auto& site : m_sites)
        if (site->online() && site.get() != m_omsCentral)
            for (const QString& store : activeHere(*site))
                if (m_movedFrom.find(store) == m_movedFrom.end())
                    candidates << site->name + QLatin1Char('\n') + store;
    if (candidates.isEmpty())
        return;
    const QStringList chosen = pick(candidates).split(QLatin1Char('\n'));
    note(QStringLiteral("%1 edits %2 while an administrator hands it over").arg(chosen.at(0), chosen.at(1)));
    edit(*actor(chosen.at(0)), chosen.at(1));
    handOver(chosen.at(1));
}

} // namespace syncsites::test::walk
