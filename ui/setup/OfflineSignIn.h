#pragma once

#include "Result.h"
#include "SignedInUser.h"

namespace syncsites {
class Database;
}

namespace syncsites::ui {

/// Signs a user in without the hub, at their own site: checks the password against the account sync brought to
/// this replica (the hub's slow salted hash). Only users who work at this site have their account here.
class OfflineSignIn
{
public:
    explicit OfflineSignIn(Database& replica) : m_replica(replica) {}

    /// The user (offline = true, no token), or wrong_credentials / account_disabled / not_here with words to show.
    Result<SignedInUser> signIn(const QString& username, const QString& password) const;

private:
    Database& m_replica;
};

} // namespace syncsites::ui
