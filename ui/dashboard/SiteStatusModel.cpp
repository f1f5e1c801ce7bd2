#include "SiteStatusModel.h"

#include "SyncFailure.h"
#include "Theme.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <limits>

namespace syncsites::ui {

namespace {

QIcon healthDot(SyncHealth health)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(syncHealthColor(health));
    painter.drawEllipse(QRectF(2, 2, 12, 12));
    return QIcon(pixmap);
}

QString errorText(const SiteStatus& s)
{
    // What happened to that site in the reader's words, not the site's message to its own user ("This computer is
    // ..."); the code stays in the tooltip, for support.
    if (s.errorMessage.isEmpty() && s.errorCode.isEmpty())
        return QString();
    return SyncFailure::seenFromElsewhere(s.errorCode, s.errorMessage);
}

} // namespace

SiteStatusModel::SiteStatusModel(QObject* parent) : QAbstractTableModel(parent)
{
    for (SyncHealth h : allSyncHealths)
        m_healthIcons[int(h)] = healthDot(h);
}

void SiteStatusModel::setStatuses(const SiteStatusList& list)
{
    beginResetModel();
    m_list = list;
    m_rows.clear();
    m_rows.reserve(list.sites.size());
    const QDateTime now = list.serverTime.isValid() ? list.serverTime : QDateTime::currentDateTimeUtc();
    for (const SiteStatus& s : list.sites) {
        Row r;
        r.status = s;
        r.kindName = QCoreApplication::translate("SiteKind", siteKindInfo(s.kind).displayName);
        if (s.lastSuccess.isValid()) {
            r.ageSeconds = qMax<qint64>(0, s.lastSuccess.secsTo(now));
            r.successEpoch = s.lastSuccess.toSecsSinceEpoch();
        }
        r.searchKey = QStringList{s.name, r.kindName, s.server, s.errorCode, s.errorMessage, errorText(s), s.appVersion}
                          .join(QLatin1Char('\n'))
                          .toLower();
        m_rows.append(std::move(r));
    }
    endResetModel();
}

int SiteStatusModel::rowOf(const QString& site) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).status.name == site)
            return i;
    return -1;
}

int SiteStatusModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SiteStatusModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SiteStatusModel::formatAge(qint64 seconds)
{
    if (seconds < 0)
        return tr("never");
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min").arg(seconds / 60);
    if (seconds < 86400)
        return tr("%1 h").arg(seconds / 3600);
    return tr("%1 d").arg(seconds / 86400);
}

bool SiteStatusModel::syncsItself(const SiteStatus& status)
{
    return status.role.isEmpty() || status.role == QLatin1String("site");
}

QVariant SiteStatusModel::displayData(const Row& r, int column) const
{
    const SiteStatus& s = r.status;
    if (!syncsItself(s) && (column == LastSuccessColumn || column == AgeColumn || column == HealthColumn))
        return tr("not applicable");
    switch (column) {
    case NameColumn:
        return s.name;
    case KindColumn:
        return r.kindName;
    case LastSuccessColumn:
        return s.lastSuccess.isValid() ? QLocale().toString(s.lastSuccess.toLocalTime(), QLocale::ShortFormat)
                                       : tr("never");
    case AgeColumn:
        return formatAge(r.ageSeconds);
    case HealthColumn:
        return syncHealthLabel(s.health);
    case WaitingColumn:
        return s.waiting < 0 ? QVariant() : QVariant(QLocale().toString(s.waiting));
    case LastErrorColumn:
        return errorText(s);
    case AppVersionColumn:
        return s.appVersion;
    default:
        return QVariant();
    }
}

QVariant SiteStatusModel::sortData(const Row& r, int column) const
{
    switch (column) {
    case LastSuccessColumn:
        return r.successEpoch;
    case AgeColumn:
        // Never synced sorts as the oldest.
        return r.ageSeconds < 0 ? std::numeric_limits<qint64>::max() : r.ageSeconds;
    case HealthColumn:
        return syncsItself(r.status) ? int(r.status.health) : -1;
    case WaitingColumn:
        return r.status.waiting;
    default:
        return displayData(r, column);
    }
}

QVariant SiteStatusModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row& r = m_rows.at(index.row());
    const SiteStatus& s = r.status;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(r, index.column());
    case Qt::DecorationRole:
        return index.column() == HealthColumn && syncsItself(s) ? QVariant(m_healthIcons[int(s.health)]) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == HealthColumn && syncsItself(s))
            return Theme::healthTextColor(s.health); // text: the shade that reads at 4.5:1 on this theme
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == AgeColumn || index.column() == WaitingColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case Qt::ToolTipRole:
        if (!syncsItself(s) &&
            (index.column() == LastSuccessColumn || index.column() == AgeColumn || index.column() == HealthColumn))
            return s.role == QLatin1String("client")
                       ? tr("A client does not sync on its own: its data goes through its server %1.").arg(s.server)
                       : tr("The hub does not sync on its own: the sites sync with it.");
        if (index.column() == LastErrorColumn && !s.errorCode.isEmpty()) // the site's own words and the code
            return tr("%1 (%2)").arg(s.errorMessage, s.errorCode);
        if (index.column() == NameColumn && s.role == QLatin1String("client"))
            return tr("Client of %1").arg(s.server);
        if (index.column() == LastSuccessColumn && s.lastAttempt.isValid())
            return tr("Last attempt: %1").arg(QLocale().toString(s.lastAttempt.toLocalTime(), QLocale::LongFormat));
        return QVariant();
    case SortRole:
        return sortData(r, index.column());
    case ExportRole:
        switch (index.column()) {
        case LastSuccessColumn:
            if (!syncsItself(s))
                return displayData(r, index.column());
            return s.lastSuccess.isValid() ? s.lastSuccess.toUTC().toString(Qt::ISODate) : QString();
        case WaitingColumn:
            return s.waiting < 0 ? QString() : QString::number(s.waiting);
        default:
            return displayData(r, index.column());
        }
    case SiteNameRole:
        return s.name;
    case HealthRole:
        return int(s.health);
    case KindRole:
        return int(s.kind);
    case HealthColourRole:
        return syncsItself(s) ? QVariant(syncHealthColor(s.health)) : QVariant();
    default:
        return QVariant();
    }
}

QVariant SiteStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Site");
    case KindColumn:
        return tr("Kind");
    case LastSuccessColumn:
        return tr("Last success");
    case AgeColumn:
        return tr("Age");
    case HealthColumn:
        return tr("Health");
    case WaitingColumn:
        return tr("Waiting");
    case LastErrorColumn:
        return tr("Last error");
    case AppVersionColumn:
        return tr("Version");
    default:
        return QVariant();
    }
}

} // namespace syncsites::ui
