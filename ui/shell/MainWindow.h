#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace syncsites::ui {

/// The shell: a navigation list, the pages it hosts, menus and a status bar. It owns no data and does no work of
/// its own: the app adds the pages the signed-in user's role allows and connects their signals.
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

signals:
    void pageShown(const QString& id);

private:
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
};

} // namespace syncsites::ui
