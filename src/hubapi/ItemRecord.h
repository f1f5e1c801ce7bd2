#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace syncsites {

/// An item of the network's catalogue as the hub's items API shows it (GET /api/v1/admin/items).
struct ItemRecord
{
    QString code;
    QString name;
    QString unit;     ///< empty when none
    int packSize = 1; ///< units in a pack, 1 or more
    bool active = true;
    bool used = false; ///< stock, invoices or requisitions name it: it can be deactivated, not deleted

    /// {code, name, unit, pack_size, active} (what POST and PATCH take; `used` is the hub's to say).
    QJsonObject toJson() const;
    static Result<ItemRecord> fromJson(const QJsonObject& json);
};

/// One line of a CSV import's report.
struct ItemImportLine
{
    int line = 0;    ///< 1-based line of the file (the header is line 1)
    QString code;    ///< empty when the line had none
    QString outcome; ///< created, updated, unchanged or refused
    QString reason;  ///< for refused: why, in words a person can act on
};

/// What POST /api/v1/admin/items/import did (or, for a dry run, would do).
struct ItemImportReport
{
    bool applied = false; ///< false for a dry run
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int refused = 0;
    QVector<ItemImportLine> lines;
    QStringList ignoredColumns; ///< header cells that name no item field

    static Result<ItemImportReport> fromJson(const QJsonObject& json);
};

} // namespace syncsites
