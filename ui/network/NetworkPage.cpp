#include "NetworkPage.h"

#include "SiteListModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace syncsites::ui {

NetworkPage::NetworkPage(QWidget* parent)
    : QWidget(parent), m_model(new SiteListModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)), m_view(new QTableView(this))
{
    auto* title = new QLabel(tr("<h2>Network</h2>"), this);
    m_filter->setPlaceholderText(tr("Filter sites by name, kind or link…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter sites"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("siteTable"));
    m_view->setAccessibleName(tr("Sites"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(SiteListModel::LinksColumn, QHeaderView::Stretch);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
}

void NetworkPage::setTopology(const Topology& topology)
{
    m_model->setTopology(topology);
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(SiteListModel::LinksColumn, QHeaderView::Stretch);
}

} // namespace syncsites::ui
