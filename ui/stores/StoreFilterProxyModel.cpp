#include "StoreFilterProxyModel.h"

#include "StoreMatrixModel.h"

namespace syncsites::ui {

void StoreFilterProxyModel::setText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

bool StoreFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex store = sourceModel()->index(sourceRow, 0, sourceParent);
    for (int role :
         {StoreMatrixModel::StoreCodeRole, StoreMatrixModel::StoreNameRole, StoreMatrixModel::HomeSiteRole}) {
        if (store.data(role).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace syncsites::ui
