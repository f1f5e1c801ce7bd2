#pragma once

#include "SiteStatusList.h"
#include "Topology.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStringListModel;

namespace syncsites {
class HubApiClient;
}

namespace syncsites::ui {

class SiteDetailsPanel;
class TopologyScene;
class TopologyView;

/// The topology page: every site of the network drawn as a layered graph (hubs, servers, sites, clients), each
/// with its kind's icon, a ring in its sync health's colour and its stores as chips coloured by sync type; links
/// labelled with their category, clients attached to their server. Zoom, pan, fit, find a site by name, dim
/// the sites that do not match a kind or health filter; the selected site's details, stores and recent
/// sessions in a side panel. Exports the drawing to PNG and SVG.
///
/// The page does no I/O of its own but the exports: the network and statuses are given to it, and sessions are
/// fetched through the HubApiClient set (none without one).
class TopologyPage : public QWidget
{
    Q_OBJECT

public:
    explicit TopologyPage(QWidget* parent = nullptr);

    /// May be null: the side panel then shows no sessions.
    void setHubApi(syncsites::HubApiClient* api);
    void setNetwork(const syncsites::Topology& topology);
    void setStatuses(const syncsites::SiteStatusList& statuses);

    /// Write the whole drawing; false when the file cannot be written.
    bool exportPng(const QString& file);
    bool exportSvg(const QString& file);

    /// Finds a site by name (exact, else the first name containing the text, ignoring case), selects and centres
    /// it. False when no site matches.
    bool findSite(const QString& text);

    TopologyScene* scene() const { return m_scene; }
    TopologyView* view() const { return m_view; }
    SiteDetailsPanel* detailsPanel() const { return m_details; }

signals:
    void siteSelected(const QString& site);

private:
    void applyFilters();
    void showSelection();
    /// Centres the site at a readable zoom and selects it: Enter on the drawing, or a site found by name.
    void showSite(const QString& site);
    /// Tells a screen reader the selected site: its name, kind, health in words and place among the sites.
    void describeSelection();
    void exportWithDialog(bool svg);
    void showMessage(const QString& text);
    QHash<QString, SyncHealth> healthBySite() const;

    Topology m_topology;
    QHash<QString, SiteStatus> m_statuses;
    QString m_selected;
    TopologyScene* m_scene;
    TopologyView* m_view;
    SiteDetailsPanel* m_details;
    QLineEdit* m_search;
    QStringListModel* m_siteNames;
    QComboBox* m_kindFilter;
    QComboBox* m_healthFilter;
    QLabel* m_message;
};

} // namespace syncsites::ui
