#include "ItemCatalogue.h"

#include "Database.h"
#include "RecordStore.h"
#include "SqlSupport.h"
#include "StableId.h"
#include "TableSchema.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace syncsites {

namespace {

// Its sentences, in the translation context "ItemCatalogue" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ItemCatalogue)
};

} // namespace

QJsonObject ItemEntry::toJson() const
{
    QJsonObject out{
        {QStringLiteral("code"), item.code},
        {QStringLiteral("name"), item.name},
        {QStringLiteral("unit"), item.unit.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(item.unit)},
        {QStringLiteral("pack_size"), item.packSize},
        {QStringLiteral("active"), item.active},
        {QStringLiteral("used"), used}};
    return out;
}

QJsonObject ItemImportPlan::toJson(bool applied) const
{
    QJsonArray out;
    for (const ItemImportOutcome& l : lines) {
        QJsonObject line{
            {QStringLiteral("line"), l.line}, {QStringLiteral("code"), l.code}, {QStringLiteral("outcome"), l.outcome}};
        if (!l.reason.isEmpty())
            line.insert(QStringLiteral("reason"), l.reason);
        out.append(line);
    }
    return {{QStringLiteral("applied"), applied},
            {QStringLiteral("created"), created},
            {QStringLiteral("updated"), updated},
            {QStringLiteral("unchanged"), unchanged},
            {QStringLiteral("refused"), refused},
            {QStringLiteral("ignored_columns"), QJsonArray::fromStringList(ignoredColumns)},
            {QStringLiteral("lines"), out}};
}

Result<QSet<QString>> ItemCatalogue::usedItemIds(const std::optional<QString>& onlyId)
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    QSet<QString> used;
    for (const TableSchema& table : TableSchema::all()) {
        for (const ColumnSchema& column : table.columns()) {
            if (column.references != QLatin1String("item"))
                continue;
            const QString column_ = QString(column.name);
            const QString sql =
                onlyId ? QStringLiteral("SELECT %1 FROM %2 WHERE %1 = ? LIMIT 1").arg(column_, QString(table.name()))
                       : QStringLiteral("SELECT DISTINCT %1 FROM %2").arg(column_, QString(table.name()));
            Result<QSqlQuery> q = sql::run(*db, sql, onlyId ? QVariantList{*onlyId} : QVariantList{},
                                           QStringLiteral("finding the items in use"));
            if (!q)
                return q.error();
            while (q->next())
                used.insert(q->value(0).toString());
        }
    }
    return used;
}

Result<QVector<ItemEntry>> ItemCatalogue::list()
{
    Result<QVector<QJsonObject>> rows = RecordStore(m_database).list(u"item");
    if (!rows)
        return rows.error();
    const Result<QSet<QString>> used = usedItemIds();
    if (!used)
        return used.error();
    QVector<ItemEntry> out;
    out.reserve(rows->size());
    for (const QJsonObject& row : *rows)
        out.append({CatalogueItem::fromRecord(row), used->contains(row.value(QLatin1String("id")).toString())});
    std::sort(out.begin(), out.end(), [](const ItemEntry& a, const ItemEntry& b) { return a.item.code < b.item.code; });
    return out;
}

Result<std::optional<ItemEntry>> ItemCatalogue::find(const QString& code)
{
    const QString id = StableId::item(code);
    Result<std::optional<QJsonObject>> row = RecordStore(m_database).get(u"item", id);
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<ItemEntry>();
    const Result<QSet<QString>> used = usedItemIds(id);
    if (!used)
        return used.error();
    return std::optional<ItemEntry>(ItemEntry{CatalogueItem::fromRecord(**row), used->contains(id)});
}

Status ItemCatalogue::save(const CatalogueItem& item)
{
    return RecordStore(m_database).upsert(u"item", item.toRecord());
}

Result<bool> ItemCatalogue::remove(const QString& code)
{
    return RecordStore(m_database).remove(u"item", StableId::item(code));
}

Result<ItemImportPlan> ItemCatalogue::plan(const ItemCsvFile& file)
{
    Result<QVector<QJsonObject>> rows = RecordStore(m_database).list(u"item");
    if (!rows)
        return rows.error();
    QHash<QString, CatalogueItem> existing;
    for (const QJsonObject& row : *rows) {
        const CatalogueItem item = CatalogueItem::fromRecord(row);
        existing.insert(item.code, item);
    }
    ItemImportPlan plan;
    plan.ignoredColumns = file.ignoredColumns;
    for (const ItemCsvLine& line : file.lines) {
        ItemImportOutcome outcome{line.line, line.code, QString(), line.problem};
        const auto found = existing.constFind(line.code);
        if (outcome.reason.isEmpty() && found == existing.constEnd() && !line.name)
            outcome.reason =
                Text::tr("\"%1\" is a new item and the file has no name column; add a \"name\" column.").arg(line.code);
        if (!outcome.reason.isEmpty()) {
            outcome.outcome = QStringLiteral("refused");
            ++plan.refused;
            plan.lines.append(outcome);
            continue;
        }
        CatalogueItem item = found == existing.constEnd() ? CatalogueItem{} : *found;
        item.code = line.code;
        if (line.name)
            item.name = *line.name;
        if (line.unit)
            item.unit = *line.unit;
        if (line.packSize)
            item.packSize = *line.packSize;
        if (line.active)
            item.active = *line.active;
        if (found == existing.constEnd()) {
            outcome.outcome = QStringLiteral("created");
            ++plan.created;
            plan.writes.append(item);
        } else if (item != *found) {
            outcome.outcome = QStringLiteral("updated");
            ++plan.updated;
            plan.writes.append(item);
        } else {
            outcome.outcome = QStringLiteral("unchanged");
            ++plan.unchanged;
        }
        plan.lines.append(outcome);
    }
    return plan;
}

Status ItemCatalogue::apply(const ItemImportPlan& plan)
{
    RecordStore records(m_database);
    for (const CatalogueItem& item : plan.writes) {
        if (Status s = records.upsert(u"item", item.toRecord()); !s)
            return s;
    }
    return {};
}

} // namespace syncsites
