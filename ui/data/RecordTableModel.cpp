#include "RecordTableModel.h"

#include <QDateTime>
#include <QJsonValue>

namespace syncsites::ui {

namespace {

// "available_packs" -> "Available packs"
QString heading(QLatin1String column)
{
    QString text = QString(column).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (text.endsWith(QLatin1String(" id")) && text != QLatin1String("id"))
        text.chop(3);
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

bool isNumber(ColumnType type)
{
    return type == ColumnType::Integer || type == ColumnType::Real;
}

} // namespace

RecordTableModel::RecordTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void RecordTableModel::setDatabase(Database* database)
{
    m_database = database;
    resetRows();
}

void RecordTableModel::setQuery(const RecordQuery& query)
{
    m_query = query;
    resetRows();
}

void RecordTableModel::reload()
{
    resetRows();
}

void RecordTableModel::resetRows()
{
    beginResetModel();
    m_rows.clear();
    m_columns.clear();
    m_total = -1;
    m_complete = true;
    const TableSchema* schema = TableSchema::find(m_query.table);
    QString error;
    if (m_database != nullptr && schema != nullptr) {
        const bool oneStore = schema->hasStore() && !m_query.storeCode.isEmpty();
        const ColumnSchema* id = nullptr;
        for (const ColumnSchema& column : schema->columns()) {
            if (column.name == QLatin1String("id"))
                id = &column;
            else if (!(oneStore && column.name == QLatin1String("store_id")))
                m_columns.append(&column);
        }
        if (id != nullptr)
            m_columns.append(id);
        ReplicaBrowser browser(*m_database);
        Result<QHash<QString, QString>> labels = browser.referenceLabels();
        m_labels = labels ? *labels : QHash<QString, QString>();
        Result<qint64> total = browser.count(m_query);
        Result<QVector<QJsonObject>> first =
            total ? browser.page(m_query, QString(), pageSize) : Result<QVector<QJsonObject>>(total.error());
        if (first) {
            m_total = *total;
            m_rows = *first;
            m_complete = m_rows.size() < pageSize;
        } else {
            error = first.error().message;
        }
    }
    endNotifying([this] { endResetModel(); });
    emit totalCountChanged(m_total);
    if (!error.isEmpty())
        emit loadFailed(error);
}

void RecordTableModel::endNotifying(const std::function<void()>& end)
{
    // Listeners may call fetchMore() while the reset or insertion is announced; rows must not change then.
    m_notifying = true;
    end();
    m_notifying = false;
}

QJsonObject RecordTableModel::record(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QJsonObject();
}

int RecordTableModel::columnOf(QStringView field) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i)->name == field)
            return i;
    }
    return -1;
}

int RecordTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString RecordTableModel::display(const ColumnSchema& column, const QJsonValue& value) const
{
    if (value.isNull() || value.isUndefined())
        return QString();
    switch (column.type) {
    case ColumnType::Boolean:
        return value.toBool() ? tr("Yes") : tr("No");
    case ColumnType::Integer:
    case ColumnType::Real:
        return QString::number(value.toDouble(), 'g', 15);
    case ColumnType::Timestamp: {
        const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : value.toString();
    }
    case ColumnType::Text:
    case ColumnType::Date:
        break;
    }
    if (!QString(column.references).isEmpty())
        return m_labels.value(value.toString(), value.toString());
    return value.toString();
}

QVariant RecordTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const QJsonObject& row = m_rows.at(index.row());
    const ColumnSchema& column = *m_columns.at(index.column());
    const QJsonValue value = row.value(QString(column.name));
    switch (role) {
    case Qt::DisplayRole:
        return display(column, value);
    case Qt::ToolTipRole:
        if (!QString(column.references).isEmpty() && value.isString())
            return tr("%1 (id %2)").arg(display(column, value), value.toString());
        return QVariant();
    case Qt::TextAlignmentRole:
        if (isNumber(column.type))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case RecordIdRole:
        return row.value(QLatin1String("id")).toString();
    case RawValueRole:
        return value.toVariant();
    default:
        break;
    }
    return QVariant();
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return heading(m_columns.at(section)->name);
    if (role == Qt::ToolTipRole)
        return QString(m_columns.at(section)->name);
    return QVariant();
}

bool RecordTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_database != nullptr && !m_complete && !m_notifying;
}

void RecordTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const QString after = m_rows.isEmpty() ? QString() : m_rows.last().value(QLatin1String("id")).toString();
    Result<QVector<QJsonObject>> page = ReplicaBrowser(*m_database).page(m_query, after, pageSize);
    if (!page) {
        m_complete = true;
        emit loadFailed(page.error().message);
        return;
    }
    m_complete = page->size() < pageSize;
    if (page->isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows += *page;
    endNotifying([this] { endInsertRows(); });
}

} // namespace syncsites::ui
