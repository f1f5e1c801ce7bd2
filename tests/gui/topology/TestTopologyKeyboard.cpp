// The topology drawing walked with the keyboard and heard through a screen reader: Tab in and out, arrows to the
// nearest site in their direction, Home/End, type-ahead, Enter, the focus ring, and the view's accessible
// description following the selected site.

#include "SiteDetailsPanel.h"
#include "SiteNodeItem.h"
#include "TopologyPage.h"
#include "TopologyScene.h"
#include "TopologyView.h"

#include <QAccessible>
#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace syncsites;
using namespace syncsites::ui;

namespace {

QString str(const char* s)
{
    return QString::fromUtf8(s);
}

// A hub, three sites linked to it and a client of the hub: three rows, the sites' row in the middle.
Topology smallNetwork()
{
    Topology topology;
    const auto add = [&topology](const char* name, SiteKind kind, bool linked, const char* server = "") {
        Site site;
        site.name = str(name);
        site.kind = kind;
        if (linked)
            site.links.insert(Category::Core, str("Central"));
        site.server = str(server);
        topology.putSite(site);
    };
    add("Central", SiteKind::MsupplyCentral, false);
    add("Alpha Clinic", SiteKind::MsupplySingleUser, true);
    add("Bravo Clinic", SiteKind::MsupplySingleUser, true);
    add("Charlie Clinic", SiteKind::MsupplySingleUser, true);
    add("Desk", SiteKind::MsupplyClient, false, "Central");
    return topology;
}

SiteStatusList smallStatuses()
{
    SiteStatusList list;
    const auto add = [&list](const char* name, SyncHealth health, qint64 agoSeconds) {
        SiteStatus s;
        s.name = str(name);
        s.health = health;
        s.role = str("site");
        s.lastSuccess = QDateTime::currentDateTimeUtc().addSecs(-agoSeconds);
        list.sites.append(s);
    };
    add("Central", SyncHealth::Synced, 5 * 60);
    add("Alpha Clinic", SyncHealth::Late, 3 * 3600);
    add("Bravo Clinic", SyncHealth::Synced, 10 * 60);
    add("Charlie Clinic", SyncHealth::Failing, 3 * 86400);
    return list;
}

struct Fixture
{
    TopologyPage page;

    Fixture()
    {
        page.resize(1200, 800);
        page.setNetwork(smallNetwork());
        page.setStatuses(smallStatuses());
        page.show();
    }
    bool ready()
    {
        page.activateWindow();
        return QTest::qWaitForWindowActive(&page);
    }
    TopologyView* view() const { return page.view(); }
    QString selected() const { return page.scene()->selectedSite(); }
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget(), key, modifiers);
    }
    QString description() const
    {
        QAccessibleInterface* face = QAccessible::queryAccessibleInterface(view());
        return face ? face->text(QAccessible::Description) : QString();
    }
    // The sites of a row, from the left.
    QStringList row(qreal y) const
    {
        QList<const SiteNodeItem*> nodes;
        for (const SiteNodeItem* node : page.scene()->nodes()) {
            if (qFuzzyCompare(node->pos().y() + 1, y + 1))
                nodes.append(node);
        }
        std::sort(nodes.begin(), nodes.end(),
                  [](const SiteNodeItem* a, const SiteNodeItem* b) { return a->pos().x() < b->pos().x(); });
        QStringList names;
        for (const SiteNodeItem* node : nodes)
            names.append(node->name());
        return names;
    }
    // How many pixels of the highlight colour lie on the focus ring's left side, beside the site's card.
    int ringPixels(const QString& site) const
    {
        const QImage image = view()->viewport()->grab().toImage();
        const QRect card = view()->mapFromScene(page.scene()->node(site)->sceneBoundingRect()).boundingRect();
        const QColor highlight = view()->palette().color(QPalette::Highlight);
        int count = 0;
        for (int y = card.top() + 3; y < card.bottom() - 3; ++y) { // the ring's straight side
            for (int x = card.left() - 7; x < card.left() - 1; ++x) {
                const QColor c = image.pixelColor(x, y);
                count += std::abs(c.red() - highlight.red()) + std::abs(c.green() - highlight.green()) +
                                     std::abs(c.blue() - highlight.blue()) <
                                 60
                             ? 1
                             : 0;
            }
        }
        return count;
    }
};

} // namespace

class TestTopologyKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void layoutIsTheOneExpected();
    void tabEntersAndLeavesTheDrawing();
    void arrowsWalkToTheNearestSite();
    void walkingScrollsTheSiteIntoSight();
    void enterShowsTheDetails();
    void typingJumpsToASite();
    void focusRingShowsOnlyWithFocus();
    void screenReaderHearsTheSelectedSite();
};

// The other tests rely on this shape: the hub alone on top, the three sites under it from Alpha to Charlie, the
// client alone at the bottom, every row centred under the hub.
void TestTopologyKeyboard::layoutIsTheOneExpected()
{
    Fixture f;
    const TopologyScene* scene = f.page.scene();
    const qreal top = scene->node(str("Central"))->pos().y();
    const qreal middle = scene->node(str("Alpha Clinic"))->pos().y();
    const qreal bottom = scene->node(str("Desk"))->pos().y();
    QVERIFY(top < middle && middle < bottom);
    QCOMPARE(f.row(top), QStringList{str("Central")});
    QCOMPARE(f.row(middle), (QStringList{str("Alpha Clinic"), str("Bravo Clinic"), str("Charlie Clinic")}));
    QCOMPARE(f.row(bottom), QStringList{str("Desk")});
    const qreal hubCentre = scene->node(str("Central"))->sceneBoundingRect().center().x();
    QCOMPARE(scene->node(str("Bravo Clinic"))->sceneBoundingRect().center().x(), hubCentre);
    QCOMPARE(scene->node(str("Desk"))->sceneBoundingRect().center().x(), hubCentre);
    QCOMPARE(scene->readingOrder().first()->name(), str("Central"));
    QCOMPARE(scene->readingOrder().last()->name(), str("Desk"));
}

void TestTopologyKeyboard::tabEntersAndLeavesTheDrawing()
{
    Fixture f;
    QVERIFY(f.ready());
    f.page.findChild<QLineEdit*>(str("siteSearch"))->setFocus(Qt::TabFocusReason);
    int presses = 0;
    while (QApplication::focusWidget() != f.view() && presses < 20) {
        f.key(Qt::Key_Tab);
        ++presses;
    }
    QCOMPARE(QApplication::focusWidget(), f.view());
    QVERIFY(presses > 1); // the tool row comes first
    // No trap: Tab and Shift+Tab both leave, and Shift+Tab comes back.
    f.key(Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != f.view());
    f.key(Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), f.view());
    f.key(Qt::Key_Backtab, Qt::ShiftModifier);
    QVERIFY(QApplication::focusWidget() != f.view());
    QVERIFY(f.page.isAncestorOf(QApplication::focusWidget())); // back in the tool row
    // The tool row's keys are the view's no longer: nothing was selected on the way.
    QVERIFY(f.selected().isEmpty());
}

void TestTopologyKeyboard::arrowsWalkToTheNearestSite()
{
    Fixture f;
    QVERIFY(f.ready());
    f.view()->setFocus(Qt::TabFocusReason);
    QSignalSpy selected(&f.page, &TopologyPage::siteSelected);

    f.key(Qt::Key_Home);
    QCOMPARE(f.selected(), str("Central"));
    f.key(Qt::Key_Down); // the site right under it, not its neighbours
    QCOMPARE(f.selected(), str("Bravo Clinic"));
    QCOMPARE(f.page.detailsPanel()->site(), str("Bravo Clinic")); // the panel follows, as for a click
    f.key(Qt::Key_Right);
    QCOMPARE(f.selected(), str("Charlie Clinic"));
    f.key(Qt::Key_Right); // nothing further right: it stays
    QCOMPARE(f.selected(), str("Charlie Clinic"));
    f.key(Qt::Key_Left);
    QCOMPARE(f.selected(), str("Bravo Clinic"));
    f.key(Qt::Key_Left);
    QCOMPARE(f.selected(), str("Alpha Clinic"));
    f.key(Qt::Key_Up); // up from the side: the hub, the only site above
    QCOMPARE(f.selected(), str("Central"));
    f.key(Qt::Key_End);
    QCOMPARE(f.selected(), str("Desk"));
    f.key(Qt::Key_Up);
    QCOMPARE(f.selected(), str("Bravo Clinic"));
    f.key(Qt::Key_Down);
    QCOMPARE(f.selected(), str("Desk"));
    QCOMPARE(selected.count(), 9);
    QCOMPARE(f.page.detailsPanel()->site(), str("Desk"));
    // A click moves the keyboard too: Right walks on from the clicked site.
    const QPoint at = f.view()->mapFromScene(f.page.scene()->node(str("Alpha Clinic"))->sceneBoundingRect().center());
    QTest::mouseClick(f.view()->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(f.selected(), str("Alpha Clinic"));
    f.key(Qt::Key_Right);
    QCOMPARE(f.selected(), str("Bravo Clinic"));
}

void TestTopologyKeyboard::walkingScrollsTheSiteIntoSight()
{
    Fixture f;
    QVERIFY(f.ready());
    f.view()->setFocus(Qt::TabFocusReason);
    f.key(Qt::Key_Home);
    f.view()->focusOn(f.page.scene()->node(str("Central"))->sceneBoundingRect().center(), 3.0);
    const auto inSight = [&f](const QString& site) {
        const QRectF shown = f.view()->mapToScene(f.view()->viewport()->rect()).boundingRect();
        return shown.contains(f.page.scene()->node(site)->sceneBoundingRect());
    };
    QVERIFY(inSight(str("Central")));
    QVERIFY(!inSight(str("Desk")));
    f.key(Qt::Key_End);
    QCOMPARE(f.selected(), str("Desk"));
    QVERIFY(inSight(str("Desk")));
    QCOMPARE(f.view()->zoom(), 3.0); // scrolled, not zoomed
    f.key(Qt::Key_Up);
    f.key(Qt::Key_Left);
    QCOMPARE(f.selected(), str("Alpha Clinic"));
    QVERIFY(inSight(str("Alpha Clinic")));
}

void TestTopologyKeyboard::enterShowsTheDetails()
{
    Fixture f;
    QVERIFY(f.ready());
    f.view()->setFocus(Qt::TabFocusReason);
    SiteDetailsPanel* panel = f.page.detailsPanel();

    // Enter before any walking: the first site.
    f.key(Qt::Key_Return);
    QCOMPARE(f.selected(), str("Central"));
    QCOMPARE(panel->site(), str("Central"));

    // Escape clears the selection and the panel; Enter brings the site back, centred where it can be read.
    f.key(Qt::Key_Down);
    f.key(Qt::Key_Right);
    QCOMPARE(panel->site(), str("Charlie Clinic"));
    f.key(Qt::Key_Escape);
    QVERIFY(f.selected().isEmpty());
    QVERIFY(panel->site().isEmpty());
    QCOMPARE(f.view()->currentSite(), str("Charlie Clinic"));
    f.view()->fitToWindow();
    f.key(Qt::Key_Enter);
    QCOMPARE(f.selected(), str("Charlie Clinic"));
    QCOMPARE(panel->site(), str("Charlie Clinic"));
    QVERIFY(f.view()->zoom() >= 0.8);
    const QRectF card = f.page.scene()->node(str("Charlie Clinic"))->sceneBoundingRect();
    QVERIFY(card.contains(f.view()->mapToScene(f.view()->viewport()->rect().center())));

    // Space does the same.
    f.key(Qt::Key_Escape);
    QVERIFY(panel->site().isEmpty());
    f.key(Qt::Key_Space);
    QCOMPARE(panel->site(), str("Charlie Clinic"));
}

void TestTopologyKeyboard::typingJumpsToASite()
{
    Fixture f;
    QVERIFY(f.ready());
    f.view()->setFocus(Qt::TabFocusReason);
    const auto pause = [] {
        QTest::qWait(QApplication::keyboardInputInterval() + 100);
    };
    QTest::keyClicks(f.view(), str("ch"));
    QCOMPARE(f.selected(), str("Charlie Clinic"));
    pause();
    QTest::keyClicks(f.view(), str("d"));
    QCOMPARE(f.selected(), str("Desk"));
    pause();
    // A name with a space in it, typed on: the space is part of it, not Enter.
    QTest::keyClicks(f.view(), str("bravo c"));
    QCOMPARE(f.selected(), str("Bravo Clinic"));
    pause();
    // A first letter goes on to the next site it starts, round to the first.
    QTest::keyClicks(f.view(), str("c"));
    QCOMPARE(f.selected(), str("Charlie Clinic"));
    pause();
    QTest::keyClicks(f.view(), str("c"));
    QCOMPARE(f.selected(), str("Central"));
    pause();
    QTest::keyClicks(f.view(), str("z")); // no site: nothing moves
    QCOMPARE(f.selected(), str("Central"));
}

void TestTopologyKeyboard::focusRingShowsOnlyWithFocus()
{
    Fixture f;
    QVERIFY(f.ready());
    f.view()->setFocus(Qt::TabFocusReason);
    f.key(Qt::Key_End);
    QTest::qWait(50);
    QVERIFY2(f.ringPixels(str("Desk")) > 20, "a ring beside the selected site while the drawing has the focus");
    QCOMPARE(f.ringPixels(str("Central")), 0);
    const QByteArray dir = qgetenv("SYNCSITES_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(f.page.grab().save(QString::fromLocal8Bit(dir) + str("/topology-keyboard-focus.png")));
    f.page.findChild<QLineEdit*>(str("siteSearch"))->setFocus(Qt::TabFocusReason);
    QTest::qWait(50);
    QCOMPARE(f.ringPixels(str("Desk")), 0);
    // Far out, where the card's own selection border is too thin to see, the ring keeps its size.
    f.view()->setFocus(Qt::TabFocusReason);
    f.view()->zoomBy(0.1);
    QTest::qWait(50);
    const QRect card = f.view()->mapFromScene(f.page.scene()->node(str("Desk"))->sceneBoundingRect()).boundingRect();
    QVERIFY(card.width() < 40);
    QVERIFY2(f.ringPixels(str("Desk")) > 0, "the ring shows far out too");
}

// What a screen reader reads of the drawing. (QWidget::setAccessibleDescription() sends DescriptionChanged itself;
// the offscreen platform has no accessibility bridge to see it arrive.)
void TestTopologyKeyboard::screenReaderHearsTheSelectedSite()
{
    Fixture f;
    QVERIFY(f.ready());
    QAccessibleInterface* face = QAccessible::queryAccessibleInterface(f.view());
    QVERIFY(face);
    QCOMPARE(face->text(QAccessible::Name), str("Network drawing"));
    QVERIFY2(f.description().contains(str("No site selected")), qPrintable(f.description()));
    QVERIFY2(f.description().contains(str("sites: 5")), qPrintable(f.description()));

    f.view()->setFocus(Qt::TabFocusReason);
    f.key(Qt::Key_Home);
    const QString kind = QCoreApplication::translate("SiteKind", siteKindInfo(SiteKind::MsupplyCentral).displayName);
    QCOMPARE(f.description(), str("Central, %1, sync health: Synced, last success 5 min ago. Site 1 of 5.").arg(kind));

    f.key(Qt::Key_Down);
    f.key(Qt::Key_Right);
    QVERIFY2(f.description().startsWith(str("Charlie Clinic, ")), qPrintable(f.description()));
    QVERIFY2(f.description().contains(str("sync health: Failing, last success 3 days ago. Site 4 of 5.")),
             qPrintable(f.description()));

    // New statuses are heard too; a site without any says it never synced, and no "last success".
    SiteStatusList statuses = smallStatuses();
    statuses.sites[3].health = SyncHealth::Stale;
    f.page.setStatuses(statuses);
    QVERIFY2(f.description().contains(str("sync health: Stale")), qPrintable(f.description()));
    f.key(Qt::Key_End);
    QVERIFY2(f.description().startsWith(str("Desk, ")), qPrintable(f.description()));
    QVERIFY2(f.description().endsWith(str("sync health: Never synced. Site 5 of 5.")), qPrintable(f.description()));
    f.key(Qt::Key_Escape);
    QVERIFY2(f.description().contains(str("No site selected")), qPrintable(f.description()));
}

QTEST_MAIN(TestTopologyKeyboard)
#include "TestTopologyKeyboard.moc"
