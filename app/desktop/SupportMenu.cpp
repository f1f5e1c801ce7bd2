#include "SupportMenu.h"

#include "AppSettings.h"
#include "DebugArchive.h"
#include "DesktopPaths.h"
#include "LocalSite.h"
#include "LogFile.h"
#include "SecretStore.h"
#include "SignedInUser.h"
#include "SyncEngine.h"

#include <QAction>
#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUrl>

#include <utility>

namespace syncsites::app {

SupportMenu::SupportMenu(Sources sources, QMainWindow* window, QObject* parent)
    : QObject(parent), m_sources(std::move(sources)), m_window(window)
{}

void SupportMenu::addTo(QMenu* help)
{
    QAction* copy = help->addAction(tr("&Copy diagnostics"), this, &SupportMenu::copyDiagnostics);
    copy->setObjectName(QStringLiteral("copyDiagnosticsAction"));
    copy->setToolTip(tr("Put a summary for support on the clipboard: versions, settings, the last sync; no "
                        "passwords or secrets"));
    QAction* save = help->addAction(tr("Save &debug archive…"), this, &SupportMenu::chooseArchiveFile);
    save->setObjectName(QStringLiteral("saveDebugArchiveAction"));
    save->setToolTip(tr("Save the logs, the settings (without secrets) and the diagnostics in one file for support"));
}

QString SupportMenu::settingsIni() const
{
    const DesktopOptions& options = m_sources.options;
    return options.demoFolder.isEmpty() && options.settingsFile.isEmpty() ? QString()
                                                                          : DesktopPaths::settingsFile(options);
}

DesktopDiagnostics::Facts SupportMenu::facts() const
{
    const ui::AppSettings& settings = *m_sources.settings;
    LocalSite* site = m_sources.site;
    DesktopDiagnostics::Facts facts;
    facts.appVersion = QCoreApplication::applicationVersion();
    facts.mode = settings.isConfigured() ? ui::appModeId(settings.mode()) : QString();
    facts.demo = !m_sources.options.demoFolder.isEmpty();
    // A site's own configuration is the truth; without a replica, the app's settings.
    facts.serverUrl = site ? site->config().serverUrl : settings.serverUrl();
    facts.proxyUrl = site ? site->config().proxyUrl : settings.proxyUrl();
    facts.caCertificateFile = site ? site->config().caCertificatePath : settings.caCertificateFile();
    facts.siteName = settings.mode() == ui::AppMode::Console ? QString() : settings.siteName();
    facts.language = settings.language();
    facts.theme = settings.theme();
    if (m_sources.user && !m_sources.user->username.isEmpty()) {
        facts.username = m_sources.user->username;
        facts.role = userRoleId(m_sources.user->role);
        facts.offline = m_sources.user->offline;
    }
    if (site) {
        facts.secretBackend = m_sources.secrets ? m_sources.secrets->lastBackend() : QString();
        facts.intervalSeconds = site->config().intervalSeconds;
        facts.syncRunning = site->engine().isRunning();
        facts.failuresInARow = site->engine().failuresInARow();
        facts.replicaPath = site->path();
    }
    facts.settingsFile = DesktopPaths::settingsFile(m_sources.options);
    if (m_sources.log && m_sources.log->isInstalled())
        facts.logFile = m_sources.log->path();
    return facts;
}

void SupportMenu::collect(std::function<void(const QString&)> done)
{
    DesktopDiagnostics::Facts known = facts();
    if (!m_sources.site) {
        done(DesktopDiagnostics::text(known));
        return;
    }
    // The latest sessions: the last may still run, the one before is the last that ended.
    m_sources.site->overview(2).then(this, [known = std::move(known), done](Result<SyncOverview> sync) mutable {
        if (sync)
            known.sync = std::move(sync).value();
        else
            known.syncError = sync.error().message;
        done(DesktopDiagnostics::text(known));
    });
}

void SupportMenu::copyDiagnostics()
{
    collect([this](const QString& text) {
        QGuiApplication::clipboard()->setText(text);
        if (m_window)
            m_window->statusBar()->showMessage(tr("Diagnostics copied to the clipboard."), 5000);
        emit diagnosticsCopied(text);
    });
}

void SupportMenu::chooseArchiveFile()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString name = QStringLiteral("syncsites-debug-%1.zip")
                             .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString file = QFileDialog::getSaveFileName(m_window, tr("Save a debug archive"), QDir(folder).filePath(name),
                                                      tr("Zip archives (*.zip)"));
    if (!file.isEmpty())
        saveDebugArchive(file);
}

void SupportMenu::saveDebugArchive(const QString& file)
{
    collect([this, file](const QString& diagnostics) {
        DebugArchive::Contents contents;
        contents.diagnostics = diagnostics;
        contents.settingsFile = settingsIni();
        if (m_sources.log)
            contents.logFiles = m_sources.log->files();
        const Status saved = DebugArchive::write(file, contents);
        // Not modal: the app goes on (a site keeps syncing) while the box is open.
        auto* box = new QMessageBox(m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::NonModal);
        if (!saved) {
            box->setObjectName(QStringLiteral("debugArchiveFailedBox"));
            box->setIcon(QMessageBox::Warning);
            box->setWindowTitle(tr("The debug archive was not saved"));
            box->setText(saved.error().message);
            box->setStandardButtons(QMessageBox::Close);
            box->show();
            emit debugArchiveFailed(saved.error().message);
            return;
        }
        const QFileInfo info(file);
        box->setObjectName(QStringLiteral("debugArchiveSavedBox"));
        box->setIcon(QMessageBox::Information);
        box->setWindowTitle(tr("Debug archive saved"));
        box->setText(tr("Saved %1").arg(QDir::toNativeSeparators(info.absoluteFilePath())));
        box->setInformativeText(tr("Send this file to your support contact. It holds the app's logs, its settings "
                                   "without secrets, and the diagnostics."));
        QPushButton* open = box->addButton(tr("&Open folder"), QMessageBox::ActionRole);
        open->setObjectName(QStringLiteral("openFolderButton"));
        open->setToolTip(tr("Open the folder of the saved file"));
        box->addButton(QMessageBox::Close);
        const QString folder = info.absolutePath();
        connect(box, &QMessageBox::buttonClicked, box, [open, folder](QAbstractButton* clicked) {
            if (clicked == open)
                QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
        });
        box->show();
        emit debugArchiveSaved(file);
    });
}

} // namespace syncsites::app
