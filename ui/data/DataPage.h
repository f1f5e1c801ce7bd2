#pragma once

#include "ReplicaViews.h"
#include "Result.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace syncsites {
class LocalSite;
}

namespace syncsites::ui {

class RecordTableModel;
class DataStoreListModel;
class DataPageActions;

/// The Data page: a store's records in this site's replica. The store picker lists the stores whose data the
/// replica holds (Active ones, then Collector copies); Transfer stores appear only as partners in the transfer
/// dialog. A store's tables and the central tables (read-only) are browsed a page at a time, ordered by id, with a
/// text filter. On an Active store the user can adjust a stock line, ship to a store visible here and receive an
/// inbound shipment, each through the LocalSite; and through DataPageActions request stock, answer a request, add
/// assets and temperature readings (Open mSupply sites) and delete the selected record. A Collector store is
/// read-only and the page says why.
///
/// Reads and writes are the LocalSite's use cases: they run on the site's database thread, and the page shows their
/// results when they arrive.
class DataPage : public QWidget
{
    Q_OBJECT

public:
    explicit DataPage(QWidget* parent = nullptr);

    /// The site whose replica to browse (not owned; it must outlive the page or be replaced first). Null: the page
    /// says there is no local data (client or console mode).
    void setSite(syncsites::LocalSite* site);
    /// Reads the stores and the records shown again (after a sync), keeping the store, table and filter.
    void reload();
    /// Whether the signed-in user may change this site's Active stores (supervisors and people of other sites may
    /// not: the actions stay disabled and say why). Default true.
    void setEditable(bool editable, const QString& whyNot = QString());

signals:
    /// Local edits were made: the records waiting to be sent changed.
    void recordsChanged();

private:
    void showStores(const Result<ReplicaStores>& stores);
    void loadTables();
    void applyQuery();
    void updateBanner();
    void updateActions();
    void updateStatus();
    void countShipments();
    const BrowsableStore* currentStore() const;
    QString currentTable() const;
    bool centralTable() const;
    /// How people know the selected record ("ORS, B12 (Stock lines)"), or empty.
    QString selectedLabel() const;

    void adjustStock();
    void newTransfer();
    void receiveShipment();
    void showResult(const QString& message);
    void showError(const Error& error);

    syncsites::LocalSite* m_site = nullptr;
    ReplicaStores m_stores;
    int m_shipmentsWaiting = 0;
    bool m_editable = true;
    bool m_fitColumns = false; ///< fit the columns to the first page of the query just set
    QString m_whyNotEditable;

    QStackedWidget* m_stack;
    QLabel* m_noData;
    QLabel* m_siteLabel;
    QComboBox* m_storePicker;
    QComboBox* m_tablePicker;
    QLineEdit* m_filter;
    QTimer* m_filterDelay;
    QLabel* m_banner;
    QTableView* m_view;
    QLabel* m_status;
    QLabel* m_message;
    QPushButton* m_adjust;
    QPushButton* m_transfer;
    QPushButton* m_receive;
    DataPageActions* m_more;
    DataStoreListModel* m_storeModel;
    RecordTableModel* m_records;
};

} // namespace syncsites::ui
