#include "AppSettings.h"

namespace syncsites::ui {

namespace {

struct Setting
{
    AppSettings::Key key;
    QLatin1String name;   ///< the key in QSettings: users' existing settings are read by it, never rename one
    QVariant fallback;    ///< the default; its type is the setting's type
    bool removeAtDefault; ///< setting the default removes the key instead of storing the default
};

/// Every setting the app keeps on this computer, with its type and default.
const Setting kSettings[] = {
    {AppSettings::Key::Mode, QLatin1String("mode"), QString(), false}, ///< appModeId(); none: not set up
    {AppSettings::Key::ServerUrl, QLatin1String("server/url"), QString(), false},
    {AppSettings::Key::CaCertificateFile, QLatin1String("server/ca_certificate"), QString(), false},
    {AppSettings::Key::ProxyUrl, QLatin1String("server/proxy"), QString(), false},
    {AppSettings::Key::ReplicaPath, QLatin1String("site/replica"), QString(), false},
    {AppSettings::Key::SiteName, QLatin1String("site/name"), QString(), false},
    {AppSettings::Key::LastUsername, QLatin1String("user/last_username"), QString(), false},
    {AppSettings::Key::Language, QLatin1String("view/language"), QString(), false},
    {AppSettings::Key::Theme, QLatin1String("view/theme"), QStringLiteral("system"), false},
    {AppSettings::Key::ReinitPending, QLatin1String("site/reinit_pending"), false, true},
    {AppSettings::Key::SetupPending, QLatin1String("setup/pending"), false, true},
    {AppSettings::Key::WindowGeometry, QLatin1String("window/geometry"), QByteArray(), true},
    {AppSettings::Key::WindowState, QLatin1String("window/state"), QByteArray(), true},
    {AppSettings::Key::LastPage, QLatin1String("window/last_page"), QString(), true},
    {AppSettings::Key::WindowSplitters, QLatin1String("window/splitters"), QVariantMap(), true},
    {AppSettings::Key::CloseToTray, QLatin1String("window/close_to_tray"), true, true},
    {AppSettings::Key::TrayNoticeShown, QLatin1String("window/tray_notice_shown"), false, true},
};

const Setting& setting(AppSettings::Key key)
{
    for (const Setting& s : kSettings) {
        if (s.key == key)
            return s;
    }
    Q_UNREACHABLE();
}

} // namespace

AppSettings::AppSettings(const QString& file, QObject* parent)
    : QObject(parent), m_settings(file.isEmpty() ? std::make_unique<QSettings>()
                                                 : std::make_unique<QSettings>(file, QSettings::IniFormat))
{}

AppSettings::~AppSettings() = default;

QString AppSettings::keyName(Key key)
{
    return setting(key).name;
}

QVariant AppSettings::defaultValue(Key key)
{
    return setting(key).fallback;
}

QVariant AppSettings::value(Key key) const
{
    const Setting& s = setting(key);
    QVariant stored = m_settings->value(s.name);
    if (!stored.isValid() || !stored.convert(s.fallback.metaType()))
        return s.fallback;
    return stored;
}

void AppSettings::setValue(Key key, const QVariant& value)
{
    const Setting& s = setting(key);
    const QVariant before = this->value(key);
    QVariant typed = value;
    if (!typed.convert(s.fallback.metaType()))
        typed = s.fallback;
    if (s.removeAtDefault && typed == s.fallback)
        m_settings->remove(s.name);
    else
        m_settings->setValue(s.name, typed);
    if (this->value(key) != before)
        emit changed(s.name);
}

bool AppSettings::isConfigured() const
{
    return appModeFromId(value(Key::Mode).toString()).has_value() && !serverUrl().isEmpty() && !setupPending();
}

AppMode AppSettings::mode() const
{
    return appModeFromId(value(Key::Mode).toString()).value_or(AppMode::Standalone);
}

void AppSettings::setMode(AppMode mode)
{
    setValue(Key::Mode, appModeId(mode));
}

QString AppSettings::serverUrl() const
{
    return value(Key::ServerUrl).toString();
}

void AppSettings::setServerUrl(const QString& url)
{
    setValue(Key::ServerUrl, url);
}

QString AppSettings::caCertificateFile() const
{
    return value(Key::CaCertificateFile).toString();
}

void AppSettings::setCaCertificateFile(const QString& path)
{
    setValue(Key::CaCertificateFile, path);
}

QString AppSettings::proxyUrl() const
{
    return value(Key::ProxyUrl).toString();
}

void AppSettings::setProxyUrl(const QString& url)
{
    setValue(Key::ProxyUrl, url);
}

QString AppSettings::replicaPath() const
{
    return value(Key::ReplicaPath).toString();
}

void AppSettings::setReplicaPath(const QString& path)
{
    setValue(Key::ReplicaPath, path);
}

QString AppSettings::siteName() const
{
    return value(Key::SiteName).toString();
}

void AppSettings::setSiteName(const QString& name)
{
    setValue(Key::SiteName, name);
}

QString AppSettings::lastUsername() const
{
    return value(Key::LastUsername).toString();
}

void AppSettings::setLastUsername(const QString& username)
{
    setValue(Key::LastUsername, username);
}

QString AppSettings::language() const
{
    return value(Key::Language).toString();
}

void AppSettings::setLanguage(const QString& language)
{
    setValue(Key::Language, language);
}

QString AppSettings::theme() const
{
    return value(Key::Theme).toString();
}

void AppSettings::setTheme(const QString& theme)
{
    setValue(Key::Theme, theme);
}

bool AppSettings::reinitPending() const
{
    return value(Key::ReinitPending).toBool();
}

void AppSettings::setReinitPending(bool pending)
{
    setValue(Key::ReinitPending, pending);
}

bool AppSettings::setupPending() const
{
    return value(Key::SetupPending).toBool();
}

void AppSettings::setSetupPending(bool pending)
{
    setValue(Key::SetupPending, pending);
}

bool AppSettings::closeToTray() const
{
    return value(Key::CloseToTray).toBool();
}

void AppSettings::setCloseToTray(bool keepRunning)
{
    setValue(Key::CloseToTray, keepRunning);
}

bool AppSettings::trayNoticeShown() const
{
    return value(Key::TrayNoticeShown).toBool();
}

void AppSettings::setTrayNoticeShown(bool shown)
{
    setValue(Key::TrayNoticeShown, shown);
}

} // namespace syncsites::ui
