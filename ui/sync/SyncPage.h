#pragma once

#include "SyncEngine.h"
#include "SyncOverview.h"
#include "SyncState.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

namespace syncsites {
class LocalSite;
}

namespace syncsites::ui {

class QuarantineModel;
class SyncHistoryModel;
class SyncStageModel;

/// The Sync page, for field staff: a large Sync now button (Ctrl+S, F5) that becomes Cancel while a session runs;
/// the running session's stages with counts, rate and time left; the result of the last session in plain words;
/// the last successful sync and its age; the records waiting to be sent; an offline indicator; the automatic sync
/// interval; the session history; and the quarantine (inspect, retry, export).
///
/// It drives the LocalSite's SyncEngine (syncNow, cancel) and follows its signals; it reads the replica's history and
/// retries the quarantine through the LocalSite (off the GUI thread). The interval chosen is saved in the replica's
/// configuration through the LocalSite, which applies it to the engine; the one saved there is shown when the page
/// first reads the replica.
///
/// The LocalSite must outlive the page.
class SyncPage : public QWidget
{
    Q_OBJECT

public:
    explicit SyncPage(syncsites::LocalSite& site, QWidget* parent = nullptr);
    ~SyncPage() override;

    /// Re-reads the history, the waiting count, the quarantine, the last success and the interval (in the
    /// background; refreshed() follows). Called by the page after every session and by the owner when it wants.
    void refresh();

    /// Writes the quarantine shown to `path` as JSON (the shape of `syncsites-cli quarantine export`); says the
    /// outcome in the quarantine tab. The Export button asks for the path and calls this.
    bool exportQuarantine(const QString& path);
    /// Sends the quarantined records again (LocalSite::retryQuarantine) in the background; quarantineRetried() follows.
    void retryQuarantine();

    /// Automatic sync every `seconds` (0: off): saved in the replica and applied to the engine
    /// (LocalSite::setInterval), shown in the choice.
    void setAutomaticInterval(int seconds);
    /// The intervals offered: off, 5, 15, 30 and 60 minutes (in seconds).
    static QList<int> intervalChoices();

    SyncState state() const { return m_state; }
    QString stateText() const { return m_stateText; }
    /// The warning about this computer's clock (ClockSkew::warning of the last handshake), empty when it is within
    /// five minutes of the server's or was never checked.
    QString clockWarning() const { return m_clockWarning; }

signals:
    /// The sync state or its one-line description changed: `state` for the tray icon (SyncTrayIcon::setState), `text`
    /// for the main window's status bar ("Synced 12 minutes ago", "Syncing: Receiving and saving core data (40%)",
    /// "Offline: last synced 2 hours ago", "Sync failed: ..."). Emitted at least once a minute while the age moves.
    void syncStateChanged(syncsites::ui::SyncState state, const QString& text);
    /// A refresh() finished (the page shows what the replica holds now).
    void refreshed();
    /// A quarantine retry finished; `message` says how it went (also shown on the page).
    void quarantineRetried(bool ok, const QString& message);
    /// The clock warning changed (after a refresh that read a new clock check): for the main window's status bar,
    /// `text` in a few words and `warning` in full (ClockSkew::shortWarning, ClockSkew::warning); both empty when
    /// there is nothing to warn about.
    void clockWarningChanged(const QString& text, const QString& warning);

private:
    void buildUi();
    void onSyncButton();
    void onSessionStarted();
    void onRunningChanged(bool running);
    void onProgress(const SyncProgress& progress);
    void onSessionFinished(const SyncSummary& summary);
    void applyOverview(const SyncOverview& overview);
    void onIntervalChosen(int index);
    void showInterval(int seconds);
    void showQuarantineDetails();
    void updateAge();
    /// Set a value label's text and its accessible name, which carries its caption and the value ("Waiting to be
    /// sent: 3 records"): a screen reader hears the value, not only what the label is for.
    void showResult(const QString& text);
    void showWaiting(const QString& records);
    void showStage(const QString& stage, const QString& detail);
    void updateState();
    void updateQuarantineActions();
    /// After a failed session: "Trying again in 40 seconds." (the engine's planned retry) and Retry now.
    void updateRetryLine();
    void askExportPath();

    syncsites::LocalSite& m_site;
    syncsites::SyncEngine& m_engine;
    SyncHistoryModel* m_historyModel;
    QuarantineModel* m_quarantineModel;
    SyncStageModel* m_stageModel;

    QPushButton* m_syncButton = nullptr;
    QLabel* m_resultLabel = nullptr;
    QLabel* m_lastSuccessLabel = nullptr;
    QLabel* m_waitingLabel = nullptr;
    QLabel* m_offlineIndicator = nullptr;
    QLabel* m_noticeLabel = nullptr;
    QWidget* m_retryLine = nullptr;
    QLabel* m_retryLabel = nullptr;
    QPushButton* m_retryNowButton = nullptr;
    QTimer m_countdown;
    QLabel* m_stageLabel = nullptr;
    QLabel* m_detailLabel = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QTableView* m_stageView = nullptr;
    QComboBox* m_intervalCombo = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_historyView = nullptr;
    QTableView* m_quarantineView = nullptr;
    QPlainTextEdit* m_quarantineDetails = nullptr;
    QPushButton* m_retryButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QLabel* m_quarantineMessage = nullptr;
    QTimer m_minuteTimer;

    QString m_clockWarning;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
    bool m_intervalLoaded = false;
    bool m_retrying = false;
    bool m_showingInterval = false;
    bool m_sawSession = false; ///< a session ended while the page watched: its summary decides the state
    bool m_offline = true;
    bool m_failed = false;
    QString m_failureMessage;
    QDateTime m_lastSuccessAt;
    QString m_progressText;
    SyncState m_state = SyncState::Offline;
    QString m_stateText;
};

} // namespace syncsites::ui
