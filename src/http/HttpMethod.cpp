#include "HttpMethod.h"

namespace syncsites {

QByteArray httpMethodName(HttpMethod method)
{
    switch (method) {
    case HttpMethod::Get:
        return QByteArrayLiteral("GET");
    case HttpMethod::Post:
        return QByteArrayLiteral("POST");
    case HttpMethod::Put:
        return QByteArrayLiteral("PUT");
    case HttpMethod::Patch:
        return QByteArrayLiteral("PATCH");
    case HttpMethod::Delete:
        return QByteArrayLiteral("DELETE");
    }
    return QByteArray();
}

std::optional<HttpMethod> routableHttpMethod(const QByteArray& method)
{
    if (method == "GET" || method == "HEAD")
        return HttpMethod::Get;
    if (method == "POST")
        return HttpMethod::Post;
    if (method == "PUT")
        return HttpMethod::Put;
    if (method == "PATCH")
        return HttpMethod::Patch;
    if (method == "DELETE")
        return HttpMethod::Delete;
    return std::nullopt;
}

} // namespace syncsites
