#include "DemoNetwork.h"
#include "EdgeLayerItem.h"
#include "KindIcons.h"
#include "LargeNetwork.h"
#include "SessionListModel.h"
#include "SiteDetailsPanel.h"
#include "SiteNodeItem.h"
#include "SiteStoresModel.h"
#include "StoresBySite.h"
#include "SyncTypeStyle.h"
#include "TopologyPage.h"
#include "TopologyScene.h"
#include "TopologyView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsScene>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>
#include <QXmlStreamReader>

using namespace syncsites;
using namespace syncsites::ui;

namespace {

QString str(const char* s)
{
    return QString::fromUtf8(s);
}

SiteStatus status(const QString& name, SyncHealth health)
{
    SiteStatus s;
    s.name = name;
    s.health = health;
    s.role = str("site");
    if (health != SyncHealth::NeverSynced)
        s.lastSuccess = QDateTime::currentDateTimeUtc().addSecs(health == SyncHealth::Stale ? -2 * 86400 : -600);
    if (health == SyncHealth::Failing)
        s.errorMessage = str("The hub could not be reached.");
    return s;
}

// The demo network's statuses: health by position, so that every state shows.
SiteStatusList demoStatuses(const Topology& topology)
{
    SiteStatusList list;
    const SyncHealth cycle[] = {SyncHealth::Synced, SyncHealth::Synced, SyncHealth::Late,   SyncHealth::Synced,
                                SyncHealth::Stale,  SyncHealth::Synced, SyncHealth::Failing};
    int i = 0;
    for (const Site& site : topology.sites()) {
        if (site.holdsData())
            list.sites.append(status(site.name, cycle[i++ % int(std::size(cycle))]));
    }
    return list;
}

// The centre of the view's viewport, in scene coordinates.
QPointF viewCentre(const TopologyView* view)
{
    return view->mapToScene(view->viewport()->rect().center());
}

} // namespace

class TestTopologyPage : public QObject
{
    Q_OBJECT

private slots:
    void everyKindHasADistinctIcon();
    void drawsEverySiteAndEdge();
    void healthIsNotToldByColourOnly();
    void searchSelectsAndCentres();
    void refreshKeepsSelectionAndView();
    void filtersDimTheRightSites();
    void clickingASiteFillsThePanel();
    void exportWritesPngAndSvg();
    void followsADarkPalette();
    void thousandSitesLayOutAndPaint();
};

void TestTopologyPage::everyKindHasADistinctIcon()
{
    QSet<QByteArray> contents;
    for (const SiteKindInfo& info : allSiteKinds()) {
        QFile file(KindIcons::path(info.kind));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray data = file.readAll();
        contents.insert(data);
        QSvgRenderer renderer(data);
        QVERIFY2(renderer.isValid(), qPrintable(file.fileName()));
        QCOMPARE(renderer.viewBoxF(), QRectF(0, 0, 24, 24));
        // Drawn in the colour asked for, with something in it.
        const QImage image = KindIcons::pixmap(info.kind, 32, QColor(Qt::red)).toImage();
        int red = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                red += qAlpha(image.pixel(x, y)) > 128 && qRed(image.pixel(x, y)) > 200 ? 1 : 0;
        }
        QVERIFY2(red > 20, qPrintable(file.fileName()));
    }
    QCOMPARE(contents.size(), 10);

    const QByteArray dir = qgetenv("SYNCSITES_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        // A sheet of the icons at 16, 24 and 48 pixels, to check they stay legible.
        QImage sheet(10 * 120, 150, QImage::Format_ARGB32);
        sheet.fill(Qt::white);
        QPainter painter(&sheet);
        for (const SiteKindInfo& info : allSiteKinds()) {
            const int x = int(info.kind) * 120;
            painter.drawPixmap(x + 36, 8, KindIcons::pixmap(info.kind, 48, QColor(0x20, 0x20, 0x20)));
            painter.drawPixmap(x + 36, 70, KindIcons::pixmap(info.kind, 24, QColor(0x20, 0x20, 0x20)));
            painter.drawPixmap(x + 70, 74, KindIcons::pixmap(info.kind, 16, QColor(0x20, 0x20, 0x20)));
            painter.drawText(QRect(x, 100, 120, 40), Qt::AlignCenter | Qt::TextWordWrap, QString(info.id));
        }
        painter.end();
        QVERIFY(sheet.save(QString::fromLocal8Bit(dir) + str("/topology-kind-icons.png")));
    }
}

void TestTopologyPage::drawsEverySiteAndEdge()
{
    TopologyPage page;
    const Topology topology = DemoNetwork::generate().topology;
    page.setNetwork(topology);
    page.setStatuses(demoStatuses(topology));
    TopologyScene* scene = page.scene();
    QCOMPARE(scene->nodes().size(), topology.sites().size());
    QCOMPARE(scene->edges()->edgeCount(), scene->layout().edges().size());
    // Health from the statuses; a site without one (the clients, the central here) has never synced.
    const SiteStatusList statuses = demoStatuses(topology);
    for (const SiteStatus& s : statuses.sites)
        QCOMPARE(scene->node(s.name)->health(), s.health);
    QCOMPARE(scene->node(str("Central Front Desk"))->health(), SyncHealth::NeverSynced);
    // Chips: Active stores first, with their sync type on that site.
    const SiteNodeItem* north = scene->node(str("Northern Province Server"));
    QCOMPARE(north->storeCount(SyncType::Active), 3);
    QVERIFY(north->storeCount(SyncType::Collector) >= 2);
    QCOMPARE(north->chips().first().type, SyncType::Active);
    for (const StoreOnSite& chip : north->chips())
        QCOMPARE(topology.syncType(chip.code, north->name()), chip.type);
    // The msupply_central collects every store it is not home of.
    const SiteNodeItem* central = scene->node(str("National Medical Stores"));
    QCOMPARE(central->storeCount(SyncType::Active) + central->storeCount(SyncType::Collector),
             topology.stores().size());
    QCOMPARE(central->chips().size(), SiteNodeItem::maxChips);
}

// Each health has its own glyph (text and drawn shape), on the site's badge whatever its colour, and the site's
// tooltip and accessible text say the health in words.
void TestTopologyPage::healthIsNotToldByColourOnly()
{
    QSet<QString> glyphs;
    QList<QImage> shapes;
    QList<QImage> cards;
    QGraphicsScene scene;
    auto* item = new SiteNodeItem(str("Kasa Health Centre"), SiteKind::MsupplyMobile, QSizeF(220, 110), {});
    scene.addItem(item);
    for (SyncHealth health : allSyncHealths) {
        glyphs.insert(SiteNodeItem::healthGlyph(health));
        // The shape alone, in one colour for all: it differs from every other health's.
        QImage shape(32, 32, QImage::Format_ARGB32_Premultiplied);
        shape.fill(Qt::transparent);
        QPainter painter(&shape);
        SiteNodeItem::paintHealthGlyph(&painter, health, QRectF(2, 2, 28, 28), Qt::black);
        painter.end();
        for (const QImage& other : std::as_const(shapes))
            QVERIFY2(other != shape, qPrintable(syncHealthLabel(health)));
        shapes.append(shape);

        // The site as drawn, in grey levels (what colour cannot tell apart): still one picture per health.
        item->setHealth(health);
        QImage card(220, 110, QImage::Format_ARGB32_Premultiplied);
        card.fill(Qt::white);
        QPainter cardPainter(&card);
        scene.render(&cardPainter, QRectF(0, 0, 220, 110), QRectF(0, 0, 220, 110));
        cardPainter.end();
        const QImage grey = card.convertToFormat(QImage::Format_Grayscale8);
        for (const QImage& other : std::as_const(cards))
            QVERIFY2(other != grey, qPrintable(syncHealthLabel(health)));
        cards.append(grey);

        QVERIFY2(item->toolTip().contains(str("Sync health: ") + syncHealthLabel(health)), qPrintable(item->toolTip()));
        QCOMPARE(item->accessibleText(),
                 str("Kasa Health Centre, %1, sync health: %2")
                     .arg(QCoreApplication::translate("SiteKind", siteKindInfo(SiteKind::MsupplyMobile).displayName),
                          syncHealthLabel(health)));
    }
    QCOMPARE(glyphs.size(), int(std::size(allSyncHealths)));
    const QByteArray dir = qgetenv("SYNCSITES_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QImage sheet(220, 110 * int(cards.size()), QImage::Format_Grayscale8);
        QPainter painter(&sheet);
        for (int i = 0; i < cards.size(); ++i)
            painter.drawImage(0, 110 * i, cards[i]);
        painter.end();
        QVERIFY(sheet.save(QString::fromLocal8Bit(dir) + str("/topology-health-glyphs-grey.png")));
    }
    QCOMPARE(SiteNodeItem::healthGlyph(SyncHealth::Synced), str("✓"));
    QCOMPARE(SiteNodeItem::healthGlyph(SyncHealth::Failing), str("✕"));
}

void TestTopologyPage::searchSelectsAndCentres()
{
    TopologyPage page;
    page.resize(1200, 800);
    page.setNetwork(DemoNetwork::generate().topology);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy selected(&page, &TopologyPage::siteSelected);

    auto* search = page.findChild<QLineEdit*>(str("siteSearch"));
    QVERIFY(search);
    search->setFocus();
    QTest::keyClicks(search, str("southern prov"));
    QTest::keyClick(search, Qt::Key_Return);
    const QString site = str("Southern Province Server");
    QCOMPARE(page.scene()->selectedSite(), site);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.first().first().toString(), site);
    const QRectF card = page.scene()->node(site)->sceneBoundingRect();
    QVERIFY2(card.contains(viewCentre(page.view())), "the found site is centred");
    QVERIFY(page.view()->zoom() >= 0.8);
    QCOMPARE(page.detailsPanel()->site(), site);

    // The exact name wins over a name that contains it; nothing found says so and keeps the selection.
    QVERIFY(page.findSite(str("national medical stores")));
    QCOMPARE(page.scene()->selectedSite(), str("National Medical Stores"));
    QVERIFY(!page.findSite(str("Atlantis")));
    QCOMPARE(page.scene()->selectedSite(), str("National Medical Stores"));
    QVERIFY(page.findChild<QLabel*>(str("topologyMessage"))->text().contains(str("Atlantis")));

    // Ctrl+0 fits the whole drawing again.
    QTest::keyClick(page.view(), Qt::Key_0, Qt::ControlModifier);
    QVERIFY(page.view()
                ->mapToScene(page.view()->viewport()->rect())
                .boundingRect()
                .contains(page.scene()->layout().bounds()));

    // Ctrl+= and Ctrl+- zoom by steps, the wheel zooms too.
    const qreal fitted = page.view()->zoom();
    QTest::keyClick(page.view(), Qt::Key_Equal, Qt::ControlModifier);
    QVERIFY(page.view()->zoom() > fitted * 1.2);
    QTest::keyClick(page.view(), Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(qAbs(page.view()->zoom() - fitted) < 1e-6);
    const QPointF at = page.view()->viewport()->rect().center();
    QWheelEvent wheel(at, page.view()->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(page.view()->viewport(), &wheel);
    QVERIFY(page.view()->zoom() > fitted * 1.2);
}

void TestTopologyPage::refreshKeepsSelectionAndView()
{
    TopologyPage page;
    page.resize(1200, 800);
    Topology topology = DemoNetwork::generate().topology;
    page.setNetwork(topology);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QString site = str("Sefa District Hospital");
    QVERIFY(page.findSite(site));
    QSignalSpy selected(&page, &TopologyPage::siteSelected);
    const QTransform zoomed = page.view()->transform();
    const QPointF centre = viewCentre(page.view());

    // The same sites again (a periodic refresh, a store's type changed): selection, panel and view stay.
    const QString store = topology.activeStores(site).first();
    QVERIFY(topology.setSyncType(store, str("Southern Province Server"), SyncType::Collector));
    page.setNetwork(topology);
    QCOMPARE(page.scene()->selectedSite(), site);
    QCOMPARE(page.detailsPanel()->site(), site);
    QCOMPARE(selected.count(), 0);
    QCOMPARE(page.view()->transform(), zoomed);
    QVERIFY(QLineF(viewCentre(page.view()), centre).length() < 2);
    QCOMPARE(page.scene()->node(str("Southern Province Server"))->storeCount(SyncType::Collector), 3);

    // The selected site removed: the panel empties and the new network is fitted.
    QVERIFY(topology.removeSite(site));
    page.setNetwork(topology);
    QVERIFY(page.scene()->selectedSite().isEmpty());
    QVERIFY(page.detailsPanel()->site().isEmpty());
    QVERIFY(page.view()->transform() != zoomed);
}

void TestTopologyPage::filtersDimTheRightSites()
{
    TopologyPage page;
    const Topology topology = DemoNetwork::generate().topology;
    page.setNetwork(topology);
    page.setStatuses(demoStatuses(topology));
    auto* kind = page.findChild<QComboBox*>(str("kindFilter"));
    auto* health = page.findChild<QComboBox*>(str("healthFilter"));
    QVERIFY(kind && health);
    QCOMPARE(kind->count(), 11);
    QCOMPARE(health->count(), 6);

    const auto dimmedSites = [&] {
        QStringList names;
        for (const SiteNodeItem* node : page.scene()->nodes()) {
            if (node->isDimmed())
                names.append(node->name());
        }
        return names;
    };
    QVERIFY(dimmedSites().isEmpty());

    kind->setCurrentIndex(kind->findData(int(SiteKind::OmsAndroid)));
    int android = 0;
    for (const SiteNodeItem* node : page.scene()->nodes()) {
        QCOMPARE(node->isDimmed(), node->kind() != SiteKind::OmsAndroid);
        QCOMPARE(node->opacity() < 1.0, node->isDimmed());
        android += node->kind() == SiteKind::OmsAndroid;
    }
    QVERIFY(android > 0);

    health->setCurrentIndex(health->findData(int(SyncHealth::Failing)));
    for (const SiteNodeItem* node : page.scene()->nodes())
        QCOMPARE(node->isDimmed(), node->kind() != SiteKind::OmsAndroid || node->health() != SyncHealth::Failing);

    kind->setCurrentIndex(0);
    int failing = 0;
    for (const SiteNodeItem* node : page.scene()->nodes()) {
        QCOMPARE(node->isDimmed(), node->health() != SyncHealth::Failing);
        failing += node->health() == SyncHealth::Failing;
    }
    QVERIFY(failing > 0);
    QVERIFY(page.findChild<QLabel*>(str("topologyMessage"))->text().startsWith(QString::number(failing)));

    // New statuses re-apply the filter.
    SiteStatusList none;
    page.setStatuses(none);
    QCOMPARE(dimmedSites().size(), topology.sites().size());
    health->setCurrentIndex(0);
    QVERIFY(dimmedSites().isEmpty());
}

void TestTopologyPage::clickingASiteFillsThePanel()
{
    TopologyPage page;
    page.resize(1200, 800);
    const Topology topology = DemoNetwork::generate().topology;
    page.setNetwork(topology);
    page.setStatuses(demoStatuses(topology));
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    SiteDetailsPanel* panel = page.detailsPanel();
    QAbstractItemModelTester storesTester(panel->storesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester sessionsTester(panel->sessionsModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy selected(&page, &TopologyPage::siteSelected);

    const QString site = str("Northern Province Server");
    const QPoint at = page.view()->mapFromScene(page.scene()->node(site)->sceneBoundingRect().center());
    QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(page.scene()->selectedSite(), site);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(panel->findChild<QLabel*>(str("siteName"))->text(), site);
    QCOMPARE(panel->findChild<QLabel*>(str("siteKind"))->text(), str("mSupply Server (Remote)"));
    QVERIFY(panel->findChild<QLabel*>(str("siteLinks"))->text().contains(str("National Medical Stores")));
    const SiteStatusList statuses = demoStatuses(topology);
    const auto it =
        std::find_if(statuses.sites.begin(), statuses.sites.end(), [&](const SiteStatus& s) { return s.name == site; });
    QVERIFY(it != statuses.sites.end());
    QVERIFY(panel->findChild<QLabel*>(str("siteHealth"))->text().contains(syncHealthLabel(it->health)));

    // Its stores with their type here: the same as the topology says, Active first.
    const QVector<StoreOnSite> expected = StoresBySite::of(topology, site);
    QCOMPARE(panel->storesModel()->rowCount(), expected.size());
    for (int row = 0; row < expected.size(); ++row) {
        const QString code = panel->storesModel()->index(row, SiteStoresModel::CodeColumn).data().toString();
        QCOMPARE(panel->storesModel()->index(row, SiteStoresModel::SyncTypeColumn).data().toString(),
                 SyncTypeStyle::label(topology.syncType(code, site)));
    }
    QCOMPARE(panel->storesModel()->index(0, SiteStoresModel::SyncTypeColumn).data().toString(),
             SyncTypeStyle::label(SyncType::Active));
    // No hub: the sessions say how to get them.
    QCOMPARE(panel->sessionsModel()->rowCount(), 0);
    QVERIFY(panel->findChild<QLabel*>(str("sessionsState"))->text().contains(str("Sign in")));

    // A client: its server, no stores of its own.
    QVERIFY(page.findSite(str("Central Front Desk")));
    QVERIFY(panel->findChild<QLabel*>(str("siteRole"))->text().contains(str("National Medical Stores")));
    QCOMPARE(panel->storesModel()->rowCount(), 0);

    // A click on the background (the empty top left corner of the fitted drawing) clears the selection and panel.
    page.view()->fitToWindow();
    QVERIFY(page.view()->items(QPoint(3, 3)).isEmpty());
    QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, {}, QPoint(3, 3));
    QVERIFY(page.scene()->selectedSite().isEmpty());
    QVERIFY(panel->site().isEmpty());
}

void TestTopologyPage::exportWritesPngAndSvg()
{
    TopologyPage page;
    const Topology topology = DemoNetwork::generate().topology;
    page.setNetwork(topology);
    page.setStatuses(demoStatuses(topology));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    const QString png = dir.filePath(str("network.png"));
    QVERIFY(page.exportPng(png));
    QImage image(png);
    QVERIFY(!image.isNull());
    const QRectF drawing = page.scene()->drawingRect();
    QCOMPARE(image.width(), qRound(drawing.width() * 2));
    // Not blank: the health colours of the rings are in it.
    const QColor synced = syncHealthColor(SyncHealth::Synced);
    bool found = false;
    for (int y = 0; y < image.height() && !found; y += 2) {
        for (int x = 0; x < image.width() && !found; x += 2)
            found = QColor(image.pixel(x, y)) == synced;
    }
    QVERIFY2(found, "the PNG shows a Synced ring");

    const QString svg = dir.filePath(str("network.svg"));
    QVERIFY(page.exportSvg(svg));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QXmlStreamReader xml(data);
    int elements = 0;
    QString root;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && elements++ == 0)
            root = xml.name().toString();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(root, str("svg"));
    QVERIFY(QSvgRenderer(data).isValid());
    // Vector text and icons, not one embedded picture.
    QVERIFY(data.contains(">CWS<"));      // a chip of the central
    QVERIFY(data.contains(">National ")); // a name (wrapped on two lines)
    QVERIFY(!data.contains("<image"));

    QVERIFY(!page.exportPng(dir.filePath(str("missing/folder/network.png"))));
}

void TestTopologyPage::followsADarkPalette()
{
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2d, 0x30));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x3c, 0x3f, 0x41));
    dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa4, 0xaa));
    dark.setColor(QPalette::Mid, QColor(0x5a, 0x5d, 0x61));
    QApplication::setPalette(dark);
    {
        TopologyPage page;
        page.resize(1400, 860);
        const Topology topology = DemoNetwork::generate().topology;
        page.setNetwork(topology);
        page.setStatuses(demoStatuses(topology));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.findSite(str("Kasa Health Centre")));
        const QImage image = page.view()->grab().toImage();
        // The card is drawn on the palette's base colour, and its name in the palette's (light) text colour.
        const QRectF card = page.scene()->node(str("Kasa Health Centre"))->sceneBoundingRect();
        const QPoint inside = page.view()->mapFromScene(card.topLeft() + QPointF(190, 8));
        QCOMPARE(QColor(image.pixel(inside)), dark.color(QPalette::Base));
        const QRect nameArea =
            page.view()->mapFromScene(QRectF(card.topLeft() + QPointF(62, 8), QSizeF(110, 34))).boundingRect();
        int light = 0;
        for (int y = nameArea.top(); y <= nameArea.bottom(); ++y) {
            for (int x = nameArea.left(); x <= nameArea.right(); ++x)
                light += QColor(image.pixel(x, y)).lightness() > 180 ? 1 : 0;
        }
        QVERIFY2(light > 30, "the name is drawn in a light colour");
        const QByteArray dir = qgetenv("SYNCSITES_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(page.grab().save(QString::fromLocal8Bit(dir) + str("/topology-page-dark.png")));
    }
    QApplication::setPalette(light);
}

void TestTopologyPage::thousandSitesLayOutAndPaint()
{
    const Topology topology = test::largeNetwork();
    SiteStatusList statuses;
    int i = 0;
    for (const Site& site : topology.sites()) {
        if (site.holdsData())
            statuses.sites.append(status(site.name, allSyncHealths[i++ % 5]));
    }
    TopologyPage page;
    page.resize(1400, 860);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QElapsedTimer timer;
    timer.start();
    page.setNetwork(topology);
    page.setStatuses(statuses);
    const qint64 built = timer.restart();
    QImage fitted = page.grab().toImage();
    const qint64 paintedFitted = timer.restart();
    QVERIFY(page.findSite(str("Site 500")));
    QImage close = page.view()->grab().toImage();
    const qint64 paintedClose = timer.restart();
    qInfo("1,000 sites, 10,000 stores: built in %lld ms, painted fitted in %lld ms, zoomed in %lld ms", built,
          paintedFitted, paintedClose);
    QVERIFY(!fitted.isNull() && !close.isNull());
    const QByteArray dir = qgetenv("SYNCSITES_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QVERIFY(fitted.save(QString::fromLocal8Bit(dir) + str("/topology-page-1000-sites.png")));
        QVERIFY(close.save(QString::fromLocal8Bit(dir) + str("/topology-page-1000-sites-zoomed.png")));
    }
    QCOMPARE(page.scene()->nodes().size(), 1000);
    // The central's chips stay capped however many stores it collects.
    QCOMPARE(page.scene()->node(str("Central"))->storeCount(SyncType::Collector),
             10000 - topology.activeStores(str("Central")).size());
    QCOMPARE(page.scene()->node(str("Central"))->chips().size(), SiteNodeItem::maxChips);
    // Zoomed in on a site, the view shows it at a readable size.
    QCOMPARE(page.scene()->selectedSite(), str("Site 500"));
    QVERIFY(page.scene()->node(str("Site 500"))->sceneBoundingRect().contains(viewCentre(page.view())));
    // Panning by dragging moves the view.
    const int before = page.view()->horizontalScrollBar()->value();
    QPoint from = page.view()->viewport()->rect().center();
    QTest::mousePress(page.view()->viewport(), Qt::LeftButton, {}, from);
    for (int step = 1; step <= 5; ++step)
        QTest::mouseMove(page.view()->viewport(), from + QPoint(step * 30, 0));
    QTest::mouseRelease(page.view()->viewport(), Qt::LeftButton, {}, from + QPoint(150, 0));
    QVERIFY(page.view()->horizontalScrollBar()->value() < before);
    QCOMPARE(page.scene()->selectedSite(), str("Site 500")); // a drag is not a click
}

QTEST_MAIN(TestTopologyPage)
#include "TestTopologyPage.moc"
