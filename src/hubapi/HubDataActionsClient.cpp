#include "HubDataActionsClient.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace syncsites {

namespace {

// Its sentences, in the translation context "HubDataActionsClient" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HubDataActionsClient)
};

Error badAnswer(const QString& what)
{
    return Error{QStringLiteral("bad_response"),
                 Text::tr("The server's answer to %1 was not understood. It may run another version; ask its "
                          "administrator.")
                     .arg(what)};
}

} // namespace

void HubDataActionsClient::options(const QString& client, const QString& store, const QObject* context,
                                   HubApiClient::Done<QJsonObject> done)
{
    m_api.request("GET",
                  QStringLiteral("/api/v1/data/actions?client=%1&store=%2")
                      .arg(HubApiClient::segment(client), HubApiClient::segment(store)),
                  QJsonValue(QJsonValue::Undefined), context, [done = std::move(done)](Result<QJsonValue> raw) {
                      if (!raw)
                          return done(raw.error());
                      const QJsonObject answer = raw->toObject();
                      if (!answer.value(QLatin1String("partners")).isArray() ||
                          !answer.value(QLatin1String("items")).isArray())
                          return done(badAnswer(Text::tr("a question about a store's actions")));
                      done(answer);
                  });
}

void HubDataActionsClient::adjustStock(const QString& client, const QString& store, const QString& lineId,
                                       double availablePacks, const QString& note, const QObject* context,
                                       HubApiClient::Done<QString> done)
{
    act("adjust-stock", client,
        QJsonObject{{QStringLiteral("store"), store},
                    {QStringLiteral("stock_line_id"), lineId},
                    {QStringLiteral("available_packs"), availablePacks},
                    {QStringLiteral("note"), note}},
        context, std::move(done));
}

void HubDataActionsClient::transfer(const QString& client, const QString& from, const QString& to,
                                    const QString& itemCode, double packs, const QObject* context,
                                    HubApiClient::Done<QString> done)
{
    act("transfer", client,
        QJsonObject{{QStringLiteral("from"), from},
                    {QStringLiteral("to"), to},
                    {QStringLiteral("item"), itemCode},
                    {QStringLiteral("packs"), packs}},
        context, std::move(done));
}

void HubDataActionsClient::receive(const QString& client, const QString& invoiceId, const QObject* context,
                                   HubApiClient::Done<QString> done)
{
    act("receive", client, QJsonObject{{QStringLiteral("invoice"), invoiceId}}, context, std::move(done));
}

void HubDataActionsClient::requisition(const QString& client, const QString& from, const QString& to,
                                       const QString& itemCode, double packs, const QObject* context,
                                       HubApiClient::Done<QString> done)
{
    act("requisition", client,
        QJsonObject{{QStringLiteral("from"), from},
                    {QStringLiteral("to"), to},
                    {QStringLiteral("item"), itemCode},
                    {QStringLiteral("packs"), packs}},
        context, std::move(done));
}

void HubDataActionsClient::respond(const QString& client, const QString& requisitionId, const QObject* context,
                                   HubApiClient::Done<QString> done)
{
    act("respond", client, QJsonObject{{QStringLiteral("requisition"), requisitionId}}, context, std::move(done));
}

void HubDataActionsClient::putRecord(const QString& client, const QString& store, const QString& table,
                                     const QJsonObject& record, const QObject* context,
                                     HubApiClient::Done<QString> done)
{
    act("record", client,
        QJsonObject{
            {QStringLiteral("store"), store}, {QStringLiteral("table"), table}, {QStringLiteral("record"), record}},
        context, std::move(done));
}

void HubDataActionsClient::act(const char* action, const QString& client, const QJsonObject& body,
                               const QObject* context, HubApiClient::Done<QString> done)
{
    const QString name = QLatin1String(action);
    m_api.request("POST", QStringLiteral("/api/v1/data/actions/%1?client=%2").arg(name, HubApiClient::segment(client)),
                  body, context, [done = std::move(done), name](Result<QJsonValue> raw) {
                      if (!raw)
                          return done(raw.error());
                      const QString id = raw->toObject().value(QLatin1String("id")).toString();
                      if (id.isEmpty())
                          return done(badAnswer(name));
                      done(id);
                  });
}

} // namespace syncsites
