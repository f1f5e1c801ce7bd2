#include "RecordsCommand.h"

#include "Database.h"
#include "ExitCode.h"
#include "ReplicaSettings.h"
#include "StoreActions.h"
#include "TableSchema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace syncsites::cli {

namespace {

const char* const recordsUsage = "usage: syncsites-cli --replica FILE records list --table TABLE [--store CODE] "
                                 "[--json]\n"
                                 "       syncsites-cli --replica FILE records put --store CODE --table TABLE "
                                 "--json '{...}'\n";

QString tr(const char* text)
{
    return QCoreApplication::translate("RecordsCommand", text);
}

// A value as one cell of the readable table.
QString cell(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    default:
        break;
    }
    return value.toString();
}

void printTable(QTextStream& out, const TableSchema& table, const QVector<QJsonObject>& rows)
{
    QStringList names;
    QVector<qsizetype> widths;
    for (const ColumnSchema& column : table.columns()) {
        names << column.name;
        widths << QString(column.name).size();
    }
    QVector<QStringList> cells;
    for (const QJsonObject& row : rows) {
        QStringList line;
        for (int i = 0; i < names.size(); ++i) {
            line << cell(row.value(names.at(i)));
            widths[i] = qMax(widths.at(i), line.last().size());
        }
        cells << line;
    }
    const auto print = [&](const QStringList& line) {
        QStringList padded;
        for (int i = 0; i < line.size(); ++i)
            padded << (i + 1 < line.size() ? line.at(i).leftJustified(widths.at(i)) : line.at(i));
        out << padded.join(QLatin1String("  ")) << '\n';
    };
    print(names);
    for (const QStringList& line : std::as_const(cells))
        print(line);
    out.flush();
}

// The value of an option given as "--name value" or "--name=value"; advances `i` past it. Nullopt when `arg` is
// not that option; an empty string when the value is missing.
std::optional<QString> optionValue(const QStringList& arguments, int& i, const QString& name)
{
    const QString& arg = arguments.at(i);
    if (arg == name)
        return ++i < arguments.size() ? arguments.at(i) : QString();
    if (arg.startsWith(name + QLatin1Char('=')))
        return arg.mid(name.size() + 1);
    return std::nullopt;
}

} // namespace

int RecordsCommand::exitCodeFor(const Error& error)
{
    static const QSet<QString> usage{QStringLiteral("unknown_store"),         QStringLiteral("unknown_table"),
                                     QStringLiteral("unknown_item"),          QStringLiteral("table_not_listable"),
                                     QStringLiteral("store_filter_invalid"),  QStringLiteral("invalid_packs"),
                                     QStringLiteral("replica_not_registered")};
    static const QSet<QString> badRecord{QStringLiteral("record_unknown_field"), QStringLiteral("record_missing_field"),
                                         QStringLiteral("record_invalid_field"),
                                         QStringLiteral("record_missing_reference"), QStringLiteral("record_conflict")};
    if (usage.contains(error.code))
        return Usage;
    if (badRecord.contains(error.code))
        return BadInput;
    if (error.code.startsWith(QLatin1String("database_")) || error.code == QLatin1String("disk_full") ||
        error.code == QLatin1String("transaction_closed"))
        return LocalStorage;
    return Problems;
}

int RecordsCommand::openReplica(CliContext& context, const QString& command, std::unique_ptr<Database>* database)
{
    if (context.replicaPath().isEmpty())
        return context.fail(Usage,
                            tr("%1: --replica FILE is required: name the site's replica database.").arg(command));
    DatabaseOptions options;
    options.createIfMissing = false;
    Result<std::unique_ptr<Database>> opened = Database::open(context.replicaPath(), options);
    if (!opened)
        return context.fail(LocalStorage, opened.error().message);
    const Result<std::optional<QString>> siteId = ReplicaSettings(**opened).siteId();
    if (!siteId)
        return context.fail(LocalStorage, siteId.error().message);
    if (!siteId->has_value() || (*siteId)->isEmpty())
        return context.fail(Usage, tr("The database %1 is not registered to a site; run syncsites-cli init first.")
                                       .arg(context.replicaPath()));
    *database = std::move(opened).value();
    return Success;
}

int RecordsCommand::run(CliContext& context, const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("list"))
        return list(context, arguments.mid(1));
    if (sub == QLatin1String("put"))
        return put(context, arguments.mid(1));
    context.err() << recordsUsage;
    return context.fail(Usage, sub.isEmpty() ? tr("records: say list or put.")
                                             : tr("records: unknown subcommand \"%1\"; say list or put.").arg(sub));
}

int RecordsCommand::list(CliContext& context, const QStringList& arguments)
{
    QString table, store;
    bool json = false;
    for (int i = 0; i < arguments.size(); ++i) {
        std::optional<QString> value;
        if ((value = optionValue(arguments, i, QStringLiteral("--table"))))
            table = *value;
        else if ((value = optionValue(arguments, i, QStringLiteral("--store"))))
            store = *value;
        else if (arguments.at(i) == QLatin1String("--json"))
            json = true;
        else
            return context.fail(Usage, tr("records list: unknown argument %1.").arg(arguments.at(i)));
        if (value && value->isEmpty())
            return context.fail(Usage, tr("records list: %1 needs a value.").arg(arguments.at(i - 1)));
    }
    if (table.isEmpty()) {
        context.err() << recordsUsage;
        return context.fail(Usage, tr("records list: --table TABLE is required."));
    }
    std::unique_ptr<Database> database;
    if (const int code = openReplica(context, QStringLiteral("records list"), &database); code != Success)
        return code;
    StoreActions actions(*database);
    const Result<QVector<QJsonObject>> rows = actions.listRecords(table, store);
    if (!rows)
        return context.fail(exitCodeFor(rows.error()), rows.error().message);
    if (json) {
        QJsonArray array;
        for (const QJsonObject& row : *rows)
            array.append(row);
        // An empty array as "[]", which scripts compare with; rows one key per line for people reading along.
        context.out() << (array.isEmpty() ? QStringLiteral("[]\n")
                                          : QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        context.out().flush();
    } else {
        printTable(context.out(), *TableSchema::find(table), *rows);
        context.err() << QCoreApplication::translate("RecordsCommand", "%n record(s).", nullptr, int(rows->size()))
                      << Qt::endl;
    }
    return Success;
}

int RecordsCommand::put(CliContext& context, const QStringList& arguments)
{
    QString table, store, text;
    for (int i = 0; i < arguments.size(); ++i) {
        std::optional<QString> value;
        if ((value = optionValue(arguments, i, QStringLiteral("--table"))))
            table = *value;
        else if ((value = optionValue(arguments, i, QStringLiteral("--store"))))
            store = *value;
        else if ((value = optionValue(arguments, i, QStringLiteral("--json"))))
            text = *value;
        else
            return context.fail(Usage, tr("records put: unknown argument %1.").arg(arguments.at(i)));
        if (value && value->isEmpty())
            return context.fail(Usage, tr("records put: %1 needs a value.").arg(arguments.at(i - 1)));
    }
    if (table.isEmpty() || store.isEmpty() || text.isEmpty()) {
        context.err() << recordsUsage;
        return context.fail(Usage, tr("records put: --store CODE, --table TABLE and --json '{...}' are required."));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return context.fail(BadInput, tr("records put: --json is not valid JSON (%1 at character %2).")
                                          .arg(parseError.errorString())
                                          .arg(parseError.offset));
    if (!document.isObject())
        return context.fail(BadInput, tr("records put: --json must be one JSON object, {\"field\": value, ...}."));

    std::unique_ptr<Database> database;
    if (const int code = openReplica(context, QStringLiteral("records put"), &database); code != Success)
        return code;
    StoreActions actions(*database);
    const Result<PutOutcome> outcome = actions.putRecord(store, table, document.object());
    if (!outcome)
        return context.fail(exitCodeFor(outcome.error()), outcome.error().message);
    context.out() << outcome->id << Qt::endl;
    context.err() << (outcome->created ? tr("Created %1 %2 in store %3.") : tr("Updated %1 %2 in store %3."))
                         .arg(table, outcome->id, store)
                  << Qt::endl;
    return Success;
}

} // namespace syncsites::cli
