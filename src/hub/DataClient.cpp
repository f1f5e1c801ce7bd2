#include "DataClient.h"

#include <QCoreApplication>

namespace syncsites {

namespace {

// DataApi's context: both data APIs say the same sentences, translated once.
// Its sentences, in the translation context "DataApi" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DataApi)
};

HttpResponse invalidField(const QString& field, const QString& message)
{
    return HttpResponse::error(400, QStringLiteral("invalid_field"), message,
                               QJsonObject{{QStringLiteral("field"), field}});
}

HttpResponse forbidden(const QString& message, const QString& reason)
{
    return HttpResponse::error(403, QStringLiteral("forbidden"), message,
                               QJsonObject{{QStringLiteral("reason"), reason}});
}

} // namespace

StoreAccess DataClient::access(const QString& storeCode) const
{
    const StoreAccess a = DataApi::clientAccess(topology(), client->name, storeCode);
    // Supervisors see everything a client sees and change nothing.
    return user.role == UserRole::Supervisor && a == StoreAccess::ReadWrite ? StoreAccess::Read : a;
}

QJsonObject DataClient::describe(const QString& storeCode) const
{
    return QJsonObject{{QStringLiteral("client"), client->name},
                       {QStringLiteral("server"), server->name},
                       {QStringLiteral("store"), storeCode}};
}

std::variant<DataClient, HttpResponse> DataClient::resolve(HubState& hub, const HttpRequest& request, bool write)
{
    auto auth = write ? UserSession::authenticate(hub, request, {UserRole::Administrator, UserRole::FieldStaff})
                      : UserSession::authenticate(
                            hub, request, {UserRole::Administrator, UserRole::Supervisor, UserRole::FieldStaff});
    if (auto* refused = std::get_if<HttpResponse>(&auth))
        return *refused;
    DataClient c;
    c.user = std::get<UserSession>(std::move(auth));
    c.snapshot = hub.topology();
    QString name = request.queryValue(QStringLiteral("client"));
    if (name.isEmpty())
        name = QString::fromUtf8(request.header(QByteArrayLiteral("x-syncsites-client")));
    if (name.isEmpty())
        return invalidField(QStringLiteral("client"),
                            Text::tr("Name the client site you work through: the query parameter client=NAME or the "
                                     "header X-SyncSites-Client."));
    c.client = c.topology().site(name);
    if (!c.client)
        return forbidden(Text::tr("There is no site named \"%1\" in this network.").arg(name),
                         QStringLiteral("unknown_client"));
    if (!c.client->isClient())
        return forbidden(Text::tr("\"%1\" keeps its own data and syncs it; the data API serves client sites (mSupply "
                                  "Client, Open mSupply Desktop) only.")
                             .arg(name),
                         QStringLiteral("not_a_client"));
    const QString hubSite = hub.hubSiteName();
    if (c.client->server != hubSite)
        return forbidden(Text::tr("\"%1\" is a client of \"%2\", not of this server (\"%3\"). Connect it to \"%2\".")
                             .arg(name, c.client->server, hubSite),
                         QStringLiteral("client_of_another_server"));
    c.server = c.topology().site(hubSite);
    if (!c.server)
        return HttpResponse::error(
            503, QStringLiteral("server_error"),
            Text::tr("This server's own site is missing from the network; ask an administrator."));
    if (c.user.role != UserRole::Administrator && !c.user.sites.contains(name))
        return forbidden(Text::tr("You do not work at \"%1\"; ask an administrator to add you to that site.").arg(name),
                         QStringLiteral("not_your_site"));
    return c;
}

std::optional<HttpResponse> DataClient::refuseStore(const QString& storeCode, bool write) const
{
    const Store* store = topology().store(storeCode);
    const StoreAccess granted = store ? access(storeCode) : StoreAccess::None;
    if (granted == StoreAccess::None) {
        if (!store)
            return HttpResponse::error(
                403, QStringLiteral("store_not_visible"),
                Text::tr("There is no store \"%1\" visible to \"%2\". GET /api/v1/data/stores lists "
                         "the stores it sees.")
                    .arg(storeCode, client->name),
                describe(storeCode));
        const SyncType type = topology().syncType(storeCode, server->name);
        const QString how = type == SyncType::None ? Text::tr("not visible") : syncTypeId(type);
        return HttpResponse::error(403, QStringLiteral("store_not_visible"),
                                   Text::tr("Store \"%1\" (%2) is %3 on \"%4\", and %5 works only with the stores its "
                                            "server may show it.")
                                       .arg(store->name, storeCode, how, server->name, client->name),
                                   describe(storeCode));
    }
    if (write && granted == StoreAccess::Read)
        return HttpResponse::error(
            403, QStringLiteral("store_read_only"),
            Text::tr("Store \"%1\" (%2) is a Collector store on \"%3\": a read-only copy of the data of its home site "
                     "\"%4\". Make this change on \"%4\".")
                .arg(store->name, storeCode, server->name, store->home),
            describe(storeCode));
    return std::nullopt;
}

} // namespace syncsites
