#include "MainWindow.h"

#include "Theme.h"

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
      m_identity(new QLabel(this)), m_place(new QLabel(this)), m_connection(new QLabel(this)),
      m_syncState(new QLabel(this)), m_clockWarning(new QLabel(this))
{
    setWindowTitle(tr("SyncSites"));
    setObjectName(QStringLiteral("mainWindow"));

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setFixedWidth(180);
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
    m_connection->setAccessibleName(tr("Connection to the server"));
    statusBar()->addWidget(m_place, 1);
    m_syncState->setObjectName(QStringLiteral("syncStateLabel"));
    m_clockWarning->setObjectName(QStringLiteral("clockWarningLabel"));
    m_clockWarning->setAccessibleName(tr("Clock warning"));
    m_clockWarning->hide();
    statusBar()->addPermanentWidget(m_clockWarning);
    statusBar()->addPermanentWidget(m_syncState);
    statusBar()->addPermanentWidget(m_connection);
    statusBar()->addPermanentWidget(m_identity);
    resize(1280, 800);
}

void MainWindow::addPage(const QString& id, QWidget* page, const QString& title, const QString& iconName)
{
    const int index = m_ids.size();
    m_ids.append(id);
    m_pages->addWidget(page);
    auto* item =
        new QListWidgetItem(Theme::selectableIcon(QStringLiteral(":/icons/%1.svg").arg(iconName)), title, m_navigation);
    item->setSizeHint(QSize(0, 40));
    item->setData(Qt::UserRole, id);
    QAction* go = m_pagesMenu->addAction(item->icon(), title, this, [this, id] { showPage(id); });
    if (index < 9)
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    if (m_navigation->currentRow() < 0)
        m_navigation->setCurrentRow(0);
}

void MainWindow::removeAllPages()
{
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
}

void MainWindow::setSyncState(const QString& text)
{
    m_syncState->setText(text);
}

void MainWindow::setClockWarning(const QString& text, const QString& warning)
{
    m_clockWarning->setText(text.isEmpty()
                                ? QString()
                                : QStringLiteral("<span style='color:#d63a3a'>⚠</span> %1").arg(text.toHtmlEscaped()));
    m_clockWarning->setToolTip(warning);
    m_clockWarning->setVisible(!text.isEmpty());
}

void MainWindow::setConnection(bool online, const QString& text)
{
    m_connection->setText(
        QStringLiteral("<span style='color:%1'>●</span> %2")
            .arg(online ? QStringLiteral("#2e9e5b") : QStringLiteral("#d63a3a"), text.toHtmlEscaped()));
    m_connection->setToolTip(online ? tr("The server answers.")
                                    : tr("The server does not answer; work goes on and syncs when it is back."));
}

} // namespace syncsites::ui
