#include "OfflineSignIn.h"

#include "LocalSite.h"

namespace syncsites::ui {

Result<SignedInUser> OfflineSignIn::signIn(const QString& username, const QString& password) const
{
    const Result<LocalUser> user = m_site.signInOffline(username, password);
    if (!user)
        return user.error();
    SignedInUser signedIn;
    signedIn.username = user->username;
    signedIn.fullName = user->fullName;
    signedIn.role = userRoleFromId(user->role).value_or(UserRole::FieldStaff);
    signedIn.sites = user->sites;
    signedIn.offline = true;
    return signedIn;
}

} // namespace syncsites::ui
