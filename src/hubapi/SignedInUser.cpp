#include "SignedInUser.h"

#include "UserProfile.h"

namespace syncsites {

Result<SignedInUser> SignedInUser::fromJson(const QJsonObject& user)
{
    Result<UserProfile> profile = UserProfile::fromJson(user);
    if (!profile)
        return profile.error();
    SignedInUser u;
    u.username = std::move(profile->username);
    u.fullName = std::move(profile->fullName);
    u.role = userRoleFromId(profile->role).value_or(UserRole::FieldStaff); // known: UserProfile::fromJson checked it
    u.sites = std::move(profile->sites);
    return u;
}

} // namespace syncsites
