#include "AuditModel.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace syncsites::ui {

void AuditModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void AuditModel::append(const QVector<AuditEntry>& entries)
{
    if (entries.isEmpty())
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + entries.size()) - 1);
    m_entries += entries;
    endInsertRows();
}

QString AuditModel::actionText(const QString& action)
{
    // The hub's action ids (docs/protocol.md, "Audit") in words; an id this version does not know is shown as is.
    static const QHash<QString, const char*> words{
        {QStringLiteral("topology.import"), QT_TR_NOOP("Network replaced from a file")},
        {QStringLiteral("store.sync_type"), QT_TR_NOOP("Sync type changed")},
        {QStringLiteral("site.add"), QT_TR_NOOP("Site added")},
        {QStringLiteral("site.edit"), QT_TR_NOOP("Site changed")},
        {QStringLiteral("site.remove"), QT_TR_NOOP("Site removed")},
        {QStringLiteral("site.secret"), QT_TR_NOOP("New site secret")},
        {QStringLiteral("site.release_binding"), QT_TR_NOOP("Site's installation released")},
        {QStringLiteral("store.add"), QT_TR_NOOP("Store added")},
        {QStringLiteral("store.edit"), QT_TR_NOOP("Store changed")},
        {QStringLiteral("item.add"), QT_TR_NOOP("Item added")},
        {QStringLiteral("item.edit"), QT_TR_NOOP("Item changed")},
        {QStringLiteral("item.delete"), QT_TR_NOOP("Item deleted")},
        {QStringLiteral("item.import"), QT_TR_NOOP("Items imported")},
        {QStringLiteral("user.add"), QT_TR_NOOP("User added")},
        {QStringLiteral("user.edit"), QT_TR_NOOP("User changed")},
    };
    const auto it = words.constFind(action);
    return it == words.constEnd() ? action : tr(it.value());
}

QString AuditModel::fieldText(const QString& key)
{
    static const QHash<QString, const char*> words{
        {QStringLiteral("name"), QT_TR_NOOP("name")},
        {QStringLiteral("kind"), QT_TR_NOOP("kind")},
        {QStringLiteral("server"), QT_TR_NOOP("server")},
        {QStringLiteral("home"), QT_TR_NOOP("home site")},
        {QStringLiteral("home_site"), QT_TR_NOOP("home site")},
        {QStringLiteral("visibility"), QT_TR_NOOP("sync types")},
        {QStringLiteral("sync_type"), QT_TR_NOOP("sync type")},
        {QStringLiteral("site"), QT_TR_NOOP("site")},
        {QStringLiteral("sites"), QT_TR_NOOP("sites")},
        {QStringLiteral("stores"), QT_TR_NOOP("stores")},
        {QStringLiteral("code"), QT_TR_NOOP("code")},
        {QStringLiteral("unit"), QT_TR_NOOP("unit")},
        {QStringLiteral("pack_size"), QT_TR_NOOP("pack size")},
        {QStringLiteral("active"), QT_TR_NOOP("active")},
        {QStringLiteral("full_name"), QT_TR_NOOP("full name")},
        {QStringLiteral("role"), QT_TR_NOOP("role")},
        {QStringLiteral("password"), QT_TR_NOOP("password")},
        {QStringLiteral("password_generated"), QT_TR_NOOP("password made by the server")},
        {QStringLiteral("released"), QT_TR_NOOP("released")},
        {QStringLiteral("installation_id"), QT_TR_NOOP("installation")},
        {QStringLiteral("actions"), QT_TR_NOOP("data to send or drop at sites")},
        {QStringLiteral("new_site_secrets_for"), QT_TR_NOOP("new secrets for")},
        {QStringLiteral("sites_added"), QT_TR_NOOP("sites added")},
        {QStringLiteral("sites_changed"), QT_TR_NOOP("sites changed")},
        {QStringLiteral("sites_removed"), QT_TR_NOOP("sites removed")},
        {QStringLiteral("stores_added"), QT_TR_NOOP("stores added")},
        {QStringLiteral("stores_changed"), QT_TR_NOOP("stores changed")},
        {QStringLiteral("stores_removed"), QT_TR_NOOP("stores removed")},
        {QStringLiteral("created"), QT_TR_NOOP("created")},
        {QStringLiteral("updated"), QT_TR_NOOP("updated")},
        {QStringLiteral("unchanged"), QT_TR_NOOP("unchanged")},
        {QStringLiteral("refused"), QT_TR_NOOP("refused")},
    };
    const auto it = words.constFind(key);
    return it == words.constEnd() ? QString(key).replace(QLatin1Char('_'), QLatin1Char(' ')) : tr(it.value());
}

QString AuditModel::summarise(const QJsonObject& details)
{
    QStringList parts;
    const qint64 from = details.value(QLatin1String("from_revision")).toInteger(-1);
    const qint64 to = details.value(QLatin1String("revision")).toInteger(-1);
    if (from >= 0 && to >= 0)
        parts.append(tr("revision %1 → %2").arg(from).arg(to));
    else if (to >= 0)
        parts.append(tr("revision %1").arg(to));
    for (auto it = details.constBegin(); it != details.constEnd(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("from_revision") || key == QLatin1String("revision"))
            continue;
        const QString label = fieldText(key);
        const QJsonValue value = it.value();
        if (value.isArray()) {
            if (!value.toArray().isEmpty())
                parts.append(tr("%1: %2").arg(label).arg(value.toArray().size()));
        } else if (value.isObject()) {
            // The "changes" object: lists of names per kind of change.
            const QJsonObject inner = value.toObject();
            for (auto in = inner.constBegin(); in != inner.constEnd(); ++in) {
                const QJsonArray names = in.value().toArray();
                if (names.isEmpty())
                    continue;
                QStringList shown;
                for (int i = 0; i < names.size() && i < 3; ++i)
                    shown.append(names[i].toString());
                if (names.size() > 3)
                    shown.append(tr("+%1 more").arg(names.size() - 3));
                parts.append(tr("%1: %2").arg(fieldText(in.key()), shown.join(QStringLiteral(", "))));
            }
        } else if (value.isBool()) {
            parts.append(tr("%1: %2").arg(label, value.toBool() ? tr("yes") : tr("no")));
        } else if (value.isDouble()) {
            parts.append(tr("%1: %2").arg(label, QLocale().toString(value.toInteger())));
        } else if (value.isString()) {
            parts.append(tr("%1: %2").arg(label, value.toString()));
        }
    }
    return parts.join(QStringLiteral("; "));
}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry& e = m_entries[index.row()];
    if (role == Qt::ToolTipRole && index.column() == DetailsColumn)
        return QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Indented));
    if (role == Qt::ToolTipRole && index.column() == ActionColumn)
        return e.action; // the id, for support and the API
    if (role == Qt::ToolTipRole && index.column() == WhenColumn)
        return QLocale().toString(e.at.toLocalTime(), QLocale::LongFormat);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
    case WhoColumn:
        return e.username;
    case ActionColumn:
        return actionText(e.action);
    case SubjectColumn:
        return e.subject;
    case DetailsColumn:
        return summarise(e.details);
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case ActionColumn:
        return tr("Action");
    case SubjectColumn:
        return tr("Subject");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace syncsites::ui
