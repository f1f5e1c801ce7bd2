#pragma once

#include "DemoNetwork.h"
#include "SplitMix64.h"

#include <QStringList>
#include <QVariantList>

#include <deque>

namespace syncsites {

/// One generated store record: its table, the site where it was made, and its values in the order of
/// DemoRecordGenerator::columns(table). NULL is an invalid QVariant (never a null QString, which Qt 6 does not
/// count as null).
struct GeneratedRecord
{
    QLatin1String table;
    QString originSite;
    QVariantList values;
};

/// Streams realistic store records for a demo network, deterministically from a seed, in an order a real
/// network could have made them (headers before lines, outbound shipments before the inbound ones made for
/// them). Memory stays constant however many records are asked for: records are made one activity at a time.
///
/// The mix: stock lines; shipments along supply routes with their lines and, once shipped, the receiving
/// store's inbound shipment; requisitions with their lines and responses; assets with temperature logs, for
/// stores at home on an Open mSupply site. Ids are random-looking but seeded; an inbound shipment's and a
/// response's ids derive from the record they answer (StableId), as transfer processing makes them.
///
/// Keeps its own copy of the network (cheap: Qt containers are implicitly shared), so a temporary may be passed.
/// The network must have at least one store and one item (DemoNetwork::generate always has).
class DemoRecordGenerator
{
public:
    DemoRecordGenerator(const DemoNetwork& network, std::uint64_t seed, qint64 total);

    /// The columns a table's values come in (a subset of the table's columns; the rest take defaults).
    static QStringList columns(QLatin1String table);
    /// The tables generated, parents first.
    static QList<QLatin1String> tables();

    /// The next record, or false when `total` records have been made.
    bool next(GeneratedRecord& out);
    qint64 produced() const { return m_produced; }
    qint64 total() const { return m_total; }

private:
    void startActivity();
    void addStockLine();
    void addShipment();
    void addRequisition();
    void addAsset();
    QString newId();
    QString dateTime(int dayOffset, int minute) const;
    QString date(int dayOffset) const;
    const DemoItem& randomItem();
    QString storeId(const QString& code) const;
    QString homeOf(const QString& code) const;

    const DemoNetwork m_network;
    SplitMix64 m_rng;
    qint64 m_total;
    qint64 m_produced = 0;
    int m_day = 0;
    std::deque<GeneratedRecord> m_pending;
    QStringList m_omsStores;
    QStringList m_allStores;
};

} // namespace syncsites
