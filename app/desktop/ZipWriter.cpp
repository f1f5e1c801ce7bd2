#include "ZipWriter.h"

#include <QDir>
#include <QSaveFile>

#include <zlib.h>

#include <limits>

namespace syncsites::app {

namespace {

// The zip format's records (PKWARE's APPNOTE.TXT, sections 4.3.7, 4.3.12 and 4.3.16), little-endian.
constexpr quint32 kLocalHeader = 0x04034b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kEndOfCentralDirectory = 0x06054b50;
constexpr quint16 kVersion = 20;       ///< 2.0: deflate and folders
constexpr quint16 kUtf8Names = 0x0800; ///< general purpose flag bit 11
constexpr quint16 kStored = 0;
constexpr quint16 kDeflated = 8;

void put16(QByteArray& out, quint16 value)
{
    out.append(char(value & 0xff)).append(char(value >> 8));
}

void put32(QByteArray& out, quint32 value)
{
    put16(out, quint16(value & 0xffff));
    put16(out, quint16(value >> 16));
}

/// Raw deflate (no zlib header), as zip stores it; empty when zlib fails.
QByteArray deflateRaw(const QByteArray& data)
{
    z_stream stream{};
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(int(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = uInt(out.size());
    const int done = deflate(&stream, Z_FINISH);
    const qsizetype written = qsizetype(stream.total_out);
    deflateEnd(&stream);
    if (done != Z_STREAM_END)
        return {};
    out.truncate(written);
    return out;
}

} // namespace

Error ZipWriter::tooLarge()
{
    return Error{QStringLiteral("zip_too_large"), tr("The archive is too large for a zip file (4 GB at most).")};
}

void ZipWriter::add(const QString& name, const QByteArray& data, const QDateTime& modified)
{
    constexpr qsizetype limit = std::numeric_limits<qint32>::max(); // well under zip's 4 GB, and zlib's uInt
    if (data.size() >= limit || m_entries.size() >= 0xffff) {
        m_tooLarge = true;
        return;
    }
    Entry entry;
    entry.name = QDir::fromNativeSeparators(name).toUtf8();
    entry.size = quint32(data.size());
    entry.crc =
        quint32(crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(data.constData()), uInt(data.size())));
    const QByteArray deflated = data.isEmpty() ? QByteArray() : deflateRaw(data);
    entry.deflated = !deflated.isEmpty() && deflated.size() < data.size();
    entry.data = entry.deflated ? deflated : data;
    // MS-DOS time and date, local time, to the even second; zip knows no date before 1980.
    const QDateTime local = modified.toLocalTime();
    const QDate date = local.date().year() < 1980 ? QDate(1980, 1, 1) : local.date();
    const QTime time = local.date().year() < 1980 ? QTime(0, 0) : local.time();
    entry.dosTime = quint16((time.hour() << 11) | (time.minute() << 5) | (time.second() / 2));
    entry.dosDate = quint16(((date.year() - 1980) << 9) | (date.month() << 5) | date.day());
    m_entries.append(entry);
}

Status ZipWriter::write(const QString& file) const
{
    QByteArray archive;
    QByteArray directory;
    for (const Entry& entry : m_entries) {
        const quint64 offset = quint64(archive.size());
        const quint16 method = entry.deflated ? kDeflated : kStored;
        const auto header = [&](QByteArray& out) {
            put16(out, kUtf8Names);
            put16(out, method);
            put16(out, entry.dosTime);
            put16(out, entry.dosDate);
            put32(out, entry.crc);
            put32(out, quint32(entry.data.size()));
            put32(out, entry.size);
            put16(out, quint16(entry.name.size()));
            put16(out, 0); // extra field
        };
        put32(archive, kLocalHeader);
        put16(archive, kVersion); // needed to extract
        header(archive);
        archive.append(entry.name).append(entry.data);

        put32(directory, kCentralHeader);
        put16(directory, kVersion); // made by (MS-DOS attributes)
        put16(directory, kVersion); // needed to extract
        header(directory);
        put16(directory, 0); // comment
        put16(directory, 0); // disk
        put16(directory, 0); // internal attributes
        put32(directory, 0); // external attributes
        put32(directory, quint32(offset));
        directory.append(entry.name);
        if (offset > std::numeric_limits<quint32>::max())
            return tooLarge();
    }
    if (m_tooLarge || quint64(archive.size()) + quint64(directory.size()) > std::numeric_limits<quint32>::max())
        return tooLarge();
    const quint32 directoryOffset = quint32(archive.size());
    archive.append(directory);
    put32(archive, kEndOfCentralDirectory);
    put16(archive, 0); // this disk
    put16(archive, 0); // the disk the directory starts on
    put16(archive, quint16(m_entries.size()));
    put16(archive, quint16(m_entries.size()));
    put32(archive, quint32(directory.size()));
    put32(archive, directoryOffset);
    put16(archive, 0); // comment

    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(archive) != archive.size() || !out.commit())
        return Error{QStringLiteral("file_write_failed"),
                     tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString())};
    return {};
}

} // namespace syncsites::app
