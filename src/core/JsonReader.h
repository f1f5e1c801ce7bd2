#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace syncsites {

/// Reads the fields of one JSON object of a hub answer, remembering the first field that is missing or of the
/// wrong type, so that a parser reads every field and then returns one `bad_response` error naming it.
class JsonReader
{
public:
    JsonReader(const QJsonObject& object, QString what);

    QString string(const char* key, bool required = true);
    /// null or missing (when not required) gives `fallback`
    qint64 integer(const char* key, bool required = true, qint64 fallback = -1);
    bool boolean(const char* key, bool required = true);
    /// ISO 8601; null or missing (when not required) gives an invalid QDateTime
    QDateTime dateTime(const char* key, bool required = true);
    QDate date(const char* key);
    QJsonObject object(const char* key, bool required = true);
    QJsonArray array(const char* key, bool required = true);

    /// Records a problem found by the caller (e.g. an unknown enum value).
    void fail(const char* key, const QString& problem);

    bool ok() const { return m_problem.isEmpty(); }
    Error error() const;

private:
    QJsonValue value(const char* key, bool required, const char* type, bool (QJsonValue::*is)() const);

    QJsonObject m_object;
    QString m_what;
    QString m_problem;
};

/// The `bad_response` error every parser gives.
Error badResponse(const QString& what, const QString& problem);

} // namespace syncsites
