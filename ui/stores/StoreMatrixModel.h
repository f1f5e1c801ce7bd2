#pragma once

#include "Topology.h"
#include "Violation.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <vector>

class QUndoStack;

namespace syncsites::ui {

/// Stores (rows) by data-holding sites (columns); each cell is the store's sync type on that site. Column 0 is
/// the store itself.
///
/// The model holds two topologies: the base (what the edits started from) and the edited one. Cells that differ
/// from the base are pending; the page's violations mark the cells, rows and columns they name. data() is O(1):
/// the sync types live in a dense per-cell array rebuilt per row when a store changes, and the markers in hashes
/// by row and column. When editable and given an undo stack, setData() pushes an undoable command instead of
/// changing the store itself.
class StoreMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        SyncTypeRole = Qt::UserRole + 1, ///< int(SyncType) of a cell
        StoreCodeRole,
        SiteNameRole,     ///< horizontal header and cells: the site's name (the display text may be wrapped)
        StoreNameRole,    ///< any column: the store's name
        HomeSiteRole,     ///< any column: the store's home site
        PendingRole,      ///< bool: the cell (or, in column 0, the store) differs from the base topology
        ViolationsRole,   ///< QStringList: messages of the violations naming this cell (column 0: the store)
        BaseSyncTypeRole, ///< int(SyncType) of a cell in the base topology
        HomeCellRole,     ///< bool: the cell is the store's home site
    };

    explicit StoreMatrixModel(QObject* parent = nullptr);

    /// A read-only view: base and edited are the same.
    void setTopology(const Topology& topology);
    /// The edits in `edited` are pending against `base` (same stores, same sites).
    void setTopologies(const Topology& base, const Topology& edited);

    const Topology& topology() const { return m_current; }
    const Topology& baseTopology() const { return m_base; }

    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    /// Where setData() pushes its commands; without one, setData() edits directly.
    void setUndoStack(QUndoStack* stack) { m_undoStack = stack; }

    /// Replaces one store of the edited topology (the undo commands' way in); updates its row.
    void replaceStore(const Store& store);
    /// Marks the cells, rows and columns the violations name.
    void setViolations(const QVector<Violation>& violations);

    int row(const QString& storeCode) const { return m_storeRow.value(storeCode, -1); }
    /// The column of a data-holding site, -1 for other names.
    int column(const QString& siteName) const { return m_siteColumn.value(siteName, -1); }
    QString siteName(int column) const;
    SyncType cellType(int row, int column) const;
    /// Cells that differ from the base, and the stores they belong to.
    int pendingCellCount() const { return m_pendingCellCount; }
    int pendingStoreCount() const { return int(m_pendingCells.size()); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// A store of the edited topology changed (an edit, undo or redo).
    void storeChanged(const QString& code);

private:
    void rebuild();
    void fillRow(const Store& store, quint8* cells) const;
    void refreshRow(int row);
    void updatePending(int row);
    QVariant storeData(int row, int role) const;
    QVariant cellData(int row, int column, int role) const;
    quint64 cellKey(int row, int column) const { return quint64(row) * quint64(m_siteColumns.size() + 1) + column; }

    Topology m_base;
    Topology m_current;
    bool m_editable = false;
    QUndoStack* m_undoStack = nullptr;

    QStringList m_siteColumns; ///< names of the data-holding sites, in topology order (column c is c - 1)
    QHash<QString, int> m_siteColumn;
    QHash<QString, int> m_storeRow;
    int m_centralColumn = -1;
    std::vector<quint8> m_cells;          ///< int(SyncType), row-major, m_siteColumns.size() per row
    std::vector<int> m_homeColumn;        ///< per row, -1 when the home is not a column
    QHash<int, QSet<int>> m_pendingCells; ///< row -> columns that differ from the base
    int m_pendingCellCount = 0;

    QHash<int, QStringList> m_rowViolations;
    QHash<int, QStringList> m_columnViolations;
    QHash<quint64, QStringList> m_cellViolations;
};

} // namespace syncsites::ui
