#include "MainWindow.h"

#include "NetworkPage.h"
#include "StoresPage.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

namespace syncsites::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_navigation(new QListWidget(this)), m_pages(new QStackedWidget(this)),
      m_networkPage(new NetworkPage(this)), m_storesPage(new StoresPage(this)), m_sourceLabel(new QLabel(this))
{
    setWindowTitle(tr("SyncSites"));
    setObjectName(QStringLiteral("mainWindow"));

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setFixedWidth(170);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);

    addPage(m_networkPage, tr("Network"), QStringLiteral("network"));
    addPage(m_storesPage, tr("Stores"), QStringLiteral("stores"));
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_navigation->count(); ++i) {
        QAction* show = viewMenu->addAction(m_navigation->item(i)->text(), this, [this, i] { showPage(i); });
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    statusBar()->addWidget(m_sourceLabel, 1);
    resize(1180, 720);
}

void MainWindow::addPage(QWidget* page, const QString& title, const QString& iconName)
{
    m_pages->addWidget(page);
    auto* item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(iconName)), title, m_navigation);
    item->setSizeHint(QSize(0, 36));
}

void MainWindow::showPage(int index)
{
    m_navigation->setCurrentRow(index);
}

void MainWindow::setNetwork(const Topology& topology, const QString& source)
{
    m_networkPage->setTopology(topology);
    m_storesPage->setTopology(topology);
    m_sourceLabel->setText(
        tr("%1 — %2 sites, %3 stores").arg(source).arg(topology.sites().size()).arg(topology.stores().size()));
}

} // namespace syncsites::ui
