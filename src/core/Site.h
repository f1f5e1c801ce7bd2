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
    /// The links the site syncs: `links`, and for an oms_central without a server of its own (the default, where
    /// the msupply_central's process serves `oms` too) a link for `oms` to itself, served by that process like an
    /// oms_standalone's, so that its staff record `oms` data for its Active stores (spec, "Data categories and hubs").
    QMap<Category, QString> syncLinks() const
    {
        if (kind != SiteKind::OmsCentral || !url.isEmpty() || links.contains(Category::Oms))
            return links;
        QMap<Category, QString> out = links;
        out.insert(Category::Oms, name);
        return out;
    }

    bool operator==(const Site& other) const
    {
        return name == other.name && kind == other.kind && links == other.links && server == other.server &&
               url == other.url;
    }
    bool operator!=(const Site& other) const { return !(*this == other); }
};

} // namespace syncsites
