#pragma once

#include "CommandLine.h"
#include "Result.h"

#include <QString>

#include <optional>

namespace syncsites {

struct HubConfig;
struct HttpServerConfig;

/// Everything `syncsites-server serve` is told: from the command line, from a configuration file (INI, section
/// [serve], one key per option: `workers = 8`), and the defaults of HubConfig and HttpServerConfig, in that order
/// of precedence (docs/operations.md, "Configuration file").
///
/// The file is `--config FILE`; without it, the one named by the environment variable SYNCSITES_SERVER_CONFIG, else
/// /etc/syncsites/hub.conf, and either only when it exists (`--no-config`: none at all). Paths in the file are
/// relative to its folder. Every value is checked before anything is served; a bad one is an error naming the
/// option (or the file and the key) and what is expected.
///
/// Threading: any thread. Errors as values: `usage` (a command-line option) and `config_invalid` (the file).
struct ServeSettings
{
    /// How long `serve` checks its database before serving, unless --check-seconds says otherwise.
    static constexpr int kCheckSeconds = 60;

    QString configFile; ///< the configuration file read; empty when none was
    QString db;
    QString host;
    int port = 0;
    QString portFile;
    QString tlsCertificate;
    QString tlsKey;
    QString publicUrl;
    QString metricsTokenFile;
    int workers = 8;
    std::optional<int> syncInterval; ///< a remote server's sessions with its hubs; unset: the replica's own
    int checkSeconds = kCheckSeconds;
    int headerTimeoutSeconds = 10;
    int minRate = 1024;
    int slowGraceSeconds = 10;
    int maxConnectionsPerAddress = 64;
    int reportRetentionDays = 90;
    int pushAnswerRetentionDays = 30;
    int siteSyncInterval = 300;
    int lateAfter = 600;
    int staleAfter = 86400;

    /// The options of `serve` (with --config and --no-config), for its command line and help.
    static QVector<CommandOption> options();
    /// The keys a configuration file may hold in [serve]: every option but --config and --no-config.
    static QStringList configKeys();

    /// The settings for `values` (the command line as parsed): the configuration file's values where the command
    /// line gives none, the defaults where neither does.
    static Result<ServeSettings> resolve(const OptionValues& values);

    /// Puts the hub's and the HTTP server's settings into their configurations (TLS, limits, retention, health).
    void applyTo(HubConfig& hub, HttpServerConfig& http) const;
};

} // namespace syncsites
