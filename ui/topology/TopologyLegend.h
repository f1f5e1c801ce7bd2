#pragma once

#include <QWidget>

class QHBoxLayout;

namespace syncsites::ui {

/// What the colours of the topology drawing mean: sync health rings, store chips by sync type, and the edges.
class TopologyLegend : public QWidget
{
    Q_OBJECT

public:
    explicit TopologyLegend(QWidget* parent = nullptr);

private:
    void addEntry(QHBoxLayout* layout, const QPixmap& swatch, const QString& text, const QString& toolTip = {});
    void addHeading(QHBoxLayout* layout, const QString& text);
};

} // namespace syncsites::ui
