#include "WireMessages.h"

#include "JsonText.h"
#include "SiteKind.h"
#include "SyncLog.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

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

// A request the hub refuses (400): the field and a sentence about it.
Error invalidField(const QString& field, const QString& message)
{
    return {QStringLiteral("invalid_field"), message, QVariantMap{{QStringLiteral("field"), field}}};
}

// Its sentences, in the translation context "WireMessages" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WireMessages)
};

Error invalidCategory()
{
    return invalidField(QStringLiteral("category"), Text::tr("\"category\" must be \"core\" or \"oms\"."));
}

QString iso(const QDateTime& at)
{
    return at.toString(Qt::ISODateWithMs);
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

Result<HandshakeRequest> HandshakeRequest::fromJson(const QJsonObject& json)
{
    HandshakeRequest request;
    const QJsonObject protocol = json.value(QStringLiteral("protocol")).toObject();
    request.protocolMin = protocol.value(QStringLiteral("min")).toInt(0);
    request.protocolMax = protocol.value(QStringLiteral("max")).toInt(0);
    request.site = json.value(QStringLiteral("site")).toString();
    request.secret = json.value(QStringLiteral("secret")).toString();
    request.installationId = json.value(QStringLiteral("installation_id")).toString();
    request.appVersion = json.value(QStringLiteral("app_version")).toString();
    for (const auto& [field, ok] :
         {std::pair{"protocol", request.protocolMin >= 1 && request.protocolMax >= request.protocolMin},
          std::pair{"site", !request.site.isEmpty()}, std::pair{"secret", !request.secret.isEmpty()},
          std::pair{"installation_id", !QUuid::fromString(request.installationId).isNull()}}) {
        if (!ok)
            return invalidField(
                QLatin1String(field),
                Text::tr("The handshake's field \"%1\" is missing or malformed.").arg(QLatin1String(field)));
    }
    return request;
}

QJsonObject Link::toJson() const
{
    QJsonObject json{
        {QStringLiteral("category"), categoryId(category)}, {QStringLiteral("hub"), hub}, {QStringLiteral("url"), url}};
    if (history)
        json.insert(QStringLiteral("history"), true);
    return json;
}

QJsonObject HandshakeAnswer::toJson() const
{
    QJsonArray linkArray;
    for (const Link& link : links)
        linkArray.append(link.toJson());
    QJsonObject json{
        {QStringLiteral("protocol_version"), protocolVersion},
        {QStringLiteral("server_id"), serverId},
        {QStringLiteral("token"), token},
        {QStringLiteral("expires_at"), iso(expiresAt)},
        {QStringLiteral("server_time"), iso(serverTime)},
        {QStringLiteral("site"), QJsonObject{{QStringLiteral("id"), siteId},
                                             {QStringLiteral("name"), siteName},
                                             {QStringLiteral("kind"), siteKind}}},
        {QStringLiteral("links"), linkArray},
        {QStringLiteral("limits"), QJsonObject{{QStringLiteral("pull_batch_max"), pullBatchMax},
                                               {QStringLiteral("push_batch_max"), pushBatchMax},
                                               {QStringLiteral("max_request_bytes"), double(maxRequestBytes)}}},
    };
    if (!pushedThrough.isEmpty()) {
        QJsonObject through;
        for (auto it = pushedThrough.constBegin(); it != pushedThrough.constEnd(); ++it)
            through.insert(categoryId(it.key()), double(it.value()));
        json.insert(QStringLiteral("pushed_through"), through);
    }
    return json;
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
    // Optional: an older hub does not send it. A category this site does not know (a newer hub's) is skipped.
    const QJsonValue through = json.value(QStringLiteral("pushed_through"));
    if (!through.isUndefined() && !through.isObject())
        return malformed(QStringLiteral("pushed_through"));
    const QJsonObject throughs = through.toObject();
    for (auto it = throughs.constBegin(); it != throughs.constEnd(); ++it) {
        const std::optional<Category> category = categoryFromId(it.key());
        if (!category)
            continue;
        if (!isWholeNumber(it.value()) || it.value().toDouble() < 0 || !(it.value().toDouble() < 0x1p63))
            return malformed(QStringLiteral("pushed_through.") + it.key());
        answer.pushedThrough.insert(*category, it.value().toInteger());
    }
    return answer;
}

PushedRecord PushedRecord::upsert(const QString& table, const QString& id, const QJsonObject& data)
{
    return PushedRecord{table, id, QStringLiteral("upsert"), data};
}

PushedRecord PushedRecord::remove(const QString& table, const QString& id)
{
    return PushedRecord{table, id, QStringLiteral("delete"), QJsonObject()};
}

QJsonObject PushedRecord::toJson() const
{
    QJsonObject json{{QStringLiteral("table"), table}, {QStringLiteral("id"), id}, {QStringLiteral("action"), action}};
    if (isUpsert())
        json.insert(QStringLiteral("data"), data);
    return json;
}

PushedRecord PushedRecord::fromJson(const QJsonObject& json)
{
    return PushedRecord{json.value(QStringLiteral("table")).toString(), json.value(QStringLiteral("id")).toString(),
                        json.value(QStringLiteral("action")).toString(), json.value(QStringLiteral("data")).toObject()};
}

QJsonObject PushRequest::toJson() const
{
    QJsonObject json{{QStringLiteral("category"), categoryId(category)},
                     {QStringLiteral("batch_id"), batchId},
                     {QStringLiteral("records"), records}};
    if (through)
        json.insert(QStringLiteral("through"), double(*through));
    return json;
}

Result<PushRequest> PushRequest::fromJson(const QJsonObject& json)
{
    PushRequest request;
    const std::optional<Category> category = categoryFromId(json.value(QStringLiteral("category")).toString());
    if (!category)
        return invalidCategory();
    request.category = *category;
    request.batchId = json.value(QStringLiteral("batch_id")).toString();
    if (request.batchId.isEmpty() || request.batchId.size() > 100)
        return invalidField(QStringLiteral("batch_id"),
                            Text::tr("\"batch_id\" must be a string of 1 to 100 characters."));
    const QJsonValue records = json.value(QStringLiteral("records"));
    if (!records.isArray())
        return invalidField(QStringLiteral("records"),
                            Text::tr("\"records\" must be a list of records (it may be empty)."));
    request.records = records.toArray();
    const QJsonValue through = json.value(QStringLiteral("through"));
    if (isWholeNumber(through) && through.toDouble() >= 0 && through.toDouble() < 0x1p53)
        request.through = through.toInteger();
    return request;
}

bool PushRequest::throughMalformed(const QJsonObject& json, const PushRequest& read)
{
    return json.contains(QStringLiteral("through")) && !read.through;
}

namespace {

QJsonObject rejectionJson(const Rejection& r, const QJsonValue& table, const QJsonValue& id)
{
    QJsonObject json{{QStringLiteral("table"), table},
                     {QStringLiteral("id"), id},
                     {QStringLiteral("code"), r.code},
                     {QStringLiteral("message"), r.message}};
    if (!r.field.isEmpty())
        json.insert(QStringLiteral("field"), r.field);
    if (r.current)
        json.insert(QStringLiteral("current"), *r.current);
    return json;
}

} // namespace

QJsonObject Rejection::toJson() const
{
    return rejectionJson(*this, table, id);
}

QJsonObject Rejection::toJson(const QJsonObject& sentRecord) const
{
    return rejectionJson(*this, sentRecord.value(QStringLiteral("table")), sentRecord.value(QStringLiteral("id")));
}

QJsonObject PushAnswer::toJson() const
{
    QJsonArray rejectedArray;
    for (const Rejection& r : rejected)
        rejectedArray.append(r.toJson());
    return toJson(batchId, accepted, rejectedArray);
}

QJsonObject PushAnswer::toJson(const QString& batchId, int accepted, const QJsonArray& rejected)
{
    return QJsonObject{{QStringLiteral("batch_id"), batchId},
                       {QStringLiteral("accepted"), accepted},
                       {QStringLiteral("rejected"), rejected}};
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

std::optional<Instruction::Kind> instructionKindFromId(QStringView id)
{
    for (Instruction::Kind kind : {Instruction::Kind::Backfill, Instruction::Kind::Purge, Instruction::Kind::HandOver})
        if (id == instructionKindId(kind))
            return kind;
    return std::nullopt;
}

QJsonObject Instruction::toJson() const
{
    return QJsonObject{{QStringLiteral("kind"), instructionKindId(kind)},
                       {QStringLiteral("store"), store},
                       {QStringLiteral("sync_type"), syncType},
                       {QStringLiteral("home"), home},
                       {QStringLiteral("up_to"), upTo}};
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
        const std::optional<Instruction::Kind> kind = instructionKindFromId(i.value(QStringLiteral("kind")).toString());
        if (!kind)
            return malformed(QStringLiteral("instructions.kind"));
        instruction.kind = *kind;
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

PullPageWriter::PullPageWriter(qsizetype expectedRecords)
{
    m_out.reserve(expectedRecords * 400 + 128);
    m_out.append("{\"records\":[");
}

void PullPageWriter::beginRecord(qint64 cursor, const QString& table, const QString& id)
{
    m_recordStart = m_out.size();
    if (m_count > 0)
        m_out.append(',');
    m_out.append("{\"cursor\":");
    JsonText::appendInteger(m_out, cursor);
    m_out.append(",\"table\":");
    JsonText::appendString(m_out, table.toUtf8());
    m_out.append(",\"id\":");
    JsonText::appendString(m_out, id.toUtf8());
}

void PullPageWriter::addDelete(qint64 cursor, const QString& table, const QString& id)
{
    beginRecord(cursor, table, id);
    m_out.append(",\"action\":\"delete\"}");
    ++m_count;
}

QByteArray& PullPageWriter::beginUpsert(qint64 cursor, const QString& table, const QString& id)
{
    beginRecord(cursor, table, id);
    m_out.append(",\"action\":\"upsert\",\"data\":");
    return m_out;
}

void PullPageWriter::endUpsert()
{
    m_out.append('}');
    ++m_count;
}

void PullPageWriter::dropUpsert()
{
    m_out.truncate(m_recordStart);
}

void PullPageWriter::addInstruction(const Instruction& instruction)
{
    m_instructions.append(instruction.toJson());
}

QByteArray PullPageWriter::finish(qint64 nextCursor, qint64 remaining)
{
    m_out.append("],\"next_cursor\":");
    JsonText::appendInteger(m_out, nextCursor);
    m_out.append(",\"remaining\":");
    JsonText::appendInteger(m_out, remaining);
    m_out.append(",\"instructions\":");
    m_out.append(QJsonDocument(m_instructions).toJson(QJsonDocument::Compact));
    m_out.append('}');
    return std::move(m_out);
}

QString PullRequest::target() const
{
    QString target = QStringLiteral("/api/v1/sync/pull?category=%1&cursor=%2&limit=%3")
                         .arg(categoryId(category))
                         .arg(cursor)
                         .arg(limit);
    if (!backfillStore.isEmpty())
        target += QStringLiteral("&store=%1&up_to=%2")
                      .arg(QString::fromLatin1(QUrl::toPercentEncoding(backfillStore)))
                      .arg(backfillUpTo);
    return target;
}

std::optional<QString> PullQuery::value(QLatin1String key) const
{
    for (const auto& item : m_items) {
        if (item.first == key)
            return item.second;
    }
    return std::nullopt;
}

Result<Category> PullQuery::category() const
{
    const std::optional<Category> category = categoryFromId(value(QLatin1String("category")).value_or(QString()));
    if (!category)
        return invalidCategory();
    return *category;
}

Result<qint64> PullQuery::cursor() const
{
    bool ok = true;
    const qint64 cursor = value(QLatin1String("cursor")).value_or(QStringLiteral("0")).toLongLong(&ok);
    if (!ok || cursor < 0)
        return invalidField(QStringLiteral("cursor"), Text::tr("\"cursor\" must be a whole number, 0 or more."));
    return cursor;
}

Result<int> PullQuery::limit(int defaultLimit, int maxLimit) const
{
    bool ok = true;
    const std::optional<QString> text = value(QLatin1String("limit"));
    const int limit = text ? text->toInt(&ok) : defaultLimit;
    if (!ok || limit < 1 || limit > maxLimit)
        return invalidField(QStringLiteral("limit"), Text::tr("\"limit\" must be between 1 and %1.").arg(maxLimit));
    return limit;
}

QString PullQuery::backfillStore() const
{
    return value(QLatin1String("store")).value_or(QString());
}

Result<qint64> PullQuery::backfillUpTo() const
{
    bool ok = false;
    const qint64 upTo = value(QLatin1String("up_to")).value_or(QString()).toLongLong(&ok);
    if (!ok)
        return invalidField(QStringLiteral("up_to"), Text::tr("A backfill needs \"up_to\", the cursor to stop at."));
    return upTo;
}

QStringList reportOutcomes()
{
    return finishedSyncOutcomeIds();
}

QJsonObject SessionReport::toJson() const
{
    QJsonObject json{{QStringLiteral("started_at"), iso(startedAt)},
                     {QStringLiteral("finished_at"), iso(finishedAt)},
                     {QStringLiteral("outcome"), outcome},
                     {QStringLiteral("pushed"), pushed},
                     {QStringLiteral("pulled"), pulled},
                     {QStringLiteral("rejected"), rejected},
                     {QStringLiteral("waiting"), waiting},
                     {QStringLiteral("app_version"), appVersion},
                     {QStringLiteral("protocol_version"), protocolVersion}};
    if (!errorCode.isEmpty() || !errorMessage.isEmpty())
        json.insert(QStringLiteral("error"),
                    QJsonObject{{QStringLiteral("code"), errorCode}, {QStringLiteral("message"), errorMessage}});
    if (links)
        json.insert(QStringLiteral("links"), *links);
    return json;
}

Result<SessionReport> SessionReport::fromJson(const QJsonObject& json)
{
    SessionReport report;
    report.startedAt = QDateTime::fromString(json.value(QStringLiteral("started_at")).toString(), Qt::ISODateWithMs);
    report.finishedAt = QDateTime::fromString(json.value(QStringLiteral("finished_at")).toString(), Qt::ISODateWithMs);
    report.outcome = json.value(QStringLiteral("outcome")).toString();
    if (!report.startedAt.isValid() || !report.finishedAt.isValid() || !reportOutcomes().contains(report.outcome))
        return Error{QStringLiteral("invalid_field"),
                     Text::tr("A report needs started_at and finished_at (ISO 8601) and an outcome: success, partial, "
                              "failed or cancelled.")};
    const QJsonObject error = json.value(QStringLiteral("error")).toObject();
    report.errorCode = error.value(QStringLiteral("code")).toString();
    report.errorMessage = error.value(QStringLiteral("message")).toString();
    report.pushed = json.value(QStringLiteral("pushed")).toInteger();
    report.pulled = json.value(QStringLiteral("pulled")).toInteger();
    report.rejected = json.value(QStringLiteral("rejected")).toInteger();
    report.waiting = json.value(QStringLiteral("waiting")).toInteger();
    report.appVersion = json.value(QStringLiteral("app_version")).toString();
    report.protocolVersion = json.value(QStringLiteral("protocol_version")).toInt();
    if (const QJsonValue links = json.value(QStringLiteral("links")); links.isArray())
        report.links = links.toArray();
    return report;
}

QJsonObject ReportAnswer::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id}};
}

} // namespace syncsites::wire
