#include "WireMessages.h"

#include "SiteKind.h"

#include <QCoreApplication>

namespace syncsites::wire {

namespace {

Error malformed(const QString& field)
{
    return {QStringLiteral("bad_response"),
            QCoreApplication::translate("WireMessages",
                                        "The server's answer was damaged on the way (field \"%1\" is missing or "
                                        "malformed). Sync again; if it keeps happening, check the network.")
                .arg(field),
            QVariantMap{{QStringLiteral("field"), field}}};
}

bool isWholeNumber(const QJsonValue& value)
{
    return value.isDouble() && value.toDouble() == double(value.toInteger());
}

} // namespace

QJsonObject HandshakeRequest::toJson() const
{
    return QJsonObject{
        {QStringLiteral("protocol"),
         QJsonObject{{QStringLiteral("min"), protocolMin}, {QStringLiteral("max"), protocolMax}}},
        {QStringLiteral("site"), site},
        {QStringLiteral("secret"), secret},
        {QStringLiteral("installation_id"), installationId},
        {QStringLiteral("app_version"), appVersion},
    };
}

Result<HandshakeAnswer> HandshakeAnswer::fromJson(const QJsonObject& json)
{
    HandshakeAnswer answer;
    answer.protocolVersion = json.value(QStringLiteral("protocol_version")).toInt();
    answer.token = json.value(QStringLiteral("token")).toString();
    answer.serverId = json.value(QStringLiteral("server_id")).toString();
    if (answer.protocolVersion < 1)
        return malformed(QStringLiteral("protocol_version"));
    if (answer.token.isEmpty())
        return malformed(QStringLiteral("token"));
    answer.expiresAt = QDateTime::fromString(json.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
    answer.serverTime = QDateTime::fromString(json.value(QStringLiteral("server_time")).toString(), Qt::ISODateWithMs);
    const QJsonObject site = json.value(QStringLiteral("site")).toObject();
    answer.siteId = site.value(QStringLiteral("id")).toString();
    answer.siteName = site.value(QStringLiteral("name")).toString();
    answer.siteKind = site.value(QStringLiteral("kind")).toString();
    if (answer.siteId.isEmpty() || answer.siteName.isEmpty())
        return malformed(QStringLiteral("site"));
    if (!siteKindFromId(answer.siteKind))
        return malformed(QStringLiteral("site.kind"));
    for (const QJsonValue& value : json.value(QStringLiteral("links")).toArray()) {
        const QJsonObject link = value.toObject();
        const std::optional<Category> category = categoryFromId(link.value(QStringLiteral("category")).toString());
        if (!category)
            return malformed(QStringLiteral("links.category"));
        answer.links.append(Link{*category, link.value(QStringLiteral("hub")).toString(),
                                 link.value(QStringLiteral("url")).toString(),
                                 link.value(QStringLiteral("history")).toBool()});
    }
    const QJsonObject limits = json.value(QStringLiteral("limits")).toObject();
    answer.pullBatchMax = limits.value(QStringLiteral("pull_batch_max")).toInt(1000);
    answer.pushBatchMax = limits.value(QStringLiteral("push_batch_max")).toInt(1000);
    // Checked as a double first: converting one beyond qint64 (1e300) is undefined.
    const double maxRequestBytes = limits.value(QStringLiteral("max_request_bytes")).toDouble(0);
    if (answer.pullBatchMax < 1 || answer.pushBatchMax < 1 || !(maxRequestBytes >= 0 && maxRequestBytes < 0x1p63))
        return malformed(QStringLiteral("limits"));
    answer.maxRequestBytes = qint64(maxRequestBytes);
    return answer;
}

Result<PushAnswer> PushAnswer::fromJson(const QJsonObject& json)
{
    PushAnswer answer;
    answer.batchId = json.value(QStringLiteral("batch_id")).toString();
    if (answer.batchId.isEmpty())
        return malformed(QStringLiteral("batch_id"));
    if (!isWholeNumber(json.value(QStringLiteral("accepted"))))
        return malformed(QStringLiteral("accepted"));
    answer.accepted = json.value(QStringLiteral("accepted")).toInt();
    const QJsonValue rejected = json.value(QStringLiteral("rejected"));
    if (!rejected.isArray())
        return malformed(QStringLiteral("rejected"));
    for (const QJsonValue& value : rejected.toArray()) {
        const QJsonObject r = value.toObject();
        Rejection rejection{r.value(QStringLiteral("table")).toString(), r.value(QStringLiteral("id")).toString(),
                            r.value(QStringLiteral("code")).toString(), r.value(QStringLiteral("message")).toString(),
                            r.value(QStringLiteral("field")).toString()};
        if (rejection.id.isEmpty() || rejection.code.isEmpty())
            return malformed(QStringLiteral("rejected"));
        if (r.contains(QStringLiteral("current"))) {
            const QJsonValue current = r.value(QStringLiteral("current"));
            if (!current.isNull() && !current.isObject())
                return malformed(QStringLiteral("rejected.current"));
            rejection.current = current;
        }
        answer.rejected.append(rejection);
    }
    return answer;
}

QString instructionKindId(Instruction::Kind kind)
{
    switch (kind) {
    case Instruction::Kind::Backfill:
        return QStringLiteral("backfill");
    case Instruction::Kind::Purge:
        return QStringLiteral("purge");
    case Instruction::Kind::HandOver:
        return QStringLiteral("hand_over");
    }
    return QString();
}

Result<PullPage> PullPage::fromJson(const QJsonObject& json)
{
    PullPage page;
    if (!isWholeNumber(json.value(QStringLiteral("next_cursor"))))
        return malformed(QStringLiteral("next_cursor"));
    if (!isWholeNumber(json.value(QStringLiteral("remaining"))))
        return malformed(QStringLiteral("remaining"));
    page.nextCursor = json.value(QStringLiteral("next_cursor")).toInteger();
    page.remaining = json.value(QStringLiteral("remaining")).toInteger();
    const QJsonValue records = json.value(QStringLiteral("records"));
    if (!records.isArray())
        return malformed(QStringLiteral("records"));
    const QJsonArray array = records.toArray();
    page.records.reserve(array.size());
    for (const QJsonValue& value : array) {
        const QJsonObject r = value.toObject();
        PulledRecord record;
        record.cursor = r.value(QStringLiteral("cursor")).toInteger();
        record.table = r.value(QStringLiteral("table")).toString();
        record.id = r.value(QStringLiteral("id")).toString();
        const QString action = r.value(QStringLiteral("action")).toString();
        record.deleted = action == QLatin1String("delete");
        if (record.table.isEmpty() || record.id.isEmpty() || (!record.deleted && action != QLatin1String("upsert")))
            return malformed(QStringLiteral("records"));
        if (!record.deleted) {
            record.data = r.value(QStringLiteral("data")).toObject();
            if (record.data.value(QStringLiteral("id")).toString() != record.id)
                return malformed(QStringLiteral("records.data"));
        }
        if (record.cursor > page.nextCursor)
            return malformed(QStringLiteral("records.cursor"));
        page.records.append(std::move(record));
    }
    for (const QJsonValue& value : json.value(QStringLiteral("instructions")).toArray()) {
        const QJsonObject i = value.toObject();
        Instruction instruction;
        const QString kind = i.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("backfill"))
            instruction.kind = Instruction::Kind::Backfill;
        else if (kind == QLatin1String("purge"))
            instruction.kind = Instruction::Kind::Purge;
        else if (kind == QLatin1String("hand_over"))
            instruction.kind = Instruction::Kind::HandOver;
        else
            return malformed(QStringLiteral("instructions.kind"));
        instruction.store = i.value(QStringLiteral("store")).toString();
        instruction.syncType = i.value(QStringLiteral("sync_type")).toString();
        instruction.home = i.value(QStringLiteral("home")).toString();
        instruction.upTo = i.value(QStringLiteral("up_to")).toInteger();
        if (instruction.store.isEmpty())
            return malformed(QStringLiteral("instructions.store"));
        page.instructions.append(instruction);
    }
    return page;
}

} // namespace syncsites::wire
