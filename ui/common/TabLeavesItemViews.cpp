#include "TabLeavesItemViews.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>
#include <QPointer>

namespace syncsites::ui {

void TabLeavesItemViews::install()
{
    static QPointer<TabLeavesItemViews> filter;
    if (filter || !qApp)
        return;
    filter = new TabLeavesItemViews(qApp);
    qApp->installEventFilter(filter);
}

void TabLeavesItemViews::apply(QWidget* root)
{
    if (!root)
        return;
    if (auto* view = qobject_cast<QAbstractItemView*>(root))
        view->setTabKeyNavigation(false);
    for (QAbstractItemView* view : root->findChildren<QAbstractItemView*>())
        view->setTabKeyNavigation(false);
}

bool TabLeavesItemViews::eventFilter(QObject* watched, QEvent* event)
{
    // Every widget is polished once, before it is first shown: views made later (a dialog's, a tab's) are caught.
    if (event->type() == QEvent::Polish) {
        if (auto* view = qobject_cast<QAbstractItemView*>(watched))
            view->setTabKeyNavigation(false);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace syncsites::ui
