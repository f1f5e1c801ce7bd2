#include "HubSitesClient.h"

#include <QCoreApplication>

namespace syncsites {

namespace {

const QString kSites = QStringLiteral("/api/v1/admin/sites");
const QString kStores = QStringLiteral("/api/v1/admin/stores");

QString sitePath(const QString& name)
{
    return kSites + QLatin1Char('/') + HubApiClient::segment(name);
}

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject siteBody(qint64 revision, const HubSitesClient::SiteFields& fields)
{
    return QJsonObject{{QStringLiteral("revision"), revision},
                       {QStringLiteral("kind"), siteKindId(fields.kind)},
                       {QStringLiteral("server"), orNull(fields.server)},
                       {QStringLiteral("url"), orNull(fields.url)}};
}

} // namespace

void HubSitesClient::list(const QObject* context, HubApiClient::Done<AdminSiteList> done)
{
    m_api.request("GET", kSites, QJsonValue(QJsonValue::Undefined), context,
                  [done = std::move(done)](Result<QJsonValue> answer) {
                      if (!answer)
                          return done(answer.error());
                      done(AdminSiteList::fromJson(answer->toObject()));
                  });
}

void HubSitesClient::addSite(qint64 revision, const QString& name, const SiteFields& fields, const QObject* context,
                             HubApiClient::Done<EditResult> done)
{
    QJsonObject body = siteBody(revision, fields);
    body.insert(QStringLiteral("name"), name);
    edit("POST", kSites, body, context, std::move(done));
}

void HubSitesClient::editSite(qint64 revision, const QString& name, const SiteFields& fields, const QObject* context,
                              HubApiClient::Done<EditResult> done)
{
    edit("PATCH", sitePath(name), siteBody(revision, fields), context, std::move(done));
}

void HubSitesClient::removeSite(qint64 revision, const QString& name, const QObject* context,
                                HubApiClient::Done<EditResult> done)
{
    edit("DELETE", sitePath(name) + QStringLiteral("?revision=%1").arg(revision), QJsonValue(QJsonValue::Undefined),
         context, std::move(done));
}

void HubSitesClient::newSecret(const QString& name, const QObject* context, HubApiClient::Done<QString> done)
{
    m_api.request("POST", sitePath(name) + QStringLiteral("/secret"), QJsonObject(), context,
                  [done = std::move(done)](Result<QJsonValue> answer) {
                      if (!answer)
                          return done(answer.error());
                      const QString secret = answer->toObject().value(QStringLiteral("secret")).toString();
                      if (secret.isEmpty())
                          return done(Error(
                              QStringLiteral("bad_response"),
                              QCoreApplication::translate("HubSitesClient", "The server answered without a secret.")));
                      done(secret);
                  });
}

void HubSitesClient::releaseBinding(const QString& name, const QObject* context, HubApiClient::Done<Released> done)
{
    m_api.request("POST", sitePath(name) + QStringLiteral("/release-binding"), QJsonObject(), context,
                  [done = std::move(done)](Result<QJsonValue> answer) {
                      if (!answer)
                          return done(answer.error());
                      const QJsonObject o = answer->toObject();
                      Released r;
                      r.released = o.value(QStringLiteral("released")).toBool();
                      r.installationId = o.value(QStringLiteral("installation_id")).toString();
                      done(r);
                  });
}

void HubSitesClient::addStore(qint64 revision, const QString& code, const QString& name, const QString& home,
                              const QObject* context, HubApiClient::Done<EditResult> done)
{
    edit("POST", kStores,
         QJsonObject{{QStringLiteral("revision"), revision},
                     {QStringLiteral("code"), code},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("home"), home}},
         context, std::move(done));
}

void HubSitesClient::renameStore(qint64 revision, const QString& code, const QString& name, const QObject* context,
                                 HubApiClient::Done<EditResult> done)
{
    edit("PATCH", kStores + QLatin1Char('/') + HubApiClient::segment(code),
         QJsonObject{{QStringLiteral("revision"), revision}, {QStringLiteral("name"), name}}, context, std::move(done));
}

void HubSitesClient::edit(const QByteArray& verb, const QString& path, const QJsonValue& body, const QObject* context,
                          HubApiClient::Done<EditResult> done)
{
    m_api.request(verb, path, body, context, [done = std::move(done)](Result<QJsonValue> answer) {
        if (!answer)
            return done(answer.error());
        done(EditResult::fromJson(answer->toObject()));
    });
}

} // namespace syncsites
