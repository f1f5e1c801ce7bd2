#include "DiskSpace.h"

#include <QFileInfo>
#include <QStorageInfo>
#include <QVariantMap>

namespace syncsites {

qint64 DiskSpace::freeBytes(const QString& path, const FreeSpaceProbe& probe)
{
    const QFileInfo info(path);
    const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    if (probe)
        return probe(folder);
    const QStorageInfo storage(folder);
    return storage.isValid() ? storage.bytesAvailable() : -1;
}

Error DiskSpace::explain(const Error& error, const QString& path, const FreeSpaceProbe& probe)
{
    if (error.code != QLatin1String("database_io_error") && error.code != QLatin1String("database_open_failed"))
        return error;
    const qint64 free = freeBytes(path, probe);
    if (free < 0 || free >= kNearlyFull)
        return error;
    const QString folder = QFileInfo(path).absolutePath();
    return Error{QStringLiteral("disk_full"),
                 QStringLiteral("The disk holding %1 is full (%2 KB free). Free some space, then try again; nothing "
                                "was lost.")
                     .arg(folder)
                     .arg(free / 1024),
                 QVariantMap{{QStringLiteral("cause"), error.message}, {QStringLiteral("free_bytes"), free}}};
}

} // namespace syncsites
