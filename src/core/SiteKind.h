#pragma once

#include "DataCategory.h"

#include <QLatin1String>
#include <QString>
#include <QStringView>
#include <QVector>

#include <optional>

namespace syncsites {

/// The ten kinds of installation named in the seed document.
enum class SiteKind
{
    MsupplyCentral,
    MsupplyRemote,
    MsupplySingleUser,
    MsupplyMobile,
    MsupplyClient,
    OmsCentral,
    OmsRemote,
    OmsStandalone,
    OmsAndroid,
    OmsDesktop,
};

/// Everything the software needs to know about a kind, as one row of data. Rules read these fields instead
/// of switching on the kind, so a new kind is one new row.
struct SiteKindInfo
{
    SiteKind kind;
    QLatin1String id;                      ///< identifier in files, the database and the API
    const char* displayName;               ///< the seed's name, e.g. "mSupply Server (Central)"
    bool holdsData;                        ///< keeps a local database (false for the two client kinds)
    bool openMsupply;                      ///< an Open mSupply kind: may carry `oms` data
    bool servesClients;                    ///< client kinds may attach to it
    std::optional<Category> hubOf;         ///< the category this kind is the hub of, if any
    QVector<Category> upstream;            ///< categories it links upstream for (one link each)
    QVector<SiteKind> clientServers;       ///< client kinds: the server kinds it may attach to
    QVector<SiteKind> collectorReadableOn; ///< client kinds: server kinds whose Collector stores it may read
};

/// The row for a kind.
const SiteKindInfo& siteKindInfo(SiteKind kind);

/// All ten rows, in the order of the enum.
const QVector<SiteKindInfo>& allSiteKinds();

QString siteKindId(SiteKind kind);
std::optional<SiteKind> siteKindFromId(QStringView id);

/// The kind whose sites are the hub of a category: msupply_central for core, oms_central for oms.
SiteKind hubKindOf(Category category);

} // namespace syncsites
