#pragma once

#include <QObject>

class QWidget;

namespace syncsites::ui {

/// Tab leaves a table, list or tree for the next control, and arrows move inside it: Qt's item views take Tab
/// cell by cell (tabKeyNavigation), which traps a person using the keyboard. Installed once on the application, it
/// turns tabKeyNavigation off for every item view as it is first shown, pages and dialogs alike.
class TabLeavesItemViews : public QObject
{
    Q_OBJECT

public:
    /// Filters the application's widgets from now on (once; later calls do nothing).
    static void install();
    /// Turns tabKeyNavigation off for `root` and the item views in it now.
    static void apply(QWidget* root);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace syncsites::ui
