#include "SyncTrayIcon.h"

#include "SyncEngine.h"
#include "SyncOverview.h"
#include "SyncText.h"

#include <QAction>
#include <QMenu>
#include <QSystemTrayIcon>

namespace syncsites::ui {

SyncTrayIcon::SyncTrayIcon(SyncEngine& engine, QObject* parent)
    : QObject(parent), m_engine(engine), m_tray(new QSystemTrayIcon(this)), m_menu(new QMenu)
{
    qRegisterMetaType<SyncState>();
    m_syncAction = m_menu->addAction(QIcon(QStringLiteral(":/icons/sync/sync-now.svg")), tr("&Sync now"));
    m_syncAction->setObjectName(QStringLiteral("traySyncNow"));
    m_openAction = m_menu->addAction(tr("&Open SyncSites"));
    m_openAction->setObjectName(QStringLiteral("trayOpen"));
    m_menu->addSeparator();
    m_quitAction = m_menu->addAction(tr("&Quit SyncSites"));
    m_quitAction->setObjectName(QStringLiteral("trayQuit"));
    connect(m_quitAction, &QAction::triggered, this, &SyncTrayIcon::quitRequested);
    connect(m_syncAction, &QAction::triggered, &m_engine, &SyncEngine::syncNow);
    connect(m_openAction, &QAction::triggered, this, &SyncTrayIcon::openRequested);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit openRequested();
    });

    connect(&m_engine, &SyncEngine::runningChanged, this, [this](bool running) {
        m_syncAction->setEnabled(!running);
        if (running)
            setState(SyncState::Syncing, tr("Syncing..."));
    });
    connect(&m_engine, &SyncEngine::sessionFinished, this, &SyncTrayIcon::onSessionFinished);

    setState(m_engine.isRunning() ? SyncState::Syncing : SyncState::Idle, QString());
    m_tray->setVisible(QSystemTrayIcon::isSystemTrayAvailable());
}

SyncTrayIcon::~SyncTrayIcon()
{
    m_tray->setContextMenu(nullptr);
    delete m_menu;
}

bool SyncTrayIcon::isShown() const
{
    return m_tray->isVisible();
}

QIcon SyncTrayIcon::iconFor(SyncState state)
{
    switch (state) {
    case SyncState::Idle:
        return QIcon(QStringLiteral(":/icons/sync/idle.svg"));
    case SyncState::Syncing:
        return QIcon(QStringLiteral(":/icons/sync/syncing.svg"));
    case SyncState::Failed:
        return QIcon(QStringLiteral(":/icons/sync/failed.svg"));
    case SyncState::Offline:
        return QIcon(QStringLiteral(":/icons/sync/offline.svg"));
    }
    return QIcon();
}

void SyncTrayIcon::setState(SyncState state, const QString& text)
{
    m_state = state;
    m_text = text;
    m_tray->setIcon(iconFor(state));
    m_tray->setToolTip(text.isEmpty() ? tr("SyncSites") : tr("SyncSites: %1").arg(text));
    m_syncAction->setEnabled(state != SyncState::Syncing);
}

QString SyncTrayIcon::notifyRunningInBackground()
{
    const QString text = tr("SyncSites keeps syncing in the background. Open it from this icon; to stop it, choose "
                            "Quit in the icon's menu or in the File menu.");
    if (m_tray->isVisible() && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(tr("SyncSites is still running"), text, QSystemTrayIcon::Information);
    return text;
}

void SyncTrayIcon::onSessionFinished(const SyncSummary& summary)
{
    if (SyncOverview::reachedHub(summary.outcome)) {
        m_lastEnded = SyncState::Idle;
        setState(SyncState::Idle, SyncText::result(summary));
        return;
    }
    if (summary.outcome != SyncOutcome::Failed) {
        setState(SyncState::Idle, SyncText::result(summary)); // cancelled
        return;
    }
    const bool offline = summary.failure && SyncOverview::isOfflineKind(summary.failure->kindId());
    const QString message = summary.failure ? summary.failure->text() : SyncText::result(summary);
    const SyncState now = offline ? SyncState::Offline : SyncState::Failed;
    setState(now, message);
    const bool saidAlready = m_lastEnded == now; // the state between two sessions is Syncing: compare their ends
    m_lastEnded = now;
    if (saidAlready)
        return; // said once: an offline site is not told again at every automatic attempt
    const QString title = tr("Sync failed");
    if (m_tray->isVisible() && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, message, QSystemTrayIcon::Warning);
    emit failureNotified(title, message);
}

} // namespace syncsites::ui
