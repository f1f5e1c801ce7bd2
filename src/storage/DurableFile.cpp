#include "DurableFile.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace syncsites {

namespace {

QString lastErrorText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

Status syncPath(const QString& path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return Error{QStringLiteral("file_sync_failed"),
                     QStringLiteral("%1 cannot be opened to be written to the disk (%2).").arg(path, lastErrorText())};
    const int rc = ::fsync(fd);
    const QString why = rc == 0 ? QString() : lastErrorText();
    ::close(fd);
    if (rc != 0)
        return Error{QStringLiteral("file_sync_failed"),
                     QStringLiteral("%1 could not be written to the disk (%2). Check the disk and that it has room.")
                         .arg(path, why)};
    return {};
}

} // namespace

Status DurableFile::sync(const QString& path)
{
    return syncPath(path, O_RDONLY);
}

Status DurableFile::syncFolderOf(const QString& path)
{
    return syncPath(QFileInfo(path).absolutePath(), O_RDONLY | O_DIRECTORY);
}

Status DurableFile::replace(const QString& from, const QString& to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return Error{QStringLiteral("file_move_failed"),
                     QStringLiteral("%1 could not be moved to %2 (%3). Check that the folder is writable.")
                         .arg(from, to, lastErrorText())};
    return syncFolderOf(to);
}

bool DurableFile::removeWithSideFiles(const QString& path)
{
    bool gone = true;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        const QString file = path + QLatin1String(suffix);
        if (QFileInfo::exists(file) && !QFile::remove(file))
            gone = false;
    }
    return gone;
}

} // namespace syncsites
