#pragma once

#include <QString>
#include <QStringList>

namespace syncsites::ui {

/// Records' tables and columns as people call them, in their language: "Stock lines" for stock_line, "Expiry date"
/// for expiry_date. The database's names stay in tooltips, where whoever needs them (support, exports) finds them.
class RecordWords
{
public:
    /// A table's title ("Stock lines"); an unknown table's own name.
    static QString tableTitle(const QString& table);
    /// A column's heading ("Expiry date"); an unknown column's name in words ("some_field" -> "Some field").
    static QString columnHeading(const QString& column);
    /// The columns that have a heading of their own (the rest read as their names in words).
    static QStringList knownColumns();
    /// The tables that have a title of their own.
    static QStringList knownTables();
};

} // namespace syncsites::ui
