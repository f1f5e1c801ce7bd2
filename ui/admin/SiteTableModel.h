#pragma once

#include "AdminSite.h"

#include <QAbstractTableModel>

namespace syncsites::ui {

/// Every site as the hub lists it (GET /api/v1/admin/sites), one row each: name, kind, server, url, the
/// installation it is bound to, its last contact and the stores Active on it. Read-only; the SitesTab replaces the
/// whole list after each load.
class SiteTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Kind,
        Server,
        Url,
        Installation,
        LastContact,
        ActiveStores,
        ColumnCount
    };

    explicit SiteTableModel(QObject* parent = nullptr);

    void setSites(const QVector<AdminSite>& sites);
    const QVector<AdminSite>& sites() const { return m_sites; }
    /// The site of a row, or nullptr when the row is out of range.
    const AdminSite* site(int row) const;
    /// The row of a site by name, or -1.
    int rowOf(const QString& name) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const AdminSite& site, int column) const;

    QVector<AdminSite> m_sites;
};

} // namespace syncsites::ui
