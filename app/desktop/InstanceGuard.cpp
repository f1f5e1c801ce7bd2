#include "InstanceGuard.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QThread>
#include <QWidget>

#include <algorithm>

namespace syncsites::app {

namespace {

constexpr QByteArrayView kShowRequest = "show\n";

/// The file's absolute path with its folder resolved (links, "..", case on Windows), for one name per file.
QString normalised(const QString& file)
{
    const QFileInfo info(file);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    QString path = QDir(folder.isEmpty() ? info.absolutePath() : folder).filePath(info.fileName());
#ifdef Q_OS_WIN
    path = path.toLower();
#endif
    return QDir::cleanPath(path);
}

} // namespace

struct InstanceGuard::Claimed
{
    QString path; ///< normalised
    std::unique_ptr<QLockFile> lock;
    std::unique_ptr<QLocalServer> server;
};

InstanceGuard::InstanceGuard(QObject* parent) : QObject(parent) {}

InstanceGuard::~InstanceGuard()
{
    // The servers close before their locks go: a start that finds the file unlocked finds no server of ours.
    for (auto& claimed : m_claims)
        claimed->server.reset();
}

QString InstanceGuard::lockFileOf(const QString& file)
{
    // Not "<file>.lock": QSettings locks its file under that name while it writes it, and the sessions lock the
    // replica as "<file>.sync-lock".
    return file + QStringLiteral(".app-lock");
}

QString InstanceGuard::serverName(const QString& file)
{
    // A short name (a Unix socket's path is limited to about 100 bytes), the same for every spelling of the path.
    const QByteArray hash = QCryptographicHash::hash(normalised(file).toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("syncsites-") + QString::fromLatin1(hash.toHex().left(32));
}

bool InstanceGuard::holds(const QString& file) const
{
    const QString path = normalised(file);
    return std::any_of(m_claims.begin(), m_claims.end(), [&path](const auto& c) { return c->path == path; });
}

InstanceGuard::Claim InstanceGuard::claim(const QString& file)
{
    if (holds(file))
        return Claim::Ours;
    QDir().mkpath(QFileInfo(file).absolutePath());
    auto claimed = std::make_unique<Claimed>();
    claimed->path = normalised(file);
    claimed->lock = std::make_unique<QLockFile>(lockFileOf(file));
    // Never stale by age (a window stays open for weeks); stale only when the process that locked it is gone,
    // which QLockFile checks (same host, that process no longer running) and then takes the lock over.
    claimed->lock->setStaleLockTime(0);
    if (claimed->lock->tryLock(0)) {
        listen(*claimed);
        m_claims.push_back(std::move(claimed));
        return Claim::Ours;
    }
    if (claimed->lock->error() != QLockFile::LockFailedError) {
        qWarning("%s", qPrintable(QStringLiteral("%1 cannot be locked (error %2): another SyncSites may use it too.")
                                      .arg(QDir::toNativeSeparators(lockFileOf(file)))
                                      .arg(int(claimed->lock->error()))));
        return Claim::Ours;
    }
    m_holder = Holder();
    m_holder.lockFile = lockFileOf(file);
    QString application;
    claimed->lock->getLockInfo(&m_holder.pid, &m_holder.hostname, &application);
    m_told = tell(serverName(file));
    return m_told ? Claim::OtherTold : Claim::OtherSilent;
}

QString InstanceGuard::refusal(const QString& file) const
{
    const QString path = QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath());
    if (m_told)
        return tr("SyncSites is already running for %1: its window is brought to the front.").arg(path);
    return tr("SyncSites is already running for %1 (process %2 on %3), but it does not answer. Close it and start "
              "again. If it is no longer running, delete %4.")
        .arg(path)
        .arg(m_holder.pid)
        .arg(m_holder.hostname, QDir::toNativeSeparators(m_holder.lockFile));
}

void InstanceGuard::bringToFront(QWidget* window)
{
    QWidget* modal = QApplication::activeModalWidget();
    if (!window)
        window = modal;
    if (!window)
        return;
    window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window->show();
    window->raise();
    window->activateWindow();
    if (modal && modal != window) {
        modal->raise();
        modal->activateWindow();
    }
}

void InstanceGuard::listen(Claimed& claimed)
{
    const QString name = serverName(claimed.path);
    claimed.server = std::make_unique<QLocalServer>();
    claimed.server->setSocketOptions(QLocalServer::UserAccessOption);
    // The lock is ours: a server of that name left behind is a crashed process's.
    QLocalServer::removeServer(name);
    if (!claimed.server->listen(name)) {
        qWarning("%s", qPrintable(QStringLiteral("Another start of SyncSites for %1 cannot reach this one: %2")
                                      .arg(QDir::toNativeSeparators(claimed.path), claimed.server->errorString())));
        return;
    }
    QLocalServer* server = claimed.server.get();
    connect(server, &QLocalServer::newConnection, this, [this, server] {
        while (QLocalSocket* socket = server->nextPendingConnection()) {
            // The other start writes its request and goes: read what came, also when it came with the goodbye.
            const auto read = [this, socket] {
                while (socket->canReadLine()) {
                    if (socket->readLine() == kShowRequest)
                        emit showRequested();
                }
            };
            connect(socket, &QLocalSocket::readyRead, this, read);
            connect(socket, &QLocalSocket::disconnected, this, [socket, read] {
                read();
                socket->deleteLater();
            });
            read();
        }
    });
}

bool InstanceGuard::tell(const QString& name) const
{
    // The other process may have locked the file a moment ago and not listen yet: try for a little while.
    QElapsedTimer elapsed;
    elapsed.start();
    QLocalSocket socket;
    while (true) {
        socket.connectToServer(name);
        if (socket.waitForConnected(500))
            break;
        if (elapsed.hasExpired(2000))
            return false;
        QThread::msleep(100);
    }
    // No answer is awaited: the other process may be this one (tests), whose event loop does not run meanwhile.
    socket.write(kShowRequest.data(), kShowRequest.size());
    const bool sent = socket.waitForBytesWritten(1000) || socket.bytesToWrite() == 0;
    socket.disconnectFromServer();
    return sent;
}

} // namespace syncsites::app
