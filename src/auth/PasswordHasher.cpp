#include "PasswordHasher.h"

#include "AuthLog.h"
#include "HashSupport.h"
#include "Pbkdf2Hash.h"

#include <QStringList>

#include <sodium.h>

namespace syncsites {

namespace {

const QString kPrefix = QStringLiteral("$argon2id$");

bool sodiumReady()
{
    // sodium_init() may be called from several threads and more than once; 1 means "already done".
    static const bool ready = sodium_init() >= 0;
    return ready;
}

std::size_t memoryBytes(PasswordHasher::Cost cost)
{
    return static_cast<std::size_t>(cost.memoryKiB) * 1024u;
}

} // namespace

Result<PasswordHasher::Cost> PasswordHasher::costForMemoryMiB(int memoryMiB)
{
    const QString range = QStringLiteral("use %1 to %2 (MiB of memory per password hash; the default is %3)")
                              .arg(kFloorMemoryMiB)
                              .arg(kMaxMemoryMiB)
                              .arg(kDefaultCost.memoryKiB / 1024);
    if (memoryMiB < kFloorMemoryMiB)
        return Error(QStringLiteral("hash_cost_too_low"),
                     QStringLiteral("A hash cost of %1 would make stolen password hashes cheap to crack; %2.")
                         .arg(memoryMiB)
                         .arg(range));
    if (memoryMiB > kMaxMemoryMiB)
        return Error(QStringLiteral("hash_cost_too_high"),
                     QStringLiteral("A hash cost of %1 would take more memory per sign-in than a hub should give; "
                                    "%2.")
                         .arg(memoryMiB)
                         .arg(range));
    return Cost{memoryMiB * 1024, kDefaultCost.passes};
}

PasswordHasher::PasswordHasher(Cost cost)
    : m_cost{qBound(8, cost.memoryKiB, kMaxMemoryMiB * 1024), qBound(1, cost.passes, kMaxStoredPasses)}
{
    sodiumReady();
}

QString PasswordHasher::hash(const QString& password) const
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (!sodiumReady() || crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                                                static_cast<unsigned long long>(m_cost.passes), memoryBytes(m_cost),
                                                crypto_pwhash_ALG_ARGON2ID13) != 0) {
        qCCritical(lcAuth) << "Argon2id could not hash a password (out of memory?)";
        return QString();
    }
    return QString::fromLatin1(out);
}

Result<PasswordHasher::Cost> PasswordHasher::storedCost(const QString& stored)
{
    // $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 6 || !parts.at(0).isEmpty() || parts.at(1) != QLatin1String("argon2id"))
        return HashSupport::malformed(QStringLiteral("expected $argon2id$v=19$m=…,t=…,p=…$salt$hash"));
    if (parts.at(2) != QLatin1String("v=19"))
        return HashSupport::malformed(QStringLiteral("the Argon2 version is not 19"));
    Cost cost{0, 0};
    int lanes = 0;
    const QStringList params = parts.at(3).split(QLatin1Char(','));
    for (const QString& param : params) {
        const qsizetype eq = param.indexOf(QLatin1Char('='));
        const QString value = param.mid(eq + 1);
        bool ok = eq > 0 && !value.isEmpty() && value.size() <= 9 && !value.startsWith(QLatin1Char('0'));
        for (const QChar c : value)
            ok = ok && c >= QLatin1Char('0') && c <= QLatin1Char('9');
        if (!ok)
            return HashSupport::malformed(
                QStringLiteral("the parameter \"%1\" is not name=number").arg(param.left(20)));
        const int number = value.toInt();
        const QString name = param.left(eq);
        if (name == QLatin1String("m"))
            cost.memoryKiB = number;
        else if (name == QLatin1String("t"))
            cost.passes = number;
        else if (name == QLatin1String("p"))
            lanes = number;
        else
            return HashSupport::malformed(QStringLiteral("unknown parameter \"%1\"").arg(name.left(20)));
    }
    if (cost.memoryKiB < 8 || cost.memoryKiB > kMaxMemoryMiB * 1024)
        return HashSupport::malformed(QStringLiteral("the memory is not between 8 KiB and %1 MiB").arg(kMaxMemoryMiB));
    if (cost.passes < 1 || cost.passes > kMaxStoredPasses)
        return HashSupport::malformed(QStringLiteral("the passes are not between 1 and %1").arg(kMaxStoredPasses));
    if (lanes != 1)
        return HashSupport::malformed(QStringLiteral("the parallelism is not 1"));
    // The salt and the hash: unpadded standard base64 of 8 to 64 and 16 to 64 bytes.
    const auto base64 = [](const QString& field, int minBytes) {
        const qsizetype minChars = (minBytes * 4 + 2) / 3;
        if (field.size() < minChars || field.size() > 86)
            return false;
        for (const QChar c : field) {
            const bool ok =
                (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('+') || c == QLatin1Char('/');
            if (!ok)
                return false;
        }
        return true;
    };
    if (!base64(parts.at(4), 8) || !base64(parts.at(5), 16))
        return HashSupport::malformed(QStringLiteral("the salt or the hash is not base64 of the right length"));
    return cost;
}

bool PasswordHasher::verify(const QString& password, const QString& stored) const
{
    if (Pbkdf2Hash::isPbkdf2(stored))
        return Pbkdf2Hash::verify(password, stored);
    if (const Result<Cost> cost = storedCost(stored); !cost) {
        qCWarning(lcAuth).noquote() << cost.error().message;
        return false;
    }
    const QByteArray utf8 = password.toUtf8();
    const QByteArray encoded = stored.toLatin1();
    return sodiumReady() && crypto_pwhash_str_verify(encoded.constData(), utf8.constData(),
                                                     static_cast<unsigned long long>(utf8.size())) == 0;
}

void PasswordHasher::verifyNothing(const QString& password) const
{
    static const unsigned char salt[crypto_pwhash_SALTBYTES] = {};
    const QByteArray utf8 = password.toUtf8();
    unsigned char out[32] = {};
    if (sodiumReady() && crypto_pwhash(out, sizeof out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                                       salt, static_cast<unsigned long long>(m_cost.passes), memoryBytes(m_cost),
                                       crypto_pwhash_ALG_ARGON2ID13) != 0)
        qCWarning(lcAuth) << "Argon2id could not run (out of memory?)";
    // Keep the result observable so that the derivation cannot be optimised away.
    volatile unsigned char sink = out[0];
    (void)sink;
}

bool PasswordHasher::needsRehash(const QString& stored) const
{
    const Result<Cost> cost = storedCost(stored);
    return !cost || cost->memoryKiB < m_cost.memoryKiB || cost->passes < m_cost.passes;
}

QString PasswordHasher::randomSecret(int bytes)
{
    return QString::fromLatin1(
        HashSupport::randomBytes(bytes).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool PasswordHasher::constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    return HashSupport::constantTimeEquals(a, b);
}

} // namespace syncsites
