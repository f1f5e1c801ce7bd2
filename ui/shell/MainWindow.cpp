#include "MainWindow.h"

#include "AppSettings.h"
#include "TabLeavesItemViews.h"
#include "Theme.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace syncsites::ui {

namespace {

constexpr int kNavigationWidth = 180;
constexpr int kCompactNavigationWidth = 52; ///< the 22-pixel icons and their margins
/// Below this window width the navigation shows icons only: 200% on a 1366x768 laptop leaves 683 pixels.
constexpr int kCompactBelowWidth = 900;
constexpr int kTitleRole = Qt::UserRole + 1; ///< a navigation item's page title, kept while it shows icons only

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_navigation(new QListWidget(this)), m_pages(new QStackedWidget(this)),
      m_identity(new QLabel(this)), m_place(new QLabel(this)), m_connection(new QLabel(this)),
      m_syncState(new QLabel(this)), m_clockWarning(new QLabel(this))
{
    setWindowTitle(tr("SyncSites"));
    setObjectName(QStringLiteral("mainWindow"));
    TabLeavesItemViews::install(); // Tab moves on from every table, list and tree of the app; arrows move inside

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setFixedWidth(kNavigationWidth);
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_pages->setObjectName(QStringLiteral("pages"));
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_pages->setCurrentIndex(row);
        emit pageShown(m_ids.value(row));
    });

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_pagesMenu = m_viewMenu->addMenu(tr("&Go to"));
    m_helpMenu = menuBar()->addMenu(tr("&Help"));

    m_identity->setObjectName(QStringLiteral("identityLabel"));
    m_place->setObjectName(QStringLiteral("placeLabel"));
    m_connection->setObjectName(QStringLiteral("connectionLabel"));
    // The status bar's values are read by screen readers with what they are: each label's accessible name carries
    // its value ("Connection to the server: Online"), its description what it is for.
    m_connection->setAccessibleName(tr("Connection to the server"));
    m_connection->setAccessibleDescription(tr("Connection to the server"));
    // Where this app works can be long (a site's name and its server): it gives way first, whole in its tooltip.
    m_place->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addWidget(m_place, 1);
    m_syncState->setObjectName(QStringLiteral("syncStateLabel"));
    m_syncState->setAccessibleDescription(tr("Sync state of this site"));
    m_clockWarning->setObjectName(QStringLiteral("clockWarningLabel"));
    m_clockWarning->setAccessibleName(tr("Clock warning"));
    m_clockWarning->setAccessibleDescription(tr("Clock warning"));
    m_clockWarning->hide();
    statusBar()->addPermanentWidget(m_clockWarning);
    statusBar()->addPermanentWidget(m_syncState);
    statusBar()->addPermanentWidget(m_connection);
    statusBar()->addPermanentWidget(m_identity);
    resize(preferredSize());
}

namespace {

QList<QSplitter*> splittersOf(QWidget* page)
{
    return page->findChildren<QSplitter*>();
}

QString splitterKey(const QString& pageId, const QSplitter* splitter, int index)
{
    return pageId + QLatin1Char('/') +
           (splitter->objectName().isEmpty() ? QString::number(index) : splitter->objectName());
}

} // namespace

QSize MainWindow::pageMinimumSize(const QString& id) const
{
    const int row = int(m_ids.indexOf(id));
    if (row < 0)
        return {};
    // The window around the pages (the navigation, the menu and status bars), plus this page's own minimum.
    const QSize chrome =
        isVisible() ? size() - m_pages->size()
                    : QSize(m_navigation->width(), menuBar()->sizeHint().height() + statusBar()->sizeHint().height());
    const QWidget* page = pageWidget(row);
    return chrome + page->minimumSizeHint().expandedTo(page->minimumSize());
}

void MainWindow::placeWithin(const QRect& available)
{
    const QSize preferred = preferredSize();
    // Room for the window's frame and title bar, which the available geometry does not leave out.
    const QSize frame(16, 48);
    if (available.width() >= preferred.width() + frame.width() &&
        available.height() >= preferred.height() + frame.height()) {
        setWindowState(windowState() & ~Qt::WindowMaximized);
        resize(preferred);
        move(available.center() - QPoint(preferred.width() / 2, preferred.height() / 2));
        return;
    }
    // A small screen (a netbook, a laptop at 200%): the whole of it, and a normal size that fits it too.
    const QSize normal = (available.size() - frame).expandedTo(QSize(1, 1));
    resize(normal);
    move(available.topLeft());
    setWindowState(windowState() | Qt::WindowMaximized);
}

void MainWindow::rememberIn(AppSettings* settings, const QRect& available)
{
    m_settings = settings;
    setSplitterSizes(settings->value(AppSettings::Key::WindowSplitters).toMap());
    const QByteArray geometry = settings->value(AppSettings::Key::WindowGeometry).toByteArray();
    // A geometry saved on a larger screen (or another monitor) is not restored: the window would not fit.
    if (geometry.isEmpty() || !restoreGeometry(geometry) || !available.contains(normalGeometry()))
        placeWithin(available);
    restoreState(settings->value(AppSettings::Key::WindowState).toByteArray());
}

bool MainWindow::showRememberedPage()
{
    return m_settings && showPage(m_settings->value(AppSettings::Key::LastPage).toString());
}

QVariantMap MainWindow::splitterSizes() const
{
    QVariantMap sizes = m_splitterSizes;
    for (int row = 0; row < m_pages->count(); ++row) {
        const QList<QSplitter*> splitters = splittersOf(pageWidget(row));
        for (int i = 0; i < splitters.size(); ++i) {
            QVariantList list;
            for (int size : splitters[i]->sizes())
                list.append(size);
            // A splitter never shown (its page not opened yet) has no sizes of its own: keep the ones known.
            const bool shown = splitters[i]->testAttribute(Qt::WA_WState_Polished);
            if (shown || !sizes.contains(splitterKey(m_ids[row], splitters[i], i)))
                sizes.insert(splitterKey(m_ids[row], splitters[i], i), list);
        }
    }
    return sizes;
}

void MainWindow::setSplitterSizes(const QVariantMap& sizes)
{
    m_splitterSizes = sizes;
    for (int row = 0; row < m_pages->count(); ++row)
        applySplitterSizes(row);
}

void MainWindow::applySplitterSizes(int row)
{
    const QList<QSplitter*> splitters = splittersOf(pageWidget(row));
    for (int i = 0; i < splitters.size(); ++i) {
        const QVariantList list = m_splitterSizes.value(splitterKey(m_ids[row], splitters[i], i)).toList();
        if (list.size() != splitters[i]->count())
            continue; // the page changed since: its own sizes
        QList<int> sizes;
        for (const QVariant& size : list)
            sizes.append(qMax(0, size.toInt()));
        splitters[i]->setSizes(sizes);
    }
}

bool MainWindow::quit()
{
    m_quitting = true;
    const bool closed = close();
    m_quitting = false;
    return closed;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    const bool quitting = m_quitting;
    if (!quitting && m_keepRunning && m_keepRunning()) {
        // Hidden, not closed: nothing is lost, so the close guard is not asked.
        saveLayout();
        event->ignore();
        hide();
        emit hiddenToBackground();
        return;
    }
    if (m_mayClose && !m_mayClose()) {
        event->ignore();
        return;
    }
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveLayout()
{
    if (!m_settings)
        return;
    m_settings->setValue(AppSettings::Key::WindowGeometry, saveGeometry());
    m_settings->setValue(AppSettings::Key::WindowState, saveState());
    if (!currentPage().isEmpty())
        m_settings->setValue(AppSettings::Key::LastPage, currentPage());
    m_settings->setValue(AppSettings::Key::WindowSplitters, splitterSizes());
    m_settings->sync();
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    setCompactNavigation(width() < kCompactBelowWidth);
}

void MainWindow::setCompactNavigation(bool compact)
{
    if (compact == m_compactNavigation)
        return;
    m_compactNavigation = compact;
    m_navigation->setFixedWidth(compact ? kCompactNavigationWidth : kNavigationWidth);
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem* item = m_navigation->item(row);
        item->setText(compact ? QString() : item->data(kTitleRole).toString());
    }
}

QWidget* MainWindow::pageWidget(int row) const
{
    auto* scroller = qobject_cast<QScrollArea*>(m_pages->widget(row));
    return scroller ? scroller->widget() : m_pages->widget(row);
}

void MainWindow::addPage(const QString& id, QWidget* page, const QString& title, const QString& iconName)
{
    const int index = m_ids.size();
    m_ids.append(id);
    // Each page in a scroll area: a window smaller than the page (a 1366x768 laptop at 200% leaves 683x384) scrolls
    // it instead of growing past the screen or cutting its edges off. Above the page's minimum nothing scrolls.
    auto* scroller = new QScrollArea;
    scroller->setObjectName(id + QStringLiteral("Scroller"));
    scroller->setWidgetResizable(true);
    scroller->setFrameShape(QFrame::NoFrame);
    scroller->setFocusPolicy(Qt::NoFocus); // not a Tab stop of its own; it scrolls to the control that has the focus
    scroller->setWidget(page);
    m_pages->addWidget(scroller);
    TabLeavesItemViews::apply(page);
    applySplitterSizes(index);
    auto* item =
        new QListWidgetItem(Theme::selectableIcon(QStringLiteral(":/icons/%1.svg").arg(iconName)), title, m_navigation);
    item->setSizeHint(QSize(0, 40));
    item->setData(Qt::UserRole, id);
    item->setData(kTitleRole, title);
    item->setToolTip(title);
    item->setData(Qt::AccessibleTextRole, title);
    if (m_compactNavigation)
        item->setText(QString());
    QAction* go = m_pagesMenu->addAction(item->icon(), title, this, [this, id] { showPage(id); });
    if (index < 9)
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    if (m_navigation->currentRow() < 0)
        m_navigation->setCurrentRow(0);
}

void MainWindow::removeAllPages()
{
    m_splitterSizes = splitterSizes(); // the next user's pages open as these were
    m_navigation->clear();
    m_pagesMenu->clear();
    while (m_pages->count() > 0) {
        QWidget* page = m_pages->widget(0);
        m_pages->removeWidget(page);
        page->deleteLater();
    }
    m_ids.clear();
}

bool MainWindow::showPage(const QString& id)
{
    const int row = int(m_ids.indexOf(id));
    if (row < 0)
        return false;
    m_navigation->setCurrentRow(row);
    return true;
}

QString MainWindow::currentPage() const
{
    return m_ids.value(m_navigation->currentRow());
}

void MainWindow::setIdentity(const QString& text)
{
    m_identity->setText(text);
}

void MainWindow::setPlace(const QString& text)
{
    m_place->setText(text);
    m_place->setToolTip(text);
}

void MainWindow::setSyncState(const QString& text)
{
    m_syncState->setText(text);
    m_syncState->setAccessibleName(text);
}

void MainWindow::setClockWarning(const QString& text, const QString& warning)
{
    m_clockWarning->setText(text.isEmpty()
                                ? QString()
                                : QStringLiteral("<span style='color:#d63a3a'>⚠</span> %1").arg(text.toHtmlEscaped()));
    m_clockWarning->setToolTip(warning);
    m_clockWarning->setAccessibleName(text.isEmpty() ? tr("Clock warning") : tr("Clock warning: %1").arg(text));
    m_clockWarning->setAccessibleDescription(warning.isEmpty() ? tr("Clock warning") : warning);
    m_clockWarning->setVisible(!text.isEmpty());
}

void MainWindow::setConnection(bool online, const QString& text)
{
    m_connection->setText(
        QStringLiteral("<span style='color:%1'>●</span> %2")
            .arg(online ? QStringLiteral("#2e9e5b") : QStringLiteral("#d63a3a"), text.toHtmlEscaped()));
    m_connection->setToolTip(online ? tr("The server answers.")
                                    : tr("The server does not answer; work goes on and syncs when it is back."));
    m_connection->setAccessibleName(tr("Connection to the server: %1").arg(text));
    m_connection->setAccessibleDescription(m_connection->toolTip());
}

} // namespace syncsites::ui
