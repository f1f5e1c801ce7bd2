#include "HubItemsClient.h"

#include <QJsonArray>

namespace syncsites {

namespace {

HubApiClient::Done<QJsonValue> itemAnswer(HubApiClient::Done<ItemRecord> done)
{
    return [done = std::move(done)](Result<QJsonValue> raw) {
        if (!raw)
            return done(raw.error());
        done(ItemRecord::fromJson(raw->toObject().value(QLatin1String("item")).toObject()));
    };
}

} // namespace

void HubItemsClient::list(const QObject* context, HubApiClient::Done<QVector<ItemRecord>> done)
{
    m_api.request("GET", QStringLiteral("/api/v1/admin/items"), QJsonValue(QJsonValue::Undefined), context,
                  [done = std::move(done)](Result<QJsonValue> raw) {
                      if (!raw)
                          return done(raw.error());
                      QVector<ItemRecord> items;
                      for (const QJsonValue& v : raw->toObject().value(QLatin1String("items")).toArray()) {
                          Result<ItemRecord> item = ItemRecord::fromJson(v.toObject());
                          if (!item)
                              return done(item.error());
                          items.append(*item);
                      }
                      done(items);
                  });
}

void HubItemsClient::add(const ItemRecord& item, const QObject* context, HubApiClient::Done<ItemRecord> done)
{
    m_api.request("POST", QStringLiteral("/api/v1/admin/items"), item.toJson(), context, itemAnswer(std::move(done)));
}

void HubItemsClient::edit(const ItemRecord& item, const QObject* context, HubApiClient::Done<ItemRecord> done)
{
    QJsonObject body = item.toJson();
    body.remove(QStringLiteral("code"));
    m_api.request("PATCH", QStringLiteral("/api/v1/admin/items/") + HubApiClient::segment(item.code), body, context,
                  itemAnswer(std::move(done)));
}

void HubItemsClient::import(const QString& csv, bool dryRun, const QObject* context,
                            HubApiClient::Done<ItemImportReport> done)
{
    m_api.request("POST",
                  QStringLiteral("/api/v1/admin/items/import?dry_run=%1")
                      .arg(dryRun ? QStringLiteral("true") : QStringLiteral("false")),
                  QJsonObject{{QStringLiteral("csv"), csv}}, context, [done = std::move(done)](Result<QJsonValue> raw) {
                      if (!raw)
                          return done(raw.error());
                      done(ItemImportReport::fromJson(raw->toObject()));
                  });
}

} // namespace syncsites
