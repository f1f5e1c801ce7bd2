#include "DashboardPage.h"

#include "DashboardCharts.h"
#include "DashboardExport.h"
#include "HealthTiles.h"
#include "HubApiClient.h"
#include "SiteDrillDown.h"
#include "SiteFilterProxy.h"
#include "SiteStatusModel.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace syncsites::ui {

namespace {

QIcon dot(const QColor& colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pixmap);
}

} // namespace

DashboardPage::DashboardPage(QWidget* parent)
    : QWidget(parent), m_model(new SiteStatusModel(this)), m_proxy(new SiteFilterProxy(this)),
      m_banner(new QLabel(this)), m_savedBar(new QWidget(this)), m_savedText(new QLabel(m_savedBar)),
      m_openFolderButton(new QPushButton(tr("&Open folder"), m_savedBar)),
      m_refreshButton(new QPushButton(tr("&Refresh"), this)), m_csvButton(new QPushButton(tr("Export &CSV…"), this)),
      m_pdfButton(new QPushButton(tr("Export &PDF…"), this)), m_updated(new QLabel(this)),
      m_tiles(new HealthTiles(this)), m_text(new QLineEdit(this)), m_kind(new QComboBox(this)),
      m_health(new QComboBox(this)), m_olderThan(new QSpinBox(this)), m_count(new QLabel(this)),
      m_table(new QTableView(this)), m_tabs(new QTabWidget(this)), m_charts(new DashboardCharts(this)),
      m_drillDown(new SiteDrillDown(this)), m_autoRefresh(new QTimer(this)), m_ticker(new QTimer(this))
{
    m_proxy->setSiteModel(m_model);

    // The banner: errors in words, over the last data.
    m_banner->setObjectName(QStringLiteral("errorBanner"));
    m_banner->setWordWrap(true);
    m_banner->setAutoFillBackground(true);
    m_banner->setMargin(8);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setAccessibleName(tr("Refresh problem"));
    m_banner->hide();

    // After an export: where the file went, and a way to it.
    m_savedBar->setObjectName(QStringLiteral("exportSavedBar"));
    m_savedText->setObjectName(QStringLiteral("exportSavedLabel"));
    m_savedText->setTextFormat(Qt::PlainText);
    m_savedText->setWordWrap(true);
    m_savedText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openFolderButton->setObjectName(QStringLiteral("openFolderButton"));
    m_openFolderButton->setToolTip(tr("Open the folder of the exported file"));
    connect(m_openFolderButton, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_savedFolder)); });
    auto* savedLayout = new QHBoxLayout(m_savedBar);
    savedLayout->setContentsMargins(0, 0, 0, 0);
    savedLayout->addWidget(m_savedText, 1);
    savedLayout->addWidget(m_openFolderButton);
    m_savedBar->hide();

    // Title bar: refresh and exports.
    auto* title = new QLabel(tr("Sync health"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_refreshButton->setAccessibleName(tr("Refresh"));
    m_refreshButton->setToolTip(tr("Fetch every site's state from the hub again (F5)"));
    m_csvButton->setObjectName(QStringLiteral("exportCsvButton"));
    m_csvButton->setAccessibleName(tr("Export the table to CSV"));
    m_pdfButton->setObjectName(QStringLiteral("exportPdfButton"));
    m_pdfButton->setAccessibleName(tr("Export a PDF report"));
    m_updated->setObjectName(QStringLiteral("updatedLabel"));
    auto* titleBar = new QHBoxLayout();
    titleBar->addWidget(title);
    titleBar->addStretch(1);
    titleBar->addWidget(m_updated);
    titleBar->addWidget(m_refreshButton);
    titleBar->addWidget(m_csvButton);
    titleBar->addWidget(m_pdfButton);

    m_tiles->setObjectName(QStringLiteral("healthTiles"));

    auto* filterBar = new QWidget(this);
    buildFilters(filterBar);

    // The table, and below it the charts and the drill-down.
    m_table->setObjectName(QStringLiteral("siteTable"));
    m_table->setAccessibleName(tr("Sites"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SiteStatusModel::HealthColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);

    m_charts->setObjectName(QStringLiteral("dashboardCharts"));
    m_drillDown->setObjectName(QStringLiteral("siteDrillDown"));
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_tabs->addTab(m_charts, tr("Charts"));
    m_tabs->addTab(m_drillDown, tr("Site sessions"));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(titleBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_savedBar);
    layout->addWidget(m_tiles);
    layout->addWidget(filterBar);
    layout->addWidget(splitter, 1);

    auto* refreshAction = new QAction(tr("Refresh"), this);
    refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    refreshAction->setShortcutContext(Qt::WindowShortcut); // only the visible page's actions are live
    addAction(refreshAction);
    auto* findAction = new QAction(tr("Find a site"), this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WindowShortcut); // only the visible page's actions are live
    addAction(findAction);

    connect(refreshAction, &QAction::triggered, this, &DashboardPage::refresh);
    connect(findAction, &QAction::triggered, this, [this] {
        m_text->setFocus();
        m_text->selectAll();
    });
    connect(m_refreshButton, &QPushButton::clicked, this, &DashboardPage::refresh);
    connect(m_csvButton, &QPushButton::clicked, this, &DashboardPage::chooseCsvFile);
    connect(m_pdfButton, &QPushButton::clicked, this, &DashboardPage::choosePdfFile);
    connect(m_tiles, &HealthTiles::healthSelected, this,
            [this](int health) { m_health->setCurrentIndex(m_health->findData(health)); });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { openSite(index.data(SiteStatusModel::SiteNameRole).toString()); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &DashboardPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &DashboardPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DashboardPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &DashboardPage::updateCount);

    m_autoRefresh->setInterval(kRefreshSeconds * 1000);
    connect(m_autoRefresh, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &DashboardPage::updateAge);
    m_ticker->start();

    m_tiles->setCounts({}, 0);
    showAllDurations();
    updateAge();
    updateCount();
}

void DashboardPage::buildFilters(QWidget* bar)
{
    m_text->setObjectName(QStringLiteral("filterText"));
    m_text->setPlaceholderText(tr("Filter by site, kind, error or version (Ctrl+F)"));
    m_text->setAccessibleName(tr("Filter sites"));
    m_text->setClearButtonEnabled(true);

    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->setAccessibleName(tr("Kind"));
    m_kind->addItem(tr("All kinds"), -1);
    for (const SiteKindInfo& info : allSiteKinds())
        m_kind->addItem(QCoreApplication::translate("SiteKind", info.displayName), int(info.kind));

    m_health->setObjectName(QStringLiteral("healthFilter"));
    m_health->setAccessibleName(tr("Health"));
    m_health->addItem(tr("Any health"), -1);
    for (SyncHealth h : allSyncHealths)
        m_health->addItem(dot(syncHealthColor(h)), syncHealthLabel(h), int(h));

    m_olderThan->setObjectName(QStringLiteral("olderThanHours"));
    m_olderThan->setAccessibleName(tr("Last success older than, in hours"));
    m_olderThan->setRange(0, 24 * 365);
    m_olderThan->setSpecialValueText(tr("any age"));
    m_olderThan->setSuffix(tr(" h"));
    m_olderThan->setToolTip(tr("Show only sites whose last success is at least this many hours old (sites never "
                               "synced included); 0 shows every age."));
    auto* olderLabel = new QLabel(tr("Last success older than"), bar);
    olderLabel->setBuddy(m_olderThan);

    m_count->setObjectName(QStringLiteral("countLabel"));

    // The lists may narrow below their longest entry (a site kind's name, longer in some languages): the bar
    // must fit a 1024-pixel-wide window in every language; the open list shows whole entries.
    for (QComboBox* list : {m_kind, m_health}) {
        list->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        list->setMinimumContentsLength(10);
    }

    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 3);
    layout->addWidget(m_kind, 1);
    layout->addWidget(m_health, 1);
    layout->addWidget(olderLabel);
    layout->addWidget(m_olderThan);
    layout->addWidget(m_count);

    connect(m_text, &QLineEdit::textChanged, m_proxy, &SiteFilterProxy::setText);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const int kind = m_kind->currentData().toInt();
        m_proxy->setKind(kind < 0 ? std::nullopt : std::optional<SiteKind>(SiteKind(kind)));
    });
    connect(m_health, &QComboBox::currentIndexChanged, this, [this] {
        const int health = m_health->currentData().toInt();
        m_proxy->setHealth(health < 0 ? std::nullopt : std::optional<SyncHealth>(SyncHealth(health)));
        m_tiles->setSelected(health);
    });
    connect(m_olderThan, &QSpinBox::valueChanged, this,
            [this](int hours) { m_proxy->setOlderThanSeconds(qint64(hours) * 3600); });
}

void DashboardPage::setHubApi(HubApiClient* api)
{
    m_api = api;
    ++m_generation; // answers still on their way belong to the previous hub
    m_pending = 0;
    m_refreshButton->setEnabled(true);
    if (api)
        m_autoRefresh->start();
    else
        m_autoRefresh->stop();
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Coming back to the page after a while: do not show stale figures.
    if (m_api && m_pending == 0 &&
        (!m_updatedAt.isValid() || m_updatedAt.secsTo(QDateTime::currentDateTimeUtc()) >= kRefreshSeconds))
        refresh();
}

void DashboardPage::refresh()
{
    if (!m_api) {
        showError(tr("Not connected to a hub: sign in to see the sites."));
        return;
    }
    const quint64 generation = ++m_generation;
    m_errors.clear();
    m_pending = 2;
    m_refreshButton->setEnabled(false);
    m_updated->setText(tr("Refreshing…"));

    m_api->fetchSiteStatuses(this, [this, generation](Result<SiteStatusList> result) {
        if (generation != m_generation)
            return;
        if (result)
            applyStatuses(result.value());
        requestFinished(result ? QString() : result.error().message);
    });
    m_api->fetchSummary(kSummaryDays, this, [this, generation](Result<StatusSummary> result) {
        if (generation != m_generation)
            return;
        if (result)
            m_charts->setDailyTotals(result->perDay);
        requestFinished(result ? QString() : result.error().message);
    });
    if (!m_openSite.isEmpty()) {
        ++m_pending;
        fetchSessions(m_openSite);
    }
}

void DashboardPage::fetchSessions(const QString& site)
{
    const quint64 generation = m_generation;
    m_api->fetchSessions(site, kSessionDays, kSessionLimit, this,
                         [this, generation, site](Result<QVector<SessionRecord>> result) {
                             if (generation != m_generation)
                                 return;
                             if (site != m_openSite) { // another site was opened meanwhile
                                 requestFinished(QString());
                                 return;
                             }
                             if (result)
                                 applySessions(site, result.value());
                             else
                                 m_drillDown->showError(site, result.error().message);
                             requestFinished(result ? QString() : result.error().message);
                         });
}

void DashboardPage::applyStatuses(const SiteStatusList& list)
{
    // Keep the selected site selected across the reset.
    const QString selected = m_table->currentIndex().data(SiteStatusModel::SiteNameRole).toString();
    const bool first = m_model->rowCount() == 0;
    m_model->setStatuses(list);
    m_updatedAt = QDateTime::currentDateTimeUtc();

    QHash<SyncHealth, int> counts;
    for (const SiteStatus& s : list.sites)
        if (SiteStatusModel::syncsItself(s)) // hubs and clients never sync: not "never synced"
            ++counts[s.health];
    m_tiles->setCounts(counts, int(list.sites.size()));

    if (first && m_model->rowCount() > 0) {
        m_table->resizeColumnsToContents();
        const int chars = m_table->fontMetrics().averageCharWidth();
        for (int c = 0; c < SiteStatusModel::ColumnCount; ++c)
            m_table->setColumnWidth(
                c, qMin(m_table->columnWidth(c), chars * (c == SiteStatusModel::LastErrorColumn ? 70 : 40)));
    }
    if (!selected.isEmpty()) {
        const int row = m_model->rowOf(selected);
        if (row >= 0) {
            const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
            if (index.isValid())
                m_table->setCurrentIndex(index);
        }
    }
    if (m_openSite.isEmpty())
        showAllDurations();
    updateCount();
}

void DashboardPage::applySessions(const QString& site, const QVector<SessionRecord>& sessions)
{
    const QDateTime now =
        m_model->statuses().serverTime.isValid() ? m_model->statuses().serverTime : QDateTime::currentDateTimeUtc();
    m_drillDown->setSessions(site, sessions, kSessionDays, qMax(now, QDateTime::currentDateTimeUtc()));
    QVector<qint64> durations;
    durations.reserve(sessions.size());
    for (const SessionRecord& s : sessions)
        durations.append(s.durationMs);
    m_charts->setDurations(durations, tr("%1, last %2 days").arg(site).arg(kSessionDays));
}

void DashboardPage::showAllDurations()
{
    QVector<qint64> durations;
    for (const SiteStatus& s : m_model->statuses().sites)
        if (s.lastDurationMs >= 0)
            durations.append(s.lastDurationMs);
    m_charts->setDurations(durations, tr("last session of each site"));
}

void DashboardPage::openSite(const QString& site)
{
    if (site.isEmpty())
        return;
    m_openSite = site;
    m_tabs->setCurrentWidget(m_drillDown);
    m_drillDown->showLoading(site);
    emit siteActivated(site);
    if (m_api) {
        ++m_pending;
        fetchSessions(site);
    }
}

void DashboardPage::requestFinished(const QString& error)
{
    if (!error.isEmpty() && !m_errors.contains(error))
        m_errors.append(error);
    if (m_pending > 0)
        --m_pending;
    if (m_pending > 0)
        return;
    m_refreshButton->setEnabled(true);
    showRefreshProblems();
    updateAge();
}

void DashboardPage::showRefreshProblems()
{
    if (m_errors.isEmpty()) {
        m_banner->hide();
    } else {
        const QString kept =
            m_updatedAt.isValid() ? tr(" The figures below are from the last successful refresh.") : QString();
        showError(tr("Could not refresh the dashboard: %1").arg(m_errors.join(QLatin1Char(' '))) + kept);
    }
}

void DashboardPage::exportSaved(const QString& file)
{
    const QFileInfo info(file);
    m_savedFolder = info.absolutePath();
    m_savedText->setText(tr("Saved %1").arg(QDir::toNativeSeparators(info.absoluteFilePath())));
    m_savedBar->show();
    // An older export error goes; a refresh problem still true stays (a refresh under way will say).
    if (m_pending == 0)
        showRefreshProblems();
}

void DashboardPage::exportFailed(const QString& error)
{
    m_savedBar->hide();
    showError(error);
}

void DashboardPage::showError(const QString& message)
{
    QPalette pal = m_banner->palette();
    const QColor base = palette().color(QPalette::Window);
    const QColor red = syncHealthColor(SyncHealth::Failing);
    // A third of the failing red over the window colour: visible on light and dark palettes, text stays readable.
    pal.setColor(QPalette::Window, QColor::fromRgbF(float(base.redF() * 0.67 + red.redF() * 0.33),
                                                    float(base.greenF() * 0.67 + red.greenF() * 0.33),
                                                    float(base.blueF() * 0.67 + red.blueF() * 0.33)));
    pal.setColor(QPalette::WindowText, palette().color(QPalette::WindowText));
    m_banner->setPalette(pal);
    m_banner->setText(message);
    m_banner->show();
}

void DashboardPage::updateAge()
{
    if (m_pending > 0)
        return;
    if (!m_updatedAt.isValid()) {
        m_updated->setText(m_api ? tr("Not refreshed yet") : tr("Not connected"));
        return;
    }
    const qint64 seconds = m_updatedAt.secsTo(QDateTime::currentDateTimeUtc());
    m_updated->setText(seconds < 60 ? tr("Updated %1 s ago").arg(seconds)
                                    : tr("Updated %1 ago").arg(SiteStatusModel::formatAge(seconds)));
}

void DashboardPage::updateCount()
{
    m_count->setText(tr("%1 of %2 sites").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

QString DashboardPage::defaultFileName(const QString& suffix) const
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("sync-health-%1.%2").arg(QDate::currentDate().toString(Qt::ISODate), suffix);
    return dir.isEmpty() ? name : dir + QLatin1Char('/') + name;
}

void DashboardPage::chooseCsvFile()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export the sites to CSV"),
                                                      defaultFileName(QStringLiteral("csv")), tr("CSV files (*.csv)"));
    if (!file.isEmpty())
        exportCsv(file);
}

void DashboardPage::choosePdfFile()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export a PDF report"),
                                                      defaultFileName(QStringLiteral("pdf")), tr("PDF files (*.pdf)"));
    if (!file.isEmpty())
        exportPdf(file);
}

bool DashboardPage::exportCsv(const QString& file)
{
    QString error;
    if (!DashboardExport::writeCsv(*m_proxy, file, SiteStatusModel::ExportRole, &error)) {
        exportFailed(error);
        return false;
    }
    exportSaved(file);
    return true;
}

bool DashboardPage::exportPdf(const QString& file)
{
    DashboardExport::Report report;
    report.title = tr("Sync health report");
    report.generatedAt = QDateTime::currentDateTime();
    QStringList parts;
    if (m_api)
        parts << tr("hub %1").arg(m_api->server().toDisplayString());
    parts << tr("%1 of %2 sites shown").arg(m_proxy->rowCount()).arg(m_model->rowCount());
    if (m_updatedAt.isValid())
        parts << tr("data of %1").arg(QLocale().toString(m_updatedAt.toLocalTime(), QLocale::ShortFormat));
    report.subtitle = parts.join(QLatin1String(", "));
    for (SyncHealth h : allSyncHealths) {
        report.healthCounts.append({syncHealthLabel(h), m_tiles->count(h)});
        report.healthColours.append(syncHealthColor(h));
    }
    report.table = m_proxy;
    report.colourRole = SiteStatusModel::HealthColourRole;
    report.charts = m_charts->renderImages(QSize(640, 440));
    QString error;
    if (!DashboardExport::writePdf(report, file, &error)) {
        exportFailed(error);
        return false;
    }
    exportSaved(file);
    return true;
}

} // namespace syncsites::ui
