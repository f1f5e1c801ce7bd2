#pragma once

#include "HubDataActionsClient.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

#include <functional>

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
/// works with are read through its server's data API, a page at a time, and the server's Active stores are changed
/// through its store actions (HubDataActionsClient): adjust stock, ship, receive, request stock and answer
/// requisitions (at an Open mSupply client also add assets and temperature logs), with the dialogs and the rules of a
/// standalone site's Data page. The actions are enabled for stores the client may write (access read_write, as the
/// server says: never for a Collector store, nor for a supervisor); otherwise disabled, with a tooltip saying why. A
/// refusal shows in words in the message line; the buttons wait while a request runs; after a change the page reads
/// the store again, and the receive and answer buttons count what waits for the store.
class ClientDataPage : public QWidget
{
    Q_OBJECT

public:
    ClientDataPage(HubApiClient& api, QString clientSite, QWidget* parent = nullptr);

    /// Asks the server for the client's stores again (keeps the chosen store and table when they are still there).
    void reload();
    JsonRecordsModel* records() const { return m_records; }

signals:
    /// A store action changed data on the server.
    void recordsChanged();

private:
    void loadPage(bool first);
    void showProblem(const QString& text);
    void showResult(const QString& text);
    void showActionError(const Error& error);
    void updateActions();
    void setBusy(bool busy);
    QString currentStore() const;
    bool currentStoreWritable() const;

    /// Asks what the actions of the current store need, then runs `then` with the answer (or shows the error).
    void withOptions(std::function<void(const QString& store, const QJsonObject& options)> then);
    /// Ends an action: the error in words, or the result and a fresh read of the store.
    void finish(const Result<QString>& done, const std::function<QString(const QString& id)>& result);

    /// Asks what waits for the current store (shipments, requisitions) and whether the client works with assets.
    void refreshWaiting();

    void adjustStock();
    void newTransfer();
    void receiveShipment();
    void newRequisition();
    void answerRequisition();
    void addAsset();
    void addTemperatureLog();

    HubApiClient& m_api;
    HubDataActionsClient m_actions;
    QString m_client;
    QComboBox* m_store;
    QComboBox* m_table;
    QLabel* m_heading;
    QLabel* m_banner;
    QLabel* m_status;
    QLabel* m_problem;
    QLabel* m_result;
    QTableView* m_view;
    QPushButton* m_more;
    QPushButton* m_adjust;
    QPushButton* m_transfer;
    QPushButton* m_receive;
    QPushButton* m_request;
    QPushButton* m_answer;
    QPushButton* m_addAsset;
    QPushButton* m_addLog;
    JsonRecordsModel* m_records;
    QHash<QString, QJsonObject> m_stores; ///< the client's stores by code, as GET /api/v1/data/stores gives them
    QString m_nextAfter;
    int m_generation = 0;       ///< answers to an older choice of store or table are dropped
    bool m_busy = false;        ///< a store action (or the question before it) is under way
    bool m_openMsupply = false; ///< the client is an Open mSupply kind: assets and temperature logs
    int m_shipmentsWaiting = 0;
    int m_requisitionsWaiting = 0;
};

} // namespace syncsites::ui
