#pragma once

#include "AppMode.h"

#include <QObject>
#include <QSettings>
#include <QVariant>

#include <memory>

namespace syncsites::ui {

/// The desktop app's own settings on this computer (QSettings; per user). A standalone site's sync settings live
/// in its replica (ReplicaConfig); these say which replica, which server and how the app looks.
///
/// Every setting is one row of the table in AppSettings.cpp: its key in QSettings and its default, whose type is
/// the setting's type. The typed getters and setters below go through that table; a setter that really changes a
/// value emits changed() with the setting's QSettings key (keyName()).
class AppSettings : public QObject
{
    Q_OBJECT

public:
    /// The settings, one per row of the table.
    enum class Key
    {
        Mode,
        ServerUrl,
        CaCertificateFile,
        ProxyUrl,
        ReplicaPath,
        SiteName,
        LastUsername,
        Language,
        Theme,
        ReinitPending,
        SetupPending,    ///< "Set up again": the set-up runs at the next start, from the values kept
        WindowGeometry,  ///< the main window's QWidget::saveGeometry() (maximised or not included)
        WindowState,     ///< its QMainWindow::saveState()
        LastPage,        ///< the id of the page shown when it closed
        WindowSplitters, ///< its pages' splitter sizes by page and splitter (MainWindow::splitterSizes())
        CloseToTray,     ///< closing the window leaves the app running in the tray, syncing
        TrayNoticeShown  ///< the first-time "still running" notice was shown
    };
    Q_ENUM(Key)

    /// Settings in `file` (an INI file) when given, else the platform's place for the app.
    explicit AppSettings(const QString& file = QString(), QObject* parent = nullptr);
    ~AppSettings() override;

    /// The key in QSettings ("server/url"); changed() names a setting by it.
    static QString keyName(Key key);
    /// The setting's default (of the setting's type).
    static QVariant defaultValue(Key key);
    /// The stored value converted to the setting's type, or its default when none is stored (or it does not convert).
    QVariant value(Key key) const;
    /// Stores `value`; emits changed() when what value() answers changes.
    void setValue(Key key, const QVariant& value);

    /// A mode and a server are set, and no set-up is pending.
    bool isConfigured() const;
    AppMode mode() const;
    void setMode(AppMode mode);
    QString serverUrl() const;
    void setServerUrl(const QString& url);
    QString caCertificateFile() const;
    void setCaCertificateFile(const QString& path);
    QString proxyUrl() const;
    void setProxyUrl(const QString& url);
    QString replicaPath() const; ///< standalone mode
    void setReplicaPath(const QString& path);
    QString siteName() const; ///< standalone and client modes: the site this computer is
    void setSiteName(const QString& name);
    QString lastUsername() const;
    void setLastUsername(const QString& username);
    QString language() const; ///< "" (the system's), "en", "fr"
    void setLanguage(const QString& language);
    QString theme() const; ///< "system", "light", "dark"
    void setTheme(const QString& theme);
    /// The replica is to be set up again from the server at the next start (it was found damaged).
    bool reinitPending() const;
    void setReinitPending(bool pending);
    /// The set-up is to run again at the next start ("Set up again"). The other settings are kept meanwhile: the
    /// wizard starts from them, and a set-up given up leaves them as they were.
    bool setupPending() const;
    void setSetupPending(bool pending);
    /// Closing the main window hides it and the app keeps syncing from the tray (default on); off: closing quits.
    bool closeToTray() const;
    void setCloseToTray(bool keepRunning);
    /// The notice saying the app keeps running after its window is closed was shown once.
    bool trayNoticeShown() const;
    void setTrayNoticeShown(bool shown);

    void sync() { m_settings->sync(); }

signals:
    /// A setting's value changed; `key` is its keyName().
    void changed(const QString& key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace syncsites::ui
