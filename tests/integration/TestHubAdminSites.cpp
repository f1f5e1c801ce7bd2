// Sites and stores one at a time through the administrators' API of a real hub (HubServer on 127.0.0.1, port 0,
// over the demo hub of HubTestHarness): adding, editing and removing sites, their secrets and installation
// bindings, adding and renaming stores. Each edit is checked by what sites can then do over the sync protocol.
#include "HubTestHarness.h"
#include "TestHubAdminClient.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

using namespace syncsites;
using namespace syncsites::test;

namespace {

QString str(const char* s)
{
    return QString::fromUtf8(s);
}

const QString kLira = QStringLiteral("Lira Health Centre");
const QString kNorth = QStringLiteral("Northern Province Server");

QJsonObject siteIn(const QJsonArray& sites, const QString& name)
{
    for (const QJsonValue& v : sites) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    }
    return {};
}

QString newInstallation()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestHubAdminSites : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void newSecretWorksAndTheOldOneFails();
    void noSecretForClientsOrTheHub();
    void releasedBindingLetsANewInstallationIn();
    void addedSiteGetsItsSecretOnce();
    void siteEditsAreValidated();
    void siteWithActiveStoresIsNotRemoved();
    void storesAreAddedAndRenamed();
    void listShowsInstallationsAndLastContact();
    void listIsForReadersOnly();

private:
    std::unique_ptr<HubTestHarness> m_hub;
    std::unique_ptr<AdminClient> m_client;
    std::unique_ptr<HubTestHarness::Client> m_sync;
    QString m_admin;
};

void TestHubAdminSites::init()
{
    Result<std::unique_ptr<HubTestHarness>> hub = HubTestHarness::start();
    QVERIFY2(hub.ok(), qPrintable(hub.error().message));
    m_hub = std::move(hub).value();
    m_client = std::make_unique<AdminClient>(m_hub->port());
    m_sync = m_hub->client();
    m_admin = m_client->token(str("admin"), m_hub->password(str("admin")));
    QVERIFY(!m_admin.isEmpty());
}

void TestHubAdminSites::cleanup()
{
    m_sync.reset();
    m_client.reset();
    m_hub.reset();
}

void TestHubAdminSites::newSecretWorksAndTheOldOneFails()
{
    const QString installation = m_hub->installationId(kLira);
    const QString oldSecret = m_hub->secret(kLira);
    const QString session = m_sync->token(kLira, oldSecret, installation);
    QVERIFY(!session.isEmpty());

    const AdminClient::Reply reply =
        m_client->post(AdminClient::path({str("sites"), kLira, str("secret")}), QJsonObject(), m_admin);
    QVERIFY2(reply.status == 200, reply.describe().constData());
    QCOMPARE(reply.json().value(str("site")).toString(), kLira);
    const QString newSecret = reply.json().value(str("secret")).toString();
    QVERIFY(newSecret.size() >= 32);
    QVERIFY(newSecret != oldSecret);

    // The session of the old secret ends; the old secret no longer opens one; the new one does.
    QCOMPARE(m_sync->pull(session, str("core"), 0, 10).reply.status, 401);
    const HubTestHarness::Reply old = m_sync->handshake(kLira, oldSecret, installation);
    QCOMPARE(old.status, 401);
    QCOMPARE(old.errorCode(), str("wrong_credentials"));
    QCOMPARE(m_sync->handshake(kLira, newSecret, installation).status, 200);

    // A second new secret replaces the first.
    const QString third = m_client->post(AdminClient::path({str("sites"), kLira, str("secret")}), {}, m_admin)
                              .json()
                              .value(str("secret"))
                              .toString();
    QCOMPARE(m_sync->handshake(kLira, newSecret, installation).status, 401);
    QCOMPARE(m_sync->handshake(kLira, third, installation).status, 200);
}

void TestHubAdminSites::noSecretForClientsOrTheHub()
{
    for (const QString& site : {str("Central Front Desk"), str("National Medical Stores")}) {
        const AdminClient::Reply r =
            m_client->post(AdminClient::path({str("sites"), site, str("secret")}), QJsonObject(), m_admin);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), str("no_secret"));
    }
    QCOMPARE(m_client->post(AdminClient::path({str("sites"), str("Nowhere"), str("secret")}), {}, m_admin).status, 404);
}

void TestHubAdminSites::releasedBindingLetsANewInstallationIn()
{
    const QString secret = m_hub->secret(kLira);
    const QString first = newInstallation();
    const QString second = newInstallation();
    const QString session = m_sync->token(kLira, secret, first);
    QVERIFY(!session.isEmpty());
    const HubTestHarness::Reply refused = m_sync->handshake(kLira, secret, second);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.errorCode(), str("installation_mismatch"));

    const AdminClient::Reply released =
        m_client->post(AdminClient::path({str("sites"), kLira, str("release-binding")}), QJsonObject(), m_admin);
    QVERIFY2(released.status == 200, released.describe().constData());
    QCOMPARE(released.json(),
             (QJsonObject{{str("site"), kLira}, {str("released"), true}, {str("installation_id"), first}}));
    QCOMPARE(m_sync->pull(session, str("core"), 0, 10).reply.status, 401); // the released installation's session

    QCOMPARE(m_sync->handshake(kLira, secret, second).status, 200);
    QCOMPARE(m_sync->handshake(kLira, secret, first).status, 403); // now the old one is the stranger

    const AdminClient::Reply again = m_client->post(
        AdminClient::path({str("sites"), str("Kasa Health Centre"), str("release-binding")}), {}, m_admin);
    QCOMPARE(again.json().value(str("released")), QJsonValue(false));

    const AdminClient::Reply audit = m_client->get(AdminClient::path({str("audit")}) + str("?limit=2"), m_admin);
    const QJsonObject entry = audit.json().value(str("entries")).toArray()[1].toObject();
    QCOMPARE(entry.value(str("action")).toString(), str("site.release_binding"));
    QCOMPARE(entry.value(str("subject")).toString(), kLira);
    QCOMPARE(entry.value(str("details")).toObject().value(str("installation_id")).toString(), first);
}

void TestHubAdminSites::addedSiteGetsItsSecretOnce()
{
    const qint64 revision = m_client->revision(m_admin);
    const QString name = str("Bago Health Centre");
    const AdminClient::Reply added = m_client->post(
        AdminClient::path({str("sites")}),
        QJsonObject{{str("revision"), revision}, {str("name"), name}, {str("kind"), str("oms_android")}}, m_admin);
    QVERIFY2(added.status == 201, added.describe().constData());
    QCOMPARE(added.json().value(str("actions")).toArray(), QJsonArray());
    const QJsonObject secrets = added.json().value(str("new_site_secrets")).toObject();
    QCOMPARE(secrets.keys(), QStringList{name});
    const QString secret = secrets.value(name).toString();

    // Linked by default to the hubs of its kind's categories.
    const Site* site = m_hub->topology().site(name);
    QVERIFY(site);
    QCOMPARE(site->links.value(Category::Core), str("National Medical Stores"));
    QCOMPARE(site->links.value(Category::Oms), str("National Cold Chain Hub"));

    const HubTestHarness::Reply handshake = m_sync->handshake(name, secret, newInstallation());
    QVERIFY2(handshake.status == 200, handshake.describe().constData());
    QCOMPARE(handshake.json().value(str("links")).toArray().size(), 2);
    // The secret is never shown again, nor logged.
    const AdminClient::Reply audit = m_client->get(AdminClient::path({str("audit")}) + str("?limit=1"), m_admin);
    QVERIFY(!audit.body.contains(secret.toUtf8()));
    QCOMPARE(audit.json().value(str("entries")).toArray()[0].toObject().value(str("action")).toString(),
             str("site.add"));

    const AdminClient::Reply twice = m_client->post(AdminClient::path({str("sites")}),
                                                    QJsonObject{{str("revision"), added.json().value(str("revision"))},
                                                                {str("name"), name},
                                                                {str("kind"), str("oms_android")}},
                                                    m_admin);
    QCOMPARE(twice.status, 409);
    QCOMPARE(twice.errorCode(), str("already_exists"));
}

void TestHubAdminSites::siteEditsAreValidated()
{
    qint64 revision = m_client->revision(m_admin);
    const QString kasa = str("Kasa Health Centre");
    // An mSupply Mobile serves no clients: it has no url.
    const AdminClient::Reply url =
        m_client->patch(AdminClient::path({str("sites"), kasa}),
                        QJsonObject{{str("revision"), revision}, {str("url"), str("http://127.0.0.1:9/")}}, m_admin);
    QCOMPARE(url.status, 400);
    QCOMPARE(url.errorCode(), str("invalid_field"));
    QCOMPARE(url.errorDetails().value(str("field")).toString(), str("url"));
    const AdminClient::Reply kind =
        m_client->patch(AdminClient::path({str("sites"), kasa}),
                        QJsonObject{{str("revision"), revision}, {str("kind"), str("pda")}}, m_admin);
    QCOMPARE(kind.status, 400);
    QCOMPARE(kind.errorDetails().value(str("field")).toString(), str("kind"));
    // Without its core link it breaks R2.
    const AdminClient::Reply unlinked =
        m_client->patch(AdminClient::path({str("sites"), kasa}),
                        QJsonObject{{str("revision"), revision}, {str("links"), QJsonValue()}}, m_admin);
    QCOMPARE(unlinked.status, 422);
    QCOMPARE(unlinked.errorDetails().value(str("violations")).toArray()[0].toObject().value(str("rule")).toString(),
             str("R2"));
    QCOMPARE(m_client->revision(m_admin), revision);

    // Becoming an Open mSupply site: the oms link is added with the kind.
    const AdminClient::Reply upgraded =
        m_client->patch(AdminClient::path({str("sites"), kasa}),
                        QJsonObject{{str("revision"), revision},
                                    {str("kind"), str("oms_android")},
                                    {str("links"), QJsonObject{{str("core"), str("National Medical Stores")},
                                                               {str("oms"), str("National Cold Chain Hub")}}}},
                        m_admin);
    QVERIFY2(upgraded.status == 200, upgraded.describe().constData());
    QCOMPARE(m_hub->topology().site(kasa)->kind, SiteKind::OmsAndroid);
    revision = upgraded.json().value(str("revision")).toInteger();
    const AdminClient::Reply np = m_client->patch(
        AdminClient::path({str("sites"), kNorth}),
        QJsonObject{{str("revision"), revision}, {str("url"), str("http://127.0.0.1:9/north")}}, m_admin);
    QVERIFY2(np.status == 200, np.describe().constData());
    QCOMPARE(m_hub->topology().site(kNorth)->url, str("http://127.0.0.1:9/north"));
    QCOMPARE(m_client
                 ->patch(AdminClient::path({str("sites"), str("Nowhere")}),
                         QJsonObject{{str("revision"), np.json().value(str("revision"))}}, m_admin)
                 .status,
             404);
}

void TestHubAdminSites::siteWithActiveStoresIsNotRemoved()
{
    const qint64 revision = m_client->revision(m_admin);
    const QString target = AdminClient::path({str("sites"), str("Sefa District Hospital")});
    const AdminClient::Reply inUse = m_client->remove(target + str("?revision=%1").arg(revision), m_admin);
    QCOMPARE(inUse.status, 409);
    QCOMPARE(inUse.errorCode(), str("site_in_use"));
    QCOMPARE(inUse.errorDetails().value(str("stores")).toArray(),
             (QJsonArray{str("SEF-LAB"), str("SEF-PHA"), str("SEF-WRD")}));
    QCOMPARE(m_client->remove(target, m_admin).errorDetails().value(str("field")).toString(), str("revision"));

    // A site other sites rely on breaks their links when removed: the rules say which.
    const AdminClient::Reply hub = m_client->remove(
        AdminClient::path({str("sites"), str("National Cold Chain Hub")}) + str("?revision=%1").arg(revision), m_admin);
    QCOMPARE(hub.status, 409); // it holds EPI and CCW

    const AdminClient::Reply desk = m_client->remove(
        AdminClient::path({str("sites"), str("Central Front Desk")}) + str("?revision=%1").arg(revision), m_admin);
    QVERIFY2(desk.status == 200, desk.describe().constData());
    QVERIFY(!m_hub->topology().site(str("Central Front Desk")));
    QCOMPARE(m_client->revision(m_admin), desk.json().value(str("revision")).toInteger());
}

void TestHubAdminSites::storesAreAddedAndRenamed()
{
    const qint64 revision = m_client->revision(m_admin);
    const AdminClient::Reply added =
        m_client->post(AdminClient::path({str("stores")}),
                       QJsonObject{{str("revision"), revision},
                                   {str("code"), str("NP-NEW")},
                                   {str("name"), str("Northern New Store")},
                                   {str("home"), kNorth},
                                   {str("visibility"), QJsonObject{{kLira, str("transfer")}}}},
                       m_admin);
    QVERIFY2(added.status == 201, added.describe().constData());
    QCOMPARE(added.json().value(str("actions")).toArray(), QJsonArray()); // a new store has no history to send
    const Store* store = m_hub->topology().store(str("NP-NEW"));
    QVERIFY(store);
    QCOMPARE(store->home, kNorth);
    QCOMPARE(m_hub->topology().syncType(str("NP-NEW"), kLira), SyncType::Transfer);

    qint64 next = added.json().value(str("revision")).toInteger();
    const AdminClient::Reply duplicate = m_client->post(
        AdminClient::path({str("stores")}),
        QJsonObject{
            {str("revision"), next}, {str("code"), str("NP-NEW")}, {str("name"), str("x")}, {str("home"), kNorth}},
        m_admin);
    QCOMPARE(duplicate.status, 409);
    const AdminClient::Reply onClient = m_client->post(AdminClient::path({str("stores")}),
                                                       QJsonObject{{str("revision"), next},
                                                                   {str("code"), str("DESK")},
                                                                   {str("name"), str("Desk")},
                                                                   {str("home"), str("Central Front Desk")}},
                                                       m_admin);
    QCOMPARE(onClient.status, 422); // R5: a client keeps no data
    const AdminClient::Reply noHome =
        m_client->post(AdminClient::path({str("stores")}),
                       QJsonObject{{str("revision"), next}, {str("code"), str("X")}, {str("name"), str("X")}}, m_admin);
    QCOMPARE(noHome.errorDetails().value(str("field")).toString(), str("home"));

    const AdminClient::Reply renamed =
        m_client->patch(AdminClient::path({str("stores"), str("NP-NEW")}),
                        QJsonObject{{str("revision"), next}, {str("name"), str("Northern Annex")}}, m_admin);
    QVERIFY2(renamed.status == 200, renamed.describe().constData());
    QCOMPARE(m_hub->topology().store(str("NP-NEW"))->name, str("Northern Annex"));
    next = renamed.json().value(str("revision")).toInteger();
    QCOMPARE(m_client
                 ->patch(AdminClient::path({str("stores"), str("NOPE")}),
                         QJsonObject{{str("revision"), next}, {str("name"), str("x")}}, m_admin)
                 .status,
             404);
    QCOMPARE(m_client
                 ->patch(AdminClient::path({str("stores"), str("NP-NEW")}),
                         QJsonObject{{str("revision"), next}, {str("name"), str("  ")}}, m_admin)
                 .status,
             400);
}

void TestHubAdminSites::listShowsInstallationsAndLastContact()
{
    const QString path = AdminClient::path({str("sites")});
    AdminClient::Reply list = m_client->get(path, m_admin);
    QVERIFY2(list.status == 200, list.describe().constData());
    QCOMPARE(list.json().value(str("revision")).toInteger(), m_client->revision(m_admin));
    QJsonArray sites = list.json().value(str("sites")).toArray();
    QCOMPARE(sites.size(), m_hub->topology().sites().size());
    QStringList names;
    for (const QJsonValue& v : sites)
        names.append(v.toObject().value(str("name")).toString());
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
    QCOMPARE(names, sorted);

    // Every site as the topology has it; Sefa holds its three stores; the front desk works on the central server.
    const Topology topology = m_hub->topology();
    for (const QJsonValue& v : sites) {
        const QJsonObject listed = v.toObject();
        const Site* site = topology.site(listed.value(str("name")).toString());
        QVERIFY(site);
        QCOMPARE(listed.value(str("kind")).toString(), siteKindId(site->kind));
        QCOMPARE(listed.value(str("server")).toString(), site->server);
        QCOMPARE(listed.value(str("url")).toString(), site->url);
        QCOMPARE(listed.value(str("links")).toObject().size(), site->links.size());
        QStringList active;
        for (const QJsonValue& code : listed.value(str("active_stores")).toArray())
            active.append(code.toString());
        QCOMPARE(active, topology.activeStores(site->name));
    }
    const QJsonObject sefa = siteIn(sites, str("Sefa District Hospital"));
    QCOMPARE(sefa.value(str("active_stores")).toArray(), (QJsonArray{str("SEF-LAB"), str("SEF-PHA"), str("SEF-WRD")}));
    QCOMPARE(sefa.value(str("links")).toObject().value(str("core")).toString(), str("National Medical Stores"));
    QCOMPARE(sefa.value(str("server")), QJsonValue(QJsonValue::Null));
    const QJsonObject desk = siteIn(sites, str("Central Front Desk"));
    QCOMPARE(desk.value(str("server")).toString(), str("National Medical Stores"));
    QCOMPARE(desk.value(str("active_stores")).toArray(), QJsonArray());
    QJsonObject lira = siteIn(sites, kLira);
    QCOMPARE(lira.value(str("installation_id")), QJsonValue(QJsonValue::Null));
    QCOMPARE(lira.value(str("last_contact")), QJsonValue(QJsonValue::Null));

    // A handshake binds Lira's installation; its session's report is its last contact.
    const QString installation = newInstallation();
    const QString session = m_sync->token(kLira, m_hub->secret(kLira), installation);
    QVERIFY(!session.isEmpty());
    const QDateTime finished = QDateTime::currentDateTimeUtc().addSecs(-90);
    const HubTestHarness::Reply reported =
        m_sync->report(session, QJsonObject{{str("started_at"), finished.addSecs(-3).toString(Qt::ISODateWithMs)},
                                            {str("finished_at"), finished.toString(Qt::ISODateWithMs)},
                                            {str("outcome"), str("failed")},
                                            {str("error_code"), str("timeout")},
                                            {str("error_message"), str("The link dropped.")},
                                            {str("app_version"), str("0.1.0-test")},
                                            {str("protocol_version"), 1}});
    QVERIFY2(reported.status == 201, reported.describe().constData());
    list = m_client->get(path, m_admin);
    sites = list.json().value(str("sites")).toArray();
    lira = siteIn(sites, kLira);
    QCOMPARE(lira.value(str("installation_id")).toString(), installation);
    const QDateTime contact = QDateTime::fromString(lira.value(str("last_contact")).toString(), Qt::ISODateWithMs);
    QVERIFY2(contact.isValid(), qPrintable(lira.value(str("last_contact")).toString()));
    QCOMPARE(contact.toMSecsSinceEpoch(), finished.toMSecsSinceEpoch());
    QCOMPARE(siteIn(sites, str("Kasa Health Centre")).value(str("last_contact")), QJsonValue(QJsonValue::Null));

    // Released, the binding is gone from the list; the last contact stays.
    QCOMPARE(m_client->post(AdminClient::path({str("sites"), kLira, str("release-binding")}), {}, m_admin).status, 200);
    lira = siteIn(m_client->get(path, m_admin).json().value(str("sites")).toArray(), kLira);
    QCOMPARE(lira.value(str("installation_id")), QJsonValue(QJsonValue::Null));
    QVERIFY(!lira.value(str("last_contact")).isNull());
}

void TestHubAdminSites::listIsForReadersOnly()
{
    const QString path = AdminClient::path({str("sites")});
    QCOMPARE(m_client->get(path, QString()).status, 401);
    const QString supervisor = m_client->token(str("supervisor"), m_hub->password(str("supervisor")));
    QVERIFY(!supervisor.isEmpty());
    QCOMPARE(m_client->get(path, supervisor).status, 200);
    const QString fieldStaff = m_client->token(str("fieldstaff"), m_hub->password(str("fieldstaff")));
    QVERIFY(!fieldStaff.isEmpty());
    const AdminClient::Reply refused = m_client->get(path, fieldStaff);
    QCOMPARE(refused.status, 403);
}

QTEST_GUILESS_MAIN(TestHubAdminSites)
#include "TestHubAdminSites.moc"
