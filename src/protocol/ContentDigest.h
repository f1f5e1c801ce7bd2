#pragma once

#include <QByteArray>

#include <optional>

namespace syncsites {

/// The `Content-Digest` header (RFC 9530) of an HTTP body: `sha-256=:BASE64:` over the body as sent (after
/// Content-Encoding). The hub puts it on every answer and the engine on every request body, and each side checks the
/// other's: a body damaged on the way is refused instead of integrated (small bodies are not gzip'd, so nothing
/// else would catch a flipped byte in a cursor or a field).
class ContentDigest
{
public:
    static QByteArray headerName() { return QByteArrayLiteral("Content-Digest"); }
    /// The header's value for `body`.
    static QByteArray of(const QByteArray& body);
    /// Whether `body` matches the header's value; nullopt when the header has no sha-256 entry (nothing to check).
    static std::optional<bool> matches(const QByteArray& headerValue, const QByteArray& body);

    /// The `Target-Digest` header: the same `sha-256=:BASE64:` over "METHOD SP request-target" (the path and query
    /// exactly as sent, e.g. "GET /api/v1/sync/pull?category=core&cursor=42&limit=1000"). Content-Digest covers only
    /// the body; this covers what travels in the address, above all a pull's cursor, so that a flipped digit is
    /// refused rather than served from the wrong place. The engine sends it on every request; the hub checks it when
    /// present and requires it on the pull.
    static QByteArray targetHeaderName() { return QByteArrayLiteral("Target-Digest"); }
    static QByteArray ofTarget(const QByteArray& method, const QByteArray& target);
    static std::optional<bool> matchesTarget(const QByteArray& headerValue, const QByteArray& method,
                                             const QByteArray& target);
};

} // namespace syncsites
