#include "AdminRequest.h"

#include <QCoreApplication>

namespace syncsites::AdminRequest {

namespace {

// Its sentences, in the translation context "AdminRequest" (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AdminRequest)
};

} // namespace

HttpResponse invalidField(const QString& field, const QString& message)
{
    return HttpResponse::error(400, QStringLiteral("invalid_field"), message,
                               QJsonObject{{QStringLiteral("field"), field}});
}

HttpResponse notFound(const QString& message)
{
    return HttpResponse::error(404, QStringLiteral("not_found"), message);
}

HttpResponse conflict(const QString& code, const QString& message, const QJsonValue& details)
{
    return HttpResponse::error(409, code, message, details);
}

HttpResponse storageError(const Error& error)
{
    const bool unavailable = error.code == QLatin1String("database_busy") ||
                             error.code == QLatin1String("database_closed") || error.code == QLatin1String("disk_full");
    return HttpResponse::fromError(unavailable ? 503 : 500, error);
}

std::variant<QJsonObject, HttpResponse> body(const HttpRequest& request, bool emptyIsObject)
{
    if (emptyIsObject && request.body.trimmed().isEmpty())
        return QJsonObject();
    const Result<QJsonObject> parsed = request.jsonObject();
    if (!parsed)
        return HttpResponse::fromError(400, parsed.error());
    return *parsed;
}

std::variant<qint64, HttpResponse> revision(const QJsonObject& body, const HttpRequest& request)
{
    const QString field = QStringLiteral("revision");
    const HttpResponse missing =
        invalidField(field, Text::tr("Send the \"revision\" of the topology your edit is based on (from GET "
                                     "/api/v1/admin/topology), so that edits made meanwhile are not overwritten."));
    if (body.contains(field)) {
        const QJsonValue v = body.value(field);
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d != double(qint64(d)))
            return missing;
        return qint64(d);
    }
    if (request.hasQueryItem(field)) {
        bool ok = false;
        const qint64 r = request.queryValue(field).toLongLong(&ok);
        if (ok && r >= 0)
            return r;
    }
    return missing;
}

std::variant<std::optional<QString>, HttpResponse> optionalString(const QJsonObject& body, const QString& field,
                                                                  bool nonBlank)
{
    if (!body.contains(field))
        return std::optional<QString>();
    const QJsonValue v = body.value(field);
    if (!v.isString())
        return invalidField(field, Text::tr("\"%1\" must be text.").arg(field));
    if (nonBlank && v.toString().trimmed().isEmpty())
        return invalidField(field, Text::tr("\"%1\" must not be empty.").arg(field));
    return std::optional<QString>(v.toString());
}

std::variant<std::optional<QString>, HttpResponse> nullableString(const QJsonObject& body, const QString& field)
{
    if (body.contains(field) && body.value(field).isNull())
        return std::optional<QString>(QString());
    return optionalString(body, field, false);
}

std::variant<Edit, HttpResponse> edit(HubState& hub, const HttpRequest& request, bool withRevision,
                                      bool emptyBodyIsObject)
{
    auto auth = UserSession::authenticate(hub, request, kEditors);
    if (auto* refused = std::get_if<HttpResponse>(&auth))
        return *refused;
    auto json = body(request, emptyBodyIsObject);
    if (auto* refused = std::get_if<HttpResponse>(&json))
        return *refused;
    Edit out{std::get<UserSession>(std::move(auth)), std::get<QJsonObject>(std::move(json)), 0};
    if (withRevision) {
        const auto r = revision(out.body, request);
        if (const auto* refused = std::get_if<HttpResponse>(&r))
            return *refused;
        out.revision = std::get<qint64>(r);
    }
    return out;
}

std::variant<QString, HttpResponse> requiredString(const QJsonObject& body, const QString& field)
{
    auto value = optionalString(body, field, true);
    if (auto* refused = std::get_if<HttpResponse>(&value))
        return *refused;
    const std::optional<QString>& s = std::get<std::optional<QString>>(value);
    if (!s)
        return invalidField(field, Text::tr("\"%1\" is required.").arg(field));
    return *s;
}

} // namespace syncsites::AdminRequest
