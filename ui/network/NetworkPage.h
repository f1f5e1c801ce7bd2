#pragma once

#include "Topology.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace syncsites::ui {

class SiteListModel;

/// The network at a glance: every site with its kind, links and store counts, filterable by text.
class NetworkPage : public QWidget
{
    Q_OBJECT

public:
    explicit NetworkPage(QWidget* parent = nullptr);

    void setTopology(const Topology& topology);

private:
    SiteListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTableView* m_view;
};

} // namespace syncsites::ui
