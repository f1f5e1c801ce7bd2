#pragma once

#include <QString>

#include <cstdint>

namespace syncsites::test {

/// The seed for a randomised test: SYNCSITES_TEST_SEED from the environment when set, otherwise a fresh one.
/// Always printed, so that a failing run can be repeated with the same seed.
std::uint64_t testSeed(const char* testName);

/// Path of a committed fixture file under tests/fixtures.
QString fixturePath(const QString& relative);

} // namespace syncsites::test
