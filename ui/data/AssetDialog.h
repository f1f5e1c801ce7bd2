#pragma once

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;

namespace syncsites::ui {

/// Asks for a new asset of a store (cold-chain equipment such as a refrigerator): its code and type (required), and
/// its serial number, manufacturer and installation date when known. Opened with open(); the page adds it on
/// accepted() through LocalSite::putRecord (table `asset`).
class AssetDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AssetDialog(const QString& storeCode, QWidget* parent = nullptr);

    /// The asset as a record of the `asset` table, without id and store (the store action adds them).
    QJsonObject record() const;

private:
    void updateOk();

    QLineEdit* m_code;
    QComboBox* m_type;
    QLineEdit* m_serial;
    QLineEdit* m_manufacturer;
    QCheckBox* m_installedKnown;
    QDateEdit* m_installedOn;
    QDialogButtonBox* m_buttons;
};

} // namespace syncsites::ui
