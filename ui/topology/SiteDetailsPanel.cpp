#include "SiteDetailsPanel.h"

#include "HubApiClient.h"
#include "SessionListModel.h"
#include "SiteStoresModel.h"
#include "StoresBySite.h"
#include "SyncFailure.h"
#include "SyncHealth.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace syncsites::ui {

namespace {

QLabel* valueLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QTableView* tableView(const QString& objectName, QAbstractItemModel* model, const QString& accessibleName)
{
    auto* view = new QTableView;
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

} // namespace

QString SiteDetailsPanel::ageText(const QDateTime& when)
{
    const qint64 seconds = when.secsTo(QDateTime::currentDateTimeUtc());
    if (seconds < 90)
        return tr("just now");
    if (seconds < 90 * 60)
        return tr("%1 min ago").arg(seconds / 60);
    if (seconds < 36 * 3600)
        return tr("%1 h ago").arg(seconds / 3600);
    return tr("%1 days ago").arg(seconds / 86400);
}

SiteDetailsPanel::SiteDetailsPanel(QWidget* parent)
    : QWidget(parent), m_stack(new QStackedWidget), m_name(valueLabel(QStringLiteral("siteName"))),
      m_kind(valueLabel(QStringLiteral("siteKind"))), m_role(valueLabel(QStringLiteral("siteRole"))),
      m_links(valueLabel(QStringLiteral("siteLinks"))), m_health(valueLabel(QStringLiteral("siteHealth"))),
      m_lastSuccess(valueLabel(QStringLiteral("siteLastSuccess"))),
      m_lastError(valueLabel(QStringLiteral("siteLastError"))), m_storesTitle(new QLabel),
      m_sessionsState(valueLabel(QStringLiteral("sessionsState"))), m_stores(new SiteStoresModel(this)),
      m_sessions(new SessionListModel(this)),
      m_storesView(tableView(QStringLiteral("siteStores"), m_stores, tr("Stores of the selected site"))),
      m_sessionsView(tableView(QStringLiteral("siteSessions"), m_sessions, tr("Recent sessions of the selected site")))
{
    setObjectName(QStringLiteral("siteDetails"));
    setAccessibleName(tr("Site details"));
    m_sessionsDelay = new QTimer(this);
    m_sessionsDelay->setSingleShot(true);
    m_sessionsDelay->setInterval(250);
    connect(m_sessionsDelay, &QTimer::timeout, this, &SiteDetailsPanel::requestSessions);

    auto* empty = new QLabel(tr("Select a site in the drawing, or find one by name, to see its details, stores and "
                                "recent sessions."));
    empty->setObjectName(QStringLiteral("siteDetailsEmpty"));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    empty->setForegroundRole(QPalette::PlaceholderText);
    empty->setMargin(16);

    auto* details = new QWidget;
    auto* layout = new QVBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont titleFont = m_name->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_name->setFont(titleFont);
    layout->addWidget(m_name);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Links:"), m_links);
    form->addRow(tr("Health:"), m_health);
    form->addRow(tr("Last success:"), m_lastSuccess);
    form->addRow(tr("Last error:"), m_lastError);
    m_health->setTextFormat(Qt::RichText);
    layout->addLayout(form);
    QFont sectionFont = m_storesTitle->font();
    sectionFont.setBold(true);
    m_storesTitle->setFont(sectionFont);
    layout->addWidget(m_storesTitle);
    layout->addWidget(m_storesView, 2);
    auto* sessionsTitle = new QLabel(tr("Recent sessions"));
    sessionsTitle->setFont(sectionFont);
    layout->addWidget(sessionsTitle);
    m_sessionsState->setForegroundRole(QPalette::PlaceholderText);
    // The store's name and the session's error take the room that is left.
    m_storesView->horizontalHeader()->setSectionResizeMode(SiteStoresModel::NameColumn, QHeaderView::Stretch);
    m_sessionsView->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_sessionsState);
    layout->addWidget(m_sessionsView, 3);

    m_stack->addWidget(empty);
    m_stack->addWidget(details);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 8, 8, 8);
    outer->addWidget(m_stack);
}

void SiteDetailsPanel::setHubApi(HubApiClient* api)
{
    m_api = api;
    if (!m_site.isEmpty())
        fetchSessions();
}

void SiteDetailsPanel::clear()
{
    m_site.clear();
    ++m_request;
    m_stores->setStores({});
    m_sessions->setSessions({});
    m_stack->setCurrentIndex(0);
}

QString SiteDetailsPanel::roleText(const Topology& topology, const Site& site,
                                   const std::optional<SiteStatus>& status) const
{
    Q_UNUSED(status)
    const SiteKindInfo& info = site.info();
    if (!info.holdsData)
        return tr("Client of %1: keeps no data, reads and writes its server's stores").arg(site.server);
    QString text;
    if (info.hubOf) {
        text = tr("Hub of the %1 data").arg(categoryId(*info.hubOf));
        if (!site.links.isEmpty())
            text += tr("; a site for the %1 data").arg(categoryId(site.links.firstKey()));
    } else {
        text = tr("Site: syncs with its hubs");
    }
    QStringList clients;
    for (const Site& other : topology.sites()) {
        if (other.isClient() && other.server == site.name)
            clients.append(other.name);
    }
    if (!clients.isEmpty())
        text += tr("; serves clients: %1").arg(clients.join(QStringLiteral(", ")));
    return text;
}

void SiteDetailsPanel::showSite(const Topology& topology, const QString& name, const std::optional<SiteStatus>& status)
{
    const Site* site = topology.site(name);
    if (!site) {
        clear();
        return;
    }
    const bool changed = name != m_site;
    m_site = name;
    m_siteIsClient = site->isClient();
    m_stack->setCurrentIndex(1);
    m_name->setText(site->name);
    m_kind->setText(QCoreApplication::translate("SiteKind", site->info().displayName));
    m_role->setText(roleText(topology, *site, status));
    QStringList links;
    for (auto it = site->links.constBegin(); it != site->links.constEnd(); ++it)
        links.append(tr("%1 \u2192 %2").arg(categoryId(it.key()), it.value()));
    if (!site->server.isEmpty())
        links.append(tr("server \u2192 %1").arg(site->server));
    m_links->setText(links.isEmpty() ? tr("none (the root of the network)") : links.join(QLatin1Char('\n')));
    updateStatus(status);

    const QVector<StoreOnSite> stores = StoresBySite::of(topology, name);
    m_stores->setStores(stores);
    m_storesTitle->setText(stores.isEmpty() ? (m_siteIsClient ? tr("Stores: none (a client uses its server's)")
                                                              : tr("Stores: none visible here"))
                                            : tr("Stores here (%1)").arg(stores.size()));
    if (changed)
        fetchSessions();
}

void SiteDetailsPanel::updateStatus(const std::optional<SiteStatus>& status)
{
    const SyncHealth health = status ? status->health : SyncHealth::NeverSynced;
    // A client never syncs itself (its server does): no health of its own, as on the dashboard.
    m_health->setText(m_siteIsClient
                          ? tr("not applicable")
                          : QStringLiteral("<span style=\"color:%1\">\u25cf</span> %2")
                                .arg(syncHealthColor(health).name(), syncHealthLabel(health).toHtmlEscaped()));
    if (status && status->lastSuccess.isValid()) {
        m_lastSuccess->setText(tr("%1 (%2)").arg(
            QLocale().toString(status->lastSuccess.toLocalTime(), QLocale::ShortFormat), ageText(status->lastSuccess)));
    } else {
        m_lastSuccess->setText(m_siteIsClient ? tr("not applicable: clients do not sync") : tr("never"));
    }
    const bool hasError = status && !status->errorMessage.isEmpty();
    // Worded as what happened at that site ("The site had no network connection."), not as this computer's problem.
    m_lastError->setText(hasError ? SyncFailure::seenFromElsewhere(status->errorCode, status->errorMessage)
                                  : tr("none"));
    m_lastError->setToolTip(hasError ? status->errorMessage : QString());
}

void SiteDetailsPanel::fetchSessions()
{
    ++m_request; // an answer still to come for the site shown before is dropped
    m_sessions->setSessions({});
    if (m_siteIsClient) {
        m_sessionsState->setText(tr("Clients do not sync themselves; their server's sessions carry their work."));
        return;
    }
    if (!m_api) {
        m_sessionsState->setText(tr("Sign in to the hub to see this site's sessions."));
        return;
    }
    m_sessionsState->setText(tr("Loading sessions\u2026"));
    // Asked once the choice settles: walking the drawing with the arrow keys passes many sites in a second, and
    // each would cost the hub a query over a slow link.
    m_sessionsDelay->start();
}

void SiteDetailsPanel::requestSessions()
{
    if (!m_api || m_siteIsClient)
        return;
    const quint64 request = m_request;
    const QString site = m_site;
    m_api->fetchSessions(site, kSessionDays, kSessionLimit, this, [this, request](Result<QVector<SessionRecord>> r) {
        if (request != m_request)
            return; // another site was selected meanwhile
        if (!r) {
            m_sessionsState->setText(tr("Could not load the sessions: %1").arg(r.error().message));
            return;
        }
        m_sessions->setSessions(r.value());
        m_sessionsState->setText(r.value().isEmpty() ? tr("No sessions reported in the last %1 days.").arg(kSessionDays)
                                                     : tr("Reported to the hub in the last %1 days, newest first: %2.")
                                                           .arg(kSessionDays)
                                                           .arg(r.value().size()));
    });
}

} // namespace syncsites::ui
