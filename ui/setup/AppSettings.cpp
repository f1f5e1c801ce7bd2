#include "AppSettings.h"

namespace syncsites::ui {

namespace {
const QString kMode = QStringLiteral("mode");
const QString kServer = QStringLiteral("server/url");
const QString kCa = QStringLiteral("server/ca_certificate");
const QString kProxy = QStringLiteral("server/proxy");
const QString kReplica = QStringLiteral("site/replica");
const QString kSite = QStringLiteral("site/name");
const QString kUser = QStringLiteral("user/last_username");
const QString kLanguage = QStringLiteral("view/language");
const QString kTheme = QStringLiteral("view/theme");
const QString kReinitPending = QStringLiteral("site/reinit_pending");
} // namespace

AppSettings::AppSettings(const QString& file)
    : m_settings(file.isEmpty() ? std::make_unique<QSettings>()
                                : std::make_unique<QSettings>(file, QSettings::IniFormat))
{}

bool AppSettings::isConfigured() const
{
    return appModeFromId(m_settings->value(kMode).toString()).has_value() && !serverUrl().isEmpty();
}

AppMode AppSettings::mode() const
{
    return appModeFromId(m_settings->value(kMode).toString()).value_or(AppMode::Standalone);
}

void AppSettings::setMode(AppMode mode)
{
    m_settings->setValue(kMode, appModeId(mode));
}

QString AppSettings::serverUrl() const
{
    return m_settings->value(kServer).toString();
}

void AppSettings::setServerUrl(const QString& url)
{
    m_settings->setValue(kServer, url);
}

QString AppSettings::caCertificateFile() const
{
    return m_settings->value(kCa).toString();
}

void AppSettings::setCaCertificateFile(const QString& path)
{
    m_settings->setValue(kCa, path);
}

QString AppSettings::proxyUrl() const
{
    return m_settings->value(kProxy).toString();
}

void AppSettings::setProxyUrl(const QString& url)
{
    m_settings->setValue(kProxy, url);
}

QString AppSettings::replicaPath() const
{
    return m_settings->value(kReplica).toString();
}

void AppSettings::setReplicaPath(const QString& path)
{
    m_settings->setValue(kReplica, path);
}

QString AppSettings::siteName() const
{
    return m_settings->value(kSite).toString();
}

void AppSettings::setSiteName(const QString& name)
{
    m_settings->setValue(kSite, name);
}

QString AppSettings::lastUsername() const
{
    return m_settings->value(kUser).toString();
}

void AppSettings::setLastUsername(const QString& username)
{
    m_settings->setValue(kUser, username);
}

QString AppSettings::language() const
{
    return m_settings->value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString& language)
{
    m_settings->setValue(kLanguage, language);
}

QString AppSettings::theme() const
{
    return m_settings->value(kTheme, QStringLiteral("system")).toString();
}

void AppSettings::setTheme(const QString& theme)
{
    m_settings->setValue(kTheme, theme);
}

bool AppSettings::reinitPending() const
{
    return m_settings->value(kReinitPending, false).toBool();
}

void AppSettings::setReinitPending(bool pending)
{
    if (pending)
        m_settings->setValue(kReinitPending, true);
    else
        m_settings->remove(kReinitPending);
}

} // namespace syncsites::ui
