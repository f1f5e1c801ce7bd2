#pragma once

#include "Topology.h"

#include <QWidget>

class QTableView;

namespace syncsites::ui {

class StoreMatrixModel;

/// Every store's sync type on every data-holding site, as a matrix with a legend.
class StoresPage : public QWidget
{
    Q_OBJECT

public:
    explicit StoresPage(QWidget* parent = nullptr);

    void setTopology(const Topology& topology);

private:
    StoreMatrixModel* m_model;
    QTableView* m_view;
};

} // namespace syncsites::ui
