#pragma once

#include <QSize>
#include <QString>

namespace syncsites::app {

/// The desktop app's command line.
struct DesktopOptions
{
    QString demoFolder; ///< --demo DIR: run on a demo hub served by this process
    qint64 demoRecords = 20000;
    QString settingsFile;  ///< --settings FILE: an INI file instead of the user's settings
    QString screenshotDir; ///< --screenshots DIR: grab every page into DIR and quit (documentation)
    QSize screenshotSize;  ///< --screenshot-size WxH: the window's size for the pictures (default 1366x768)

    // Not on the command line: the log (LogFile). Tests make it small.
    qint64 logMaxBytes = 1024 * 1024; ///< the log file rotates at about this size
    int logFiles = 5;                 ///< log files kept, the current one included
};

} // namespace syncsites::app
