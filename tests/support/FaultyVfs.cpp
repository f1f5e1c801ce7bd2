#include "FaultyVfs.h"

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <mutex>
#include <string>

namespace syncsites::test {

namespace {

enum class Mode
{
    Count,
    FailNth,
    FailAll,
};

struct Plan
{
    std::mutex mutex;
    std::string prefix; ///< empty: nothing matches
    Mode mode = Mode::Count;
    std::int64_t n = 0;
    int error = SQLITE_IOERR_WRITE;
    std::atomic<std::int64_t> writes{0};
    std::atomic<std::int64_t> failures{0};
};

Plan& plan()
{
    static Plan p;
    return p;
}

sqlite3_vfs* g_real = nullptr;

/// Our file: the real one follows it in the same allocation.
struct File
{
    sqlite3_file base;
    sqlite3_file* real;
    const char* name; ///< SQLite keeps it valid until xClose; null for temporary files
};

sqlite3_file* real(sqlite3_file* f)
{
    return reinterpret_cast<File*>(f)->real;
}

/// The error this write must fail with, or SQLITE_OK.
int writeVerdict(sqlite3_file* f)
{
    const char* name = reinterpret_cast<File*>(f)->name;
    Plan& p = plan();
    const std::lock_guard<std::mutex> lock(p.mutex);
    if (p.prefix.empty() || !name || std::strncmp(name, p.prefix.c_str(), p.prefix.size()) != 0)
        return SQLITE_OK;
    const std::int64_t index = ++p.writes;
    const bool fail = (p.mode == Mode::FailAll) || (p.mode == Mode::FailNth && index == p.n);
    if (!fail)
        return SQLITE_OK;
    ++p.failures;
    return p.error;
}

int xClose(sqlite3_file* f)
{
    sqlite3_file* r = real(f);
    const int rc = r->pMethods ? r->pMethods->xClose(r) : SQLITE_OK;
    f->pMethods = nullptr;
    return rc;
}
int xRead(sqlite3_file* f, void* buf, int amount, sqlite3_int64 offset)
{
    return real(f)->pMethods->xRead(real(f), buf, amount, offset);
}
int xWrite(sqlite3_file* f, const void* buf, int amount, sqlite3_int64 offset)
{
    if (const int verdict = writeVerdict(f); verdict != SQLITE_OK)
        return verdict;
    return real(f)->pMethods->xWrite(real(f), buf, amount, offset);
}
int xTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    return real(f)->pMethods->xTruncate(real(f), size);
}
int xSync(sqlite3_file* f, int flags)
{
    return real(f)->pMethods->xSync(real(f), flags);
}
int xFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
int xLock(sqlite3_file* f, int level)
{
    return real(f)->pMethods->xLock(real(f), level);
}
int xUnlock(sqlite3_file* f, int level)
{
    return real(f)->pMethods->xUnlock(real(f), level);
}
int xCheckReservedLock(sqlite3_file* f, int* out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int xFileControl(sqlite3_file* f, int op, void* arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int xSectorSize(sqlite3_file* f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int xDeviceCharacteristics(sqlite3_file* f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int xShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out)
{
    return real(f)->pMethods->xShmMap(real(f), region, size, extend, out);
}
int xShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void xShmBarrier(sqlite3_file* f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}
int xShmUnmap(sqlite3_file* f, int deleteFlag)
{
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}
int xFetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out)
{
    return real(f)->pMethods->xFetch(real(f), offset, amount, out);
}
int xUnfetch(sqlite3_file* f, sqlite3_int64 offset, void* p)
{
    return real(f)->pMethods->xUnfetch(real(f), offset, p);
}

const sqlite3_io_methods kMethods = {
    3,
    xClose,
    xRead,
    xWrite,
    xTruncate,
    xSync,
    xFileSize,
    xLock,
    xUnlock,
    xCheckReservedLock,
    xFileControl,
    xSectorSize,
    xDeviceCharacteristics,
    xShmMap,
    xShmLock,
    xShmBarrier,
    xShmUnmap,
    xFetch,
    xUnfetch,
};

int xOpen(sqlite3_vfs* vfs, const char* name, sqlite3_file* f, int flags, int* outFlags)
{
    File* file = reinterpret_cast<File*>(f);
    file->real = reinterpret_cast<sqlite3_file*>(file + 1);
    file->name = name;
    f->pMethods = nullptr;
    (void)vfs;
    const int rc = g_real->xOpen(g_real, name, file->real, flags, outFlags);
    if (rc != SQLITE_OK || !file->real->pMethods)
        return rc;
    f->pMethods = &kMethods;
    return SQLITE_OK;
}

} // namespace

void FaultyVfs::install()
{
    static std::once_flag once;
    std::call_once(once, [] {
        g_real = sqlite3_vfs_find(nullptr);
        static sqlite3_vfs vfs = *g_real;
        vfs.iVersion = std::min(vfs.iVersion, 3);
        vfs.szOsFile = int(sizeof(File)) + g_real->szOsFile;
        vfs.zName = "syncsites_faulty";
        vfs.pNext = nullptr;
        vfs.xOpen = xOpen;
        sqlite3_vfs_register(&vfs, 1);
    });
}

namespace {

void arm(const QString& prefix, Mode mode, std::int64_t n, int error)
{
    Plan& p = plan();
    const std::lock_guard<std::mutex> lock(p.mutex);
    p.prefix = prefix.toStdString();
    p.mode = mode;
    p.n = n;
    p.error = error;
    p.writes = 0;
    p.failures = 0;
}

} // namespace

void FaultyVfs::count(const QString& prefix)
{
    arm(prefix, Mode::Count, 0, SQLITE_OK);
}

void FaultyVfs::failNth(const QString& prefix, std::int64_t n, int sqliteError)
{
    arm(prefix, Mode::FailNth, n, sqliteError);
}

void FaultyVfs::failAll(const QString& prefix, int sqliteError)
{
    arm(prefix, Mode::FailAll, 0, sqliteError);
}

void FaultyVfs::disarm()
{
    Plan& p = plan();
    const std::lock_guard<std::mutex> lock(p.mutex);
    p.prefix.clear();
}

std::int64_t FaultyVfs::writes()
{
    return plan().writes.load();
}

std::int64_t FaultyVfs::failures()
{
    return plan().failures.load();
}

} // namespace syncsites::test
