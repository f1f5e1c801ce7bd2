#include "PasswordHasher.h"

#include "ServerLog.h"

#include <QRandomGenerator>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace syncsites::server {

namespace {

const QString kScheme = QStringLiteral("pbkdf2-sha256");

Error malformed(const QString& why)
{
    return Error{QStringLiteral("malformed_password_hash"),
                 QStringLiteral("The stored password hash is malformed: %1.").arg(why), QVariant()};
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(qMax(0, count), Qt::Uninitialized);
    // generate() fills whole 32-bit words; the last partial word is written byte by byte.
    const int words = bytes.size() / 4;
    if (words > 0)
        QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(bytes.data()),
                                             reinterpret_cast<quint32*>(bytes.data()) + words);
    for (int i = words * 4; i < bytes.size(); ++i)
        bytes[i] = static_cast<char>(QRandomGenerator::system()->generate() & 0xff);
    return bytes;
}

Result<QByteArray> decodeBase64(const QString& text, const char* what)
{
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::Base64Encoding |
                                                                             QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return malformed(QStringLiteral("the %1 is not base64").arg(QLatin1String(what)));
    return decoded.decoded;
}

} // namespace

PasswordHasher::PasswordHasher(int iterations) : m_iterations(qBound(1, iterations, kMaxIterations)) {}

QByteArray PasswordHasher::derive(const QByteArray& secret, const QByteArray& salt, int iterations, int bytes)
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

QString PasswordHasher::hash(const QString& secret) const
{
    const QByteArray salt = randomBytes(kSaltBytes);
    const QByteArray derived = derive(secret.toUtf8(), salt, m_iterations, kHashBytes);
    return kScheme + QLatin1Char('$') + QString::number(m_iterations) + QLatin1Char('$') +
           QString::fromLatin1(salt.toBase64()) + QLatin1Char('$') + QString::fromLatin1(derived.toBase64());
}

Result<PasswordHasher::Parsed> PasswordHasher::parse(const QString& stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4)
        return malformed(QStringLiteral("expected scheme$iterations$salt$hash"));
    if (parts.at(0) != kScheme)
        return malformed(QStringLiteral("the scheme \"%1\" is not %2").arg(parts.at(0).left(40), kScheme));
    const QString& cost = parts.at(1);
    bool ok = !cost.isEmpty() && cost.size() <= 9 && !cost.startsWith(QLatin1Char('0'));
    for (const QChar c : cost)
        ok = ok && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    const qlonglong iterations = ok ? cost.toLongLong() : 0;
    if (iterations < 1 || iterations > kMaxIterations)
        return malformed(QStringLiteral("the iteration count is not between 1 and %1").arg(kMaxIterations));
    Result<QByteArray> salt = decodeBase64(parts.at(2), "salt");
    if (!salt)
        return salt.error();
    Result<QByteArray> hash = decodeBase64(parts.at(3), "hash");
    if (!hash)
        return hash.error();
    if (salt->size() < 8 || salt->size() > 64)
        return malformed(QStringLiteral("the salt is not 8 to 64 bytes"));
    if (hash->size() < 16 || hash->size() > 64)
        return malformed(QStringLiteral("the hash is not 16 to 64 bytes"));
    return Parsed{static_cast<int>(iterations), std::move(salt).value(), std::move(hash).value()};
}

bool PasswordHasher::verify(const QString& secret, const QString& stored) const
{
    const Result<Parsed> parsed = parse(stored);
    if (!parsed) {
        qCWarning(lcAuth).noquote() << parsed.error().message;
        return false;
    }
    const QByteArray derived =
        derive(secret.toUtf8(), parsed->salt, parsed->iterations, static_cast<int>(parsed->hash.size()));
    return constantTimeEquals(derived, parsed->hash);
}

void PasswordHasher::verifyNothing(const QString& secret) const
{
    static const QByteArray salt(kSaltBytes, '\0');
    const QByteArray derived = derive(secret.toUtf8(), salt, m_iterations, kHashBytes);
    // Keep the result observable so that the derivation cannot be optimised away.
    volatile char sink = derived.isEmpty() ? 0 : derived.at(0);
    (void)sink;
}

bool PasswordHasher::needsRehash(const QString& stored) const
{
    const Result<Parsed> parsed = parse(stored);
    return !parsed || parsed->iterations < m_iterations;
}

QString PasswordHasher::randomSecret(int bytes)
{
    return QString::fromLatin1(
        randomBytes(bytes).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool PasswordHasher::constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false; // lengths are not secret here (a hash's length is fixed by its format)
    // OpenSSL's comparison is written so that compilers cannot turn it into an early exit.
    return CRYPTO_memcmp(a.constData(), b.constData(), static_cast<std::size_t>(a.size())) == 0;
}

} // namespace syncsites::server
