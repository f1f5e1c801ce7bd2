#pragma once

#include <QDialog>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLineEdit;

namespace syncsites::ui {

/// Asks for the new number of available packs of one stock line and the reason (kept in the line's note). OK is
/// enabled once the number differs and a reason is given. Opened with open(); the page acts on accepted().
class AdjustStockDialog : public QDialog
{
    Q_OBJECT

public:
    /// `description`: the line as the user knows it ("PARA500, batch B12, expires 2027-01-31").
    AdjustStockDialog(const QString& storeCode, const QString& description, double availablePacks,
                      QWidget* parent = nullptr);

    double newPacks() const;
    QString reason() const;
    /// The note to save with the line: the change and its reason.
    QString note() const;

private:
    void updateOk();

    double m_before;
    QDoubleSpinBox* m_packs;
    QLineEdit* m_reason;
    QDialogButtonBox* m_buttons;
};

} // namespace syncsites::ui
