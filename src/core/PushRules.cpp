#include "PushRules.h"

#include <QCoreApplication>

namespace syncsites {

namespace {

// Its sentences, in the translation context "PushRules" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PushRules)
};

PushDecision refuse(const char* code, const QString& message)
{
    return PushDecision{false, QLatin1String(code), message};
}

} // namespace

PushDecision PushRules::check(const Topology& topology, const QString& siteName, const RecordRef& record)
{
    const Site* site = topology.site(siteName);
    if (!site)
        return refuse("unknown_site", Text::tr("The site \"%1\" is not part of this network.").arg(siteName));
    const Category category = record.table->category;
    if (!site->syncLinks().contains(category))
        return refuse("category_not_carried",
                      Text::tr("\"%1\" does not sync %2 data with this server, so it cannot send %3 records.")
                          .arg(siteName, categoryId(category), QString(record.table->name)));

    if (record.table->scope != TableScope::Store && record.table->scope != TableScope::StoreChild)
        return refuse("central_data_read_only",
                      Text::tr("%1 records are central data: they are changed only on the central server, by an "
                               "administrator.")
                          .arg(QString(record.table->name)));

    const Store* store = topology.store(record.store);
    if (!store)
        return refuse("unknown_store",
                      Text::tr("The record names store \"%1\", which this network does not have.").arg(record.store));
    if (store->home != siteName) {
        const SyncType type = topology.syncType(record.store, siteName);
        const QString how = type == SyncType::None ? Text::tr("not visible") : syncTypeId(type);
        return refuse(
            "store_not_active",
            Text::tr("Store \"%1\" is %2 on \"%3\"; only its home site \"%4\" may change its data. The change "
                     "was kept in quarantine.")
                .arg(store->name, how, siteName, store->home));
    }

    if (record.table->transfer && record.transferRole == TransferRole::Starts) {
        const Store* partner = topology.store(record.partnerStore);
        if (!partner)
            return refuse("unknown_store", Text::tr("The transfer names partner store \"%1\", which this network does "
                                                    "not have.")
                                               .arg(record.partnerStore));
        if (record.opensTransfer && topology.syncType(record.partnerStore, siteName) == SyncType::None)
            return refuse(
                "partner_not_visible",
                Text::tr("Store \"%1\" is not visible on \"%2\", so a transfer to it cannot start here. Ask an "
                         "administrator to make it a Transfer store on this site.")
                    .arg(partner->name, siteName));
    }

    // An answer needs no visibility, but it must answer a start that exists and was addressed to this very store:
    // otherwise any site could close another site's transfer (mark a shipment delivered that nobody received).
    if (record.table->transfer && record.transferRole == TransferRole::Answers) {
        if (!record.answeredStart)
            return refuse(
                "answer_without_start",
                Text::tr("This record answers a shipment or requisition that the server does not have (or its id "
                         "is not the one made for that answer), so it cannot be accepted. Nothing else was "
                         "changed."));
        if (record.answeredStart->partnerStore != record.store || record.answeredStart->store != record.partnerStore) {
            const Store* addressed = topology.store(record.answeredStart->partnerStore);
            return refuse(
                "answer_not_addressed",
                Text::tr("This record answers a shipment or requisition that was sent to store \"%1\", not to "
                         "\"%2\": only the home site of \"%1\" may answer it.")
                    .arg(addressed ? addressed->name : record.answeredStart->partnerStore, store->name));
        }
    }

    if (category == Category::Oms && !site->info().openMsupply)
        return refuse("category_not_carried",
                      Text::tr("\"%1\" is not an Open mSupply site and cannot hold asset data.").arg(siteName));
    return PushDecision::allow();
}

} // namespace syncsites
