#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QSettings;

namespace syncsites::app {

/// The file a person sends to support (Help → Save debug archive…): a .zip holding, in one folder named after it,
/// the diagnostics (diagnostics.txt), the app's settings with every secret-like key left out (settings.ini), and
/// the log files (logs/). No secret goes in: the settings are written key by key through Redaction, the log
/// masks credentials as it is written, and the site's secret file and the replica stay out.
class DebugArchive
{
    Q_DECLARE_TR_FUNCTIONS(syncsites::app::DebugArchive)

public:
    struct Contents
    {
        QString diagnostics;  ///< DesktopDiagnostics::text()
        QString settingsFile; ///< the INI file of the settings; empty: the platform's (QSettings())
        QStringList logFiles; ///< the current one first
    };

    /// Writes the archive to `file` (replacing it), all or nothing. Errors: ZipWriter's, `file_read_failed` (a
    /// log that cannot be read).
    static Status write(const QString& file, const Contents& contents);
    /// `settings` as an INI text, sorted, without the keys Redaction::isSecretKey() names and with credentials in
    /// values masked; binary values (window geometry) are only sized.
    static QString settingsText(const QSettings& settings);
};

} // namespace syncsites::app
