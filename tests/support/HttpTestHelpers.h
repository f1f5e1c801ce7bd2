#pragma once

// Helpers shared by the tests that drive HttpServer over real HTTP with cpp-httplib's client. Include it only
// from a test that links PkgConfig::HTTPLIB (the same CPPHTTPLIB_* defines as the library).

#include "HttpServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <httplib.h>

#include <chrono>
#include <memory>

namespace syncsites::test {

using namespace std::chrono_literals;
using syncsites::HttpRequest;
using syncsites::HttpResponse;
using syncsites::HttpServer;
using syncsites::HttpServerConfig;

/// The metrics token of testConfig() and of HubTestHarness's hubs.
inline const char* kTestMetricsToken = "test-metrics-token";

/// The headers a request for /metrics needs on a test server.
inline httplib::Headers metricsHeaders()
{
    return {{"Authorization", std::string("Bearer ") + kTestMetricsToken}};
}

inline HttpServerConfig testConfig()
{
    HttpServerConfig config;
    config.metricsToken = QString::fromLatin1(kTestMetricsToken);
    config.workerThreads = 4;
    config.keepAliveTimeout = 1s; // stop() waits for idle keep-alive connections at most this long
    config.readTimeout = 5s;
    config.writeTimeout = 5s;
    return config;
}

inline std::unique_ptr<httplib::Client> clientFor(const HttpServer& server)
{
    auto client = std::make_unique<httplib::Client>("127.0.0.1", int(server.port()));
    client->set_url_encode(false); // send targets exactly as written
    client->set_connection_timeout(5);
    client->set_read_timeout(10);
    return client;
}

inline QJsonObject errorOf(const httplib::Result& result)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(result->body))
        .object()
        .value(QStringLiteral("error"))
        .toObject();
}

inline QString codeOf(const httplib::Result& result)
{
    return errorOf(result).value(QStringLiteral("code")).toString();
}

// The one error shape: exactly code, message and details.
inline bool hasErrorShape(const httplib::Result& result)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(result->body));
    if (!doc.isObject() || doc.object().keys() != QStringList{QStringLiteral("error")})
        return false;
    const QJsonObject error = errorOf(result);
    return error.keys() ==
               (QStringList{QStringLiteral("code"), QStringLiteral("details"), QStringLiteral("message")}) &&
           !error.value(QStringLiteral("message")).toString().isEmpty() &&
           result->get_header_value("Content-Type") == "application/json";
}

inline HttpResponse hello(const HttpRequest&)
{
    QJsonObject body;
    body.insert(QStringLiteral("hello"), QStringLiteral("world"));
    return HttpResponse::json(body);
}

inline HttpResponse echo(const HttpRequest& request)
{
    HttpResponse response;
    response.contentType = "application/octet-stream";
    response.body = request.body;
    return response;
}

} // namespace syncsites::test
