#include "HttpConventions.h"

#include <QRandomGenerator>

namespace syncsites::HttpConventions {

bool isSaneRequestId(const QByteArray& id)
{
    if (id.isEmpty() || id.size() > 128)
        return false;
    for (const char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                        c == '_' || c == '.' || c == ':';
        if (!ok)
            return false;
    }
    return true;
}

QByteArray newRequestId()
{
    quint32 words[4];
    QRandomGenerator::global()->fillRange(words);
    return QByteArray(reinterpret_cast<const char*>(words), sizeof words).toHex();
}

bool isCompressible(const QByteArray& contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    const QByteArray type = (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
    return type.startsWith("text/") || type.endsWith("json") || type.endsWith("xml") ||
           type == "application/javascript" || type == "application/cbor";
}

QByteArray allowHeader(const QList<HttpMethod>& methods)
{
    QByteArrayList names;
    for (const HttpMethod m : methods) {
        names.append(httpMethodName(m));
        if (m == HttpMethod::Get)
            names.append(QByteArrayLiteral("HEAD"));
    }
    return names.join(", ");
}

QByteArray loggable(const QByteArray& raw)
{
    QByteArray out = raw.left(200);
    for (char& c : out) {
        if (c <= 0x20 || c >= 0x7f || c == '"')
            c = '?';
    }
    return out.isEmpty() ? QByteArrayLiteral("-") : out;
}

bool isKnownMethod(const QByteArray& method)
{
    return method == "GET" || method == "HEAD" || method == "POST" || method == "PUT" || method == "PATCH" ||
           method == "DELETE" || method == "OPTIONS";
}

HttpResponse errorForTransportStatus(int status, const QByteArray& method, bool wellFormedRequestLine)
{
    if (status == 400 && wellFormedRequestLine && !isKnownMethod(method)) {
        return HttpResponse::error(
            405, QStringLiteral("method_not_allowed"),
            QStringLiteral("The method %1 is not supported; use GET, POST, PUT, PATCH or DELETE.")
                .arg(QString::fromLatin1(loggable(method))));
    }
    switch (status) {
    case 400:
        return HttpResponse::error(400, QStringLiteral("bad_request"),
                                   QStringLiteral("The request is not valid HTTP/1.1; check the request line and "
                                                  "headers."));
    case 413:
        return HttpResponse::error(413, QStringLiteral("payload_too_large"),
                                   QStringLiteral("The request body is too large; send less data per request."));
    case 414:
        return HttpResponse::error(414, QStringLiteral("uri_too_long"),
                                   QStringLiteral("The request line is longer than the server accepts; send long "
                                                  "parameters in the body."));
    case 416:
        return HttpResponse::error(416, QStringLiteral("range_not_satisfiable"),
                                   QStringLiteral("Range requests are not supported; send the request without a "
                                                  "Range header."));
    case 500:
        return HttpResponse::error(500, QStringLiteral("server_error"),
                                   QStringLiteral("The server failed while answering; try again, and report the "
                                                  "request id if it keeps failing."));
    default:
        return HttpResponse::error(status, QStringLiteral("http_error"),
                                   QStringLiteral("The request failed with HTTP status %1.").arg(status));
    }
}

} // namespace syncsites::HttpConventions
