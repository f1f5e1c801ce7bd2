#include "TopologyChanges.h"

#include "SyncTypeStyle.h"

#include <QCoreApplication>
#include <QSet>

namespace syncsites::ui {

namespace {

// Its sentences, in the translation context "TopologyChanges" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TopologyChanges)
};

QString typeText(SyncType type)
{
    return type == SyncType::None ? Text::tr("not visible") : SyncTypeStyle::label(type);
}

} // namespace

TopologyChanges TopologyChanges::between(const Topology& before, const Topology& after)
{
    TopologyChanges out;
    for (const Site& s : after.sites()) {
        const Site* old = before.site(s.name);
        if (!old)
            out.m_lines.append(Text::tr("Site \"%1\" was added.").arg(s.name));
        else if (*old != s)
            out.m_lines.append(Text::tr("Site \"%1\" was changed (kind, links or server).").arg(s.name));
    }
    for (const Site& s : before.sites()) {
        if (!after.site(s.name))
            out.m_lines.append(Text::tr("Site \"%1\" was removed.").arg(s.name));
    }
    for (const Store& st : before.stores()) {
        if (!after.store(st.code))
            out.m_lines.append(Text::tr("Store %1 was removed.").arg(st.code));
    }
    for (const Store& st : after.stores()) {
        const Store* old = before.store(st.code);
        if (!old) {
            out.m_lines.append(Text::tr("Store %1 was added (home: %2).").arg(st.code, st.home));
            continue;
        }
        if (*old == st)
            continue;
        if (old->name != st.name)
            out.m_lines.append(Text::tr("Store %1 was renamed to \"%2\".").arg(st.code, st.name));
        // Only the sites either version names can differ (and the central server's implied Collector).
        QStringList names{old->home, st.home};
        names += old->visibility.keys();
        names += st.visibility.keys();
        if (const Site* central = after.central())
            names.append(central->name);
        QSet<QString> seen;
        for (const Site& s : after.sites()) {
            if (!s.holdsData() || !names.contains(s.name) || seen.contains(s.name))
                continue;
            seen.insert(s.name);
            const SyncType b = before.syncType(st.code, s.name);
            const SyncType a = after.syncType(st.code, s.name);
            if (a != b)
                out.m_cells.append({st.code, s.name, b, a});
        }
    }
    return out;
}

QStringList TopologyChanges::describe() const
{
    QStringList lines = m_lines;
    for (const Cell& c : m_cells)
        lines.append(Text::tr("%1 on %2: %3 → %4").arg(c.store, c.site, typeText(c.before), typeText(c.after)));
    return lines;
}

bool TopologyChanges::touches(const QString& store, const QString& site) const
{
    for (const Cell& c : m_cells) {
        if (c.store == store && c.site == site)
            return true;
    }
    return false;
}

} // namespace syncsites::ui
