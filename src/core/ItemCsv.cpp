#include "ItemCsv.h"

#include "CatalogueItem.h"

#include <QCoreApplication>
#include <QHash>

namespace syncsites {

namespace {

// Its sentences, in the translation context "ItemCsv" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ItemCsv)
};

Error invalid(const QString& message)
{
    return Error{QStringLiteral("csv_invalid"), message};
}

enum class Field
{
    Code,
    Name,
    Unit,
    PackSize,
    Active,
};

std::optional<Field> fieldOf(QString header)
{
    header = header.trimmed().toLower();
    header.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    static const QHash<QString, Field> kNames{
        {QStringLiteral("code"), Field::Code},          {QStringLiteral("item_code"), Field::Code},
        {QStringLiteral("name"), Field::Name},          {QStringLiteral("item_name"), Field::Name},
        {QStringLiteral("unit"), Field::Unit},          {QStringLiteral("units"), Field::Unit},
        {QStringLiteral("pack_size"), Field::PackSize}, {QStringLiteral("packsize"), Field::PackSize},
        {QStringLiteral("pack"), Field::PackSize},      {QStringLiteral("active"), Field::Active},
    };
    const auto it = kNames.constFind(header);
    if (it == kNames.constEnd())
        return std::nullopt;
    return *it;
}

struct Record
{
    int line = 0;
    QStringList fields;
};

QChar sniffDelimiter(const QString& text)
{
    int counts[3] = {0, 0, 0};
    const QChar candidates[3] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted) {
            for (int i = 0; i < 3; ++i)
                counts[i] += c == candidates[i] ? 1 : 0;
        }
    }
    int best = 0;
    for (int i = 1; i < 3; ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return candidates[best];
}

// Splits the text into records, each with the line it starts on; nullopt (and `error`) for an unclosed quote.
std::optional<QVector<Record>> records(const QString& text, QChar delimiter, QString* error)
{
    QVector<Record> out;
    Record current{1, {}};
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    int line = 1;
    int quoteLine = 0;
    const auto endRecord = [&] {
        current.fields.append(field);
        field.clear();
        fieldWasQuoted = false;
        out.append(current);
        current = Record{line, {}};
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
        } else if (c == QLatin1Char('"') && field.trimmed().isEmpty() && !fieldWasQuoted) {
            quoted = true;
            fieldWasQuoted = true;
            quoteLine = line;
            field.clear();
        } else if (c == delimiter) {
            current.fields.append(field);
            field.clear();
            fieldWasQuoted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            endRecord();
        } else {
            field.append(c);
        }
        if (out.size() > ItemCsv::kMaxLines + 1) {
            *error = Text::tr("The file has more than %1 lines. Split it into smaller files and import them one after "
                              "the other.")
                         .arg(ItemCsv::kMaxLines);
            return std::nullopt;
        }
    }
    if (quoted) {
        *error = Text::tr("A quoted field that starts on line %1 is never closed (a \" is missing). Fix the file in a "
                          "spreadsheet or text editor and import it again.")
                     .arg(quoteLine);
        return std::nullopt;
    }
    if (!field.isEmpty() || !current.fields.isEmpty() || fieldWasQuoted)
        endRecord();
    return out;
}

std::optional<bool> activeFrom(const QString& text, bool* ok)
{
    static const QStringList kYes{QStringLiteral("yes"), QStringLiteral("y"),   QStringLiteral("true"),
                                  QStringLiteral("1"),   QStringLiteral("oui"), QStringLiteral("active")};
    static const QStringList kNo{QStringLiteral("no"), QStringLiteral("n"),   QStringLiteral("false"),
                                 QStringLiteral("0"),  QStringLiteral("non"), QStringLiteral("inactive")};
    const QString t = text.trimmed().toLower();
    *ok = true;
    if (t.isEmpty())
        return std::nullopt;
    if (kYes.contains(t))
        return true;
    if (kNo.contains(t))
        return false;
    *ok = false;
    return std::nullopt;
}

} // namespace

Result<ItemCsvFile> ItemCsv::parse(const QString& input)
{
    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    ItemCsvFile file;
    file.delimiter = sniffDelimiter(text);
    QString error;
    const std::optional<QVector<Record>> all = records(text, file.delimiter, &error);
    if (!all)
        return invalid(error);
    const auto blank = [](const Record& r) {
        for (const QString& f : r.fields) {
            if (!f.trimmed().isEmpty())
                return false;
        }
        return true;
    };
    int first = 0;
    while (first < all->size() && blank(all->at(first)))
        ++first;
    if (first == all->size())
        return invalid(Text::tr("The file is empty. An items file starts with a header line such as "
                                "\"code,name,unit,pack_size\", then one item a line."));

    const Record& header = all->at(first);
    QHash<int, Field> columns;
    QHash<Field, int> where;
    for (int i = 0; i < header.fields.size(); ++i) {
        const std::optional<Field> f = fieldOf(header.fields.at(i));
        if (!f) {
            if (!header.fields.at(i).trimmed().isEmpty())
                file.ignoredColumns.append(header.fields.at(i).trimmed());
            continue;
        }
        if (where.contains(*f))
            return invalid(Text::tr("The header names the column \"%1\" twice (columns %2 and %3).")
                               .arg(header.fields.at(i).trimmed())
                               .arg(where.value(*f) + 1)
                               .arg(i + 1));
        columns.insert(i, *f);
        where.insert(*f, i);
    }
    if (!where.contains(Field::Code))
        return invalid(Text::tr("The first line must name the columns, with at least \"code\" (and \"name\" for new "
                                "items); it reads \"%1\".")
                           .arg(header.fields.join(file.delimiter).left(120)));

    QHash<QString, int> seen; // code -> line
    for (int r = first + 1; r < all->size(); ++r) {
        const Record& record = all->at(r);
        if (blank(record))
            continue;
        ItemCsvLine line;
        line.line = record.line;
        const auto cell = [&](Field f) -> std::optional<QString> {
            if (!where.contains(f))
                return std::nullopt;
            return record.fields.value(where.value(f)).trimmed();
        };
        QStringList problems;
        line.code = *cell(Field::Code);
        if (const QString p = CatalogueItem::codeProblem(line.code); !p.isEmpty())
            problems.append(p);
        if (auto name = cell(Field::Name)) {
            if (const QString p = CatalogueItem::nameProblem(*name); !p.isEmpty())
                problems.append(p);
            line.name = *name;
        }
        if (auto unit = cell(Field::Unit)) {
            if (const QString p = CatalogueItem::unitProblem(*unit); !p.isEmpty())
                problems.append(p);
            line.unit = *unit;
        }
        if (auto pack = cell(Field::PackSize); pack && !pack->isEmpty()) {
            bool ok = false;
            const qint64 n = pack->toLongLong(&ok);
            const QString p = ok ? CatalogueItem::packSizeProblem(n) : CatalogueItem::packSizeProblem(0);
            if (!p.isEmpty())
                problems.append(p + QLatin1Char(' ') + Text::tr("(It reads \"%1\".)").arg(*pack));
            else
                line.packSize = int(n);
        }
        if (auto active = cell(Field::Active)) {
            bool ok = true;
            line.active = activeFrom(*active, &ok);
            if (!ok)
                problems.append(Text::tr("\"active\" must be yes or no (it reads \"%1\").").arg(*active));
        }
        if (record.fields.size() > header.fields.size()) {
            bool extraBlank = true;
            for (int i = header.fields.size(); i < record.fields.size(); ++i)
                extraBlank = extraBlank && record.fields.at(i).trimmed().isEmpty();
            if (!extraBlank)
                problems.append(
                    Text::tr("The line has %1 fields but the header names %2: a field may hold an unquoted "
                             "\"%3\". Put such a field in double quotes.")
                        .arg(record.fields.size())
                        .arg(header.fields.size())
                        .arg(file.delimiter == QLatin1Char('\t') ? Text::tr("tab") : QString(file.delimiter)));
        }
        if (problems.isEmpty() && seen.contains(line.code))
            problems.append(Text::tr("The code \"%1\" is already on line %2; each item may be on one line only.")
                                .arg(line.code)
                                .arg(seen.value(line.code)));
        if (problems.isEmpty())
            seen.insert(line.code, line.line);
        line.problem = problems.join(QLatin1Char(' '));
        file.lines.append(line);
    }
    return file;
}

} // namespace syncsites
