#include "JsonReader.h"

#include <QCoreApplication>

namespace syncsites {

Error badResponse(const QString& what, const QString& problem)
{
    return Error{QStringLiteral("bad_response"),
                 QCoreApplication::translate("HubApiClient",
                                             "The server's answer could not be read (%1: %2). The server may run "
                                             "a different version of SyncSites; ask its administrator.")
                     .arg(what, problem)};
}

JsonReader::JsonReader(const QJsonObject& object, QString what) : m_object(object), m_what(std::move(what)) {}

QJsonValue JsonReader::value(const char* key, bool required, const char* type, bool (QJsonValue::*is)() const)
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(key, v.isNull() ? QStringLiteral("null") : QStringLiteral("missing"));
        return QJsonValue();
    }
    if (!(v.*is)()) {
        fail(key, QStringLiteral("not a %1").arg(QLatin1String(type)));
        return QJsonValue();
    }
    return v;
}

QString JsonReader::string(const char* key, bool required)
{
    return value(key, required, "string", &QJsonValue::isString).toString();
}

qint64 JsonReader::integer(const char* key, bool required, qint64 fallback)
{
    const QJsonValue v = value(key, required, "number", &QJsonValue::isDouble);
    return v.isDouble() ? v.toInteger() : fallback;
}

bool JsonReader::boolean(const char* key, bool required)
{
    return value(key, required, "boolean", &QJsonValue::isBool).toBool();
}

QDateTime JsonReader::dateTime(const char* key, bool required)
{
    const QString text = string(key, required);
    if (text.isEmpty())
        return QDateTime();
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        fail(key, QStringLiteral("not a date and time: %1").arg(text));
    return at;
}

QDate JsonReader::date(const char* key)
{
    const QString text = string(key, true);
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!text.isEmpty() && !day.isValid())
        fail(key, QStringLiteral("not a date: %1").arg(text));
    return day;
}

QJsonObject JsonReader::object(const char* key, bool required)
{
    return value(key, required, "object", &QJsonValue::isObject).toObject();
}

QJsonArray JsonReader::array(const char* key, bool required)
{
    return value(key, required, "array", &QJsonValue::isArray).toArray();
}

void JsonReader::fail(const char* key, const QString& problem)
{
    if (m_problem.isEmpty())
        m_problem = QStringLiteral("%1.%2 %3").arg(m_what, QLatin1String(key), problem);
}

Error JsonReader::error() const
{
    return badResponse(m_what, m_problem);
}

} // namespace syncsites
