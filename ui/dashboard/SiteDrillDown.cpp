#include "SiteDrillDown.h"

#include "LinkFiguresModel.h"
#include "OutcomeStyle.h"
#include "SessionTimeline.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace syncsites::ui {

SiteDrillDown::SiteDrillDown(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_status(new QLabel(this)), m_timeline(new SessionTimeline(this)),
      m_session(new QLabel(this)), m_links(new LinkFiguresModel(this)), m_linkView(new QTableView(this))
{
    auto* layout = new QVBoxLayout(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setText(tr("Double-click a site to see its sessions."));
    m_status->setObjectName(QStringLiteral("drillDownStatus"));
    m_status->setWordWrap(true);
    m_timeline->setObjectName(QStringLiteral("sessionTimeline"));
    m_timeline->setAccessibleName(tr("Session timeline"));
    m_timeline->setToolTip(QString());
    m_session->setObjectName(QStringLiteral("sessionDetails"));
    m_session->setWordWrap(true);
    m_session->setTextFormat(Qt::RichText);
    m_linkView->setObjectName(QStringLiteral("linkFigures"));
    m_linkView->setAccessibleName(tr("Figures per link of the selected session"));
    m_linkView->setModel(m_links);
    m_linkView->verticalHeader()->hide();
    m_linkView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_linkView->setSelectionMode(QAbstractItemView::NoSelection);
    m_linkView->setMaximumHeight(m_linkView->horizontalHeader()->sizeHint().height() * 4);
    // Room for the header and a link at least, less than a scroll area asks: the dashboard fits a 1024x600 screen.
    m_linkView->setMinimumHeight(m_linkView->horizontalHeader()->sizeHint().height() * 2);
    m_timeline->setMinimumHeight(80);

    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_timeline, 1);
    layout->addWidget(m_session);
    layout->addWidget(m_linkView);

    connect(m_timeline, &SessionTimeline::sessionSelected, this, &SiteDrillDown::showSession);
    showSession(-1);
}

void SiteDrillDown::showLoading(const QString& site)
{
    m_site = site;
    m_title->setText(site);
    m_status->setText(tr("Fetching the sessions of %1…").arg(site));
    m_timeline->setSessions({}, QDateTime());
}

void SiteDrillDown::setSessions(const QString& site, const QVector<SessionRecord>& sessions, int days,
                                const QDateTime& now)
{
    m_site = site;
    m_title->setText(site);
    m_status->setText(sessions.isEmpty() ? tr("No sessions reported in the last %1 days.").arg(days)
                                         : tr("Sessions in the last %1 days: %2. Click a bar or use the arrow keys "
                                              "to see one.")
                                               .arg(days)
                                               .arg(sessions.size()));
    m_timeline->setEmptyText(tr("%1 reported no sessions in the last %2 days.").arg(site).arg(days));
    m_timeline->setSessions(sessions, now);
}

void SiteDrillDown::showError(const QString& site, const QString& message)
{
    m_site = site;
    m_title->setText(site);
    m_status->setText(tr("Could not fetch the sessions: %1").arg(message));
}

void SiteDrillDown::showSession(int index)
{
    const QVector<SessionRecord>& sessions = m_timeline->sessions();
    if (index < 0 || index >= sessions.size()) {
        m_session->setText(QString());
        m_links->setLinks({});
        return;
    }
    const SessionRecord& s = sessions.at(index);
    const QColor colour = OutcomeStyle::color(s.outcome);
    m_session->setText(tr("<span style=\"color:%1\">■</span> %2").arg(colour.name(), m_timeline->describe(index)));
    m_links->setLinks(s.links);
    if (s.links.isEmpty())
        m_session->setText(m_session->text() +
                           tr("<br><i>The site reported no figures per link for this session.</i>"));
}

} // namespace syncsites::ui
