#include "HubUsersClient.h"

#include "JsonReader.h"

namespace syncsites {

namespace {

const QString kUsers = QStringLiteral("/api/v1/admin/users");

// The `user` object of an add or edit answer.
Result<UserRecord> userOf(const QJsonValue& answer)
{
    const QJsonValue user = answer.toObject().value(QLatin1String("user"));
    if (!user.isObject())
        return badResponse(QStringLiteral("user"), QStringLiteral("missing"));
    return UserRecord::fromJson(user.toObject());
}

} // namespace

QJsonObject HubUsersClient::Changes::toJson() const
{
    QJsonObject body;
    if (fullName)
        body.insert(QStringLiteral("full_name"), *fullName);
    if (role)
        body.insert(QStringLiteral("role"), userRoleId(*role));
    if (sites)
        body.insert(QStringLiteral("sites"), QJsonArray::fromStringList(*sites));
    if (active)
        body.insert(QStringLiteral("active"), *active);
    if (password)
        body.insert(QStringLiteral("password"), *password);
    return body;
}

void HubUsersClient::list(const QObject* context, HubApiClient::Done<QVector<UserRecord>> done)
{
    m_api.request("GET", kUsers, QJsonValue(QJsonValue::Undefined), context,
                  [done = std::move(done)](Result<QJsonValue> answer) {
                      if (!answer) {
                          done(answer.error());
                          return;
                      }
                      const QJsonValue users = answer->toObject().value(QLatin1String("users"));
                      if (!users.isArray()) {
                          done(badResponse(QStringLiteral("users"), QStringLiteral("missing")));
                          return;
                      }
                      QVector<UserRecord> out;
                      for (const QJsonValue& u : users.toArray()) {
                          Result<UserRecord> user = UserRecord::fromJson(u.toObject());
                          if (!user) {
                              done(user.error());
                              return;
                          }
                          out.append(std::move(*user));
                      }
                      done(std::move(out));
                  });
}

void HubUsersClient::add(const UserRecord& user, const QString& password, const QObject* context,
                         HubApiClient::Done<AddedUser> done)
{
    QJsonObject body = user.toJson();
    if (!password.isEmpty())
        body.insert(QStringLiteral("password"), password);
    m_api.request("POST", kUsers, body, context, [done = std::move(done)](Result<QJsonValue> answer) {
        if (!answer) {
            done(answer.error());
            return;
        }
        Result<UserRecord> added = userOf(*answer);
        if (!added) {
            done(added.error());
            return;
        }
        done(AddedUser{std::move(*added), answer->toObject().value(QLatin1String("password")).toString()});
    });
}

void HubUsersClient::edit(const QString& username, const Changes& changes, const QObject* context,
                          HubApiClient::Done<UserRecord> done)
{
    m_api.request("PATCH", kUsers + QLatin1Char('/') + HubApiClient::segment(username), changes.toJson(), context,
                  [done = std::move(done)](Result<QJsonValue> answer) {
                      if (!answer) {
                          done(answer.error());
                          return;
                      }
                      done(userOf(*answer));
                  });
}

} // namespace syncsites
