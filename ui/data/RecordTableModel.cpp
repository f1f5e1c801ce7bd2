#include "RecordTableModel.h"

#include "LocalSite.h"
#include "RecordWords.h"

#include <QDateTime>
#include <QJsonValue>
#include <QLocale>

namespace syncsites::ui {

namespace {

bool isNumber(ColumnType type)
{
    return type == ColumnType::Integer || type == ColumnType::Real;
}

} // namespace

RecordTableModel::RecordTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void RecordTableModel::setSite(LocalSite* site)
{
    m_site = site;
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
    ++m_generation; // answers to earlier queries are dropped
    m_loading = false;
    beginResetModel();
    m_rows.clear();
    m_columns.clear();
    m_total = -1;
    m_complete = true;
    endNotifying([this] { endResetModel(); });
    if (m_site == nullptr || TableSchema::find(m_query.table) == nullptr) {
        emit totalCountChanged(m_total);
        return;
    }
    m_loading = true;
    const quint64 generation = m_generation;
    m_site->firstPage(m_query, pageSize).then(this, [this, generation](Result<RecordPage> page) {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (!page) {
            emit totalCountChanged(m_total);
            emit loadFailed(page.error().message);
            return;
        }
        beginResetModel();
        m_columns = page->columns;
        m_rows = std::move(page->rows);
        m_labels = std::move(page->labels);
        m_total = page->total;
        m_complete = m_rows.size() < pageSize;
        endNotifying([this] { endResetModel(); });
        emit totalCountChanged(m_total);
    });
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
    case ColumnType::Integer: // numbers as the language writes them (1 234,5 in French); dates stay ISO, which no
                              // reader mistakes for another day
        return QLocale().toString(qint64(value.toDouble()));
    case ColumnType::Real:
        return QLocale().toString(value.toDouble(), 'f', QLocale::FloatingPointShortest);
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
        return RecordWords::columnHeading(m_columns.at(section)->name);
    if (role == Qt::ToolTipRole)
        return QString(m_columns.at(section)->name);
    return QVariant();
}

bool RecordTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_site != nullptr && !m_complete && !m_loading && !m_notifying;
}

void RecordTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const QString after = m_rows.isEmpty() ? QString() : m_rows.last().value(QLatin1String("id")).toString();
    m_loading = true;
    const quint64 generation = m_generation;
    m_site->nextPage(m_query, after, pageSize).then(this, [this, generation](Result<QVector<QJsonObject>> page) {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (!page) {
            m_complete = true;
            emit loadFailed(page.error().message);
            return;
        }
        m_complete = page->size() < pageSize;
        if (!page->isEmpty()) {
            beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page->size() - 1));
            m_rows += *page;
            endNotifying([this] { endInsertRows(); });
        }
        emit pageLoaded();
    });
}

} // namespace syncsites::ui
