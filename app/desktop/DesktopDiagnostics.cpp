#include "DesktopDiagnostics.h"

#include "Redaction.h"

#include <QDir>
#include <QLocale>
#include <QStringList>
#include <QSysInfo>

namespace syncsites::app {

namespace {

QString orNone(const QString& value, const QString& none)
{
    return value.isEmpty() ? none : value;
}

QString when(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QStringLiteral("?");
}

QString session(const SyncLogEntry& entry)
{
    QString text = QStringLiteral("%1, started %2, finished %3; pushed %4, pulled %5, rejected %6")
                       .arg(syncOutcomeId(entry.outcome), when(entry.startedAt), when(entry.finishedAt))
                       .arg(entry.pushed)
                       .arg(entry.pulled)
                       .arg(entry.rejected);
    if (!entry.errorCode.isEmpty())
        text += QStringLiteral("; %1: %2").arg(entry.errorCode, entry.errorMessage.simplified());
    return text;
}

/// The latest session that ended (the first may still run).
const SyncLogEntry* lastEnded(const SyncOverview& sync)
{
    for (const SyncLogEntry& entry : sync.sessions) {
        if (entry.outcome != SyncOutcome::Running)
            return &entry;
    }
    return nullptr;
}

} // namespace

QString DesktopDiagnostics::replicaCheck(const SyncOverview& sync)
{
    const SyncLogEntry* last = lastEnded(sync);
    if (!last)
        return QStringLiteral("not known yet (no session has run)");
    if (last->errorCode == QLatin1String("replica_damaged"))
        return QStringLiteral("damaged, sync refused: %1").arg(last->errorMessage.simplified());
    return QStringLiteral("no damage recorded (the last session was not refused)");
}

QString DesktopDiagnostics::text(const Facts& facts)
{
    QStringList lines;
    const auto add = [&lines](const QString& label, const QString& value) {
        lines << label + QStringLiteral(": ") + value;
    };
    lines << QStringLiteral("SyncSites diagnostics, %1").arg(when(facts.generatedAt));
    add(QStringLiteral("App version"), orNone(facts.appVersion, QStringLiteral("?")));
    add(QStringLiteral("Qt"),
        QStringLiteral("%1 (built with %2)").arg(QLatin1String(qVersion()), QLatin1String(QT_VERSION_STR)));
    add(QStringLiteral("OS"), QStringLiteral("%1; %2 %3; %4")
                                  .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(), QSysInfo::kernelVersion(),
                                       QSysInfo::currentCpuArchitecture()));
    add(QStringLiteral("Mode"),
        orNone(facts.mode, QStringLiteral("not set up")) + (facts.demo ? QStringLiteral(" (demo)") : QString()));
    add(QStringLiteral("Server URL"), orNone(facts.serverUrl, QStringLiteral("none")));
    add(QStringLiteral("Proxy"), orNone(facts.proxyUrl, QStringLiteral("none")));
    add(QStringLiteral("CA certificate"),
        orNone(QDir::toNativeSeparators(facts.caCertificateFile), QStringLiteral("the system's")));
    add(QStringLiteral("Site"), orNone(facts.siteName, QStringLiteral("none")));
    add(QStringLiteral("Language"),
        QStringLiteral("%1 (locale %2)").arg(orNone(facts.language, QStringLiteral("the system's")), QLocale().name()));
    add(QStringLiteral("Appearance"), orNone(facts.theme, QStringLiteral("?")));
    add(QStringLiteral("User"), facts.username.isEmpty()
                                    ? QStringLiteral("not signed in")
                                    : QStringLiteral("%1, %2, %3")
                                          .arg(facts.username, facts.role,
                                               facts.offline ? QStringLiteral("signed in offline")
                                                             : QStringLiteral("signed in at the server")));
    if (!facts.secretBackend.isEmpty())
        add(QStringLiteral("Site secret kept in"), facts.secretBackend);
    if (facts.sync) {
        const SyncOverview& sync = *facts.sync;
        const SyncLogEntry* last = lastEnded(sync);
        add(QStringLiteral("Last sync"), last ? session(*last) : QStringLiteral("none yet"));
        add(QStringLiteral("Last sync that reached the server"),
            sync.lastSuccess ? when(sync.lastSuccess->finishedAt) : QStringLiteral("none yet"));
        add(QStringLiteral("Sync running now"), facts.syncRunning ? QStringLiteral("yes") : QStringLiteral("no"));
        add(QStringLiteral("Failures in a row"), QString::number(facts.failuresInARow));
        add(QStringLiteral("Automatic sync"), facts.intervalSeconds > 0
                                                  ? QStringLiteral("every %1 s").arg(facts.intervalSeconds)
                                                  : QStringLiteral("off"));
        add(QStringLiteral("Changes waiting to be sent"), QString::number(sync.waiting));
        add(QStringLiteral("Records in quarantine"), QString::number(sync.quarantine.size()));
        if (sync.clock)
            add(QStringLiteral("Clock against the server's"),
                QStringLiteral("%1 ms ahead, checked %2").arg(sync.clock->aheadMs).arg(when(sync.clock->checkedAt)));
        add(QStringLiteral("Replica check"), replicaCheck(sync));
    } else if (!facts.syncError.isEmpty()) {
        add(QStringLiteral("Last sync"), QStringLiteral("not readable: %1").arg(facts.syncError));
    }
    if (!facts.replicaPath.isEmpty())
        add(QStringLiteral("Replica"), QDir::toNativeSeparators(facts.replicaPath));
    add(QStringLiteral("Settings"), orNone(QDir::toNativeSeparators(facts.settingsFile), QStringLiteral("?")));
    add(QStringLiteral("Log file"), orNone(QDir::toNativeSeparators(facts.logFile), QStringLiteral("none")));
    // Whatever a value quotes (a server address with a user and password, an error message): masked.
    return Redaction::maskCredentials(lines.join(QLatin1Char('\n'))) + QLatin1Char('\n');
}

} // namespace syncsites::app
