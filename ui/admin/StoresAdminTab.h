#pragma once

#include "HubSitesClient.h"
#include "ReviewDialog.h"
#include "RevisedTopology.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace syncsites::ui {

class MessageLine;

/// The Administration page's Stores tab: every store with its home site; adding and renaming stores, moving a
/// store's home (the hand-over) and retiring a store. A hand-over or a retirement changes what sites hold, so it
/// is built as a changed network, checked by the rules here and by the hub's preview, shown in a ReviewDialog
/// (what each site receives or drops) and only then applied (PUT /api/v1/admin/topology against the revision it
/// was based on). When someone else changed the network meanwhile, the list is reloaded and the person is asked to
/// redo the change.
class StoresAdminTab : public QWidget
{
    Q_OBJECT

public:
    explicit StoresAdminTab(HubApiClient& api, QWidget* parent = nullptr);

    void reload();
    qint64 revision() const { return m_latest.revision; }
    const Topology& topology() const { return m_latest.topology; }
    bool isBusy() const { return m_running > 0; }
    QString message() const;
    bool selectStore(const QString& code);
    /// The open review of a hand-over or retirement, or nullptr.
    ReviewDialog* review() const { return m_review; }

signals:
    /// The hub accepted a change of the network.
    void networkChanged();
    /// A load of the stores finished (well or not).
    void loaded();

private:
    void addStore();
    void renameStore();
    void moveHome();
    void retireStore();
    /// Reviews `edited` (the network as loaded, changed) and applies it when asked.
    void review(const Topology& edited, const QString& summary, const QString& done);
    void apply(const Topology& edited, const QString& done);
    void edited(const QString& done, const QString& what, const Result<EditResult>& result);
    void failed(const QString& what, const Error& error);
    void staleRevision();
    void fill();
    void setBusy(bool busy);
    void updateButtons();
    void showMessage(const QString& text, bool error);
    QString selectedCode() const;

    HubApiClient& m_api;
    HubSitesClient m_sites;
    RevisedTopology m_latest;
    QStandardItemModel* m_model;
    QTableView* m_view;
    MessageLine* m_message;
    QPushButton* m_add;
    QPushButton* m_rename;
    QPushButton* m_move;
    QPushButton* m_retire;
    QPushButton* m_refresh;
    QPointer<ReviewDialog> m_review;
    bool m_loaded = false;
    int m_running = 0;          ///< requests still to answer
    int m_generation = 0;       ///< of the loads: an older load's answer is dropped
    int m_reviewGeneration = 0; ///< of the reviews: an older review's preview is dropped
};

} // namespace syncsites::ui
