#pragma once

#include <QHash>
#include <QWidget>

#include <functional>

class QTabWidget;

namespace syncsites {
class HubApiClient;
}

namespace syncsites::ui {

class ItemsTab;
class SitesTab;
class StoresAdminTab;
class TopologyFileTab;
class UsersTab;

/// The Administration page (administrators, in console mode and at a site): tabs to administer the network
/// through the hub — Sites (installations, secrets, last contact), Stores (homes, hand-overs, retirement), Items
/// (the catalogue, CSV import), Users (roles, sites, passwords) and Topology (the whole network as a file). A change
/// of the network made in one tab reloads the others' lists and is announced by networkChanged, so that the other
/// pages can show the new network. F5 reloads the visible tab.
class AdminPage : public QWidget
{
    Q_OBJECT

public:
    /// `api` must outlive the page.
    explicit AdminPage(HubApiClient& api, QWidget* parent = nullptr);

    /// Adds a tab after the others; `reload` (may be empty) refreshes it.
    int addTab(QWidget* tab, const QString& title, std::function<void()> reload = {});
    /// Loads every tab's list from the hub.
    void reload();

    SitesTab* sitesTab() const { return m_sitesTab; }
    StoresAdminTab* storesTab() const { return m_storesTab; }
    ItemsTab* itemsTab() const { return m_itemsTab; }
    UsersTab* usersTab() const { return m_usersTab; }
    TopologyFileTab* topologyTab() const { return m_topologyTab; }
    QTabWidget* tabs() const { return m_tabs; }

signals:
    /// The hub accepted a change of the network made on this page.
    void networkChanged();

private:
    /// A tab changed the network: the other network tabs reload.
    void changedBy(QWidget* tab);

    QTabWidget* m_tabs;
    SitesTab* m_sitesTab;
    StoresAdminTab* m_storesTab;
    ItemsTab* m_itemsTab;
    UsersTab* m_usersTab;
    TopologyFileTab* m_topologyTab;
    QHash<QWidget*, std::function<void()>> m_reloaders;
};

} // namespace syncsites::ui
