#pragma once

#include "Result.h"

#include <QByteArray>

namespace syncsites {

/// gzip (RFC 1952) through zlib, for HTTP bodies both ways. Stateless and thread-safe.
class Gzip
{
public:
    /// A gzip member holding `data`. `level` 1 (fast) to 9 (small); 6 is zlib's default.
    static QByteArray compress(const QByteArray& data, int level = 6);

    /// The data of one or more concatenated gzip members. Errors: `body_too_large` as soon as the output would
    /// exceed `maxBytes` (so a small "zip bomb" costs little), `invalid_gzip` for corrupt or truncated input.
    static Result<QByteArray> decompress(const QByteArray& data, qint64 maxBytes);

    /// Whether an Accept-Encoding header value allows gzip: `gzip`, `x-gzip` or `*` with a q-value above 0,
    /// and gzip not refused by `gzip;q=0`.
    static bool acceptsGzip(const QByteArray& acceptEncoding);
};

} // namespace syncsites
