#include "TopologyValidator.h"

#include <QCoreApplication>

namespace syncsites {

namespace {

// Its sentences, in the translation context "TopologyValidator" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TopologyValidator)
};

QString kindName(SiteKind kind)
{
    return QCoreApplication::translate("SiteKind", siteKindInfo(kind).displayName);
}

QString kindList(const QVector<SiteKind>& kinds)
{
    QStringList names;
    for (SiteKind k : kinds)
        names.append(kindName(k));
    return names.join(QStringLiteral(", "));
}

// "Collector", "Transfer", "Active": how administrators see sync types.
QString typeName(SyncType type)
{
    const QString id = syncTypeId(type);
    return id.left(1).toUpper() + id.mid(1);
}

QString quoted(const QString& s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

class Checker
{
public:
    Checker(const Topology& t, const QSet<QString>& omsStores) : m_t(t), m_omsStores(omsStores) {}

    QVector<Violation> run()
    {
        checkCentral();
        checkOmsCentralCount();
        for (const Site& site : m_t.sites())
            checkSite(site);
        for (const Store& store : m_t.stores())
            checkStore(store);
        return m_out;
    }

private:
    void add(const char* rule, const QString& subject, const QString& message)
    {
        m_out.append({QLatin1String(rule), subject, message});
    }

    void checkCentral()
    {
        int count = 0;
        for (const Site& s : m_t.sites()) {
            if (s.kind != SiteKind::MsupplyCentral)
                continue;
            if (++count > 1)
                add("R1", s.name,
                    Text::tr("There can be only one mSupply Server (Central); \"%1\" is a second one. Change its kind "
                             "to mSupply Server (Remote) or remove it.")
                        .arg(s.name));
        }
        if (count == 0)
            add("R1", QString(),
                Text::tr("The network has no mSupply Server (Central). Add one: every other site syncs through it."));
    }

    void checkOmsCentralCount()
    {
        int count = 0;
        for (const Site& s : m_t.sites()) {
            if (s.kind == SiteKind::OmsCentral && ++count > 1)
                add("R3", s.name,
                    Text::tr("There can be at most one Open mSupply Server (Central); \"%1\" is a second one. Change "
                             "its kind to Open mSupply Server (Remote) or remove it.")
                        .arg(s.name));
        }
    }

    void checkSite(const Site& s)
    {
        const SiteKindInfo& info = s.info();
        if (!info.holdsData) {
            checkClient(s);
            return;
        }
        if (!s.server.isEmpty())
            add("R4", s.name,
                Text::tr("\"%1\" is an %2, which keeps its own data; only mSupply Client and Open mSupply Desktop "
                         "attach to a server. Remove its server.")
                    .arg(s.name, kindName(s.kind)));
        if (s.kind != SiteKind::MsupplyCentral)
            checkLink(s, Category::Core, "R2");
        else if (s.links.contains(Category::Core))
            add("R2", s.name,
                Text::tr("\"%1\" is the mSupply Server (Central), the hub of core data, and links to no other site for "
                         "it. Remove its core link.")
                    .arg(s.name));

        if (info.upstream.contains(Category::Oms)) {
            checkLink(s, Category::Oms, "R3");
        } else if (s.links.contains(Category::Oms)) {
            // Both sentences take the name and the kind, so that one arg() call fills either.
            const QString why = info.hubOf == Category::Oms
                                    ? Text::tr("\"%1\" is the %2, the hub of oms data, and links to no other site for "
                                               "it. Remove its oms link.")
                                    : Text::tr("\"%1\" is an %2, which does not carry Open mSupply (oms) data. "
                                               "Remove its oms link.");
            add("R3", s.name, why.arg(s.name, kindName(s.kind)));
        }
    }

    // A data-holding site's link for a category it must carry: present, and to that category's hub kind.
    void checkLink(const Site& s, Category category, const char* rule)
    {
        const SiteKind hubKind = hubKindOf(category);
        const QString target = s.links.value(category);
        if (target.isEmpty()) {
            add(rule, s.name,
                Text::tr("\"%1\" has no %2 link. Link it to the %3 for %2 data.")
                    .arg(s.name, categoryId(category), kindName(hubKind)));
            return;
        }
        const Site* hub = m_t.site(target);
        if (!hub) {
            add(rule, s.name,
                Text::tr("\"%1\" links for %2 data to \"%3\", which is not a site of this network. Link it to the %4.")
                    .arg(s.name, categoryId(category), target, kindName(hubKind)));
            return;
        }
        if (hub->kind != hubKind)
            add(rule, s.name,
                Text::tr("\"%1\" links for %2 data to \"%3\", an %4. It must link to the %5.")
                    .arg(s.name, categoryId(category), target, kindName(hub->kind), kindName(hubKind)));
    }

    void checkClient(const Site& s)
    {
        const SiteKindInfo& info = s.info();
        if (!s.links.isEmpty())
            add("R4", s.name,
                Text::tr("\"%1\" is an %2, which keeps no data and has no sync links. Remove its links and attach it "
                         "to a server instead.")
                    .arg(s.name, kindName(s.kind)));
        if (s.server.isEmpty()) {
            add("R4", s.name,
                Text::tr("\"%1\" is an %2 but is attached to no server. Attach it to one of: %3.")
                    .arg(s.name, kindName(s.kind), kindList(info.clientServers)));
            return;
        }
        const Site* server = m_t.site(s.server);
        if (!server) {
            add("R4", s.name,
                Text::tr("\"%1\" is attached to \"%2\", which is not a site of this network. Attach it to one of: %3.")
                    .arg(s.name, s.server, kindList(info.clientServers)));
            return;
        }
        if (!info.clientServers.contains(server->kind))
            add("R4", s.name,
                Text::tr("\"%1\" is an %2 attached to \"%3\", an %4. An %2 can attach only to: %5.")
                    .arg(s.name, kindName(s.kind), server->name, kindName(server->kind), kindList(info.clientServers)));
    }

    void checkStore(const Store& st)
    {
        // The code is the subject: it is unique, while names need not be. Messages name the store for people.
        const QString subject = st.code;
        const QString store = st.name.isEmpty() || st.name == st.code
                                  ? quoted(st.code)
                                  : QStringLiteral("%1 (%2)").arg(quoted(st.name), st.code);
        const Site* home = m_t.site(st.home);
        if (st.home.isEmpty())
            add("R5", subject, Text::tr("Store %1 has no Active site. Choose the site where it is edited.").arg(store));
        else if (!home)
            add("R5", subject,
                Text::tr("Store %1 is Active on \"%2\", which is not a site of this network. Choose the site where it "
                         "is edited.")
                    .arg(store, st.home));
        else if (!home->holdsData())
            add("R5", subject,
                Text::tr("Store %1 is Active on \"%2\", an %3 that keeps no data. Make it Active on a site that "
                         "keeps data (the client's server, for example).")
                    .arg(store, home->name, kindName(home->kind)));

        for (auto it = st.visibility.constBegin(); it != st.visibility.constEnd(); ++it) {
            const Site* site = m_t.site(it.key());
            const SyncType type = it.value();
            if (type == SyncType::None)
                continue;
            if (!site && it.key() != st.home) {
                add("R6", subject,
                    Text::tr("Store %1 is %2 on \"%3\", which is not a site of this network. Remove that entry.")
                        .arg(store, typeName(type), it.key()));
                continue;
            }
            if (it.key() == st.home) {
                add("R6", subject,
                    Text::tr("Store %1 lists its home site \"%2\" as %3. The home site is always Active; remove "
                             "that entry.")
                        .arg(store, it.key(), typeName(type)));
                continue;
            }
            if (type == SyncType::Active) {
                add("R5", subject,
                    Text::tr("Store %1 is Active on both \"%2\" and \"%3\". A store is Active on exactly one site: "
                             "make \"%3\" Collector or Transfer, or move the home.")
                        .arg(store, st.home, it.key()));
                continue;
            }
            if (site && !site->holdsData()) {
                add("R6", subject,
                    Text::tr("Store %1 is %2 on \"%3\", an %4 that keeps no data. Clients see their server's "
                             "stores; remove that entry.")
                        .arg(store, typeName(type), site->name, kindName(site->kind)));
                continue;
            }
            if (site && site->kind == SiteKind::MsupplyCentral && type != SyncType::Collector)
                add("R6", subject,
                    Text::tr("Store %1 is %2 on the mSupply Server (Central), which always holds every store it "
                             "is not home to as Collector. Remove that entry.")
                        .arg(store, typeName(type)));
        }

        if (m_omsStores.contains(st.code) && home && !home->info().openMsupply)
            add("R7", subject,
                Text::tr("Store %1 holds Open mSupply data (assets), but its home \"%2\" is an %3, which cannot "
                         "hold it. Keep its home on an Open mSupply site.")
                    .arg(store, home->name, kindName(home->kind)));
    }

    const Topology& m_t;
    const QSet<QString>& m_omsStores;
    QVector<Violation> m_out;
};

} // namespace

QVector<Violation> TopologyValidator::validate(const Topology& topology, const QSet<QString>& storesWithOmsData)
{
    return Checker(topology, storesWithOmsData).run();
}

} // namespace syncsites
