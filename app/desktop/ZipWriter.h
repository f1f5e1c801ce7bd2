#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace syncsites::app {

/// A .zip file of a few small files (a debug archive: logs, settings, a text), as every system opens them: each
/// file deflated (zlib), names in UTF-8, no zip64 (under 4 GB and 65,535 files), no encryption. The archive is built
/// in memory and written whole, atomically (QSaveFile): a failed write leaves no half archive.
class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(syncsites::app::ZipWriter)

public:
    /// Adds a file named `name` ("logs/syncsites.log": '/' separates folders) holding `data`, dated `modified`.
    void add(const QString& name, const QByteArray& data, const QDateTime& modified = QDateTime::currentDateTime());
    /// Writes the archive to `file`. Errors: `zip_too_large`, `file_write_failed` (with the system's reason).
    Status write(const QString& file) const;

private:
    static Error tooLarge();

    struct Entry
    {
        QByteArray name;
        QByteArray data; ///< as stored: deflated, or as given when deflating saves nothing
        bool deflated = false;
        quint32 crc = 0;
        quint32 size = 0; ///< the data's size as given
        quint16 dosTime = 0;
        quint16 dosDate = 0;
    };
    QVector<Entry> m_entries;
    bool m_tooLarge = false;
};

} // namespace syncsites::app
