#pragma once

#include "HubItemsClient.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace syncsites::ui {

class MessageLine;

class ItemTableModel;

/// The Items tab of administration: the network's item catalogue in a table (code, name, unit, pack size, active,
/// used) with a filter, Add, Edit (the code read-only; Enter on a row), Deactivate / Reactivate, and Import CSV (a
/// dry run's report first, then Apply). Every change goes through HubItemsClient; while a request runs the buttons
/// are disabled, and the hub's refusals are said in the message line.
class ItemsTab : public QWidget
{
    Q_OBJECT

public:
    explicit ItemsTab(HubApiClient& api, QWidget* parent = nullptr);

    /// Loads the items from the hub again.
    void reload();
    /// The code of the row selected, or empty.
    QString selectedCode() const;
    /// Opens the import dialog on a CSV file (what choosing a file after "Import CSV…" does).
    void importFile(const QString& path);

signals:
    /// An item was added or changed at the hub.
    void itemsChanged();

private:
    void addItem();
    void editItem();
    void toggleActive();
    void chooseImportFile();
    void select(const QString& code);
    void begin();
    void end();
    void updateButtons();
    void showInfo(const QString& text);
    void showError(const QString& text);

    HubItemsClient m_items;
    ItemTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTableView* m_table;
    MessageLine* m_message;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_toggle;
    QPushButton* m_import;
    QPushButton* m_reload;
    int m_running = 0;
};

} // namespace syncsites::ui
