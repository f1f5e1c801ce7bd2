#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QVector>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;

namespace syncsites::ui {

/// Asks for a temperature reading of one of a store's assets: which asset, when (now by default) and how many degrees
/// Celsius; says when the reading is outside the 2 to 8 degrees C range vaccines are kept in. Opened with open(); the
/// page records it on accepted() through LocalSite::putRecord (table `temperature_log`).
class TemperatureLogDialog : public QDialog
{
    Q_OBJECT

public:
    /// `assets`: the store's `asset` records.
    TemperatureLogDialog(const QString& storeCode, const QVector<QJsonObject>& assets, QWidget* parent = nullptr);

    /// Selects the asset with this id; false when it is not listed.
    bool selectAsset(const QString& id);
    QString assetCode() const;
    /// The reading as a record of the `temperature_log` table, without id.
    QJsonObject record() const;

private:
    void update();

    QComboBox* m_asset;
    QDateTimeEdit* m_loggedAt;
    QDoubleSpinBox* m_temperature;
    QLabel* m_range;
    QDialogButtonBox* m_buttons;
};

} // namespace syncsites::ui
