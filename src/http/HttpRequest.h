#pragma once

#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace syncsites {

/// One HTTP request as a handler sees it: a plain value, filled by HttpServer before the handler runs.
/// The body is already decoded (a `Content-Encoding: gzip` body arrives here uncompressed) and within the
/// server's body limit. Header names are lower case. Safe to copy and to read from any thread.
struct HttpRequest
{
    QByteArray method;     ///< as sent: GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS
    QString path;          ///< percent-decoded path, without the query
    QByteArray target;     ///< the request target exactly as sent (path and query, still encoded)
    QString routeName;     ///< the stable name of the matched route (metrics and logs)
    QByteArray requestId;  ///< the client's sane X-Request-Id, or one generated for this request
    QString remoteAddress; ///< the peer's IP address
    int remotePort = 0;
    QHash<QString, QString> pathParams;           ///< `{name}` captures of the route pattern, decoded
    QList<QPair<QString, QString>> queryItems;    ///< decoded, in the order sent (`+` is a space)
    QList<QPair<QByteArray, QByteArray>> headers; ///< names lower case, in the order sent
    QByteArray body;

    QString pathParam(const QString& name) const { return pathParams.value(name); }
    bool hasQueryItem(const QString& name) const;
    /// The first value of a query parameter, or `defaultValue` when absent.
    QString queryValue(const QString& name, const QString& defaultValue = QString()) const;
    QStringList queryValues(const QString& name) const;

    bool hasHeader(const QByteArray& name) const;
    /// The first value of a header (name compared without case), or an empty array.
    QByteArray header(const QByteArray& name) const;
    /// The token of `Authorization: Bearer <token>`, or an empty array.
    QByteArray bearerToken() const;

    /// The body parsed as a JSON object. Errors: `invalid_utf8` (a byte that is not UTF-8; `details.byte_offset`
    /// is its offset in the body), `invalid_json` (not JSON, with the parser's position) and
    /// `json_object_expected` (valid JSON, but not an object).
    Result<QJsonObject> jsonObject() const;

    /// Splits `a=1&b=x+y&c` into decoded pairs (`+` decodes to a space, as in forms).
    static QList<QPair<QString, QString>> parseQuery(const QByteArray& rawQuery);
};

} // namespace syncsites
