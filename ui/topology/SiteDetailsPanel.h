#pragma once

#include "SiteStatus.h"
#include "Topology.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QStackedWidget;
class QTimer;
class QTableView;

namespace syncsites {
class HubApiClient;
}

namespace syncsites::ui {

class SessionListModel;
class SiteStoresModel;

/// The side panel of the topology page: the selected site's kind, role, links, server, sync health and last
/// success, its stores with their sync type there, and its recent sessions (fetched from the hub when a HubApiClient
/// is set). An answer for a site that is no longer shown is dropped.
class SiteDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    /// Sessions asked for: the last `kSessionDays` days, at most `kSessionLimit`.
    static constexpr int kSessionDays = 30;
    static constexpr int kSessionLimit = 20;

    explicit SiteDetailsPanel(QWidget* parent = nullptr);

    void setHubApi(HubApiClient* api);
    /// Shows a site (status may be missing: never synced). Fetches its sessions.
    void showSite(const Topology& topology, const QString& site, const std::optional<SiteStatus>& status);
    /// Refreshes the health fields of the site shown, without fetching again.
    void updateStatus(const std::optional<SiteStatus>& status);
    /// Back to "select a site".
    void clear();

    /// How long ago, in words: "just now", "5 min ago", "3 h ago", "2 days ago" (the drawing's description says it
    /// too).
    static QString ageText(const QDateTime& when);

    QString site() const { return m_site; }
    SiteStoresModel* storesModel() const { return m_stores; }
    SessionListModel* sessionsModel() const { return m_sessions; }

private:
    /// Clears the sessions shown and asks the hub for the site's, once the choice has settled (m_sessionsDelay).
    void fetchSessions();
    void requestSessions();
    QString roleText(const Topology& topology, const Site& site, const std::optional<SiteStatus>& status) const;

    QPointer<HubApiClient> m_api;
    QString m_site;
    bool m_siteIsClient = false;
    quint64 m_request = 0;
    QTimer* m_sessionsDelay;
    QStackedWidget* m_stack;
    QLabel* m_name;
    QLabel* m_kind;
    QLabel* m_role;
    QLabel* m_links;
    QLabel* m_health;
    QLabel* m_lastSuccess;
    QLabel* m_lastError;
    QLabel* m_storesTitle;
    QLabel* m_sessionsState;
    SiteStoresModel* m_stores;
    SessionListModel* m_sessions;
    QTableView* m_storesView;
    QTableView* m_sessionsView;
};

} // namespace syncsites::ui
