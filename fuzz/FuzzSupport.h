#pragma once

// What every fuzz target shares: a check that stops the run with a message (libFuzzer keeps the input), and
// quiet Qt logging (the server's access log would drown the fuzzer's own lines).

#include <QByteArray>
#include <QLoggingCategory>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition, what)                                                                                    \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "FUZZ_CHECK failed at %s:%d: %s (%s)\n", __FILE__, __LINE__, #condition, what);       \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

namespace syncsites::fuzz {

/// The input as a QByteArray without copying it (valid during LLVMFuzzerTestOneInput only).
inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

/// Warnings and info of the project's categories off; Qt's own criticals stay.
inline void quietLogging()
{
    QLoggingCategory::setFilterRules(QStringLiteral("syncsites.*=false\nqt.*.debug=false"));
}

} // namespace syncsites::fuzz
