#pragma once

#include <QByteArray>

#include <optional>

namespace syncsites {

/// The methods a route can be registered for. HEAD is answered by GET routes (without the body).
enum class HttpMethod
{
    Get,
    Post,
    Put,
    Patch,
    Delete,
};

/// "GET", "POST", ...
QByteArray httpMethodName(HttpMethod method);
/// The routable method of a request method as sent: HEAD maps to Get; OPTIONS and unknown methods to nullopt.
std::optional<HttpMethod> routableHttpMethod(const QByteArray& method);

} // namespace syncsites
