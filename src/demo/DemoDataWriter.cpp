#include "DemoDataWriter.h"

#include "Database.h"
#include "DemoRecordGenerator.h"
#include "RecordStore.h"
#include "SettingTable.h"
#include "StableId.h"
#include "TopologyRepository.h"
#include "Transaction.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

namespace syncsites {

Status DemoDataWriter::writeNetwork(const DemoNetwork& network)
{
    const Site* central = network.topology.central();
    if (!central)
        return Error{QStringLiteral("demo_invalid"), QStringLiteral("The demo network has no central server."), {}};
    SettingTable settings(m_database);
    if (Status s = settings.setSiteId(StableId::site(central->name)); !s)
        return s;
    if (Status s = settings.setSiteName(central->name); !s)
        return s;
    if (Status s = settings.setRole(DatabaseRole::Hub); !s)
        return s;

    Result<Transaction> tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    if (Status s = TopologyRepository(m_database).save(network.topology); !s)
        return s;
    RecordStore records(m_database);
    for (const DemoItem& item : network.items) {
        const QJsonObject row{{QStringLiteral("id"), StableId::item(item.code)},
                              {QStringLiteral("code"), item.code},
                              {QStringLiteral("name"), item.name},
                              {QStringLiteral("unit"), item.unit}};
        if (Status s = records.upsert(u"item", row); !s)
            return s;
    }
    return tx->commit();
}

Result<DemoDataStats> DemoDataWriter::writeRecords(const DemoNetwork& network, std::uint64_t seed, qint64 count,
                                                   const Progress& progress, int batchSize)
{
    QElapsedTimer timer;
    timer.start();
    DemoDataStats stats;
    DemoRecordGenerator generator(network, seed, count);
    // A batch of no records would never finish.
    batchSize = qMax(1, batchSize);

    while (generator.produced() < count) {
        Result<Transaction> tx = Transaction::begin(m_database);
        if (!tx)
            return tx.error();
        // One prepared INSERT per table, for this transaction's connection.
        QHash<QString, std::shared_ptr<QSqlQuery>> inserts;
        for (QLatin1String table : DemoRecordGenerator::tables()) {
            const QStringList columns = DemoRecordGenerator::columns(table);
            auto query = std::make_shared<QSqlQuery>(tx->connection());
            const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                    .arg(QString(table), columns.join(QLatin1Char(',')),
                                         QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')));
            if (!query->prepare(sql))
                return Error{QStringLiteral("database_error"), query->lastError().text(), {}};
            inserts.insert(QString(table), query);
        }

        QString origin;
        GeneratedRecord record;
        for (int i = 0; i < batchSize && generator.next(record); ++i) {
            if (record.originSite != origin) {
                origin = record.originSite;
                if (Status s = tx->setWriteOrigin(StableId::site(origin), true); !s)
                    return s.error();
            }
            QSqlQuery& insert = *inserts.value(QString(record.table));
            for (int c = 0; c < record.values.size(); ++c)
                insert.bindValue(c, record.values[c]);
            if (!insert.exec())
                return Error{
                    QStringLiteral("database_error"),
                    QStringLiteral("Writing demo %1 record %2 failed: %3")
                        .arg(QString(record.table), record.values.value(0).toString(), insert.lastError().text()),
                    {}};
            ++stats.perTable[QString(record.table)];
        }
        inserts.clear();
        if (Status s = tx->commit(); !s)
            return s.error();
        if (progress)
            progress(generator.produced(), count);
    }
    stats.records = generator.produced();
    stats.elapsedMs = timer.elapsed();
    return stats;
}

} // namespace syncsites
