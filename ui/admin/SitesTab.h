#pragma once

#include "AdminSite.h"
#include "HubSitesClient.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace syncsites::ui {

class MessageLine;

class SiteTableModel;

/// The Administration page's Sites tab: every site of the network with the installation it is bound to and its
/// last contact with the hub; adding, editing and removing sites, giving one a new secret (shown once) and
/// releasing its installation. Each change names the revision the list was loaded at; when someone else changed
/// the network meanwhile the list is reloaded and the person is asked to redo the change. Requests run
/// asynchronously; the buttons are disabled while one runs; outcomes and errors show in the message line.
class SitesTab : public QWidget
{
    Q_OBJECT

public:
    explicit SitesTab(HubApiClient& api, QWidget* parent = nullptr);

    /// Loads the list again from the hub.
    void reload();
    qint64 revision() const { return m_revision; }
    const SiteTableModel* model() const { return m_model; }
    bool isBusy() const { return m_running > 0; }
    /// The message line's text.
    QString message() const;
    /// Selects a site's row (false when there is none).
    bool selectSite(const QString& name);

signals:
    /// The hub accepted a change of the network (sites or their secrets): other pages may reload.
    void networkChanged();
    /// A load of the list finished (well or not).
    void loaded();

private:
    void addSite();
    void editSite();
    void removeSite();
    void newSecret();
    void releaseBinding();
    void edited(const QString& done, const QString& what, const Result<EditResult>& result);
    void failed(const QString& what, const Error& error);
    void explainInUse(const QString& site, const QStringList& stores);
    void confirm(const QString& title, const QString& text, const QString& action, std::function<void()> then);
    void showSecret(const QString& site, const QString& secret, bool first);
    void setBusy(bool busy);
    void updateButtons();
    void showMessage(const QString& text, bool error);
    const AdminSite* selected() const;

    HubSitesClient m_sites;
    SiteTableModel* m_model;
    QTableView* m_view;
    MessageLine* m_message;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_secret;
    QPushButton* m_release;
    QPushButton* m_refresh;
    qint64 m_revision = -1;
    int m_running = 0; ///< requests still to answer
    int m_generation = 0;
};

} // namespace syncsites::ui
