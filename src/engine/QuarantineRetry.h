#pragma once

#include "ReplicaConfig.h"
#include "Result.h"

namespace syncsites {

class Database;

/// Tries the quarantined records again, at a user's request.
///
/// A record the hub refused is sent again as it was refused (the quarantine's copy; an empty one is a delete): taken,
/// it becomes live data again; refused, the live row stays what the hub says this site holds. A record
/// that could not be integrated here is applied again from the copy kept in the quarantine. Those that go through
/// leave the quarantine; the others stay, with their retry count raised and the new reason.
///
/// Threading: blocks; never on the GUI thread. Errors: SyncClient's and storage's codes (see SyncFailure).
class QuarantineRetry
{
public:
    struct Outcome
    {
        int retried = 0;
        int resolved = 0;
        int stillRefused = 0;
    };

    QuarantineRetry(Database& replica, ReplicaConfig config, QString secret);
    Result<Outcome> run();

private:
    Database& m_database;
    ReplicaConfig m_config;
    QString m_secret;
};

} // namespace syncsites
