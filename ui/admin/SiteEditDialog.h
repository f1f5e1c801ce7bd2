#pragma once

#include "AdminSite.h"
#include "HubSitesClient.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace syncsites::ui {

/// Adds a site (name, kind, server for a client kind, url) or edits one (kind, server, url; the name stays). The
/// server list offers the sites a client of the chosen kind may attach to; the url is offered only to kinds that
/// serve clients or are a hub. OK stays disabled until the entries make sense. It only asks: the SitesTab sends.
class SiteEditDialog : public QDialog
{
    Q_OBJECT

public:
    /// `sites`: the network as listed (for the server choices and to refuse a taken name); `editing`: the site to
    /// edit, or nullptr to add one.
    SiteEditDialog(const QVector<AdminSite>& sites, const AdminSite* editing, QWidget* parent = nullptr);

    QString name() const;
    HubSitesClient::SiteFields fields() const;

    void setName(const QString& name);
    void setKind(SiteKind kind);
    void setServer(const QString& server);
    void setUrl(const QString& url);

private:
    void kindChanged();
    void validate();

    QVector<AdminSite> m_sites;
    bool m_adding;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QComboBox* m_server;
    QLineEdit* m_url;
    QLabel* m_hint;
    QDialogButtonBox* m_buttons;
};

} // namespace syncsites::ui
