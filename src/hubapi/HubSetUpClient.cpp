#include "HubSetUpClient.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace syncsites {

namespace {

Error badAnswer(const QString& what)
{
    return Error{QStringLiteral("bad_response"),
                 QCoreApplication::translate("HubSetUpClient",
                                             "The server's answer could not be read (%1). Check that the address is "
                                             "a SyncSites server, or try again later.")
                     .arg(what)};
}

} // namespace

void HubSetUpClient::sites(const QObject* context, HubApiClient::Done<QVector<Site>> done)
{
    m_api.request("GET", QStringLiteral("/api/v1/sync/sites"), QJsonValue(QJsonValue::Undefined), context,
                  [done = std::move(done)](Result<QJsonValue> raw) {
                      if (!raw)
                          return done(raw.error());
                      const QJsonValue list = raw->toObject().value(QLatin1String("sites"));
                      if (!list.isArray())
                          return done(badAnswer(QStringLiteral("sites")));
                      QVector<Site> sites;
                      for (const QJsonValue& v : list.toArray()) {
                          const QJsonObject o = v.toObject();
                          const std::optional<SiteKind> kind =
                              siteKindFromId(o.value(QLatin1String("kind")).toString());
                          const QString name = o.value(QLatin1String("name")).toString();
                          if (!kind || name.isEmpty())
                              continue; // a kind this version does not know: not offered
                          sites.append({name, *kind, o.value(QLatin1String("holds_data")).toBool(true)});
                      }
                      done(sites);
                  });
}

void HubSetUpClient::checkSecret(const QString& site, const QString& secret, const QObject* context,
                                 HubApiClient::Done<Site> done)
{
    m_api.request("POST", QStringLiteral("/api/v1/sync/check"),
                  QJsonObject{{QStringLiteral("site"), site}, {QStringLiteral("secret"), secret}}, context,
                  [done = std::move(done)](Result<QJsonValue> raw) {
                      if (!raw)
                          return done(raw.error());
                      const QJsonObject o = raw->toObject();
                      const std::optional<SiteKind> kind = siteKindFromId(o.value(QLatin1String("kind")).toString());
                      if (!kind)
                          return done(badAnswer(QStringLiteral("kind")));
                      done(Site{o.value(QLatin1String("site")).toString(), *kind, true});
                  });
}

} // namespace syncsites
