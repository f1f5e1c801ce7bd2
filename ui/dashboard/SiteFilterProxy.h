#pragma once

#include "SiteKind.h"
#include "SyncHealth.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace syncsites::ui {

class SiteStatusModel;

/// Filters and sorts a SiteStatusModel: by text (any part of name, kind, server, error, version; case-insensitive),
/// kind, health, and the age of the last success. Reads the source's precomputed rows directly, so filterAcceptsRow
/// and lessThan neither allocate nor go through QVariant.
class SiteFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SiteFilterProxy(QObject* parent = nullptr);

    /// Must be a SiteStatusModel.
    void setSiteModel(SiteStatusModel* model);

    void setText(const QString& text);
    void setKind(std::optional<SiteKind> kind);
    void setHealth(std::optional<SyncHealth> health);
    /// Keeps only sites whose last success is at least this old, and those never synced; 0: no threshold.
    void setOlderThanSeconds(qint64 seconds);

    QString text() const { return m_text; }
    std::optional<SiteKind> kind() const { return m_kind; }
    std::optional<SyncHealth> health() const { return m_health; }
    qint64 olderThanSeconds() const { return m_olderThan; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    SiteStatusModel* m_model = nullptr;
    QString m_text; ///< lowercase
    std::optional<SiteKind> m_kind;
    std::optional<SyncHealth> m_health;
    qint64 m_olderThan = 0;
};

} // namespace syncsites::ui
