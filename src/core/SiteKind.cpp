#include "SiteKind.h"

namespace syncsites {

namespace {

using K = SiteKind;
using C = Category;

QVector<SiteKindInfo> buildKinds()
{
    using L = QLatin1String;
    const QVector<C> coreOnly{C::Core};
    const QVector<C> coreAndOms{C::Core, C::Oms};
    // clang-format off
    return {
        // kind               id                          seed name                           data   oms    serves hub        upstream    client of / reads Collector on
        {K::MsupplyCentral,    L("msupply_central"),     "mSupply Server (Central)",          true,  false, true,  C::Core,     {},         {}, {}},
        {K::MsupplyRemote,     L("msupply_remote"),      "mSupply Server (Remote)",           true,  false, true,  std::nullopt, coreOnly,  {}, {}},
        {K::MsupplySingleUser, L("msupply_single_user"), "mSupply Single User",               true,  false, false, std::nullopt, coreOnly,  {}, {}},
        {K::MsupplyMobile,     L("msupply_mobile"),      "mSupply Mobile (Android)",          true,  false, false, std::nullopt, coreOnly,  {}, {}},
        {K::MsupplyClient,     L("msupply_client"),      "mSupply Client",                    false, false, false, std::nullopt, {},
            {K::MsupplyCentral, K::MsupplyRemote}, {K::MsupplyCentral}},
        {K::OmsCentral,        L("oms_central"),         "Open mSupply Server (Central)",     true,  true,  true,  C::Oms,      coreOnly,   {}, {}},
        {K::OmsRemote,         L("oms_remote"),          "Open mSupply Server (Remote)",      true,  true,  true,  std::nullopt, coreAndOms, {}, {}},
        {K::OmsStandalone,     L("oms_standalone"),      "Open mSupply Standalone",           true,  true,  false, std::nullopt, coreAndOms, {}, {}},
        {K::OmsAndroid,        L("oms_android"),         "Open mSupply Android",              true,  true,  true,  std::nullopt, coreAndOms, {}, {}},
        {K::OmsDesktop,        L("oms_desktop"),         "Open mSupply Desktop",              false, true,  false, std::nullopt, {},
            {K::OmsCentral, K::OmsRemote, K::OmsAndroid}, {}},
    };
    // clang-format on
}

} // namespace

const QVector<SiteKindInfo>& allSiteKinds()
{
    static const QVector<SiteKindInfo> kinds = buildKinds();
    return kinds;
}

const SiteKindInfo& siteKindInfo(SiteKind kind)
{
    return allSiteKinds()[static_cast<int>(kind)];
}

QString siteKindId(SiteKind kind)
{
    return siteKindInfo(kind).id;
}

std::optional<SiteKind> siteKindFromId(QStringView id)
{
    for (const SiteKindInfo& info : allSiteKinds()) {
        if (id.compare(info.id) == 0)
            return info.kind;
    }
    return std::nullopt;
}

SiteKind hubKindOf(Category category)
{
    return category == Category::Core ? SiteKind::MsupplyCentral : SiteKind::OmsCentral;
}

} // namespace syncsites
