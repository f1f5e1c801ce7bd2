#include "BenchSupport.h"

#include "BenchHub.h"
#include "RecordStore.h"
#include "StableId.h"
#include "SyncFailure.h"
#include "Transaction.h"

#include "SyncStateRepository.h"
#include <QJsonObject>
#include <QUuid>

#include <QFile>

#include <sys/resource.h>
#include <unistd.h>

namespace syncsites::bench {

QString describe(const SyncSummary& s)
{
    QString text = QStringLiteral("%1 pushed %2 pulled %3 rejected %4")
                       .arg(syncOutcomeId(s.outcome))
                       .arg(s.pushed)
                       .arg(s.pulled)
                       .arg(s.rejected);
    if (s.failure)
        text += QStringLiteral(" [%1] %2").arg(s.failure->code, s.failure->text());
    return text;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

double processPeakRssMb(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/status").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            // "VmHWM:	  123456 kB"
            const QList<QByteArray> parts = line.mid(6).simplified().split(' ');
            return parts.isEmpty() ? -1 : parts.first().toDouble() / 1024.0;
        }
    }
    return -1;
}

double processCpuSeconds(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = file.readAll();
    // The command name is in parentheses and may hold spaces: the fields after it start at the last ')'.
    const int close = text.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    // After the name: state (3rd field of the line) ... utime is the 14th, stime the 15th.
    if (fields.size() < 13)
        return -1;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields[11].toDouble() + fields[12].toDouble()) / ticks;
}

Status writeStockLines(Database& replica, const BenchHub& hub, int count, const QString& batch)
{
    Result<Transaction> transaction = Transaction::begin(replica);
    if (!transaction)
        return transaction.error();
    RecordStore records(replica);
    const QString store = StableId::store(hub.activeStore());
    const QVector<DemoItem>& items = hub.network().items;
    for (int i = 0; i < count; ++i) {
        const DemoItem& item = items[i % items.size()];
        const QJsonObject line{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                               {QStringLiteral("store_id"), store},
                               {QStringLiteral("item_id"), StableId::item(item.code)},
                               {QStringLiteral("batch"), batch},
                               {QStringLiteral("expiry_date"), QStringLiteral("2028-06-30")},
                               {QStringLiteral("pack_size"), 10},
                               {QStringLiteral("available_packs"), 1 + i % 500},
                               {QStringLiteral("cost_price"), 0.25 * (1 + i % 40)},
                               {QStringLiteral("sell_price"), 0.3 * (1 + i % 40)}};
        if (Status s = records.upsert(u"stock_line", line); !s)
            return s;
    }
    return transaction->commit();
}

} // namespace syncsites::bench
