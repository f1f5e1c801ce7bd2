#pragma once

#include "Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace syncsites {

/// What a handler returns: status, content type, body and extra headers. A plain value.
///
/// Every error body has one shape, built by error():
///     {"error": {"code": "not_found", "message": "A sentence the user can act on.", "details": null}}
/// `code` is stable snake_case (clients branch on it, never on the message); `details` is null or any JSON
/// value that helps (the allowed methods, the body limit, ...).
///
/// HttpServer adds X-Request-Id, Content-Length and (when the client accepts it and the body is large
/// enough) gzip compression; a handler sets none of these.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; ///< extra headers, as given
    QString errorCode; ///< the `error.code` of a body made by error(), for filters and logs; empty otherwise

    /// Replaces every header of that name (compared without case) with one of this value.
    void setHeader(const QByteArray& name, const QByteArray& value);
    /// The first value of a header (compared without case), or an empty array.
    QByteArray header(const QByteArray& name) const;

    static HttpResponse json(const QJsonObject& object, int status = 200);
    static HttpResponse json(const QJsonArray& array, int status = 200);
    static HttpResponse text(const QString& text, int status = 200);
    static HttpResponse noContent();

    /// An error in the one JSON shape.
    static HttpResponse error(int status, const QString& code, const QString& message,
                              const QJsonValue& details = QJsonValue());
    /// An error from a library Error (its details converted with QJsonValue::fromVariant).
    static HttpResponse fromError(int status, const Error& error);
    /// A 429 or 503 that tells the client when to come back: a `Retry-After` header (seconds) and
    /// `details.retry_after_seconds` in the body.
    static HttpResponse retryLater(int status, const QString& code, const QString& message, int retryAfterSeconds);

    /// The JSON body of error() on its own.
    static QByteArray errorBody(const QString& code, const QString& message, const QJsonValue& details = QJsonValue());
};

} // namespace syncsites
