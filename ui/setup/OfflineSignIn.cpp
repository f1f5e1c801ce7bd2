#include "OfflineSignIn.h"

#include "LocalUsers.h"
#include "PasswordHasher.h"

#include <QCoreApplication>

namespace syncsites::ui {

Result<SignedInUser> OfflineSignIn::signIn(const QString& username, const QString& password) const
{
    const server::PasswordHasher hasher;
    const Result<std::optional<LocalUser>> found = LocalUsers(m_replica).find(username);
    if (!found)
        return found.error();
    const auto wrong = [] {
        return Error{QStringLiteral("wrong_credentials"),
                     QCoreApplication::translate("OfflineSignIn",
                                                 "Wrong user name or password, or this user does not work at this "
                                                 "site (only their accounts are kept here for signing in offline).")};
    };
    if (!found->has_value()) {
        hasher.verifyNothing(password); // the same time whether or not the account exists
        return wrong();
    }
    const LocalUser& user = **found;
    if (!hasher.verify(password, user.passwordHash))
        return wrong();
    if (!user.active)
        return Error{
            QStringLiteral("account_disabled"),
            QCoreApplication::translate("OfflineSignIn", "This account is disabled. Ask the network administrator.")};
    SignedInUser signedIn;
    signedIn.username = user.username;
    signedIn.fullName = user.fullName;
    signedIn.role = userRoleFromId(user.role).value_or(UserRole::FieldStaff);
    signedIn.sites = user.sites;
    signedIn.offline = true;
    return signedIn;
}

} // namespace syncsites::ui
