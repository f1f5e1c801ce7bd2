#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace syncsites {
class HubApiClient;
}

namespace syncsites::ui {

class JsonRecordsModel;

/// The Data page of a client computer (msupply_client, oms_desktop): no local data, so the stores its client site
/// works with are read through its server's data API, a page at a time. Read-only in this version: records are
/// changed at a site with its own data.
class ClientDataPage : public QWidget
{
    Q_OBJECT

public:
    ClientDataPage(HubApiClient& api, QString clientSite, QWidget* parent = nullptr);

    /// Asks the server for the client's stores again (keeps the chosen store and table when they are still there).
    void reload();
    JsonRecordsModel* records() const { return m_records; }

private:
    void loadPage(bool first);
    void showProblem(const QString& text);

    HubApiClient& m_api;
    QString m_client;
    QComboBox* m_store;
    QComboBox* m_table;
    QLabel* m_heading;
    QLabel* m_banner;
    QLabel* m_status;
    QLabel* m_problem;
    QTableView* m_view;
    QPushButton* m_more;
    JsonRecordsModel* m_records;
    QString m_nextAfter;
    int m_generation = 0; ///< answers to an older choice of store or table are dropped
};

} // namespace syncsites::ui
