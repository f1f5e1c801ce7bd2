#include "StoresPage.h"

#include "StoreMatrixModel.h"
#include "SyncTypeStyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace syncsites::ui {

namespace {

QLabel* legendChip(SyncType type, QWidget* parent)
{
    auto* chip = new QLabel(SyncTypeStyle::label(type), parent);
    chip->setToolTip(SyncTypeStyle::explanation(type));
    chip->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; padding: 2px 8px; }")
                            .arg(SyncTypeStyle::background(type).name(), SyncTypeStyle::foreground(type).name()));
    return chip;
}

} // namespace

StoresPage::StoresPage(QWidget* parent)
    : QWidget(parent), m_model(new StoreMatrixModel(this)), m_view(new QTableView(this))
{
    auto* title = new QLabel(tr("<h2>Stores and sync types</h2>"), this);
    auto* legend = new QHBoxLayout;
    legend->addWidget(new QLabel(tr("Each cell is the store's sync type on that site:"), this));
    for (SyncType type : {SyncType::Active, SyncType::Collector, SyncType::Transfer})
        legend->addWidget(legendChip(type, this));
    legend->addStretch();

    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("storeMatrix"));
    m_view->setAccessibleName(tr("Store sync types by site"));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setMinimumSectionSize(80);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(legend);
    layout->addWidget(m_view);
}

void StoresPage::setTopology(const Topology& topology)
{
    m_model->setTopology(topology);
    m_view->resizeColumnsToContents();
}

} // namespace syncsites::ui
