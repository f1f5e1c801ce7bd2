// The Administration page's Topology tab against a real hub in-process: export the network to a file, import a
// file that breaks rules (the rules listed, nothing sent), one that is not a topology, and a good one through the
// hub's preview and Apply; a network changed by someone else meanwhile is refused in words.
#include "HubApiClient.h"
#include "HubTestHarness.h"
#include "ReviewDialog.h"
#include "TopologyFileTab.h"
#include "TopologyJson.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace syncsites;
using namespace syncsites::ui;
using syncsites::test::HubTestHarness;

class TestTopologyFileTab : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void exportWritesTheHubsNetwork();
    void fileBreakingRulesIsListedAndNotSent();
    void fileThatIsNoTopologyIsRefused();
    void goodFileIsReviewedThenApplied();
    void networkChangedMeanwhileIsRefused();

private:
    bool signIn(HubApiClient& api);
    RevisedTopology fetch(HubApiClient& api);
    QString write(const QString& name, const QByteArray& bytes);
    /// The tab, signed in as admin, with the network read.
    std::unique_ptr<TopologyFileTab> openTab();

    std::unique_ptr<HubTestHarness> m_hub;
    std::unique_ptr<HubApiClient> m_api;
    QTemporaryDir m_dir;
};

void TestTopologyFileTab::init()
{
    Result<std::unique_ptr<HubTestHarness>> hub = HubTestHarness::start();
    QVERIFY2(hub.ok(), qPrintable(hub.error().message));
    m_hub = std::move(hub).value();
    m_api = std::make_unique<HubApiClient>();
    QVERIFY(signIn(*m_api));
}

void TestTopologyFileTab::cleanup()
{
    m_api.reset();
    m_hub.reset();
}

bool TestTopologyFileTab::signIn(HubApiClient& api)
{
    api.setServer(QUrl(m_hub->url()));
    bool done = false;
    bool ok = false;
    api.signIn(QStringLiteral("admin"), m_hub->password(QStringLiteral("admin")), this,
               [&](Result<SignedInUser> result) {
                   done = true;
                   ok = result.ok();
               });
    return QTest::qWaitFor([&] { return done; }, 20000) && ok;
}

RevisedTopology TestTopologyFileTab::fetch(HubApiClient& api)
{
    bool done = false;
    RevisedTopology out;
    api.fetchTopology(this, [&](Result<RevisedTopology> result) {
        done = true;
        if (result)
            out = *result;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        qWarning("fetchTopology did not answer");
    return out;
}

QString TestTopologyFileTab::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

std::unique_ptr<TopologyFileTab> TestTopologyFileTab::openTab()
{
    auto tab = std::make_unique<TopologyFileTab>(*m_api);
    tab->resize(1000, 560);
    tab->show();
    tab->reload();
    return tab;
}

void TestTopologyFileTab::exportWritesTheHubsNetwork()
{
    auto tab = openTab();
    const QString path = m_dir.filePath(QStringLiteral("exported.json"));
    tab->exportTo(path);
    QTRY_VERIFY_WITH_TIMEOUT(tab->message().startsWith(QStringLiteral("Exported")), 10000);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<Topology> written = TopologyJson::parse(file.readAll());
    QVERIFY2(written.ok(), qPrintable(written.error().message));
    QCOMPARE(TopologyJson::serialize(*written), TopologyJson::serialize(m_hub->topology()));

    // A folder that cannot be written: said in words, nothing half-written.
    tab->exportTo(m_dir.filePath(QStringLiteral("missing/folder/topology.json")));
    QTRY_VERIFY_WITH_TIMEOUT(tab->message().startsWith(QStringLiteral("Not exported")), 10000);
}

void TestTopologyFileTab::fileBreakingRulesIsListedAndNotSent()
{
    auto tab = openTab();
    const qint64 before = fetch(*m_api).revision;
    // A client site without a server (rule R4).
    Topology broken = m_hub->topology();
    Site orphan;
    orphan.name = QStringLiteral("Orphan Desk");
    orphan.kind = SiteKind::MsupplyClient;
    broken.putSite(orphan);
    tab->importFrom(write(QStringLiteral("broken.json"), TopologyJson::serialize(broken)));
    QVERIFY(!tab->report().isEmpty());
    QVERIFY2(tab->report().join(QLatin1Char('\n')).contains(orphan.name),
             qPrintable(tab->report().join(QLatin1Char('\n'))));
    QVERIFY(tab->message().contains(QStringLiteral("nothing was changed")));
    QVERIFY(!tab->review());
    QCOMPARE(fetch(*m_api).revision, before);
}

void TestTopologyFileTab::fileThatIsNoTopologyIsRefused()
{
    auto tab = openTab();
    tab->importFrom(write(QStringLiteral("notes.json"), "{\"hello\": 1}"));
    QVERIFY2(tab->message().contains(QStringLiteral("is not a topology file")), qPrintable(tab->message()));
    tab->importFrom(m_dir.filePath(QStringLiteral("absent.json")));
    QVERIFY2(tab->message().contains(QStringLiteral("could not be read")), qPrintable(tab->message()));
    QVERIFY(!tab->review());
}

void TestTopologyFileTab::goodFileIsReviewedThenApplied()
{
    auto tab = openTab();
    QSignalSpy changed(tab.get(), &TopologyFileTab::networkChanged);
    Topology edited = m_hub->topology();
    Site added;
    added.name = QStringLiteral("Imported Health Post");
    added.kind = SiteKind::MsupplySingleUser;
    added.links.insert(Category::Core, edited.central()->name);
    edited.putSite(added);
    tab->importFrom(write(QStringLiteral("edited.json"), TopologyJson::serialize(edited)));
    QTRY_VERIFY_WITH_TIMEOUT(tab->review() != nullptr, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(tab->review()->isApplyEnabled(), 10000);
    emit tab->review()->applyRequested();
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
    QVERIFY2(tab->message().contains(QStringLiteral("replaced")), qPrintable(tab->message()));
    QVERIFY(fetch(*m_api).topology.site(QStringLiteral("Imported Health Post")) != nullptr);
}

void TestTopologyFileTab::networkChangedMeanwhileIsRefused()
{
    auto tab = openTab();
    Topology edited = m_hub->topology();
    Site added;
    added.name = QStringLiteral("Late Health Post");
    added.kind = SiteKind::MsupplySingleUser;
    added.links.insert(Category::Core, edited.central()->name);
    edited.putSite(added);
    tab->importFrom(write(QStringLiteral("late.json"), TopologyJson::serialize(edited)));
    QTRY_VERIFY_WITH_TIMEOUT(tab->review() != nullptr && tab->review()->isApplyEnabled(), 10000);

    // Someone else saves a change first.
    HubApiClient other;
    QVERIFY(signIn(other));
    const RevisedTopology now = fetch(other);
    Topology theirs = now.topology;
    Site their;
    their.name = QStringLiteral("Their Health Post");
    their.kind = SiteKind::MsupplySingleUser;
    their.links.insert(Category::Core, theirs.central()->name);
    theirs.putSite(their);
    bool done = false;
    other.replaceTopology(now.revision, theirs, this, [&](Result<qint64> r) {
        done = true;
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);

    emit tab->review()->applyRequested();
    QTRY_VERIFY_WITH_TIMEOUT(tab->message().contains(QStringLiteral("Someone changed the network")), 10000);
    QVERIFY(fetch(*m_api).topology.site(QStringLiteral("Late Health Post")) == nullptr);
}

QTEST_MAIN(TestTopologyFileTab)
#include "TestTopologyFileTab.moc"
