#pragma once

#include "Topology.h"

#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QLabel;

namespace syncsites::ui {

class NetworkPage;
class StoresPage;

/// The shell: a navigation list and the pages it hosts. It owns no data and does no work of its own; it hands
/// what the app loaded to the pages.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    /// Shows a network, described in the status bar by `source` (e.g. the replica's file).
    void setNetwork(const Topology& topology, const QString& source);

    /// Switches to a page by its index in the navigation list.
    void showPage(int index);

private:
    void addPage(QWidget* page, const QString& title, const QString& iconName);

    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    NetworkPage* m_networkPage;
    StoresPage* m_storesPage;
    QLabel* m_sourceLabel;
};

} // namespace syncsites::ui
