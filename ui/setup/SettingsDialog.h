#pragma once

#include <QDialog>

#include <memory>

namespace syncsites::ui {

namespace Ui {
class SettingsDialog;
}

/// Settings a person may change after set-up: the server, the certificate authority, a proxy, the automatic sync
/// interval and a new secret (standalone sites), the language, the look and whether closing the window
/// keeps the app syncing in the tray. The form is SettingsDialog.ui.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Values
    {
        QString serverUrl;
        QString caCertificateFile;
        QString proxyUrl;
        int intervalSeconds = 300; ///< -1: not applicable (no local site)
        QString language;          ///< "" system, "en", "fr"
        QString theme;             ///< system, light, dark
        QString secretBackend;     ///< where the site's secret is kept, shown read-only ("keychain", "file", "")
        QString newSecret;         ///< a new secret the person typed (the administrator made one); empty: keep
        bool closeToTray = true;   ///< closing the window keeps the app syncing in the tray
        bool trayAvailable = true; ///< the desktop has a system tray; without one the choice is not offered
    };

    explicit SettingsDialog(const Values& values, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    Values values() const;

private:
    void check();

    const std::unique_ptr<Ui::SettingsDialog> m_ui;
    Values m_initial;
};

} // namespace syncsites::ui
