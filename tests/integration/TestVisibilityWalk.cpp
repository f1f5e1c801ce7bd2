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

// --- reporting ---

void TestVisibilityWalk::note(const QString& line)
{
    m_log.append(QStringLiteral("[%1] %2").arg(m_step).arg(line));
}

QByteArray TestVisibilityWalk::context() const
{
    return QStringLiteral("seed %1 (SYNCSITES_TEST_SEED=%1), step %2; the last steps:\n  %3")
        .arg(m_seed)
        .arg(m_step)
        .arg(m_log.mid(std::max<qsizetype>(0, m_log.size() - 80)).join(QLatin1String("\n  ")))
        .toUtf8();
}

// A divergence from the spec (or a session that failed): fails the test with the seed and what happened before it.
// With SYNCSITES_WALK_KEEP_GOING=1 it is printed and the walk goes on; the test fails at the end.
void TestVisibilityWalk::divergence(const QString& what)
{
    ++m_divergences;
    note(QStringLiteral("DIVERGENCE: ") + what.left(300));
    if (m_keepGoing) {
        // Each kind once, with the steps before it (ids and numbers make the kind's signature vary).
        static const QRegularExpression variable(QStringLiteral("[0-9a-f]{8}-[0-9a-f-]{27}|[0-9]+"));
        const QString signature = QString(what.left(160)).replace(variable, QStringLiteral("#"));
        if (m_signatures.contains(signature))
            return;
        m_signatures.insert(signature);
        std::fprintf(stderr, "DIVERGENCE (seed %llu, step %d): %s\n%s\n", static_cast<unsigned long long>(m_seed),
                     m_step, qPrintable(what), context().constData());
        return;
    }
    std::fprintf(stderr, "%s\n", context().constData());
    m_stop = true;
    QTest::qFail(qPrintable(QStringLiteral("seed %1, step %2: %3").arg(m_seed).arg(m_step).arg(what)), __FILE__,
                 __LINE__);
}

// Ids of the records the walk makes come from the seed, so that a repeated seed picks the same records.
QString TestVisibilityWalk::newId()
{
    const std::uint64_t hi = m_rng->next();
    const std::uint64_t lo = m_rng->next();
    const QUuid id(uint(hi >> 32), ushort(hi >> 16), ushort((hi & 0x0fff) | 0x4000), uchar(((lo >> 56) & 0x3f) | 0x80),
                   uchar(lo >> 48), uchar(lo >> 40), uchar(lo >> 32), uchar(lo >> 24), uchar(lo >> 16), uchar(lo >> 8),
                   uchar(lo));
    const QString text = id.toString(QUuid::WithoutBraces);
    m_made.insert(text, int(m_made.size()));
    return text;
}

// An order of candidates that a repeated seed repeats: the ids StoreActions makes are random, so a shipment or
// requisition goes by when the walk made it (its answer by its start's), anything else by its id (seeded).
QString TestVisibilityWalk::orderKey(const QJsonObject& record, const char* link) const
{
    const QString id = record.value(QLatin1String("id")).toString();
    for (const QString& k : {id, link ? record.value(QLatin1String(link)).toString() : QString()})
        if (m_made.contains(k))
            return QStringLiteral("0%1").arg(m_made.value(k), 8, 10, QLatin1Char('0'));
    return QStringLiteral("1") + id;
}

Actor* TestVisibilityWalk::actor(const QString& name)
{
    for (auto& site : m_sites)
        if (site->name == name)
            return site.get();
    return nullptr;
}

QStringList TestVisibilityWalk::activeHere(Actor& site)
{
    QStringList out;
    QSqlQuery q(site.replica->database().connection().value());
    q.prepare(QStringLiteral("SELECT code FROM store WHERE home_site_id = ? ORDER BY code"));
    q.addBindValue(site.id);
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}

QStringList TestVisibilityWalk::partnersHere(Actor& site)
{
    QStringList out;
    QSqlQuery q(site.replica->database().connection().value());
    q.prepare(QStringLiteral("SELECT s.code FROM store s WHERE s.home_site_id = ? OR s.id IN (SELECT store_id FROM "
                             "store_visibility WHERE site_id = ?) ORDER BY s.code"));
    q.addBindValue(site.id);
    q.addBindValue(site.id);
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}

// --- set-up and the walk ---

void TestVisibilityWalk::initTestCase()
{
    m_seed = testSeed("TestVisibilityWalk");
    m_keepGoing = qEnvironmentVariableIntValue("SYNCSITES_WALK_KEEP_GOING") > 0;
    m_rng = std::make_unique<SplitMix64>(m_seed);
    HubHarnessOptions options;
    options.records = soak() ? 3000 : 600;
    options.dataSeed = m_seed % 1000 + 1;
    auto hub = HubTestHarness::start(options);
    QVERIFY2(hub.ok(), qPrintable(hub.ok() ? QString() : hub.error().message));
    m_hub = std::move(hub).value();
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("syncsites.server.http.access.info=false\n"
                                                        "syncsites.engine.*.debug=false\n"
                                                        "syncsites.engine.*.info=false\n"
                                                        "syncsites.engine.*.warning=false\n"
                                                        "syncsites.server.*.info=false"));
    for (const DemoItem& item : m_hub->network().items)
        m_items << item.code;
    const Topology topology = m_hub->topology();
    for (const Store& store : topology.stores())
        m_codeOf.insert(StableId::store(store.code), store.code);

    // The oms_central, both province servers (the southern one serves a client), Sefa and its two health centres,
    // and Mulanje (msupply_single_user): eight sites of seven kinds.
    const QStringList names{QStringLiteral("National Cold Chain Hub"),   QStringLiteral("Northern Province Server"),
                            QStringLiteral("Southern Province Server"),  QStringLiteral("Sefa District Hospital"),
                            QStringLiteral("Lira Health Centre"),        QStringLiteral("Kasa Health Centre"),
                            QStringLiteral("Mulanje District Hospital"), QStringLiteral("Bweni District Hospital")};
    QSet<QString> kinds;
    bool serverWithClient = false;
    for (const syncsites::Site& s : topology.sites())
        if (s.isClient() && names.contains(s.server) && topology.site(s.server)->kind != SiteKind::MsupplyCentral)
            serverWithClient = true;
    QVERIFY2(serverWithClient, "no remote server with a client among the sites");
    for (const QString& name : names) {
        const syncsites::Site* info = topology.site(name);
        QVERIFY2(info && info->holdsData(), qPrintable(name));
        kinds.insert(siteKindId(info->kind));
        auto site = std::make_unique<Actor>();
        site->name = name;
        site->id = StableId::site(name);
        site->kind = info->kind;
        site->oms = linksFor(*info, Category::Oms);
        auto replica = SiteReplica::create(m_dir.filePath(name + QStringLiteral(".sqlite")), name, m_hub->url(),
                                           m_hub->secret(name));
        QVERIFY2(replica.ok(), qPrintable(replica.ok() ? QString() : replica.error().message));
        site->replica = std::move(replica).value();
        m_sites.push_back(std::move(site));
    }
    QVERIFY(m_sites.size() >= 6);
    QVERIFY2(kinds.size() >= 4, qPrintable(QStringList(kinds.cbegin(), kinds.cend()).join(QLatin1String(", "))));
    qInfo().noquote() << QStringLiteral("%1 sites of %2 kinds (%3), %4 generated records on the hub")
                             .arg(m_sites.size())
                             .arg(kinds.size())
                             .arg(names.join(QLatin1String(", ")))
                             .arg(options.records);
}

void TestVisibilityWalk::walk()
{
    QElapsedTimer clock;
    clock.start();
    // Every site starts from nothing: its first sessions initialise it.
    settle();
    verify();
    if (stopped())
        return;
    const qint64 initialMs = clock.elapsed();

    const int steps = soak() ? 2000 : 220;
    m_moveStep = m_rng->between(steps / 3, 2 * steps / 3);
    for (m_step = 1; m_step <= steps && !stopped(); ++m_step) {
        if (m_step == m_moveStep)
            moveOmsHub();
        if (m_step == steps * 3 / 4 && m_counts.of(QLatin1String("refused edit")) == 0)
            editBehindTheAdminsBack();
        for (auto& site : m_sites)
            if (!site->online() && site->offlineUntil <= m_step) {
                site->offlineUntil = -1;
                note(site->name + QStringLiteral(": back online"));
            }
        const int things = m_rng->between(1, 3);
        for (int i = 0; i < things && !stopped(); ++i)
            act();
        if (stopped())
            break;
        settle();
        if (!stopped())
            verify();
        if (m_step % 50 == 0)
            qInfo().noquote() << QStringLiteral("step %1: %2 ms").arg(m_step).arg(clock.elapsed());
    }
    if (stopped())
        return;
    // Everybody back, everything synced, everything checked once more.
    m_step = steps + 1;
    for (auto& site : m_sites)
        site->offlineUntil = -1;
    note(QStringLiteral("every site back online"));
    settle();
    if (!stopped())
        verify();
    if (stopped())
        return;

    int syncs = 0;
    for (const auto& site : m_sites)
        syncs += site->syncs;
    qInfo().noquote() << QStringLiteral("%1 steps, %2 sessions: %3; a refused record missing or different at "
                                        "its site (allowed) seen %4 times; initial sync %5 ms, total %6 ms")
                             .arg(steps)
                             .arg(syncs)
                             .arg(m_counts.text())
                             .arg(m_tolerated)
                             .arg(initialMs)
                             .arg(clock.elapsed());
    QVERIFY2(m_divergences == 0, qPrintable(QStringLiteral("%1 divergences (seed %2)").arg(m_divergences).arg(m_seed)));
    // The run did what it is meant to exercise.
    for (const char* what :
         {"hand-over to a Collector", "hand-over to a Transfer or none", "hand-over back home", "none -> Collector",
          "Collector -> none", "Collector -> Transfer", "Transfer -> Collector", "offline period", "shipment",
          "receipt", "request", "response", "refused edit", "oms hub move"})
        QVERIFY2(m_counts.of(QLatin1String(what)) > 0,
                 qPrintable(QStringLiteral("the walk never did: %1 (seed %2)").arg(QLatin1String(what)).arg(m_seed)));
}

void TestVisibilityWalk::act()
{
    Actor& site = *m_sites.at(int(m_rng->below(m_sites.size())));
    const int roll = int(m_rng->below(100));
    if (roll < 26)
        edit(site);
    else if (roll < 35)
        ship(site);
    else if (roll < 42)
        request(site);
    else if (roll < 49)
        receive(site);
    else if (roll < 55)
        respond(site);
    else if (roll < 58)
        amend(site);
    else if (roll < 65)
        handOver();
    else if (roll < 69)
        toggleCollector();
    else if (roll < 73)
        toggleTransfer();
    else if (roll < 74)
        breakRule();
    else if (roll < 77)
        goOffline();
    else if (roll < 79)
        omsRefusedWithoutLink(site);
    else if (site.online())
        sync(site);
}

// --- sessions ---

bool TestVisibilityWalk::sync(Actor& site, SyncSummary* out)
{
    // Small pages now and then, so that pushes, pulls and backfills take several.
    SessionOptions options = SiteReplica::testOptions(m_seed + std::uint64_t(m_log.size()));
    const int pages = int(m_rng->below(3));
    options.initialPullLimit = QVector<int>{1000, 200, 40}.at(pages);
    options.minPullLimit = std::min(options.minPullLimit, options.initialPullLimit);
    options.initialPushBatch = QVector<int>{500, 50, 15}.at(pages);
    options.minPushBatch = std::min(options.minPushBatch, options.initialPushBatch);
    const bool mayBeRefused = site.dirty && m_adminEdits > site.adminEditsSeen;
    const SyncSummary summary = site.replica->sync(options);
    ++site.syncs;
    // Like `syncsites-server serve` does after each sync: the oms hub routes by the network it last pulled.
    if (m_omsHub && &site == m_omsCentral)
        if (Status reloaded = m_omsHub->state().reloadTopology(); !reloaded)
            divergence(QStringLiteral("the oms hub could not reload the network: ") + reloaded.error().message);
    // Sessions that move nothing are left out of the step log (most of the sessions of a settling round).
    if (summary.outcome != SyncOutcome::Success || summary.pushed > 0 || summary.pulled > 0 ||
        summary.transfersWritten > 0)
        note(QStringLiteral("%1: sync (pages of %2/%3): %4")
                 .arg(site.name)
                 .arg(options.initialPullLimit)
                 .arg(options.initialPushBatch)
                 .arg(SiteReplica::describe(summary).left(400)));
    if (out)
        *out = summary;
    if (summary.outcome != SyncOutcome::Success && summary.outcome != SyncOutcome::Partial) {
        divergence(site.name + QStringLiteral(": the session failed: ") + SiteReplica::describe(summary));
        return false;
    }
    site.dirty = false;
    site.adminEditsSeen = m_adminEdits;
    if (summary.rejected > 0) {
        if (!mayBeRefused) {
            divergence(site.name +
                       QStringLiteral(": records refused though it wrote nothing behind an administrator's "
                                      "back: ") +
                       SiteReplica::describe(summary));
            return false;
        }
        m_counts.add(QStringLiteral("refused edit"));
    }
    return true;
}

// Every online site syncs, in turn, until a whole round moves nothing (bounded).
void TestVisibilityWalk::settle()
{
    for (int round = 0; round < 12; ++round) {
        bool quiet = true;
        for (auto& site : m_sites) {
            if (!site->online())
                continue;
            SyncSummary summary;
            if (!sync(*site, &summary) && !m_keepGoing)
                return;
            quiet = quiet && summary.pushed == 0 && summary.pulled == 0 && summary.transfersWritten == 0 &&
                    summary.rejected == 0;
            if (summary.waiting != 0)
                divergence(site->name +
                           QStringLiteral(": %1 changes still waiting after a session").arg(summary.waiting));
        }
        if (quiet)
            return;
    }
    divergence(QStringLiteral("the sites never stopped moving records"));
}

// --- the checks ---

void TestVisibilityWalk::verify()
{
    const Topology topology = m_hub->topology();
    Holdings hub = readHoldings(m_hub->database());
    if (!hub.error.isEmpty())
        return divergence(QStringLiteral("reading the hub: ") + hub.error);
    if (m_omsHub) {
        // After the move the oms_central's replica is the hub of oms: what it holds is what sites should hold. The
        // central keeps the history it had, no longer served.
        const Holdings oms = readHoldings(m_omsCentral->replica->database());
        if (!oms.error.isEmpty())
            return divergence(QStringLiteral("reading the oms hub: ") + oms.error);
        for (auto it = hub.rows.begin(); it != hub.rows.end();)
            it = it->table->category == Category::Oms ? hub.rows.erase(it) : std::next(it);
        for (auto it = oms.rows.cbegin(); it != oms.rows.cend(); ++it)
            if (it->table->category == Category::Oms)
                hub.rows.insert(it.key(), *it);
    }
    QStringList problems;
    for (auto& site : m_sites)
        if (site->online())
            problems << compare(*site, topology, hub);
    problems << checkTransfers(topology, hub);
    if (!problems.isEmpty())
        divergence(problems.join(QLatin1String("\n")));
}

QStringList TestVisibilityWalk::compare(Actor& actor, const Topology& topology, const Holdings& hub)
{
    Holdings here = readHoldings(actor.replica->database());
    if (!here.error.isEmpty())
        return {actor.name + QStringLiteral(": reading the replica: ") + here.error};
    const syncsites::Site& site = *topology.site(actor.name);
    if (site.takesHistoryOf()) // the oms hub itself: its oms data is the reference
        for (auto it = here.rows.begin(); it != here.rows.end();)
            it = it->table->category == *site.takesHistoryOf() ? here.rows.erase(it) : std::next(it);

    // Refused by the hub (push refusals), and not integrated here (record_*), as the quarantine says.
    QHash<QString, QJsonObject> refused;
    QHash<QString, QString> notIntegrated;
    const auto entries = SyncStateRepository(actor.replica->database()).quarantined();
    if (!entries.ok())
        return {actor.name + QStringLiteral(": reading the quarantine: ") + entries.error().message};
    for (const QuarantineEntry& e : *entries) {
        if (e.reasonCode.startsWith(QLatin1String("record_")))
            notIntegrated.insert(key(e.tableName, e.recordId), e.reasonCode + QStringLiteral(": ") + e.reason);
        else
            refused.insert(key(e.tableName, e.recordId), e.payload);
    }

    QStringList missing;
    QStringList unexpected;
    QStringList different;
    QStringList live;
    const auto describe = [&](const QString& k, const Row& row) -> QString {
        QString text = QStringLiteral("%1 (store %2").arg(k, m_codeOf.value(row.store, row.store));
        if (!row.partner.isEmpty())
            text += QStringLiteral(", partner %1").arg(m_codeOf.value(row.partner, row.partner));
        if (notIntegrated.contains(k))
            text += QStringLiteral(", quarantined here: ") + notIntegrated.value(k);
        return text + QLatin1Char(')');
    };
    for (auto it = hub.rows.cbegin(); it != hub.rows.cend(); ++it) {
        if (!shouldHold(topology, site, it.value(), m_codeOf))
            continue;
        const auto mine = here.rows.constFind(it.key());
        if (mine == here.rows.cend() || mine->data != it->data) {
            if (refused.contains(it.key())) {
                ++m_tolerated; // a refused edit: moved to the quarantine
                continue;
            }
            if (mine == here.rows.cend())
                missing << describe(it.key(), *it);
            else
                different << describe(it.key(), *it) + QStringLiteral(": ") + fieldsDiffering(mine->data, it->data);
        }
    }
    for (auto it = here.rows.cbegin(); it != here.rows.cend(); ++it) {
        const auto theirs = hub.rows.constFind(it.key());
        if (theirs != hub.rows.cend() && shouldHold(topology, site, *theirs, m_codeOf))
            continue;
        if (refused.contains(it.key()) && refused.value(it.key()) == it->data)
            continue; // reported below, as refused yet live
        unexpected << describe(it.key(), theirs != hub.rows.cend() ? *theirs : *it) +
                          (theirs != hub.rows.cend() ? QStringLiteral(" the hub has it, not routed here")
                                                     : QStringLiteral(" not on the hub"));
    }
    // "Nothing in a quarantine is also live data": a refused record is not live with the refused data (unless that
    // is what the hub holds anyway).
    for (auto it = refused.cbegin(); it != refused.cend(); ++it) {
        if (it->isEmpty())
            continue; // a refused delete
        const auto mine = here.rows.constFind(it.key());
        const auto theirs = hub.rows.constFind(it.key());
        if (mine != here.rows.cend() && mine->data == *it && (theirs == hub.rows.cend() || theirs->data != *it))
            live << describe(it.key(), *mine) + QStringLiteral(" refused by the hub, in the quarantine and live");
    }

    // Central data: as the hub has it; credential hashes only on the oms_central.
    QStringList central;
    if (linksFor(site, Category::Core)) {
        for (auto it = hub.central.cbegin(); it != hub.central.cend(); ++it) {
            if (!here.central.contains(it.key()))
                central << it.key() + QStringLiteral(" missing");
            else if (here.central.value(it.key()) != *it)
                central << it.key() + QStringLiteral(": ") + fieldsDiffering(here.central.value(it.key()), *it);
        }
        for (auto it = here.central.cbegin(); it != here.central.cend(); ++it)
            if (!hub.central.contains(it.key()))
                central << it.key() + QStringLiteral(" not on the hub");
    }
    if (site.kind != SiteKind::OmsCentral && here.credentials != 0)
        central << QStringLiteral("%1 credential hashes (they never leave the hub)").arg(here.credentials);

    QStringList out;
    for (const auto& [what, list] :
         {std::pair{"missing", &missing}, std::pair{"unexpected", &unexpected}, std::pair{"different", &different},
          std::pair{"refused yet live", &live}, std::pair{"central data", &central}}) {
        if (list->isEmpty())
            continue;
        list->sort();
        out << QStringLiteral("%1 (%2): %3 %4: %5%6")
                   .arg(actor.name, siteKindId(site.kind))
                   .arg(list->size())
                   .arg(QLatin1String(what), list->mid(0, 4).join(QLatin1String("; ")),
                        list->size() > 4 ? QStringLiteral("; ...") : QString());
    }
    return out;
}

QStringList TestVisibilityWalk::checkTransfers(const Topology& topology, const Holdings& hub)
{
    // The hub answers for its own stores; a site does when it is online (it has synced this step).
    const auto answering = [&](const QString& storeId) {
        const Store* store = topology.store(m_codeOf.value(storeId));
        if (!store)
            return false;
        const Site* home = topology.site(store->home);
        if (home && home->kind == SiteKind::MsupplyCentral)
            return true;
        const Actor* site = actor(store->home);
        return site && site->online();
    };
    const auto status = [](const QJsonObject& o) {
        return o.value(QLatin1String("status")).toString();
    };
    const auto heldAtHome = [&](const QString& storeId, const QString& table, const QString& id) {
        const Store* store = topology.store(m_codeOf.value(storeId));
        Actor* site = store ? actor(store->home) : nullptr;
        if (!site)
            return true; // the hub's own store: checked on the hub
        const auto r = RecordStore(site->replica->database()).get(table, id);
        return r.ok() && r->has_value();
    };
    QStringList out;
    for (auto it = hub.rows.cbegin(); it != hub.rows.cend(); ++it) {
        const QJsonObject& r = it->data;
        const QString table = QLatin1String(it->table->name);
        const QString id = r.value(QLatin1String("id")).toString();
        const QString type = r.value(QLatin1String("type")).toString();
        const QString store = m_codeOf.value(it->store);
        const QString partner = m_codeOf.value(it->partner);
        if (table == QLatin1String("invoice") && type == QLatin1String("outbound")) {
            const QString inboundId = TransferIds::inboundInvoice(id);
            const auto inbound = hub.rows.constFind(key(table, inboundId));
            const bool received = inbound != hub.rows.cend() && status(inbound->data) == QLatin1String("delivered");
            if (received && status(r) != QLatin1String("delivered") && answering(it->store))
                out << QStringLiteral("shipment %1 of %2 to %3: received (inbound delivered) but the outbound is %4")
                           .arg(id, store, partner, status(r));
            if (!received && status(r) == QLatin1String("delivered") && inbound != hub.rows.cend())
                out << QStringLiteral("shipment %1 of %2 to %3: outbound delivered, its inbound %4")
                           .arg(id, store, partner, status(inbound->data));
            if (status(r) == QLatin1String("shipped") && answering(it->partner)) {
                if (inbound == hub.rows.cend())
                    out << QStringLiteral("shipment %1 of %2 to %3 (home %4): no inbound on the hub")
                               .arg(id, store, partner, topology.store(partner)->home);
                else if (!heldAtHome(it->partner, table, inboundId))
                    out << QStringLiteral("shipment %1 of %2 to %3: its inbound is not at %4")
                               .arg(id, store, partner, topology.store(partner)->home);
            }
        } else if (table == QLatin1String("requisition") && type == QLatin1String("request")) {
            const QString responseId = TransferIds::responseRequisition(id);
            const auto response = hub.rows.constFind(key(table, responseId));
            const bool finalised = response != hub.rows.cend() && status(response->data) == QLatin1String("finalised");
            if (finalised && status(r) != QLatin1String("finalised") && answering(it->store))
                out << QStringLiteral("request %1 of %2 to %3: response finalised but the request is %4")
                           .arg(id, store, partner, status(r));
            if (status(r) == QLatin1String("sent") && answering(it->partner)) {
                if (response == hub.rows.cend())
                    out << QStringLiteral("request %1 of %2 to %3 (home %4): no response on the hub")
                               .arg(id, store, partner, topology.store(partner)->home);
                else if (!heldAtHome(it->partner, table, responseId))
                    out << QStringLiteral("request %1 of %2 to %3: its response is not at %4")
                               .arg(id, store, partner, topology.store(partner)->home);
            }
        } else if ((table == QLatin1String("invoice") && type == QLatin1String("inbound")) ||
                   (table == QLatin1String("requisition") && type == QLatin1String("response"))) {
            // An answer answers a start that exists and was addressed to the answering store.
            const bool invoice = table == QLatin1String("invoice");
            const QString startId =
                r.value(invoice ? QLatin1String("linked_invoice_id") : QLatin1String("linked_requisition_id"))
                    .toString();
            const auto start = hub.rows.constFind(key(table, startId));
            const QString derived =
                invoice ? TransferIds::inboundInvoice(startId) : TransferIds::responseRequisition(startId);
            if (start == hub.rows.cend() || start->partner != it->store || derived != id)
                out << QStringLiteral("%1 %2 of %3 answers %4, which %5")
                           .arg(type, id, store, startId,
                                start == hub.rows.cend() ? QStringLiteral("is not on the hub")
                                : derived != id
                                    ? QStringLiteral("does not derive its id")
                                    : QStringLiteral("was addressed to %1").arg(m_codeOf.value(start->partner)));
        }
    }
    out.sort();
    if (out.size() > 6)
        out = out.mid(0, 6) << QStringLiteral("... %1 transfer problems in all").arg(out.size());
    return out;
}

} // namespace syncsites::test::walk

QTEST_GUILESS_MAIN(syncsites::test::walk::TestVisibilityWalk)
