#include "AdminSitesApi.h"

#include "AdminRequest.h"
#include "AdminTopologyEditor.h"
#include "HubRepository.h"
#include "HubState.h"
#include "SecretHasher.h"
#include "StableId.h"
#include "TopologyRepository.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace syncsites {

namespace {

using AdminRequest::refused;
using AdminRequest::storageError;

// Its sentences, in the translation context "AdminSitesApi" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AdminSitesApi)
};

QString kindIds()
{
    QStringList ids;
    for (const SiteKindInfo& k : allSiteKinds())
        ids.append(k.id);
    return ids.join(QStringLiteral(", "));
}

// The fields of a site that a request may set; nullopt: not given.
struct SiteFields
{
    std::optional<SiteKind> kind;
    std::optional<QMap<Category, QString>> links;
    std::optional<QString> server; ///< empty clears
    std::optional<QString> url;    ///< empty clears
};

std::variant<SiteFields, HttpResponse> readSiteFields(const QJsonObject& body)
{
    SiteFields f;
    if (body.contains(QStringLiteral("kind"))) {
        const QString id = body.value(QStringLiteral("kind")).toString();
        f.kind = siteKindFromId(id);
        if (!f.kind)
            return AdminRequest::invalidField(QStringLiteral("kind"),
                                              Text::tr("\"kind\" must be one of: %1 (not \"%2\").").arg(kindIds(), id));
    }
    if (body.contains(QStringLiteral("links"))) {
        const QJsonValue v = body.value(QStringLiteral("links"));
        if (!v.isObject() && !v.isNull())
            return AdminRequest::invalidField(
                QStringLiteral("links"),
                Text::tr(
                    "\"links\" must be an object naming the hub site per category, e.g. {\"core\": \"Central\"}."));
        QMap<Category, QString> links;
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const std::optional<Category> c = categoryFromId(it.key());
            if (!c || !it.value().isString())
                return AdminRequest::invalidField(
                    QStringLiteral("links"),
                    Text::tr(
                        "\"links\" takes the keys \"core\" and \"oms\", each naming a hub site (\"%1\" is not one).")
                        .arg(it.key()));
            links.insert(*c, it.value().toString());
        }
        f.links = links;
    }
    for (const auto& [name, target] : {std::pair{"server", &f.server}, std::pair{"url", &f.url}}) {
        const auto value = AdminRequest::nullableString(body, QLatin1String(name));
        HttpResponse answer;
        if (refused(value, answer))
            return answer;
        *target = std::get<std::optional<QString>>(value);
    }
    return f;
}

// Where a new data-holding site links when the request names no links: core to the msupply_central, oms to the
// oms_central when its kind carries oms.
QMap<Category, QString> defaultLinks(const Topology& t, SiteKind kind)
{
    QMap<Category, QString> links;
    for (Category c : siteKindInfo(kind).upstream) {
        for (const Site& s : t.sites()) {
            if (s.kind == hubKindOf(c)) {
                links.insert(c, s.name);
                break;
            }
        }
    }
    return links;
}

HttpResponse unknownSite(const QString& name)
{
    return AdminRequest::notFound(Text::tr("There is no site named \"%1\".").arg(name));
}

HttpResponse unknownStore(const QString& code)
{
    return AdminRequest::notFound(Text::tr("There is no store with the code \"%1\".").arg(code));
}

} // namespace

HttpResponse AdminSitesApi::listSites(const HttpRequest& request)
{
    auto auth = UserSession::authenticate(m_hub, request, AdminRequest::kReaders);
    if (auto* r = std::get_if<HttpResponse>(&auth))
        return *r;
    // One read transaction, so that the revision is the one of the sites listed.
    Result<Transaction> tx = Transaction::begin(m_hub.database(), Transaction::Mode::Read);
    if (!tx)
        return storageError(tx.error());
    const Result<qint64> revision = m_editor.revision();
    if (!revision)
        return storageError(revision.error());
    const Result<Topology> topology = TopologyRepository(m_hub.database()).load();
    if (!topology)
        return storageError(topology.error());
    HubRepository hub(m_hub.database());
    // A site's last contact is the end of the newest session it reported (every session reports, failed ones too).
    const Result<QVector<SyncReport>> latest = hub.latestReports();
    if (!latest)
        return storageError(latest.error());
    QHash<QString, QDateTime> lastContact;
    for (const SyncReport& report : *latest)
        lastContact.insert(report.siteId, report.finishedAt);

    QVector<Site> sites = topology->sites();
    std::sort(sites.begin(), sites.end(),
              [](const Site& a, const Site& b) { return a.name.localeAwareCompare(b.name) < 0; });
    QJsonArray out;
    for (const Site& site : sites) {
        const QString siteId = StableId::site(site.name);
        const Result<std::optional<QString>> bound = hub.binding(siteId);
        if (!bound)
            return storageError(bound.error());
        QJsonObject links;
        for (auto it = site.links.constBegin(); it != site.links.constEnd(); ++it)
            links.insert(categoryId(it.key()), it.value());
        const auto nullable = [](const QString& text) {
            return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
        };
        const auto contact = lastContact.constFind(siteId);
        out.append(QJsonObject{
            {QStringLiteral("name"), site.name},
            {QStringLiteral("kind"), siteKindId(site.kind)},
            {QStringLiteral("server"), nullable(site.server)},
            {QStringLiteral("url"), nullable(site.url)},
            {QStringLiteral("links"), links},
            {QStringLiteral("active_stores"), QJsonArray::fromStringList(topology->activeStores(site.name))},
            {QStringLiteral("installation_id"), bound->has_value() ? QJsonValue(**bound) : QJsonValue()},
            {QStringLiteral("last_contact"), contact == lastContact.constEnd() || !contact->isValid()
                                                 ? QJsonValue()
                                                 : QJsonValue(contact->toUTC().toString(Qt::ISODateWithMs))},
        });
    }
    tx->commit();
    return HttpResponse::json(QJsonObject{{QStringLiteral("revision"), *revision}, {QStringLiteral("sites"), out}});
}

HttpResponse AdminSitesApi::addSite(const HttpRequest& request)
{
    HttpResponse answer;
    const auto asked = AdminRequest::edit(m_hub, request, true);
    if (refused(asked, answer))
        return answer;
    const AdminRequest::Edit& in = std::get<AdminRequest::Edit>(asked);
    const auto name = AdminRequest::requiredString(in.body, QStringLiteral("name"));
    if (refused(name, answer))
        return answer;
    const auto fields = readSiteFields(in.body);
    if (refused(fields, answer))
        return answer;
    const SiteFields& f = std::get<SiteFields>(fields);
    if (!f.kind)
        return AdminRequest::invalidField(QStringLiteral("kind"),
                                          Text::tr("\"kind\" is required: one of %1.").arg(kindIds()));

    TopologyEdit edit;
    edit.action = QStringLiteral("site.add");
    edit.subject = std::get<QString>(name);
    edit.details = in.body;
    edit.details.remove(QStringLiteral("revision"));
    edit.revision = in.revision;
    edit.successStatus = 201;
    edit.change = [site = std::get<QString>(name), f](Topology& t) -> std::optional<HttpResponse> {
        if (t.site(site))
            return AdminRequest::conflict(
                QStringLiteral("already_exists"),
                Text::tr("There is already a site named \"%1\". Choose another name.").arg(site));
        Site s;
        s.name = site;
        s.kind = *f.kind;
        s.links = f.links ? *f.links : defaultLinks(t, *f.kind);
        s.server = f.server.value_or(QString());
        s.url = f.url.value_or(QString());
        t.putSite(s);
        return std::nullopt;
    };
    return m_editor.apply(in.who, edit);
}

HttpResponse AdminSitesApi::editSite(const HttpRequest& request)
{
    HttpResponse answer;
    const auto asked = AdminRequest::edit(m_hub, request, true);
    if (refused(asked, answer))
        return answer;
    const AdminRequest::Edit& in = std::get<AdminRequest::Edit>(asked);
    const auto fields = readSiteFields(in.body);
    if (refused(fields, answer))
        return answer;
    const QString name = request.pathParam(QStringLiteral("name"));

    TopologyEdit edit;
    edit.action = QStringLiteral("site.edit");
    edit.subject = name;
    edit.details = in.body;
    edit.details.remove(QStringLiteral("revision"));
    edit.revision = in.revision;
    edit.change = [name, f = std::get<SiteFields>(fields)](Topology& t) -> std::optional<HttpResponse> {
        const Site* existing = t.site(name);
        if (!existing)
            return unknownSite(name);
        Site s = *existing;
        if (f.kind)
            s.kind = *f.kind;
        if (f.links)
            s.links = *f.links;
        if (f.server)
            s.server = *f.server;
        if (f.url)
            s.url = *f.url;
        t.putSite(s);
        return std::nullopt;
    };
    return m_editor.apply(in.who, edit);
}

HttpResponse AdminSitesApi::removeSite(const HttpRequest& request)
{
    HttpResponse answer;
    const auto asked = AdminRequest::edit(m_hub, request, true, true);
    if (refused(asked, answer))
        return answer;
    const AdminRequest::Edit& in = std::get<AdminRequest::Edit>(asked);
    const QString name = request.pathParam(QStringLiteral("name"));

    TopologyEdit edit;
    edit.action = QStringLiteral("site.remove");
    edit.subject = name;
    edit.revision = in.revision;
    edit.change = [name](Topology& t) -> std::optional<HttpResponse> {
        if (!t.site(name))
            return unknownSite(name);
        const QStringList active = t.activeStores(name);
        if (!active.isEmpty())
            return AdminRequest::conflict(
                QStringLiteral("site_in_use"),
                Text::tr("Stores %1 are Active on \"%2\". Make each Active on another site first, then remove \"%2\".")
                    .arg(active.join(QStringLiteral(", ")), name),
                QJsonObject{{QStringLiteral("stores"), QJsonArray::fromStringList(active)}});
        // Its visibility entries go with it; links and attachments to it are left for the rules to report.
        const QVector<Store> stores = t.stores();
        for (Store store : stores) {
            if (store.visibility.remove(name) > 0)
                t.putStore(store);
        }
        t.removeSite(name);
        return std::nullopt;
    };
    return m_editor.apply(in.who, edit);
}

HttpResponse AdminSitesApi::newSecret(const HttpRequest& request)
{
    HttpResponse answer;
    const auto asked = AdminRequest::edit(m_hub, request, false, true);
    if (refused(asked, answer))
        return answer;
    const AdminRequest::Edit& in = std::get<AdminRequest::Edit>(asked);
    const QString name = request.pathParam(QStringLiteral("name"));
    const auto snapshot = m_hub.topology();
    const Site* site = snapshot->topology.site(name);
    if (!site)
        return unknownSite(name);
    if (!site->holdsData() || site->kind == SiteKind::MsupplyCentral)
        return AdminRequest::conflict(
            QStringLiteral("no_secret"),
            site->holdsData()
                ? Text::tr("\"%1\" is this server's own site: it does not sync with a secret.").arg(name)
                : Text::tr("\"%1\" is a client: it has no secret of its own; its users sign in on its server.")
                      .arg(name));

    const QString secret = PasswordHasher::randomSecret(24);
    Result<Transaction> tx = Transaction::begin(m_hub.database());
    if (!tx)
        return storageError(tx.error());
    HubRepository hub(m_hub.database());
    if (Status s = hub.setCredential(StableId::site(name), SecretHasher::hash(secret), SecretHasher::kStoredCost); !s)
        return storageError(s.error());
    if (Status s = hub.audit(in.who.username, QStringLiteral("site.secret"), name, {}); !s)
        return storageError(s.error());
    if (Status s = tx->commit(); !s)
        return storageError(s.error());
    // The old secret's sessions end now; earlier wrong attempts no longer hold the site back.
    m_hub.tokens().revokeSubject(TokenSubject::Site, name);
    m_hub.throttle().forgetSite(name);
    return HttpResponse::json(QJsonObject{{QStringLiteral("site"), name}, {QStringLiteral("secret"), secret}});
}

HttpResponse AdminSitesApi::releaseBinding(const HttpRequest& request)
{
    HttpResponse answer;
    const auto asked = AdminRequest::edit(m_hub, request, false, true);
    if (refused(asked, answer))
        return answer;
    const AdminRequest::Edit& in = std::get<AdminRequest::Edit>(asked);
    const QString name = request.pathParam(QStringLiteral("name"));
    if (!m_hub.topology()->topology.site(name))
        return unknownSite(name);

    const QString siteId = StableId::site(name);
    Result<Transaction> tx = Transaction::begin(m_hub.database());
    if (!tx)
        return storageError(tx.error());
    HubRepository hub(m_hub.database());
    const Result<std::optional<QString>> bound = hub.binding(siteId);
    if (!bound)
        return storageError(bound.error());
    const Result<bool> released = hub.releaseBinding(siteId);
    if (!released)
        return storageError(released.error());
    const QJsonValue installation = bound->has_value() ? QJsonValue(**bound) : QJsonValue(QJsonValue::Null);
    if (Status s = hub.audit(
            in.who.username, QStringLiteral("site.release_binding"), name,
            QJsonObject{{QStringLiteral("released"), *released}, {QStringLiteral("installation_id"), installation}});
        !s)
        return storageError(s.error());
    if (Status s = tx->commit(); !s)
        return storageError(s.error());
    // The released installation's session ends with its binding.
    m_hub.tokens().revokeSubject(TokenSubject::Site, name);
    return HttpResponse::json(QJsonObject{{QStringLiteral("site"), name},
                                          {QStringLiteral("released"), *released},
                                          {QStringLiteral("installation_id"), installation}});
}

HttpResponse AdminSitesApi::addStore(const HttpRequest& request)
{
    HttpResponse answer;
    const auto asked = AdminRequest::edit(m_hub, request, true);
    if (refused(asked, answer))
        return answer;
    const AdminRequest::Edit& in = std::get<AdminRequest::Edit>(asked);
    Store store;
    for (const auto& [field, target] :
         {std::pair{"code", &store.code}, std::pair{"name", &store.name}, std::pair{"home", &store.home}}) {
        const auto value = AdminRequest::requiredString(in.body, QLatin1String(field));
        if (refused(value, answer))
            return answer;
        *target = std::get<QString>(value);
    }
    const QJsonValue visibility = in.body.value(QStringLiteral("visibility"));
    if (!visibility.isUndefined() && !visibility.isNull() && !visibility.isObject())
        return AdminRequest::invalidField(QStringLiteral("visibility"),
                                          Text::tr("\"visibility\" must be an object: site name → \"collector\" or "
                                                   "\"transfer\"."));
    const QJsonObject entries = visibility.toObject();
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        const std::optional<SyncType> type = syncTypeFromId(it.value().toString());
        if (!type)
            return AdminRequest::invalidField(
                QStringLiteral("visibility"),
                Text::tr("The sync type for \"%1\" must be \"collector\", \"transfer\" or \"none\".").arg(it.key()));
        if (*type != SyncType::None)
            store.visibility.insert(it.key(), *type);
    }

    TopologyEdit edit;
    edit.action = QStringLiteral("store.add");
    edit.subject = store.code;
    edit.details = in.body;
    edit.details.remove(QStringLiteral("revision"));
    edit.revision = in.revision;
    edit.successStatus = 201;
    edit.change = [store](Topology& t) -> std::optional<HttpResponse> {
        if (t.store(store.code))
            return AdminRequest::conflict(
                QStringLiteral("already_exists"),
                Text::tr("There is already a store with the code \"%1\". Choose another code.").arg(store.code));
        t.putStore(store);
        return std::nullopt;
    };
    return m_editor.apply(in.who, edit);
}

HttpResponse AdminSitesApi::editStore(const HttpRequest& request)
{
    HttpResponse answer;
    const auto asked = AdminRequest::edit(m_hub, request, true);
    if (refused(asked, answer))
        return answer;
    const AdminRequest::Edit& in = std::get<AdminRequest::Edit>(asked);
    const auto name = AdminRequest::requiredString(in.body, QStringLiteral("name"));
    if (refused(name, answer))
        return answer;
    const QString code = request.pathParam(QStringLiteral("code"));

    TopologyEdit edit;
    edit.action = QStringLiteral("store.edit");
    edit.subject = code;
    edit.details = QJsonObject{{QStringLiteral("name"), std::get<QString>(name)}};
    edit.revision = in.revision;
    edit.change = [code, newName = std::get<QString>(name)](Topology& t) -> std::optional<HttpResponse> {
        const Store* existing = t.store(code);
        if (!existing)
            return unknownStore(code);
        Store s = *existing;
        s.name = newName;
        t.putStore(s);
        return std::nullopt;
    };
    return m_editor.apply(in.who, edit);
}

} // namespace syncsites
