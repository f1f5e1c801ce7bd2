#include "ContentDigest.h"

#include <QCryptographicHash>
#include <QList>

namespace syncsites {

QByteArray ContentDigest::of(const QByteArray& body)
{
    return QByteArrayLiteral("sha-256=:") + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toBase64() + ':';
}

std::optional<bool> ContentDigest::matches(const QByteArray& headerValue, const QByteArray& body)
{
    // A dictionary of algorithm=:base64: entries; only sha-256 is checked.
    const QList<QByteArray> entries = headerValue.split(',');
    for (const QByteArray& raw : entries) {
        const QByteArray entry = raw.trimmed();
        if (!entry.startsWith("sha-256=:") || !entry.endsWith(':') || entry.size() < 11)
            continue;
        const QByteArray expected = QByteArray::fromBase64(entry.mid(9, entry.size() - 10));
        return expected == QCryptographicHash::hash(body, QCryptographicHash::Sha256);
    }
    return std::nullopt;
}

QByteArray ContentDigest::ofTarget(const QByteArray& method, const QByteArray& target)
{
    return of(method + ' ' + target);
}

std::optional<bool> ContentDigest::matchesTarget(const QByteArray& headerValue, const QByteArray& method,
                                                 const QByteArray& target)
{
    return matches(headerValue, method + ' ' + target);
}

} // namespace syncsites
