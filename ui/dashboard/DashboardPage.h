#pragma once

#include "SessionRecord.h"
#include "SiteStatusList.h"

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTabWidget;
class QTimer;

namespace syncsites {
class HubApiClient;
}

namespace syncsites::ui {

class DashboardCharts;
class HealthTiles;
class SiteDrillDown;
class SiteFilterProxy;
class SiteStatusModel;

/// The supervisors' dashboard: every site's sync health from the hub (tiles of counts, a sortable and filterable
/// table), charts of the hub's daily totals, a site's session timeline, and CSV and PDF exports. Refreshes every
/// 60 s and on F5; a failed refresh keeps the last data and says why in a banner.
///
/// Ownership: the HubApiClient is not owned; it must outlive the page or be reset with setHubApi(nullptr).
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(QWidget* parent = nullptr);

    void setHubApi(syncsites::HubApiClient* api);
    /// Fetches the sites' statuses, the daily summary and the open site's sessions again.
    void refresh();
    /// The table as filtered and sorted now, as CSV; false (and the banner) when the file cannot be written.
    bool exportCsv(const QString& file);
    /// The report: date, health counts, charts, and the filtered table.
    bool exportPdf(const QString& file);

    /// Days of history the charts and the drill-down cover.
    static constexpr int kSummaryDays = 14;
    static constexpr int kSessionDays = 30;
    static constexpr int kSessionLimit = 200;
    static constexpr int kRefreshSeconds = 60;

signals:
    /// A site was opened (double-click or Enter in the table).
    void siteActivated(const QString& site);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildFilters(QWidget* bar);
    void openSite(const QString& site);
    void fetchSessions(const QString& site);
    void applyStatuses(const SiteStatusList& list);
    void applySessions(const QString& site, const QVector<SessionRecord>& sessions);
    void showAllDurations();
    void requestFinished(const QString& error);
    void showRefreshProblems();
    void showError(const QString& message);
    void exportSaved(const QString& file);
    void exportFailed(const QString& error);
    void updateAge();
    void updateCount();
    void chooseCsvFile();
    void choosePdfFile();
    QString defaultFileName(const QString& suffix) const;

    HubApiClient* m_api = nullptr;
    SiteStatusModel* m_model;
    SiteFilterProxy* m_proxy;

    QLabel* m_banner;
    QWidget* m_savedBar; ///< "Saved FILE" and Open folder, after an export
    QLabel* m_savedText;
    QPushButton* m_openFolderButton;
    QString m_savedFolder;
    QPushButton* m_refreshButton;
    QPushButton* m_csvButton;
    QPushButton* m_pdfButton;
    QLabel* m_updated;
    HealthTiles* m_tiles;
    QLineEdit* m_text;
    QComboBox* m_kind;
    QComboBox* m_health;
    QSpinBox* m_olderThan;
    QLabel* m_count;
    QTableView* m_table;
    QTabWidget* m_tabs;
    DashboardCharts* m_charts;
    SiteDrillDown* m_drillDown;
    QTimer* m_autoRefresh;
    QTimer* m_ticker;

    quint64 m_generation = 0; ///< answers to an older refresh are dropped
    int m_pending = 0;
    QStringList m_errors;
    QDateTime m_updatedAt; ///< local clock of the last refresh that brought the sites
    QString m_openSite;
};

} // namespace syncsites::ui
