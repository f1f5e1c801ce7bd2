#pragma once

#include "HttpMethod.h"
#include "HttpRequest.h"
#include "HttpResponse.h"
#include "Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace syncsites {

/// The route table of HttpServer: patterns such as `/api/admin/sites/{name}`, each with a stable name.
///
/// A `{param}` segment matches one non-empty path segment (percent-decoded, so `a%2Fb` is the single value
/// `a/b`); every other segment must match literally. When several routes match a path, the one whose first
/// differing segment is literal wins (`/sites/new` beats `/sites/{name}`). A path that matches some route but
/// not for the request's method is a 405 (with the allowed methods), a path that matches none a 404.
///
/// Not thread-safe to modify: HttpServer fills it before listening and only reads it afterwards.
class HttpRouter
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest&)>;

    /// Whether requests of a route count against the server's cap on requests in flight. /healthz and
    /// /metrics are exempt so that a saturated server can still be observed.
    enum class Limits
    {
        Counted,
        Exempt,
    };

    struct Segment
    {
        QString text; ///< the literal, or the parameter name
        bool isParam = false;
    };

    struct Route
    {
        HttpMethod method = HttpMethod::Get;
        QString pattern;
        QString name;
        Handler handler;
        Limits limits = Limits::Counted;
        QVector<Segment> segments;
    };

    struct Match
    {
        enum class Outcome
        {
            Found,
            MethodNotAllowed,
            NotFound,
        };
        Outcome outcome = Outcome::NotFound;
        const Route* route = nullptr;     ///< set when Found; owned by the router
        QHash<QString, QString> params;   ///< set when Found
        QList<HttpMethod> allowedMethods; ///< methods of the routes that match the path, sorted
    };

    /// Errors: `invalid_route_pattern`, `invalid_route_name`, `duplicate_route` (same method and the same
    /// pattern up to parameter names).
    Status add(HttpMethod method, const QString& pattern, const QString& name, Handler handler,
               Limits limits = Limits::Counted);

    /// `method` is nullopt for OPTIONS and unknown methods: the outcome is then MethodNotAllowed when the
    /// path matches a route, else NotFound.
    Match match(std::optional<HttpMethod> method, const QStringList& segments) const;

    int size() const { return static_cast<int>(m_routes.size()); }

    /// `/a/b%20c` → ["a", "b c"]; `/` → []. Error `invalid_path` when the path does not start with `/`.
    static Result<QStringList> splitPath(const QByteArray& rawPath);
    /// Parses a pattern into segments. Error `invalid_route_pattern` with a message naming the problem.
    static Result<QVector<Segment>> parsePattern(const QString& pattern);

private:
    // unique_ptr keeps Route addresses stable for Match::route while the table grows.
    std::vector<std::unique_ptr<Route>> m_routes;
};

} // namespace syncsites
