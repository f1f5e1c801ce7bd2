#include "HttpRequest.h"

#include "Utf8Check.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace syncsites {

bool HttpRequest::hasQueryItem(const QString& name) const
{
    for (const auto& item : queryItems) {
        if (item.first == name)
            return true;
    }
    return false;
}

QString HttpRequest::queryValue(const QString& name, const QString& defaultValue) const
{
    for (const auto& item : queryItems) {
        if (item.first == name)
            return item.second;
    }
    return defaultValue;
}

QStringList HttpRequest::queryValues(const QString& name) const
{
    QStringList values;
    for (const auto& item : queryItems) {
        if (item.first == name)
            values.append(item.second);
    }
    return values;
}

bool HttpRequest::hasHeader(const QByteArray& name) const
{
    const QByteArray lower = name.toLower();
    for (const auto& h : headers) {
        if (h.first == lower)
            return true;
    }
    return false;
}

QByteArray HttpRequest::header(const QByteArray& name) const
{
    const QByteArray lower = name.toLower();
    for (const auto& h : headers) {
        if (h.first == lower)
            return h.second;
    }
    return QByteArray();
}

QByteArray HttpRequest::bearerToken() const
{
    const QByteArray value = header(QByteArrayLiteral("authorization")).trimmed();
    static const QByteArray scheme = QByteArrayLiteral("bearer ");
    if (value.size() <= scheme.size() || value.left(scheme.size()).toLower() != scheme)
        return QByteArray();
    return value.mid(scheme.size()).trimmed();
}

Result<QJsonObject> HttpRequest::jsonObject() const
{
    // Checked before parsing, so that the answer names the first bad byte (the parser only says that some string
    // was bad) and no decoder anywhere replaces bad bytes with U+FFFD.
    if (const qsizetype bad = firstInvalidUtf8(body); bad >= 0) {
        return Error{QStringLiteral("invalid_utf8"),
                     QCoreApplication::translate("HttpRequest",
                                                 "The request body is not valid UTF-8: byte %1 (0x%2) does not "
                                                 "belong to a UTF-8 character. Send the text encoded as UTF-8.")
                         .arg(bad)
                         .arg(uint(static_cast<unsigned char>(body.at(bad))), 2, 16, QLatin1Char('0')),
                     QVariantMap{{QStringLiteral("byte_offset"), qlonglong(bad)}}};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{QStringLiteral("invalid_json"),
                     QStringLiteral("The request body is not valid JSON (%1 at byte %2).")
                         .arg(parseError.errorString())
                         .arg(parseError.offset),
                     QVariant()};
    }
    if (!document.isObject()) {
        return Error{QStringLiteral("json_object_expected"), QStringLiteral("The request body must be a JSON object."),
                     QVariant()};
    }
    return document.object();
}

QList<QPair<QString, QString>> HttpRequest::parseQuery(const QByteArray& rawQuery)
{
    QList<QPair<QString, QString>> items;
    const QList<QByteArray> parts = rawQuery.split('&');
    for (const QByteArray& part : parts) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        QByteArray key = eq < 0 ? part : part.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        items.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                      QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return items;
}

} // namespace syncsites
