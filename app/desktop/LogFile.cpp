#include "LogFile.h"

#include "Redaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSysInfo>

#include <algorithm>
#include <cstdio>

namespace syncsites::app {

namespace {

// The handler's state: Qt calls one function for every message, from any thread.
QMutex handlerMutex;
LogFile* installed = nullptr;               ///< under handlerMutex
QtMessageHandler previousHandler = nullptr; ///< set by install(), under handlerMutex
thread_local bool handling = false;         ///< a message raised while writing one (QFile's own warnings)

QLatin1String levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return QLatin1String("debug");
    case QtInfoMsg:
        return QLatin1String("info");
    case QtWarningMsg:
        return QLatin1String("warning");
    case QtCriticalMsg:
        return QLatin1String("critical");
    case QtFatalMsg:
        return QLatin1String("fatal");
    }
    return QLatin1String("unknown");
}

} // namespace

LogFile::LogFile(const QString& path, Limits limits) : m_path(path), m_limits(limits)
{
    m_limits.files = std::max(1, m_limits.files);
    m_limits.maxBytes = std::max<qint64>(1, m_limits.maxBytes);
}

LogFile::~LogFile()
{
    QMutexLocker lock(&handlerMutex);
    if (installed != this)
        return;
    qInstallMessageHandler(previousHandler);
    installed = nullptr;
    m_file.close();
}

bool LogFile::install()
{
    QMutexLocker lock(&handlerMutex);
    if (installed) {
        lock.unlock();
        qWarning("%s",
                 qPrintable(QStringLiteral("The log %1 is not written: %2 is written already.")
                                .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(installed->m_path))));
        return false;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        const QString error = m_file.errorString();
        lock.unlock();
        qWarning("%s",
                 qPrintable(
                     QStringLiteral("The log %1 cannot be written: %2").arg(QDir::toNativeSeparators(m_path), error)));
        return false;
    }
    installed = this;
    previousHandler = qInstallMessageHandler(&LogFile::handle);
    // Where a run begins, in the file only (stderr stays as it was).
    const QMessageLogContext context(nullptr, 0, nullptr, "syncsites.desktop");
    write(line(QtInfoMsg, context,
               QStringLiteral("SyncSites %1 started (process %2, Qt %3, %4)")
                   .arg(QCoreApplication::applicationVersion())
                   .arg(QCoreApplication::applicationPid())
                   .arg(QLatin1String(qVersion()), QSysInfo::prettyProductName()),
               QDateTime::currentDateTimeUtc()));
    return true;
}

bool LogFile::isInstalled() const
{
    QMutexLocker lock(&handlerMutex);
    return installed == this;
}

QStringList LogFile::files() const
{
    QStringList existing;
    for (int i = 0; i < m_limits.files; ++i) {
        if (QFileInfo::exists(rotatedPath(i)))
            existing << rotatedPath(i);
    }
    return existing;
}

QByteArray LogFile::line(QtMsgType type, const QMessageLogContext& context, const QString& message, const QDateTime& at)
{
    const QLatin1String category(context.category && *context.category ? context.category : "default");
    QString text = Redaction::maskCredentials(message);
    // One record per line: a message's own lines follow indented.
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\n'), QLatin1String("\n    "));
    return (at.toUTC().toString(Qt::ISODateWithMs) + QLatin1Char(' ') + levelName(type) + QLatin1Char(' ') + category +
            QLatin1String(": ") + text + QLatin1Char('\n'))
        .toUtf8();
}

void LogFile::handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (handling) {
        // Raised while writing a message (under the mutex, on this thread): stderr only.
        if (previousHandler)
            previousHandler(type, context, message);
        return;
    }
    handling = true;
    {
        QMutexLocker lock(&handlerMutex);
        if (installed)
            installed->write(line(type, context, message, QDateTime::currentDateTimeUtc()));
        if (previousHandler)
            previousHandler(type, context, message);
    }
    handling = false;
}

void LogFile::write(const QByteArray& line)
{
    if (m_file.size() > 0 && m_file.size() + line.size() > m_limits.maxBytes)
        rotate();
    if (!m_file.isOpen())
        return;
    m_file.write(line);
    m_file.flush(); // a crash right after keeps the line
}

void LogFile::rotate()
{
    m_file.close();
    QFile::remove(rotatedPath(m_limits.files - 1));
    for (int i = m_limits.files - 2; i >= 0; --i) {
        if (QFileInfo::exists(rotatedPath(i)))
            QFile::rename(rotatedPath(i), rotatedPath(i + 1));
    }
    // Where the file could not be moved (another program holds it open), it is truncated: no log grows unbounded.
    const QIODevice::OpenMode mode =
        QFileInfo::exists(m_path) ? QIODevice::WriteOnly | QIODevice::Truncate : QIODevice::WriteOnly;
    if (!m_file.open(mode))
        std::fprintf(stderr, "The log %s cannot be written: %s\n", qPrintable(QDir::toNativeSeparators(m_path)),
                     qPrintable(m_file.errorString()));
}

QString LogFile::rotatedPath(int index) const
{
    return index == 0 ? m_path : m_path + QLatin1Char('.') + QString::number(index);
}

} // namespace syncsites::app
