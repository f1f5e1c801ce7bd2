#pragma once

#include "AdminSite.h"
#include "HubApiClient.h"

namespace syncsites {

/// The hub's sites and stores API (docs/openapi.yaml, /api/v1/admin/sites and /api/v1/admin/stores) for the
/// desktop app's Administration page, through a HubApiClient (its server, token and errors). Asynchronous as
/// HubApiClient is: `done` runs later on the client's thread, and not at all when `context` is gone.
///
/// Every edit names the revision it was based on: 409 stale_revision when someone else changed the network since,
/// 422 topology_invalid (details.violations) when the result breaks a rule, 409 site_in_use (details.stores) when
/// a site to remove still holds Active stores.
class HubSitesClient
{
public:
    /// What a site may be given: an empty `server` or `url` clears it.
    struct SiteFields
    {
        SiteKind kind = SiteKind::MsupplySingleUser;
        QString server;
        QString url;
    };

    /// What releasing an installation did: the installation that was bound (empty when none was).
    struct Released
    {
        bool released = false;
        QString installationId;
    };

    explicit HubSitesClient(HubApiClient& api) : m_api(api) {}

    /// Every site with its installation and last contact.
    void list(const QObject* context, HubApiClient::Done<AdminSiteList> done);
    /// Adds a site; a data-holding one links to the hubs of its kind's categories and gets its first secret
    /// (EditResult::newSiteSecrets).
    void addSite(qint64 revision, const QString& name, const SiteFields& fields, const QObject* context,
                 HubApiClient::Done<EditResult> done);
    void editSite(qint64 revision, const QString& name, const SiteFields& fields, const QObject* context,
                  HubApiClient::Done<EditResult> done);
    void removeSite(qint64 revision, const QString& name, const QObject* context, HubApiClient::Done<EditResult> done);
    /// A new secret for a data-holding site, given once; its old secret and sessions end.
    void newSecret(const QString& name, const QObject* context, HubApiClient::Done<QString> done);
    /// Forgets the installation the site is bound to: the next one to sync as the site is bound instead.
    void releaseBinding(const QString& name, const QObject* context, HubApiClient::Done<Released> done);

    void addStore(qint64 revision, const QString& code, const QString& name, const QString& home,
                  const QObject* context, HubApiClient::Done<EditResult> done);
    void renameStore(qint64 revision, const QString& code, const QString& name, const QObject* context,
                     HubApiClient::Done<EditResult> done);

private:
    void edit(const QByteArray& verb, const QString& path, const QJsonValue& body, const QObject* context,
              HubApiClient::Done<EditResult> done);

    HubApiClient& m_api;
};

} // namespace syncsites
