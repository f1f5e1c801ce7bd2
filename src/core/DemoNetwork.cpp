#include "DemoNetwork.h"

#include "SplitMix64.h"

#include <QStringList>

#include <algorithm>

namespace syncsites {

namespace {

// Place names are invented; pools are larger than needed so that the seed changes the network.
const char* const districtNames[] = {"Kanda", "Lumo", "Bweni", "Sefa", "Mulanje", "Tabora", "Kisoro", "Ndola"};
const char* const centreNames[] = {"Mafa", "Tiko", "Rasi", "Oru",  "Zanga", "Pemba", "Kilo", "Nara",
                                   "Wote", "Soko", "Bumi", "Lira", "Dedza", "Mzuzu", "Kasa", "Ilala"};

QString latin(const char* s)
{
    return QString::fromLatin1(s);
}

// Shuffles the first `take` names of a pool into a deterministic order for the seed.
QStringList pick(SplitMix64& rng, const char* const* pool, int size, int take)
{
    QStringList names;
    for (int i = 0; i < size; ++i)
        names.append(latin(pool[i]));
    for (int i = size - 1; i > 0; --i)
        names.swapItemsAt(i, int(rng.below(std::uint64_t(i) + 1)));
    return names.mid(0, take);
}

QString storeCode(const QString& place, const char* suffix)
{
    return place.left(3).toUpper() + QLatin1Char('-') + latin(suffix);
}

QVector<DemoItem> demoItems()
{
    // clang-format off
    static const char* const rows[][3] = {
        {"AMOX250", "Amoxicillin 250 mg capsules", "capsule"},
        {"AMOXS125", "Amoxicillin 125 mg/5 ml suspension", "bottle"},
        {"PARA500", "Paracetamol 500 mg tablets", "tablet"},
        {"ORS", "Oral rehydration salts, sachet", "sachet"},
        {"ZINC20", "Zinc sulfate 20 mg dispersible tablets", "tablet"},
        {"AL2012", "Artemether/lumefantrine 20/120 mg tablets", "tablet"},
        {"RDTMAL", "Malaria rapid diagnostic test", "test"},
        {"COTRI480", "Co-trimoxazole 480 mg tablets", "tablet"},
        {"METRO250", "Metronidazole 250 mg tablets", "tablet"},
        {"FEFOL", "Ferrous sulfate + folic acid tablets", "tablet"},
        {"OXY10", "Oxytocin 10 IU/ml injection", "ampoule"},
        {"MGSO4", "Magnesium sulfate 50% injection", "ampoule"},
        {"TLD", "Tenofovir/lamivudine/dolutegravir tablets", "tablet"},
        {"RHZE", "Rifampicin/isoniazid/pyrazinamide/ethambutol tablets", "tablet"},
        {"MRVAC", "Measles-rubella vaccine, 10 doses", "vial"},
        {"BCGVAC", "BCG vaccine, 20 doses", "vial"},
        {"PCV13", "Pneumococcal conjugate vaccine, 4 doses", "vial"},
        {"OPV", "Oral polio vaccine, 20 doses", "vial"},
        {"SYR05", "Auto-disable syringe 0.5 ml", "piece"},
        {"GLOVEM", "Examination gloves, medium", "pair"},
        {"IVNS1L", "Sodium chloride 0.9% infusion, 1 l", "bag"},
        {"CEFTR1G", "Ceftriaxone 1 g injection", "vial"},
        {"SALB100", "Salbutamol 100 mcg inhaler", "inhaler"},
        {"METF500", "Metformin 500 mg tablets", "tablet"},
    };
    // clang-format on
    QVector<DemoItem> items;
    for (const auto& row : rows)
        items.append({latin(row[0]), latin(row[1]), latin(row[2])});
    return items;
}

class Builder
{
public:
    explicit Builder(std::uint64_t seed) : m_rng(seed) {}

    DemoNetwork build()
    {
        const QString central = addSite(QStringLiteral("National Medical Stores"), SiteKind::MsupplyCentral);
        const QString coldHub = addSite(QStringLiteral("National Cold Chain Hub"), SiteKind::OmsCentral);
        const QString cws = addStore(QStringLiteral("CWS"), QStringLiteral("Central Warehouse"), central);
        const QString nvs = addStore(QStringLiteral("NVS"), QStringLiteral("National Vaccine Store"), central);
        addStore(QStringLiteral("CPH"), QStringLiteral("Central Pharmacy"), central);
        addStore(QStringLiteral("QCL"), QStringLiteral("Quality Control Laboratory"), central);
        const QString epi = addStore(QStringLiteral("EPI"), QStringLiteral("EPI Cold Room"), coldHub);
        addStore(QStringLiteral("CCW"), QStringLiteral("Cold Chain Workshop"), coldHub);
        route(nvs, epi);

        // Two provinces: one on a legacy remote server, one on an Open mSupply remote server.
        const struct
        {
            const char* name;
            SiteKind kind;
            const char* code;
        } provinces[] = {{"Northern Province", SiteKind::MsupplyRemote, "NP"},
                         {"Southern Province", SiteKind::OmsRemote, "SP"}};
        const QStringList districts = pick(m_rng, districtNames, int(std::size(districtNames)), 4);
        const QStringList centres = pick(m_rng, centreNames, int(std::size(centreNames)), 8);

        for (int p = 0; p < 2; ++p) {
            const QString provSite =
                addSite(QString::fromLatin1(provinces[p].name) + QStringLiteral(" Server"), provinces[p].kind);
            const QString prefix = latin(provinces[p].code);
            const QString warehouse = addStore(prefix + QStringLiteral("-WH"),
                                               latin(provinces[p].name) + QStringLiteral(" Warehouse"), provSite);
            const QString vaccines = addStore(prefix + QStringLiteral("-VS"),
                                              latin(provinces[p].name) + QStringLiteral(" Vaccine Store"), provSite);
            addStore(prefix + QStringLiteral("-HP"), latin(provinces[p].name) + QStringLiteral(" Hospital Pharmacy"),
                     provSite);
            route(cws, warehouse);
            route(nvs, vaccines);
            if (p == 1)
                addSite(QStringLiteral("Southern Dispensary Desk"), SiteKind::OmsDesktop, provSite);

            const bool omsDistrictFirst = m_rng.chance(50);
            for (int d = 0; d < 2; ++d) {
                const QString district = districts[p * 2 + d];
                // Each province has one district of each family; which one is seeded.
                const bool oms = (d == 0) == omsDistrictFirst;
                const QString dSite = addSite(district + QStringLiteral(" District Hospital"),
                                              oms ? SiteKind::OmsStandalone : SiteKind::MsupplySingleUser);
                const QString pharmacy =
                    addStore(storeCode(district, "PHA"), district + QStringLiteral(" Hospital Pharmacy"), dSite);
                const QString ward =
                    addStore(storeCode(district, "WRD"), district + QStringLiteral(" Ward Store"), dSite);
                addStore(storeCode(district, "LAB"), district + QStringLiteral(" Laboratory"), dSite);
                route(warehouse, pharmacy);
                route(pharmacy, ward);
                // The provincial server keeps read-only copies of its districts' pharmacies for reports.
                setType(pharmacy, provSite, SyncType::Collector);
                if (m_rng.chance(50))
                    setType(ward, provSite, SyncType::Collector);

                const bool androidFirst = m_rng.chance(50);
                for (int c = 0; c < 2; ++c) {
                    const QString centre = centres[(p * 2 + d) * 2 + c];
                    const bool android = (c == 0) == androidFirst;
                    const QString cSite = addSite(centre + QStringLiteral(" Health Centre"),
                                                  android ? SiteKind::OmsAndroid : SiteKind::MsupplyMobile);
                    const QString dispensary =
                        addStore(storeCode(centre, "DSP"), centre + QStringLiteral(" Dispensary"), cSite);
                    const QString maternity =
                        addStore(storeCode(centre, "MAT"), centre + QStringLiteral(" Maternity Store"), cSite);
                    route(pharmacy, dispensary);
                    route(dispensary, maternity);
                    // The district hospital follows its centres' dispensaries for reports, sometimes.
                    if (m_rng.chance(40))
                        setType(dispensary, dSite, SyncType::Collector);
                }
            }
        }
        addSite(QStringLiteral("Central Front Desk"), SiteKind::MsupplyClient, central);
        m_net.items = demoItems();
        return std::move(m_net);
    }

private:
    QString addSite(const QString& name, SiteKind kind, const QString& server = QString())
    {
        Site site;
        site.name = name;
        site.kind = kind;
        const SiteKindInfo& info = siteKindInfo(kind);
        if (info.upstream.contains(Category::Core))
            site.links.insert(Category::Core, QStringLiteral("National Medical Stores"));
        if (info.upstream.contains(Category::Oms))
            site.links.insert(Category::Oms, QStringLiteral("National Cold Chain Hub"));
        site.server = server;
        m_net.topology.putSite(site);
        return name;
    }

    QString addStore(const QString& code, const QString& name, const QString& home)
    {
        m_net.topology.putStore(Store{code, name, home, {}});
        return code;
    }

    // Never downgrades: a Collector entry stays Collector when a route asks for Transfer.
    void setType(const QString& store, const QString& site, SyncType type)
    {
        const SyncType current = m_net.topology.syncType(store, site);
        if (current == SyncType::Active || current == SyncType::Collector)
            return;
        m_net.topology.setSyncType(store, site, type);
    }

    // Makes each store of a route visible on the other's home site, so that both sides can start their part.
    void route(const QString& supplier, const QString& customer)
    {
        m_net.routes.append({supplier, customer});
        const Topology& t = m_net.topology;
        setType(supplier, t.store(customer)->home, SyncType::Transfer);
        setType(customer, t.store(supplier)->home, SyncType::Transfer);
    }

    SplitMix64 m_rng;
    DemoNetwork m_net;
};

} // namespace

DemoNetwork DemoNetwork::generate(std::uint64_t seed)
{
    return Builder(seed).build();
}

} // namespace syncsites
