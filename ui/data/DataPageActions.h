#pragma once

#include "ReplicaViews.h"
#include "Result.h"

#include <QJsonObject>
#include <QWidget>

#include <optional>

class QPushButton;

namespace syncsites {
class LocalSite;
}

namespace syncsites::ui {

/// The Data page's second row of store actions, for the store the page shows: request stock from another store
/// (RequisitionDialog), answer a request that arrived (RespondDialog, with how many wait), add an asset and a
/// temperature reading on an Open mSupply site (AssetDialog, TemperatureLogDialog; hidden elsewhere), and delete the
/// selected record. Each runs through the LocalSite off the GUI thread; the buttons are disabled while one runs. The
/// replica layer decides what is allowed and words its refusals; the page shows them (failed()).
class DataPageActions : public QWidget
{
    Q_OBJECT

public:
    /// What the page shows now.
    struct Context
    {
        ReplicaStores stores;
        std::optional<BrowsableStore> store;
        QString table;
        QJsonObject selected;   ///< the selected record (every column), empty when none
        QString selectedLabel;  ///< how people know it ("ORS, batch B12")
        bool writable = false;  ///< the store is Active here and the user may edit it
        QString whyNotWritable; ///< empty when writable, or when there is no store
    };

    explicit DataPageActions(QWidget* parent = nullptr);

    void setSite(syncsites::LocalSite* site);
    void setContext(const Context& context);
    /// Counts the requisitions waiting for an answer in the store shown (after a sync or a store change).
    void countWaiting();
    /// An action is running: its buttons (and the page's) stay disabled until it answers.
    bool busy() const { return m_busy; }

signals:
    /// An action worked and changed records; `message` says what it did and what happens next.
    void succeeded(const QString& message);
    void failed(const syncsites::Error& error);
    void busyChanged(bool busy);

private:
    void requestStock();
    void answerRequisition();
    void addAsset();
    void addTemperatureLog();
    void deleteSelected();
    void setBusy(bool busy);
    void updateButtons();
    /// Shows the answer of an action: frees the buttons, then reports it.
    void finish(const Result<QString>& message);

    syncsites::LocalSite* m_site = nullptr;
    Context m_context;
    bool m_busy = false;
    int m_waiting = 0;
    QPushButton* m_request;
    QPushButton* m_answer;
    QPushButton* m_addAsset;
    QPushButton* m_addLog;
    QPushButton* m_delete;
};

} // namespace syncsites::ui
