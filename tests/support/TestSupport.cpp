#include "TestSupport.h"

#include <QDateTime>
#include <QDir>
#include <QtGlobal>

#include <cstdio>

namespace syncsites::test {

std::uint64_t testSeed(const char* testName)
{
    bool ok = false;
    const std::uint64_t fromEnv = qEnvironmentVariable("SYNCSITES_TEST_SEED").toULongLong(&ok);
    const std::uint64_t seed = ok ? fromEnv : static_cast<std::uint64_t>(QDateTime::currentMSecsSinceEpoch());
    std::fprintf(stderr, "%s: seed %llu (repeat with SYNCSITES_TEST_SEED=%llu)\n", testName,
                 static_cast<unsigned long long>(seed), static_cast<unsigned long long>(seed));
    return seed;
}

QString fixturePath(const QString& relative)
{
    return QDir(QStringLiteral(SYNCSITES_FIXTURES_DIR)).filePath(relative);
}

} // namespace syncsites::test
