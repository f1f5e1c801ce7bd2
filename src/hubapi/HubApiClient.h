#pragma once

#include "AuditEntry.h"
#include "Result.h"
#include "RevisedTopology.h"
#include "SessionRecord.h"
#include "SignedInUser.h"
#include "SiteStatusList.h"
#include "StatusSummary.h"
#include "SyncType.h"
#include "TopologyPreview.h"

#include <QJsonArray>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace syncsites {

/// The hub's people-facing API (auth, admin, status, data; docs/openapi.yaml) for the desktop app, asynchronous
/// over Qt Network: every call returns at once and calls `done` later on this object's thread with a value or an
/// Error. `done` is not called when `context` was destroyed first (a closed page), so pages capture `this`.
///
/// Errors: the hub's own error (its code, e.g. stale_revision, topology_invalid, forbidden, and its message, with
/// `details`), or one of no_network, server_unreachable, timeout, tls_certificate, bad_response, cancelled with a
/// sentence a person can act on. A 401 on a signed-in call also emits signInRequired().
class HubApiClient : public QObject
{
    Q_OBJECT

public:
    template <typename T> using Done = std::function<void(Result<T>)>;

    explicit HubApiClient(QObject* parent = nullptr);
    ~HubApiClient() override;

    /// The hub's base URL, e.g. http://127.0.0.1:8080 (paths are appended).
    void setServer(const QUrl& url);
    QUrl server() const { return m_server; }
    /// A PEM file of certificate authorities to trust besides the system's (empty: system only).
    void setCaCertificateFile(const QString& path);
    /// An HTTP proxy, e.g. http://proxy:3128 (empty: none; the system's settings are not read).
    void setProxy(const QString& proxyUrl);
    /// Per-request timeout (default 30 s).
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void setToken(const QString& token) { m_token = token; }
    QString token() const { return m_token; }

    /// GET /healthz: whether a hub answers at the URL (the set-up wizard's connection test).
    void checkServer(const QObject* context, Done<QJsonObject> done);

    void signIn(const QString& username, const QString& password, const QObject* context, Done<SignedInUser> done);
    void fetchMe(const QObject* context, Done<SignedInUser> done);
    /// Ends the session at the hub (best effort) and forgets the token.
    void signOut();

    void fetchTopology(const QObject* context, Done<RevisedTopology> done);
    void previewTopology(const Topology& topology, const QObject* context, Done<TopologyPreview> done);
    /// PUT the whole network against `revision`; gives the new revision. 409 stale_revision when someone else
    /// changed it meanwhile, 422 topology_invalid with details.violations.
    void replaceTopology(qint64 revision, const Topology& topology, const QObject* context, Done<qint64> done);
    void setSyncType(qint64 revision, const QString& store, const QString& site, SyncType type, const QObject* context,
                     Done<qint64> done);
    /// Newest first; `before` 0 for the newest page.
    void fetchAudit(int limit, qint64 before, const QObject* context, Done<QVector<AuditEntry>> done);

    void fetchSiteStatuses(const QObject* context, Done<SiteStatusList> done);
    /// A site's reported sessions, newest first.
    void fetchSessions(const QString& site, int days, int limit, const QObject* context,
                       Done<QVector<SessionRecord>> done);
    void fetchSummary(int days, const QObject* context, Done<StatusSummary> done);

    /// GET /api/v1/data/stores?client=: the stores a client site works with on its server (the answer as it is:
    /// client, server, stores with code, name, home, sync_type, access).
    void fetchDataStores(const QString& client, const QObject* context, Done<QJsonObject> done);
    /// GET /api/v1/data/{table}?client=&store=&after=&limit=: a page of records ordered by id (the answer as it
    /// is: access, records, next_after).
    void fetchData(const QString& client, const QString& table, const QString& store, const QString& after, int limit,
                   const QObject* context, Done<QJsonObject> done);

    /// Any JSON request to the hub's API, for the typed clients built on this one (HubItemsClient, HubSitesClient,
    /// HubUsersClient): `body` is sent as JSON unless it is undefined; `done` gets the answer's JSON (an empty object
    /// for an empty answer) or the Error as above.
    void request(const QByteArray& verb, const QString& pathAndQuery, const QJsonValue& body, const QObject* context,
                 Done<QJsonValue> done);
    /// A path segment (a site name, a store code, a username), percent-encoded.
    static QString segment(const QString& text);

signals:
    /// The hub refused the token (expired, signed out elsewhere, account disabled): sign in again.
    void signInRequired(const QString& reason);
    /// A request reached the hub (true) or failed for want of a network or server (false).
    void reachabilityChanged(bool reachable);

private:
    using RawDone = std::function<void(Result<QJsonValue>)>;
    void send(const QByteArray& verb, const QString& pathAndQuery, const QByteArray& body, const QObject* context,
              RawDone done);
    void finish(QNetworkReply* reply, const RawDone& done);

    QNetworkAccessManager* m_network;
    QUrl m_server;
    QString m_token;
    QString m_caFile;
    QString m_proxy;
    int m_timeoutMs = 30000;
    bool m_reachable = true;
};

} // namespace syncsites
