#include "ReplicaConfig.h"

#include "Database.h"
#include "SettingTable.h"
#include "StableId.h"
#include "Transaction.h"

namespace syncsites {

namespace {

const QString kServerUrl = QStringLiteral("server_url");
const QString kCaCertificate = QStringLiteral("ca_certificate");
const QString kProxy = QStringLiteral("proxy_url");
const QString kInterval = QStringLiteral("sync_interval_seconds");

} // namespace

Result<ReplicaConfig> ReplicaConfig::load(Database& database)
{
    SettingTable settings(database);
    ReplicaConfig config;
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

Status ReplicaConfig::save(Database& database) const
{
    Result<Transaction> tx = Transaction::begin(database);
    if (!tx)
        return tx.error();
    SettingTable settings(database);
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

} // namespace syncsites
