#include "AdminUsersApi.h"

#include "AdminRequest.h"
#include "HubRepository.h"
#include "HubState.h"
#include "StableId.h"
#include "Transaction.h"
#include "UserDirectory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace syncsites {

namespace {

using AdminRequest::refused;
using AdminRequest::storageError;

// Its sentences, in the translation context "AdminUsersApi" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AdminUsersApi)
};

// PasswordHasher::hash() fails only when the hub cannot get the hash's memory.
HttpResponse hashFailed()
{
    return HttpResponse::retryLater(
        503, QStringLiteral("server_busy"),
        Text::tr("The server is short of memory and could not store the password; nothing was "
                 "changed. Try again in a minute."),
        60);
}

// What a request may set on an account; nullopt: not given.
struct UserFields
{
    std::optional<QString> fullName;
    std::optional<QString> role;
    std::optional<QStringList> sites;
    std::optional<bool> active;
    std::optional<QString> password;
};

std::variant<UserFields, HttpResponse> readUserFields(const QJsonObject& body, const Topology& topology)
{
    UserFields f;
    HttpResponse answer;
    const auto fullName = AdminRequest::optionalString(body, QStringLiteral("full_name"), false);
    if (refused(fullName, answer))
        return answer;
    f.fullName = std::get<std::optional<QString>>(fullName);

    if (body.contains(QStringLiteral("role"))) {
        const QString role = body.value(QStringLiteral("role")).toString();
        if (!userRoleFromId(role))
            return AdminRequest::invalidField(
                QStringLiteral("role"),
                Text::tr("\"role\" must be \"administrator\", \"supervisor\" or \"field_staff\" (not \"%1\").")
                    .arg(role));
        f.role = role;
    }
    if (body.contains(QStringLiteral("sites"))) {
        const QJsonValue v = body.value(QStringLiteral("sites"));
        if (!v.isArray())
            return AdminRequest::invalidField(QStringLiteral("sites"),
                                              Text::tr("\"sites\" must be a list of the names of the sites the person "
                                                       "works at."));
        QStringList sites;
        for (const QJsonValue& site : v.toArray()) {
            if (!site.isString() || !topology.site(site.toString()))
                return AdminRequest::invalidField(QStringLiteral("sites"),
                                                  Text::tr("There is no site named \"%1\". Check the list of sites.")
                                                      .arg(site.toVariant().toString()));
            if (!sites.contains(site.toString()))
                sites.append(site.toString());
        }
        sites.sort();
        f.sites = sites;
    }
    if (body.contains(QStringLiteral("active"))) {
        if (!body.value(QStringLiteral("active")).isBool())
            return AdminRequest::invalidField(QStringLiteral("active"), Text::tr("\"active\" must be true or false."));
        f.active = body.value(QStringLiteral("active")).toBool();
    }
    const auto password = AdminRequest::optionalString(body, QStringLiteral("password"), false);
    if (refused(password, answer))
        return answer;
    f.password = std::get<std::optional<QString>>(password);
    if (f.password && f.password->size() < AdminUsersApi::kMinPasswordLength)
        return AdminRequest::invalidField(
            QStringLiteral("password"),
            Text::tr("A password needs at least %1 characters.").arg(AdminUsersApi::kMinPasswordLength));
    return f;
}

bool isActiveAdministrator(const UserAccount& a)
{
    return a.active && a.role == userRoleId(UserRole::Administrator);
}

} // namespace

HttpResponse AdminUsersApi::list(const HttpRequest& request)
{
    auto auth = UserSession::authenticate(m_hub, request, AdminRequest::kEditors);
    if (auto* r = std::get_if<HttpResponse>(&auth))
        return *r;
    const Result<QVector<UserAccount>> users = UserDirectory(m_hub.database(), m_hub.topology()->siteNameById).all();
    if (!users)
        return storageError(users.error());
    QJsonArray out;
    for (const UserAccount& u : *users)
        out.append(u.toJson());
    return HttpResponse::json(QJsonObject{{QStringLiteral("users"), out}});
}

HttpResponse AdminUsersApi::add(const HttpRequest& request)
{
    HttpResponse answer;
    const auto asked = AdminRequest::edit(m_hub, request, false);
    if (refused(asked, answer))
        return answer;
    const AdminRequest::Edit& in = std::get<AdminRequest::Edit>(asked);
    const auto username = AdminRequest::requiredString(in.body, QStringLiteral("username"));
    if (refused(username, answer))
        return answer;
    static const QRegularExpression kUsername(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    if (!kUsername.match(std::get<QString>(username)).hasMatch())
        return AdminRequest::invalidField(
            QStringLiteral("username"), Text::tr("A user name is 1 to 64 letters, digits, dots, dashes, underscores or "
                                                 "@ signs, without spaces."));
    const auto snapshot = m_hub.topology();
    const auto fields = readUserFields(in.body, snapshot->topology);
    if (refused(fields, answer))
        return answer;
    const UserFields& f = std::get<UserFields>(fields);
    if (!f.role)
        return AdminRequest::invalidField(
            QStringLiteral("role"),
            Text::tr("\"role\" is required: \"administrator\", \"supervisor\" or \"field_staff\"."));

    UserAccount account;
    account.username = std::get<QString>(username);
    account.id = StableId::user(account.username);
    account.fullName = f.fullName.value_or(QString());
    account.role = *f.role;
    account.sites = f.sites.value_or(QStringList());
    account.active = f.active.value_or(true);
    const QString password = f.password.value_or(PasswordHasher::randomSecret(12));
    account.passwordHash = m_hub.hasher().hash(password);
    if (account.passwordHash.isEmpty())
        return hashFailed();

    Result<Transaction> tx = Transaction::begin(m_hub.database());
    if (!tx)
        return storageError(tx.error());
    UserDirectory users(m_hub.database(), snapshot->siteNameById);
    const Result<std::optional<UserAccount>> existing = users.find(account.username);
    if (!existing)
        return storageError(existing.error());
    if (existing->has_value())
        return AdminRequest::conflict(
            QStringLiteral("already_exists"),
            Text::tr("There is already a user named \"%1\". Choose another user name, or edit "
                     "that account.")
                .arg(account.username));
    if (Status s = users.save(account); !s)
        return storageError(s.error());
    QJsonObject details = account.toJson();
    details.insert(QStringLiteral("password_generated"), !f.password.has_value());
    if (Status s = HubRepository(m_hub.database())
                       .audit(in.who.username, QStringLiteral("user.add"), account.username, details);
        !s)
        return storageError(s.error());
    if (Status s = tx->commit(); !s)
        return storageError(s.error());

    QJsonObject out{{QStringLiteral("user"), account.toJson()}};
    if (!f.password)
        out.insert(QStringLiteral("password"), password);
    return HttpResponse::json(out, 201);
}

HttpResponse AdminUsersApi::edit(const HttpRequest& request)
{
    HttpResponse answer;
    const auto asked = AdminRequest::edit(m_hub, request, false);
    if (refused(asked, answer))
        return answer;
    const AdminRequest::Edit& in = std::get<AdminRequest::Edit>(asked);
    const QString username = request.pathParam(QStringLiteral("username"));
    const auto snapshot = m_hub.topology();
    const auto fields = readUserFields(in.body, snapshot->topology);
    if (refused(fields, answer))
        return answer;
    const UserFields& f = std::get<UserFields>(fields);

    Result<Transaction> tx = Transaction::begin(m_hub.database());
    if (!tx)
        return storageError(tx.error());
    UserDirectory users(m_hub.database(), snapshot->siteNameById);
    const Result<QVector<UserAccount>> all = users.all();
    if (!all)
        return storageError(all.error());
    const auto found =
        std::find_if(all->cbegin(), all->cend(), [&](const UserAccount& a) { return a.username == username; });
    if (found == all->cend())
        return AdminRequest::notFound(Text::tr("There is no user named \"%1\".").arg(username));
    const UserAccount before = *found;
    UserAccount after = before;
    QJsonObject changed;
    if (f.fullName && *f.fullName != before.fullName) {
        after.fullName = *f.fullName;
        changed.insert(QStringLiteral("full_name"), after.fullName);
    }
    if (f.role && *f.role != before.role) {
        after.role = *f.role;
        changed.insert(QStringLiteral("role"), after.role);
    }
    if (f.sites && *f.sites != before.sites) {
        after.sites = *f.sites;
        changed.insert(QStringLiteral("sites"), QJsonArray::fromStringList(after.sites));
    }
    if (f.active && *f.active != before.active) {
        after.active = *f.active;
        changed.insert(QStringLiteral("active"), after.active);
    }
    if (f.password) {
        after.passwordHash = m_hub.hasher().hash(*f.password);
        if (after.passwordHash.isEmpty())
            return hashFailed();
        changed.insert(QStringLiteral("password"), QStringLiteral("changed")); // never the password itself
    }
    if (changed.isEmpty())
        return HttpResponse::json(QJsonObject{{QStringLiteral("user"), before.toJson()}});

    if (isActiveAdministrator(before) && !isActiveAdministrator(after)) {
        const bool another = std::any_of(all->cbegin(), all->cend(), [&](const UserAccount& a) {
            return a.username != username && isActiveAdministrator(a);
        });
        if (!another)
            return AdminRequest::conflict(QStringLiteral("last_administrator"),
                                          Text::tr("\"%1\" is the last active administrator. Make another person an "
                                                   "administrator first, so that someone can still manage the network.")
                                              .arg(username));
    }
    if (Status s = users.save(after); !s)
        return storageError(s.error());
    if (Status s =
            HubRepository(m_hub.database()).audit(in.who.username, QStringLiteral("user.edit"), username, changed);
        !s)
        return storageError(s.error());
    if (Status s = tx->commit(); !s)
        return storageError(s.error());

    // A role change needs nothing more (UserSession reads the account each request). A disabled account ends the
    // person's sessions now; so does a new password, all but the session that set it when people change their own
    // (a password changed because it leaked must not leave the thief signed in elsewhere).
    if (!after.active)
        m_hub.tokens().revokeSubject(TokenSubject::User, username);
    else if (f.password)
        m_hub.tokens().revokeSubject(TokenSubject::User, username,
                                     username == in.who.username ? in.who.token : QString());
    return HttpResponse::json(QJsonObject{{QStringLiteral("user"), after.toJson()}});
}

} // namespace syncsites
