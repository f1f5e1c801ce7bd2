#pragma once

#include <QMainWindow>
#include <QVariantMap>

#include <functional>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace syncsites::ui {

class AppSettings;

/// The shell: a navigation list, the pages it hosts, menus and a status bar. It owns no data and does no work of
/// its own: the app adds the pages the signed-in user's role allows and connects their signals.
///
/// It opens within the screen's available geometry and, given AppSettings (rememberIn()), comes back where it was:
/// geometry, window state, the last page shown and the pages' splitter sizes, saved when it closes.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    /// Adds a page under `id` (e.g. "sync"); the n-th page gets Ctrl+n. `iconName` names :/icons/<name>.svg.
    void addPage(const QString& id, QWidget* page, const QString& title, const QString& iconName);
    void removeAllPages();
    bool showPage(const QString& id);
    QString currentPage() const;
    QStringList pageIds() const { return m_ids; }
    /// The smallest window that shows page `id` whole (an empty size for an unknown page).
    QSize pageMinimumSize(const QString& id) const;

    /// Sizes and places the window within `available` (a screen's available geometry): the preferred size when it
    /// fits with room to spare, else maximised (its normal size within `available`).
    void placeWithin(const QRect& available);
    /// Restores what `settings` remembers (geometry and state when they fit in `available`, else placeWithin();
    /// the splitters of pages added from now on) and saves it all there when the window closes.
    void rememberIn(AppSettings* settings, const QRect& available);
    /// Shows the page shown when the window last closed; false when it is not one of the pages now.
    bool showRememberedPage();
    /// Each splitter's sizes, by page id and splitter ("stores/0"), of the pages now and of those seen before.
    QVariantMap splitterSizes() const;
    void setSplitterSizes(const QVariantMap& sizes);

    /// Asked before the window closes (work that would be lost): false keeps it open.
    void setCloseGuard(std::function<bool()> mayClose) { m_mayClose = std::move(mayClose); }
    /// Asked when the window is closed (its close button, Alt+F4): true hides it instead, and the app keeps
    /// running (close-to-tray, with automatic sync); hiddenToBackground() follows. quit() always closes.
    void setKeepRunningOnClose(std::function<bool()> keepRunning) { m_keepRunning = std::move(keepRunning); }
    /// Closes the window for good (File → Quit, the tray's Quit, the app's own reasons), asking the close guard.
    bool quit();

    /// The status bar: who is signed in (and as what), where this app works, and whether the server answers.
    void setIdentity(const QString& text);
    void setPlace(const QString& text);
    void setConnection(bool online, const QString& text);
    /// The site's sync state in one line ("Synced 12 minutes ago"); empty when this app is no site.
    void setSyncState(const QString& text);
    /// A warning that this computer's clock is off, in a few words (`text`) with the whole `warning` as its tooltip,
    /// shown in the status bar until cleared with empty texts.
    void setClockWarning(const QString& text, const QString& warning);

    /// Menus the app adds its actions to.
    QMenu* fileMenu() const { return m_fileMenu; }
    QMenu* viewMenu() const { return m_viewMenu; }
    QMenu* helpMenu() const { return m_helpMenu; }

    /// The size the window opens at on a screen large enough.
    static QSize preferredSize() { return {1280, 800}; }

signals:
    void pageShown(const QString& id);
    /// The window was closed and hidden, the app still runs (setKeepRunningOnClose).
    void hiddenToBackground();

protected:
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    /// Page `row` as it was added (the stack holds it in a scroll area).
    QWidget* pageWidget(int row) const;
    /// Icons only in the navigation (a narrow window: 200% scale on a laptop), the pages' names in tooltips and
    /// for screen readers; or icons and names.
    void setCompactNavigation(bool compact);
    void applySplitterSizes(int row);
    void saveLayout();

    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QStringList m_ids;
    QMenu* m_fileMenu;
    QMenu* m_viewMenu;
    QMenu* m_pagesMenu;
    QMenu* m_helpMenu;
    QLabel* m_identity;
    QLabel* m_place;
    QLabel* m_connection;
    QLabel* m_syncState;
    QLabel* m_clockWarning;
    QVariantMap m_splitterSizes;
    AppSettings* m_settings = nullptr;
    std::function<bool()> m_mayClose;
    std::function<bool()> m_keepRunning;
    bool m_quitting = false;
    bool m_compactNavigation = false;
};

} // namespace syncsites::ui
