#pragma once

#include "DataCategory.h"
#include "Result.h"
#include "SiteKind.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <QVector>

namespace syncsites {

/// One site as GET /api/v1/admin/sites lists it: the topology's fields, the stores Active on it, the installation
/// it is bound to and its last contact with the hub.
struct AdminSite
{
    QString name;
    SiteKind kind = SiteKind::MsupplySingleUser;
    QString server; ///< a client's server site; empty for others
    QString url;    ///< empty when none
    QMap<Category, QString> links;
    QStringList activeStores;
    QString installationId; ///< empty when no installation is bound
    QDateTime lastContact;  ///< invalid when the site never reported a session

    bool holdsData() const { return siteKindInfo(kind).holdsData; }
    static Result<AdminSite> fromJson(const QJsonObject& json);
};

/// The answer of GET /api/v1/admin/sites: every site, by name, at one topology revision.
struct AdminSiteList
{
    qint64 revision = 0;
    QVector<AdminSite> sites;

    static Result<AdminSiteList> fromJson(const QJsonObject& json);
};

/// The answer of an edit of the network (a site or a store added, changed, removed): the new revision, whether
/// nothing changed, and the secrets of data-holding sites that got their first one (shown once, never again).
struct EditResult
{
    qint64 revision = 0;
    bool unchanged = false;
    QMap<QString, QString> newSiteSecrets; ///< site name → its first secret

    static Result<EditResult> fromJson(const QJsonObject& json);
};

} // namespace syncsites
