#pragma once

#include "ItemRecord.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace syncsites::ui {

/// An item's code, name, unit, pack size and active flag, to add an item or change one (the code then read-only:
/// it never changes). Its main button emits submitted() rather than closing: the Items tab sends the request and
/// closes the dialog when the hub agreed, or shows the refusal in it (showError). While busy it cannot be closed.
class ItemEditDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Add,
        Edit
    };

    explicit ItemEditDialog(Mode mode, QWidget* parent = nullptr);

    void setItem(const ItemRecord& item);
    /// What the fields say now (`used` as setItem gave it).
    ItemRecord item() const;

    void setBusy(bool busy);
    void showError(const QString& message);

    void reject() override;

signals:
    void submitted();

private:
    void updateOk();

    Mode m_mode;
    bool m_busy = false;
    bool m_used = false;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QLineEdit* m_unit;
    QSpinBox* m_packSize;
    QCheckBox* m_active;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
    QPushButton* m_ok;
};

} // namespace syncsites::ui
