#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace syncsites::ui {

class CertificateFileField;

/// Settings a person may change after set-up: the server, the certificate authority, a proxy, the automatic sync
/// interval (standalone sites), the language and the look.
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
    };

    explicit SettingsDialog(const Values& values, QWidget* parent = nullptr);

    Values values() const;

private:
    QLineEdit* m_server;
    CertificateFileField* m_caFile;
    QLineEdit* m_proxy;
    QComboBox* m_interval;
    QComboBox* m_language;
    QComboBox* m_theme;
    QLabel* m_problem;
    Values m_initial;
};

} // namespace syncsites::ui
