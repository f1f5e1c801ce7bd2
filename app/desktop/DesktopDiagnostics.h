#pragma once

#include "SyncOverview.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace syncsites::app {

/// The plain-text summary a person copies for support (Help → Copy diagnostics) and the debug archive holds: the
/// app, Qt and the system, how this computer works with the network, the last sync, where the files are. Never a
/// secret, a password or a token: the facts hold none, and credentials in a text (a server address with a user and
/// password, an error quoting one) are masked (Redaction).
///
/// Its labels are English whatever the app's language (as the log is): support reads one form from every site.
class DesktopDiagnostics
{
public:
    /// What the app knows when the summary is asked for; empty strings are left out or said to be unknown.
    struct Facts
    {
        QDateTime generatedAt = QDateTime::currentDateTimeUtc();
        QString appVersion;
        QString mode; ///< appModeId(): "standalone", "client", "console"; empty before the set-up
        bool demo = false;
        QString serverUrl;
        QString proxyUrl;
        QString caCertificateFile;
        QString siteName;
        QString language; ///< the setting: "" for the system's
        QString theme;
        QString username;
        QString role; ///< userRoleId()
        bool offline = false;
        QString secretBackend; ///< "keychain" or "file" (SecretStore::lastBackend)
        /// A site's sync (standalone mode): the replica's log and state; nullopt when none or not readable.
        std::optional<SyncOverview> sync;
        QString syncError; ///< why `sync` could not be read
        int intervalSeconds = -1;
        bool syncRunning = false;
        int failuresInARow = 0;
        QString replicaPath;
        QString settingsFile;
        QString logFile;
    };

    /// The summary, one "Label: value" per line.
    static QString text(const Facts& facts);
    /// What the replica's damage check says, as far as the sessions tell: a session refused as `replica_damaged`
    /// carries what the check found; a later session that ran means no damage is recorded.
    static QString replicaCheck(const SyncOverview& sync);
};

} // namespace syncsites::app
