#include "SiteConfig.h"

#include "Database.h"
#include "ReplicaSettings.h"
#include "StableId.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace syncsites {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SiteConfig", text);
}

const QString kServerUrl = QStringLiteral("server_url");
const QString kCaCertificate = QStringLiteral("ca_certificate");
const QString kProxy = QStringLiteral("proxy_url");
const QString kInterval = QStringLiteral("sync_interval_seconds");

} // namespace

Result<SiteConfig> SiteConfig::load(Database& database)
{
    ReplicaSettings settings(database);
    SiteConfig config;
    auto get = [&](const QString& key, QString* out) -> Status {
        Result<std::optional<QString>> value = settings.value(key);
        if (!value)
            return value.error();
        *out = value->value_or(QString());
        return {};
    };
    QString interval;
    for (const auto& [key, out] :
         {std::pair{&kServerUrl, &config.serverUrl}, std::pair{&kCaCertificate, &config.caCertificatePath},
          std::pair{&kProxy, &config.proxyUrl}, std::pair{&kInterval, &interval}}) {
        if (Status s = get(*key, out); !s)
            return s.error();
    }
    Result<std::optional<QString>> name = settings.siteName();
    if (!name)
        return name.error();
    config.siteName = name->value_or(QString());
    if (!interval.isEmpty())
        config.intervalSeconds = interval.toInt();
    return config;
}

Status SiteConfig::save(Database& database) const
{
    Result<Transaction> tx = Transaction::begin(database);
    if (!tx)
        return tx.error();
    ReplicaSettings settings(database);
    auto set = [&](const QString& key, const QString& value) -> Status {
        return value.isEmpty() ? settings.remove(key) : settings.setValue(key, value);
    };
    for (const Status& s : {set(kServerUrl, serverUrl), set(kCaCertificate, caCertificatePath), set(kProxy, proxyUrl),
                            set(kInterval, QString::number(intervalSeconds)), settings.setSiteName(siteName),
                            settings.setSiteId(StableId::site(siteName))}) {
        if (!s)
            return s;
    }
    return tx->commit();
}

QString SecretFile::pathFor(const QString& replicaPath)
{
    return replicaPath + QLatin1String(".secret");
}

Result<QString> SecretFile::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("secret_missing"),
                     tr("The site's secret file %1 cannot be read (%2). Run \"syncsites-cli init\" again with the "
                        "site's password file.")
                         .arg(path, file.errorString())};
    return QString::fromUtf8(file.readAll()).trimmed();
}

Status SecretFile::write(const QString& path, const QString& secret)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("disk_write_failed"),
                     tr("The secret file %1 cannot be written (%2).").arg(path, file.errorString())};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(secret.toUtf8() + '\n');
    if (!file.commit())
        return Error{QStringLiteral("disk_write_failed"),
                     tr("The secret file %1 cannot be written (%2).").arg(path, file.errorString())};
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

Result<QString> SecretFile::readPasswordFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("password_file_unreadable"),
                     tr("The password file %1 cannot be read (%2).").arg(path, file.errorString())};
    const QString text = QString::fromUtf8(file.readAll());
    QString secret = text.section(QLatin1Char('\n'), 0, 0);
    while (!secret.isEmpty() && secret.back().isSpace())
        secret.chop(1);
    if (secret.isEmpty())
        return Error{QStringLiteral("password_file_empty"),
                     tr("The password file %1 is empty. Put the site's secret on its first line.").arg(path)};
    return secret;
}

} // namespace syncsites
