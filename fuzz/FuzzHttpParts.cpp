// The pure pieces of the HTTP layer, fast: a request target split into path segments (HttpRouter::splitPath) and
// query items (HttpRequest::parseQuery), routed through a table shaped like the hub's (docs/openapi.yaml), and the
// request helpers and conventions that read what a client sent (method, headers, X-Request-Id, the JSON body).
//
// Input: `METHOD TARGET` on the first line, then header lines `name: value` up to an empty line, then the body.

#include "FuzzSupport.h"

#include "HttpConventions.h"
#include "HttpRequest.h"
#include "HttpRouter.h"

#include <QUrl>

using namespace syncsites;

namespace {

const HttpRouter& router()
{
    static const HttpRouter table = [] {
        HttpRouter r;
        const auto ok = [](const HttpRequest&) {
            return HttpResponse();
        };
        const struct
        {
            HttpMethod method;
            const char* pattern;
        } routes[] = {
            {HttpMethod::Get, "/healthz"},
            {HttpMethod::Get, "/metrics"},
            {HttpMethod::Post, "/api/v1/sync/handshake"},
            {HttpMethod::Post, "/api/v1/sync/push"},
            {HttpMethod::Get, "/api/v1/sync/pull"},
            {HttpMethod::Post, "/api/v1/sync/report"},
            {HttpMethod::Post, "/api/v1/auth/login"},
            {HttpMethod::Post, "/api/v1/auth/logout"},
            {HttpMethod::Get, "/api/v1/auth/me"},
            {HttpMethod::Get, "/api/v1/admin/topology"},
            {HttpMethod::Put, "/api/v1/admin/topology"},
            {HttpMethod::Post, "/api/v1/admin/topology/preview"},
            {HttpMethod::Put, "/api/v1/admin/stores/{code}/sync-types/{site}"},
            {HttpMethod::Get, "/api/v1/admin/sites"},
            {HttpMethod::Post, "/api/v1/admin/sites"},
            {HttpMethod::Get, "/api/v1/admin/sites/{name}"},
            {HttpMethod::Patch, "/api/v1/admin/sites/{name}"},
            {HttpMethod::Delete, "/api/v1/admin/sites/{name}"},
            {HttpMethod::Post, "/api/v1/admin/sites/{name}/secret"},
            {HttpMethod::Post, "/api/v1/admin/sites/{name}/release-binding"},
            {HttpMethod::Get, "/api/v1/admin/users/{username}"},
            {HttpMethod::Get, "/api/v1/status/sites/{name}/sessions"},
            {HttpMethod::Get, "/api/v1/data/stores"},
            {HttpMethod::Get, "/api/v1/data/{table}"},
            {HttpMethod::Get, "/api/v1/data/{table}/{id}"},
        };
        for (const auto& route : routes) {
            const QString pattern = QString::fromLatin1(route.pattern);
            const Status added =
                r.add(route.method, pattern, pattern.mid(1).remove(QLatin1Char('{')).remove(QLatin1Char('}')), ok);
            FUZZ_CHECK(added.ok(), "the route table is valid");
        }
        return r;
    }();
    return table;
}

QByteArray encodeQuery(const QList<QPair<QString, QString>>& items)
{
    QByteArray out;
    for (const auto& [key, value] : items) {
        if (!out.isEmpty())
            out += '&';
        out += key.toUtf8().toPercentEncoding() + '=' + value.toUtf8().toPercentEncoding();
    }
    return out;
}

void checkRouting(const QByteArray& method, const QByteArray& target)
{
    const qsizetype question = target.indexOf('?');
    const QByteArray rawPath = question < 0 ? target : target.left(question);
    const QByteArray rawQuery = question < 0 ? QByteArray() : target.mid(question + 1);

    const QList<QPair<QString, QString>> items = HttpRequest::parseQuery(rawQuery);
    for (const auto& item : items)
        FUZZ_CHECK(!item.first.isEmpty() || !item.second.isEmpty() || rawQuery.contains('='), "no item from nothing");
    FUZZ_CHECK(HttpRequest::parseQuery(encodeQuery(items)) == items, "query: parse(encode(items)) == items");

    const Result<QStringList> segments = HttpRouter::splitPath(rawPath);
    FUZZ_CHECK(segments.ok() == rawPath.startsWith('/'), "a path is refused exactly when it lacks the first /");
    if (!segments)
        return;
    QByteArray encoded;
    for (const QString& segment : *segments)
        encoded += '/' + segment.toUtf8().toPercentEncoding();
    if (encoded.isEmpty())
        encoded = "/";
    const Result<QStringList> again = HttpRouter::splitPath(encoded);
    FUZZ_CHECK(again.ok() && *again == *segments, "path: split(encode(segments)) == segments");

    const HttpRouter::Match match = router().match(routableHttpMethod(method), *segments);
    switch (match.outcome) {
    case HttpRouter::Match::Outcome::Found:
        FUZZ_CHECK(match.route != nullptr, "a found route");
        FUZZ_CHECK(match.route->segments.size() == segments->size(), "of the path's length");
        for (auto it = match.params.cbegin(); it != match.params.cend(); ++it)
            FUZZ_CHECK(!it.value().isEmpty(), "parameters are never empty");
        FUZZ_CHECK(match.allowedMethods.contains(match.route->method), "its method is allowed");
        break;
    case HttpRouter::Match::Outcome::MethodNotAllowed:
        FUZZ_CHECK(!match.allowedMethods.isEmpty(), "a 405 names the allowed methods");
        FUZZ_CHECK(!HttpConventions::allowHeader(match.allowedMethods).isEmpty(), "an Allow header");
        break;
    case HttpRouter::Match::Outcome::NotFound:
        FUZZ_CHECK(match.allowedMethods.isEmpty(), "a 404 allows nothing");
        break;
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietLogging();
    router();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    HttpRequest request;
    qsizetype lineEnd = input.indexOf('\n');
    const QByteArray requestLine = input.left(lineEnd < 0 ? input.size() : lineEnd).trimmed();
    const qsizetype space = requestLine.indexOf(' ');
    request.method = space < 0 ? requestLine : requestLine.left(space);
    request.target = space < 0 ? QByteArray() : requestLine.mid(space + 1);
    while (lineEnd >= 0) {
        const qsizetype start = lineEnd + 1;
        lineEnd = input.indexOf('\n', start);
        const QByteArray line = input.mid(start, lineEnd < 0 ? -1 : lineEnd - start).trimmed();
        if (line.isEmpty()) {
            if (lineEnd >= 0)
                request.body = input.mid(lineEnd + 1);
            break;
        }
        const qsizetype colon = line.indexOf(':');
        request.headers.append({line.left(colon < 0 ? line.size() : colon).trimmed().toLower(),
                                colon < 0 ? QByteArray() : line.mid(colon + 1).trimmed()});
    }

    checkRouting(request.method, request.target);
    request.queryItems = HttpRequest::parseQuery(request.target.mid(request.target.indexOf('?') + 1));
    request.queryValue(QStringLiteral("cursor"), QStringLiteral("0")).toLongLong();
    request.queryValues(QStringLiteral("category"));

    // The conventions applied to what a client sent.
    const QByteArray requestId = request.header(QByteArrayLiteral("x-request-id"));
    if (HttpConventions::isSaneRequestId(requestId)) {
        FUZZ_CHECK(requestId.size() >= 1 && requestId.size() <= 128, "a sane id has 1 to 128 characters");
        FUZZ_CHECK(HttpConventions::loggable(requestId) == requestId, "a sane id is logged as it is");
    }
    for (const QByteArray& raw : {request.method, request.target, requestId}) {
        const QByteArray logged = HttpConventions::loggable(raw);
        FUZZ_CHECK(!logged.isEmpty() && logged.size() <= 200, "a log field is 1 to 200 bytes");
        for (const char c : logged)
            FUZZ_CHECK(c >= 0x20 && c < 0x7f, "a log field is printable ASCII");
    }
    HttpConventions::isCompressible(request.header(QByteArrayLiteral("content-type")));
    if (HttpConventions::isKnownMethod(request.method))
        FUZZ_CHECK(request.method == "OPTIONS" || request.method == "HEAD" || routableHttpMethod(request.method),
                   "a known method is routable, HEAD or OPTIONS");
    const HttpResponse transport =
        HttpConventions::errorForTransportStatus(400 + (size % 20), request.method, requestLine.count(' ') == 2);
    FUZZ_CHECK(transport.status >= 400, "an error status");

    const QByteArray token = request.bearerToken();
    FUZZ_CHECK(token == token.trimmed(), "a bearer token is trimmed");

    const Result<QJsonObject> body = request.jsonObject();
    if (!body && body.error().code == QLatin1String("invalid_utf8")) {
        const qlonglong offset = body.error().details.toMap().value(QStringLiteral("byte_offset")).toLongLong();
        FUZZ_CHECK(offset >= 0 && offset < request.body.size(), "the bad byte is in the body");
    }
    return 0;
}
