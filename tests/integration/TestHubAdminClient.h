#pragma once

// The administrators' and users' requests of the hub tests (TestHubAuth, TestHubAdmin*): any method with a JSON
// body and a bearer token over one keep-alive connection, and the shortcuts the tests repeat (sign in, read the
// topology's revision). Header-only; the tests link PkgConfig::HTTPLIB for the same CPPHTTPLIB_* defines as the
// server library.

#include "HubTestHarness.h"

#include <QJsonDocument>
#include <QTest>
#include <QUrl>

#include <httplib.h>

#include <initializer_list>

namespace syncsites::test {

class AdminClient
{
public:
    using Reply = HubTestHarness::Reply;

    explicit AdminClient(quint16 port) : m_http("127.0.0.1", int(port))
    {
        m_http.set_keep_alive(true);
        m_http.set_url_encode(false); // paths are encoded by path()
        m_http.set_connection_timeout(5);
        m_http.set_read_timeout(30);
    }

    /// "/api/v1/admin" + the segments, each percent-encoded ("Northern Province Server" → "Northern%20...").
    static QString path(std::initializer_list<QString> segments)
    {
        QString out = QStringLiteral("/api/v1/admin");
        for (const QString& s : segments)
            out += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(s));
        return out;
    }

    Reply send(const QByteArray& method, const QString& target, const QByteArray& body = QByteArray(),
               const QString& token = QString())
    {
        httplib::Request request;
        request.method = method.toStdString();
        request.path = target.toStdString();
        if (!token.isEmpty())
            request.headers.emplace("Authorization", "Bearer " + token.toStdString());
        if (!body.isEmpty()) {
            request.headers.emplace("Content-Type", "application/json");
            request.body = body.toStdString();
        }
        const httplib::Result result = m_http.send(request);
        Reply reply;
        if (!result) {
            reply.transportError = QString::fromStdString(httplib::to_string(result.error()));
            return reply;
        }
        reply.status = result->status;
        reply.body = QByteArray::fromStdString(result->body);
        for (const auto& [name, value] : result->headers)
            reply.headers.append({QByteArray::fromStdString(name).toLower(), QByteArray::fromStdString(value)});
        return reply;
    }

    Reply get(const QString& target, const QString& token) { return send("GET", target, QByteArray(), token); }
    Reply post(const QString& target, const QJsonObject& body, const QString& token)
    {
        return send("POST", target, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
    }
    Reply put(const QString& target, const QJsonObject& body, const QString& token)
    {
        return send("PUT", target, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
    }
    Reply patch(const QString& target, const QJsonObject& body, const QString& token)
    {
        return send("PATCH", target, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
    }
    Reply remove(const QString& target, const QString& token) { return send("DELETE", target, QByteArray(), token); }

    Reply login(const QString& username, const QString& password)
    {
        return post(QStringLiteral("/api/v1/auth/login"),
                    QJsonObject{{QStringLiteral("username"), username}, {QStringLiteral("password"), password}},
                    QString());
    }
    /// The token of a good sign-in, or an empty string.
    QString token(const QString& username, const QString& password)
    {
        const Reply r = login(username, password);
        return r.status == 200 ? r.json().value(QStringLiteral("token")).toString() : QString();
    }

    /// GET /api/v1/admin/topology as `token`; the revision, or -1 on failure.
    qint64 revision(const QString& token)
    {
        const Reply r = get(path({QStringLiteral("topology")}), token);
        return r.status == 200 ? r.json().value(QStringLiteral("revision")).toInteger(-1) : -1;
    }

    /// PUT /api/v1/admin/stores/{code}/sync-types/{site}.
    Reply setSyncType(const QString& store, const QString& site, const QString& type, qint64 revision,
                      const QString& token)
    {
        return put(path({QStringLiteral("stores"), store, QStringLiteral("sync-types"), site}),
                   QJsonObject{{QStringLiteral("sync_type"), type}, {QStringLiteral("revision"), revision}}, token);
    }

private:
    httplib::Client m_http;
};

} // namespace syncsites::test
