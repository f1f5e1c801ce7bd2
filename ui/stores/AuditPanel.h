#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace syncsites {
class HubApiClient;
}

namespace syncsites::ui {

class AuditModel;

/// The hub's audit log of changes (GET /api/v1/admin/audit), newest first, a page at a time ("Load more").
class AuditPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPanel(QWidget* parent = nullptr);

    void setHubApi(HubApiClient* api);
    /// Loads the newest page again.
    void refresh();
    AuditModel* model() const { return m_model; }

private:
    void loadMore();
    void load(qint64 before);

    static constexpr int kPageSize = 50;
    HubApiClient* m_api = nullptr;
    AuditModel* m_model;
    QTableView* m_view;
    QLabel* m_status;
    QPushButton* m_refresh;
    QPushButton* m_loadMore;
    int m_generation = 0; ///< answers of an older refresh are dropped
};

} // namespace syncsites::ui
