#include "SyncedTable.h"

namespace syncsites {

namespace {
constexpr QLatin1String none{};
}

const QVector<SyncedTable>& syncedTables()
{
    using L = QLatin1String;
    static const QVector<SyncedTable> tables{
        {L("site"), Category::Core, TableScope::Central, none, none, false},
        {L("site_link"), Category::Core, TableScope::Central, none, none, false},
        {L("site_credential"), Category::Core, TableScope::CentralSecret, none, none, false},
        {L("store"), Category::Core, TableScope::Central, none, none, false},
        {L("store_visibility"), Category::Core, TableScope::Central, none, none, false},
        {L("user_account"), Category::Core, TableScope::UserAccount, none, none, false},
        {L("user_site"), Category::Core, TableScope::UserAccount, none, none, false},
        {L("item"), Category::Core, TableScope::Central, none, none, false},
        {L("stock_line"), Category::Core, TableScope::Store, none, none, false},
        {L("invoice"), Category::Core, TableScope::Store, none, none, true},
        {L("invoice_line"), Category::Core, TableScope::StoreChild, L("invoice"), L("invoice_id"), true},
        {L("requisition"), Category::Core, TableScope::Store, none, none, true},
        {L("requisition_line"), Category::Core, TableScope::StoreChild, L("requisition"), L("requisition_id"), true},
        {L("asset"), Category::Oms, TableScope::Store, none, none, false},
        {L("temperature_log"), Category::Oms, TableScope::StoreChild, L("asset"), L("asset_id"), false},
    };
    return tables;
}

const SyncedTable* findSyncedTable(QStringView name)
{
    for (const SyncedTable& table : syncedTables()) {
        if (name.compare(table.name) == 0)
            return &table;
    }
    return nullptr;
}

} // namespace syncsites
