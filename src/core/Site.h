#pragma once

#include "DataCategory.h"
#include "SiteKind.h"

#include <QMap>
#include <QString>

namespace syncsites {

/// One installation in the network. Names are unique and are how topology files refer to sites.
struct Site
{
    QString name;
    SiteKind kind = SiteKind::MsupplySingleUser;
    QMap<Category, QString> links; ///< upstream hub site per category it carries
    QString server;                ///< client kinds: the server site it is attached to
    QString url;                   ///< optional: where this site's server listens (hubs and servers)

    const SiteKindInfo& info() const { return siteKindInfo(kind); }
    bool holdsData() const { return info().holdsData; }
    bool isClient() const { return !info().holdsData; }
    bool carries(Category category) const { return links.contains(category) || info().hubOf == category; }

    bool operator==(const Site& other) const
    {
        return name == other.name && kind == other.kind && links == other.links && server == other.server &&
               url == other.url;
    }
    bool operator!=(const Site& other) const { return !(*this == other); }
};

} // namespace syncsites
