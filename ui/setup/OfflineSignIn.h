#pragma once

#include "Result.h"
#include "SignedInUser.h"

namespace syncsites {
class LocalSite;
}

namespace syncsites::ui {

/// Signs a user in without the hub, at their own site: the LocalSite checks the password against the account sync
/// brought to its replica (the hub's slow salted hash); this turns the account into the signed-in user the pages
/// use. Only users who work at this site have their account here.
class OfflineSignIn
{
public:
    explicit OfflineSignIn(LocalSite& site) : m_site(site) {}

    /// The user (offline = true, no token), or wrong_credentials / account_disabled with words to show. Waits for
    /// the site's database thread (a password check takes tens of milliseconds).
    Result<SignedInUser> signIn(const QString& username, const QString& password) const;

private:
    LocalSite& m_site;
};

} // namespace syncsites::ui
