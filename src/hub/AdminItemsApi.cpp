#include "AdminItemsApi.h"

#include "AdminRequest.h"
#include "HubRepository.h"
#include "HubState.h"
#include "ItemCatalogue.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace syncsites {

namespace {

using AdminRequest::refused;
using AdminRequest::storageError;

// Its sentences, in the translation context "AdminItemsApi" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AdminItemsApi)
};

HttpResponse unknownItem(const QString& code)
{
    return AdminRequest::notFound(Text::tr("There is no item with the code \"%1\".").arg(code));
}

// Copies the fields the body gives onto `item`; the 400 answer for a malformed one.
std::optional<HttpResponse> readFields(const QJsonObject& body, CatalogueItem& item)
{
    if (body.contains(QStringLiteral("name"))) {
        const QJsonValue v = body.value(QStringLiteral("name"));
        const QString problem =
            v.isString() ? CatalogueItem::nameProblem(v.toString().trimmed()) : Text::tr("\"name\" must be text.");
        if (!problem.isEmpty())
            return AdminRequest::invalidField(QStringLiteral("name"), problem);
        item.name = v.toString().trimmed();
    }
    if (body.contains(QStringLiteral("unit"))) {
        const QJsonValue v = body.value(QStringLiteral("unit"));
        const QString problem = v.isString() || v.isNull() ? CatalogueItem::unitProblem(v.toString().trimmed())
                                                           : Text::tr("\"unit\" must be text or null.");
        if (!problem.isEmpty())
            return AdminRequest::invalidField(QStringLiteral("unit"), problem);
        item.unit = v.toString().trimmed();
    }
    if (body.contains(QStringLiteral("pack_size"))) {
        const QJsonValue v = body.value(QStringLiteral("pack_size"));
        const double d = v.toDouble(-1);
        const bool whole = v.isDouble() && d == double(qint64(d));
        const QString problem = CatalogueItem::packSizeProblem(whole ? qint64(d) : 0);
        if (!problem.isEmpty())
            return AdminRequest::invalidField(QStringLiteral("pack_size"), problem);
        item.packSize = int(d);
    }
    if (body.contains(QStringLiteral("active"))) {
        const QJsonValue v = body.value(QStringLiteral("active"));
        if (!v.isBool())
            return AdminRequest::invalidField(QStringLiteral("active"), Text::tr("\"active\" must be true or false."));
        item.active = v.toBool();
    }
    return std::nullopt;
}

} // namespace

HttpResponse AdminItemsApi::list(const HttpRequest& request)
{
    auto auth = UserSession::authenticate(m_hub, request, AdminRequest::kReaders);
    if (auto* r = std::get_if<HttpResponse>(&auth))
        return *r;
    const Result<QVector<ItemEntry>> items = ItemCatalogue(m_hub.database()).list();
    if (!items)
        return storageError(items.error());
    QJsonArray out;
    for (const ItemEntry& e : *items)
        out.append(e.toJson());
    return HttpResponse::json(QJsonObject{{QStringLiteral("items"), out}});
}

HttpResponse AdminItemsApi::get(const HttpRequest& request)
{
    auto auth = UserSession::authenticate(m_hub, request, AdminRequest::kReaders);
    if (auto* r = std::get_if<HttpResponse>(&auth))
        return *r;
    const QString code = request.pathParam(QStringLiteral("code"));
    const Result<std::optional<ItemEntry>> found = ItemCatalogue(m_hub.database()).find(code);
    if (!found)
        return storageError(found.error());
    if (!found->has_value())
        return unknownItem(code);
    return HttpResponse::json(QJsonObject{{QStringLiteral("item"), (*found)->toJson()}});
}

HttpResponse AdminItemsApi::add(const HttpRequest& request)
{
    HttpResponse answer;
    const auto asked = AdminRequest::edit(m_hub, request, false);
    if (refused(asked, answer))
        return answer;
    const AdminRequest::Edit& in = std::get<AdminRequest::Edit>(asked);
    const auto code = AdminRequest::requiredString(in.body, QStringLiteral("code"));
    if (refused(code, answer))
        return answer;
    CatalogueItem item;
    item.code = std::get<QString>(code).trimmed();
    if (const QString problem = CatalogueItem::codeProblem(item.code); !problem.isEmpty())
        return AdminRequest::invalidField(QStringLiteral("code"), problem);
    if (!in.body.contains(QStringLiteral("name")))
        return AdminRequest::invalidField(QStringLiteral("name"), Text::tr("\"name\" is required."));
    if (auto bad = readFields(in.body, item))
        return *bad;

    Result<Transaction> tx = Transaction::begin(m_hub.database());
    if (!tx)
        return storageError(tx.error());
    ItemCatalogue items(m_hub.database());
    const Result<std::optional<ItemEntry>> existing = items.find(item.code);
    if (!existing)
        return storageError(existing.error());
    if (existing->has_value())
        return AdminRequest::conflict(
            QStringLiteral("already_exists"),
            Text::tr("There is already an item with the code \"%1\" (%2). Choose another code, "
                     "or edit that item.")
                .arg(item.code, (*existing)->item.name));
    if (Status s = items.save(item); !s)
        return storageError(s.error());
    const ItemEntry entry{item, false};
    if (Status s = HubRepository(m_hub.database())
                       .audit(in.who.username, QStringLiteral("item.add"), item.code, entry.toJson());
        !s)
        return storageError(s.error());
    if (Status s = tx->commit(); !s)
        return storageError(s.error());
    return HttpResponse::json(QJsonObject{{QStringLiteral("item"), entry.toJson()}}, 201);
}

HttpResponse AdminItemsApi::edit(const HttpRequest& request)
{
    HttpResponse answer;
    const auto asked = AdminRequest::edit(m_hub, request, false);
    if (refused(asked, answer))
        return answer;
    const AdminRequest::Edit& in = std::get<AdminRequest::Edit>(asked);
    const QString code = request.pathParam(QStringLiteral("code"));
    if (in.body.contains(QStringLiteral("code")) && in.body.value(QStringLiteral("code")).toString() != code)
        return AdminRequest::invalidField(
            QStringLiteral("code"), Text::tr("An item's code cannot change: every site knows the item by it. Add a "
                                             "new item with the new code and deactivate this one."));

    Result<Transaction> tx = Transaction::begin(m_hub.database());
    if (!tx)
        return storageError(tx.error());
    ItemCatalogue items(m_hub.database());
    const Result<std::optional<ItemEntry>> existing = items.find(code);
    if (!existing)
        return storageError(existing.error());
    if (!existing->has_value())
        return unknownItem(code);
    ItemEntry entry = **existing;
    if (auto bad = readFields(in.body, entry.item))
        return *bad;
    if (entry.item != (*existing)->item) {
        if (Status s = items.save(entry.item); !s)
            return storageError(s.error());
        QJsonObject details = in.body;
        details.remove(QStringLiteral("code"));
        if (Status s =
                HubRepository(m_hub.database()).audit(in.who.username, QStringLiteral("item.edit"), code, details);
            !s)
            return storageError(s.error());
    }
    if (Status s = tx->commit(); !s)
        return storageError(s.error());
    return HttpResponse::json(QJsonObject{{QStringLiteral("item"), entry.toJson()}});
}

HttpResponse AdminItemsApi::remove(const HttpRequest& request)
{
    HttpResponse answer;
    const auto asked = AdminRequest::edit(m_hub, request, false, true);
    if (refused(asked, answer))
        return answer;
    const AdminRequest::Edit& in = std::get<AdminRequest::Edit>(asked);
    const QString code = request.pathParam(QStringLiteral("code"));
    Result<Transaction> tx = Transaction::begin(m_hub.database());
    if (!tx)
        return storageError(tx.error());
    ItemCatalogue items(m_hub.database());
    const Result<std::optional<ItemEntry>> existing = items.find(code);
    if (!existing)
        return storageError(existing.error());
    if (!existing->has_value())
        return unknownItem(code);
    if ((*existing)->used)
        return AdminRequest::conflict(
            QStringLiteral("item_in_use"),
            Text::tr("The item \"%1\" is named by stock, shipments or requisitions, so it cannot "
                     "be deleted. Deactivate it instead: its history stays and no one can use it "
                     "in new documents.")
                .arg(code));
    const Result<bool> removed = items.remove(code);
    if (!removed)
        return storageError(removed.error());
    if (Status s = HubRepository(m_hub.database())
                       .audit(in.who.username, QStringLiteral("item.delete"), code, (*existing)->toJson());
        !s)
        return storageError(s.error());
    if (Status s = tx->commit(); !s)
        return storageError(s.error());
    return HttpResponse::json(QJsonObject{{QStringLiteral("deleted"), true}});
}

HttpResponse AdminItemsApi::import(const HttpRequest& request)
{
    auto auth = UserSession::authenticate(m_hub, request, AdminRequest::kEditors);
    if (auto* r = std::get_if<HttpResponse>(&auth))
        return *r;
    const UserSession& who = std::get<UserSession>(auth);
    const QString dryRun = request.queryValue(QStringLiteral("dry_run"), QStringLiteral("false"));
    if (dryRun != QLatin1String("true") && dryRun != QLatin1String("false"))
        return AdminRequest::invalidField(QStringLiteral("dry_run"), Text::tr("\"dry_run\" must be true or false."));
    QString csv;
    if (request.header("content-type").toLower().startsWith("text/csv")) {
        csv = QString::fromUtf8(request.body);
    } else {
        const auto body = AdminRequest::body(request);
        HttpResponse answer;
        if (refused(body, answer))
            return answer;
        const QJsonValue v = std::get<QJsonObject>(body).value(QStringLiteral("csv"));
        if (!v.isString())
            return AdminRequest::invalidField(
                QStringLiteral("csv"),
                Text::tr("Send the CSV file as text/csv, or as JSON {\"csv\": \"the file's text\"}."));
        csv = v.toString();
    }
    const Result<ItemCsvFile> file = ItemCsv::parse(csv);
    if (!file)
        return HttpResponse::fromError(400, file.error());

    Result<Transaction> tx = Transaction::begin(m_hub.database());
    if (!tx)
        return storageError(tx.error());
    ItemCatalogue items(m_hub.database());
    const Result<ItemImportPlan> plan = items.plan(*file);
    if (!plan)
        return storageError(plan.error());
    const bool apply = dryRun == QLatin1String("false");
    if (apply && !plan->writes.isEmpty()) {
        if (Status s = items.apply(*plan); !s)
            return storageError(s.error());
        const QJsonObject details{{QStringLiteral("created"), plan->created},
                                  {QStringLiteral("updated"), plan->updated},
                                  {QStringLiteral("unchanged"), plan->unchanged},
                                  {QStringLiteral("refused"), plan->refused}};
        if (Status s = HubRepository(m_hub.database())
                           .audit(who.username, QStringLiteral("item.import"),
                                  QStringLiteral("%1 items").arg(plan->writes.size()), details);
            !s)
            return storageError(s.error());
        if (Status s = tx->commit(); !s)
            return storageError(s.error());
    }
    return HttpResponse::json(plan->toJson(apply));
}

} // namespace syncsites
