#pragma once

#include <QDialog>

#include <memory>

namespace syncsites::ui {

namespace Ui {
class AdjustStockDialog;
}

/// Asks for the new number of available packs of one stock line and the reason (kept in the line's note). OK is
/// enabled once the number differs and a reason is given. Opened with open(); the page acts on accepted(). The form
/// is AdjustStockDialog.ui.
class AdjustStockDialog : public QDialog
{
    Q_OBJECT

public:
    /// `description`: the line as the user knows it ("PARA500, batch B12, expires 2027-01-31").
    AdjustStockDialog(const QString& storeCode, const QString& description, double availablePacks,
                      QWidget* parent = nullptr);
    ~AdjustStockDialog() override;

    double newPacks() const;
    QString reason() const;
    /// The note to save with the line: the change and its reason.
    QString note() const;

private:
    void updateOk();

    double m_before;
    const std::unique_ptr<Ui::AdjustStockDialog> m_ui;
};

} // namespace syncsites::ui
