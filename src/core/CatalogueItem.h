#pragma once

#include <QJsonObject>
#include <QString>

namespace syncsites {

/// An item of the network's catalogue, as the hub keeps it in the synced `item` table (its id is
/// StableId::item(code), so the code never changes), with the rules every way in (the items API, a CSV import,
/// `syncsites-server init --items`) checks.
struct CatalogueItem
{
    static constexpr int kMaxCodeLength = 40;
    static constexpr int kMaxNameLength = 200;
    static constexpr int kMaxUnitLength = 40;
    static constexpr int kMaxPackSize = 1000000;

    QString code;
    QString name;
    QString unit; ///< empty: none
    int packSize = 1;
    bool active = true;

    /// The `item` row: {id, code, name, unit (null when empty), pack_size, active}.
    QJsonObject toRecord() const;
    /// Reads an `item` row (a missing pack_size is 1, a missing active true).
    static CatalogueItem fromRecord(const QJsonObject& row);

    /// What is wrong with a field, in words a person can act on; empty when it is fine.
    static QString codeProblem(const QString& code);
    static QString nameProblem(const QString& name);
    static QString unitProblem(const QString& unit);
    static QString packSizeProblem(qint64 packSize);

    friend bool operator==(const CatalogueItem& a, const CatalogueItem& b)
    {
        return a.code == b.code && a.name == b.name && a.unit == b.unit && a.packSize == b.packSize &&
               a.active == b.active;
    }
    friend bool operator!=(const CatalogueItem& a, const CatalogueItem& b) { return !(a == b); }
};

} // namespace syncsites
