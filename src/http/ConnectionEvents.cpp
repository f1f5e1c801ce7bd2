#include "ConnectionEvents.h"

#include "HttpConventions.h"
#include "HttpLog.h"
#include "HttpResponse.h"

#include <QJsonObject>

namespace syncsites {

namespace {

std::string toStd(const QByteArray& bytes)
{
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

const char* reasonPhrase(int status)
{
    switch (status) {
    case 408:
        return "Request Timeout";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

// A whole answer as bytes on the wire, for the gate to send before it closes the connection.
std::string wireAnswer(const HttpResponse& response)
{
    std::string out = "HTTP/1.1 " + std::to_string(response.status) + " " + reasonPhrase(response.status) + "\r\n";
    for (const auto& header : response.headers)
        out += toStd(header.first) + ": " + toStd(header.second) + "\r\n";
    out += "Content-Type: " + toStd(response.contentType) +
           "\r\nContent-Length: " + std::to_string(response.body.size()) + "\r\nConnection: close\r\n\r\n" +
           toStd(response.body);
    return out;
}

} // namespace

ConnectionEvents::ConnectionEvents(const HttpServerConfig& config, Metrics& metrics)
    : m_config(config), m_metrics(metrics)
{}

void ConnectionEvents::countCut(const char* phase, const ClientConnection& connection)
{
    m_metrics
        .counter(QStringLiteral("syncsites_http_slow_connections_cut_total"),
                 QStringLiteral("Connections closed because the client was too slow, by phase: handshake, headers "
                                "(or no request at all), body, answer (not taken)."),
                 {{QStringLiteral("phase"), QString::fromLatin1(phase)}})
        .increment();
    qCInfo(lcHttp).noquote() << "closed a connection too slow in its" << phase << "from"
                             << HttpConventions::loggable(QByteArray::fromStdString(connection.remoteIp()));
}

std::string ConnectionEvents::onGateEvent(ConnectionGate::Event event, const ClientConnection& connection)
{
    using Event = ConnectionGate::Event;
    HttpResponse response;
    switch (event) {
    case Event::HandshakeTimeout:
        countCut("handshake", connection);
        return {};
    case Event::NoRequest:
        countCut("headers", connection);
        return {};
    case Event::WriteTooSlow:
        countCut("answer", connection);
        return {};
    case Event::HeaderTimeout:
    case Event::BodyTimeout:
        countCut(event == Event::HeaderTimeout ? "headers" : "body", connection);
        response = HttpResponse::error(
            408, QStringLiteral("request_timeout"),
            QStringLiteral("The request did not arrive in time (headers within %1 s, a body at %2 bytes a second at "
                           "least); send it again.")
                .arg(double(m_config.headerTimeout.count()) / 1000.0)
                .arg(m_config.minBodyBytesPerSecond));
        break;
    case Event::HeadersTooLarge: {
        QJsonObject details;
        details.insert(QStringLiteral("max_bytes"), double(m_config.maxHeaderBytes));
        response = HttpResponse::error(431, QStringLiteral("headers_too_large"),
                                       QStringLiteral("The request's headers are larger than the server accepts; "
                                                      "send fewer or shorter headers."),
                                       details);
        break;
    }
    case Event::TooManyConnections:
        m_metrics
            .counter(QStringLiteral("syncsites_http_connections_refused_total"),
                     QStringLiteral("Connections refused because their client address had too many open."))
            .increment();
        response = HttpResponse::retryLater(
            503, QStringLiteral("too_many_connections"),
            QStringLiteral("This address has %1 connections open to the server, the most it allows; close some, or "
                           "retry in %2 seconds.")
                .arg(m_config.maxConnectionsPerAddress)
                .arg(m_config.busyRetryAfterSeconds),
            m_config.busyRetryAfterSeconds);
        break;
    }
    if (connection.isTls() && event == Event::TooManyConnections)
        return {};
    const QByteArray requestId = HttpConventions::newRequestId();
    response.setHeader(QByteArrayLiteral("X-Request-Id"), requestId);
    m_metrics
        .counter(QStringLiteral("syncsites_http_requests_total"),
                 QStringLiteral("HTTP requests answered, by method, route and status."),
                 {{QStringLiteral("method"), QStringLiteral("other")},
                  {QStringLiteral("route"), QStringLiteral("unmatched")},
                  {QStringLiteral("status"), QString::number(response.status)}})
        .increment();
    m_metrics
        .counter(QStringLiteral("syncsites_http_response_bytes_total"),
                 QStringLiteral("Response body bytes sent, as sent (compressed or not)."))
        .increment(double(response.body.size()));
    qCInfo(lcHttpAccess).noquote().nospace()
        << "request_id=" << requestId << " method=- route=unmatched path=- status=" << response.status
        << " duration_ms=- bytes_in=- bytes_out=" << response.body.size()
        << " remote=" << HttpConventions::loggable(QByteArray::fromStdString(connection.remoteIp()));
    return wireAnswer(response);
}

} // namespace syncsites
