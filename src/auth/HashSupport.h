#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace syncsites {

/// What the stored-hash classes (PasswordHasher, SecretHasher, Pbkdf2Hash) share: random bytes from the
/// system's CSPRNG, base64 fields, the one error for a malformed stored hash, a comparison whose time does not
/// depend on the bytes. Stateless; any thread.
namespace HashSupport {

QByteArray randomBytes(int count);
/// Standard base64 with padding, refused (`malformed_password_hash`, naming `what`) if empty or not base64.
Result<QByteArray> decodeBase64(const QString& text, const char* what);
/// `malformed_password_hash`, with `why` in the message.
Error malformed(const QString& why);
/// Byte comparison whose time depends only on the lengths.
bool constantTimeEquals(const QByteArray& a, const QByteArray& b);

} // namespace HashSupport

} // namespace syncsites
