// gzip inflation with its limit (src/protocol/Gzip): Gzip::decompress never returns more than the limit it is
// given, refuses with `body_too_large` or `invalid_gzip` only, and what it returns compresses and inflates back to
// itself. The first two bytes of the input choose the limit (up to 64 KiB, so that bombs hit it); the rest is the
// body. The Accept-Encoding parser gets the same bytes.

#include "FuzzSupport.h"

#include "Gzip.h"

using namespace syncsites;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    Gzip::acceptsGzip(fuzz::bytes(data, size));
    if (size < 2)
        return 0;
    const qint64 limit = qint64(data[0]) << 8 | data[1];
    const QByteArray body = fuzz::bytes(data + 2, size - 2);

    const Result<QByteArray> inflated = Gzip::decompress(body, limit);
    if (!inflated) {
        FUZZ_CHECK(inflated.error().code == QLatin1String("body_too_large") ||
                       inflated.error().code == QLatin1String("invalid_gzip"),
                   "a refusal is body_too_large or invalid_gzip");
        return 0;
    }
    FUZZ_CHECK(inflated->size() <= limit, "the limit is never exceeded");
    FUZZ_CHECK(!body.isEmpty() || inflated->isEmpty(), "nothing inflates to nothing");

    // What was inflated makes the round trip, with a limit just large enough and one byte short.
    const QByteArray again = Gzip::compress(*inflated, 1);
    FUZZ_CHECK(!again.isEmpty(), "compress succeeds");
    const Result<QByteArray> back = Gzip::decompress(again, inflated->size());
    FUZZ_CHECK(back.ok() && *back == *inflated, "compress then decompress gives the data back");
    if (!inflated->isEmpty()) {
        const Result<QByteArray> short_ = Gzip::decompress(again, inflated->size() - 1);
        FUZZ_CHECK(!short_ && short_.error().code == QLatin1String("body_too_large"), "one byte short is too large");
    }
    return 0;
}
