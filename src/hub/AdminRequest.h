#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "UserSession.h"

#include <QJsonObject>

#include <initializer_list>
#include <optional>
#include <variant>

namespace syncsites {

class HubState;

/// Small helpers shared by the administrators' API handlers: who may call them, reading the request's JSON
/// body and fields, and the errors they answer with (always in HttpResponse::error's one shape). Stateless;
/// safe from any thread.
namespace AdminRequest {

/// Roles that may change the network and the users.
inline constexpr std::initializer_list<UserRole> kEditors{UserRole::Administrator};
/// Roles that may read the topology and the audit log.
inline constexpr std::initializer_list<UserRole> kReaders{UserRole::Administrator, UserRole::Supervisor};

/// An administrator's edit request, read: who sent it, its JSON body and the revision it is based on.
struct Edit
{
    UserSession who;
    QJsonObject body;
    qint64 revision = 0;
};

/// Checks that an administrator sent the request (401/403 otherwise), reads its JSON body (an empty body is an
/// empty object when `emptyBodyIsObject`) and, when `withRevision`, the revision (body, else `?revision=`).
std::variant<Edit, HttpResponse> edit(HubState& hub, const HttpRequest& request, bool withRevision,
                                      bool emptyBodyIsObject = false);

/// True when `v` holds the answer that refuses a request; that answer is then copied to `out`.
template <typename T> bool refused(const std::variant<T, HttpResponse>& v, HttpResponse& out)
{
    if (const auto* r = std::get_if<HttpResponse>(&v)) {
        out = *r;
        return true;
    }
    return false;
}

/// 400 invalid_field with details.field.
HttpResponse invalidField(const QString& field, const QString& message);
/// 404 not_found with a sentence.
HttpResponse notFound(const QString& message);
/// 409 with `code` and details.
HttpResponse conflict(const QString& code, const QString& message, const QJsonValue& details = QJsonValue());
/// 503 (or 500 for errors that are not about the database being unavailable) for a storage error.
HttpResponse storageError(const Error& error);

/// The request's JSON object, or the 400 answer. An empty body is an empty object when `emptyIsObject`.
std::variant<QJsonObject, HttpResponse> body(const HttpRequest& request, bool emptyIsObject = false);

/// The "revision" an edit was based on: from the body, else from the query (`?revision=N`, for DELETE).
std::variant<qint64, HttpResponse> revision(const QJsonObject& body, const HttpRequest& request);

/// A string field: nullopt when absent; the 400 answer when present but not a string (or blank and `nonBlank`).
std::variant<std::optional<QString>, HttpResponse> optionalString(const QJsonObject& body, const QString& field,
                                                                  bool nonBlank);
/// A field that is a string or null: nullopt when absent, an empty string for null (which clears it).
std::variant<std::optional<QString>, HttpResponse> nullableString(const QJsonObject& body, const QString& field);
/// A string field that must be there and not blank.
std::variant<QString, HttpResponse> requiredString(const QJsonObject& body, const QString& field);

} // namespace AdminRequest

} // namespace syncsites
