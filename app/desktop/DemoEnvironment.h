#pragma once

#include "Result.h"

#include <QDir>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace syncsites {
class Database;
class HubServer;
} // namespace syncsites

namespace syncsites::app {

/// What the README's run command opens: a demo hub (embedded SQLite, the generated demo network with records, a
/// fortnight of other sites' sync reports) served on 127.0.0.1 by this process, and a replica for one of its
/// sites that the app runs as. Everything lives in one folder; the first start creates it, later starts reuse it.
/// The hub stops with the app.
class DemoEnvironment
{
public:
    static constexpr const char* siteName = "Mulanje District Hospital"; ///< an msupply_single_user site
    static constexpr const char* adminUsername = "admin";

    ~DemoEnvironment();

    /// Creates what is missing in `folder` and starts the hub. Errors name the file and what to do.
    static Result<std::unique_ptr<DemoEnvironment>> start(const QString& folder, qint64 records = 20000);

    QString hubUrl() const;
    QString replicaPath() const { return replicaPathIn(m_folder.path()); }
    QString settingsPath() const { return settingsPathIn(m_folder.path()); }
    /// The same files of the demo in `folder`, before it starts.
    static QString replicaPathIn(const QString& folder);
    static QString settingsPathIn(const QString& folder);
    QString credentialsPath() const { return m_folder.filePath(QStringLiteral("credentials.json")); }
    QString siteSecret() const { return m_siteSecret; }
    QString password(const QString& username) const;

private:
    DemoEnvironment() = default;
    Status create(qint64 records);

    QDir m_folder;
    std::unique_ptr<Database> m_hubDatabase;
    std::unique_ptr<HubServer> m_hub;
    quint16 m_port = 0;
    QString m_siteSecret;
    QJsonObject m_credentials;
};

} // namespace syncsites::app
