#include "HttpResponse.h"

#include <QJsonDocument>

namespace syncsites {

namespace {

const QByteArray kJsonType = QByteArrayLiteral("application/json");

} // namespace

void HttpResponse::setHeader(const QByteArray& name, const QByteArray& value)
{
    const QByteArray lower = name.toLower();
    for (qsizetype i = headers.size() - 1; i >= 0; --i) {
        if (headers.at(i).first.toLower() == lower)
            headers.removeAt(i);
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray& name) const
{
    const QByteArray lower = name.toLower();
    for (const auto& h : headers) {
        if (h.first.toLower() == lower)
            return h.second;
    }
    return QByteArray();
}

HttpResponse HttpResponse::json(const QJsonObject& object, int status)
{
    HttpResponse response;
    response.status = status;
    response.contentType = kJsonType;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::json(const QJsonArray& array, int status)
{
    HttpResponse response;
    response.status = status;
    response.contentType = kJsonType;
    response.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::text(const QString& text, int status)
{
    HttpResponse response;
    response.status = status;
    response.contentType = QByteArrayLiteral("text/plain; charset=utf-8");
    response.body = text.toUtf8();
    return response;
}

HttpResponse HttpResponse::noContent()
{
    HttpResponse response;
    response.status = 204;
    return response;
}

QByteArray HttpResponse::errorBody(const QString& code, const QString& message, const QJsonValue& details)
{
    QJsonObject error;
    error.insert(QStringLiteral("code"), code);
    error.insert(QStringLiteral("message"), message);
    error.insert(QStringLiteral("details"), details.isUndefined() ? QJsonValue() : details);
    QJsonObject root;
    root.insert(QStringLiteral("error"), error);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

HttpResponse HttpResponse::error(int status, const QString& code, const QString& message, const QJsonValue& details)
{
    HttpResponse response;
    response.status = status;
    response.contentType = kJsonType;
    response.body = errorBody(code, message, details);
    response.errorCode = code;
    return response;
}

HttpResponse HttpResponse::fromError(int status, const Error& error)
{
    const QJsonValue details = error.details.isValid() ? QJsonValue::fromVariant(error.details) : QJsonValue();
    return HttpResponse::error(status, error.code, error.message, details);
}

HttpResponse HttpResponse::retryLater(int status, const QString& code, const QString& message, int retryAfterSeconds)
{
    const int seconds = qMax(1, retryAfterSeconds);
    QJsonObject details;
    details.insert(QStringLiteral("retry_after_seconds"), seconds);
    HttpResponse response = error(status, code, message, details);
    response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(seconds));
    return response;
}

} // namespace syncsites
