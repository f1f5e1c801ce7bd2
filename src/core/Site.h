#pragma once

#include "DataCategory.h"
#include "SiteKind.h"

#include <QMap>
#include <QString>

#include <optional>

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

    /// A hub of a category on a server of its own (an oms_central whose `url` is set) takes over that category's
    /// history from the msupply_central's process, which served it until then: it pulls every record of it there,
    /// over a pull-only link, and keeps its own copy where it has one (spec, "Data categories and hubs").
    std::optional<Category> takesHistoryOf() const
    {
        const std::optional<Category> hubOf = info().hubOf;
        if (kind != SiteKind::OmsCentral || url.isEmpty() || !hubOf || links.contains(*hubOf))
            return std::nullopt;
        return hubOf;
    }

    bool operator==(const Site& other) const
    {
        return name == other.name && kind == other.kind && links == other.links && server == other.server &&
               url == other.url;
    }
    bool operator!=(const Site& other) const { return !(*this == other); }
};

} // namespace syncsites
