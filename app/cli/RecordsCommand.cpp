#include "RecordsCommand.h"

#include "ExitCode.h"
#include "SiteService.h"
#include "TableSchema.h"
#include "Utf8Check.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace syncsites::cli {

namespace {

const char* const recordsUsage = "usage: syncsites-cli --replica FILE records list --table TABLE [--store CODE] "
                                 "[--json]\n"
                                 "       syncsites-cli --replica FILE records put --store CODE --table TABLE "
                                 "--json '{...}'\n"
                                 "       syncsites-cli --replica FILE records put --store CODE --table TABLE "
                                 "--json-file FILE|-\n";

// Its sentences, in the translation context "RecordsCommand" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RecordsCommand)
};

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

// The largest --json-file read (a record is a few KiB; this bounds a wrong file, such as a database, named by
// mistake).
constexpr qint64 kMaxJsonFileBytes = 16 * 1024 * 1024;

// The name of the first field of `record` whose name or text holds `c`, or an empty string.
QString fieldHolding(const QJsonObject& record, QChar c)
{
    for (auto it = record.constBegin(); it != record.constEnd(); ++it) {
        if (it.key().contains(c) || (it.value().isString() && it.value().toString().contains(c)))
            return it.key();
    }
    return QString();
}

// Reads --json-file: a file, or stdin for "-". Sets `bytes`, or returns why not.
std::optional<QString> readJsonFile(const QString& path, QByteArray* bytes)
{
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    const QString name = path == QLatin1String("-") ? Text::tr("standard input") : path;
    if (!opened)
        return Text::tr("records put: cannot read %1: %2.").arg(name, file.errorString());
    // A pipe gives what is there at each read: read until the end (an empty read).
    bytes->clear();
    while (bytes->size() <= kMaxJsonFileBytes) {
        const QByteArray chunk = file.read(kMaxJsonFileBytes + 1 - bytes->size());
        if (chunk.isEmpty())
            break;
        bytes->append(chunk);
    }
    if (bytes->size() > kMaxJsonFileBytes)
        return Text::tr("records put: %1 is larger than %2 MiB; a record is much smaller. Is it the right file?")
            .arg(name)
            .arg(kMaxJsonFileBytes / (1024 * 1024));
    if (file.error() != QFileDevice::NoError)
        return Text::tr("records put: cannot read %1: %2.").arg(name, file.errorString());
    if (bytes->startsWith("\xEF\xBB\xBF")) // a byte order mark, as some editors write
        bytes->remove(0, 3);
    if (const qsizetype bad = firstInvalidUtf8(*bytes); bad >= 0) {
        const qsizetype lineStart = bytes->lastIndexOf('\n', bad - 1) + 1; // 0 when on the first line
        return Text::tr("records put: %1 is not valid UTF-8: byte %2 (0x%3, line %4, column %5) does not belong to a "
                        "UTF-8 character. Save the file as UTF-8 (for example with iconv -f latin1 -t utf-8).")
            .arg(name)
            .arg(bad)
            .arg(uint(static_cast<unsigned char>(bytes->at(bad))), 2, 16, QLatin1Char('0'))
            .arg(bytes->left(bad).count('\n') + 1)
            .arg(bad - lineStart + 1);
    }
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

int RecordsCommand::run(CliContext& context, const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("list"))
        return list(context, arguments.mid(1));
    if (sub == QLatin1String("put"))
        return put(context, arguments.mid(1));
    context.err() << recordsUsage;
    return context.fail(Usage, sub.isEmpty()
                                   ? Text::tr("records: say list or put.")
                                   : Text::tr("records: unknown subcommand \"%1\"; say list or put.").arg(sub));
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
            return context.fail(Usage, Text::tr("records list: unknown argument %1.").arg(arguments.at(i)));
        if (value && value->isEmpty())
            return context.fail(Usage, Text::tr("records list: %1 needs a value.").arg(arguments.at(i - 1)));
    }
    if (table.isEmpty()) {
        context.err() << recordsUsage;
        return context.fail(Usage, Text::tr("records list: --table TABLE is required."));
    }
    std::unique_ptr<SiteService> site;
    if (const int code = context.openReplica(QStringLiteral("records list"), &site); code != Success)
        return code;
    const Result<QVector<QJsonObject>> rows = site->listRecords(table, store);
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
    QString table, store, text, jsonFile;
    for (int i = 0; i < arguments.size(); ++i) {
        std::optional<QString> value;
        if ((value = optionValue(arguments, i, QStringLiteral("--table"))))
            table = *value;
        else if ((value = optionValue(arguments, i, QStringLiteral("--store"))))
            store = *value;
        else if ((value = optionValue(arguments, i, QStringLiteral("--json"))))
            text = *value;
        else if ((value = optionValue(arguments, i, QStringLiteral("--json-file"))))
            jsonFile = *value;
        else
            return context.fail(Usage, Text::tr("records put: unknown argument %1.").arg(arguments.at(i)));
        if (value && value->isEmpty())
            return context.fail(Usage, Text::tr("records put: %1 needs a value.").arg(arguments.at(i - 1)));
    }
    if (table.isEmpty() || store.isEmpty() || (text.isEmpty() && jsonFile.isEmpty())) {
        context.err() << recordsUsage;
        return context.fail(Usage,
                            Text::tr("records put: --store CODE, --table TABLE and --json '{...}' (or --json-file "
                                     "FILE, - for standard input) are required."));
    }
    if (!text.isEmpty() && !jsonFile.isEmpty())
        return context.fail(Usage, Text::tr("records put: give the record either with --json or with --json-file, not "
                                            "both."));

    QByteArray bytes;
    if (!jsonFile.isEmpty()) {
        if (const std::optional<QString> problem = readJsonFile(jsonFile, &bytes))
            return context.fail(BadInput, *problem);
    } else {
        bytes = text.toUtf8();
    }
    const QString source = jsonFile.isEmpty() ? QStringLiteral("--json") : QStringLiteral("--json-file");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return context.fail(BadInput, Text::tr("records put: %1 is not valid JSON (%2 at byte %3).")
                                          .arg(source, parseError.errorString())
                                          .arg(parseError.offset));
    if (!document.isObject())
        return context.fail(BadInput,
                            Text::tr("records put: %1 must be one JSON object, {\"field\": value, ...}.").arg(source));
    if (jsonFile.isEmpty()) {
        // The command line arrives decoded: each byte that was not UTF-8 is U+FFFD by now, and would be saved as
        // such. Refused, with the real one (it stands for a character lost before).
        if (const qsizetype at = text.indexOf(QChar::ReplacementCharacter); at >= 0) {
            const QString field = fieldHolding(document.object(), QChar::ReplacementCharacter);
            return context.fail(
                BadInput,
                (field.isEmpty()
                     ? Text::tr("records put: --json is not valid UTF-8: character %1 is a byte that is not "
                                "UTF-8 (or U+FFFD, which stands for one).")
                           .arg(at + 1)
                     : Text::tr("records put: --json is not valid UTF-8: field \"%2\" (character %1) holds a "
                                "byte that is not UTF-8 (or U+FFFD, which stands for one).")
                           .arg(at + 1)
                           .arg(field)) +
                    QLatin1Char(' ') +
                    Text::tr(
                        "Set the terminal to UTF-8, or save the record in a UTF-8 file and use --json-file FILE."));
        }
    }

    std::unique_ptr<SiteService> site;
    if (const int code = context.openReplica(QStringLiteral("records put"), &site); code != Success)
        return code;
    const Result<PutOutcome> outcome = site->putRecord(store, table, document.object());
    if (!outcome)
        return context.fail(exitCodeFor(outcome.error()), outcome.error().message);
    context.out() << outcome->id << Qt::endl;
    context.err() << (outcome->created ? Text::tr("Created %1 %2 in store %3.")
                                       : Text::tr("Updated %1 %2 in store %3."))
                         .arg(table, outcome->id, store)
                  << Qt::endl;
    return Success;
}

} // namespace syncsites::cli
