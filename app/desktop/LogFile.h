#pragma once

#include <QFile>
#include <QString>
#include <QStringList>
#include <QtGlobal>

class QDateTime;

namespace syncsites::app {

/// The desktop app's log file: every Qt message (qDebug to qFatal, with or without a category, from any thread)
/// written as one line, `2026-05-04T10:15:30.123Z warning syncsites.storage: text`, time in UTC (ISO 8601), and
/// still handed to the handler installed before (Qt's own: stderr, formatted by QT_MESSAGE_PATTERN). Continuation
/// lines of a message are indented; credentials in a text (a URL's user info, `password=…`) are masked (Redaction).
///
/// The file rotates when a line would take it past `maxBytes`: syncsites.log becomes syncsites.log.1, .1 becomes
/// .2, and so on; `files` files are kept in all (the oldest goes).
///
/// One LogFile handles messages at a time (install()); the destructor gives messages back to the handler before.
/// Threading: install() and the destructor on one thread; messages from any thread (written under one mutex).
class LogFile
{
public:
    struct Limits
    {
        qint64 maxBytes = 1024 * 1024; ///< about: a line is never split, so a file may end a line past it
        int files = 5;                 ///< the current file and the rotated ones
    };

    LogFile(const QString& path, Limits limits);
    ~LogFile();
    LogFile(const LogFile&) = delete;
    LogFile& operator=(const LogFile&) = delete;

    /// Makes the folder, opens the file (appending) and handles Qt's messages from now on. False (with a warning)
    /// when the file cannot be opened or another LogFile handles them: messages then go to the handler before only.
    bool install();
    bool isInstalled() const;

    QString path() const { return m_path; }
    /// The log's files that exist, the current one first, then the rotated ones, newest first.
    QStringList files() const;

    /// One message as a line of the file (with its '\n').
    static QByteArray line(QtMsgType type, const QMessageLogContext& context, const QString& message,
                           const QDateTime& at);

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message);
    /// Writes `line`, rotating first when it would take the file past the limit. Under the handler's mutex.
    void write(const QByteArray& line);
    void rotate();
    QString rotatedPath(int index) const;

    QString m_path;
    Limits m_limits;
    QFile m_file;
};

} // namespace syncsites::app
