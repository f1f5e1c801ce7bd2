#include "Gzip.h"

#include <QList>

#include <zlib.h>

#include <limits>

namespace syncsites {

namespace {

constexpr int kGzipWindowBits = 15 + 16; // 16: gzip wrapper instead of zlib's
constexpr int kChunk = 64 * 1024;

Error invalidGzip(const char* why)
{
    return Error{QStringLiteral("invalid_gzip"),
                 QStringLiteral("The gzip-compressed body could not be decoded (%1); send it again, or uncompressed.")
                     .arg(QLatin1String(why)),
                 QVariant()};
}

// q-value of one Accept-Encoding element ("gzip;q=0.5"): 1 when absent, 0 when unparsable.
double qValue(const QList<QByteArray>& params)
{
    for (int i = 1; i < params.size(); ++i) {
        const QByteArray p = params.at(i).trimmed().toLower();
        if (p.startsWith("q=")) {
            bool ok = false;
            const double q = p.mid(2).toDouble(&ok);
            return ok ? q : 0.0;
        }
    }
    return 1.0;
}

} // namespace

QByteArray Gzip::compress(const QByteArray& data, int level)
{
    // HTTP bodies stay far below 4 GiB (zlib counts in uInt); larger inputs are left uncompressed.
    if (data.size() > static_cast<qsizetype>(std::numeric_limits<uInt>::max() / 2))
        return QByteArray();
    z_stream stream{};
    if (deflateInit2(&stream, qBound(1, level, 9), Z_DEFLATED, kGzipWindowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return QByteArray();
    QByteArray out;
    out.resize(static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(data.size()))));
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    // deflateBound() promises room for everything, so one Z_FINISH call completes the stream.
    const int rc = deflate(&stream, Z_FINISH);
    out.resize(static_cast<qsizetype>(stream.total_out));
    deflateEnd(&stream);
    return rc == Z_STREAM_END ? out : QByteArray();
}

Result<QByteArray> Gzip::decompress(const QByteArray& data, qint64 maxBytes)
{
    if (data.isEmpty())
        return QByteArray();
    if (data.size() > static_cast<qsizetype>(std::numeric_limits<uInt>::max()))
        return invalidGzip("input too large");
    z_stream stream{};
    if (inflateInit2(&stream, kGzipWindowBits) != Z_OK)
        return invalidGzip("no memory for the decoder");
    QByteArray out;
    char buffer[kChunk];
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    stream.avail_in = static_cast<uInt>(data.size());
    bool finished = false;
    while (true) {
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof buffer;
        const int rc = inflate(&stream, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
            inflateEnd(&stream);
            return invalidGzip(rc == Z_DATA_ERROR ? "corrupt data" : "decoder error");
        }
        const qsizetype produced = static_cast<qsizetype>(sizeof buffer - stream.avail_out);
        if (out.size() + produced > maxBytes) {
            inflateEnd(&stream);
            return Error{QStringLiteral("body_too_large"),
                         QStringLiteral("The decompressed body is larger than %1 bytes.").arg(maxBytes), QVariant()};
        }
        out.append(buffer, produced);
        if (rc == Z_STREAM_END) {
            if (stream.avail_in == 0) {
                finished = true;
                break;
            }
            inflateReset(&stream); // another gzip member follows
            continue;
        }
        if (rc == Z_BUF_ERROR || (stream.avail_in == 0 && produced == 0))
            break; // input exhausted before the end of the stream
    }
    inflateEnd(&stream);
    if (!finished)
        return invalidGzip("truncated data");
    return out;
}

bool Gzip::acceptsGzip(const QByteArray& acceptEncoding)
{
    double gzip = -1.0; // not named
    double star = -1.0;
    const QList<QByteArray> elements = acceptEncoding.split(',');
    for (const QByteArray& element : elements) {
        const QList<QByteArray> params = element.split(';');
        const QByteArray coding = params.at(0).trimmed().toLower();
        if (coding == "gzip" || coding == "x-gzip")
            gzip = qMax(gzip, qValue(params));
        else if (coding == "*")
            star = qValue(params);
    }
    if (gzip >= 0.0)
        return gzip > 0.0;
    return star > 0.0;
}

} // namespace syncsites
