#pragma once

#include "TableSchema.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace syncsites {

/// The first page of a record query, with what a view needs to show it: the columns (the table's, the id last, the
/// store column left out when the rows are one store's), how many rows match in all, and readable labels for the
/// ids of stores, items and sites. Later pages bring only rows (SiteService::nextPage).
struct RecordPage
{
    QVector<const ColumnSchema*> columns; ///< static schema data, safe on any thread
    QVector<QJsonObject> rows;            ///< ordered by id
    qint64 total = 0;
    QHash<QString, QString> labels; ///< id -> code or name
};

} // namespace syncsites
