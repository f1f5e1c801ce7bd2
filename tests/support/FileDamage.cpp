#include "FileDamage.h"

#include <QFile>

namespace syncsites::test {

namespace {

// Writes 0xFF over the cell pointer array of the page at `offset`, whose header `head` (12 bytes) was read.
void spoilCellPointers(QFile& file, qint64 offset, const QByteArray& head)
{
    const int type = quint8(head[0]);
    const int cells = (quint8(head[3]) << 8) | quint8(head[4]);
    const int pointers = type == 0x0D || type == 0x0A ? 8 : 12; // leaf pages have an 8-byte header
    file.seek(offset + pointers);
    file.write(QByteArray(2 * cells, char(0xFF)));
}

struct Opened
{
    int pageSize = 0;
    qint64 pages = 0;
};

Result<Opened> openSqlite(QFile& file)
{
    if (!file.open(QIODevice::ReadWrite))
        return Error{QStringLiteral("file_unreadable"),
                     QStringLiteral("%1: %2").arg(file.fileName(), file.errorString())};
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith("SQLite format 3"))
        return Error{QStringLiteral("not_sqlite"), QStringLiteral("%1 is not an SQLite file").arg(file.fileName())};
    const int rawSize = (quint8(header[16]) << 8) | quint8(header[17]);
    Opened opened;
    opened.pageSize = rawSize == 1 ? 65536 : rawSize;
    opened.pages = file.size() / opened.pageSize;
    return opened;
}

} // namespace

Result<DamagedPage> damageLastLeaf(const QString& path, int rootPage)
{
    QFile file(path);
    const Result<Opened> opened = openSqlite(file);
    if (!opened)
        return opened.error();
    qint64 page = rootPage;
    for (int depth = 0; depth < 32 && page >= 2 && page <= opened->pages; ++depth) {
        const qint64 offset = (page - 1) * opened->pageSize;
        file.seek(offset);
        const QByteArray head = file.read(12);
        if (head.size() < 12)
            break;
        const int type = quint8(head[0]);
        if (type == 0x05 || type == 0x02) { // interior: follow the right-most child
            page =
                (qint64(quint8(head[8])) << 24) | (quint8(head[9]) << 16) | (quint8(head[10]) << 8) | quint8(head[11]);
            continue;
        }
        if (type != 0x0D && type != 0x0A)
            break;
        spoilCellPointers(file, offset, head);
        file.close();
        return DamagedPage{int(page), type, opened->pageSize};
    }
    return Error{QStringLiteral("not_btree"),
                 QStringLiteral("%1: no b-tree leaf under root page %2").arg(path).arg(rootPage)};
}

Result<DamagedPage> damageBtreePage(const QString& path, double fraction, int type)
{
    QFile file(path);
    const Result<Opened> opened = openSqlite(file);
    if (!opened)
        return opened.error();
    const qint64 first = qMax<qint64>(2, qint64(double(opened->pages) * fraction));
    for (qint64 page = first; page <= opened->pages; ++page) {
        const qint64 offset = (page - 1) * opened->pageSize;
        if (!file.seek(offset))
            break;
        const QByteArray head = file.read(12);
        if (head.size() < 12 || quint8(head[0]) != type || ((quint8(head[3]) << 8) | quint8(head[4])) < 2)
            continue;
        spoilCellPointers(file, offset, head);
        file.close();
        return DamagedPage{int(page), type, opened->pageSize};
    }
    return Error{QStringLiteral("no_such_page"),
                 QStringLiteral("%1 has no b-tree page of type %2 from page %3").arg(path).arg(type).arg(first)};
}

} // namespace syncsites::test
