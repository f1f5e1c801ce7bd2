#pragma once

#include "Result.h"

#include <QStringList>
#include <QVector>

#include <optional>

namespace syncsites {

/// One data line of an items CSV file: the fields of the columns its header names (nullopt for a column the file
/// does not have, or a blank unit/pack size/active cell, which keeps what the item has).
struct ItemCsvLine
{
    int line = 0; ///< the file's line where the record starts, 1-based (the header is line 1)
    QString code;
    std::optional<QString> name;
    std::optional<QString> unit; ///< an empty string clears the unit
    std::optional<int> packSize;
    std::optional<bool> active;
    QString problem; ///< not empty: the line is refused, and why
};

/// An items CSV file, read.
struct ItemCsvFile
{
    QVector<ItemCsvLine> lines;
    QStringList ignoredColumns; ///< header cells that name no item field, as written
    QChar delimiter = QLatin1Char(',');
};

/// Reads the CSV files administrators keep their catalogue in (RFC 4180: quoted fields may hold the delimiter,
/// line breaks and doubled quotes; a UTF-8 byte order mark and CRLF are fine). The delimiter is the comma, or the
/// semicolon or tab when the header line has more of those (spreadsheets in French and many other languages save
/// with semicolons). The header names the columns in any order, any case: code (required), name, unit, pack_size
/// ("pack size" and "pack" too) and active (yes/no, true/false, 1/0, oui/non).
///
/// A line with a bad field is kept with its `problem` (so a report can say which line and why); a file that
/// cannot be read as items at all is an Error `csv_invalid`. No I/O; stateless.
class ItemCsv
{
public:
    static constexpr int kMaxLines = 50000;

    static Result<ItemCsvFile> parse(const QString& text);
};

} // namespace syncsites
