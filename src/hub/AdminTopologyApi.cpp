#include "AdminTopologyApi.h"

#include "AdminRequest.h"
#include "AdminTopologyEditor.h"
#include "HubState.h"
#include "TopologyJson.h"
#include "TopologyRepository.h"
#include "TopologyValidator.h"
#include "Transaction.h"
#include "VisibilityPlanner.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace syncsites {

namespace {

using AdminRequest::refused;
using AdminRequest::storageError;

// Its sentences, in the translation context "AdminTopologyApi" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AdminTopologyApi)
};

// The "topology" member of a request, read as a topology file. The answer to give when it is missing or
// malformed: 400 invalid_field, or 400 topology_format with the JSON path of the first problem.
std::variant<Topology, HttpResponse> topologyOf(const QJsonObject& body)
{
    const QJsonValue value = body.value(QStringLiteral("topology"));
    if (!value.isObject())
        return AdminRequest::invalidField(
            QStringLiteral("topology"),
            Text::tr(
                "Send the network as \"topology\": an object in the topology file format (docs/topology-format.md)."));
    Result<Topology> parsed = TopologyJson::parse(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (!parsed)
        return HttpResponse::error(
            400, QStringLiteral("topology_format"),
            Text::tr("The topology cannot be read: %1. Nothing was changed.").arg(parsed.error().message),
            QJsonObject{{QStringLiteral("path"), parsed.error().details.toString()}});
    return std::move(parsed).value();
}

} // namespace

HttpResponse AdminTopologyApi::get(const HttpRequest& request)
{
    auto auth = UserSession::authenticate(m_hub, request, AdminRequest::kReaders);
    if (auto* r = std::get_if<HttpResponse>(&auth))
        return *r;
    // One read transaction, so that the revision is the one of the topology sent.
    Result<Transaction> tx = Transaction::begin(m_hub.database(), Transaction::Mode::Read);
    if (!tx)
        return storageError(tx.error());
    const Result<qint64> revision = m_editor.revision();
    if (!revision)
        return storageError(revision.error());
    const Result<Topology> topology = TopologyRepository(m_hub.database()).load();
    if (!topology)
        return storageError(topology.error());
    tx->commit();
    return HttpResponse::json(QJsonObject{
        {QStringLiteral("revision"), *revision},
        {QStringLiteral("topology"), QJsonDocument::fromJson(TopologyJson::serialize(*topology)).object()}});
}

HttpResponse AdminTopologyApi::put(const HttpRequest& request)
{
    HttpResponse answer;
    const auto asked = AdminRequest::edit(m_hub, request, true);
    if (refused(asked, answer))
        return answer;
    const AdminRequest::Edit& in = std::get<AdminRequest::Edit>(asked);
    const QJsonObject& json = in.body;
    const auto proposal = topologyOf(json);
    if (refused(proposal, answer))
        return answer;
    const Topology& topology = std::get<Topology>(proposal);

    TopologyEdit edit;
    edit.action = QStringLiteral("topology.import");
    edit.subject = QStringLiteral("network");
    edit.details = QJsonObject{{QStringLiteral("sites"), int(topology.sites().size())},
                               {QStringLiteral("stores"), int(topology.stores().size())}};
    edit.revision = in.revision;
    edit.import = true;
    edit.change = [topology](Topology& t) -> std::optional<HttpResponse> {
        t = topology;
        return std::nullopt;
    };
    return m_editor.apply(in.who, edit);
}

HttpResponse AdminTopologyApi::preview(const HttpRequest& request)
{
    auto auth = UserSession::authenticate(m_hub, request, AdminRequest::kEditors);
    if (auto* r = std::get_if<HttpResponse>(&auth))
        return *r;
    HttpResponse answer;
    const auto body = AdminRequest::body(request);
    if (refused(body, answer))
        return answer;
    const auto proposal = topologyOf(std::get<QJsonObject>(body));
    if (refused(proposal, answer))
        return answer;
    const Topology& after = std::get<Topology>(proposal);

    Result<Transaction> tx = Transaction::begin(m_hub.database(), Transaction::Mode::Read);
    if (!tx)
        return storageError(tx.error());
    const Result<qint64> revision = m_editor.revision();
    if (!revision)
        return storageError(revision.error());
    const Result<Topology> before = TopologyRepository(m_hub.database()).load();
    if (!before)
        return storageError(before.error());
    const Result<QSet<QString>> omsStores = m_editor.storesWithOmsData(after);
    if (!omsStores)
        return storageError(omsStores.error());
    const QVector<Violation> violations = TopologyValidator::validate(after, *omsStores);

    QJsonArray actions;
    for (const VisibilityAction& action : VisibilityPlanner::plan(*before, after)) {
        QJsonObject a = AdminTopologyEditor::actionJson(action);
        // A purged site may be gone from the new topology: ask the one that still has it what it carries.
        const Result<std::optional<qint64>> n = m_editor.estimate(action, after.site(action.site) ? after : *before);
        if (!n)
            return storageError(n.error());
        a.insert(QStringLiteral("records_estimate"), n->has_value() ? QJsonValue(**n) : QJsonValue(QJsonValue::Null));
        actions.append(a);
    }
    tx->commit();
    return HttpResponse::json(QJsonObject{
        {QStringLiteral("revision"), *revision},
        {QStringLiteral("valid"), violations.isEmpty()},
        {QStringLiteral("violations"), AdminTopologyEditor::violationsJson(violations)},
        {QStringLiteral("actions"), actions},
        {QStringLiteral("estimate_note"),
         Text::tr("The number of records counts the changes logged for the store's data, not distinct records: a "
                  "record changed several times counts several times, so the real number sent is at most this.")},
    });
}

HttpResponse AdminTopologyApi::setSyncType(const HttpRequest& request)
{
    HttpResponse answer;
    const auto asked = AdminRequest::edit(m_hub, request, true);
    if (refused(asked, answer))
        return answer;
    const AdminRequest::Edit& in = std::get<AdminRequest::Edit>(asked);
    const QJsonObject& json = in.body;
    const QString typeText = json.value(QStringLiteral("sync_type")).toString();
    const std::optional<SyncType> type = syncTypeFromId(typeText);
    if (!type)
        return AdminRequest::invalidField(
            QStringLiteral("sync_type"),
            Text::tr("\"sync_type\" must be \"active\", \"collector\", \"transfer\" or \"none\" (not \"%1\").")
                .arg(typeText));
    const QString code = request.pathParam(QStringLiteral("code"));
    const QString site = request.pathParam(QStringLiteral("site"));

    TopologyEdit edit;
    edit.action = QStringLiteral("store.sync_type");
    edit.subject = code;
    edit.details = QJsonObject{{QStringLiteral("site"), site}, {QStringLiteral("sync_type"), syncTypeId(*type)}};
    edit.revision = in.revision;
    const SyncType wanted = *type;
    edit.change = [code, site, wanted](Topology& t) -> std::optional<HttpResponse> {
        const Store* store = t.store(code);
        if (!store)
            return AdminRequest::notFound(Text::tr("There is no store with the code \"%1\".").arg(code));
        if (!t.site(site))
            return AdminRequest::notFound(Text::tr("There is no site named \"%1\".").arg(site));
        if (store->home == site && wanted != SyncType::Active)
            return AdminTopologyEditor::invalid(
                {{QStringLiteral("R5"), code,
                  Text::tr("Store \"%1\" is Active on its home \"%2\" and must stay Active somewhere. To move it, make "
                           "another site Active; \"%2\" then keeps a Collector copy, which you can change next.")
                      .arg(code, site)}});
        t.setSyncType(code, site, wanted);
        return std::nullopt;
    };
    return m_editor.apply(in.who, edit);
}

} // namespace syncsites
