#include "HashSupport.h"

#include <QRandomGenerator>

#include <openssl/crypto.h>

namespace syncsites::HashSupport {

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

Error malformed(const QString& why)
{
    return Error{QStringLiteral("malformed_password_hash"),
                 QStringLiteral("The stored password hash is malformed: %1.").arg(why), QVariant()};
}

Result<QByteArray> decodeBase64(const QString& text, const char* what)
{
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::Base64Encoding |
                                                                             QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return malformed(QStringLiteral("the %1 is not base64").arg(QLatin1String(what)));
    return decoded.decoded;
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false; // lengths are not secret here (a hash's length is fixed by its format)
    // OpenSSL's comparison is written so that compilers cannot turn it into an early exit.
    return CRYPTO_memcmp(a.constData(), b.constData(), static_cast<std::size_t>(a.size())) == 0;
}

} // namespace syncsites::HashSupport
