#include "AuditPanel.h"

#include "AuditModel.h"
#include "HubApiClient.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace syncsites::ui {

AuditPanel::AuditPanel(QWidget* parent)
    : QWidget(parent), m_model(new AuditModel(this)), m_view(new QTableView(this)), m_status(new QLabel(this)),
      m_refresh(new QPushButton(tr("Refresh"), this)), m_loadMore(new QPushButton(tr("Load more"), this))
{
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setAccessibleName(tr("Audit log of changes"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setWordWrap(true);
    m_refresh->setObjectName(QStringLiteral("auditRefresh"));
    m_refresh->setAccessibleName(tr("Refresh the audit log"));
    m_loadMore->setObjectName(QStringLiteral("auditLoadMore"));
    m_loadMore->setAccessibleName(tr("Load older audit entries"));
    connect(m_refresh, &QPushButton::clicked, this, &AuditPanel::refresh);
    connect(m_loadMore, &QPushButton::clicked, this, &AuditPanel::loadMore);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_loadMore);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    setHubApi(nullptr);
}

void AuditPanel::setHubApi(HubApiClient* api)
{
    m_api = api;
    m_model->clear();
    ++m_generation;
    m_refresh->setEnabled(api);
    m_loadMore->setEnabled(false);
    m_status->setText(api ? QString() : tr("The audit log is kept by the hub; connect to one to see it."));
}

void AuditPanel::refresh()
{
    if (!m_api)
        return;
    m_model->clear();
    ++m_generation;
    load(0);
}

void AuditPanel::loadMore()
{
    if (m_api && m_model->oldestId() > 0)
        load(m_model->oldestId());
}

void AuditPanel::load(qint64 before)
{
    m_status->setText(tr("Loading…"));
    m_loadMore->setEnabled(false);
    const int generation = m_generation;
    m_api->fetchAudit(kPageSize, before, this, [this, generation](Result<QVector<AuditEntry>> page) {
        if (generation != m_generation)
            return;
        if (!page) {
            m_status->setText(tr("Could not load the audit log: %1").arg(page.error().message));
            m_loadMore->setEnabled(m_model->rowCount() > 0);
            return;
        }
        m_model->append(*page);
        const bool more = page->size() == kPageSize;
        m_loadMore->setEnabled(more);
        m_status->setText(more ? tr("%n change(s) shown.", nullptr, m_model->rowCount())
                               : tr("%n change(s) shown; that is all.", nullptr, m_model->rowCount()));
        m_view->resizeColumnsToContents();
    });
}

} // namespace syncsites::ui
