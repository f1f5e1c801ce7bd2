#pragma once

#include "HubApiClient.h"
#include "UserRecord.h"

#include <QVector>

#include <optional>

namespace syncsites {

/// An account just added, with the password the hub generated for it when none was given (shown once, never
/// stored by the app).
struct AddedUser
{
    UserRecord user;
    QString generatedPassword; ///< empty when the request gave a password
};

/// The hub's users API (docs/openapi.yaml, /api/v1/admin/users) for the desktop app's Users tab, through a
/// HubApiClient (its server, token and errors). Asynchronous as HubApiClient is: `done` runs later on the client's
/// thread, and not at all when `context` is gone.
///
/// Errors besides HubApiClient's: 409 already_exists (add: the username is taken), 409 last_administrator (edit:
/// the change would leave no active administrator), 404 not_found, 400 invalid_field (an unknown site or role, a
/// password shorter than 8 characters), 403 forbidden (not an administrator).
class HubUsersClient
{
public:
    explicit HubUsersClient(HubApiClient& api) : m_api(api) {}

    /// Every account, disabled ones included, by username.
    void list(const QObject* context, HubApiClient::Done<QVector<UserRecord>> done);
    /// Adds an account; without `password` the hub generates one and the answer carries it.
    void add(const UserRecord& user, const QString& password, const QObject* context,
             HubApiClient::Done<AddedUser> done);

    /// What an edit changes: only the fields given.
    struct Changes
    {
        std::optional<QString> fullName;
        std::optional<UserRole> role;
        std::optional<QStringList> sites;
        std::optional<bool> active;
        std::optional<QString> password;

        QJsonObject toJson() const;
    };
    /// Changes the account `username`; gives the account as it is now.
    void edit(const QString& username, const Changes& changes, const QObject* context,
              HubApiClient::Done<UserRecord> done);

private:
    HubApiClient& m_api;
};

} // namespace syncsites
