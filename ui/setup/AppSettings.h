#pragma once

#include "AppMode.h"

#include <QSettings>

namespace syncsites::ui {

/// The desktop app's own settings on this computer (QSettings; per user). A standalone site's sync settings live
/// in its replica (SiteConfig); these say which replica, which server and how the app looks.
class AppSettings
{
public:
    /// Settings in `file` (an INI file) when given, else the platform's place for the app.
    explicit AppSettings(const QString& file = QString());

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

    void sync() { m_settings->sync(); }

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace syncsites::ui
