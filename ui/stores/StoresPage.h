#pragma once

#include "RevisedTopology.h"
#include "Topology.h"
#include "Violation.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTabWidget;
class QTableView;
class QToolButton;
class QUndoStack;

namespace syncsites {
class HubApiClient;
struct Error;
} // namespace syncsites

namespace syncsites::ui {

class AuditPanel;
class ReviewDialog;
class StoreFilterProxyModel;
class StoreListModel;
class StoreMatrixModel;

/// Every store's sync type on every data-holding site, as a matrix administrators edit in place.
///
/// Edits are undoable commands on a stack, checked by the core validator as they are made (markers beside the
/// cells, a list under the matrix), reviewed with the hub's preview and applied with replaceTopology against the
/// revision they started from; when someone else changed the network meanwhile, the page shows both sides and
/// re-applies the edits on the latest on request. Read-only for non-administrators, for a local copy and with no
/// hub (a banner says why). The hub's audit log is the second tab.
class StoresPage : public QWidget
{
    Q_OBJECT

public:
    explicit StoresPage(QWidget* parent = nullptr);
    ~StoresPage() override;

    /// null: offline, read-only. The page does not own the HubApiClient.
    void setHubApi(HubApiClient* api);
    /// Administrators only: whether the hub's topology may be edited here.
    void setEditable(bool editable);
    /// A read-only view of a local copy (a file, the demo network).
    void setTopology(const Topology& topology);
    /// The hub's network with its revision: editable (for administrators). Drops pending edits.
    void setRevisedTopology(const RevisedTopology& revised);
    /// Fetches the topology through the HubApiClient; pending edits are re-applied on what it returns.
    void reload();
    bool hasPendingEdits() const;
    /// Before something that would drop the pending edits (sign out, quit, set up again): asks whether to review
    /// and apply them, discard them or cancel. True when the caller may go on: no pending edits, or discarded. Review
    /// opens the review (reviewRequested()) and answers false, as Cancel does; both keep every edit.
    bool mayDropPendingEdits();

signals:
    /// The person chose to review the pending edits from mayDropPendingEdits(): the page should be shown.
    void reviewRequested();
    /// The edits were applied; `revised` is the hub's network now.
    void topologyApplied(const RevisedTopology& revised);

private:
    void buildMatrixTab(QWidget* tab);
    void fitListColumns();
    void updateMode();
    void showMessage(const QString& text, bool problem);
    void revalidate();
    void updatePending();
    void jumpTo(QListWidgetItem* item);
    void syncListToMatrix();
    void syncMatrixToList();
    void discardEdits();
    void startReview();
    void apply();
    void applyFailed(const Error& error, const Topology& attempted);
    void showConflict(const RevisedTopology& latest, const QString& message);
    /// Replays the pending cell edits on `latest` (its revision becomes the base); returns the edits that no
    /// longer fit (a store or site that is gone).
    QStringList rebaseOnto(const RevisedTopology& latest);

    HubApiClient* m_api = nullptr;
    bool m_editable = false;
    bool m_fromHub = false;
    qint64 m_revision = 0;
    int m_generation = 0; ///< answers to older requests (a previous load or review) are dropped
    QVector<Violation> m_violations;
    RevisedTopology m_latest; ///< the hub's network after a conflict, until re-applied or discarded

    StoreMatrixModel* m_model;
    StoreListModel* m_listModel;
    StoreFilterProxyModel* m_matrixProxy;
    StoreFilterProxyModel* m_listProxy;
    QUndoStack* m_undoStack;

    QLabel* m_banner;
    QLabel* m_message;
    QLineEdit* m_filter;
    QLabel* m_pending;
    QToolButton* m_undo;
    QToolButton* m_redo;
    QPushButton* m_discard;
    QPushButton* m_reload;
    QPushButton* m_review;
    QTabWidget* m_tabs;
    QTableView* m_list;
    QTableView* m_matrix;
    QLabel* m_violationTitle;
    QListWidget* m_violationList;
    AuditPanel* m_audit;
    QPointer<ReviewDialog> m_reviewDialog;
};

} // namespace syncsites::ui
