#include "LinkFiguresModel.h"

#include <QJsonObject>
#include <QLocale>

namespace syncsites::ui {

namespace {

const char* keyOf(int column)
{
    switch (column) {
    case LinkFiguresModel::LinkColumn:
        return "category";
    case LinkFiguresModel::HubColumn:
        return "hub";
    case LinkFiguresModel::PushedColumn:
        return "pushed";
    case LinkFiguresModel::PulledColumn:
        return "pulled";
    case LinkFiguresModel::RejectedColumn:
        return "rejected";
    case LinkFiguresModel::DurationColumn:
        return "duration_ms";
    default:
        return "";
    }
}

} // namespace

LinkFiguresModel::LinkFiguresModel(QObject* parent) : QAbstractTableModel(parent) {}

void LinkFiguresModel::setLinks(const QJsonArray& links)
{
    beginResetModel();
    m_links = links;
    endResetModel();
}

int LinkFiguresModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_links.size());
}

int LinkFiguresModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LinkFiguresModel::formatDuration(qint64 ms)
{
    if (ms < 0)
        return QString();
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60000)
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    return tr("%1 min %2 s").arg(ms / 60000).arg((ms % 60000) / 1000);
}

QVariant LinkFiguresModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const QJsonObject link = m_links.at(index.row()).toObject();
    const QJsonValue value = link.value(QLatin1String(keyOf(index.column())));
    if (role == Qt::TextAlignmentRole)
        return index.column() >= PushedColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return QVariant();
    if (value.isUndefined() || value.isNull())
        return QVariant();
    switch (index.column()) {
    case LinkColumn:
    case HubColumn:
        return value.toString();
    case DurationColumn:
        return role == Qt::EditRole ? QVariant(value.toInteger()) : QVariant(formatDuration(value.toInteger()));
    default:
        return role == Qt::EditRole ? QVariant(value.toInteger()) : QVariant(QLocale().toString(value.toInteger()));
    }
}

QVariant LinkFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LinkColumn:
        return tr("Link");
    case HubColumn:
        return tr("Hub");
    case PushedColumn:
        return tr("Pushed");
    case PulledColumn:
        return tr("Pulled");
    case RejectedColumn:
        return tr("Rejected");
    case DurationColumn:
        return tr("Duration");
    default:
        return QVariant();
    }
}

} // namespace syncsites::ui
