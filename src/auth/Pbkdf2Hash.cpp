#include "Pbkdf2Hash.h"

#include "AuthLog.h"
#include "HashSupport.h"

#include <QStringList>

#include <openssl/evp.h>

namespace syncsites {

namespace {

const QString kScheme = QStringLiteral("pbkdf2-sha256");

} // namespace

bool Pbkdf2Hash::isPbkdf2(const QString& stored)
{
    return stored.startsWith(kScheme + QLatin1Char('$'));
}

QByteArray Pbkdf2Hash::derive(const QByteArray& secret, const QByteArray& salt, int iterations, int bytes)
{
    QByteArray out(bytes, Qt::Uninitialized);
    const int ok = PKCS5_PBKDF2_HMAC(
        secret.constData(), static_cast<int>(secret.size()), reinterpret_cast<const unsigned char*>(salt.constData()),
        static_cast<int>(salt.size()), iterations, EVP_sha256(), bytes, reinterpret_cast<unsigned char*>(out.data()));
    if (ok != 1) {
        qCCritical(lcAuth) << "PKCS5_PBKDF2_HMAC failed";
        return QByteArray();
    }
    return out;
}

Result<Pbkdf2Hash::Parsed> Pbkdf2Hash::parse(const QString& stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4)
        return HashSupport::malformed(QStringLiteral("expected scheme$iterations$salt$hash"));
    if (parts.at(0) != kScheme)
        return HashSupport::malformed(QStringLiteral("the scheme \"%1\" is not %2").arg(parts.at(0).left(40), kScheme));
    const QString& cost = parts.at(1);
    bool ok = !cost.isEmpty() && cost.size() <= 9 && !cost.startsWith(QLatin1Char('0'));
    for (const QChar c : cost)
        ok = ok && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    const qlonglong iterations = ok ? cost.toLongLong() : 0;
    if (iterations < 1 || iterations > kMaxIterations)
        return HashSupport::malformed(
            QStringLiteral("the iteration count is not between 1 and %1").arg(kMaxIterations));
    Result<QByteArray> salt = HashSupport::decodeBase64(parts.at(2), "salt");
    if (!salt)
        return salt.error();
    Result<QByteArray> hash = HashSupport::decodeBase64(parts.at(3), "hash");
    if (!hash)
        return hash.error();
    if (salt->size() < 8 || salt->size() > 64)
        return HashSupport::malformed(QStringLiteral("the salt is not 8 to 64 bytes"));
    if (hash->size() < 16 || hash->size() > 64)
        return HashSupport::malformed(QStringLiteral("the hash is not 16 to 64 bytes"));
    return Parsed{static_cast<int>(iterations), std::move(salt).value(), std::move(hash).value()};
}

bool Pbkdf2Hash::verify(const QString& secret, const QString& stored)
{
    const Result<Parsed> parsed = parse(stored);
    if (!parsed) {
        qCWarning(lcAuth).noquote() << parsed.error().message;
        return false;
    }
    const QByteArray derived =
        derive(secret.toUtf8(), parsed->salt, parsed->iterations, static_cast<int>(parsed->hash.size()));
    return HashSupport::constantTimeEquals(derived, parsed->hash);
}

QString Pbkdf2Hash::hashForTests(const QString& secret, int iterations)
{
    const QByteArray salt = HashSupport::randomBytes(16);
    const QByteArray derived = derive(secret.toUtf8(), salt, iterations, 32);
    return kScheme + QLatin1Char('$') + QString::number(iterations) + QLatin1Char('$') +
           QString::fromLatin1(salt.toBase64()) + QLatin1Char('$') + QString::fromLatin1(derived.toBase64());
}

} // namespace syncsites
