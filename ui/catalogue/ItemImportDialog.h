#pragma once

#include "HubItemsClient.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace syncsites::ui {

class ItemImportReportModel;

/// Imports a CSV file of items in two steps: the file is first sent as a dry run and the hub's report shown, line
/// by line (line, code, created / updated / unchanged / refused, why), with totals; Apply then sends it for real
/// and shows the final report. Nothing changes at the hub before Apply. While a request runs the buttons are
/// disabled and the dialog cannot be closed.
class ItemImportDialog : public QDialog
{
    Q_OBJECT

public:
    /// `csv`: the file's text; `fileName` names it to the person. `items` must outlive the dialog.
    ItemImportDialog(HubItemsClient& items, const QString& csv, const QString& fileName, QWidget* parent = nullptr);

    /// Sends the file as a dry run (done once when the dialog opens; again after a failure).
    void check();
    /// Sends the file for real (the Apply button).
    void apply();

    void reject() override;

    ItemImportReportModel* reportModel() const { return m_model; }

signals:
    /// The import was applied at the hub (items may have changed).
    void applied();

private:
    void send(bool dryRun);
    void setBusy(bool busy);
    void showReport(const ItemImportReport& report);
    void showError(const QString& text);

    HubItemsClient& m_items;
    QString m_csv;
    bool m_busy = false;
    bool m_checked = false; ///< a dry run answered
    bool m_done = false;    ///< applied
    ItemImportReportModel* m_model;
    QLabel* m_summary;
    QTableView* m_table;
    QLabel* m_message;
    QPushButton* m_apply;
    QPushButton* m_close;
};

} // namespace syncsites::ui
