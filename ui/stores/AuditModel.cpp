#include "AuditModel.h"

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
        const QString label = QString(key).replace(QLatin1Char('_'), QLatin1Char(' '));
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
                parts.append(tr("%1: %2").arg(QString(in.key()).replace(QLatin1Char('_'), QLatin1Char(' ')),
                                              shown.join(QStringLiteral(", "))));
            }
        } else if (value.isString() || value.isDouble() || value.isBool()) {
            parts.append(tr("%1: %2").arg(label, value.toVariant().toString()));
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
        return e.action;
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
