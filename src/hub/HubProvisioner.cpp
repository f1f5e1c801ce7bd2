#include "HubProvisioner.h"

#include "Database.h"
#include "HubRepository.h"
#include "PasswordHasher.h"
#include "SecretHasher.h"
#include "SettingTable.h"
#include "StableId.h"
#include "TopologyRepository.h"
#include "Transaction.h"
#include "UserDirectory.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace syncsites {

Result<QJsonObject> HubProvisioner::provision(Database& database, const Topology& topology,
                                              const QVector<NewUser>& users, PasswordHasher::Cost passwordCost)
{
    const Site* central = topology.central();
    if (!central)
        return Error(QStringLiteral("topology_invalid"),
                     QStringLiteral("The topology has no mSupply Server (Central)."));
    SettingTable settings(database);
    for (const Status& s : {settings.setSiteId(StableId::site(central->name)), settings.setSiteName(central->name),
                            settings.setRole(DatabaseRole::Hub)}) {
        if (!s)
            return s.error();
    }

    Result<Transaction> tx = Transaction::begin(database);
    if (!tx)
        return tx.error();
    if (Status s = TopologyRepository(database).save(topology); !s)
        return s.error();

    const PasswordHasher hasher(passwordCost);
    HubRepository hub(database);
    QJsonObject siteSecrets;
    for (const Site& site : topology.sites()) {
        if (!site.holdsData() || site.kind == SiteKind::MsupplyCentral)
            continue;
        const QString secret = PasswordHasher::randomSecret(24);
        if (Status s =
                hub.setCredential(StableId::site(site.name), SecretHasher::hash(secret), SecretHasher::kStoredCost);
            !s)
            return s.error();
        siteSecrets.insert(site.name, secret);
    }

    UserDirectory directory(database, {});
    QJsonObject passwords;
    for (const NewUser& user : users) {
        const QString password = PasswordHasher::randomSecret(12);
        UserAccount account;
        account.username = user.username;
        account.fullName = user.fullName;
        account.role = user.role;
        account.passwordHash = hasher.hash(password);
        account.sites = user.sites;
        if (Status s = directory.save(account); !s)
            return s.error();
        passwords.insert(user.username, password);
    }
    if (Status s = tx->commit(); !s)
        return s.error();
    return QJsonObject{{QStringLiteral("sites"), siteSecrets}, {QStringLiteral("users"), passwords}};
}

Status HubProvisioner::writeCredentials(const QString& path, const QJsonObject& credentials)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(QStringLiteral("credentials_unwritable"),
                     QStringLiteral("Cannot write the credentials file %1: %2").arg(path, file.errorString()));
    // Owner-only before any secret is written.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(credentials).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error(QStringLiteral("credentials_unwritable"),
                     QStringLiteral("Cannot write the credentials file %1: %2").arg(path, file.errorString()));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

} // namespace syncsites
