#include "StoreMatrixModel.h"

#include "SetSyncTypeCommand.h"
#include "StoresIcons.h"
#include "SyncTypeStyle.h"

#include <QCoreApplication>
#include <QFont>
#include <QUndoStack>

#include <algorithm>
#include <cstring>

namespace syncsites::ui {

namespace {

// The names a violation's message quotes ("Store X is Active on \"A\" and \"B\""): the sites it is about.
QStringList quotedNames(const QString& message)
{
    QStringList names;
    const QStringList parts = message.split(QLatin1Char('"'));
    for (int i = 1; i < parts.size(); i += 2)
        names.append(parts[i]);
    return names;
}

} // namespace

StoreMatrixModel::StoreMatrixModel(QObject* parent) : QAbstractTableModel(parent) {}

void StoreMatrixModel::setTopology(const Topology& topology)
{
    setTopologies(topology, topology);
}

void StoreMatrixModel::setTopologies(const Topology& base, const Topology& edited)
{
    beginResetModel();
    m_base = base;
    m_current = edited;
    m_rowViolations.clear();
    m_columnViolations.clear();
    m_cellViolations.clear();
    rebuild();
    endResetModel();
}

void StoreMatrixModel::setEditable(bool editable)
{
    if (m_editable == editable)
        return;
    // Flags change for every cell; a reset is cheap (the arrays are kept) and tells every view.
    beginResetModel();
    m_editable = editable;
    endResetModel();
}

void StoreMatrixModel::rebuild()
{
    m_siteColumns.clear();
    m_siteColumn.clear();
    m_storeRow.clear();
    m_centralColumn = -1;
    for (const Site& site : m_current.sites()) {
        if (!site.holdsData())
            continue;
        m_siteColumn.insert(site.name, int(m_siteColumns.size()));
        if (site.kind == SiteKind::MsupplyCentral && m_centralColumn < 0)
            m_centralColumn = int(m_siteColumns.size());
        m_siteColumns.append(site.name);
    }
    const QVector<Store>& stores = m_current.stores();
    const size_t columns = size_t(m_siteColumns.size());
    m_cells.assign(size_t(stores.size()) * columns, quint8(SyncType::None));
    m_homeColumn.assign(size_t(stores.size()), -1);
    m_storeRow.reserve(stores.size());
    for (int r = 0; r < stores.size(); ++r) {
        m_storeRow.insert(stores[r].code, r);
        fillRow(stores[r], m_cells.data() + size_t(r) * columns);
        m_homeColumn[size_t(r)] = m_siteColumn.value(stores[r].home, -1);
    }
    m_pendingCells.clear();
    m_pendingCellCount = 0;
    // Same value (a read-only view, or nothing edited yet): nothing is pending, and 10,000 stores need no compare.
    if (m_base.stores().constData() == stores.constData())
        return;
    for (int r = 0; r < stores.size(); ++r) {
        const Store* before = m_base.store(stores[r].code);
        if (!before || *before != stores[r])
            updatePending(r);
    }
}

void StoreMatrixModel::fillRow(const Store& store, quint8* cells) const
{
    const size_t columns = size_t(m_siteColumns.size());
    std::memset(cells, int(SyncType::None), columns);
    if (m_centralColumn >= 0)
        cells[m_centralColumn] = quint8(SyncType::Collector);
    for (auto it = store.visibility.constBegin(); it != store.visibility.constEnd(); ++it) {
        const int c = m_siteColumn.value(it.key(), -1);
        if (c >= 0)
            cells[c] = quint8(it.value());
    }
    const int home = m_siteColumn.value(store.home, -1);
    if (home >= 0)
        cells[home] = quint8(SyncType::Active);
}

void StoreMatrixModel::updatePending(int row)
{
    const size_t columns = size_t(m_siteColumns.size());
    const Store& store = m_current.stores()[row];
    const Store* before = m_base.store(store.code);
    QSet<int> pending;
    if (!before || *before != store) {
        std::vector<quint8> baseCells(columns, quint8(SyncType::None));
        if (before)
            fillRow(*before, baseCells.data());
        const quint8* cells = m_cells.data() + size_t(row) * columns;
        for (size_t c = 0; c < columns; ++c) {
            if (!before || cells[c] != baseCells[c])
                pending.insert(int(c));
        }
    }
    m_pendingCellCount -= int(m_pendingCells.value(row).size());
    if (pending.isEmpty())
        m_pendingCells.remove(row);
    else
        m_pendingCells.insert(row, pending);
    m_pendingCellCount += int(pending.size());
}

void StoreMatrixModel::refreshRow(int row)
{
    const Store& store = m_current.stores()[row];
    fillRow(store, m_cells.data() + size_t(row) * size_t(m_siteColumns.size()));
    m_homeColumn[size_t(row)] = m_siteColumn.value(store.home, -1);
    updatePending(row);
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void StoreMatrixModel::replaceStore(const Store& store)
{
    const int r = row(store.code);
    if (r < 0)
        return;
    m_current.putStore(store);
    refreshRow(r);
    emit storeChanged(store.code);
}

void StoreMatrixModel::setViolations(const QVector<Violation>& violations)
{
    QSet<int> rows;
    QSet<int> columns;
    for (auto it = m_rowViolations.constBegin(); it != m_rowViolations.constEnd(); ++it)
        rows.insert(it.key());
    for (auto it = m_columnViolations.constBegin(); it != m_columnViolations.constEnd(); ++it)
        columns.insert(it.key());
    const int cellColumns = int(m_siteColumns.size()) + 1;
    for (auto it = m_cellViolations.constBegin(); it != m_cellViolations.constEnd(); ++it)
        rows.insert(int(it.key() / quint64(cellColumns)));
    m_rowViolations.clear();
    m_columnViolations.clear();
    m_cellViolations.clear();

    for (const Violation& v : violations) {
        const QString line = QStringLiteral("%1: %2").arg(v.rule, v.message);
        const int r = row(v.subject);
        if (r >= 0) {
            m_rowViolations[r].append(line);
            rows.insert(r);
            for (const QString& name : quotedNames(v.message)) {
                const int c = column(name);
                if (c >= 0)
                    m_cellViolations[cellKey(r, c + 1)].append(line);
            }
            // R6 on the central server names no site: mark its cell when the store's entry there is not Collector.
            const Store& store = m_current.stores()[r];
            const QString central = siteName(m_centralColumn + 1);
            const auto entry = store.visibility.constFind(central);
            if (v.rule == QLatin1String("R6") && !central.isEmpty() && entry != store.visibility.constEnd() &&
                *entry != SyncType::Collector) {
                QStringList& lines = m_cellViolations[cellKey(r, m_centralColumn + 1)];
                if (!lines.contains(line))
                    lines.append(line);
            }
            continue;
        }
        const int c = column(v.subject);
        if (c >= 0) {
            m_columnViolations[c + 1].append(line);
            columns.insert(c + 1);
        }
    }
    for (int r : std::as_const(rows))
        emit dataChanged(index(r, 0), index(r, columnCount() - 1));
    if (!columns.isEmpty()) {
        const auto [first, last] = std::minmax_element(columns.cbegin(), columns.cend());
        emit headerDataChanged(Qt::Horizontal, *first, *last);
    }
}

QString StoreMatrixModel::siteName(int column) const
{
    return column >= 1 && column <= m_siteColumns.size() ? m_siteColumns[column - 1] : QString();
}

SyncType StoreMatrixModel::cellType(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 1 || column > m_siteColumns.size())
        return SyncType::None;
    return SyncType(m_cells[size_t(row) * size_t(m_siteColumns.size()) + size_t(column - 1)]);
}

int StoreMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_current.stores().size());
}

int StoreMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_siteColumns.size()) + 1;
}

QVariant StoreMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Store& store = m_current.stores()[index.row()];
    switch (role) {
    case StoreCodeRole:
        return store.code;
    case StoreNameRole:
        return store.name;
    case HomeSiteRole:
        return store.home;
    default:
        break;
    }
    return index.column() == 0 ? storeData(index.row(), role) : cellData(index.row(), index.column(), role);
}

QVariant StoreMatrixModel::storeData(int row, int role) const
{
    const Store& store = m_current.stores()[row];
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(store.name, store.code);
    case Qt::ToolTipRole: {
        QString tip = tr("Home site: %1").arg(store.home);
        const QStringList problems = m_rowViolations.value(row);
        if (!problems.isEmpty())
            tip += QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
        return tip;
    }
    case Qt::DecorationRole:
        return m_rowViolations.contains(row) ? QVariant(StoresIcons::warning()) : QVariant();
    case PendingRole:
        return m_pendingCells.contains(row);
    case ViolationsRole:
        return m_rowViolations.value(row);
    case Qt::FontRole: {
        if (!m_pendingCells.contains(row))
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    default:
        return {};
    }
}

QVariant StoreMatrixModel::cellData(int row, int column, int role) const
{
    const SyncType type = cellType(row, column);
    switch (role) {
    case Qt::DisplayRole:
        return SyncTypeStyle::label(type);
    case Qt::EditRole:
    case SyncTypeRole:
        return int(type);
    case SiteNameRole:
        return m_siteColumns[column - 1];
    case Qt::BackgroundRole:
        return type == SyncType::None ? QVariant() : QVariant(SyncTypeStyle::background(type));
    case Qt::ForegroundRole:
        return type == SyncType::None ? QVariant() : QVariant(SyncTypeStyle::foreground(type));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case PendingRole: {
        const auto it = m_pendingCells.constFind(row);
        return it != m_pendingCells.constEnd() && it->contains(column - 1);
    }
    case HomeCellRole:
        return m_homeColumn[size_t(row)] == column - 1;
    case ViolationsRole:
        return m_cellViolations.value(cellKey(row, column));
    case BaseSyncTypeRole: {
        const Store* before = m_base.store(m_current.stores()[row].code);
        return int(before ? m_base.syncType(before->code, m_siteColumns[column - 1]) : SyncType::None);
    }
    case Qt::ToolTipRole: {
        QStringList lines{SyncTypeStyle::explanation(type)};
        if (m_homeColumn[size_t(row)] == column - 1)
            lines.append(tr("This is the store's home site. To move the home, make another site Active."));
        if (data(index(row, column), PendingRole).toBool()) {
            const auto before = SyncType(data(index(row, column), BaseSyncTypeRole).toInt());
            lines.append(tr("Pending edit (was: %1).")
                             .arg(before == SyncType::None ? tr("not visible") : SyncTypeStyle::label(before)));
        }
        lines.append(m_cellViolations.value(cellKey(row, column)));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleTextRole:
        return tr("%1 on %2: %3")
            .arg(m_current.stores()[row].code, m_siteColumns[column - 1],
                 type == SyncType::None ? tr("not visible") : SyncTypeStyle::label(type));
    default:
        return {};
    }
}

bool StoreMatrixModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        (role != Qt::EditRole && role != SyncTypeRole) || !(flags(index) & Qt::ItemIsEditable))
        return false;
    bool ok = false;
    const int raw = value.toInt(&ok);
    if (!ok || raw < int(SyncType::None) || raw > int(SyncType::Transfer))
        return false;
    const auto type = SyncType(raw);
    const QString code = m_current.stores()[index.row()].code;
    const QString site = m_siteColumns[index.column() - 1];
    Topology scratch = m_current;
    scratch.setSyncType(code, site, type);
    const Store& after = *scratch.store(code);
    const Store& before = *m_current.store(code);
    if (after == before)
        return false; // e.g. None on the central server, which holds every store it is not home to
    if (m_undoStack)
        m_undoStack->push(new SetSyncTypeCommand(this, before, after, site, type));
    else
        replaceStore(after);
    return true;
}

Qt::ItemFlags StoreMatrixModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || index.column() == 0 || !m_editable)
        return f;
    // The home cell stays Active until another site is made Active.
    if (m_homeColumn[size_t(index.row())] == index.column() - 1)
        return f;
    return f | Qt::ItemIsEditable;
}

QVariant StoreMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return tr("Store");
        return {};
    }
    if (section < 1 || section > m_siteColumns.size())
        return {};
    const QString& name = m_siteColumns[section - 1];
    switch (role) {
    case SiteNameRole:
        return name;
    case Qt::DisplayRole: {
        // Site names are long and columns many: two lines keep the columns narrow and the names whole.
        // The space that makes the longer of the two lines shortest.
        int best = -1;
        qsizetype bestLength = name.size();
        for (qsizetype i = name.indexOf(QLatin1Char(' ')); i > 0; i = name.indexOf(QLatin1Char(' '), i + 1)) {
            const qsizetype longer = qMax(i, name.size() - i - 1);
            if (longer < bestLength) {
                bestLength = longer;
                best = int(i);
            }
        }
        return best > 0 ? QString(name.left(best) + QLatin1Char('\n') + name.mid(best + 1)) : name;
    }
    case Qt::ToolTipRole: {
        const Site* site = m_current.site(name);
        QString tip =
            site
                ? tr("%1 — %2").arg(name, QCoreApplication::translate("SiteKind", siteKindInfo(site->kind).displayName))
                : name;
        const QStringList problems = m_columnViolations.value(section);
        if (!problems.isEmpty())
            tip += QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
        return tip;
    }
    case Qt::DecorationRole:
        return m_columnViolations.contains(section) ? QVariant(StoresIcons::warning()) : QVariant();
    case ViolationsRole:
        return m_columnViolations.value(section);
    default:
        return {};
    }
}

} // namespace syncsites::ui
