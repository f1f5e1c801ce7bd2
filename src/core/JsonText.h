#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace syncsites::JsonText {

/// Appends `utf8` as a JSON string: quoted, with '"', '\' and control characters escaped; other characters are
/// written as they are (JSON text is UTF-8).
void appendString(QByteArray& out, QByteArrayView utf8);

/// Appends an integer.
void appendInteger(QByteArray& out, qint64 value);

/// Appends a number in its shortest form that reads back as the same double ("2.5", "5", "1e-07"); a value that
/// is not finite, which JSON cannot hold, as null.
void appendReal(QByteArray& out, double value);

} // namespace syncsites::JsonText
