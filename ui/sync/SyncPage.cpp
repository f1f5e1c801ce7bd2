#include "SyncPage.h"

#include "ClockSkew.h"
#include "LocalSite.h"
#include "QuarantineModel.h"
#include "SyncFailure.h"
#include "SyncHistoryModel.h"
#include "SyncStageModel.h"
#include "SyncText.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace syncsites::ui {

namespace {

constexpr int kHistoryLimit = 200;

QTableView* makeTable(QAbstractItemModel* model, const QString& objectName, const QString& accessibleName)
{
    auto* view = new QTableView;
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

// The session that decides the state shown at start-up: the latest one that ended and was not cancelled.
const SyncLogEntry* decisiveSession(const QVector<SyncLogEntry>& sessions)
{
    for (const SyncLogEntry& s : sessions)
        if (s.outcome != SyncOutcome::Running && s.outcome != SyncOutcome::Cancelled)
            return &s;
    return nullptr;
}

} // namespace

SyncPage::SyncPage(LocalSite& site, QWidget* parent)
    : QWidget(parent), m_site(site), m_engine(site.engine()), m_historyModel(new SyncHistoryModel(this)),
      m_quarantineModel(new QuarantineModel(this)), m_stageModel(new SyncStageModel(this))
{
    qRegisterMetaType<SyncState>();
    setObjectName(QStringLiteral("syncPage"));
    buildUi();

    connect(&m_engine, &SyncEngine::sessionStarted, this, &SyncPage::onSessionStarted);
    connect(&m_engine, &SyncEngine::runningChanged, this, &SyncPage::onRunningChanged);
    connect(&m_engine, &SyncEngine::progressed, this, &SyncPage::onProgress);
    connect(&m_engine, &SyncEngine::sessionFinished, this, &SyncPage::onSessionFinished);
    // A store action of this app (the Data page) changed what waits to be sent.
    connect(&m_site, &LocalSite::recordsChanged, this, &SyncPage::refresh);
    connect(&m_site, &LocalSite::configChanged, this,
            [this](const ReplicaConfig& config) { showInterval(config.intervalSeconds); });

    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_S), QKeySequence(Qt::Key_F5)}) {
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (!m_engine.isRunning())
                m_engine.syncNow();
        });
    }

    m_minuteTimer.setInterval(60 * 1000);
    connect(&m_minuteTimer, &QTimer::timeout, this, &SyncPage::updateAge);
    m_minuteTimer.start();

    onRunningChanged(m_engine.isRunning());
    updateState();
    refresh();
}

SyncPage::~SyncPage() = default;

void SyncPage::buildUi()
{
    // The button and what the last session did.
    m_syncButton = new QPushButton;
    m_syncButton->setObjectName(QStringLiteral("syncNowButton"));
    m_syncButton->setMinimumSize(180, 64);
    m_syncButton->setIconSize(QSize(28, 28));
    QFont big = m_syncButton->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_syncButton->setFont(big);
    connect(m_syncButton, &QPushButton::clicked, this, &SyncPage::onSyncButton);

    m_resultLabel = new QLabel;
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont resultFont = m_resultLabel->font();
    resultFont.setBold(true);
    m_resultLabel->setFont(resultFont);
    m_resultLabel->setAccessibleName(tr("Result of the last sync"));
    m_resultLabel->setAccessibleDescription(tr("Result of the last sync"));

    m_lastSuccessLabel = new QLabel;
    m_lastSuccessLabel->setObjectName(QStringLiteral("lastSuccessLabel"));
    m_lastSuccessLabel->setAccessibleName(tr("Last successful sync"));
    m_lastSuccessLabel->setAccessibleDescription(tr("Last successful sync"));
    m_waitingLabel = new QLabel;
    m_waitingLabel->setObjectName(QStringLiteral("waitingLabel"));
    m_waitingLabel->setAccessibleName(tr("Records waiting to be sent"));
    m_waitingLabel->setAccessibleDescription(tr("Records waiting to be sent"));

    m_offlineIndicator = new QLabel;
    m_offlineIndicator->setObjectName(QStringLiteral("offlineIndicator"));
    m_offlineIndicator->setAccessibleName(tr("Offline"));
    m_offlineIndicator->setAccessibleDescription(tr("Connection to the server"));
    m_offlineIndicator->setWordWrap(true);
    m_offlineIndicator->setTextFormat(Qt::RichText);

    // After a failure: when the engine tries again by itself, and a way not to wait.
    m_retryLabel = new QLabel;
    m_retryLabel->setObjectName(QStringLiteral("retryLabel"));
    m_retryLabel->setWordWrap(true);
    m_retryNowButton = new QPushButton(tr("&Retry now"));
    m_retryNowButton->setObjectName(QStringLiteral("retryNowButton"));
    connect(m_retryNowButton, &QPushButton::clicked, &m_engine, &SyncEngine::syncNow);
    m_retryLine = new QWidget;
    auto* retryLayout = new QHBoxLayout(m_retryLine);
    retryLayout->setContentsMargins(0, 0, 0, 0);
    retryLayout->addWidget(m_retryLabel, 1);
    retryLayout->addWidget(m_retryNowButton);
    m_retryLine->hide();
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &SyncPage::updateRetryLine);
    connect(&m_engine, &SyncEngine::scheduleChanged, this, &SyncPage::updateRetryLine);

    m_noticeLabel = new QLabel;
    m_noticeLabel->setObjectName(QStringLiteral("noticeLabel"));
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->hide();

    auto* facts = new QFormLayout;
    facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    facts->addRow(tr("Last successful sync:"), m_lastSuccessLabel);
    facts->addRow(tr("Waiting to be sent:"), m_waitingLabel);

    m_intervalCombo = new QComboBox;
    m_intervalCombo->setObjectName(QStringLiteral("intervalCombo"));
    m_intervalCombo->setAccessibleName(tr("Automatic sync interval"));
    for (int seconds : intervalChoices())
        m_intervalCombo->addItem(seconds == 0 ? tr("Off (sync only when asked)") : SyncText::everyMinutes(seconds / 60),
                                 seconds);
    connect(m_intervalCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, &SyncPage::onIntervalChosen);
    facts->addRow(tr("Automatic sync:"), m_intervalCombo);

    auto* status = new QVBoxLayout;
    status->addWidget(m_resultLabel);
    status->addWidget(m_offlineIndicator);
    status->addWidget(m_retryLine);
    status->addLayout(facts);
    status->addWidget(m_noticeLabel);
    status->addStretch();

    auto* top = new QHBoxLayout;
    top->addWidget(m_syncButton, 0, Qt::AlignTop);
    top->addSpacing(12);
    top->addLayout(status, 1);

    // The running (or last) session's stages.
    m_stageLabel = new QLabel;
    m_stageLabel->setObjectName(QStringLiteral("stageLabel"));
    m_stageLabel->setAccessibleName(tr("Current stage"));
    m_stageLabel->setAccessibleDescription(tr("Current stage"));
    m_detailLabel = new QLabel;
    m_detailLabel->setObjectName(QStringLiteral("progressDetailLabel"));
    m_detailLabel->setAccessibleName(tr("Records, rate and time left"));
    m_detailLabel->setAccessibleDescription(tr("Records, rate and time left"));
    m_progressBar = new QProgressBar;
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setAccessibleName(tr("Sync progress"));
    m_progressBar->setRange(0, 1);
    m_progressBar->setValue(0);
    m_stageView = makeTable(m_stageModel, QStringLiteral("stageView"), tr("Stages of the session"));
    m_stageView->setSelectionMode(QAbstractItemView::NoSelection);
    m_stageView->setFocusPolicy(Qt::NoFocus);
    m_stageView->horizontalHeader()->setSectionResizeMode(SyncStageModel::StageColumn, QHeaderView::ResizeToContents);
    m_stageView->horizontalHeader()->setSectionResizeMode(SyncStageModel::ProgressColumn, QHeaderView::Stretch);
    m_stageView->horizontalHeader()->setSectionResizeMode(SyncStageModel::StatusColumn, QHeaderView::ResizeToContents);
    m_stageView->setMaximumHeight(m_stageView->verticalHeader()->defaultSectionSize() * 7);

    auto* progressBox = new QGroupBox(tr("Progress"));
    auto* progressLayout = new QVBoxLayout(progressBox);
    auto* stageLine = new QHBoxLayout;
    stageLine->addWidget(m_stageLabel);
    stageLine->addStretch();
    stageLine->addWidget(m_detailLabel);
    progressLayout->addLayout(stageLine);
    progressLayout->addWidget(m_progressBar);
    progressLayout->addWidget(m_stageView);

    // History and quarantine.
    m_historyView = makeTable(m_historyModel, QStringLiteral("historyView"), tr("Sync history"));
    m_quarantineView = makeTable(m_quarantineModel, QStringLiteral("quarantineView"), tr("Quarantined records"));
    connect(m_quarantineView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SyncPage::showQuarantineDetails);
    connect(m_quarantineModel, &QAbstractItemModel::modelReset, this, &SyncPage::showQuarantineDetails);

    m_quarantineDetails = new QPlainTextEdit;
    m_quarantineDetails->setObjectName(QStringLiteral("quarantineDetails"));
    m_quarantineDetails->setAccessibleName(tr("Details of the selected record"));
    m_quarantineDetails->setReadOnly(true);
    m_quarantineDetails->setPlaceholderText(tr("Select a record to see why it was refused and what it holds."));

    m_retryButton = new QPushButton(tr("&Retry all"));
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_retryButton->setAccessibleName(tr("Retry the quarantined records"));
    m_retryButton->setToolTip(tr("Send the quarantined records again, as they are now"));
    connect(m_retryButton, &QPushButton::clicked, this, &SyncPage::retryQuarantine);
    m_exportButton = new QPushButton(tr("&Export..."));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setAccessibleName(tr("Export the quarantine to a file"));
    connect(m_exportButton, &QPushButton::clicked, this, &SyncPage::askExportPath);
    m_quarantineMessage = new QLabel;
    m_quarantineMessage->setObjectName(QStringLiteral("quarantineMessage"));
    m_quarantineMessage->setWordWrap(true);

    auto* quarantineSplit = new QSplitter(Qt::Horizontal);
    quarantineSplit->addWidget(m_quarantineView);
    quarantineSplit->addWidget(m_quarantineDetails);
    quarantineSplit->setStretchFactor(0, 3);
    quarantineSplit->setStretchFactor(1, 2);
    auto* quarantineButtons = new QHBoxLayout;
    quarantineButtons->addWidget(m_quarantineMessage, 1);
    quarantineButtons->addWidget(m_retryButton);
    quarantineButtons->addWidget(m_exportButton);
    auto* quarantinePage = new QWidget;
    auto* quarantineLayout = new QVBoxLayout(quarantinePage);
    quarantineLayout->addWidget(quarantineSplit, 1);
    quarantineLayout->addLayout(quarantineButtons);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("syncTabs"));
    m_tabs->addTab(m_historyView, tr("History"));
    m_tabs->addTab(quarantinePage, tr("Quarantine"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(progressBox);
    layout->addWidget(m_tabs, 1);
    updateQuarantineActions();
}

QList<int> SyncPage::intervalChoices()
{
    return {0, 5 * 60, 15 * 60, 30 * 60, 60 * 60};
}

void SyncPage::refresh()
{
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    m_site.overview(kHistoryLimit).then(this, [this](const Result<SyncOverview>& overview) {
        m_refreshing = false;
        if (overview) {
            applyOverview(*overview);
        } else {
            m_noticeLabel->setText(tr("The sync history could not be read: %1").arg(overview.error().message));
            m_noticeLabel->show();
        }
        if (m_refreshAgain) {
            m_refreshAgain = false;
            refresh();
            return;
        }
        emit refreshed();
    });
}

void SyncPage::applyOverview(const SyncOverview& overview)
{
    m_noticeLabel->hide();
    const QString clockWarning = overview.clock ? ClockSkew::warning(*overview.clock) : QString();
    if (clockWarning != m_clockWarning) {
        m_clockWarning = clockWarning;
        emit clockWarningChanged(overview.clock ? ClockSkew::shortWarning(*overview.clock) : QString(), clockWarning);
    }
    m_historyModel->setSessions(overview.sessions);
    m_historyView->resizeColumnsToContents();
    m_quarantineModel->setEntries(overview.quarantine);
    m_quarantineView->resizeColumnsToContents();
    m_tabs->setTabText(1, overview.quarantine.isEmpty() ? tr("Quarantine")
                                                        : tr("Quarantine (%1)").arg(overview.quarantine.size()));
    if (!m_engine.isRunning())
        showWaiting(SyncText::records(overview.waiting));
    if (overview.lastSuccess)
        m_lastSuccessAt = overview.lastSuccess->finishedAt.isValid() ? overview.lastSuccess->finishedAt
                                                                     : overview.lastSuccess->startedAt;

    if (!m_intervalLoaded) {
        m_intervalLoaded = true;
        showInterval(overview.config.intervalSeconds);
        if (m_engine.interval() != overview.config.intervalSeconds)
            m_engine.setInterval(overview.config.intervalSeconds);
    }

    if (!m_sawSession && !m_engine.isRunning()) {
        const SyncLogEntry* last = decisiveSession(overview.sessions);
        const QString kind = last ? SyncOverview::failureKindOf(*last) : QString();
        m_offline = !last || (last->outcome == SyncOutcome::Failed && SyncOverview::isOfflineKind(kind));
        m_failed = last && last->outcome == SyncOutcome::Failed && !m_offline;
        m_failureMessage = last ? last->errorMessage : QString();
        if (!overview.sessions.isEmpty()) {
            const SyncLogEntry& latest = overview.sessions.first();
            showResult(tr("Last sync %1: %2. %3")
                           .arg(SyncText::age(latest.startedAt, QDateTime::currentDateTimeUtc()),
                                SyncText::outcome(latest.outcome).toLower(),
                                latest.errorMessage.isEmpty()
                                    ? tr("%1 sent, %2 received.")
                                          .arg(SyncText::records(latest.pushed), SyncText::records(latest.pulled))
                                    : latest.errorMessage));
        } else {
            showResult(tr("This site has not synced yet. Press Sync now to start."));
        }
    }
    updateQuarantineActions();
    updateAge();
}

void SyncPage::onSyncButton()
{
    if (m_engine.isRunning())
        m_engine.cancel();
    else
        m_engine.syncNow();
}

void SyncPage::onSessionStarted()
{
    m_stageModel->clear();
    m_progressBar->setRange(0, 0);
    m_progressBar->setValue(0);
    showStage(tr("Starting..."), QString());
    showResult(tr("Syncing..."));
    m_progressText = tr("starting");
    updateState();
}

void SyncPage::onRunningChanged(bool running)
{
    if (running) {
        m_syncButton->setText(tr("Cancel"));
        m_syncButton->setIcon(QIcon(QStringLiteral(":/icons/sync/cancel.svg")));
        m_syncButton->setAccessibleName(tr("Cancel the sync"));
        m_syncButton->setToolTip(tr("Stop this sync; what was received so far is kept"));
    } else {
        m_syncButton->setText(tr("Sync now"));
        m_syncButton->setIcon(QIcon(QStringLiteral(":/icons/sync/sync-now.svg")));
        m_syncButton->setAccessibleName(tr("Sync now"));
        m_syncButton->setToolTip(tr("Send this site's changes and receive the others' (Ctrl+S, F5)"));
    }
    updateQuarantineActions();
    updateState();
}

void SyncPage::onProgress(const SyncProgress& progress)
{
    m_stageModel->update(progress);
    showStage(SyncText::stage(progress.stage, progress.link), SyncText::progress(progress));
    if (progress.total > 0) {
        const int max = int(std::min<qint64>(progress.total, 1000000000));
        const double ratio = double(progress.done) / double(progress.total);
        m_progressBar->setRange(0, max);
        m_progressBar->setValue(int(std::min<double>(max, ratio * max)));
        m_progressText = tr("%1 (%2%)").arg(m_stageLabel->text()).arg(int(ratio * 100));
    } else {
        m_progressBar->setRange(0, 0); // busy: the total is not known yet
        m_progressText = m_stageLabel->text();
    }
    updateState();
}

void SyncPage::onSessionFinished(const SyncSummary& summary)
{
    const bool reached = SyncOverview::reachedHub(summary.outcome);
    m_stageModel->finish(reached);
    m_progressBar->setRange(0, 1);
    m_progressBar->setValue(reached ? 1 : 0);
    showStage(reached ? tr("Finished") : SyncText::outcome(summary.outcome), SyncText::duration(summary.durationMs));
    showResult(SyncText::result(summary));
    m_progressText.clear();

    m_sawSession = true;
    if (reached) {
        m_offline = false;
        m_failed = false;
        m_failureMessage.clear();
        m_lastSuccessAt = summary.finishedAt.isValid() ? summary.finishedAt : QDateTime::currentDateTimeUtc();
        showWaiting(SyncText::records(summary.waiting));
    } else if (summary.outcome == SyncOutcome::Failed) {
        const QString kind = summary.failure ? summary.failure->kindId() : QString();
        m_offline = SyncOverview::isOfflineKind(kind);
        m_failed = !m_offline;
        m_failureMessage = summary.failure ? summary.failure->message : QString();
    }
    updateAge();
    refresh();
}

void SyncPage::onIntervalChosen(int index)
{
    if (m_showingInterval || index < 0)
        return;
    setAutomaticInterval(m_intervalCombo->itemData(index).toInt());
}

void SyncPage::setAutomaticInterval(int seconds)
{
    seconds = std::max(0, seconds);
    showInterval(seconds);
    m_site.setInterval(seconds).then(this, [this](const Status& saved) {
        if (saved) {
            m_noticeLabel->hide();
            return;
        }
        m_noticeLabel->setText(
            tr("The interval is used until the app closes, but it could not be saved: %1").arg(saved.error().message));
        m_noticeLabel->show();
    });
}

void SyncPage::showInterval(int seconds)
{
    m_showingInterval = true;
    int index = m_intervalCombo->findData(seconds);
    if (index < 0) {
        // A value set elsewhere (the cli, an older version): shown as it is.
        m_intervalCombo->addItem(
            seconds % 60 == 0 ? SyncText::everyMinutes(seconds / 60) : tr("Every %1 seconds").arg(seconds), seconds);
        index = m_intervalCombo->count() - 1;
    }
    m_intervalCombo->setCurrentIndex(index);
    m_showingInterval = false;
}

void SyncPage::showQuarantineDetails()
{
    const QModelIndexList rows = m_quarantineView->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_quarantineDetails->clear();
        return;
    }
    const QuarantineEntry& e = m_quarantineModel->entry(rows.first().row());
    QString text = tr("Table: %1\nRecord: %2\n").arg(e.tableName, e.recordId);
    if (!e.storeId.isEmpty())
        text += tr("Store: %1\n").arg(e.storeId);
    text += tr("Reason: %1 (%2)\nIn the quarantine since: %3\nRetries: %4\n")
                .arg(e.reason, e.reasonCode, QLocale().toString(e.quarantinedAt.toLocalTime(), QLocale::LongFormat))
                .arg(e.retryCount);
    if (e.sessionId)
        text += tr("Session: #%1\n").arg(*e.sessionId);
    text += tr("\nThe record as it was refused:\n") +
            QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Indented));
    m_quarantineDetails->setPlainText(text);
}

void SyncPage::askExportPath()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the quarantine"), tr("quarantine.json"),
                                                      tr("JSON files (*.json)"));
    if (!path.isEmpty())
        exportQuarantine(path);
}

bool SyncPage::exportQuarantine(const QString& path)
{
    QSaveFile file(path);
    const QByteArray json =
        QJsonDocument(SyncOverview::quarantineJson(m_quarantineModel->entries())).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        m_quarantineMessage->setText(tr("The file %1 could not be written: %2").arg(path, file.errorString()));
        return false;
    }
    m_quarantineMessage->setText(tr("%1 written to %2.").arg(SyncText::records(m_quarantineModel->rowCount()), path));
    return true;
}

void SyncPage::retryQuarantine()
{
    if (m_retrying || m_engine.isRunning())
        return;
    m_retrying = true;
    updateQuarantineActions();
    m_quarantineMessage->setText(tr("Sending the quarantined records again..."));
    m_site.retryQuarantine().then(this, [this](const Result<QuarantineRetry::Outcome>& outcome) {
        m_retrying = false;
        QString message;
        if (outcome) {
            message = outcome->stillRefused == 0
                          ? tr("%1 sent again; all went through.").arg(SyncText::records(outcome->retried))
                          : tr("%1 sent again: %2 went through, %3 still refused.")
                                .arg(outcome->retried)
                                .arg(outcome->resolved)
                                .arg(outcome->stillRefused);
        } else {
            message = tr("The retry failed: %1").arg(SyncFailure::classify(outcome.error()).text());
        }
        m_quarantineMessage->setText(message);
        updateQuarantineActions();
        refresh();
        emit quarantineRetried(outcome.ok() && outcome->stillRefused == 0, message);
    });
}

void SyncPage::updateQuarantineActions()
{
    const bool any = m_quarantineModel->rowCount() > 0;
    m_retryButton->setEnabled(any && !m_retrying && !m_engine.isRunning());
    m_exportButton->setEnabled(any);
}

void SyncPage::updateAge()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString lastSuccess =
        m_lastSuccessAt.isValid()
            ? tr("%1 (%2)").arg(QLocale().toString(m_lastSuccessAt.toLocalTime(), QLocale::ShortFormat),
                                SyncText::age(m_lastSuccessAt, now))
            : tr("never");
    m_lastSuccessLabel->setText(lastSuccess);
    // A screen reader reads the label alone: its name carries the caption next to it and the value.
    m_lastSuccessLabel->setAccessibleName(tr("Last successful sync: %1").arg(lastSuccess));
    updateState();
}

void SyncPage::showResult(const QString& text)
{
    m_resultLabel->setText(text);
    m_resultLabel->setAccessibleName(tr("Result of the last sync: %1").arg(text));
}

void SyncPage::showWaiting(const QString& records)
{
    m_waitingLabel->setText(records);
    m_waitingLabel->setAccessibleName(tr("Waiting to be sent: %1").arg(records));
}

void SyncPage::showStage(const QString& stage, const QString& detail)
{
    m_stageLabel->setText(stage);
    m_stageLabel->setAccessibleName(tr("Current stage: %1").arg(stage));
    m_detailLabel->setText(detail);
    m_detailLabel->setAccessibleName(detail.isEmpty() ? tr("Records, rate and time left")
                                                      : tr("Records, rate and time left: %1").arg(detail));
}

void SyncPage::updateState()
{
    const QString age = SyncText::age(m_lastSuccessAt, QDateTime::currentDateTimeUtc());
    SyncState state;
    QString text;
    if (m_engine.isRunning()) {
        state = SyncState::Syncing;
        text = tr("Syncing: %1").arg(m_progressText);
    } else if (m_offline) {
        state = SyncState::Offline;
        text = m_lastSuccessAt.isValid() ? tr("Offline: last synced %1").arg(age)
                                         : tr("Offline: not synced with the server yet");
    } else if (m_failed) {
        state = SyncState::Failed;
        text = tr("Sync failed: %1").arg(m_failureMessage);
    } else {
        state = SyncState::Idle;
        text = m_lastSuccessAt.isValid() ? tr("Synced %1").arg(age) : tr("Not synced yet");
    }

    const bool showOffline = m_offline && !m_engine.isRunning();
    m_offlineIndicator->setVisible(showOffline);
    if (showOffline) {
        const QString offline =
            m_lastSuccessAt.isValid()
                ? tr("Offline: the last sync could not reach the server. Your work is kept here and is sent at the "
                     "next successful sync.")
                : tr("Offline: this site has not reached the server yet.");
        m_offlineIndicator->setText(
            QStringLiteral("<img src=\":/icons/sync/offline.svg\" width=\"16\" height=\"16\"> ") +
            offline.toHtmlEscaped());
        m_offlineIndicator->setAccessibleName(offline);
    } else {
        m_offlineIndicator->setAccessibleName(tr("Online"));
    }

    updateRetryLine();
    if (state != m_state || text != m_stateText) {
        m_state = state;
        m_stateText = text;
        emit syncStateChanged(state, text);
    }
}

void SyncPage::updateRetryLine()
{
    const bool failed = (m_failed || m_offline) && m_sawSession && !m_engine.isRunning();
    const QDateTime next = m_engine.nextAttempt();
    QString text;
    if (failed && m_engine.isRetryPlanned() && next.isValid()) {
        const qint64 msLeft = next.toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch();
        const qint64 seconds = std::max<qint64>(1, (msLeft + 999) / 1000); // rounded up: never "in 0 seconds"
        text = seconds < 120 ? tr("Trying again in %n second(s).", nullptr, int(seconds))
                             : tr("Trying again in %n minute(s).", nullptr, int((seconds + 30) / 60));
    } else if (failed && next.isValid()) {
        text = tr("Trying again at the next automatic sync, %1.")
                   .arg(QLocale().toString(next.toLocalTime().time(), QLocale::ShortFormat));
    } else if (failed) {
        text = tr("Automatic sync is off: sync again when the connection is back.");
    }
    m_retryLine->setVisible(!text.isEmpty());
    if (text != m_retryLabel->text()) {
        m_retryLabel->setText(text);
        m_retryLabel->setAccessibleName(text);
    }
    // Each second only while a countdown in seconds shows.
    if (failed && m_engine.isRetryPlanned())
        m_countdown.start();
    else
        m_countdown.stop();
}

} // namespace syncsites::ui
