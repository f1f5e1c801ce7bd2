#include "SiteFilterProxy.h"

#include "SiteStatusModel.h"

#include <limits>

namespace syncsites::ui {

namespace {

qint64 ageKey(const SiteStatusModel::Row& r)
{
    return r.ageSeconds < 0 ? std::numeric_limits<qint64>::max() : r.ageSeconds;
}

template <typename T> int compare(const T& a, const T& b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

SiteFilterProxy::SiteFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SiteStatusModel::SortRole);
    setDynamicSortFilter(true);
}

void SiteFilterProxy::setSiteModel(SiteStatusModel* model)
{
    m_model = model;
    setSourceModel(model);
}

void SiteFilterProxy::setText(const QString& text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == m_text)
        return;
    // Typing more only narrows the rows: still a full pass, but no reset of the view.
    m_text = lower;
    invalidateRowsFilter();
}

void SiteFilterProxy::setKind(std::optional<SiteKind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateRowsFilter();
}

void SiteFilterProxy::setHealth(std::optional<SyncHealth> health)
{
    if (health == m_health)
        return;
    m_health = health;
    invalidateRowsFilter();
}

void SiteFilterProxy::setOlderThanSeconds(qint64 seconds)
{
    if (seconds == m_olderThan)
        return;
    m_olderThan = seconds;
    invalidateRowsFilter();
}

bool SiteFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return false;
    const SiteStatusModel::Row& r = m_model->row(sourceRow);
    // Hubs and clients have no sync health of their own: a health or age filter leaves them out.
    if ((m_health || m_olderThan > 0) && !SiteStatusModel::syncsItself(r.status))
        return false;
    if (m_health && r.status.health != *m_health)
        return false;
    if (m_kind && r.status.kind != *m_kind)
        return false;
    if (m_olderThan > 0 && r.ageSeconds >= 0 && r.ageSeconds < m_olderThan)
        return false;
    return m_text.isEmpty() || r.searchKey.contains(m_text);
}

bool SiteFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_model)
        return QSortFilterProxyModel::lessThan(left, right);
    const SiteStatusModel::Row& a = m_model->row(left.row());
    const SiteStatusModel::Row& b = m_model->row(right.row());
    int c = 0;
    switch (left.column()) {
    case SiteStatusModel::KindColumn:
        c = a.kindName.compare(b.kindName, Qt::CaseInsensitive);
        break;
    case SiteStatusModel::LastSuccessColumn:
        c = compare(a.successEpoch, b.successEpoch);
        break;
    case SiteStatusModel::AgeColumn:
        c = compare(ageKey(a), ageKey(b));
        break;
    case SiteStatusModel::HealthColumn:
        c = compare(int(a.status.health), int(b.status.health));
        break;
    case SiteStatusModel::WaitingColumn:
        c = compare(a.status.waiting, b.status.waiting);
        break;
    case SiteStatusModel::LastErrorColumn:
        c = a.status.errorMessage.compare(b.status.errorMessage, Qt::CaseInsensitive);
        break;
    case SiteStatusModel::AppVersionColumn:
        c = a.status.appVersion.compare(b.status.appVersion);
        break;
    default:
        break;
    }
    // Ties (and the name column) fall back to the name, so the order is stable.
    if (c == 0)
        c = a.status.name.compare(b.status.name, Qt::CaseInsensitive);
    return c < 0;
}

} // namespace syncsites::ui
