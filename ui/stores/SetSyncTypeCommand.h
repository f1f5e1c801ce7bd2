#pragma once

#include "Store.h"

#include <QUndoCommand>

namespace syncsites::ui {

class StoreMatrixModel;

/// One cell edit of the store matrix as an undoable step: the whole store before and after, since making a
/// site Active also moves the home (and the old home becomes Collector). Remembers the cell as the administrator
/// set it, so that pending edits can be re-applied on a newer topology.
class SetSyncTypeCommand : public QUndoCommand
{
public:
    SetSyncTypeCommand(StoreMatrixModel* model, Store before, Store after, QString site, SyncType type);

    void undo() override;
    void redo() override;

    const QString& storeCode() const { return m_after.code; }
    const QString& site() const { return m_site; }
    SyncType type() const { return m_type; }

private:
    StoreMatrixModel* m_model;
    Store m_before;
    Store m_after;
    QString m_site;
    SyncType m_type;
};

} // namespace syncsites::ui
