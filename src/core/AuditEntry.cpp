#include "AuditEntry.h"

#include "JsonReader.h"

namespace syncsites {

QJsonObject AuditEntry::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("at"), at.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("username"), username},
                       {QStringLiteral("action"), action},
                       {QStringLiteral("subject"), subject},
                       {QStringLiteral("details"), details}};
}

Result<AuditEntry> AuditEntry::fromJson(const QJsonObject& json)
{
    JsonReader in(json, QStringLiteral("audit entry"));
    AuditEntry e;
    e.id = in.integer("id");
    e.at = in.dateTime("at");
    e.username = in.string("username");
    e.action = in.string("action");
    e.subject = in.string("subject");
    e.details = in.object("details", false);
    if (!in.ok())
        return in.error();
    return e;
}

} // namespace syncsites
