#include "DemoRecordGenerator.h"

#include "StableId.h"
#include "TransferIds.h"

#include <QDate>
#include <QUuid>

namespace syncsites {

namespace {

using L = QLatin1String;
const QDate baseDate(2025, 1, 1);

const char* const manufacturers[] = {"Dometic", "B Medical Systems", "Haier Biomedical", "Vestfrost", "Godrej"};
const char* const assetTypes[] = {"Ice-lined refrigerator", "Solar direct-drive refrigerator", "Freezer", "Cold box",
                                  "Vaccine carrier"};

} // namespace

DemoRecordGenerator::DemoRecordGenerator(const DemoNetwork& network, std::uint64_t seed, qint64 total)
    : m_network(network), m_rng(seed ^ 0x5eed0fdeadbeefULL), m_total(total)
{
    for (const Store& store : network.topology.stores()) {
        m_allStores.append(store.code);
        const Site* home = network.topology.site(store.home);
        if (home && home->info().openMsupply)
            m_omsStores.append(store.code);
    }
}

QStringList DemoRecordGenerator::columns(QLatin1String table)
{
    static const QHash<QString, QStringList> byTable{
        {QStringLiteral("stock_line"),
         {QStringLiteral("id"), QStringLiteral("store_id"), QStringLiteral("item_id"), QStringLiteral("batch"),
          QStringLiteral("expiry_date"), QStringLiteral("pack_size"), QStringLiteral("available_packs"),
          QStringLiteral("cost_price"), QStringLiteral("sell_price"), QStringLiteral("note")}},
        {QStringLiteral("invoice"),
         {QStringLiteral("id"), QStringLiteral("store_id"), QStringLiteral("partner_store_id"), QStringLiteral("type"),
          QStringLiteral("status"), QStringLiteral("linked_invoice_id"), QStringLiteral("created_at"),
          QStringLiteral("shipped_at"), QStringLiteral("delivered_at"), QStringLiteral("comment")}},
        {QStringLiteral("invoice_line"),
         {QStringLiteral("id"), QStringLiteral("invoice_id"), QStringLiteral("item_id"), QStringLiteral("batch"),
          QStringLiteral("expiry_date"), QStringLiteral("pack_size"), QStringLiteral("packs"),
          QStringLiteral("cost_price")}},
        {QStringLiteral("requisition"),
         {QStringLiteral("id"), QStringLiteral("store_id"), QStringLiteral("partner_store_id"), QStringLiteral("type"),
          QStringLiteral("status"), QStringLiteral("linked_requisition_id"), QStringLiteral("created_at"),
          QStringLiteral("sent_at"), QStringLiteral("finalised_at"), QStringLiteral("comment")}},
        {QStringLiteral("requisition_line"),
         {QStringLiteral("id"), QStringLiteral("requisition_id"), QStringLiteral("item_id"),
          QStringLiteral("requested_packs"), QStringLiteral("supplied_packs")}},
        {QStringLiteral("asset"),
         {QStringLiteral("id"), QStringLiteral("store_id"), QStringLiteral("code"), QStringLiteral("asset_type"),
          QStringLiteral("serial"), QStringLiteral("manufacturer"), QStringLiteral("installed_on")}},
        {QStringLiteral("temperature_log"),
         {QStringLiteral("id"), QStringLiteral("asset_id"), QStringLiteral("logged_at"),
          QStringLiteral("temperature_c")}},
    };
    return byTable.value(QString(table));
}

QList<QLatin1String> DemoRecordGenerator::tables()
{
    return {L("stock_line"),       L("invoice"), L("invoice_line"),   L("requisition"),
            L("requisition_line"), L("asset"),   L("temperature_log")};
}

bool DemoRecordGenerator::next(GeneratedRecord& out)
{
    if (m_produced >= m_total)
        return false;
    while (m_pending.empty())
        startActivity();
    out = std::move(m_pending.front());
    m_pending.pop_front();
    ++m_produced;
    return true;
}

void DemoRecordGenerator::startActivity()
{
    // Time moves forward: about 40 activities a day across the network.
    if (m_rng.below(40) == 0)
        ++m_day;
    const std::uint64_t roll = m_rng.below(100);
    if (roll < 30 || m_network.routes.isEmpty())
        addStockLine();
    else if (roll < 65)
        addShipment();
    else if (roll < 85)
        addRequisition();
    else if (!m_omsStores.isEmpty())
        addAsset();
    else
        addStockLine();
}

QString DemoRecordGenerator::newId()
{
    const std::uint64_t hi = m_rng.next();
    const std::uint64_t lo = m_rng.next();
    // Shaped as a version 4 UUID so that it looks like the ids users' records get.
    const QUuid id(uint(hi >> 32), ushort(hi >> 16), ushort((hi & 0x0fff) | 0x4000), uchar(((lo >> 56) & 0x3f) | 0x80),
                   uchar(lo >> 48), uchar(lo >> 40), uchar(lo >> 32), uchar(lo >> 24), uchar(lo >> 16), uchar(lo >> 8),
                   uchar(lo));
    return id.toString(QUuid::WithoutBraces);
}

QString DemoRecordGenerator::dateTime(int dayOffset, int minute) const
{
    // QDateTime, not QTime, adds the minutes: a time past midnight is on the next day (QTime wraps around).
    const QDateTime at = QDateTime(baseDate.addDays(dayOffset), QTime(7, 0), Qt::UTC).addSecs(qint64(minute) * 60);
    return at.toString(Qt::ISODateWithMs).replace(QStringLiteral("+00:00"), QStringLiteral("Z"));
}

QString DemoRecordGenerator::date(int dayOffset) const
{
    return baseDate.addDays(dayOffset).toString(Qt::ISODate);
}

const DemoItem& DemoRecordGenerator::randomItem()
{
    return m_network.items[int(m_rng.below(std::uint64_t(m_network.items.size())))];
}

QString DemoRecordGenerator::storeId(const QString& code) const
{
    return StableId::store(code);
}

QString DemoRecordGenerator::homeOf(const QString& code) const
{
    const Store* store = m_network.topology.store(code);
    return store ? store->home : QString();
}

void DemoRecordGenerator::addStockLine()
{
    const QString& store = m_allStores[int(m_rng.below(std::uint64_t(m_allStores.size())))];
    const DemoItem& item = randomItem();
    const int packSize = int(QVector<int>{1, 10, 20, 50, 100}[int(m_rng.below(5))]);
    // Prices in whole cents (divided, not multiplied by 0.05, so that 0.15 is stored as 0.15): cost in steps of 5,
    // sale price a quarter more, rounded to the cent.
    const int costTwentieths = m_rng.between(2, 400);
    const double cost = double(costTwentieths) / 20.0;
    const double sell = double(qRound(double(costTwentieths) * 6.25)) / 100.0;
    m_pending.push_back(
        {L("stock_line"),
         homeOf(store),
         {newId(), storeId(store), StableId::item(item.code), QStringLiteral("B%1").arg(m_rng.between(10000, 99999)),
          date(m_day + m_rng.between(180, 1080)), packSize, double(m_rng.between(0, 500)), cost, sell, QVariant()}});
}

void DemoRecordGenerator::addShipment()
{
    const SupplyRoute& route = m_network.routes[int(m_rng.below(std::uint64_t(m_network.routes.size())))];
    const std::uint64_t statusRoll = m_rng.below(10);
    const QString status = statusRoll < 6   ? QStringLiteral("delivered")
                           : statusRoll < 9 ? QStringLiteral("shipped")
                                            : QStringLiteral("new");
    const QString outboundId = newId();
    const int minute = m_rng.between(0, 600);
    const bool shipped = status != QLatin1String("new");
    const bool delivered = status == QLatin1String("delivered");
    const QVariant shippedAt = shipped ? QVariant(dateTime(m_day, minute + 30)) : QVariant();
    const QVariant deliveredAt = delivered ? QVariant(dateTime(m_day + m_rng.between(1, 5), minute)) : QVariant();
    const QString supplierSite = homeOf(route.supplier);
    const QString customerSite = homeOf(route.customer);

    m_pending.push_back({L("invoice"),
                         supplierSite,
                         {outboundId, storeId(route.supplier), storeId(route.customer), QStringLiteral("outbound"),
                          status, QVariant(), dateTime(m_day, minute), shippedAt, deliveredAt, QVariant()}});
    const int lines = m_rng.between(1, 5);
    QVector<QVariantList> lineValues;
    for (int i = 0; i < lines; ++i) {
        const DemoItem& item = randomItem();
        lineValues.append({newId(), outboundId, StableId::item(item.code),
                           QStringLiteral("B%1").arg(m_rng.between(10000, 99999)), date(m_day + 365), 10,
                           double(m_rng.between(1, 200)), double(m_rng.between(2, 400)) / 20.0});
        m_pending.push_back({L("invoice_line"), supplierSite, lineValues.last()});
    }
    if (!shipped)
        return;
    // The receiving site makes the inbound shipment when the outbound one arrives as shipped.
    const QString inboundId = TransferIds::inboundInvoice(outboundId);
    m_pending.push_back({L("invoice"),
                         customerSite,
                         {inboundId, storeId(route.customer), storeId(route.supplier), QStringLiteral("inbound"),
                          status, outboundId, dateTime(m_day, minute + 31), shippedAt, deliveredAt, QVariant()}});
    for (const QVariantList& line : lineValues) {
        QVariantList copy = line;
        copy[0] = TransferIds::inboundInvoiceLine(line[0].toString());
        copy[1] = inboundId;
        m_pending.push_back({L("invoice_line"), customerSite, copy});
    }
}

void DemoRecordGenerator::addRequisition()
{
    const SupplyRoute& route = m_network.routes[int(m_rng.below(std::uint64_t(m_network.routes.size())))];
    const std::uint64_t statusRoll = m_rng.below(10);
    const QString status = statusRoll < 6   ? QStringLiteral("finalised")
                           : statusRoll < 9 ? QStringLiteral("sent")
                                            : QStringLiteral("draft");
    const QString requestId = newId();
    const int minute = m_rng.between(0, 600);
    const bool sent = status != QLatin1String("draft");
    const bool finalised = status == QLatin1String("finalised");
    const QVariant sentAt = sent ? QVariant(dateTime(m_day, minute + 10)) : QVariant();
    const QVariant finalisedAt = finalised ? QVariant(dateTime(m_day + m_rng.between(1, 3), minute)) : QVariant();
    const QString customerSite = homeOf(route.customer);
    const QString supplierSite = homeOf(route.supplier);

    m_pending.push_back({L("requisition"),
                         customerSite,
                         {requestId, storeId(route.customer), storeId(route.supplier), QStringLiteral("request"),
                          status, QVariant(), dateTime(m_day, minute), sentAt, finalisedAt, QVariant()}});
    const int lines = m_rng.between(1, 6);
    QVector<QVariantList> lineValues;
    for (int i = 0; i < lines; ++i) {
        const int requested = m_rng.between(5, 300);
        // The supplier sends 50 to 100 % of what was asked, in whole packs (never more than asked).
        const int supplied = finalised ? requested * m_rng.between(5, 10) / 10 : 0;
        lineValues.append({newId(), requestId, StableId::item(randomItem().code), double(requested), double(supplied)});
        m_pending.push_back({L("requisition_line"), customerSite, lineValues.last()});
    }
    if (!sent)
        return;
    // The supplying site makes the response; once it is finalised the request is finalised too.
    const QString responseId = TransferIds::responseRequisition(requestId);
    m_pending.push_back({L("requisition"),
                         supplierSite,
                         {responseId, storeId(route.supplier), storeId(route.customer), QStringLiteral("response"),
                          finalised ? QStringLiteral("finalised") : QStringLiteral("draft"), requestId,
                          dateTime(m_day, minute + 11), sentAt, finalisedAt, QVariant()}});
    for (const QVariantList& line : lineValues) {
        QVariantList copy = line;
        copy[0] = TransferIds::responseRequisitionLine(line[0].toString());
        copy[1] = responseId;
        m_pending.push_back({L("requisition_line"), supplierSite, copy});
    }
}

void DemoRecordGenerator::addAsset()
{
    const QString& store = m_omsStores[int(m_rng.below(std::uint64_t(m_omsStores.size())))];
    const QString assetId = newId();
    const QString site = homeOf(store);
    m_pending.push_back(
        {L("asset"),
         site,
         {assetId, storeId(store), QStringLiteral("CCE-%1").arg(m_rng.between(1000, 9999)),
          QString::fromLatin1(assetTypes[m_rng.below(std::size(assetTypes))]),
          QStringLiteral("SN%1").arg(m_rng.next() % 100000000ULL, 8, 10, QLatin1Char('0')),
          QString::fromLatin1(manufacturers[m_rng.below(std::size(manufacturers))]), date(m_day - 400)}});
    const int logs = m_rng.between(4, 12);
    for (int i = 0; i < logs; ++i) {
        // Mostly in the 2–8 °C range, with the occasional excursion a supervisor would want to see.
        const double celsius =
            m_rng.chance(5) ? double(m_rng.between(85, 145)) / 10.0 : double(m_rng.between(20, 80)) / 10.0;
        m_pending.push_back({L("temperature_log"), site, {newId(), assetId, dateTime(m_day, i * 120), celsius}});
    }
}

} // namespace syncsites
