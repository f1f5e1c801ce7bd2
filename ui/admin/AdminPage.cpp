#include "AdminPage.h"

#include "ItemsTab.h"
#include "SitesTab.h"
#include "StoresAdminTab.h"
#include "TopologyFileTab.h"
#include "UsersTab.h"

#include <QAction>
#include <QTabWidget>
#include <QVBoxLayout>

namespace syncsites::ui {

AdminPage::AdminPage(HubApiClient& api, QWidget* parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_sitesTab(new SitesTab(api, this)),
      m_storesTab(new StoresAdminTab(api, this)), m_itemsTab(new ItemsTab(api, this)),
      m_usersTab(new UsersTab(api, this)), m_topologyTab(new TopologyFileTab(api, this))
{
    m_tabs->setObjectName(QStringLiteral("adminTabs"));
    m_tabs->setDocumentMode(true);
    addTab(m_sitesTab, tr("S&ites"), [this] { m_sitesTab->reload(); });
    addTab(m_storesTab, tr("Sto&res"), [this] { m_storesTab->reload(); });
    addTab(m_itemsTab, tr("I&tems"), [this] { m_itemsTab->reload(); });
    addTab(m_usersTab, tr("&Users"), [this] { m_usersTab->reload(); });
    addTab(m_topologyTab, tr("Topolog&y"), [this] { m_topologyTab->reload(); });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    // A change of the network made in one tab shows in the others at once (items and users are not the network).
    connect(m_sitesTab, &SitesTab::networkChanged, this, [this] { changedBy(m_sitesTab); });
    connect(m_storesTab, &StoresAdminTab::networkChanged, this, [this] { changedBy(m_storesTab); });
    connect(m_topologyTab, &TopologyFileTab::networkChanged, this, [this] { changedBy(m_topologyTab); });

    auto* refresh = new QAction(tr("Reload"), this);
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QAction::triggered, this, [this] {
        if (const auto reload = m_reloaders.value(m_tabs->currentWidget()))
            reload();
    });
    addAction(refresh);
}

int AdminPage::addTab(QWidget* tab, const QString& title, std::function<void()> reload)
{
    if (reload)
        m_reloaders.insert(tab, std::move(reload));
    return m_tabs->addTab(tab, title);
}

void AdminPage::reload()
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (const auto reload = m_reloaders.value(m_tabs->widget(i)))
            reload();
    }
}

void AdminPage::changedBy(QWidget* tab)
{
    for (QWidget* other : {static_cast<QWidget*>(m_sitesTab), static_cast<QWidget*>(m_storesTab),
                           static_cast<QWidget*>(m_topologyTab), static_cast<QWidget*>(m_usersTab)}) {
        if (other != tab)
            m_reloaders.value(other)();
    }
    emit networkChanged();
}

} // namespace syncsites::ui
