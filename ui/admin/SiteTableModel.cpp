#include "SiteTableModel.h"

#include <QLocale>

namespace syncsites::ui {

SiteTableModel::SiteTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void SiteTableModel::setSites(const QVector<AdminSite>& sites)
{
    beginResetModel();
    m_sites = sites;
    endResetModel();
}

const AdminSite* SiteTableModel::site(int row) const
{
    return row >= 0 && row < m_sites.size() ? &m_sites[row] : nullptr;
}

int SiteTableModel::rowOf(const QString& name) const
{
    for (int i = 0; i < m_sites.size(); ++i) {
        if (m_sites[i].name == name)
            return i;
    }
    return -1;
}

int SiteTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sites.size());
}

int SiteTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SiteTableModel::text(const AdminSite& site, int column) const
{
    switch (column) {
    case Name:
        return site.name;
    case Kind:
        return QString::fromUtf8(siteKindInfo(site.kind).displayName);
    case Server:
        return site.server;
    case Url:
        return site.url;
    case Installation: // the central server does not sync with a secret: nothing binds it
        if (!site.holdsData() || site.kind == SiteKind::MsupplyCentral)
            return QString();
        return site.installationId.isEmpty() ? tr("not bound") : site.installationId;
    case LastContact:
        if (site.kind == SiteKind::MsupplyCentral || !site.holdsData())
            return QString();
        return site.lastContact.isValid() ? QLocale().toString(site.lastContact.toLocalTime(), QLocale::ShortFormat)
                                          : tr("never");
    case ActiveStores:
        return site.activeStores.join(QStringLiteral(", "));
    default:
        return QString();
    }
}

QVariant SiteTableModel::data(const QModelIndex& index, int role) const
{
    const AdminSite* s = index.isValid() ? site(index.row()) : nullptr;
    if (!s)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return text(*s, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Installation && !s->installationId.isEmpty())
            return tr("This site syncs only from the installation %1 until its binding is released.")
                .arg(s->installationId);
        if (index.column() == LastContact && s->lastContact.isValid())
            return tr("The end of the newest sync session %1 reported: %2")
                .arg(s->name, QLocale().toString(s->lastContact.toLocalTime(), QLocale::LongFormat));
        if (index.column() == ActiveStores && !s->activeStores.isEmpty())
            return tr("%n store(s) Active on this site", nullptr, int(s->activeStores.size()));
        return text(*s, index.column());
    case Qt::UserRole:
        return s->name;
    default:
        return {};
    }
}

QVariant SiteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Site");
    case Kind:
        return tr("Kind");
    case Server:
        return tr("Server");
    case Url:
        return tr("URL");
    case Installation:
        return tr("Installation");
    case LastContact:
        return tr("Last contact");
    case ActiveStores:
        return tr("Active stores");
    default:
        return {};
    }
}

} // namespace syncsites::ui
