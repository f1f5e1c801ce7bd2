#include "SetSyncTypeCommand.h"

#include "StoreMatrixModel.h"
#include "SyncTypeStyle.h"

#include <QCoreApplication>

namespace syncsites::ui {

SetSyncTypeCommand::SetSyncTypeCommand(StoreMatrixModel* model, Store before, Store after, QString site, SyncType type)
    : m_model(model), m_before(std::move(before)), m_after(std::move(after)), m_site(std::move(site)), m_type(type)
{
    const QString typeText = type == SyncType::None ? QCoreApplication::translate("SetSyncTypeCommand", "not visible")
                                                    : SyncTypeStyle::label(type);
    setText(QCoreApplication::translate("SetSyncTypeCommand", "%1 on %2: %3").arg(m_after.code, m_site, typeText));
}

void SetSyncTypeCommand::undo()
{
    m_model->replaceStore(m_before);
}

void SetSyncTypeCommand::redo()
{
    m_model->replaceStore(m_after);
}

} // namespace syncsites::ui
