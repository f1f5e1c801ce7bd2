#include "SecretHasher.h"

#include "AuthLog.h"
#include "HashSupport.h"
#include "Pbkdf2Hash.h"

#include <QMessageAuthenticationCode>
#include <QStringList>

#include <optional>

namespace syncsites {

namespace {

const QString kScheme = QStringLiteral("hmac-sha256");
constexpr int kSaltBytes = 16;
constexpr int kMacBytes = 32;

struct Parts
{
    QByteArray salt;
    QByteArray mac;
};

// A stored hash of this scheme, or nullopt (another scheme, or malformed).
std::optional<Parts> parse(const QString& stored)
{
    const QStringList fields = stored.split(QLatin1Char('$'));
    if (fields.size() != 3 || fields.at(0) != kScheme)
        return std::nullopt;
    const Result<QByteArray> salt = HashSupport::decodeBase64(fields.at(1), "salt");
    const Result<QByteArray> expected = HashSupport::decodeBase64(fields.at(2), "mac");
    if (!salt || !expected || salt->size() != kSaltBytes || expected->size() != kMacBytes)
        return std::nullopt;
    return Parts{*salt, *expected};
}

QByteArray mac(const QByteArray& salt, const QString& secret)
{
    return QMessageAuthenticationCode::hash(secret.toUtf8(), salt, QCryptographicHash::Sha256);
}

} // namespace

QString SecretHasher::hash(const QString& secret)
{
    const QByteArray salt = HashSupport::randomBytes(kSaltBytes);
    return kScheme + QLatin1Char('$') + QString::fromLatin1(salt.toBase64()) + QLatin1Char('$') +
           QString::fromLatin1(mac(salt, secret).toBase64());
}

bool SecretHasher::verify(const QString& secret, const QString& stored)
{
    if (Pbkdf2Hash::isPbkdf2(stored))
        return Pbkdf2Hash::verify(secret, stored);
    const std::optional<Parts> parts = parse(stored);
    if (!parts) {
        qCWarning(lcAuth).noquote() << HashSupport::malformed(
                                           QStringLiteral("expected hmac-sha256$salt$mac, base64 of 16 and 32 bytes"))
                                           .message;
        return false;
    }
    return HashSupport::constantTimeEquals(mac(parts->salt, secret), parts->mac);
}

void SecretHasher::verifyNothing(const QString& secret)
{
    static const QByteArray salt(kSaltBytes, '\0');
    const QByteArray out = mac(salt, secret);
    volatile char sink = out.isEmpty() ? 0 : out.at(0);
    (void)sink;
}

bool SecretHasher::needsRehash(const QString& stored)
{
    return !parse(stored);
}

} // namespace syncsites
